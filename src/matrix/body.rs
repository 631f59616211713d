//! The text of a message: its reply fallback (the quoted original, which is not part of what the
//! user wrote), whether it mentions the bot, and whom else it mentions.

use super::convert::str_at;
use serde_json::Value;

/// True if m.mentions names the bot, or the HTML body links to it (outside a reply fallback).
pub(super) fn mentions(content: &Value, me: &str) -> bool {
    let listed = content
        .get("m.mentions")
        .and_then(|m| m.get("user_ids"))
        .and_then(Value::as_array)
        .is_some_and(|ids| ids.iter().any(|id| id.as_str() == Some(me)));
    // Clients list the author of the message replied to; a "thanks" in reply to the bot is no
    // command. In a reply only a pill in the text itself addresses the bot.
    let relation = content.get("m.relates_to");
    let thread_fallback = relation
        .and_then(|r| r.get("is_falling_back"))
        .and_then(Value::as_bool)
        .unwrap_or(false);
    let is_reply = relation
        .and_then(|r| r.pointer("/m.in_reply_to/event_id"))
        .and_then(Value::as_str)
        .is_some()
        && !thread_fallback;
    if listed && !is_reply {
        return true;
    }
    let Some(html) = str_at(content, &["formatted_body"]) else {
        return false;
    };
    let html = strip_html_reply_fallback(html).to_lowercase();
    let me = me.to_lowercase();
    let encoded = me.replace('@', "%40").replace(':', "%3a");
    let localpart_and_server = me.trim_start_matches('@');
    html.contains(&format!("matrix.to/#/{me}"))
        || html.contains(&format!("matrix.to/#/{encoded}"))
        || html.contains(&format!("matrix:u/{localpart_and_server}"))
}

/// More people than any command takes; the rest of a long list is not looked at.
const MAX_MENTIONED: usize = 20;

/// The people `m.mentions` lists, other than the bot: valid user ids only, each once, in order.
/// Anything malformed in the field is skipped, never a reason to drop the message.
pub(super) fn mentioned_people(content: &Value, me: &str) -> Vec<String> {
    let Some(ids) = content.pointer("/m.mentions/user_ids").and_then(Value::as_array) else {
        return vec![];
    };
    let mut people: Vec<String> = vec![];
    for id in ids.iter().filter_map(Value::as_str) {
        if id != me && crate::config::is_user_id(id) && !people.iter().any(|p| p == id) {
            people.push(id.to_string());
            if people.len() == MAX_MENTIONED {
                break;
            }
        }
    }
    people
}

/// Removes the quoted original ("> …" lines and the blank line after them) from a reply's body.
pub(super) fn strip_reply_fallback(body: &str) -> String {
    let mut lines = body.lines().peekable();
    let mut stripped_any = false;
    while let Some(line) = lines.peek() {
        if line.starts_with("> ") || *line == ">" {
            stripped_any = true;
            lines.next();
        } else {
            break;
        }
    }
    if !stripped_any {
        return body.to_string();
    }
    if lines.peek().is_some_and(|l| l.trim().is_empty()) {
        lines.next();
    }
    lines.collect::<Vec<_>>().join("\n")
}

/// Removes a leading `<mx-reply>…</mx-reply>` block from an HTML body.
fn strip_html_reply_fallback(html: &str) -> &str {
    match (html.find("<mx-reply>"), html.find("</mx-reply>")) {
        (Some(0), Some(end)) => html.get(end + "</mx-reply>".len()..).unwrap_or(""),
        _ => html,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    const ME: &str = "@lotse:example.org";

    #[test]
    fn reply_fallback_is_stripped_only_at_the_top() {
        assert_eq!(
            strip_reply_fallback("> <@a:x> original\n> more\n\n!idee Neu"),
            "!idee Neu"
        );
        assert_eq!(strip_reply_fallback("!idee\n> quoted later"), "!idee\n> quoted later");
        assert_eq!(strip_reply_fallback(">\n> x\nanswer"), "answer");
        assert_eq!(strip_reply_fallback(""), "");
    }

    #[test]
    fn mentions_by_list_pill_or_uri() {
        assert!(mentions(&json!({"m.mentions": {"user_ids": [ME]}}), ME));
        assert!(!mentions(&json!({"m.mentions": {"user_ids": ["@x:y"]}}), ME));
        assert!(mentions(
            &json!({"formatted_body": "<a href=\"matrix:u/lotse:example.org\">L</a>"}),
            ME
        ));
        assert!(!mentions(&json!({"body": "@lotse:example.org"}), ME));
        assert!(!mentions(&json!(null), ME));
    }

    #[test]
    fn mentioned_people_are_valid_user_ids_without_the_bot() {
        let content = json!({"m.mentions": {"user_ids": ["@anna:example.org", ME, 7, "anna", "@anna:example.org",
                                                         "@bernd:example.org"]}});
        assert_eq!(
            mentioned_people(&content, ME),
            ["@anna:example.org", "@bernd:example.org"]
        );
        for malformed in [
            json!({"m.mentions": "@anna:example.org"}),
            json!({"m.mentions": {"user_ids": "@anna:example.org"}}),
            json!({"m.mentions": {"user_ids": null}}),
            json!({"m.mentions": [1, 2]}),
            json!({}),
        ] {
            assert!(mentioned_people(&malformed, ME).is_empty(), "{malformed}");
            assert!(!mentions(&malformed, ME), "{malformed}");
        }
    }

    #[test]
    fn a_reply_to_the_bot_mentions_it_only_with_a_pill_in_the_text() {
        let reply = json!({"m.mentions": {"user_ids": [ME]},
                           "m.relates_to": {"m.in_reply_to": {"event_id": "$notice"}}, "body": "danke"});
        assert!(!mentions(&reply, ME));
        let mut with_pill = reply.clone();
        with_pill["formatted_body"] = json!("<a href=\"https://matrix.to/#/@lotse:example.org\">Lotse</a> ideen");
        assert!(mentions(&with_pill, ME));
        // In a thread the reply part is only a fallback: the list counts.
        let in_thread = json!({"m.mentions": {"user_ids": [ME]},
            "m.relates_to": {"rel_type": "m.thread", "event_id": "$root", "is_falling_back": true,
                             "m.in_reply_to": {"event_id": "$root"}}});
        assert!(mentions(&in_thread, ME));
    }
}
