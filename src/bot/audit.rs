//! The audit log: every team action (who, what, when, on which record) in the same transaction.
//! Each capability names its own actions (`"score"`, `"training_created"`, …) where it acts.

use super::context::Ctx;
use anyhow::Result;

/// The record an action concerns.
#[derive(Debug, Clone, Copy)]
pub enum Record<'a> {
    /// A numbered record of some kind (`idea`, `concern`, …). A concern is named by number only:
    /// nothing about an (anonymous) submitter.
    Numbered(&'static str, i64),
    User(&'a str),
}

/// Writes one audit row for the sender of the current event.
pub async fn record(ctx: &mut Ctx<'_>, action: &str, record: Record<'_>, detail: &str) -> Result<()> {
    let (kind, reference) = match record {
        Record::Numbered(kind, id) => (kind, id.to_string()),
        Record::User(user) => ("user", user.to_string()),
    };
    sqlx::query(
        "INSERT INTO audit_log (actor, action, record_kind, record_ref, detail, event_id, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(&ctx.inbound.sender)
    .bind(action)
    .bind(kind)
    .bind(reference)
    .bind(detail)
    .bind(&ctx.inbound.event_id)
    .bind(ctx.now_ms)
    .execute(&mut **ctx.tx)
    .await?;
    Ok(())
}
