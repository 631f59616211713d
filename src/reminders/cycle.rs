//! The date rule of a recurring review (a use case's re-assessment, an AI tool's review): a notice
//! some days before the due date, a reminder on it, then one a week while it stays overdue; after
//! downtime a late notice gives way to the due reminder, and only the next weekly one is planned.

use super::{Fired, Reminder};
use crate::bot::Settings;
use crate::bot::calendar::days_later;
use crate::bot::context::Ctx;
use crate::bot::context::notice;
use crate::bot::i18n::Lang;
use crate::bot::types::{Destination, Outbound, Subject};
use crate::bot::users;
use crate::store::Tx;
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

/// One kind of review cycle: its reminder kind and the key under which a record's reminders
/// are kept (replacing them replaces the record's whole plan).
pub struct Cycle {
    pub kind: &'static str,
    pub key: fn(i64) -> String,
}

/// What a review reminder carries.
#[derive(Debug, Serialize, Deserialize)]
pub struct Payload {
    /// The record it is about.
    pub record: i64,
    /// The due date it was planned for; a changed date makes it obsolete.
    pub due: i64,
    pub stage: Stage,
}

impl Cycle {
    /// The reminder of `stage` for `record`'s due date `due`, falling at `at`.
    pub fn reminder(&self, record: i64, due: i64, stage: Stage, at: i64) -> Reminder {
        Reminder {
            due_at: at,
            kind: self.kind.to_string(),
            record_key: (self.key)(record),
            payload: serde_json::to_value(Payload { record, due, stage }).unwrap_or_default(),
        }
    }

    /// Replaces the pending reminders of `record` with those for due date `due` (None: the record
    /// left the cycle; its reminders are dropped).
    pub async fn plan(&self, ctx: &mut Ctx<'_>, record: i64, due: Option<i64>, notice_days: i64) -> anyhow::Result<()> {
        let mut reminders = vec![];
        if let Some(due) = due {
            for (stage, at) in planned(due, notice_days, ctx.now_ms, ctx.settings.timezone) {
                reminders.push(self.reminder(record, due, stage, at));
            }
        }
        super::replace(ctx.tx, &(self.key)(record), &reminders, ctx.now_ms).await?;
        ctx.reminders_changed = true;
        Ok(())
    }
}

/// The payload of a review reminder, if it can be read.
pub fn read(reminder: &Reminder) -> Option<Payload> {
    serde_json::from_value(reminder.payload.clone()).ok()
}

/// A reminder that sends nothing, and why (`unreadable`, `obsolete`, `superseded`).
pub fn nothing(outcome: &'static str) -> Fired {
    Fired {
        outcome,
        ..Fired::default()
    }
}

/// Days between reminders while a review is overdue.
pub const OVERDUE_EVERY_DAYS: i64 = 7;

/// Which reminder of a review cycle this is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Stage {
    Upcoming,
    Due,
    Overdue,
}

/// When the reminders for due date `due` fall: the notice `notice_days` before it (if that is
/// still ahead), and the due date itself.
pub fn planned(due: i64, notice_days: i64, now_ms: i64, tz: Tz) -> Vec<(Stage, i64)> {
    let mut out = vec![];
    let notice_at = days_later(due, -notice_days, tz);
    if notice_at > now_ms && notice_at < due {
        out.push((Stage::Upcoming, notice_at));
    }
    out.push((Stage::Due, due));
    out
}

/// What a reminder planned as `stage` for `due` says when it fires at `now_ms`: None when a
/// notice comes only after the due date (the due reminder says it all); a due reminder a day or
/// more late says "overdue".
pub fn stage_at(stage: Stage, due: i64, now_ms: i64, tz: Tz) -> Option<Stage> {
    match stage {
        Stage::Upcoming if now_ms >= due => None,
        Stage::Due if now_ms >= days_later(due, 1, tz) => Some(Stage::Overdue),
        stage => Some(stage),
    }
}

