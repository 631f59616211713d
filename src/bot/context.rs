//! What a command handler works with: the open transaction, the event, the user's language,
//! and the replies it collects (committed to the outbox together with the handler's writes).

use super::Settings;
use super::i18n::{Args, Lang, t};
use super::types::{Attachment, Destination, Inbound, Outbound, Subject};
use crate::service::metrics::CommandOutcome;
use crate::store::Tx;

pub struct Ctx<'a> {
    pub tx: &'a mut Tx,
    pub inbound: &'a Inbound,
    pub lang: Lang,
    pub now_ms: i64,
    pub settings: &'a Settings,
    /// The user's Fachbereich, if set.
    pub department: Option<String>,
    /// True if the sender belongs to the strategy team (by user id, see `roster::TeamRoster`).
    pub is_team: bool,
    /// The strategy team, and the name of its room for a refusal to say whom to ask.
    pub roster: &'a super::roster::TeamRoster,
    /// The largest file the transport can send, in bytes, if it is known.
    pub upload_limit: Option<u64>,
    /// The rooms' members, for commands that take a person by name (see `people`).
    pub directory: std::sync::Arc<dyn super::people::Directory>,
    /// Set when the handler scheduled or dropped reminders, so the scheduler looks again.
    pub reminders_changed: bool,
    /// Set by a handler that took an anonymous submission (before it replies): replies then name
    /// nobody, and the event's bookkeeping (processed-event row, replies) is erased once delivered.
    pub anonymous: bool,
    pub(super) replies: Vec<Outbound>,
    /// The command this event ran (or was refused), as the metrics count it.
    pub(super) command: Option<(&'static str, CommandOutcome)>,
    /// Set when this event erased a person: replies the same batch owes from earlier events are
    /// then cleaned of them too, before anything is queued.
    pub(super) erased: Option<super::erasure::Erasure>,
}

impl<'a> Ctx<'a> {
    pub fn sender(&self) -> &str {
        &self.inbound.sender
    }

    /// Text of message `id` in the user's language.
    pub fn t(&self, id: &str, args: &Args<'_>) -> String {
        t(self.lang, id, args)
    }

    /// Reads the record number `#N` at the start of `args` and the rest after it. Replies with
    /// `usage` (nothing given) or `invalid` (malformed) and returns None if it is not there.
    pub fn record_ref(&mut self, args: &str, usage: &str, invalid: &str) -> Option<(i64, String)> {
        match super::parser::record_ref(args) {
            Ok((id, rest)) => Some((id, rest.to_string())),
            Err(super::parser::RefError::Missing) => {
                self.reply(usage, &[]);
                None
            }
            Err(super::parser::RefError::Invalid) => {
                self.reply(invalid, &[]);
                None
            }
        }
    }

    /// True in a direct chat and in the strategy room: places where the team's data may be shown.
    pub fn in_private_place(&self) -> bool {
        self.inbound.is_direct || self.settings.strategy_room.as_deref() == Some(self.inbound.room_id.as_str())
    }

    /// Replies to the current message with message `id`.
    pub fn reply(&mut self, id: &str, args: &Args<'_>) {
        let text = self.t(id, args);
        self.reply_text(text, None);
    }

    /// Replies with an already composed text, optionally marked as being about a record.
    pub fn reply_text(&mut self, text: String, subject: Option<Subject>) {
        let (text, html) = bodies(text);
        let inbound = self.inbound;
        let thread_root = inbound.thread_root.clone().unwrap_or_else(|| inbound.event_id.clone());
        self.replies.push(Outbound {
            destination: Destination::Room(inbound.room_id.clone()),
            html,
            body: text,
            thread_root: Some(thread_root),
            in_reply_to: Some(inbound.event_id.clone()),
            mentions: if self.anonymous {
                vec![]
            } else {
                vec![inbound.sender.clone()]
            },
            subject,
            attachment: None,
            leave_after: false,
            redacts: None,
        });
    }

    /// Replies with `text` in the timeline the files uploaded after it go to: the room's own (as a
    /// reply outside any thread), so that the text arrives first; within a thread, in the thread.
    pub fn reply_before_uploads(&mut self, text: String) {
        self.reply_text(text, None);
        if let Some(reply) = self.replies.last_mut() {
            reply.thread_root = self.inbound.thread_root.clone();
        }
    }

