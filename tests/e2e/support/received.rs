//! TestUser: waiting for the bot's messages and reading a room's history.

use super::TestUser;
use super::user::decode;
use matrix_sdk::room::MessagesOptions;
use matrix_sdk::ruma::{OwnedRoomId, RoomId};
use serde_json::Value;
use std::time::{Duration, Instant};

/// An `m.room.message` as it arrived at a test user (decrypted when the room is encrypted).
#[derive(Debug, Clone)]
pub struct ReceivedMessage {
    pub room_id: OwnedRoomId,
    pub event_id: String,
    pub sender: String,
    pub msgtype: String,
    pub body: String,
    pub formatted_body: Option<String>,
    /// `m.relates_to.m.in_reply_to.event_id`
    pub in_reply_to: Option<String>,
    /// `m.relates_to.event_id` when `rel_type` is `m.thread`
    pub thread_root: Option<String>,
    /// `m.relates_to.event_id` when `rel_type` is `m.replace` (an edit)
    pub replaces: Option<String>,
    /// True when the event travelled encrypted.
    pub encrypted: bool,
    /// The event's `content`.
    pub content: Value,
    /// The whole (decrypted) event.
    pub event: Value,
}

/// Bot replies are `m.notice` messages.
pub type ReceivedNotice = ReceivedMessage;

impl ReceivedMessage {
    fn from_event(room_id: &RoomId, event: &Value, encrypted: bool) -> Option<ReceivedMessage> {
        if event["type"] != "m.room.message" {
            return None;
        }
        let content = event["content"].clone();
        let relates = &content["m.relates_to"];
        let rel = |kind: &str| {
            (relates["rel_type"] == kind)
                .then(|| relates["event_id"].as_str().map(String::from))
                .flatten()
        };
        Some(ReceivedMessage {
            room_id: room_id.to_owned(),
            event_id: event["event_id"].as_str().unwrap_or_default().to_string(),
            sender: event["sender"].as_str().unwrap_or_default().to_string(),
            msgtype: content["msgtype"].as_str().unwrap_or_default().to_string(),
            body: content["body"].as_str().unwrap_or_default().to_string(),
            formatted_body: content["formatted_body"].as_str().map(String::from),
            in_reply_to: relates["m.in_reply_to"]["event_id"].as_str().map(String::from),
            thread_root: rel("m.thread"),
            replaces: rel("m.replace"),
            encrypted,
            content,
            event: event.clone(),
        })
    }
}

impl TestUser {
    /// Sends `body` to the room and returns the body of the bot's reply to it.
    pub async fn ask(&self, room_id: &RoomId, bot_id: &str, body: &str) -> String {
        let sent = self.send_text(room_id, body).await;
        self.reply_to(room_id, bot_id, &sent).await
    }

    /// The body of the bot's `m.notice` replying to `command`, as this user sees it.
    pub async fn reply_to(&self, room_id: &RoomId, bot_id: &str, command: &matrix_sdk::ruma::EventId) -> String {
        let replies = self
            .wait_for_messages_where(room_id, bot_id, 1, super::WAIT, |m| {
                m.msgtype == "m.notice" && m.in_reply_to.as_deref() == Some(command.as_str())
            })
            .await;
        replies[0].body.clone()
    }

    /// Waits for `count` new `m.notice` messages from `from` in the room and returns them.
    pub async fn wait_for_notices(
        &self,
        room_id: &RoomId,
        from: &str,
        count: usize,
        timeout: Duration,
    ) -> Vec<ReceivedNotice> {
        self.wait_for_messages_where(room_id, from, count, timeout, |m| m.msgtype == "m.notice")
            .await
    }

    /// Waits for `count` new `m.room.message` events (any msgtype) from `from` in the room.
    pub async fn wait_for_messages(
        &self,
        room_id: &RoomId,
        from: &str,
        count: usize,
        timeout: Duration,
    ) -> Vec<ReceivedMessage> {
        self.wait_for_messages_where(room_id, from, count, timeout, |_| true)
            .await
    }

