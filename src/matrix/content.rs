//! Turns an `Outbound` into the `m.room.message` content Lotse sends: an m.notice with plain and
//! HTML body, the thread or reply relation, and always an explicit m.mentions.

use crate::bot::types::Outbound;
use matrix_sdk::ruma::events::Mentions;
use matrix_sdk::ruma::events::relation::{InReplyTo, Reply, Thread};
use matrix_sdk::ruma::events::room::message::{Relation, RoomMessageEventContent};
use matrix_sdk::ruma::{EventId, OwnedEventId, UserId};

/// The content for `message`. Ids that do not parse are left out (and logged) rather than failing
/// the whole message: a reply without its thread is better than no reply.
pub(super) fn build(message: &Outbound) -> RoomMessageEventContent {
    let mut content = if message.html.is_empty() {
        RoomMessageEventContent::notice_plain(&message.body)
    } else {
        RoomMessageEventContent::notice_html(&message.body, &message.html)
    };
    let user_ids = message.mentions.iter().filter_map(|user| match UserId::parse(user) {
        Ok(id) => Some(id),
        Err(_) => {
            tracing::warn!(user = %user, "outbound mention is not a valid user id; left out");
            None
        }
    });
    content.mentions = Some(Mentions::with_user_ids(user_ids));
    content.relates_to = relation(message.thread_root.as_deref(), message.in_reply_to.as_deref());
    content
}

fn relation<C>(thread_root: Option<&str>, in_reply_to: Option<&str>) -> Option<Relation<C>> {
    let reply_to = in_reply_to.and_then(|id| parse_event_id(id, "in_reply_to"));
    match thread_root.and_then(|id| parse_event_id(id, "thread_root")) {
        Some(root) => {
            // Clients without thread support show the message as a reply to the latest event.
            let latest = reply_to.unwrap_or_else(|| root.clone());
            Some(Relation::Thread(Thread::plain(root, latest)))
        }
        None => reply_to.map(|id| Relation::Reply(Reply::new(InReplyTo::new(id)))),
    }
}

fn parse_event_id(id: &str, what: &str) -> Option<OwnedEventId> {
    match EventId::parse(id) {
        Ok(id) => Some(id),
        Err(_) => {
            tracing::warn!(event_id = %id, field = what, "outbound relation is not a valid event id; left out");
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bot::types::Destination;
    use serde_json::{Value, json};

    fn outbound() -> Outbound {
        Outbound {
            destination: Destination::Room("!r:example.org".into()),
            body: "Idee #1 angelegt".into(),
            html: "Idee <b>#1</b> angelegt".into(),
            thread_root: None,
            in_reply_to: None,
            mentions: vec![],
            subject: None,
            attachment: None,
            leave_after: false,
            redacts: None,
        }
    }

    fn json_of(message: &Outbound) -> Value {
        serde_json::to_value(build(message)).unwrap_or(Value::Null)
    }

    #[test]
    fn notice_with_html_and_empty_mentions() {
        let v = json_of(&outbound());
        assert_eq!(v["msgtype"], "m.notice");
        assert_eq!(v["body"], "Idee #1 angelegt");
        assert_eq!(v["format"], "org.matrix.custom.html");
        assert_eq!(v["formatted_body"], "Idee <b>#1</b> angelegt");
        assert_eq!(v["m.mentions"], json!({}));
        assert!(v.get("m.relates_to").is_none());
    }

    #[test]
    fn thread_relation_falls_back_to_a_reply() {
        let mut m = outbound();
        m.thread_root = Some("$root:example.org".into());
        m.in_reply_to = Some("$cmd:example.org".into());
        m.mentions = vec!["@anna:example.org".into(), "not a user".into()];
        let v = json_of(&m);
        assert_eq!(
            v["m.relates_to"],
            json!({"rel_type": "m.thread", "event_id": "$root:example.org", "is_falling_back": true,
                   "m.in_reply_to": {"event_id": "$cmd:example.org"}})
        );
        assert_eq!(v["m.mentions"], json!({"user_ids": ["@anna:example.org"]}));
    }

    #[test]
    fn plain_reply_without_thread() {
        let mut m = outbound();
        m.in_reply_to = Some("$cmd:example.org".into());
        let v = json_of(&m);
        assert_eq!(
            v["m.relates_to"],
            json!({"m.in_reply_to": {"event_id": "$cmd:example.org"}})
        );
    }

    #[test]
    fn thread_without_reply_target_points_at_the_root() {
        let mut m = outbound();
        m.thread_root = Some("$root:example.org".into());
        let v = json_of(&m);
        assert_eq!(v["m.relates_to"]["m.in_reply_to"]["event_id"], "$root:example.org");
    }
}
