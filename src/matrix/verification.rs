//! Interactive verification with emojis (SAS): someone on the invite allowlist verifies the bot's
//! session from their app, by a request to the bot's device or one in their direct chat with it.
//! The bot accepts, posts its seven emojis with their names (as Element names them) in that
//! direct chat, confirms its side and says when it is done. Requests from anyone else, and
//! requests in rooms with more people, are cancelled; requests addressed to someone else and
//! requests from the bot's own account are not answered.

use super::events;
use super::invites::allowed;
use super::sender::direct_room;
use crate::bot::Bot;
use crate::bot::i18n::{Lang, t};
use futures_util::{Stream, StreamExt};
use matrix_sdk::encryption::verification::{
    CancelInfo, SasState, SasVerification, Verification, VerificationRequest, VerificationRequestState,
};
use matrix_sdk::event_handler::Ctx;
use matrix_sdk::ruma::UserId;
use matrix_sdk::ruma::events::key::verification::request::ToDeviceKeyVerificationRequestEvent;
use matrix_sdk::ruma::events::key::verification::{VerificationMethod, cancel::CancelCode};
use matrix_sdk::ruma::events::room::member::MembershipState;
use matrix_sdk::ruma::events::room::message::{MessageType, OriginalSyncRoomMessageEvent, RoomMessageEventContent};
use matrix_sdk::{Client, Room};
use std::sync::Arc;
use std::time::Duration;

#[derive(Clone)]
struct Verifier {
    bot: Bot,
    allowlist: Arc<[String]>,
}

/// The SDK cancels a verification that stalls; this is the guard for the bot's own part of it.
const GIVE_UP_AFTER: Duration = Duration::from_secs(15 * 60);

/// Starts answering verification requests; they arrive with the sync like any event.
pub(super) fn listen(client: &Client, bot: Bot, allowlist: &[String]) {
    client.add_event_handler_context(Verifier {
        bot,
        allowlist: allowlist.into(),
    });
    client.add_event_handler(to_device_request);
    client.add_event_handler(room_request);
}

/// Where a request reached the bot.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Place {
    /// Sent to the bot's device (Element's "verify this session").
    BotDevice,
    /// In a direct chat between the requester and the bot.
    DirectChat,
    /// In a room with more people.
    SharedRoom,
}

/// What the bot knows of a request before it answers.
#[derive(Debug, Clone, Copy)]
struct Seen {
    from_own_account: bool,
    addressed_to_bot: bool,
    sender_allowed: bool,
    place: Place,
}

