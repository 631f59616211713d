//! The Kontinuierliche Überprüfung: `!ethik #N überprüfung <Bias-Prüfung> [| Notiz]` records the
//! yearly review with fresh bias figures; the next one is due `[ethics] review_months` after the
//! Bewertung or the last review, and the owner and the strategy room are reminded of it.

use super::pre_check::MAX_TEXT_CHARS;
use super::queries::{self, Idea};
use super::stages::{Bias, Review, Stage};
use super::{EthicsSettings, RECORD_KIND};
use crate::bot::Settings;
use crate::bot::audit::{self, Record};
use crate::bot::calendar::{format_date, months_later};
use crate::bot::context::Ctx;
use crate::bot::i18n::{Lang, t};
use crate::bot::limits;
use crate::ideas::api::subject;
use crate::reminders::cycle::{self, Cycle, Stage as ReminderStage};
use crate::reminders::{Fired, Reminder};
use crate::store::Tx;
use anyhow::Result;

/// Reminder kind handled here.
pub const KIND: &str = "ethics_review";

const CYCLE: Cycle = Cycle {
    kind: KIND,
    key: |idea| format!("ethics:{idea}:review"),
};

/// When the next review of idea `idea` is due: after its last Bewertung or Überprüfung, or None
/// if it has had no Bewertung.
pub fn due(settings: &Settings, records: &[queries::Recorded]) -> Option<i64> {
    let last = records
        .iter()
        .rev()
        .find(|r| r.stage == Stage::Assessment.as_str() || r.stage == Stage::Review.as_str())?;
    let months = settings.feature::<EthicsSettings>().review_months;
    Some(months_later(last.recorded_at, months, settings.timezone))
}

/// Plans the reminders of the review due `review_months` after `from`; returns the due date.
pub async fn plan_from(ctx: &mut Ctx<'_>, idea: i64, from: i64) -> Result<i64> {
    let settings = ctx.settings.feature::<EthicsSettings>();
    let due = months_later(from, settings.review_months, ctx.settings.timezone);
    CYCLE.plan(ctx, idea, Some(due), settings.review_notice_days).await?;
    Ok(due)
}

/// `!ethik #N überprüfung <Bias-Prüfung | -> [| Notiz]`.
pub async fn record(ctx: &mut Ctx<'_>, idea: &Idea, rest: &str) -> Result<()> {
    let records = queries::for_idea(ctx.tx, idea.id).await?;
    if queries::latest(&records, Stage::Assessment).is_none() {
        ctx.reply("ethics-review-needs-assessment", &[("id", idea.id.into())]);
        return Ok(());
    }
    let (figures, note) = rest.split_once('|').unwrap_or((rest, ""));
    let (figures, note) = (figures.trim(), note.trim());
    let bias = match figures {
        "" => {
            ctx.reply("ethics-review-usage", &[("id", idea.id.into())]);
            return Ok(());
        }
        "-" => None,
        _ => match Bias::parse(figures) {
            Some(bias) => Some(bias),
            None => {
                ctx.reply("ethics-review-usage", &[("id", idea.id.into())]);
                return Ok(());
            }
        },
    };
    if !limits::text_fits(ctx, note, MAX_TEXT_CHARS) {
        return Ok(());
    }
    let record = Review {
        note: note.to_string(),
        bias,
    };
    let sender = ctx.inbound.sender.clone();
    queries::insert(ctx.tx, idea.id, Stage::Review, "", &record, &sender, ctx.now_ms).await?;
    audit::record(ctx, "ethics_review", Record::Numbered(RECORD_KIND, idea.id), "").await?;
    let next = plan_from(ctx, idea.id, ctx.now_ms).await?;
    let mut text = ctx.t(
        "ethics-review-done",
        &[
            ("id", idea.id.into()),
            ("date", format_date(next, ctx.settings.timezone).into()),
        ],
    );
    if let Some(bias) = &record.bias {
        text.push('\n');
        text.push_str(&super::overview::bias_line(ctx, bias));
    }
    ctx.reply_text(text, Some(subject(idea.id)));
    Ok(())
}

/// The messages of a due review reminder, and the next weekly one while it stays overdue.
pub async fn compose(tx: &mut Tx, reminder: &Reminder, settings: &Settings, now_ms: i64) -> Result<Fired> {
    let Some(payload) = cycle::read(reminder) else {
        return Ok(cycle::nothing("unreadable"));
    };
    let records = queries::for_idea(tx, payload.record).await?;
    let idea = queries::idea(tx, payload.record).await?;
    let Some(idea) = idea.filter(|_| due(settings, &records) == Some(payload.due)) else {
        // Reviewed since (or the idea is gone): nothing to remind of.
        return Ok(cycle::nothing("obsolete"));
    };
    let tz = settings.timezone;
    let Some(stage) = cycle::stage_at(payload.stage, payload.due, now_ms, tz) else {
        return Ok(cycle::nothing("superseded"));
    };
    let message_id = match stage {
        ReminderStage::Upcoming => "reminder-ethics-review-upcoming",
        ReminderStage::Due => "reminder-ethics-review-due",
        ReminderStage::Overdue => "reminder-ethics-review-overdue",
    };
    let text = |lang: Lang| {
        t(
            lang,
            message_id,
            &[
                ("id", idea.id.into()),
                ("title", idea.title.clone().into()),
                ("date", format_date(payload.due, tz).into()),
            ],
        )
    };
    let messages = cycle::to_owner_and_team(tx, settings, idea.owner.as_deref(), subject(idea.id), text).await?;
    let follow_up = |at| CYCLE.reminder(idea.id, payload.due, ReminderStage::Overdue, at);
    Ok(cycle::fired(messages, stage, reminder.due_at, now_ms, tz, follow_up))
}
