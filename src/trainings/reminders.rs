//! Training reminders: to the participants a day and an hour before (configurable), to the
//! strategy room when a training is under half full a week before, and to each person when a
//! refresher of a level falls due. Planned when a training is created, moved or cancelled, or
//! attendance recorded; composed from the current data when they fire, so a cancelled or moved
//! training, or one that has already begun, sends nothing.

use super::fields::Level;
use super::queries::{self, CONFIRMED, Training};
use crate::bot::Settings;
use crate::bot::calendar::format_datetime;
use crate::bot::calendar::{HOUR_MS, days_later, format_date, months_later};
use crate::bot::context::{Ctx, notice};
use crate::bot::i18n::{Lang, t};
use crate::bot::types::Destination;
use crate::bot::users;
use crate::reminders::{self, Fired, Reminder};
use crate::store::Tx;
use anyhow::Result;
use serde::{Deserialize, Serialize};

/// Reminder to the participants before a training.
pub const KIND_PARTICIPANTS: &str = "training";
/// Notice to the strategy room about a training under half full.
pub const KIND_LOW_SIGNUPS: &str = "training_low_signups";
/// Reminder to a person whose refresher of a level is due.
pub const KIND_REFRESHER: &str = "training_refresher";

/// Which reminder before a training this is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
enum Stage {
    Day,
    Hour,
}

#[derive(Debug, Serialize, Deserialize)]
struct TrainingPayload {
    training: i64,
    /// The start the reminder was planned for; a moved training makes it obsolete.
    starts_at: i64,
    #[serde(default)]
    stage: Option<Stage>,
}

#[derive(Debug, Serialize, Deserialize)]
struct RefresherPayload {
    user: String,
    level: String,
    /// The completion the refresher was planned from; a later one makes it obsolete.
    completed_at: i64,
}

/// The record key of a training's reminders.
pub fn training_key(id: i64) -> String {
    format!("training:{id}")
}

/// The record key of a person's refresher reminder for a level.
pub fn refresher_key(user: &str, level: &str) -> String {
    format!("refresher:{level}:{user}")
}

/// When the reminders before training `t` are due, under `settings` (past ones left out).
fn planned(t: &Training, settings: &Settings, now_ms: i64) -> Vec<Reminder> {
    let s = settings.feature::<super::TrainingSettings>();
    let tz = settings.timezone;
    let payload = |stage| {
        serde_json::to_value(TrainingPayload {
            training: t.id,
            starts_at: t.starts_at,
            stage,
        })
        .unwrap_or_default()
    };
    let mut out = vec![];
    let mut add = |kind: &str, at: i64, stage| {
        if at > now_ms && at < t.starts_at {
            out.push(Reminder {
                due_at: at,
                kind: kind.to_string(),
                record_key: training_key(t.id),
                payload: payload(stage),
            });
        }
    };
    if s.low_signup_notice_days > 0 {
        add(
            KIND_LOW_SIGNUPS,
            days_later(t.starts_at, -s.low_signup_notice_days, tz),
            None,
        );
    }
    if s.reminder_days_before > 0 {
        add(
            KIND_PARTICIPANTS,
            days_later(t.starts_at, -s.reminder_days_before, tz),
            Some(Stage::Day),
        );
    }
    if s.reminder_hours_before > 0 {
        let at = t.starts_at.saturating_sub(s.reminder_hours_before * HOUR_MS);
        add(KIND_PARTICIPANTS, at, Some(Stage::Hour));
    }
    out.sort_by_key(|r| r.due_at);
    out
}

/// Replaces the pending reminders of training `t` (none if it is cancelled).
pub async fn plan_training(ctx: &mut Ctx<'_>, t: &Training) -> Result<()> {
    let planned = if t.is_cancelled() {
        vec![]
    } else {
        planned(t, ctx.settings, ctx.now_ms)
    };
    reminders::replace(ctx.tx, &training_key(t.id), &planned, ctx.now_ms).await?;
    ctx.reminders_changed = true;
    Ok(())
}

/// Plans the refresher of `level` for `user` from their latest completion of it.
pub async fn plan_refresher(ctx: &mut Ctx<'_>, user: &str, level: &str) -> Result<Option<i64>> {
    let Some(completed_at) = queries::last_completion(ctx.tx, user, level).await? else {
        return Ok(None);
    };
    let due = refresher_due(completed_at, ctx.settings);
    let reminder = Reminder {
        due_at: due,
        kind: KIND_REFRESHER.to_string(),
        record_key: refresher_key(user, level),
        payload: serde_json::to_value(RefresherPayload {
            user: user.to_string(),
            level: level.to_string(),
            completed_at,
        })
        .unwrap_or_default(),
    };
    reminders::replace(ctx.tx, &refresher_key(user, level), &[reminder], ctx.now_ms).await?;
    ctx.reminders_changed = true;
    Ok(Some(due))
}

/// When a refresher is due after a completion at `completed_at`.
pub fn refresher_due(completed_at: i64, settings: &Settings) -> i64 {
    months_later(
        completed_at,
        settings.feature::<super::TrainingSettings>().refresher_months,
        settings.timezone,
    )
}

fn nothing(outcome: &'static str) -> Fired {
    Fired {
        outcome,
        ..Fired::default()
    }
}

async fn language(tx: &mut Tx, user: &str, settings: &Settings) -> Result<Lang> {
    Ok(users::profile(tx, user)
        .await?
        .language
        .unwrap_or(settings.default_language))
}

