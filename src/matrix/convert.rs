//! Reads one (decrypted) Matrix timeline event as plain JSON and says what it means for the core:
//! a message, an edit, a redaction, a reaction, or nothing. Pure functions, no I/O, no panics.

use super::body::{mentioned_people, mentions, strip_reply_fallback};
use serde_json::Value;

/// Who sent an event, when, and under which id.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Envelope {
    pub event_id: String,
    pub sender: String,
    /// origin_server_ts in milliseconds; None if the event lacks it.
    pub timestamp_ms: Option<i64>,
}

/// What an event means for the core.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Meaning {
    Message {
        body: String,
        mentions_bot: bool,
        /// Other people the message mentions (m.mentions), as user ids.
        mentioned: Vec<String>,
        thread_root: Option<String>,
    },
    /// A replacement of `target`; the sender still has to be checked against the original's.
    Edit {
        target: String,
        body: String,
    },
    Redaction {
        target: String,
    },
    Reaction {
        target: String,
        key: String,
    },
}

/// Envelope of any event that has an id and a sender.
pub(super) fn envelope(event: &Value) -> Option<Envelope> {
    Some(Envelope {
        event_id: str_at(event, &["event_id"])?.to_string(),
        sender: str_at(event, &["sender"])?.to_string(),
        timestamp_ms: event.get("origin_server_ts").and_then(Value::as_i64),
    })
}

/// The meaning of `event` for a bot whose user id is `me`; None for everything the core must not
/// see: the bot's own events, notices, non-text messages, state events, redacted or broken events.
pub(super) fn interpret(event: &Value, me: &str) -> Option<(Envelope, Meaning)> {
    let env = envelope(event)?;
    if env.sender == me || event.get("state_key").is_some() {
        return None;
    }
    let content = event.get("content")?;
    let meaning = match str_at(event, &["type"])? {
        "m.room.message" => message(content, me)?,
        "m.room.redaction" => {
            // Room version 11 moved `redacts` into the content.
            let target = str_at(content, &["redacts"]).or_else(|| str_at(event, &["redacts"]))?;
            Meaning::Redaction {
                target: target.to_string(),
            }
        }
        "m.reaction" => {
            let relates = content.get("m.relates_to")?;
            if str_at(relates, &["rel_type"])? != "m.annotation" {
                return None;
            }
            Meaning::Reaction {
                target: str_at(relates, &["event_id"])?.to_string(),
                key: str_at(relates, &["key"])?.to_string(),
            }
        }
        _ => return None,
    };
    Some((env, meaning))
}

fn message(content: &Value, me: &str) -> Option<Meaning> {
    if !is_text(content) {
        return None;
    }
    // A relation that is not an object is malformed: the message counts as if it had none.
    let relates = content.get("m.relates_to").filter(|r| r.is_object());
    let rel_type = relates.and_then(|r| str_at(r, &["rel_type"]));
    let edit_target = relates.and_then(|r| str_at(r, &["event_id"]));
    if let (Some("m.replace"), Some(target)) = (rel_type, edit_target) {
        // Clients show a replacement only through its m.new_content; without a readable one the
        // room still shows the original, and so does Lotse.
        let new_content = content.get("m.new_content")?;
        if !is_text(new_content) {
            return None;
        }
        let body = str_at(new_content, &["body"])?;
        return Some(Meaning::Edit {
            target: target.to_string(),
            body: body.to_string(),
        });
    }
    let body = str_at(content, &["body"])?;
    let is_reply = relates
        .and_then(|r| r.get("m.in_reply_to"))
        .and_then(|r| str_at(r, &["event_id"]))
        .is_some();
    let body = if is_reply {
        strip_reply_fallback(body)
    } else {
        body.to_string()
    };
    let thread_root = match rel_type {
        Some("m.thread") => relates.and_then(|r| str_at(r, &["event_id"])).map(str::to_string),
        _ => None,
    };
    Some(Meaning::Message {
        body,
        mentions_bot: mentions(content, me),
        mentioned: mentioned_people(content, me),
        thread_root,
    })
}