    /// Waits for `count` new messages from `from` in the room that satisfy `filter`. Each
    /// returned message is consumed: later waits do not return it again.
    pub async fn wait_for_messages_where(
        &self,
        room_id: &RoomId,
        from: &str,
        count: usize,
        timeout: Duration,
        filter: impl Fn(&ReceivedMessage) -> bool,
    ) -> Vec<ReceivedMessage> {
        let deadline = Instant::now() + timeout;
        loop {
            {
                let mut inbox = self.inbox.lock().unwrap();
                let matching: Vec<usize> = inbox
                    .entries
                    .iter()
                    .enumerate()
                    .filter(|(_, e)| !e.consumed && e.room_id == room_id && e.event["sender"] == from)
                    .filter_map(|(i, e)| ReceivedMessage::from_event(room_id, &e.event, e.encrypted).map(|m| (i, m)))
                    .filter(|(_, m)| filter(m))
                    .map(|(i, _)| i)
                    .take(count)
                    .collect();
                if matching.len() == count {
                    return matching
                        .into_iter()
                        .map(|i| {
                            let entry = &mut inbox.entries[i];
                            entry.consumed = true;
                            ReceivedMessage::from_event(room_id, &entry.event, entry.encrypted).expect("a message")
                        })
                        .collect();
                }
                if Instant::now() >= deadline {
                    let seen: Vec<String> = inbox
                        .entries
                        .iter()
                        .filter(|e| e.room_id == room_id)
                        .map(|e| format!("{} {} {}", e.event["sender"], e.event["type"], e.event["content"]))
                        .collect();
                    panic!(
                        "{} got {} of {count} expected messages from {from} in {room_id} within {timeout:?}; \
                         {} undecryptable; room timeline seen:\n{}",
                        self.user_id,
                        matching.len(),
                        inbox.undecrypted.len(),
                        seen.join("\n")
                    );
                }
            }
            let left = deadline.saturating_duration_since(Instant::now());
            self.sync(left.min(Duration::from_secs(5))).await;
        }
    }

    /// Syncs for `within` and asserts that `from` sent no new `m.room.message` to the room.
    pub async fn assert_no_messages(&self, room_id: &RoomId, from: &str, within: Duration) {
        let deadline = Instant::now() + within;
        while Instant::now() < deadline {
            self.sync(deadline.saturating_duration_since(Instant::now())).await;
        }
        let inbox = self.inbox.lock().unwrap();
        let unexpected: Vec<&Value> = inbox
            .entries
            .iter()
            .filter(|e| {
                !e.consumed && e.room_id == room_id && e.event["sender"] == from && e.event["type"] == "m.room.message"
            })
            .map(|e| &e.event["content"])
            .collect();
        assert!(
            unexpected.is_empty(),
            "unexpected messages from {from} in {room_id}: {unexpected:?}"
        );
    }

    /// The room's whole history from the homeserver (oldest first), decrypted where possible.
    pub async fn messages(&self, room_id: &RoomId) -> Vec<Value> {
        self.history(room_id)
            .await
            .into_iter()
            .map(|(event, _)| event)
            .collect()
    }

    /// All `m.room.message` events from `from` in the room's history (oldest first).
    pub async fn history_messages(&self, room_id: &RoomId, from: &str) -> Vec<ReceivedMessage> {
        self.history(room_id)
            .await
            .iter()
            .filter(|(e, _)| e["sender"] == from)
            .filter_map(|(e, encrypted)| ReceivedMessage::from_event(room_id, e, *encrypted))
            .collect()
    }

    async fn history(&self, room_id: &RoomId) -> Vec<(Value, bool)> {
        let room = self.room(room_id).await;
        let mut events = Vec::new();
        let mut from = None;
        loop {
            let mut options = MessagesOptions::forward();
            options.from = from;
            options.limit = 100u32.into();
            let page = room.messages(options).await.expect("/messages");
            let empty = page.chunk.is_empty();
            events.extend(
                page.chunk
                    .iter()
                    .filter_map(|e| Some((decode(e)?, e.encryption_info().is_some()))),
            );
            match page.end {
                Some(end) if !empty => from = Some(end),
                _ => return events,
            }
        }
    }
}
