//! What each kind of reminder turns into: the one place that knows every kind.

use super::{Fired, Reminder};
use crate::bot::Settings;
use crate::store::Tx;
use crate::team::reassessment_reminders;
use crate::trainings::reminders as trainings;
use anyhow::Result;

/// The messages (and follow-up reminders) of a due reminder.
pub(super) async fn compose(tx: &mut Tx, reminder: &Reminder, settings: &Settings, now_ms: i64) -> Result<Fired> {
    match reminder.kind.as_str() {
        reassessment_reminders::KIND => reassessment_reminders::compose(tx, reminder, settings, now_ms).await,
        trainings::KIND_PARTICIPANTS => trainings::compose_participants(tx, reminder, settings, now_ms).await,
        trainings::KIND_LOW_SIGNUPS => trainings::compose_low_signups(tx, reminder, settings, now_ms).await,
        trainings::KIND_REFRESHER => trainings::compose_refresher(tx, reminder, settings, now_ms).await,
        other => {
            tracing::error!(kind = other, "a reminder of an unknown kind is set aside");
            Ok(Fired {
                outcome: "unknown_kind",
                ..Fired::default()
            })
        }
    }
}
