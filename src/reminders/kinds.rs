//! What a due reminder turns into: the compose function its capability registered for its kind.

use super::{Fired, Reminder};
use crate::bot::Settings;
use crate::bot::registry;
use crate::store::Tx;
use anyhow::Result;

/// The messages (and follow-up reminders) of a due reminder.
pub(super) async fn compose(tx: &mut Tx, reminder: &Reminder, settings: &Settings, now_ms: i64) -> Result<Fired> {
    let kind = registry::all()
        .iter()
        .flat_map(|c| c.reminders.iter())
        .find(|k| k.kind == reminder.kind);
    match kind {
        Some(kind) => (kind.compose)(tx, reminder, settings, now_ms).await,
        None => {
            tracing::error!(kind = %reminder.kind, "a reminder of an unknown kind is set aside");
            Ok(Fired {
                outcome: "unknown_kind",
                ..Fired::default()
            })
        }
    }
}
