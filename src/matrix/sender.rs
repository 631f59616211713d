//! The outbox sender: sends committed replies in order per conversation (several conversations
//! at once, taking turns), with the outbox row's transaction id (so a re-send after a crash is deduplicated by the
//! homeserver), waits out rate limits without touching the sync loop, and finds or creates the
//! direct chat for `Destination::DirectTo`.

use super::content;
use super::replies_first::RepliesFirst;
use super::retry::{Backoff, Failure, Stop, classify, is_unknown_token, retry_db};
use super::throttle;
use super::turns::Turns;
use crate::bot::Bot;
use crate::bot::types::{Attachment, Destination, PendingOutbound};
use crate::service::metrics;
use crate::store::OUTBOX_BATCH;
use matrix_sdk::attachment::{AttachmentConfig, AttachmentInfo, BaseImageInfo};
use matrix_sdk::config::RequestConfig;
use matrix_sdk::ruma::UInt;
use matrix_sdk::ruma::events::Mentions;
use matrix_sdk::ruma::events::room::member::MembershipState;
use matrix_sdk::ruma::events::room::message::TextMessageEventContent;
use matrix_sdk::ruma::{EventId, OwnedTransactionId, RoomId, UserId};
use matrix_sdk::{Client, Room, RoomState};
use std::time::{Duration, Instant};
use tokio::task::JoinSet;

/// The outbox is also checked this often, in case a notification was missed.
const SAFETY_TICK: Duration = Duration::from_secs(5);

/// Conversations served at the same time; within one conversation messages keep their order.
/// Measured with scripts/bench: with 8, a 3,000-command burst into 20 rooms was answered at 0.68×
/// the rate Synapse accepted it; with 24 at 0.92× (the homeserver itself is then the limit).
const PARALLEL_CONVERSATIONS: usize = 24;

/// Places beyond those, kept for a room or person with nothing in flight: while a flood takes
/// every regular place, a caseworker's single question in another room still goes out at once.
const KEPT_FREE: usize = 2;

/// Messages a turn sends at most; then the conversation waits for its next turn, so that one
/// long backlog (notices to one person, a room's timeline) holds a place only for a while.
const MESSAGES_PER_TURN: usize = 10;

/// Runs until shutdown; the messages in flight are finished first.
///
/// Every conversation with a message waiting gets a turn, in the order the outbox gives
/// (`Store::outbox_turns`: round-robin over rooms and direct chats, answers first). A turn sends
/// up to `MESSAGES_PER_TURN` of the conversation's messages, oldest first; as soon as one of the
/// parallel turns ends, the next one starts, and newly committed messages are looked at as soon as
/// a place is free, so a single command's answer waits at most for one message in flight, not for
/// a whole batch or another room's backlog; in a room with nothing in flight, not even for that
/// (`KEPT_FREE`).
pub(super) async fn run(client: Client, bot: Bot, stop: Stop, replies_first: RepliesFirst) {
    let ready = bot.outbox_ready();
    let mut turns: Turns<tokio::task::Id> = Turns::new();
    let mut tasks: JoinSet<()> = JoinSet::new();
    let mut look = true;
    while !stop.is_set() {
        if look && tasks.len() < PARALLEL_CONVERSATIONS + KEPT_FREE {
            look = false;
            match bot.store().outbox_turns(OUTBOX_BATCH).await {
                Ok(next) => turns.replace(next),
                Err(e) => {
                    tracing::error!(error = %format!("{e:#}"), "cannot read the outbox; trying again shortly");
                    metrics::db_error();
                }
            }
        }
        while tasks.len() < PARALLEL_CONVERSATIONS + KEPT_FREE {
            let next = if tasks.len() < PARALLEL_CONVERSATIONS {
                turns.next(Instant::now())
            } else {
                turns.next_for_idle_recipient(Instant::now())
            };
            let Some(turn) = next else { break };
            let serving = serve(
                client.clone(),
                bot.clone(),
                stop.clone(),
                replies_first.clone(),
                turn.conversation.clone(),
            );
            turns.started(tasks.spawn(serving).id(), turn);
        }
        tokio::select! {
            Some(ended) = tasks.join_next_with_id(), if !tasks.is_empty() => {
                let (id, crashed) = match ended {
                    Ok((id, ())) => (id, false),
                    Err(e) => {
                        tracing::error!(error = %e, "a conversation's turn ended abnormally");
                        (e.id(), true)
                    }
                };
                look |= turns.ended(&id, crashed, Instant::now());
            }
            () = ready.notified() => look = true,
            () = tokio::time::sleep(SAFETY_TICK) => look = true,
            () = stop.wait() => {}
        }
    }
    while tasks.join_next().await.is_some() {}
}