/// The training a reminder was planned for, if it still takes place as planned and lies ahead.
async fn still_ahead(tx: &mut Tx, payload: &TrainingPayload, now_ms: i64) -> Result<Option<Training>> {
    Ok(queries::get(tx, payload.training)
        .await?
        .filter(|t| !t.is_cancelled() && t.starts_at == payload.starts_at && now_ms < t.starts_at))
}

fn level_label(lang: Lang, level: &str) -> String {
    Level::from_stored(level).map_or_else(|| level.to_string(), |l| t(lang, l.label_id(), &[]))
}

/// The reminder to each participant before a training.
pub async fn compose_participants(tx: &mut Tx, reminder: &Reminder, settings: &Settings, now_ms: i64) -> Result<Fired> {
    let Ok(payload) = serde_json::from_value::<TrainingPayload>(reminder.payload.clone()) else {
        return Ok(nothing("unreadable"));
    };
    let Some(training) = still_ahead(tx, &payload, now_ms).await? else {
        return Ok(nothing("obsolete"));
    };
    let hours = settings.feature::<super::TrainingSettings>().reminder_hours_before;
    if payload.stage == Some(Stage::Day) && hours > 0 && now_ms >= training.starts_at - hours * HOUR_MS {
        // Sent late (after downtime): the reminder an hour before says it all.
        return Ok(nothing("superseded"));
    }
    let message_id = match payload.stage {
        Some(Stage::Hour) => "training-reminder-hour",
        _ => "training-reminder-day",
    };
    let when = format_datetime(training.starts_at, settings.timezone);
    let mut messages = vec![];
    for user in queries::participants(tx, training.id, CONFIRMED).await? {
        let lang = language(tx, &user, settings).await?;
        let text = t(
            lang,
            message_id,
            &[
                ("id", training.id.into()),
                ("title", training.title.clone().into()),
                ("when", when.clone().into()),
                ("place", training.place.clone().into()),
                ("hours", hours.into()),
            ],
        );
        messages.push(notice(
            Destination::DirectTo(user),
            text,
            Some(super::subject(training.id)),
        ));
    }
    let outcome = if messages.is_empty() { "no_participants" } else { "sent" };
    Ok(Fired {
        messages,
        follow_ups: vec![],
        outcome,
    })
}

/// The notice to the strategy room about a training under half full.
pub async fn compose_low_signups(tx: &mut Tx, reminder: &Reminder, settings: &Settings, now_ms: i64) -> Result<Fired> {
    let Ok(payload) = serde_json::from_value::<TrainingPayload>(reminder.payload.clone()) else {
        return Ok(nothing("unreadable"));
    };
    let Some(training) = still_ahead(tx, &payload, now_ms).await? else {
        return Ok(nothing("obsolete"));
    };
    let (confirmed, _) = queries::counts(tx, training.id).await?;
    if confirmed * 2 >= training.capacity {
        return Ok(nothing("enough"));
    }
    let Some(room) = &settings.strategy_room else {
        return Ok(nothing("no_recipient"));
    };
    let text = t(
        settings.default_language,
        "training-low-signups",
        &[
            ("id", training.id.into()),
            ("title", training.title.clone().into()),
            ("when", format_datetime(training.starts_at, settings.timezone).into()),
            ("confirmed", confirmed.into()),
            ("capacity", training.capacity.into()),
        ],
    );
    Ok(Fired {
        messages: vec![notice(
            Destination::Room(room.clone()),
            text,
            Some(super::subject(training.id)),
        )],
        follow_ups: vec![],
        outcome: "sent",
    })
}

/// The reminder to a person that a refresher of a level is due.
pub async fn compose_refresher(tx: &mut Tx, reminder: &Reminder, settings: &Settings, _now_ms: i64) -> Result<Fired> {
    let Ok(payload) = serde_json::from_value::<RefresherPayload>(reminder.payload.clone()) else {
        return Ok(nothing("unreadable"));
    };
    let last = queries::last_completion(tx, &payload.user, &payload.level).await?;
    if last != Some(payload.completed_at) {
        // A later training of the level was attended since (or the record is gone).
        return Ok(nothing("obsolete"));
    }
    let lang = language(tx, &payload.user, settings).await?;
    let text = t(
        lang,
        "training-refresher-due",
        &[
            ("level", level_label(lang, &payload.level).into()),
            ("date", format_date(payload.completed_at, settings.timezone).into()),
        ],
    );
    Ok(Fired {
        messages: vec![notice(Destination::DirectTo(payload.user.clone()), text, None)],
        follow_ups: vec![],
        outcome: "sent",
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::DateTime;

    fn at(rfc3339: &str) -> i64 {
        DateTime::parse_from_rfc3339(rfc3339).unwrap().timestamp_millis()
    }

    #[test]
    fn a_day_before_is_the_same_local_time_across_daylight_saving() {
        let berlin = chrono_tz::Europe::Berlin;
        // Sunday 28.03.2027 09:00 CEST: the day before is Saturday 09:00 CET, 23 hours earlier.
        assert_eq!(
            days_later(at("2027-03-28T07:00:00Z"), -1, berlin),
            at("2027-03-27T08:00:00Z")
        );
        // Sunday 31.10.2027 09:00 CET: the day before is Saturday 09:00 CEST, 25 hours earlier.
        assert_eq!(
            days_later(at("2027-10-31T08:00:00Z"), -1, berlin),
            at("2027-10-30T07:00:00Z")
        );
    }
}
