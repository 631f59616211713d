//! The gates on the lifecycle (`[ethics] gates`, on by default): a use case goes to pilot once its
//! Vorprüfung has passed, and live once its Bewertung is recorded too. The refusal names the
//! missing stage and the command that records it.

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
    let pre_check = queries::latest(&records, Stage::PreCheck);
    let passed = pre_check
        .and_then(|r| Verdict::from_stored(&r.result))
        .is_some_and(Verdict::passes);
    // Live needs the Bewertung and a Vorprüfung that still passes (it may have been repeated).
    let missing = if !passed {
        Stage::PreCheck
    } else if stage == Stage::Assessment && queries::latest(&records, Stage::Assessment).is_none() {
        Stage::Assessment
    } else {
        return Ok(None);
    };
    let failed = missing == Stage::PreCheck && pre_check.is_some();
    let stage = missing;
    Ok(Some(ctx.t(
        "ethics-gate-refused",
        &[
            ("id", id.into()),
            ("stage", ctx.t(stage.name_id(), &[]).into()),
            ("command", stage.command(ctx.lang).into()),
            ("failed", if failed { "yes" } else { "no" }.into()),
            ("status", ctx.t(label_of(change.status), &[]).into()),
        ],
    )))
}
