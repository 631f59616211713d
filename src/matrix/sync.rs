//! The sync loop, driven by hand with `sync_once`: resumes from OUR committed sync token (meta
//! `sync_token`), hands every event of a batch to the core in order, and commits the batch's
//! token only when all of them are committed. The first start processes no history.

use super::events::{self, Outcome, Prepared, Shared};
use super::invites::Invites;
use super::replies_first::{self, RepliesFirst};
use super::retry::{Backoff, Failure, Stop, classify, is_unknown_token, retry_db};
use super::strategy_room::StrategyRoom;
use super::timeline;
use super::undecryptable::Undecryptable;
use crate::bot::Bot;
use crate::config::AccessConfig;
use crate::service::health;
use anyhow::{Result, bail};
use matrix_sdk::Client;
use matrix_sdk::config::{SyncSettings, SyncToken};
use matrix_sdk::ruma::UInt;
use matrix_sdk::ruma::api::client::filter::{Filter as EventFilter, FilterDefinition, RoomEventFilter};
use matrix_sdk::ruma::api::client::sync::sync_events::v3::Filter;
use matrix_sdk::sync::SyncResponse;
use std::time::{Duration, Instant};

/// Meta key of the committed sync position.
const TOKEN_KEY: &str = "sync_token";
/// Long-poll timeout of a sync request.
const LONG_POLL: Duration = Duration::from_secs(30);
/// Timeline events per room and batch; larger bursts are fetched with /messages.
const TIMELINE_LIMIT: u32 = 50;
/// Account data type listing the direct chats.
const DIRECT_CHATS: &str = "m.direct";

pub(super) struct Syncer {
    shared: Shared,
    invites: Invites,
    strategy_room: StrategyRoom,
    replies_first: RepliesFirst,
}

impl Syncer {
    pub(super) async fn new(
        client: Client,
        bot: Bot,
        access: &AccessConfig,
        stop: Stop,
        replies_first: RepliesFirst,
    ) -> Result<Syncer> {
        let Some(me) = client.user_id().map(|u| u.to_string()) else {
            bail!("the Matrix client has no session");
        };
        Ok(Syncer {
            shared: Shared { client, bot, me, stop },
            invites: Invites::new(&access.invite_allowlist),
            strategy_room: StrategyRoom::new(access.strategy_room.as_deref()),
            replies_first,
        })
    }

    /// Syncs until shutdown. Returns an error only when going on is pointless (token revoked).
    pub(super) async fn run(mut self) -> Result<()> {
        let shared = self.shared.clone();
        let store = shared.bot.store();
        let Some(mut token) = retry_db(&shared.stop, || store.meta_get(TOKEN_KEY)).await else {
            return Ok(());
        };
        let Some(mut undecryptable) = Undecryptable::load(&shared).await else {
            return Ok(());
        };
        if token.is_none() {
            tracing::info!("first start: initial sync; messages sent before now are not treated as commands");
        }
        let mut backoff = Backoff::standard();
        let mut failing = false;
        let mut roster_loaded = false;
        loop {
            if shared.stop.is_set() {
                return Ok(());
            }
            let settings = self.settings(token.as_deref());
            let sdk_token = sdk_sync_token(&shared.client).await;
            let asked = Instant::now();
            let response = tokio::select! {
                response = shared.client.sync_once(settings) => response,
                () = shared.stop.wait() => return Ok(()),
            };
            let response = match response {
                Ok(response) => {
                    health::sync_succeeded(shared.bot.now_ms());
                    if failing {
                        tracing::info!("sync works again");
                        failing = false;
                    }
                    backoff.reset();
                    response
                }
                Err(e) if is_unknown_token(&e) => bail!(
                    "the homeserver no longer accepts the bot's access token (device logged out?): {e}. \
                     Log the device in again: remove the `matrix_session` meta row and matrix.store_path"
                ),
                Err(e) => {
                    failing = true;
                    health::sync_failed();
                    let wait = match classify(&e) {
                        Failure::RateLimited(Some(wait)) => wait,
                        _ => backoff.next_delay(),
                    };
                    tracing::warn!(error = %e, wait_s = wait.as_secs(), "sync failed (homeserver unreachable?); retrying");
                    if shared.stop.sleep(wait).await {
                        return Ok(());
                    }
                    continue;
                }
            };
            let received = Instant::now();
            // The room state of this batch is applied already: the team is current before its commands.
            let rooms = response.rooms.joined.keys().chain(response.rooms.left.keys());
            if !roster_loaded || self.strategy_room.concerns(rooms) {
                self.strategy_room.refresh(&shared).await;
                roster_loaded = true;
            }
            fault_injection::maybe_abort(&response);
            let completed = match token.as_deref() {
                None => self.note_initial(&response).await,
                Some(since) if sdk_token.as_deref() == Some(&response.next_batch) && since != response.next_batch => {
                    // The SDK had stored this very response before a crash cut our processing
                    // short, so it hands back an empty one ("same sync response twice"). Read
                    // what it held from the rooms' history instead.
                    self.recover(since, &response.next_batch, &mut undecryptable).await
                }
                Some(since) => self.process(&response, since, &mut undecryptable).await,
            };
            if !completed || undecryptable.save(&shared).await.is_none() {
                return Ok(()); // stopped mid-batch: the token stays where it was
            }
            let next = response.next_batch.clone();
            if retry_db(&shared.stop, || store.meta_set(TOKEN_KEY, &next))
                .await
                .is_none()
            {
                return Ok(());
            }
            tracing::trace!(token = %next, "sync position committed");
            tracing::debug!(
                events = response
                    .rooms
                    .joined
                    .values()
                    .map(|u| u.timeline.events.len())
                    .sum::<usize>(),
                rooms = response.rooms.joined.len(),
                sync_ms = received.duration_since(asked).as_millis() as u64,
                handled_ms = received.elapsed().as_millis() as u64,
                "sync round"
            );
            token = Some(next);
            // Every event handled so far lies before that position: none can come again.
            if retry_db(&shared.stop, || shared.bot.position_committed())
                .await
                .is_none()
            {
                return Ok(());
            }

            self.invites.handle_pending(&shared).await;
            if undecryptable.due(!response.to_device.is_empty()) && !undecryptable.retry(&shared).await {
                return Ok(());
            }
            self.replies_first
                .let_a_lone_reply_go_first(store, &shared.stop, replies_first::AT_MOST)
                .await;
        }
    }

