//! The re-assessment cycle of use cases: when the next one falls due, German dates in the
//! configured time zone, `!neubewertet #N [Notiz]` and the `!neubewertung` list of what is due.

use super::audit::{self, Action, Record};
use super::queries;
use super::status::Status;
use crate::bot::context::Ctx;
use anyhow::Result;
use chrono::{DateTime, Months, Utc};

const DAY_MS: i64 = 24 * 60 * 60 * 1000;
/// How many due use cases `!neubewertung` lists at most.
const DUE_LIST_LIMIT: usize = 25;
/// Longest note accepted with `!neubewertet`.
pub const MAX_NOTE_CHARS: usize = 1000;

/// `months` calendar months after `now_ms`, counted in time zone `tz` (same local date and time).
pub fn months_later(now_ms: i64, months: u32, tz: chrono_tz::Tz) -> i64 {
    let fallback = now_ms.saturating_add(i64::from(months) * 30 * DAY_MS);
    let Some(now) = DateTime::<Utc>::from_timestamp_millis(now_ms) else {
        return fallback;
    };
    let local = now.with_timezone(&tz);
    match local.checked_add_months(Months::new(months)) {
        Some(later) => later.timestamp_millis(),
        // The same local time does not exist that day (clocks moved forward): count in UTC.
        None => now
            .checked_add_months(Months::new(months))
            .map_or(fallback, |later| later.timestamp_millis()),
    }
}

/// When a use case entering an active status now is next due for re-assessment.
pub fn next_due(ctx: &Ctx<'_>) -> i64 {
    months_later(
        ctx.now_ms,
        ctx.settings.scoring.reassessment_months,
        ctx.settings.timezone,
    )
}

/// A date as `12.03.2027` in time zone `tz`.
pub fn format_date(ms: i64, tz: chrono_tz::Tz) -> String {
    DateTime::<Utc>::from_timestamp_millis(ms)
        .map(|d| d.with_timezone(&tz).format("%d.%m.%Y").to_string())
        .unwrap_or_default()
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
    let length = note.chars().count();
    if length > MAX_NOTE_CHARS {
        ctx.reply(
            "text-too-long",
            &[("max", MAX_NOTE_CHARS.into()), ("length", length.into())],
        );
        return Ok(());
    }
    let next = next_due(ctx);
    queries::set_reassessed(ctx.tx, idea.id, next, ctx.now_ms).await?;
    super::reassessment_reminders::plan(ctx, idea.id, Some(next)).await?;
    audit::record(ctx, Action::Reassessed, Record::Idea(idea.id), &note).await?;
    let date = format_date(next, ctx.settings.timezone);
    ctx.reply("reassessed-done", &[("id", idea.id.into()), ("date", date.into())]);
    Ok(())
}

/// `!neubewertung`: use cases whose re-assessment is overdue or due within the notice period.
pub async fn list_due(ctx: &mut Ctx<'_>, _args: &str) -> Result<()> {
    let notice_ms = ctx.settings.scoring.reassessment_notice_days.saturating_mul(DAY_MS);
    let due = queries::due_for_reassessment(ctx.tx, ctx.now_ms.saturating_add(notice_ms)).await?;
    if due.is_empty() {
        let days = ctx.settings.scoring.reassessment_notice_days;
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

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> i64 {
        DateTime::parse_from_rfc3339(text).unwrap().timestamp_millis()
    }

    #[test]
    fn six_months_keep_the_local_time_across_daylight_saving() {
        let berlin = chrono_tz::Europe::Berlin;
        // 15 January 10:00 CET → 15 July 10:00 CEST.
        let later = months_later(at("2027-01-15T09:00:00Z"), 6, berlin);
        assert_eq!(later, at("2027-07-15T08:00:00Z"));
        assert_eq!(format_date(later, berlin), "15.07.2027");
        // 31 August → end of February.
        let later = months_later(at("2027-08-31T10:00:00Z"), 6, berlin);
        assert_eq!(format_date(later, berlin), "29.02.2028");
        // Late evening UTC is already the next day in Berlin.
        assert_eq!(format_date(at("2027-03-11T23:30:00Z"), berlin), "12.03.2027");
    }
}