#[derive(Debug, PartialEq, Eq)]
enum Decision {
    /// Not answered at all; the reason, if it is worth a log line.
    Ignore(Option<&'static str>),
    /// Cancelled, so the requester's app says so; the reason for the log.
    Decline(&'static str),
    Accept,
}

fn decide(seen: Seen) -> Decision {
    if !seen.addressed_to_bot {
        // Two other people verifying each other in a room the bot is in.
        return Decision::Ignore(None);
    }
    if seen.from_own_account {
        // Another session of the bot's own account would, once verified, be handed its secrets
        // and every room key: never answered, whoever holds the password.
        return Decision::Ignore(Some(
            "ignored a verification request from another session of the bot's own account",
        ));
    }
    if !seen.sender_allowed {
        return Decision::Decline("declined a verification request from someone not on the invite allowlist");
    }
    if seen.place == Place::SharedRoom {
        return Decision::Decline("declined a verification request outside a direct chat");
    }
    Decision::Accept
}

async fn to_device_request(event: ToDeviceKeyVerificationRequestEvent, client: Client, verifier: Ctx<Verifier>) {
    let seen = Seen {
        from_own_account: client.user_id() == Some(event.sender.as_ref()),
        addressed_to_bot: true,
        sender_allowed: allowed(&verifier.allowlist, event.sender.as_str()),
        place: Place::BotDevice,
    };
    let id = event.content.transaction_id.to_string();
    handle(client, verifier.0, seen, &event.sender, &id, None).await;
}

async fn room_request(event: OriginalSyncRoomMessageEvent, room: Room, client: Client, verifier: Ctx<Verifier>) {
    let MessageType::VerificationRequest(content) = &event.content.msgtype else {
        return;
    };
    let own = client.user_id();
    let place = if events::is_direct(&room).await {
        Place::DirectChat
    } else {
        Place::SharedRoom
    };
    let seen = Seen {
        from_own_account: own == Some(event.sender.as_ref()),
        addressed_to_bot: own == Some(content.to.as_ref()),
        sender_allowed: allowed(&verifier.allowlist, event.sender.as_str()),
        place,
    };
    handle(
        client,
        verifier.0,
        seen,
        &event.sender,
        event.event_id.as_str(),
        Some(room),
    )
    .await;
}

/// Decides, then declines the request or follows it to its end in the background.
async fn handle(client: Client, verifier: Verifier, seen: Seen, sender: &UserId, id: &str, room: Option<Room>) {
    let decision = decide(seen);
    if let Decision::Ignore(why) = decision {
        if let Some(why) = why {
            tracing::warn!("{why}");
        }
        return;
    }
    let Some(request) = client.encryption().get_verification_request(sender, id).await else {
        return;
    };
    // Listening from here on; a change before (a cancellation) is read from the request itself
    // once it is accepted.
    let changes = request.changes();
    if let Decision::Decline(why) = decision {
        tracing::info!("{why}");
        let _ = request.cancel().await;
        return;
    }
    tokio::spawn(async move {
        let followed = follow(client, verifier, request.clone(), room, changes);
        if tokio::time::timeout(GIVE_UP_AFTER, followed).await.is_err() {
            tracing::info!("a verification did not end within 15 minutes; cancelling it");
            let _ = request.cancel().await;
        }
    });
}

/// Accepts with emojis as the only method and follows the request to the end.
async fn follow(
    client: Client,
    verifier: Verifier,
    request: VerificationRequest,
    room: Option<Room>,
    changes: impl Stream<Item = VerificationRequestState>,
) {
    let mut changes = std::pin::pin!(changes);
    let user = request.other_user_id().to_string();
    let room = match room {
        Some(room) => room,
        None => match direct_room(&client, &verifier.bot, &user).await {
            Ok(room) => room,
            Err(_) => {
                // The reason may name the person or the room: not in the log.
                tracing::warn!("no direct chat to show the emojis in; declining the verification");
                let _ = request.cancel().await;
                return;
            }
        },
    };
    let lang = verifier.bot.language_of(&user).await;
    if !has_joined(&room, request.other_user_id()).await {
        // A direct chat the bot has just opened: the emojis would go where nobody sees them yet.
        tracing::info!("declined a verification: the person has not joined the direct chat yet");
        say(&room, t(lang, "verification-join-first", &[])).await;
        let _ = request.cancel().await;
        return;
    }
    if let Err(e) = request.accept_with_methods(vec![VerificationMethod::SasV1]).await {
        tracing::warn!(error = %e, "could not accept a verification request");
        return;
    }
    if let Some(info) = request.cancel_info() {
        return cancelled(&room, lang, &info).await;
    }
    tracing::info!("accepted a verification request");
    while let Some(state) = changes.next().await {
        match state {
            VerificationRequestState::Transitioned {
                verification: Verification::SasV1(sas),
                ..
            } => return compare(sas, &room, lang).await,
            VerificationRequestState::Transitioned { .. } => {
                say(&room, t(lang, "verification-emoji-only", &[])).await;
                let _ = request.cancel().await;
                return;
            }
            VerificationRequestState::Cancelled(info) => return cancelled(&room, lang, &info).await,
            VerificationRequestState::Done => return,
            _ => {}
        }
    }
}

/// Shows the emojis, confirms the bot's side once they are shown, and tells how it ended.
async fn compare(sas: SasVerification, room: &Room, lang: Lang) {
    let mut changes = sas.changes();
    if let Err(e) = sas.accept().await {
        tracing::warn!(error = %e, "could not accept the emoji verification");
        return;
    }
    if let Some(info) = sas.cancel_info() {
        return cancelled(room, lang, &info).await;
    }
    // When the bot cancels, it has already said why; the cancellation then ends it quietly.
    let mut cancelled_by_us = false;
    while let Some(state) = changes.next().await {
        match state {
            SasState::KeysExchanged {
                emojis: Some(emojis), ..
            } => {
                let shown = named(lang, &emojis.indices, emojis.emojis.iter().map(|e| e.symbol));
                if say(room, t(lang, "verification-compare", &[("emojis", shown.into())])).await {
                    if let Err(e) = sas.confirm().await {
                        tracing::warn!(error = %e, "could not confirm the emoji verification");
                    }
                } else {
                    // Confirming emojis nobody could compare would defeat the check.
                    tracing::warn!("the emojis could not be shown; cancelling the verification");
                    cancelled_by_us = true;
                    let _ = sas.cancel().await;
                }
            }
            SasState::KeysExchanged { emojis: None, .. } => {
                say(room, t(lang, "verification-emoji-only", &[])).await;
                cancelled_by_us = true;
                let _ = sas.cancel().await;
            }
            SasState::Done { .. } => {
                tracing::info!("a person verified the bot's session");
                say(room, t(lang, "verification-done", &[])).await;
                return;
            }
            SasState::Cancelled(_) if cancelled_by_us => {
                tracing::info!("the bot cancelled a verification");
                return;
            }
            SasState::Cancelled(info) => return cancelled(room, lang, &info).await,
            _ => {}
        }
    }
}

async fn cancelled(room: &Room, lang: Lang, info: &CancelInfo) {
    let why = match info.cancel_code() {
        CancelCode::User | CancelCode::Accepted => "user",
        CancelCode::Timeout => "timeout",
        CancelCode::MismatchedSas | CancelCode::KeyMismatch | CancelCode::MismatchedCommitment => "mismatch",
        _ => "other",
    };
    // Reason and custom codes are free text from the other side: only the fixed word is logged.
    tracing::info!(why, "a verification was cancelled");
    say(room, t(lang, "verification-cancelled", &[("why", why.into())])).await;
}

/// "🐶 Hund · 🐱 Katze · …": each emoji with its name from the spec's table, in `lang`.
fn named<'a>(lang: Lang, indices: &[u8], symbols: impl Iterator<Item = &'a str>) -> String {
    indices
        .iter()
        .zip(symbols)
        .map(|(index, symbol)| {
            let name = t(lang, "sas-emoji", &[("number", i64::from(*index).into())]);
            format!("{symbol} {name}")
        })
        .collect::<Vec<_>>()
        .join(" · ")
}

/// True once `user` is a joined member of `room` (not merely invited to a new direct chat).
async fn has_joined(room: &Room, user: &UserId) -> bool {
    matches!(
        room.get_member_no_sync(user).await,
        Ok(Some(member)) if *member.membership() == MembershipState::Join
    )
}

/// Sent directly, not through the outbox: the emojis matter only while the verification runs,
/// and a verification whose message is lost times out and can be started again. True if sent.
async fn say(room: &Room, text: String) -> bool {
    match room.send(RoomMessageEventContent::notice_markdown(text)).await {
        Ok(_) => true,
        Err(e) => {
            tracing::warn!(error = %e, "could not post a verification message");
            false
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seen(place: Place) -> Seen {
        Seen {
            from_own_account: false,
            addressed_to_bot: true,
            sender_allowed: true,
            place,
        }
    }

    #[test]
    fn allowed_people_are_answered_on_the_bot_device_and_in_their_direct_chat() {
        assert_eq!(decide(seen(Place::BotDevice)), Decision::Accept);
        assert_eq!(decide(seen(Place::DirectChat)), Decision::Accept);
    }

    #[test]
    fn strangers_and_shared_rooms_are_declined() {
        let stranger = Seen {
            sender_allowed: false,
            ..seen(Place::BotDevice)
        };
        assert!(matches!(decide(stranger), Decision::Decline(_)));
        assert!(matches!(decide(seen(Place::SharedRoom)), Decision::Decline(_)));
    }

    #[test]
    fn the_own_account_and_requests_to_others_are_never_answered() {
        let own = Seen {
            from_own_account: true,
            ..seen(Place::BotDevice)
        };
        assert!(matches!(decide(own), Decision::Ignore(Some(_))));
        let to_someone_else = Seen {
            addressed_to_bot: false,
            sender_allowed: false,
            ..seen(Place::SharedRoom)
        };
        assert_eq!(decide(to_someone_else), Decision::Ignore(None));
    }

    #[test]
    fn emojis_carry_the_names_element_shows() {
        let shown = named(Lang::De, &[0, 36, 63], ["🐶", "👍", "📌"].into_iter());
        assert_eq!(shown, "🐶 Hund · 👍 Daumen Hoch · 📌 Stecknadel");
        let shown = named(Lang::En, &[34, 53], ["🔧", "✈️"].into_iter());
        assert_eq!(shown, "🔧 Spanner · ✈️ Aeroplane");
    }
}
