//! The re-assessment cycle of use cases: when the next one falls due, German dates in the
//! configured time zone, `!neubewertet #N [Notiz]` and the `!neubewertung` list of what is due.

use super::queries;
use crate::bot::audit::{self, Record};
use crate::bot::calendar::{DAY_MS, format_date, months_later};
use crate::bot::context::Ctx;
use crate::ideas::api::Status;
use anyhow::Result;

/// How many due use cases `!neubewertung` lists at most.
const DUE_LIST_LIMIT: usize = 25;
/// Longest note accepted with `!neubewertet`.
pub const MAX_NOTE_CHARS: usize = 1000;

/// When a use case entering an active status now is next due for re-assessment.
pub fn next_due(ctx: &Ctx<'_>) -> i64 {
    months_later(
        ctx.now_ms,
        ctx.settings.feature::<super::ScoringSettings>().reassessment_months,
        ctx.settings.timezone,
    )
}

/// `!neubewertet #N [Notiz]`: the team has re-assessed a use case; the cycle starts again.
pub async fn mark_reassessed(ctx: &mut Ctx<'_>, args: &str) -> Result<()> {
    let Some((idea, note)) = super::target_idea(ctx, args, "reassessed-usage").await? else {
        return Ok(());
    };
    let active = Status::from_stored(&idea.status).is_some_and(Status::is_active_use_case);
    if !active {
        ctx.reply(
            "reassessed-not-active",
            &[
                ("id", idea.id.into()),
                ("status", super::status_label(ctx, &idea.status).into()),
            ],
        );
        return Ok(());
    }
    if !crate::bot::limits::text_fits(ctx, &note, MAX_NOTE_CHARS) {
        return Ok(());
    }
    let next = next_due(ctx);
    queries::set_reassessed(ctx.tx, idea.id, next, ctx.now_ms).await?;
    super::reassessment_reminders::plan(ctx, idea.id, Some(next)).await?;
    audit::record(
        ctx,
        "reassessed",
        Record::Numbered(crate::ideas::api::RECORD_KIND, idea.id),
        &note,
    )
    .await?;
    let date = format_date(next, ctx.settings.timezone);
    ctx.reply("reassessed-done", &[("id", idea.id.into()), ("date", date.into())]);
    Ok(())
}

/// `!neubewertung`: use cases whose re-assessment is overdue or due within the notice period.
pub async fn list_due(ctx: &mut Ctx<'_>, _args: &str) -> Result<()> {
    let notice_ms = ctx
        .settings
        .feature::<super::ScoringSettings>()
        .reassessment_notice_days
        .saturating_mul(DAY_MS);
    let due = queries::due_for_reassessment(ctx.tx, ctx.now_ms.saturating_add(notice_ms)).await?;
    if due.is_empty() {
        let days = ctx
            .settings
            .feature::<super::ScoringSettings>()
            .reassessment_notice_days;
        ctx.reply("reassessment-none-due", &[("days", days.into())]);
        return Ok(());
    }
    let mut text = ctx.t("reassessment-heading", &[("count", due.len().into())]);
    for idea in due.iter().take(DUE_LIST_LIMIT) {
        let at = idea.next_reassessment_at.unwrap_or(ctx.now_ms);
        let id = if at < ctx.now_ms {
            "reassessment-line-overdue"
        } else {
            "reassessment-line-due"
        };
        let owner = idea.owner.clone().unwrap_or_else(|| ctx.t("owner-missing", &[]));
        let line = ctx.t(
            id,
            &[
                ("id", idea.id.into()),
                ("title", super::list_title(ctx, idea).into()),
                ("status", super::status_label(ctx, &idea.status).into()),
                ("owner", owner.into()),
                ("date", format_date(at, ctx.settings.timezone).into()),
            ],
        );
        text.push('\n');
        text.push_str(&line);
    }
    if due.len() > DUE_LIST_LIMIT {
        text.push('\n');
        text.push_str(&ctx.t("reassessment-more", &[("count", (due.len() - DUE_LIST_LIMIT).into())]));
    }
    text.push('\n');
    text.push_str(&ctx.t("reassessment-hint", &[]));
    ctx.reply_text(text, None);
    Ok(())
}