/// One turn: sends up to `MESSAGES_PER_TURN` of `conversation`'s waiting messages in order, each
/// read afresh and marked as sent, until none is left or shutdown comes.
async fn serve(client: Client, bot: Bot, stop: Stop, replies_first: RepliesFirst, conversation: String) {
    for _ in 0..MESSAGES_PER_TURN {
        if stop.is_set() {
            return;
        }
        let store = bot.store();
        let Some(next) = retry_db(&stop, || store.outbox_next_in(&conversation)).await else {
            return;
        };
        let Some(row) = next else { return };
        let event_id = match deliver(&client, &bot, &stop, row.clone()).await {
            // A row that only leaves a room sends no event.
            Delivery::Sent(event_id) => Some(event_id).filter(|id| !id.is_empty()),
            Delivery::GaveUp => {
                if row.message.attachment.is_some()
                    && let Err(e) = bot.file_refused(&row).await
                {
                    tracing::error!(outbox = row.id, error = %format!("{e:#}"), "could not say that a file was refused");
                }
                None
            }
            Delivery::Gone => continue,
            Delivery::Stopped => return,
        };
        let marked = retry_db(&stop, || {
            store.outbox_mark_sent(row.id, event_id.as_deref(), bot.now_ms())
        })
        .await;
        if marked.is_none() {
            return;
        }
        replies_first.row_finished();
    }
}

enum Delivery {
    Sent(String),
    GaveUp,
    /// While it waited to be retried, the message was deleted or sent (an erasure took it back).
    Gone,
    Stopped,
}

pub(super) enum SendError {
    /// Can never succeed: give up on this row.
    Permanent(String),
    Matrix(matrix_sdk::Error),
    Database(anyhow::Error),
}

/// Sends one row, retrying until it is sent, hopeless, or shutdown interrupts a wait.
async fn deliver(client: &Client, bot: &Bot, stop: &Stop, mut row: PendingOutbound) -> Delivery {
    let mut backoff = Backoff::standard();
    let mut plain = false;
    loop {
        let handed_over = std::time::Instant::now();
        let error = match attempt(client, bot, &row, plain).await {
            Ok(event_id) => {
                let took_ms = handed_over.elapsed().as_millis() as u64;
                tracing::debug!(outbox = row.id, event = %event_id, answers = ?row.message.in_reply_to, took_ms, "sent");
                throttle::passed();
                // A redaction or a bare leave is bookkeeping, not a message anyone reads.
                if !event_id.is_empty() && row.message.redacts.is_none() {
                    metrics::reply_sent();
                }
                return Delivery::Sent(event_id);
            }
            Err(error) => error,
        };
        let wait = match &error {
            SendError::Permanent(reason) => {
                tracing::warn!(outbox = row.id, reason = %reason, "giving up on a message");
                metrics::send_failed("given_up");
                return Delivery::GaveUp;
            }
            SendError::Database(e) => {
                let wait = backoff.next_delay();
                tracing::error!(outbox = row.id, error = %format!("{e:#}"), wait_s = wait.as_secs(), "database error while sending; retrying");
                metrics::db_error();
                wait
            }
            SendError::Matrix(e) if is_unknown_token(e) => {
                // The login was revoked: keep the outbox for the next start instead of giving up on it.
                tracing::error!(
                    outbox = row.id,
                    "the homeserver no longer accepts the bot's login; stopping"
                );
                stop.trigger();
                return Delivery::Stopped;
            }
            SendError::Matrix(e) => match classify(e) {
                Failure::Permanent if !plain && refused_thread(e, &row) => {
                    // E.g. "Cannot start threads from an event with a relation" (the root was
                    // a reaction or an edit): deliver it without thread and reply instead.
                    tracing::info!(outbox = row.id, error = %e, "thread refused; sending without it");
                    plain = true;
                    continue;
                }
                Failure::Permanent => {
                    tracing::warn!(outbox = row.id, error = %e, "the homeserver refused a message; giving up on it");
                    metrics::send_failed("given_up");
                    return Delivery::GaveUp;
                }
                Failure::RateLimited(wait) => {
                    let wait = wait.unwrap_or_else(|| backoff.next_delay());
                    throttle::waiting(wait);
                    wait
                }
                Failure::Transient => {
                    let wait = backoff.next_delay();
                    tracing::warn!(outbox = row.id, error = %e, wait_s = wait.as_secs(), "sending failed; retrying");
                    metrics::send_failed("retried");
                    wait
                }
            },
        };
        if stop.sleep(wait).await {
            return Delivery::Stopped;
        }
        // An erasure may have deleted or rewritten the message meanwhile.
        match bot.store().outbox_waiting(row.id).await {
            Ok(Some(fresh)) => row = fresh,
            Ok(None) => return Delivery::Gone,
            // The next attempt goes ahead with what was read; an outage shows up on its own.
            Err(_) => {}
        }
    }
}