/// m.text and m.emote count; m.notice (other bots) and media do not.
fn is_text(content: &Value) -> bool {
    matches!(str_at(content, &["msgtype"]), Some("m.text" | "m.emote"))
}

/// The thread an event belongs to: its thread root if it is in a thread, else the event itself
/// (`event_id`) unless it has a relation of its own (such events cannot root a thread). A
/// malformed relation counts as none, as the homeserver counts it.
pub(super) fn thread_of(event: &Value, event_id: &str) -> Option<String> {
    let relates = event
        .get("content")
        .and_then(|c| c.get("m.relates_to"))
        .filter(|r| r.is_object());
    let rel_type = relates.and_then(|r| str_at(r, &["rel_type"]));
    let related = relates.and_then(|r| str_at(r, &["event_id"]));
    match (rel_type, related) {
        (Some("m.thread"), Some(root)) => Some(root.to_string()),
        (Some(_), Some(_)) => None,
        _ => Some(event_id.to_string()),
    }
}

/// The string at a path of object keys.
pub(super) fn str_at<'a>(value: &'a Value, path: &[&str]) -> Option<&'a str> {
    path.iter().try_fold(value, |v, key| v.get(key))?.as_str()
}

/// For an `m.room.member` event: true if it is `user`'s join and they were not joined before
/// (a profile change is not a join).
pub(super) fn is_fresh_join_of(event: &Value, user: &str) -> bool {
    str_at(event, &["type"]) == Some("m.room.member")
        && str_at(event, &["state_key"]) == Some(user)
        && str_at(event, &["content", "membership"]) == Some("join")
        && str_at(event, &["unsigned", "prev_content", "membership"]) != Some("join")
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    const ME: &str = "@lotse:example.org";

    fn msg(content: Value) -> Value {
        json!({"type": "m.room.message", "event_id": "$e1", "sender": "@anna:example.org",
               "origin_server_ts": 1700000000000i64, "content": content})
    }

    #[test]
    fn text_message_with_mentions_and_thread() {
        let ev = msg(json!({"msgtype": "m.text", "body": "!idee Test",
            "m.mentions": {"user_ids": [ME]},
            "m.relates_to": {"rel_type": "m.thread", "event_id": "$root", "is_falling_back": true,
                             "m.in_reply_to": {"event_id": "$root"}}}));
        let (env, meaning) = interpret(&ev, ME).expect("a message");
        assert_eq!(env.event_id, "$e1");
        assert_eq!(env.timestamp_ms, Some(1700000000000));
        assert_eq!(
            meaning,
            Meaning::Message {
                body: "!idee Test".into(),
                mentions_bot: true,
                mentioned: vec![],
                thread_root: Some("$root".into())
            }
        );
    }

    #[test]
    fn notices_own_events_state_and_media_are_ignored() {
        assert!(interpret(&msg(json!({"msgtype": "m.notice", "body": "x"})), ME).is_none());
        assert!(interpret(&msg(json!({"msgtype": "m.image", "body": "x.png"})), ME).is_none());
        let mut own = msg(json!({"msgtype": "m.text", "body": "x"}));
        own["sender"] = json!(ME);
        assert!(interpret(&own, ME).is_none());
        assert!(interpret(&msg(json!({})), ME).is_none());
        assert!(interpret(&json!({"type": "m.room.message"}), ME).is_none());
        assert!(interpret(&json!(null), ME).is_none());
        let state = json!({"type": "m.room.name", "state_key": "", "event_id": "$s", "sender": "@a:x", "content": {}});
        assert!(interpret(&state, ME).is_none());
    }

    #[test]
    fn emote_counts() {
        let (_, m) = interpret(&msg(json!({"msgtype": "m.emote", "body": "winkt"})), ME).expect("emote");
        assert!(matches!(m, Meaning::Message { ref body, .. } if body == "winkt"));
    }

    #[test]
    fn pill_in_html_mentions_the_bot_but_not_inside_a_reply_fallback() {
        let pill = msg(
            json!({"msgtype": "m.text", "body": "Lotse: hilfe", "format": "org.matrix.custom.html",
            "formatted_body": "<a href=\"https://matrix.to/#/@lotse:example.org\">Lotse</a>: hilfe"}),
        );
        assert!(matches!(
            interpret(&pill, ME),
            Some((_, Meaning::Message { mentions_bot: true, .. }))
        ));
        let encoded = msg(json!({"msgtype": "m.text", "body": "x",
            "formatted_body": "<a href=\"https://matrix.to/#/%40lotse%3Aexample.org\">L</a>"}));
        assert!(matches!(
            interpret(&encoded, ME),
            Some((_, Meaning::Message { mentions_bot: true, .. }))
        ));
        let fallback = msg(json!({"msgtype": "m.text", "body": "> <@lotse:example.org> hi\n\nok",
            "formatted_body": "<mx-reply><a href=\"https://matrix.to/#/@lotse:example.org\">L</a></mx-reply>ok",
            "m.relates_to": {"m.in_reply_to": {"event_id": "$x"}}}));
        assert_eq!(
            interpret(&fallback, ME).map(|(_, m)| m),
            Some(Meaning::Message {
                body: "ok".into(),
                mentions_bot: false,
                mentioned: vec![],
                thread_root: None
            })
        );
    }

    /// Shapes a client (or an attacker) may send: each still reads as the command in the body.
    #[test]
    fn malformed_relations_and_mentions_are_ignored_not_the_message() {
        let hilfe = |extra: Value| {
            let mut content = json!({"msgtype": "m.text", "body": "!hilfe"});
            for (key, value) in extra.as_object().unwrap() {
                content[key] = value.clone();
            }
            interpret(&msg(content), ME).map(|(_, m)| m)
        };
        let plain = Some(Meaning::Message {
            body: "!hilfe".into(),
            mentions_bot: false,
            mentioned: vec![],
            thread_root: None,
        });
        for extra in [
            json!({"m.relates_to": {"rel_type": "m.thread", "event_id": 42}}),
            json!({"m.relates_to": {"rel_type": "m.thread"}}),
            json!({"m.relates_to": {"rel_type": "m.replace", "event_id": {"x": 1}},
                   "m.new_content": {"msgtype": "m.text", "body": "!hilfe"}}),
            json!({"m.relates_to": {"rel_type": "m.replace"}}),
            json!({"m.relates_to": {"rel_type": 5, "event_id": "$x"}}),
            json!({"m.relates_to": {"m.in_reply_to": "$x"}}),
            json!({"m.relates_to": {"m.in_reply_to": {"event_id": false}}}),
            json!({"m.relates_to": {"m.in_reply_to": [1]}, "is_falling_back": "yes"}),
            json!({"m.relates_to": "$x"}),
            json!({"m.relates_to": [1, 2]}),
            json!({"m.relates_to": null}),
            json!({"m.mentions": "@lotse:example.org"}),
            json!({"m.mentions": {"user_ids": "@lotse:example.org"}}),
            json!({"m.mentions": {"user_ids": [1, null, {"a": 1}], "room": "yes"}}),
            json!({"m.mentions": null, "formatted_body": 17}),
        ] {
            assert_eq!(hilfe(extra.clone()), plain, "{extra}");
        }
        // A malformed thread relation on the event itself counts as none: the event roots a thread.
        let broken = json!({"content": {"m.relates_to": {"rel_type": "m.thread", "event_id": 42}}});
        assert_eq!(thread_of(&broken, "$e").as_deref(), Some("$e"));
    }

    #[test]
    fn mentioned_people_reach_the_core_without_the_bot() {
        let pill = msg(json!({"msgtype": "m.text", "body": "!verantwortlich #3 Anna Schmidt",
            "m.mentions": {"user_ids": ["@anna:example.org", ME]}}));
        assert!(matches!(
            interpret(&pill, ME),
            Some((_, Meaning::Message { mentioned, mentions_bot: true, .. })) if mentioned == ["@anna:example.org"]
        ));
    }

    #[test]
    fn edits_redactions_reactions() {
        let edit = msg(json!({"msgtype": "m.text", "body": "* neu",
            "m.new_content": {"msgtype": "m.text", "body": "neu"},
            "m.relates_to": {"rel_type": "m.replace", "event_id": "$orig"}}));
        assert_eq!(
            interpret(&edit, ME).map(|(_, m)| m),
            Some(Meaning::Edit {
                target: "$orig".into(),
                body: "neu".into()
            })
        );
        // Without a readable m.new_content clients keep showing the original: so does Lotse.
        for broken in [json!(null), json!("neu"), json!({"msgtype": "m.text", "body": 5})] {
            let mut content = json!({"msgtype": "m.text", "body": "* neu",
                "m.relates_to": {"rel_type": "m.replace", "event_id": "$orig"}});
            if !broken.is_null() {
                content["m.new_content"] = broken.clone();
            }
            assert_eq!(interpret(&msg(content), ME), None, "{broken}");
        }
        let into_an_image = msg(json!({"msgtype": "m.text", "body": "* neu",
            "m.new_content": {"msgtype": "m.image", "body": "x.png"},
            "m.relates_to": {"rel_type": "m.replace", "event_id": "$orig"}}));
        assert!(interpret(&into_an_image, ME).is_none());

        let v11 = json!({"type": "m.room.redaction", "event_id": "$r", "sender": "@a:x", "content": {"redacts": "$t"}});
        let old =
            json!({"type": "m.room.redaction", "event_id": "$r", "sender": "@a:x", "redacts": "$t", "content": {}});
        for ev in [v11, old] {
            assert_eq!(
                interpret(&ev, ME).map(|(_, m)| m),
                Some(Meaning::Redaction { target: "$t".into() })
            );
        }
        let reaction = json!({"type": "m.reaction", "event_id": "$re", "sender": "@a:x",
            "content": {"m.relates_to": {"rel_type": "m.annotation", "event_id": "$t", "key": "👍"}}});
        assert_eq!(
            interpret(&reaction, ME).map(|(_, m)| m),
            Some(Meaning::Reaction {
                target: "$t".into(),
                key: "👍".into()
            })
        );
    }

    #[test]
    fn fresh_join_is_told_from_a_profile_change() {
        let join = json!({"type": "m.room.member", "state_key": ME, "content": {"membership": "join"},
                          "unsigned": {"prev_content": {"membership": "invite"}}});
        let rename = json!({"type": "m.room.member", "state_key": ME, "content": {"membership": "join"},
                            "unsigned": {"prev_content": {"membership": "join"}}});
        assert!(is_fresh_join_of(&join, ME));
        assert!(!is_fresh_join_of(&rename, ME));
        assert!(!is_fresh_join_of(&join, "@other:x"));
    }

    #[test]
    fn thread_of_an_original() {
        let in_thread = json!({"content": {"m.relates_to": {"rel_type": "m.thread", "event_id": "$root"}}});
        assert_eq!(thread_of(&in_thread, "$e").as_deref(), Some("$root"));
        assert_eq!(thread_of(&json!({"content": {}}), "$e").as_deref(), Some("$e"));
        let reply = json!({"content": {"m.relates_to": {"m.in_reply_to": {"event_id": "$x"}}}});
        assert_eq!(thread_of(&reply, "$e").as_deref(), Some("$e"));
        let edit = json!({"content": {"m.relates_to": {"rel_type": "m.replace", "event_id": "$x"}}});
        assert_eq!(thread_of(&edit, "$e"), None);
    }
}
