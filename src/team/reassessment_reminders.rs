//! Re-assessment reminders: planned whenever a use case's next re-assessment date changes
//! (`notice_days` before and on the due date), sent to its owner (DM) and the strategy room, and
//! repeated weekly while the re-assessment is overdue.

use super::queries;
use crate::bot::Settings;
use crate::bot::calendar::format_date;
use crate::bot::context::Ctx;
use crate::bot::i18n::{Lang, t};
use crate::ideas::api::Status;
use crate::reminders::cycle::{self, Cycle, Stage};
use crate::reminders::{Fired, Reminder};
use crate::store::Tx;
use anyhow::Result;

/// Reminder kind handled here.
pub const KIND: &str = "reassessment";

/// A use case's re-assessment cycle.
const CYCLE: Cycle = Cycle {
    kind: KIND,
    key: |idea| format!("idea:{idea}:reassessment"),
};

/// Replaces the pending reminders of idea `idea_id` with those for re-assessment date `due`
/// (None: the use case left the cycle; its reminders are dropped).
pub async fn plan(ctx: &mut Ctx<'_>, idea_id: i64, due: Option<i64>) -> Result<()> {
    let notice_days = ctx
        .settings
        .feature::<super::ScoringSettings>()
        .reassessment_notice_days;
    CYCLE.plan(ctx, idea_id, due, notice_days).await
}

/// The messages of a due re-assessment reminder, and the next weekly one while it stays overdue.
pub async fn compose(tx: &mut Tx, reminder: &Reminder, settings: &Settings, now_ms: i64) -> Result<Fired> {
    let Some(payload) = cycle::read(reminder) else {
        return Ok(cycle::nothing("unreadable"));
    };
    let idea = queries::idea(tx, payload.record).await?;
    let Some(idea) = idea.filter(|i| {
        i.next_reassessment_at == Some(payload.due)
            && Status::from_stored(&i.status).is_some_and(Status::is_active_use_case)
    }) else {
        // Re-assessed, rescheduled or out of the cycle since: nothing to remind of.
        return Ok(cycle::nothing("obsolete"));
    };
    let Some(stage) = cycle::stage_at(payload.stage, payload.due, now_ms, settings.timezone) else {
        // Sent late (after downtime): the due-date reminder says it all.
        return Ok(cycle::nothing("superseded"));
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
    let subject = crate::ideas::api::subject(idea.id);
    let messages = cycle::to_owner_and_team(tx, settings, idea.owner.as_deref(), subject, text).await?;
    let follow_up = |at| CYCLE.reminder(idea.id, payload.due, Stage::Overdue, at);
    Ok(cycle::fired(messages, stage, reminder.due_at, now_ms, tz, follow_up))
}

#[cfg(test)]
mod tests {
    use crate::bot::calendar::days_later;
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
