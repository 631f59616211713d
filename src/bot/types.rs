//! Transport-agnostic message types: what the core receives (`Inbound`) and what it owes (`Outbound`).

use serde::{Deserialize, Serialize};

/// One event from a chat room, already stripped of everything transport-specific.
#[derive(Debug, Clone, PartialEq)]
pub struct Inbound {
    /// Globally unique id of the event (Matrix event id); the key for exactly-once processing.
    pub event_id: String,
    pub room_id: String,
    pub sender: String,
    /// True when the room is a direct chat between the sender and the bot.
    pub is_direct: bool,
    /// Server timestamp of the event, milliseconds since the Unix epoch.
    pub timestamp_ms: i64,
    /// Root of the thread the event belongs to, if it is inside a thread.
    pub thread_root: Option<String>,
    pub kind: InboundKind,
}

#[derive(Debug, Clone, PartialEq)]
pub enum InboundKind {
    /// A text message. `mentions_bot` is true when the message mentions the bot (pill or
    /// m.mentions); `mentions` are the user ids of the other people it mentions.
    Message {
        body: String,
        mentions_bot: bool,
        mentions: Vec<String>,
    },
    /// A valid edit (same sender) of an earlier message `target`; `body` is the new text.
    Edit { target: String, body: String },
    /// The earlier event `target` was redacted.
    Redaction { target: String },
    /// A reaction `key` (e.g. "👍") on the event `target`.
    Reaction { target: String, key: String },
}

/// Bidirectional controls (U+202A–U+202E, U+2066–U+2069): in a stored title they can make a list
/// read differently from what was written, so they are never stored.
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Characters removed from every text that comes in: NUL (PostgreSQL refuses it in text, and it
/// means nothing in a chat message) and bidirectional controls.
fn is_removed(c: char) -> bool {
    c == '\0' || is_bidi_control(c)
}

impl InboundKind {
    /// The kind in one word, as the metrics count it.
    pub fn label(&self) -> &'static str {
        match self {
            InboundKind::Message { .. } => "message",
            InboundKind::Edit { .. } => "edit",
            InboundKind::Redaction { .. } => "redaction",
            InboundKind::Reaction { .. } => "reaction",
        }
    }

    /// True if a text of the event holds a character that is removed before it is handled.
    pub fn needs_cleaning(&self) -> bool {
        let dirty = |s: &str| s.contains(is_removed);
        match self {
            InboundKind::Message { body, .. } | InboundKind::Edit { body, .. } => dirty(body),
            InboundKind::Reaction { key, .. } => dirty(key),
            InboundKind::Redaction { .. } => false,
        }
    }
}

impl Inbound {
    /// The other people a message mentions (none for anything but a message).
    pub fn mentions(&self) -> &[String] {
        match &self.kind {
            InboundKind::Message { mentions, .. } => mentions,
            _ => &[],
        }
    }

    /// The same event with every removed character (see `is_removed`) taken out of its text.
    pub fn cleaned(&self) -> Inbound {
        let strip = |s: &str| s.chars().filter(|c| !is_removed(*c)).collect::<String>();
        let kind = match &self.kind {
            InboundKind::Message {
                body,
                mentions_bot,
                mentions,
            } => InboundKind::Message {
                body: strip(body),
                mentions_bot: *mentions_bot,
                mentions: mentions.clone(),
            },
            InboundKind::Edit { target, body } => InboundKind::Edit {
                target: target.clone(),
                body: strip(body),
            },
            InboundKind::Reaction { target, key } => InboundKind::Reaction {
                target: target.clone(),
                key: strip(key),
            },
            InboundKind::Redaction { target } => InboundKind::Redaction { target: target.clone() },
        };
        Inbound { kind, ..self.clone() }
    }
}

/// Where an outbound message goes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Destination {
    /// A room the bot is in.
    Room(String),
    /// A direct chat with this user (the transport finds or creates it).
    DirectTo(String),
}

/// A message the bot owes; stored in the outbox before it is sent.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Outbound {
    pub destination: Destination,
    /// Plain-text body.
    pub body: String,
    /// HTML body; every piece of user text in it is already escaped.
    pub html: String,
    /// Thread root to post into, if any.
    pub thread_root: Option<String>,
    /// Event this message replies to, if any.
    pub in_reply_to: Option<String>,
    /// Users this message intentionally mentions (always sent as m.mentions, possibly empty).
    pub mentions: Vec<String>,
    /// The record this message is about (e.g. "idea", 12), so reactions on it can be mapped back.
    pub subject: Option<Subject>,
    /// A file to upload and send instead of the text (e.g. a round table's protocol).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attachment: Option<Attachment>,
    /// After this message (or, when it has neither body nor file, instead of one) the bot leaves
    /// the room and forgets it: how a conversation ends after the person asked to be erased.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub leave_after: bool,
    /// Instead of a message: an event the bot sent earlier to this destination, to redact (its
    /// reply to a message that was redacted since, which may quote it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub redacts: Option<String>,
}

impl Outbound {
    /// Whose turn the outbox takes it in (the sender serves them round-robin): a room, or the
    /// direct chat with a person.
    pub fn recipient(&self) -> String {
        match &self.destination {
            Destination::Room(room) => format!("room {room}"),
            Destination::DirectTo(user) => format!("person {user}"),
        }
    }

