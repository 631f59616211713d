//! Guided dialogs: one state per (room, user), stored as versioned JSON with the name of the
//! capability that answers it, so it survives a restart. Each capability has its own state type.

use crate::store::Tx;
use anyhow::Result;
use serde::Serialize;
use serde::de::DeserializeOwned;

/// Bump when the stored form of dialogs changes for every capability at once; older stored
/// states are then dropped politely. A capability's own state type stays readable by serde rules.
pub const DIALOG_VERSION: i64 = 1;

/// A capability's dialog state: stored as JSON next to the name of the capability that answers it.
pub trait DialogState: Serialize + DeserializeOwned {
    /// The name of the capability that owns (and answers) this dialog.
    const OWNER: &'static str;

    /// True while the dialog holds an anonymous draft: then it is erased as soon as it expires.
    fn is_anonymous(&self) -> bool {
        false
    }
}

/// The stored dialog of a user in a room, as found.
#[derive(Debug, PartialEq)]
pub enum Loaded {
    None,
    /// A dialog in progress: the capability that owns it and its state (JSON).
    Active {
        owner: String,
        state: String,
    },
    /// A dialog existed but was idle too long; it has been removed.
    Expired,
    /// A dialog existed but cannot be read any more (older version); it has been removed.
    Unreadable,
}

/// A dialog row as stored, not yet checked for its version or age.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredDialog {
    pub version: i64,
    pub owner: String,
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
    let outcome = if stored.version != DIALOG_VERSION {
        Loaded::Unreadable
    } else if now_ms - stored.updated_at > timeout_ms {
        Loaded::Expired
    } else {
        return Ok(Loaded::Active {
            owner: stored.owner,
            state: stored.state,
        });
    };
    clear(tx, room, user).await?;
    Ok(outcome)
}

/// The state of a dialog of type `D` from its stored JSON; None if it cannot be read.
pub fn decode<D: DialogState>(state: &str) -> Option<D> {
    serde_json::from_str(state).ok()
}

pub async fn save<D: DialogState>(tx: &mut Tx, room: &str, user: &str, state: &D, now_ms: i64) -> Result<()> {
    sqlx::query(
        "INSERT INTO dialogs (room_id, user_id, version, capability, state, updated_at, anonymous) \
         VALUES ($1, $2, $3, $4, $5, $6, $7) \
         ON CONFLICT (room_id, user_id) DO UPDATE SET version = excluded.version, \
         capability = excluded.capability, state = excluded.state, \
         updated_at = excluded.updated_at, anonymous = excluded.anonymous",
    )
    .bind(room)
    .bind(user)
    .bind(DIALOG_VERSION)
    .bind(D::OWNER)
    .bind(serde_json::to_string(state)?)
    .bind(now_ms)
    .bind(i64::from(state.is_anonymous()))
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Saves `state` as the sender's dialog in the room of the current message.
pub async fn keep<D: DialogState>(ctx: &mut super::context::Ctx<'_>, state: &D) -> Result<()> {
    let (room, user) = (ctx.inbound.room_id.clone(), ctx.inbound.sender.clone());
    save(ctx.tx, &room, &user, state, ctx.now_ms).await
}

/// Ends the sender's dialog in the room of the current message.
pub async fn end(ctx: &mut super::context::Ctx<'_>) -> Result<()> {
    let (room, user) = (ctx.inbound.room_id.clone(), ctx.inbound.sender.clone());
    clear(ctx.tx, &room, &user).await?;
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

/// Deletes abandoned dialogs: those holding an anonymous draft (next to the user's id) as soon as
/// they expire after `timeout_ms`, all others after `keep_ms` (`privacy.abandoned_dialogs_days`;
/// until then a returning user is told their dialog expired).
pub async fn sweep_expired(store: &crate::store::Store, now_ms: i64, timeout_ms: i64, keep_ms: i64) -> Result<u64> {
    let done = sqlx::query("DELETE FROM dialogs WHERE (anonymous = 1 AND updated_at < $1) OR updated_at < $2")
        .bind(now_ms - timeout_ms)
        .bind(now_ms - keep_ms)
        .execute(store.pool())
        .await?;
    Ok(done.rows_affected())
}
