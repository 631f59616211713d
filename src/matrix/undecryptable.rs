//! Encrypted events that could not be decrypted when they arrived (the room key came late or has
//! to be requested from another device). They are kept in the meta table, so the sync position can
//! move on without losing them, and retried whenever new keys may have come in.

use super::events::{self, Outcome, Shared};
use super::retry::retry_db;
use super::timeline::saved_join_time;
use matrix_sdk::deserialized_responses::TimelineEvent;
use matrix_sdk::ruma::OwnedRoomId;
use matrix_sdk::ruma::events::room::encrypted::OriginalSyncRoomEncryptedEvent;
use matrix_sdk::ruma::serde::Raw;
use serde::{Deserialize, Serialize};
use std::time::{Duration, Instant};

const KEY: &str = "undecryptable_events";
/// After this long without a key, an event is given up (and logged).
const MAX_AGE_MS: i64 = 24 * 60 * 60 * 1000;
/// At most this many events wait; the oldest are given up first.
const MAX_PENDING: usize = 500;
/// Without new to-device messages, retry at most this often.
const IDLE_RETRY: Duration = Duration::from_secs(60);

#[derive(Debug, Clone, Serialize, Deserialize)]
struct Pending {
    room_id: String,
    event_id: String,
    /// The encrypted event as received.
    event: String,
    first_seen_ms: i64,
}

pub(super) struct Undecryptable {
    pending: Vec<Pending>,
    dirty: bool,
    last_retry: Instant,
}

impl Undecryptable {
    /// Loads the waiting events; None if shutdown came while the database was unavailable.
    pub(super) async fn load(shared: &Shared) -> Option<Undecryptable> {
        let store = shared.bot.store();
        let saved = retry_db(&shared.stop, || store.meta_get(KEY)).await?;
        let pending = saved
            .and_then(|json| match serde_json::from_str::<Vec<Pending>>(&json) {
                Ok(list) => Some(list),
                Err(e) => {
                    tracing::error!(error = %e, "the list of undecryptable events is unreadable; starting afresh");
                    None
                }
            })
            .unwrap_or_default();
        if !pending.is_empty() {
            tracing::info!(count = pending.len(), "events still waiting for their decryption keys");
        }
        Some(Undecryptable {
            pending,
            dirty: false,
            last_retry: Instant::now(),
        })
    }

    /// Remembers an event that could not be decrypted.
    pub(super) fn add(&mut self, room_id: &str, event: &TimelineEvent, now_ms: i64) {
        let Some(event_id) = event.event_id() else {
            return;
        };
        if self.pending.iter().any(|p| p.event_id == event_id.as_str()) {
            return;
        }
        self.pending.push(Pending {
            room_id: room_id.to_string(),
            event_id: event_id.to_string(),
            event: event.raw().json().get().to_string(),
            first_seen_ms: now_ms,
        });
        if self.pending.len() > MAX_PENDING {
            let dropped = self.pending.remove(0);
            tracing::warn!("too many undecryptable events; giving up the oldest");
            tracing::debug!(room = %dropped.room_id, event = %dropped.event_id, "undecryptable event given up");
        }
        self.dirty = true;
    }

    /// Forgets `event_id`: it arrived again, decryptable, and is being handled now (e.g. a batch
    /// read again after a crash), so a later retry must not hand it over a second time.
    pub(super) fn forget(&mut self, event_id: &str) {
        let before = self.pending.len();
        self.pending.retain(|p| p.event_id != event_id);
        self.dirty |= self.pending.len() != before;
    }

    /// Writes the list if it changed; None if shutdown came while the database was unavailable.
    pub(super) async fn save(&mut self, shared: &Shared) -> Option<()> {
        if !self.dirty {
            return Some(());
        }
        let json = serde_json::to_string(&self.pending).unwrap_or_else(|_| "[]".into());
        let store = shared.bot.store();
        retry_db(&shared.stop, || store.meta_set(KEY, &json)).await?;
        self.dirty = false;
        Some(())
    }

    /// Whether a retry is worthwhile now: keys may have arrived with to-device messages.
    pub(super) fn due(&self, got_to_device: bool) -> bool {
        !self.pending.is_empty() && (got_to_device || self.last_retry.elapsed() >= IDLE_RETRY)
    }

    /// Tries to decrypt every waiting event and hands the decrypted ones to the core.
    /// Returns false if shutdown came first.
    pub(super) async fn retry(&mut self, shared: &Shared) -> bool {
        self.last_retry = Instant::now();
        let now_ms = shared.bot.now_ms();
        let mut index = 0;
        while index < self.pending.len() {
            let item = self.pending[index].clone();
            match self.try_one(shared, &item, now_ms).await {
                Attempt::Keep => index += 1,
                Attempt::Done => {
                    self.pending.remove(index);
                    self.dirty = true;
                }
                Attempt::Stopped => return false,
            }
        }
        self.save(shared).await.is_some()
    }

    async fn try_one(&self, shared: &Shared, item: &Pending, now_ms: i64) -> Attempt {
        if now_ms - item.first_seen_ms > MAX_AGE_MS {
            tracing::warn!("no decryption key arrived within a day for an event; giving it up");
            tracing::debug!(room = %item.room_id, event = %item.event_id, "undecryptable event given up");
            return Attempt::Done;
        }
        let room = OwnedRoomId::try_from(item.room_id.as_str())
            .ok()
            .and_then(|id| shared.client.get_room(&id));
        let Some(room) = room else {
            return Attempt::Done;
        };
        let Ok(raw) = Raw::<OriginalSyncRoomEncryptedEvent>::from_json_string(item.event.clone()) else {
            return Attempt::Done;
        };
        let decrypted = match room.decrypt_event(&raw, None).await {
            Ok(event) if !event.kind.is_utd() => event,
            Ok(_) => return Attempt::Keep,
            Err(e) => {
                tracing::debug!(event = %item.event_id, error = %e, "decryption attempt failed");
                return Attempt::Keep;
            }
        };
        tracing::debug!(room = %item.room_id, event = %item.event_id, "decrypted a late event");
        let Some(saved) = retry_db(&shared.stop, || saved_join_time(shared, &item.room_id)).await else {
            return Attempt::Stopped;
        };
        let joined_at = saved.unwrap_or(0);
        let is_direct = events::is_direct(&room).await;
        match events::deliver(shared, &room, is_direct, joined_at, &decrypted).await {
            Outcome::Stopped => Attempt::Stopped,
            Outcome::Handled | Outcome::Skipped | Outcome::Undecryptable => Attempt::Done,
        }
    }
}

enum Attempt {
    Keep,
    Done,
    Stopped,
}
