//! Reviews of AI tools: the due date (`[inventory]` months after creation or the last review,
//! longer for minimal risk), `!ki-tool #N geprüft`, and the reminders to the owner and the strategy
//! room before, on and weekly after the due date, composed from the entry when they fire.

use super::InventorySettings;
use super::fields::ToolStatus;
use super::queries::{self, Tool};
use super::triage::{self, RiskClass};
use crate::bot::Settings;
use crate::bot::calendar::{format_date, months_later};
use crate::bot::context::Ctx;
use crate::bot::i18n::{Lang, t};
use crate::reminders::cycle::{self, Cycle, Stage};
use crate::reminders::{Fired, Reminder};
use crate::store::Tx;
use anyhow::Result;

/// Reminder kind handled here.
pub const KIND: &str = "ai_tool_review";

/// An AI tool's review cycle.
const CYCLE: Cycle = Cycle {
    kind: KIND,
    key: |tool| format!("ai_tool:{tool}:review"),
};

/// When a tool of `class` is next due, counted from `from_ms` (its creation or last review).
pub fn next_due(settings: &Settings, class: Option<RiskClass>, from_ms: i64) -> i64 {
    let s = settings.feature::<InventorySettings>();
    let months = triage::review_months(class, s.review_months, s.minimal_review_months);
    months_later(from_ms, months, settings.timezone)
}

/// Replaces the pending review reminders of `tool` with those for its current due date (none for
/// a retired tool or one without a date).
pub async fn plan(ctx: &mut Ctx<'_>, tool: &Tool) -> Result<()> {
    let retired = tool.status == ToolStatus::Retired.as_str();
    let due = tool.next_review_at.filter(|_| !retired);
    let notice_days = ctx.settings.feature::<InventorySettings>().review_notice_days;
    CYCLE.plan(ctx, tool.id, due, notice_days).await
}

/// Sets the next review of `tool` to `due` and plans its reminders.
pub async fn set_due(ctx: &mut Ctx<'_>, id: i64, due: Option<i64>) -> Result<Option<Tool>> {
    queries::set_number(ctx.tx, id, "next_review_at", due, ctx.now_ms).await?;
    let tool = queries::get(ctx.tx, id).await?;
    if let Some(tool) = &tool {
        plan(ctx, tool).await?;
    }
    Ok(tool)
}

/// The messages of a due review reminder, and the next weekly one while it stays overdue.
pub async fn compose(tx: &mut Tx, reminder: &Reminder, settings: &Settings, now_ms: i64) -> Result<Fired> {
    let Some(payload) = cycle::read(reminder) else {
        return Ok(cycle::nothing("unreadable"));
    };
    let tool = queries::get(tx, payload.record)
        .await?
        .filter(|tool| tool.next_review_at == Some(payload.due) && tool.status != ToolStatus::Retired.as_str());
    let Some(tool) = tool else {
        // Reviewed, rescheduled or retired since: nothing to remind of.
        return Ok(cycle::nothing("obsolete"));
    };
    let Some(stage) = cycle::stage_at(payload.stage, payload.due, now_ms, settings.timezone) else {
        return Ok(cycle::nothing("superseded"));
    };
    let tz = settings.timezone;
    let message_id = match stage {
        Stage::Upcoming => "reminder-tool-review-upcoming",
        Stage::Due => "reminder-tool-review-due",
        Stage::Overdue => "reminder-tool-review-overdue",
    };
    let text = |lang: Lang| {
        t(
            lang,
            message_id,
            &[
                ("id", tool.id.into()),
                ("name", super::display_name(lang, &tool).into()),
                ("date", format_date(payload.due, tz).into()),
            ],
        )
    };
    let messages = cycle::to_owner_and_team(tx, settings, tool.owner.as_deref(), super::subject(tool.id), text).await?;
    let follow_up = |at| CYCLE.reminder(tool.id, payload.due, Stage::Overdue, at);
    Ok(cycle::fired(messages, stage, reminder.due_at, now_ms, tz, follow_up))
}
