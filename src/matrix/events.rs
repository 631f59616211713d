//! Hands timeline events to the core: checks each may count (after the bot's join, decrypted),
//! builds the `Inbound` (verifying edits against the original's sender), and retries
//! `Bot::handle_batch` / `Bot::handle` with backoff until committed — an event is never dropped
//! for a database error.

use super::convert::{self, Meaning};
use super::retry::{Backoff, Failure, Stop, classify};
use super::timeline::{json_of, timestamp_of};
use crate::bot::types::{Inbound, InboundKind};
use crate::bot::{Bot, Handled};
use matrix_sdk::deserialized_responses::TimelineEvent;
use matrix_sdk::ruma::{EventId, UserId};
use matrix_sdk::{Client, Room};

/// What every part of the sync side needs.
#[derive(Clone)]
pub(super) struct Shared {
    pub client: Client,
    pub bot: Bot,
    /// The bot's own user id.
    pub me: String,
    pub stop: Stop,
}

/// What became of an event.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Outcome {
    /// Committed by the core (or found to be a duplicate).
    Handled,
    /// Not for the core: own event, notice, state, pre-join history, unverifiable edit, …
    Skipped,
    /// Encrypted and not (yet) decryptable: the caller keeps it for a later attempt.
    Undecryptable,
    /// Shutdown came before the event was committed.
    Stopped,
}

/// A room counts as direct chat if it has two members, the bot included, or is marked as DM and
/// has no third member: what the bot says there as private (`!meine-daten`, an erasure) must
/// not reach a third person.
pub(super) async fn is_direct(room: &Room) -> bool {
    let members = room.joined_members_count();
    members == 2 || (members < 2 && room.is_direct().await.unwrap_or(false))
}

/// What an event amounts to before it reaches the core.
pub(super) enum Prepared {
    Ready(Inbound),
    Skipped,
    Undecryptable,
    Stopped,
}

/// Processes `event` of `room`; `joined_at` is the bot's join time (events before it are history).
pub(super) async fn deliver(
    shared: &Shared,
    room: &Room,
    is_direct: bool,
    joined_at: i64,
    event: &TimelineEvent,
) -> Outcome {
    match prepare(shared, room, is_direct, joined_at, event).await {
        Prepared::Ready(inbound) => handle(&shared.bot, &inbound, &shared.stop).await,
        Prepared::Skipped => Outcome::Skipped,
        Prepared::Undecryptable => Outcome::Undecryptable,
        Prepared::Stopped => Outcome::Stopped,
    }
}

