//! The audit log: every team action (who, what, when, on which record) in the same transaction.

use crate::bot::context::Ctx;
use anyhow::Result;

/// What a team member did; stored as its name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Score,
    StatusChange,
    SetOwner,
    ClearOwner,
    Reassessed,
    NamePromoter,
    RemovePromoter,
    OpenRoundTable,
    CloseRoundTable,
    AnswerConcern,
    PlanTraining,
    ChangeTraining,
    CancelTraining,
    RecordAttendance,
}

impl Action {
    pub fn as_str(self) -> &'static str {
        match self {
            Action::Score => "score",
            Action::StatusChange => "status",
            Action::SetOwner => "owner",
            Action::ClearOwner => "owner_cleared",
            Action::Reassessed => "reassessed",
            Action::NamePromoter => "promoter",
            Action::RemovePromoter => "promoter_removed",
            Action::OpenRoundTable => "roundtable_opened",
            Action::CloseRoundTable => "roundtable_closed",
            Action::AnswerConcern => "concern_answer",
            Action::PlanTraining => "training_created",
            Action::ChangeTraining => "training_changed",
            Action::CancelTraining => "training_cancelled",
            Action::RecordAttendance => "attendance",
        }
    }
}

/// The record an action concerns.
#[derive(Debug, Clone, Copy)]
pub enum Record<'a> {
    Idea(i64),
    User(&'a str),
    RoundTable(i64),
    /// Named by number only: nothing about an (anonymous) submitter.
    Concern(i64),
    Training(i64),
}

/// Writes one audit row for the sender of the current event.
pub async fn record(ctx: &mut Ctx<'_>, action: Action, record: Record<'_>, detail: &str) -> Result<()> {
    let (kind, reference) = match record {
        Record::Idea(id) => ("idea", id.to_string()),
        Record::User(user) => ("user", user.to_string()),
        Record::RoundTable(id) => ("roundtable", id.to_string()),
        Record::Concern(id) => ("concern", id.to_string()),
        Record::Training(id) => ("training", id.to_string()),
    };
    sqlx::query(
        "INSERT INTO audit_log (actor, action, record_kind, record_ref, detail, event_id, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(&ctx.inbound.sender)
    .bind(action.as_str())
    .bind(kind)
    .bind(reference)
    .bind(detail)
    .bind(&ctx.inbound.event_id)
    .bind(ctx.now_ms)
    .execute(&mut **ctx.tx)
    .await?;
    Ok(())
}