    /// The messages that must arrive in the order they were queued: those in one thread of a room
    /// (replies to different commands stand in different threads and may pass each other), those
    /// in a room's own timeline, and everything to one person's direct chat (which may yet be
    /// created).
    pub fn conversation(&self) -> String {
        match (&self.destination, &self.thread_root) {
            (Destination::Room(room), Some(root)) => format!("room {room} thread {root}"),
            _ => self.recipient(),
        }
    }
}

/// A file sent as an attachment: a text file (a protocol, a person's data), an export or a chart.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(from = "StoredAttachment")]
pub struct Attachment {
    pub filename: String,
    /// MIME type, e.g. `text/markdown`.
    pub mime: String,
    pub bytes: Vec<u8>,
    /// The message body instead of the file name, e.g. what a chart shows.
    pub caption: Option<String>,
    /// Width and height in pixels, when the file is an image.
    pub image_size: Option<(u32, u32)>,
}

impl Attachment {
    /// A text file with the file name as its message body.
    pub fn text_file(filename: impl Into<String>, mime: impl Into<String>, text: String) -> Attachment {
        Attachment {
            filename: filename.into(),
            mime: mime.into(),
            bytes: text.into_bytes(),
            caption: None,
            image_size: None,
        }
    }

    /// The content as text (invalid UTF-8 replaced).
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.bytes).into_owned()
    }

    /// The message body: the caption, or else the file name.
    pub fn body(&self) -> &str {
        self.caption.as_deref().unwrap_or(&self.filename)
    }
}

/// An attachment as the outbox keeps it: UTF-8 content as text (readable in the database, and
/// what rows written before binary files existed hold), anything else in base64.
#[derive(Deserialize)]
struct StoredAttachment {
    filename: String,
    mime: String,
    #[serde(default)]
    text: Option<String>,
    #[serde(default)]
    base64: Option<String>,
    #[serde(default)]
    caption: Option<String>,
    #[serde(default)]
    image_size: Option<(u32, u32)>,
}

impl From<StoredAttachment> for Attachment {
    fn from(stored: StoredAttachment) -> Attachment {
        use base64::Engine;
        let bytes = match (stored.text, stored.base64) {
            (Some(text), _) => text.into_bytes(),
            (None, Some(encoded)) => base64::engine::general_purpose::STANDARD
                .decode(encoded)
                .unwrap_or_else(|e| {
                    // Only a damaged database row gets here; the file then goes out empty.
                    tracing::error!(error = %e, "an outbox file is not valid base64");
                    Vec::new()
                }),
            (None, None) => Vec::new(),
        };
        Attachment {
            filename: stored.filename,
            mime: stored.mime,
            bytes,
            caption: stored.caption,
            image_size: stored.image_size,
        }
    }
}

/// Written as `StoredAttachment` without copying the content (an export can be megabytes).
impl Serialize for Attachment {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use base64::Engine;
        use serde::ser::SerializeStruct;
        let mut stored = serializer.serialize_struct("Attachment", 4)?;
        stored.serialize_field("filename", &self.filename)?;
        stored.serialize_field("mime", &self.mime)?;
        match std::str::from_utf8(&self.bytes) {
            Ok(text) => stored.serialize_field("text", text)?,
            Err(_) => {
                stored.serialize_field("base64", &base64::engine::general_purpose::STANDARD.encode(&self.bytes))?
            }
        }
        if let Some(caption) = &self.caption {
            stored.serialize_field("caption", caption)?;
        }
        if let Some(size) = &self.image_size {
            stored.serialize_field("image_size", size)?;
        }
        stored.end()
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Subject {
    pub kind: String,
    pub id: i64,
}

/// An outbox row waiting to be sent.
#[derive(Debug, Clone, PartialEq)]
pub struct PendingOutbound {
    /// Outbox row id.
    pub id: i64,
    /// Transaction id for the transport, stable across restarts and unique per database.
    pub txn_id: String,
    pub message: Outbound,
}

#[cfg(test)]
mod attachment_tests {
    use super::Attachment;

    #[test]
    fn text_files_stay_readable_binary_files_travel_in_base64_and_old_rows_still_read() {
        let text = Attachment::text_file("p.md", "text/markdown", "# Protokoll ü".into());
        let json = serde_json::to_value(&text).unwrap();
        assert_eq!(json["text"], "# Protokoll ü");
        assert_eq!(serde_json::from_value::<Attachment>(json).unwrap(), text);

        let png = Attachment {
            filename: "c.png".into(),
            mime: "image/png".into(),
            bytes: vec![0x89, b'P', b'N', b'G', 0xff, 0],
            caption: Some("Diagramm".into()),
            image_size: Some((960, 540)),
        };
        let json = serde_json::to_value(&png).unwrap();
        assert_eq!(json["base64"], "iVBOR/8A");
        assert!(json.get("text").is_none());
        assert_eq!(serde_json::from_value::<Attachment>(json).unwrap(), png);

        let old: Attachment =
            serde_json::from_str(r#"{"filename":"a.md","mime":"text/markdown","text":"alt"}"#).unwrap();
        assert_eq!(old, Attachment::text_file("a.md", "text/markdown", "alt".into()));
    }
}