/// Turns `event` of `room` into what the core receives, or says why it does not count (yet).
pub(super) async fn prepare(
    shared: &Shared,
    room: &Room,
    is_direct: bool,
    joined_at: i64,
    event: &TimelineEvent,
) -> Prepared {
    let Some(json) = json_of(event) else {
        tracing::debug!(room = %room.room_id(), "skipping an unreadable event");
        return Prepared::Skipped;
    };
    if timestamp_of(&json).is_some_and(|ts| ts < joined_at) {
        tracing::debug!(room = %room.room_id(), event = ?event.event_id(), "skipping an event from before the bot joined");
        return Prepared::Skipped;
    }
    if event.kind.is_utd() {
        if event.sender().is_some_and(|s| s.as_str() == shared.me) {
            return Prepared::Skipped;
        }
        // Ids name a person's direct chat: at debug level only (see README, "Anonymous means anonymous").
        tracing::warn!("cannot decrypt an event yet; will retry when keys arrive");
        tracing::debug!(room = %room.room_id(), event = ?event.event_id(), "undecryptable event");
        return Prepared::Undecryptable;
    }
    let Some((envelope, meaning)) = convert::interpret(&json, &shared.me) else {
        return Prepared::Skipped;
    };
    let mut thread_root = None;
    let kind = match meaning {
        Meaning::Message {
            body,
            mentions_bot,
            mentioned,
            thread_root: root,
        } => {
            thread_root = root;
            InboundKind::Message {
                body,
                mentions_bot,
                mentions: mentioned,
            }
        }
        Meaning::Redaction { target } => match may_redact(shared, room, &envelope.sender, &target).await {
            None => return Prepared::Stopped,
            Some(false) => {
                tracing::info!("ignoring a redaction by someone who neither wrote the message nor moderates the room");
                return Prepared::Skipped;
            }
            Some(true) => InboundKind::Redaction { target },
        },
        // The core never answers a reaction, so no network call for its thread on the sync path.
        Meaning::Reaction { target, key } => InboundKind::Reaction { target, key },
        Meaning::Edit { target, body } => match original(shared, room, &target).await {
            Original::Stopped => return Prepared::Stopped,
            Original::Unverifiable => {
                tracing::debug!(room = %room.room_id(), edit = %envelope.event_id, "dropping an edit whose original cannot be checked");
                return Prepared::Skipped;
            }
            Original::Found {
                sender,
                thread_root: root,
            } => {
                if sender != envelope.sender {
                    tracing::debug!(room = %room.room_id(), edit = %envelope.event_id, "dropping an edit of someone else's message");
                    return Prepared::Skipped;
                }
                thread_root = root;
                InboundKind::Edit { target, body }
            }
        },
    };
    let inbound = Inbound {
        event_id: envelope.event_id,
        room_id: room.room_id().to_string(),
        sender: envelope.sender,
        is_direct,
        timestamp_ms: envelope.timestamp_ms.unwrap_or_else(|| shared.bot.now_ms()),
        thread_root,
        kind,
    };
    Prepared::Ready(inbound)
}

/// Most events committed in one transaction.
const MAX_BATCH: usize = 50;
/// Failed tries of a whole batch before its events are handed over one by one.
const BATCH_ATTEMPTS: u32 = 3;

/// Commits one room's events (in order) in transactions of up to `MAX_BATCH` events, retrying
/// while the database is unreachable; a batch the database refuses is handed over event by event,
/// so one bad event is given up alone.
pub(super) async fn handle_all(bot: &Bot, inbounds: &[Inbound], stop: &Stop) -> Outcome {
    for chunk in inbounds.chunks(MAX_BATCH) {
        if handle_chunk(bot, chunk, stop).await == Outcome::Stopped {
            return Outcome::Stopped;
        }
    }
    Outcome::Handled
}

async fn handle_chunk(bot: &Bot, chunk: &[Inbound], stop: &Stop) -> Outcome {
    if let [single] = chunk {
        return handle(bot, single, stop).await;
    }
    let mut backoff = Backoff::standard();
    let mut failures = 0;
    loop {
        match bot.handle_batch(chunk).await {
            Ok(handled) => {
                for (inbound, outcome) in chunk.iter().zip(handled) {
                    let lag_ms = bot.now_ms() - inbound.timestamp_ms;
                    tracing::debug!(event = %inbound.event_id, room = %inbound.room_id, ?outcome, lag_ms, "committed");
                }
                return Outcome::Handled;
            }
            // Refused data, or failing for a while for another reason: one by one, so one bad
            // event is given up alone and holds nobody else's up.
            Err(e) if e.is_rejected() || failures >= BATCH_ATTEMPTS => {
                tracing::warn!(events = chunk.len(), error = %e, "a batch of events failed; handing them over one by one");
                for inbound in chunk {
                    if handle(bot, inbound, stop).await == Outcome::Stopped {
                        return Outcome::Stopped;
                    }
                }
                return Outcome::Handled;
            }
            Err(e) => {
                failures += 1;
                let wait = backoff.next_delay();
                tracing::error!(
                    events = chunk.len(), error = %e, wait_s = wait.as_secs(),
                    "could not process events (nothing was committed); retrying them, the sync position is held"
                );
                if stop.sleep(wait).await {
                    return Outcome::Stopped;
                }
            }
        }
    }
}

