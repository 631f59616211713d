//! The gates on the lifecycle (`[ethics] gates`, on by default): a use case goes to pilot once its
//! Vorprüfung has passed, and live once its Bewertung is recorded. The refusal names the missing
//! stage and the command that records it.

use super::EthicsSettings;
use super::queries;
use super::stages::{Stage, Verdict};
use crate::bot::context::Ctx;
use crate::bot::registry::StatusChange;
use crate::ideas::api::{RECORD_KIND as IDEA, Status, label_of};
use anyhow::Result;

/// The stage a move to `status` needs, if it needs one.
fn needed(status: &str) -> Option<Stage> {
    match Status::from_stored(status)? {
        Status::Pilot => Some(Stage::PreCheck),
        Status::Live => Some(Stage::Assessment),
        _ => None,
    }
}

pub async fn refusal(ctx: &mut Ctx<'_>, change: &StatusChange) -> Result<Option<String>> {
    if change.record.kind != IDEA || !ctx.settings.feature::<EthicsSettings>().gates {
        return Ok(None);
    }
    let Some(stage) = needed(change.status) else {
        return Ok(None);
    };
    let id = change.record.id;
    let records = queries::for_idea(ctx.tx, id).await?;
    let latest = queries::latest(&records, stage);
    let done = match stage {
        Stage::PreCheck => latest
            .and_then(|r| Verdict::from_stored(&r.result))
            .is_some_and(Verdict::passes),
        _ => latest.is_some(),
    };
    if done {
        return Ok(None);
    }
    let failed = stage == Stage::PreCheck && latest.is_some();
    Ok(Some(ctx.t(
        "ethics-gate-refused",
        &[
            ("id", id.into()),
            ("stage", ctx.t(stage.label_id(), &[]).into()),
            ("command", stage.command().into()),
            ("failed", if failed { "yes" } else { "no" }.into()),
            ("status", ctx.t(label_of(change.status), &[]).into()),
        ],
    )))
}