    fn settings(&self, token: Option<&str>) -> SyncSettings {
        let settings = SyncSettings::new().filter(Filter::FilterDefinition(sync_filter()));
        match token {
            // Never let the SDK fall back to its own stored token: ours is the committed one.
            None => settings.token(SyncToken::NoToken).timeout(Duration::ZERO),
            Some(token) => {
                let timeout = self.invites.next_retry_in().map_or(LONG_POLL, |t| t.min(LONG_POLL));
                settings.token(token).timeout(timeout)
            }
        }
    }

    /// The initial sync: nothing in it is processed; only the join times of the rooms are noted.
    async fn note_initial(&mut self, response: &SyncResponse) -> bool {
        for room_id in response.rooms.joined.keys() {
            if let Some(room) = self.shared.client.get_room(room_id)
                && timeline::join_bound(&self.shared, &room).await.is_none()
            {
                return false;
            }
        }
        tracing::info!(
            rooms = response.rooms.joined.len(),
            "initial sync done; listening for new messages"
        );
        true
    }

    /// Hands every event between `since` and `until` in every joined room to the core, read from
    /// the rooms' history. Returns false if shutdown came first.
    async fn recover(&mut self, since: &str, until: &str, undecryptable: &mut Undecryptable) -> bool {
        let shared = &self.shared;
        tracing::warn!("the previous run stopped inside a sync batch; reading that batch from the room history");
        for room in shared.client.joined_rooms() {
            let Some(joined_at) = timeline::join_bound(shared, &room).await else {
                return false;
            };
            let Some(batch) = timeline::between(shared, &room, since, until, joined_at).await else {
                return false;
            };
            if !self.deliver_all(&room, joined_at, &batch, undecryptable).await {
                return false;
            }
        }
        true
    }

    /// Delivers `batch` of `room` in order. Returns false if shutdown came first.
    async fn deliver_all(
        &self,
        room: &matrix_sdk::Room,
        joined_at: i64,
        batch: &[matrix_sdk::deserialized_responses::TimelineEvent],
        undecryptable: &mut Undecryptable,
    ) -> bool {
        if batch.is_empty() {
            return true;
        }
        let shared = &self.shared;
        let is_direct = events::is_direct(room).await;
        let mut ready = Vec::with_capacity(batch.len());
        for event in batch {
            match events::prepare(shared, room, is_direct, joined_at, event).await {
                Prepared::Ready(inbound) => {
                    undecryptable.forget(&inbound.event_id);
                    ready.push(inbound);
                }
                Prepared::Skipped => {}
                Prepared::Undecryptable => undecryptable.add(room.room_id().as_str(), event, shared.bot.now_ms()),
                Prepared::Stopped => return false,
            }
        }
        events::handle_all(&shared.bot, &ready, &shared.stop).await != Outcome::Stopped
    }