/// How often an event may fail with a data error (not a lost connection) before it is given up.
const DATA_ERROR_ATTEMPTS: u32 = 5;

/// Commits `inbound` through the core, retrying (1 s → 30 s) while the database is unreachable;
/// an event that keeps failing with a data error is given up (recorded, the sender told) instead.
async fn handle(bot: &Bot, inbound: &Inbound, stop: &Stop) -> Outcome {
    let mut backoff = Backoff::standard();
    let mut data_errors = 0;
    loop {
        match bot.handle(inbound).await {
            Ok(Handled::Processed) => {
                let lag_ms = bot.now_ms() - inbound.timestamp_ms;
                tracing::debug!(event = %inbound.event_id, room = %inbound.room_id, lag_ms, "committed");
                return Outcome::Handled;
            }
            Ok(Handled::Duplicate) => {
                tracing::debug!(event = %inbound.event_id, "event was processed before");
                return Outcome::Handled;
            }
            Err(e) => {
                if e.is_rejected() {
                    data_errors += 1;
                }
                tracing::debug!(event = %inbound.event_id, room = %inbound.room_id, "the event that failed");
                if data_errors >= DATA_ERROR_ATTEMPTS && bot.give_up(inbound).await.is_ok() {
                    tracing::error!(
                        error = %e,
                        "an event failed the same way {DATA_ERROR_ATTEMPTS} times; it is skipped and the sender told"
                    );
                    return Outcome::Handled;
                }
                let wait = backoff.next_delay();
                tracing::error!(
                    error = %e, wait_s = wait.as_secs(),
                    "could not process an event (nothing was committed); retrying it, the sync position is held"
                );
                if stop.sleep(wait).await {
                    return Outcome::Stopped;
                }
            }
        }
    }
}

enum Original {
    Found {
        sender: String,
        thread_root: Option<String>,
    },
    Unverifiable,
    Stopped,
}

/// The sender and thread of an edited or reacted-to event, fetched from the homeserver.
/// Whether a redaction by `sender` of `target` counts: they wrote it, or they may redact other
/// people's events in the room (its power levels). The homeserver checks this too; Lotse does not
/// rely on it. None when shutdown came while the original was being fetched.
async fn may_redact(shared: &Shared, room: &Room, sender: &str, target: &str) -> Option<bool> {
    if let Ok(user) = UserId::parse(sender)
        && let Ok(levels) = room.power_levels().await
        && levels.user_can_redact_event_of_other(&user)
    {
        return Some(true);
    }
    match original(shared, room, target).await {
        Original::Stopped => None,
        Original::Found { sender: author, .. } => Some(author == sender),
        Original::Unverifiable => Some(false),
    }
}

async fn original(shared: &Shared, room: &Room, target: &str) -> Original {
    let Ok(event_id) = EventId::parse(target) else {
        return Original::Unverifiable;
    };
    let mut backoff = Backoff::standard();
    loop {
        match room.event(&event_id, None).await {
            Ok(event) => {
                let Some(sender) = event.sender() else {
                    return Original::Unverifiable;
                };
                let thread_root = json_of(&event).and_then(|j| convert::thread_of(&j, target));
                return Original::Found {
                    sender: sender.to_string(),
                    thread_root,
                };
            }
            Err(e) => {
                let wait = match classify(&e) {
                    Failure::Permanent => return Original::Unverifiable,
                    Failure::RateLimited(Some(wait)) => wait,
                    Failure::RateLimited(None) | Failure::Transient => backoff.next_delay(),
                };
                tracing::warn!(error = %e, wait_s = wait.as_secs(), "cannot fetch the message an edit or redaction refers to; retrying");
                if shared.stop.sleep(wait).await {
                    return Original::Stopped;
                }
            }
        }
    }
}
