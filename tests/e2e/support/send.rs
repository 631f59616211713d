//! TestUser: sending messages, replies, threads, reactions, edits and redactions.

use super::TestUser;
use matrix_sdk::ruma::{EventId, OwnedEventId, RoomId};
use serde_json::{Value, json};

impl TestUser {
    /// Sends any message-like event (encrypted in encrypted rooms); returns its event id.
    pub async fn send_json(&self, room_id: &RoomId, event_type: &str, content: Value) -> OwnedEventId {
        let room = self.room(room_id).await;
        let result = room
            .send_raw(event_type, content)
            .await
            .unwrap_or_else(|e| panic!("{} cannot send {event_type} to {room_id}: {e}", self.user_id));
        result.response.event_id
    }

    /// Sends a plain `m.text` message.
    pub async fn send_text(&self, room_id: &RoomId, body: &str) -> OwnedEventId {
        self.send_json(room_id, "m.room.message", json!({"msgtype": "m.text", "body": body}))
            .await
    }

    /// Sends an `m.text` message as a reply to `event_id`.
    pub async fn send_reply(&self, room_id: &RoomId, event_id: &EventId, body: &str) -> OwnedEventId {
        let content = json!({
            "msgtype": "m.text",
            "body": body,
            "m.relates_to": {"m.in_reply_to": {"event_id": event_id}},
        });
        self.send_json(room_id, "m.room.message", content).await
    }

    /// Sends an `m.text` message in the thread rooted at `root`.
    pub async fn send_in_thread(&self, room_id: &RoomId, root: &EventId, body: &str) -> OwnedEventId {
        let content = json!({
            "msgtype": "m.text",
            "body": body,
            "m.relates_to": {"rel_type": "m.thread", "event_id": root, "is_falling_back": true,
                             "m.in_reply_to": {"event_id": root}},
        });
        self.send_json(room_id, "m.room.message", content).await
    }

    /// Reacts to `event_id` with `key` (e.g. "👍").
    pub async fn send_reaction(&self, room_id: &RoomId, event_id: &EventId, key: &str) -> OwnedEventId {
        let content = json!({"m.relates_to": {"rel_type": "m.annotation", "event_id": event_id, "key": key}});
        self.send_json(room_id, "m.reaction", content).await
    }

    /// Edits the text message `event_id` to read `new_body`.
    pub async fn edit(&self, room_id: &RoomId, event_id: &EventId, new_body: &str) -> OwnedEventId {
        let content = json!({
            "msgtype": "m.text",
            "body": format!("* {new_body}"),
            "m.new_content": {"msgtype": "m.text", "body": new_body},
            "m.relates_to": {"rel_type": "m.replace", "event_id": event_id},
        });
        self.send_json(room_id, "m.room.message", content).await
    }

    /// Redacts (deletes) `event_id`.
    pub async fn redact(&self, room_id: &RoomId, event_id: &EventId) {
        let room = self.room(room_id).await;
        room.redact(event_id, None, None)
            .await
            .unwrap_or_else(|e| panic!("redact {event_id}: {e}"));
    }
}
