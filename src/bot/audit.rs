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

/// `!export audit`: every team action, oldest first (no message ids), written to `sink` as it is
/// read (the log grows with every action over the years).
pub async fn table(
    tx: &mut crate::store::Tx,
    scope: &super::report::Scope<'_>,
    sink: &mut dyn super::report::TableSink,
) -> Result<()> {
    use super::report::Cell;
    use futures_util::TryStreamExt;
    sink.start(
        scope.t("export-audit-sheet", &[]),
        scope.headers(&[
            "export-audit-id",
            "export-audit-time",
            "export-audit-actor",
            "export-audit-action",
            "export-audit-kind",
            "export-audit-record",
            "export-audit-detail",
        ]),
    )?;
    let mut rows = sqlx::query_as::<_, (i64, i64, String, String, String, String, String)>(
        "SELECT id, created_at, actor, action, record_kind, record_ref, detail FROM audit_log ORDER BY id",
    )
    .fetch(&mut **tx);
    while let Some((id, at, actor, action, kind, record, detail)) = rows.try_next().await? {
        sink.row(vec![
            Cell::Int(id),
            Cell::DateTime(at),
            Cell::Text(actor),
            Cell::Text(action),
            Cell::Text(kind),
            Cell::Text(record),
            Cell::Text(detail),
        ])?;
    }
    Ok(())
}
