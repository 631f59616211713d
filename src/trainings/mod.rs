//! Trainings (PRODUCT.md "Schulungen"): the team plans trainings (`!schulung`), everyone signs up
//! (`!anmelden`) with a waiting list that moves up by itself, reminders go out before the date, and
//! recorded attendance is per-person evidence of AI literacy (EU AI Act Art. 4) with a refresher.

mod attendance;
mod fields;
mod manage;
mod plan;
pub mod queries;
pub mod reminders;
mod signup;

pub use attendance::{attendance, literacy};
pub use plan::{dialog_answer, training};
pub use signup::{list, mine, my_trainings, sign_off, sign_up};

use crate::bot::context::Ctx;
use crate::bot::types::Subject;
use serde::{Deserialize, Serialize};

/// Reminder offsets, the refresher period and the under-booking notice, from `[trainings]`.
#[derive(Debug, Clone, PartialEq)]
pub struct TrainingSettings {
    /// Participants are reminded this many calendar days before (same local time); 0: not.
    pub reminder_days_before: i64,
    /// …and this many hours before; 0: not.
    pub reminder_hours_before: i64,
    /// Months from attending until a refresher of the same level is due.
    pub refresher_months: u32,
    /// Days before a training at which the strategy room hears that it is under half full; 0: never.
    pub low_signup_notice_days: i64,
}

impl Default for TrainingSettings {
    fn default() -> Self {
        TrainingSettings {
            reminder_days_before: 1,
            reminder_hours_before: 1,
            refresher_months: 12,
            low_signup_notice_days: 7,
        }
    }
}

impl TrainingSettings {
    /// From the validated `[trainings]` section.
    pub fn from_config(config: &crate::config::TrainingsConfig) -> TrainingSettings {
        TrainingSettings {
            reminder_days_before: config.reminder_days_before,
            reminder_hours_before: config.reminder_hours_before,
            refresher_months: u32::try_from(config.refresher_months).unwrap_or(12),
            low_signup_notice_days: config.low_signup_notice_days,
        }
    }
}

/// The guided `!schulung neu` dialog: the answers so far and the question asked now.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TrainingDialog {
    pub step: Field,
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub level: String,
    #[serde(default)]
    pub starts_at: i64,
    #[serde(default)]
    pub duration_minutes: i64,
    #[serde(default)]
    pub place: String,
    #[serde(default)]
    pub capacity: i64,
}

/// A field of a training: the question a `TrainingDialog` waits for an answer to, and what
/// `!schulung #N ändern` changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Field {
    Title,
    Level,
    Date,
    Duration,
    Place,
    Capacity,
    Departments,
}

/// Messages about a training carry this subject.
pub fn subject(id: i64) -> Subject {
    Subject {
        kind: "training".into(),
        id,
    }
}

/// Training `id`, locked for this transaction, if it exists and is not cancelled; otherwise
/// replies why not and returns None.
async fn lock_active(ctx: &mut Ctx<'_>, id: i64) -> anyhow::Result<Option<queries::Training>> {
    let Some(training) = queries::lock(ctx.tx, id, ctx.now_ms).await? else {
        ctx.reply("training-not-found", &[("id", id.into())]);
        return Ok(None);
    };
    if training.is_cancelled() {
        ctx.reply("training-is-cancelled", &[("id", id.into())]);
        return Ok(None);
    }
    Ok(Some(training))
}

/// Reads the training number `#N` at the start of `args` and the rest after it; replies with
/// `usage` (nothing given) or how to write it (malformed) and returns None if it is not there.
fn training_ref(ctx: &mut Ctx<'_>, args: &str, usage: &str) -> Option<(i64, String)> {
    ctx.record_ref(args, usage, "training-ref-invalid")
}
