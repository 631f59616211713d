//! The Kontinuierliche Überprüfung: `!ethik #N überprüfung <Bias-Prüfung> [| Notiz]` records the
//! yearly review with fresh bias figures; the next one is due `[ethics] review_months` after the
//! Bewertung or the last review, and the owner and the strategy room are reminded of it.

use super::queries::{self, Idea};
use super::stages::{Bias, Review, Stage, no_bias_check};
use super::{EthicsSettings, MAX_TEXT_CHARS, RECORD_KIND};
use crate::bot::Settings;
use crate::bot::audit::{self, Record};
use crate::bot::calendar::{format_date, months_later};
use crate::bot::context::Ctx;
use crate::bot::i18n::{Lang, t};
use crate::bot::limits;
use crate::bot::registry::StatusChange;
use crate::ideas::api::{RECORD_KIND as IDEA, Status, subject};
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

/// `!ethik #N überprüfung <Bias-Prüfung | -> [| Notiz]`, or `!ethik #N überprüfung <Notiz>` when
/// no fresh bias figures could be had.
pub async fn record(ctx: &mut Ctx<'_>, idea: &Idea, rest: &str) -> Result<()> {
    let records = queries::for_idea(ctx.tx, idea.id).await?;
    if queries::latest(&records, Stage::Assessment).is_none() {
        ctx.reply("ethics-review-needs-assessment", &[("id", idea.id.into())]);
        return Ok(());
    }
    let (bias, note) = match rest.split_once('|') {
        _ if rest.trim().is_empty() => {
            ctx.reply("ethics-review-usage", &[("id", idea.id.into())]);
            return Ok(());
        }
        Some((figures, note)) => match (Bias::parse(figures), no_bias_check(figures)) {
            (Some(bias), _) => (Some(bias), note.trim()),
            (None, true) => (None, note.trim()),
            (None, false) => {
                ctx.reply("ethics-review-usage", &[("id", idea.id.into())]);
                return Ok(());
            }
        },
        None => match Bias::parse(rest) {
            Some(bias) => (Some(bias), ""),
            None => (None, rest.trim()),
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
    text.push('\n');
    text.push_str(&match &record.bias {
        Some(bias) => super::overview::bias_line(ctx, bias),
        None => ctx.t("ethics-review-without-bias", &[]),
    });
    ctx.reply_text(text, Some(subject(idea.id)));
    Ok(())
}

/// A use case leaving the active statuses (deferred, rejected) is no longer reminded of its
/// review; one returning is again, from its last Bewertung or Überprüfung.
pub async fn status_changed(ctx: &mut Ctx<'_>, change: &StatusChange) -> Result<Vec<String>> {
    if change.record.kind != IDEA {
        return Ok(vec![]);
    }
    let active = Status::from_stored(change.status).is_some_and(Status::is_active_use_case);
    let records = queries::for_idea(ctx.tx, change.record.id).await?;
    let due = due(ctx.settings, &records).filter(|_| active);
    let notice_days = ctx.settings.feature::<EthicsSettings>().review_notice_days;
    CYCLE.plan(ctx, change.record.id, due, notice_days).await?;
    Ok(vec![])
}

/// The messages of a due review reminder, and the next weekly one while it stays overdue.
pub async fn compose(tx: &mut Tx, reminder: &Reminder, settings: &Settings, now_ms: i64) -> Result<Fired> {
    let Some(payload) = cycle::read(reminder) else {
        return Ok(cycle::nothing("unreadable"));
    };
    // A new Bewertung or Überprüfung replaces the plan, so a pending reminder is the current one;
    // it lapses only with the idea, or when the use case is no longer active.
    let idea = queries::idea(tx, payload.record).await?;
    let Some(idea) = idea.filter(|i| Status::from_stored(&i.status).is_some_and(Status::is_active_use_case)) else {
        return Ok(cycle::nothing("obsolete"));
    };
    let title = if idea.title.is_empty() {
        t(settings.default_language, "text-removed", &[])
    } else {
        idea.title.clone()
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
                ("title", title.clone().into()),
                ("date", format_date(payload.due, tz).into()),
            ],
        )
    };
    let messages = cycle::to_owner_and_team(tx, settings, idea.owner.as_deref(), subject(idea.id), text).await?;
    let follow_up = |at| CYCLE.reminder(idea.id, payload.due, ReminderStage::Overdue, at);
    Ok(cycle::fired(messages, stage, reminder.due_at, now_ms, tz, follow_up))
}