    /// Replies with `text`, and once it is delivered the bot leaves the room and forgets it.
    pub fn reply_then_leave(&mut self, text: String) {
        self.reply_text(text, None);
        if let Some(reply) = self.replies.last_mut() {
            reply.leave_after = true;
        }
    }

    /// Redacts the bot's own earlier event `event_id` at `destination`.
    pub fn redact_own(&mut self, destination: Destination, event_id: String) {
        let mut message = notice(destination, String::new(), None);
        message.redacts = Some(event_id);
        self.replies.push(message);
    }

    /// Leaves `room` and forgets it, without a message, once what was queued before is sent.
    pub fn leave(&mut self, room: &str) {
        let mut message = notice(Destination::Room(room.to_string()), String::new(), None);
        message.leave_after = true;
        self.replies.push(message);
    }

    /// Posts `text` into the current room as a message of its own, outside any thread: for
    /// announcements everyone in the room should see.
    pub fn announce(&mut self, text: String, subject: Option<Subject>) {
        let room = self.inbound.room_id.clone();
        self.replies.push(notice(Destination::Room(room), text, subject));
    }

    /// Posts `text` to the strategy room as a notice of its own, unless the event came from there
    /// (the reply already says it). False if no strategy room is configured: nobody was told.
    pub fn tell_team(&mut self, text: String, subject: Option<Subject>) -> bool {
        let Some(room) = self.settings.strategy_room.clone() else {
            return false;
        };
        if room != self.inbound.room_id {
            self.replies.push(notice(Destination::Room(room), text, subject));
        }
        true
    }

    /// Uploads a file into the current room.
    pub fn upload(&mut self, attachment: Attachment) {
        let room = self.inbound.room_id.clone();
        let mut message = notice(Destination::Room(room), attachment.body().to_string(), None);
        message.attachment = Some(attachment);
        self.replies.push(message);
    }

    /// Uploads a file into the direct chat with `user`.
    pub fn direct_upload(&mut self, user: &str, attachment: Attachment) {
        let mut message = notice(
            Destination::DirectTo(user.to_string()),
            attachment.body().to_string(),
            None,
        );
        message.attachment = Some(attachment);
        self.replies.push(message);
    }

    /// Sends `text` (already in the recipient's language) to `user` in a direct chat. A
    /// tombstone in place of an erased person (no user id) gets nothing: there is nobody to tell.
    pub fn direct_message(&mut self, user: &str, text: String, subject: Option<Subject>) {
        if !crate::config::is_user_id(user) {
            tracing::debug!("no direct message to an erased person");
            return;
        }
        self.replies
            .push(notice(Destination::DirectTo(user.to_string()), text, subject));
    }
}

/// A message of the bot's own accord (not a reply), e.g. a reminder, to `destination`.
pub fn notice(destination: Destination, text: String, subject: Option<Subject>) -> Outbound {
    let (body, html) = bodies(text);
    Outbound {
        destination,
        html,
        body,
        thread_root: None,
        in_reply_to: None,
        mentions: vec![],
        subject,
        attachment: None,
        leave_after: false,
        redacts: None,
    }
}

/// The plain and HTML bodies of a message, both within the size limits.
fn bodies(text: String) -> (String, String) {
    let text = fit_event_size(text);
    let html = to_html(&text);
    // Escaping can grow a text fourfold; a reply too large as HTML goes out as plain text only.
    let html = if html.len() > MAX_REPLY_HTML_BYTES {
        String::new()
    } else {
        html
    };
    (text, html)
}

/// Upper bounds that keep a reply, even encrypted (base64 adds a third), below Matrix's 64 KiB.
pub const MAX_REPLY_BODY_BYTES: usize = 12_000;
pub const MAX_REPLY_HTML_BYTES: usize = 30_000;

/// Cuts a reply that would be too large for one Matrix event, and says so at its end.
fn fit_event_size(text: String) -> String {
    if text.len() <= MAX_REPLY_BODY_BYTES {
        return text;
    }
    let mut end = MAX_REPLY_BODY_BYTES - 8;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    format!("{} […]", &text[..end])
}

/// Plain text to HTML: everything escaped, line breaks kept. No user text can become markup.
pub fn to_html(text: &str) -> String {
    html_escape::encode_safe(text).replace('\n', "<br>\n")
}