/// When the next weekly reminder after one planned for `fired_due_at` falls: the first one still
/// ahead of `now_ms`, so that downtime sends one reminder, not one per missed week.
pub fn next_overdue(fired_due_at: i64, now_ms: i64, tz: Tz) -> i64 {
    let mut next = days_later(fired_due_at, OVERDUE_EVERY_DAYS, tz);
    while next <= now_ms {
        next = days_later(next, OVERDUE_EVERY_DAYS, tz);
    }
    next
}

/// A review reminder's messages: to `owner` by DM in their language (an erased owner, now a
/// tombstone, gets nothing) and to the strategy room in the default language.
pub async fn to_owner_and_team(
    tx: &mut Tx,
    settings: &Settings,
    owner: Option<&str>,
    subject: Subject,
    text: impl Fn(Lang) -> String,
) -> anyhow::Result<Vec<Outbound>> {
    let mut messages = vec![];
    if let Some(owner) = owner.filter(|o| crate::config::is_user_id(o)) {
        let lang = users::profile(tx, owner)
            .await?
            .language
            .unwrap_or(settings.default_language);
        messages.push(notice(
            Destination::DirectTo(owner.to_string()),
            text(lang),
            Some(subject.clone()),
        ));
    }
    if let Some(room) = &settings.strategy_room {
        messages.push(notice(
            Destination::Room(room.clone()),
            text(settings.default_language),
            Some(subject),
        ));
    }
    Ok(messages)
}

/// What a review reminder fired as `stage` comes to: its messages, and unless it was the notice,
/// the next weekly reminder (`follow_up` makes it from its due time).
pub fn fired(
    messages: Vec<Outbound>,
    stage: Stage,
    fired_due_at: i64,
    now_ms: i64,
    tz: Tz,
    follow_up: impl FnOnce(i64) -> super::Reminder,
) -> Fired {
    let follow_ups = if stage == Stage::Upcoming {
        vec![]
    } else {
        vec![follow_up(next_overdue(fired_due_at, now_ms, tz))]
    };
    let outcome = if messages.is_empty() { "no_recipient" } else { "sent" };
    Fired {
        messages,
        follow_ups,
        outcome,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bot::calendar::DAY_MS;

    const BERLIN: Tz = chrono_tz::Europe::Berlin;
    const DUE: i64 = 1_800_000_000_000;

    #[test]
    fn a_notice_is_planned_only_while_it_is_ahead() {
        assert_eq!(
            planned(DUE, 14, DUE - 20 * DAY_MS, BERLIN),
            vec![(Stage::Upcoming, DUE - 14 * DAY_MS), (Stage::Due, DUE)]
        );
        assert_eq!(planned(DUE, 14, DUE - 3 * DAY_MS, BERLIN), vec![(Stage::Due, DUE)]);
        assert_eq!(planned(DUE, 0, DUE - 3 * DAY_MS, BERLIN), vec![(Stage::Due, DUE)]);
    }

    #[test]
    fn late_reminders_say_what_is_true_when_they_fire() {
        assert_eq!(stage_at(Stage::Upcoming, DUE, DUE - 1, BERLIN), Some(Stage::Upcoming));
        assert_eq!(stage_at(Stage::Upcoming, DUE, DUE, BERLIN), None);
        assert_eq!(stage_at(Stage::Due, DUE, DUE + 3_600_000, BERLIN), Some(Stage::Due));
        assert_eq!(
            stage_at(Stage::Due, DUE, DUE + 2 * DAY_MS, BERLIN),
            Some(Stage::Overdue)
        );
    }

    #[test]
    fn after_downtime_only_the_next_weekly_reminder_is_planned() {
        assert_eq!(next_overdue(DUE, DUE, BERLIN), DUE + 7 * DAY_MS);
        assert_eq!(next_overdue(DUE, DUE + 20 * DAY_MS, BERLIN), DUE + 21 * DAY_MS);
    }
}
