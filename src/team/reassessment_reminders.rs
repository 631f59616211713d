//! Re-assessment reminders: planned whenever a use case's next re-assessment date changes
//! (`notice_days` before and on the due date), sent to its owner (DM) and the strategy room, and
//! repeated weekly while the re-assessment is overdue.

use super::queries;
use crate::bot::Settings;
use crate::bot::calendar::{days_later, format_date};
use crate::bot::context::{Ctx, notice};
use crate::bot::i18n::{Lang, t};
use crate::bot::types::Destination;
use crate::bot::users;
use crate::ideas::api::Status;
use crate::reminders::{self, Fired, Reminder};
use crate::store::Tx;
use anyhow::Result;

use serde::{Deserialize, Serialize};

/// Reminder kind handled here.
pub const KIND: &str = "reassessment";
/// Days between reminders while a re-assessment is overdue.
const OVERDUE_EVERY_DAYS: u64 = 7;

/// Which reminder of a cycle this is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
enum Stage {
    Upcoming,
    Due,
    Overdue,
}

#[derive(Debug, Serialize, Deserialize)]
struct Payload {
    idea: i64,
    /// The re-assessment date the reminder was planned for; a changed date makes it obsolete.
    due: i64,
    stage: Stage,
}

fn record_key(idea_id: i64) -> String {
    format!("idea:{idea_id}:reassessment")
}

fn reminder(idea: i64, due: i64, stage: Stage, at: i64) -> Reminder {
    Reminder {
        due_at: at,
        kind: KIND.to_string(),
        record_key: record_key(idea),
        payload: serde_json::to_value(Payload { idea, due, stage }).unwrap_or_default(),
    }
}

/// Replaces the pending reminders of idea `idea_id` with those for re-assessment date `due`
/// (None: the use case left the cycle; its reminders are dropped).
pub async fn plan(ctx: &mut Ctx<'_>, idea_id: i64, due: Option<i64>) -> Result<()> {
    let mut planned = vec![];
    if let Some(due) = due {
        let tz = ctx.settings.timezone;
        let notice_at = days_later(
            due,
            -ctx.settings
                .feature::<super::ScoringSettings>()
                .reassessment_notice_days,
            tz,
        );
        if notice_at > ctx.now_ms && notice_at < due {
            planned.push(reminder(idea_id, due, Stage::Upcoming, notice_at));
        }
        planned.push(reminder(idea_id, due, Stage::Due, due));
    }
    reminders::replace(ctx.tx, &record_key(idea_id), &planned, ctx.now_ms).await?;
    ctx.reminders_changed = true;
    Ok(())
}

/// The messages of a due re-assessment reminder, and the next weekly one while it stays overdue.
pub async fn compose(tx: &mut Tx, reminder: &Reminder, settings: &Settings, now_ms: i64) -> Result<Fired> {
    let Ok(payload) = serde_json::from_value::<Payload>(reminder.payload.clone()) else {
        return Ok(Fired {
            outcome: "unreadable",
            ..Fired::default()
        });
    };
    let idea = queries::idea(tx, payload.idea).await?;
    let Some(idea) = idea.filter(|i| {
        i.next_reassessment_at == Some(payload.due)
            && Status::from_stored(&i.status).is_some_and(Status::is_active_use_case)
    }) else {
        // Re-assessed, rescheduled or out of the cycle since: nothing to remind of.
        return Ok(Fired {
            outcome: "obsolete",
            ..Fired::default()
        });
    };
    if payload.stage == Stage::Upcoming && now_ms >= payload.due {
        // Sent late (after downtime): the due-date reminder says it all.
        return Ok(Fired {
            outcome: "superseded",
            ..Fired::default()
        });
    }
    let stage = match payload.stage {
        Stage::Due if now_ms >= days_later(payload.due, 1, settings.timezone) => Stage::Overdue,
        stage => stage,
    };
    let tz = settings.timezone;
    let message_id = match stage {
        Stage::Upcoming => "reminder-reassessment-upcoming",
        Stage::Due => "reminder-reassessment-due",
        Stage::Overdue => "reminder-reassessment-overdue",
    };
    let owner = idea.owner.clone().unwrap_or_default();
    let text = |lang: Lang| {
        t(
            lang,
            message_id,
            &[
                ("id", idea.id.into()),
                ("title", idea.title.clone().into()),
                ("date", format_date(payload.due, tz).into()),
                ("owner", owner.clone().into()),
            ],
        )
    };
    let subject = Some(crate::ideas::api::subject(idea.id));
    let mut messages = vec![];
    // An erased owner is a tombstone now, nobody to write to; the strategy room still hears.
    if let Some(owner) = idea.owner.as_ref().filter(|o| crate::config::is_user_id(o)) {
        let lang = users::profile(tx, owner)
            .await?
            .language
            .unwrap_or(settings.default_language);
        messages.push(notice(
            Destination::DirectTo(owner.clone()),
            text(lang),
            subject.clone(),
        ));
    }
    if let Some(room) = &settings.strategy_room {
        messages.push(notice(
            Destination::Room(room.clone()),
            text(settings.default_language),
            subject,
        ));
    }
    let mut follow_ups = vec![];
    if stage != Stage::Upcoming {
        // Weekly from the due date on; after downtime only the next one still ahead.
        let mut next = days_later(reminder.due_at, OVERDUE_EVERY_DAYS as i64, tz);
        while next <= now_ms {
            next = days_later(next, OVERDUE_EVERY_DAYS as i64, tz);
        }
        follow_ups.push(self::reminder(idea.id, payload.due, Stage::Overdue, next));
    }
    let outcome = if messages.is_empty() { "no_recipient" } else { "sent" };
    Ok(Fired {
        messages,
        follow_ups,
        outcome,
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
    fn days_are_counted_in_local_time_across_daylight_saving_changes() {
        let berlin = chrono_tz::Europe::Berlin;
        // 14 days before 09:00 CEST on 5 April 2027 is 09:00 CET on 22 March (UTC offset changes).
        assert_eq!(
            days_later(at("2027-04-05T09:00:00+02:00"), -14, berlin),
            at("2027-03-22T09:00:00+01:00")
        );
        // A week after 10:00 CEST on 27 October 2027 is 10:00 CET on 3 November.
        assert_eq!(
            days_later(at("2027-10-27T10:00:00+02:00"), 7, berlin),
            at("2027-11-03T10:00:00+01:00")
        );
    }
}
