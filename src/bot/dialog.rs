//! Guided dialogs: one state per (room, user), stored as versioned JSON so it survives a restart.

use crate::store::Tx;
use anyhow::Result;
use serde::{Deserialize, Serialize};

/// Bump when `DialogState` changes incompatibly; older stored states are then dropped politely.
pub const DIALOG_VERSION: i64 = 1;

/// Where a guided dialog stands.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "dialog")]
pub enum DialogState {
    IdeaTitle,
    IdeaDescription {
        title: String,
    },
    IdeaDepartment {
        title: String,
        description: String,
    },
    IdeaBenefit {
        title: String,
        description: String,
        department: String,
    },
    /// `!bewerte #N`: the scores given so far, one per criterion in order.
    Score {
        idea: i64,
        given: Vec<i64>,
    },
    /// `!feedback` in a DM while several round tables are open: which one it is for.
    Feedback(crate::roundtables::FeedbackDialog),
    /// `!bedenken` without a category (or without text): the concern being written.
    Concern(crate::concerns::ConcernDialog),
    /// `!schulung neu` / `!schulung #N ändern`: the training being planned.
    Training(crate::trainings::TrainingDialog),
}

impl DialogState {
    /// True while the dialog holds an anonymous draft: then it is erased as soon as it expires.
    fn is_anonymous(&self) -> bool {
        match self {
            DialogState::Feedback(d) => d.anonymous,
            DialogState::Concern(d) => d.anonymous,
            _ => false,
        }
    }
}

/// The stored dialog of a user in a room, as found.
#[derive(Debug, PartialEq)]
pub enum Loaded {
    None,
    Active(DialogState),
    /// A dialog existed but was idle too long; it has been removed.
    Expired,
    /// A dialog existed but cannot be read any more (older version); it has been removed.
    Unreadable,
}

/// A dialog row as stored, not yet checked for its version or age.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredDialog {
    pub version: i64,
    pub state: String,
    pub updated_at: i64,
}

/// Reads a stored dialog row (already fetched); one that expired or cannot be read is removed.
pub async fn interpret(
    tx: &mut Tx,
    room: &str,
    user: &str,
    stored: Option<StoredDialog>,
    now_ms: i64,
    timeout_ms: i64,
) -> Result<Loaded> {
    let Some(stored) = stored else {
        return Ok(Loaded::None);
    };
    let parsed = (stored.version == DIALOG_VERSION)
        .then(|| serde_json::from_str::<DialogState>(&stored.state).ok())
        .flatten();
    let outcome = match parsed {
        None => Loaded::Unreadable,
        Some(_) if now_ms - stored.updated_at > timeout_ms => Loaded::Expired,
        Some(state) => return Ok(Loaded::Active(state)),
    };
    clear(tx, room, user).await?;
    Ok(outcome)
}

pub async fn save(tx: &mut Tx, room: &str, user: &str, state: &DialogState, now_ms: i64) -> Result<()> {
    sqlx::query(
        "INSERT INTO dialogs (room_id, user_id, version, state, updated_at, anonymous) VALUES ($1, $2, $3, $4, $5, $6) \
         ON CONFLICT (room_id, user_id) DO UPDATE SET version = excluded.version, state = excluded.state, \
         updated_at = excluded.updated_at, anonymous = excluded.anonymous",
    )
    .bind(room)
    .bind(user)
    .bind(DIALOG_VERSION)
    .bind(serde_json::to_string(state)?)
    .bind(now_ms)
    .bind(i64::from(state.is_anonymous()))
    .execute(&mut **tx)
    .await?;
    Ok(())
}

pub async fn clear(tx: &mut Tx, room: &str, user: &str) -> Result<bool> {
    let done = sqlx::query("DELETE FROM dialogs WHERE room_id = $1 AND user_id = $2")
        .bind(room)
        .bind(user)
        .execute(&mut **tx)
        .await?;
    Ok(done.rows_affected() > 0)
}

/// How long an abandoned dialog is kept at most; until then a returning user is told it expired.
const KEEP_ABANDONED_MS: i64 = 7 * 24 * 60 * 60 * 1000;

/// Deletes abandoned dialogs: those holding an anonymous draft (next to the user's id) as soon as
/// they expire after `timeout_ms`, all others after a week.
pub async fn sweep_expired(store: &crate::store::Store, now_ms: i64, timeout_ms: i64) -> Result<u64> {
    let done = sqlx::query("DELETE FROM dialogs WHERE (anonymous = 1 AND updated_at < $1) OR updated_at < $2")
        .bind(now_ms - timeout_ms)
        .bind(now_ms - KEEP_ABANDONED_MS)
        .execute(store.pool())
        .await?;
    Ok(done.rows_affected())
}
