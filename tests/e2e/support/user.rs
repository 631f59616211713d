//! A Matrix "employee" client (matrix-sdk, with E2EE) that talks to the bot like a person would.

use super::Synapse;
use matrix_sdk::config::SyncSettings;
use matrix_sdk::deserialized_responses::TimelineEvent;
use matrix_sdk::room::MessagesOptions;
use matrix_sdk::ruma::api::client::filter::FilterDefinition;
use matrix_sdk::ruma::api::client::room::create_room::v3::{Request as CreateRoomRequest, RoomPreset};
use matrix_sdk::ruma::events::room::encryption::RoomEncryptionEventContent;
use matrix_sdk::ruma::events::room::member::MembershipState;
use matrix_sdk::ruma::events::{AnySyncTimelineEvent, InitialStateEvent};
use matrix_sdk::ruma::serde::Raw;
use matrix_sdk::ruma::{OwnedRoomId, OwnedUserId, RoomId, UserId};
use matrix_sdk::{Client, Room};
use matrix_sdk_crypto::CollectStrategy;
use serde_json::Value;
use std::collections::HashSet;
use std::sync::Mutex;
use std::time::{Duration, Instant};
use tempfile::TempDir;

pub(super) struct Entry {
    pub(super) room_id: OwnedRoomId,
    pub(super) event: Value,
    pub(super) encrypted: bool,
    pub(super) consumed: bool,
}

#[derive(Default)]
pub(super) struct Inbox {
    pub(super) entries: Vec<Entry>,
    /// Events that could not be decrypted yet; retried after every sync.
    pub(super) undecrypted: Vec<(OwnedRoomId, Raw<AnySyncTimelineEvent>)>,
    /// Invites already handed out by `wait_for_invite`.
    pub(super) seen_invites: HashSet<OwnedRoomId>,
    /// Ids of the events in `entries`.
    pub(super) seen_events: HashSet<String>,
}

/// A logged-in Matrix user with its own device and crypto store.
pub struct TestUser {
    pub client: Client,
    pub user_id: OwnedUserId,
    pub password: String,
    pub(super) inbox: Mutex<Inbox>,
    _store: TempDir,
}

pub(super) fn decode(event: &TimelineEvent) -> Option<Value> {
    event.raw().deserialize_as_unchecked::<Value>().ok()
}

impl TestUser {
    /// Registers `localpart` (password `<localpart>-password`) and logs in.
    pub async fn new(synapse: &Synapse, localpart: &str) -> TestUser {
        let password = format!("{localpart}-password");
        synapse.register(localpart, &password, false).await;
        TestUser::login(synapse, localpart, &password).await
    }

    /// Like `new`, with the app set to send room keys only to verified sessions (Element's
    /// "never send encrypted messages to unverified sessions").
    pub async fn new_verified_only(synapse: &Synapse, localpart: &str) -> TestUser {
        let password = format!("{localpart}-password");
        synapse.register(localpart, &password, false).await;
        TestUser::login_with(synapse, localpart, &password, CollectStrategy::OnlyTrustedDevices).await
    }

    /// Logs in an existing user with a new device, uploads its keys and does the first sync.
    pub async fn login(synapse: &Synapse, localpart: &str, password: &str) -> TestUser {
        TestUser::login_with(synapse, localpart, password, CollectStrategy::AllDevices).await
    }

    async fn login_with(synapse: &Synapse, localpart: &str, password: &str, keys_to: CollectStrategy) -> TestUser {
        let store = tempfile::Builder::new()
            .prefix("lotse-testuser-")
            .tempdir()
            .expect("tempdir");
        let client = Client::builder()
            .homeserver_url(&synapse.base_url)
            .sqlite_store(store.path(), None)
            .with_room_key_recipient_strategy(keys_to)
            .build()
            .await
            .expect("build the Matrix client");
        client
            .matrix_auth()
            .login_username(localpart, password)
            .initial_device_display_name(&format!("test device of {localpart}"))
            .send()
            .await
            .unwrap_or_else(|e| panic!("login of {localpart} failed: {e}"));
        let user_id = client.user_id().expect("logged in").to_owned();
        let user = TestUser {
            client,
            user_id,
            password: password.to_string(),
            inbox: Default::default(),
            _store: store,
        };
        user.sync(Duration::ZERO).await;
        user.client.encryption().wait_for_e2ee_initialization_tasks().await;
        user
    }