    /// Hands every new event of the batch to the core, room by room, in timeline order.
    /// Returns false if shutdown came before the batch was complete.
    async fn process(&mut self, response: &SyncResponse, since: &str, undecryptable: &mut Undecryptable) -> bool {
        let shared = &self.shared;
        for room_id in response.rooms.left.keys() {
            // A later re-join must learn its join time afresh.
            timeline::forget_join_time(shared, room_id.as_str()).await;
            tracing::info!("the bot left a room");
            tracing::debug!(room = %room_id, "the bot is no longer in this room");
        }
        for (room_id, update) in &response.rooms.joined {
            if update.timeline.events.is_empty() && !update.timeline.limited {
                continue;
            }
            let Some(room) = shared.client.get_room(room_id) else {
                tracing::warn!("room of a sync update is unknown to the client");
                continue;
            };
            let Some(joined_at) = timeline::join_bound(shared, &room).await else {
                return false;
            };
            let Some(batch) = timeline::collect(shared, &room, &update.timeline, since, joined_at).await else {
                return false;
            };
            if !self.deliver_all(&room, joined_at, &batch, undecryptable).await {
                return false;
            }
        }
        true
    }
}

/// Only what the bot reads: room timelines and state, its own `m.direct` (which rooms are direct
/// chats), and what encryption needs (to-device messages, device lists, key counts). Typing
/// notices, read receipts, presence and other account data are left out: in a city's rooms they
/// would wake the bot many times a minute, and every wake-up costs a sync round and its
/// processing (with encryption, a write of the crypto account), in the way of the next command.
fn sync_filter() -> FilterDefinition {
    let mut filter = FilterDefinition::default();
    filter.presence = EventFilter::ignore_all();
    filter.account_data.types = Some(vec![DIRECT_CHATS.to_owned()]);
    filter.room.timeline.limit = Some(UInt::from(TIMELINE_LIMIT));
    filter.room.ephemeral = RoomEventFilter::ignore_all();
    filter.room.account_data = RoomEventFilter::ignore_all();
    filter
}

/// The sync position the SDK has stored (it ignores a response that ends there).
async fn sdk_sync_token(client: &Client) -> Option<String> {
    use matrix_sdk::store::{StateStoreDataKey, StateStoreDataValue};
    match client.state_store().get_kv_data(StateStoreDataKey::SyncToken).await {
        Ok(value) => value.and_then(StateStoreDataValue::into_sync_token),
        Err(e) => {
            tracing::warn!(error = %e, "cannot read the SDK's sync position");
            None
        }
    }
}

/// Test-only fault injection: with `LOTSE_FAULT_ABORT_ON_TEXT` set, the process aborts as soon as
/// a sync response carrying that text has been stored by the SDK and before Lotse processed it —
/// the narrowest crash window, reproduced on purpose by tests/e2e/crash.rs.
mod fault_injection {
    use matrix_sdk::sync::SyncResponse;
    use std::sync::OnceLock;

    pub(super) fn maybe_abort(response: &SyncResponse) {
        static MARKER: OnceLock<Option<String>> = OnceLock::new();
        let marker = MARKER.get_or_init(|| {
            std::env::var("LOTSE_FAULT_ABORT_ON_TEXT")
                .ok()
                .filter(|m| !m.is_empty())
        });
        let Some(marker) = marker else {
            return;
        };
        let carries = response
            .rooms
            .joined
            .values()
            .flat_map(|room| room.timeline.events.iter())
            .any(|event| event.raw().json().get().contains(marker.as_str()));
        if carries {
            tracing::warn!("fault injection: aborting after the SDK stored a sync response");
            std::process::abort();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn the_filter_leaves_out_typing_receipts_presence_and_foreign_account_data() {
        let filter = serde_json::to_value(sync_filter()).expect("a filter serializes");
        assert_eq!(filter["presence"]["types"], json!([]));
        assert_eq!(filter["account_data"]["types"], json!(["m.direct"]));
        assert_eq!(filter["room"]["ephemeral"]["types"], json!([]));
        assert_eq!(filter["room"]["account_data"]["types"], json!([]));
        assert_eq!(filter["room"]["timeline"]["limit"], json!(TIMELINE_LIMIT));
        // Timeline and state are unfiltered: every message and every member change reaches the bot.
        assert_eq!(filter["room"]["timeline"].get("types"), None);
        assert_eq!(filter["room"].get("state"), None);
        assert_eq!(filter.get("event_fields"), None);
    }
}