/// A 400 for a message with a thread relation: the homeserver did not accept the thread.
fn refused_thread(error: &matrix_sdk::Error, row: &PendingOutbound) -> bool {
    let bad_request = error
        .as_client_api_error()
        .is_some_and(|e| e.status_code.as_u16() == 400);
    bad_request && row.message.thread_root.is_some()
}

/// One try; `plain` sends the message without thread or reply relation.
async fn attempt(client: &Client, bot: &Bot, row: &PendingOutbound, plain: bool) -> Result<String, SendError> {
    let room = match &row.message.destination {
        Destination::Room(id) => joined_room(client, id)?,
        Destination::DirectTo(user) => direct_room(client, bot, user).await?,
    };
    let message = &row.message;
    if let Some(target) = &message.redacts {
        return redact_own(&room, target, &row.txn_id).await;
    }
    if message.leave_after && message.body.is_empty() && message.attachment.is_none() {
        leave_and_forget(&room).await;
        return Ok(String::new());
    }
    if let Some(file) = &message.attachment {
        let sent = send_file(&room, file, &row.txn_id).await?;
        if message.leave_after {
            leave_and_forget(&room).await;
        }
        return Ok(sent);
    }
    let mut content = content::build(&row.message);
    let mut txn_id = row.txn_id.clone();
    if plain {
        content.relates_to = None;
        // A different payload needs its own transaction id.
        txn_id.push_str("-plain");
    }
    tracing::trace!(outbox = row.id, "handing the message to the homeserver");
    let sent = room
        .send(content)
        .with_transaction_id(OwnedTransactionId::from(txn_id))
        // Rate limits and retries are handled here, not inside the SDK.
        .with_request_config(RequestConfig::new().disable_retry())
        .await
        .map_err(SendError::Matrix)?;
    if row.message.leave_after {
        leave_and_forget(&room).await;
    }
    Ok(sent.response.event_id.to_string())
}

/// Redacts the bot's own event `target` in `room` (with the row's transaction id, so a retry
/// after a crash is deduplicated); returns the redaction's event id.
async fn redact_own(room: &Room, target: &str, txn_id: &str) -> Result<String, SendError> {
    let event_id =
        EventId::parse(target).map_err(|_| SendError::Permanent(format!("{target:?} is not an event id")))?;
    let sent = room
        .redact(&event_id, None, Some(OwnedTransactionId::from(txn_id)))
        .await
        .map_err(|e| SendError::Matrix(e.into()))?;
    Ok(sent.event_id.to_string())
}