    /// One /sync round (long-polling up to `timeout`); new timeline events go to the inbox.
    pub async fn sync(&self, timeout: Duration) {
        // A large timeline limit so that bursts arrive whole; gaps are backfilled below anyway.
        let mut filter = FilterDefinition::default();
        filter.room.timeline.limit = Some(1000u32.into());
        let settings = SyncSettings::default().timeout(timeout).filter(filter.into());
        let response = self
            .client
            .sync_once(settings)
            .await
            .unwrap_or_else(|e| panic!("sync of {} failed: {e}", self.user_id));
        let mut arrived = self.retry_undecrypted().await;
        for (room_id, update) in response.rooms.joined {
            if update.timeline.limited
                && let Some(token) = update.timeline.prev_batch.clone()
            {
                let gap = self.backfill(&room_id, token).await;
                arrived.extend(gap.into_iter().map(|e| (room_id.clone(), e)));
            }
            arrived.extend(update.timeline.events.into_iter().map(|e| (room_id.clone(), e)));
        }
        let mut inbox = self.inbox.lock().unwrap();
        for (room_id, event) in arrived {
            let Some(value) = decode(&event) else {
                continue;
            };
            if value["type"] == "m.room.encrypted" {
                inbox.undecrypted.push((room_id, event.into_raw()));
            } else if let Some(id) = value["event_id"].as_str()
                && !inbox.seen_events.insert(id.to_string())
            {
                continue; // already in the inbox (overlap between backfill and sync)
            } else {
                let encrypted = event.encryption_info().is_some();
                inbox.entries.push(Entry {
                    room_id,
                    event: value,
                    encrypted,
                    consumed: false,
                });
            }
        }
    }

    /// Tries again to decrypt events whose keys had not arrived yet.
    async fn retry_undecrypted(&self) -> Vec<(OwnedRoomId, TimelineEvent)> {
        let pending = std::mem::take(&mut self.inbox.lock().unwrap().undecrypted);
        let mut retried = Vec::new();
        for (room_id, raw) in pending {
            let decrypted = match self.client.get_room(&room_id) {
                Some(room) => room.decrypt_event(raw.cast_ref_unchecked(), None).await.ok(),
                None => None,
            };
            retried.push((room_id, decrypted.unwrap_or_else(|| TimelineEvent::from_plaintext(raw))));
        }
        retried
    }

    /// The events a limited (gappy) sync left out: paginates back from `from` to the newest
    /// event already seen; oldest first.
    async fn backfill(&self, room_id: &RoomId, from: String) -> Vec<TimelineEvent> {
        let Some(room) = self.client.get_room(room_id) else {
            return Vec::new();
        };
        let mut events = Vec::new();
        let mut from = Some(from);
        for _ in 0..50 {
            let mut options = MessagesOptions::backward();
            options.from = from.take();
            options.limit = 100u32.into();
            let Ok(page) = room.messages(options).await else {
                break;
            };
            let empty = page.chunk.is_empty();
            let mut reached_known = false;
            for event in page.chunk {
                let id = event.event_id().map(|id| id.to_string()).unwrap_or_default();
                if self.inbox.lock().unwrap().seen_events.contains(&id) {
                    reached_known = true;
                    break;
                }
                events.push(event);
            }
            if reached_known || empty || page.end.is_none() {
                break;
            }
            from = page.end;
        }
        events.reverse();
        events
    }

