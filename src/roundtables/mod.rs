//! Round tables (PRODUCT.md "Rundtische"): the team opens one in a room with agenda topics;
//! while it is open every message there is recorded as feedback on the current topic; employees
//! may also contribute by DM, anonymously if they like; closing posts a summary and a protocol.

mod feedback;
mod lifecycle;
mod queries;
mod summary;

pub use feedback::{feedback, feedback_dialog_answer, on_edit, on_redaction, record_contribution};
pub use lifecycle::{list, round_table};

use serde::{Deserialize, Serialize};

/// `!feedback` in a DM while several round tables are open: the text waits for the choice.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FeedbackDialog {
    /// Ids of the open round tables, in the order offered (choice 1 is the first).
    pub choices: Vec<i64>,
    pub text: String,
    pub anonymous: bool,
}

/// Longest topic title accepted, in characters.
const MAX_TOPIC_CHARS: usize = 200;
/// Most agenda topics one round table may have.
const MAX_TOPICS: usize = 20;

/// "HH:MM" in the configured time zone.
fn clock_time(ms: i64, tz: chrono_tz::Tz) -> String {
    chrono::DateTime::<chrono::Utc>::from_timestamp_millis(ms)
        .map(|d| d.with_timezone(&tz).format("%H:%M").to_string())
        .unwrap_or_default()
}