/// Leaves `room` and drops it from the client's store. The message before it is already sent, so
/// a failure is logged rather than retried (a retry would send that message again).
async fn leave_and_forget(room: &Room) {
    if let Err(e) = room.leave().await {
        tracing::warn!(error = %e, "could not leave a direct chat after an erasure");
        return;
    }
    if let Err(e) = room.forget().await {
        tracing::warn!(error = %e, "could not forget a direct chat after an erasure");
    }
}

/// Uploads `file` (encrypted in an encrypted room) and posts it: an m.image for a PNG chart with
/// its size and its description as the body, an m.file for anything else.
async fn send_file(room: &Room, file: &Attachment, txn_id: &str) -> Result<String, SendError> {
    let mime: mime::Mime = file.mime.parse().unwrap_or(mime::APPLICATION_OCTET_STREAM);
    let mut config = AttachmentConfig::new()
        .txn_id(OwnedTransactionId::from(txn_id))
        .mentions(Some(Mentions::new()))
        .caption(file.caption.clone().map(TextMessageEventContent::plain));
    if let Some((width, height)) = file.image_size {
        config = config.info(AttachmentInfo::Image(BaseImageInfo {
            width: Some(UInt::from(width)),
            height: Some(UInt::from(height)),
            size: UInt::new(file.bytes.len() as u64),
            ..BaseImageInfo::default()
        }));
    }
    let sent = room
        .send_attachment(file.filename.as_str(), &mime, file.bytes.clone(), config)
        .await
        .map_err(SendError::Matrix)?;
    Ok(sent.event_id.to_string())
}

fn joined_room(client: &Client, room_id: &str) -> Result<Room, SendError> {
    let id = RoomId::parse(room_id).map_err(|_| SendError::Permanent(format!("{room_id:?} is not a room id")))?;
    match client.get_room(&id) {
        Some(room) if room.state() == RoomState::Joined => Ok(room),
        Some(_) => Err(SendError::Permanent(format!("the bot is no longer in room {room_id}"))),
        None => Err(SendError::Permanent(format!("the bot does not know room {room_id}"))),
    }
}

/// The direct chat with `user`: the remembered one, an existing DM, or a new encrypted one.
pub(super) async fn direct_room(client: &Client, bot: &Bot, user: &str) -> Result<Room, SendError> {
    let user_id = UserId::parse(user).map_err(|_| SendError::Permanent(format!("{user:?} is not a user id")))?;
    let key = crate::bot::erasure::direct_room_key(user);
    let store = bot.store();
    let remembered = store.meta_get(&key).await.map_err(SendError::Database)?;
    if let Some(room) = remembered
        .and_then(|id| RoomId::parse(id).ok())
        .and_then(|id| client.get_room(&id))
        && usable(&room, &user_id).await
    {
        return Ok(room);
    }
    let mut found = None;
    let candidates: Vec<Room> = client.get_dm_rooms(&user_id).collect();
    for room in candidates {
        if usable(&room, &user_id).await {
            found = Some(room);
            break;
        }
    }
    let room = match found {
        Some(room) => room,
        None => {
            tracing::info!("creating a direct chat");
            tracing::debug!(user = %user_id, "creating a direct chat");
            client.create_dm(&user_id).await.map_err(SendError::Matrix)?
        }
    };
    if let Err(e) = store.meta_set(&key, room.room_id().as_str()).await {
        // Not fatal: the SDK also remembers the DM (m.direct) and finds it next time.
        tracing::warn!(error = %format!("{e:#}"), "could not remember the direct chat");
    }
    Ok(room)
}

/// A DM room is usable while the bot is in it and the other user has not left it.
async fn usable(room: &Room, user: &UserId) -> bool {
    if room.state() != RoomState::Joined {
        return false;
    }
    match room.get_member_no_sync(user).await {
        Ok(Some(member)) => matches!(member.membership(), MembershipState::Join | MembershipState::Invite),
        // Not loaded yet (e.g. the room was just created): trust it.
        Ok(None) | Err(_) => true,
    }
}