    /// The room, syncing until the client knows it.
    pub async fn room(&self, room_id: &RoomId) -> Room {
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            if let Some(room) = self.client.get_room(room_id) {
                return room;
            }
            assert!(Instant::now() < deadline, "{} never saw room {room_id}", self.user_id);
            self.sync(Duration::from_secs(1)).await;
        }
    }

    /// Creates a room named `name`, inviting `invite` (full user ids); encrypted if asked.
    pub async fn create_room(&self, name: &str, encrypted: bool, invite: &[&str]) -> OwnedRoomId {
        let mut request = CreateRoomRequest::new();
        request.name = Some(name.to_string());
        request.preset = Some(RoomPreset::PrivateChat);
        request.invite = invite
            .iter()
            .map(|u| UserId::parse(*u).expect("valid user id"))
            .collect();
        if encrypted {
            request.initial_state = vec![
                InitialStateEvent::with_empty_state_key(RoomEncryptionEventContent::with_recommended_defaults())
                    .to_raw_any(),
            ];
        }
        let room = self.client.create_room(request).await.expect("create room");
        room.room_id().to_owned()
    }

    /// Creates an encrypted direct chat with `with` (as Element does) and invites them.
    pub async fn create_dm(&self, with: &str) -> OwnedRoomId {
        let user = UserId::parse(with).expect("valid user id");
        let room = self.client.create_dm(&user).await.expect("create DM");
        room.room_id().to_owned()
    }

    /// Creates an unencrypted direct chat with `with`.
    pub async fn create_dm_unencrypted(&self, with: &str) -> OwnedRoomId {
        let mut request = CreateRoomRequest::new();
        request.is_direct = true;
        request.preset = Some(RoomPreset::TrustedPrivateChat);
        request.invite = vec![UserId::parse(with).expect("valid user id")];
        let room = self.client.create_room(request).await.expect("create DM");
        room.room_id().to_owned()
    }

    /// Joins a room (accepting an invite).
    pub async fn join(&self, room_id: &RoomId) {
        self.client
            .join_room_by_id(room_id)
            .await
            .unwrap_or_else(|e| panic!("join {room_id}: {e}"));
    }

    /// Waits for an invite not returned before; returns its room id.
    pub async fn wait_for_invite(&self, timeout: Duration) -> OwnedRoomId {
        let deadline = Instant::now() + timeout;
        loop {
            {
                let mut inbox = self.inbox.lock().unwrap();
                let invites = self.client.invited_rooms();
                if let Some(room) = invites.iter().find(|r| !inbox.seen_invites.contains(r.room_id())) {
                    let id = room.room_id().to_owned();
                    inbox.seen_invites.insert(id.clone());
                    return id;
                }
            }
            let left = deadline.saturating_duration_since(Instant::now());
            assert!(
                !left.is_zero(),
                "{} received no invite within {timeout:?}",
                self.user_id
            );
            self.sync(left.min(Duration::from_secs(5))).await;
        }
    }

    /// Waits until `user` is joined to the room.
    pub async fn wait_for_member(&self, room_id: &RoomId, user: &str, timeout: Duration) {
        self.wait_for_membership(room_id, user, MembershipState::Join, timeout)
            .await;
    }

    /// Waits until `user`'s membership of the room is `state` (e.g. `Leave`).
    pub async fn wait_for_membership(&self, room_id: &RoomId, user: &str, state: MembershipState, timeout: Duration) {
        let user = UserId::parse(user).expect("valid user id");
        let deadline = Instant::now() + timeout;
        loop {
            let room = self.room(room_id).await;
            if let Ok(Some(member)) = room.get_member_no_sync(&user).await
                && *member.membership() == state
            {
                return;
            }
            let left = deadline.saturating_duration_since(Instant::now());
            assert!(
                !left.is_zero(),
                "{user} is not {state:?} in {room_id} within {timeout:?}"
            );
            self.sync(left.min(Duration::from_secs(5))).await;
        }
    }
}
