//! Interactive verification with emojis (SAS): someone on the invite allowlist verifies the bot's
//! session from their app, by a request to the bot's device or one in their direct chat with it.
//! The bot accepts, posts its seven emojis with their names (as Element names them) in that
//! direct chat, confirms its side and says when it is done. Requests from anyone else, and
//! requests in rooms with more people, are cancelled.

use super::events;
use super::invites::allowed;
use super::sender::direct_room;
use crate::bot::Bot;
use crate::bot::i18n::{Lang, t};
use futures_util::StreamExt;
use matrix_sdk::encryption::verification::{
    CancelInfo, SasState, SasVerification, Verification, VerificationRequest, VerificationRequestState,
};
use matrix_sdk::event_handler::Ctx;
use matrix_sdk::ruma::events::key::verification::request::ToDeviceKeyVerificationRequestEvent;
use matrix_sdk::ruma::events::key::verification::{VerificationMethod, cancel::CancelCode};
use matrix_sdk::ruma::events::room::message::{MessageType, OriginalSyncRoomMessageEvent, RoomMessageEventContent};
use matrix_sdk::{Client, Room};
use std::sync::Arc;

#[derive(Clone)]
struct Verifier {
    bot: Bot,
    allowlist: Arc<[String]>,
}

/// Starts answering verification requests; they arrive with the sync like any event.
pub(super) fn listen(client: &Client, bot: Bot, allowlist: &[String]) {
    client.add_event_handler_context(Verifier {
        bot,
        allowlist: allowlist.into(),
    });
    client.add_event_handler(to_device_request);
    client.add_event_handler(room_request);
}

async fn to_device_request(event: ToDeviceKeyVerificationRequestEvent, client: Client, verifier: Ctx<Verifier>) {
    let encryption = client.encryption();
    let Some(request) = encryption
        .get_verification_request(&event.sender, &event.content.transaction_id)
        .await
    else {
        return;
    };
    tokio::spawn(answer(client, verifier.0, request, None));
}

async fn room_request(event: OriginalSyncRoomMessageEvent, room: Room, client: Client, verifier: Ctx<Verifier>) {
    if !matches!(event.content.msgtype, MessageType::VerificationRequest(_))
        || client.user_id() == Some(event.sender.as_ref())
    {
        return;
    }
    let encryption = client.encryption();
    let Some(request) = encryption
        .get_verification_request(&event.sender, &event.event_id)
        .await
    else {
        return;
    };
    tokio::spawn(answer(client, verifier.0, request, Some(room)));
}

/// Accepts an allowed request with emojis as the only method and follows it to the end.
async fn answer(client: Client, verifier: Verifier, request: VerificationRequest, room: Option<Room>) {
    // Another session of the bot's own account would, once verified, be handed its secrets and
    // every room key: never answered, whoever holds the password.
    if request.is_self_verification() {
        tracing::warn!("ignored a verification request from another session of the bot's own account");
        return;
    }
    let user = request.other_user_id().to_string();
    if !allowed(&verifier.allowlist, &user) {
        tracing::info!("declined a verification request from someone not on the invite allowlist");
        let _ = request.cancel().await;
        return;
    }
    let room = match room {
        Some(room) if events::is_direct(&room).await => room,
        Some(_) => {
            tracing::info!("declined a verification request outside a direct chat");
            let _ = request.cancel().await;
            return;
        }
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
    if let Err(e) = request.accept_with_methods(vec![VerificationMethod::SasV1]).await {
        tracing::warn!(error = %e, "could not accept a verification request");
        return;
    }
    tracing::info!("accepted a verification request");
    let mut changes = request.changes();
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

/// Shows the emojis, confirms the bot's side, and tells how it ended.
async fn compare(sas: SasVerification, room: &Room, lang: Lang) {
    if let Err(e) = sas.accept().await {
        tracing::warn!(error = %e, "could not accept the emoji verification");
        return;
    }
    let mut changes = sas.changes();
    while let Some(state) = changes.next().await {
        match state {
            SasState::KeysExchanged {
                emojis: Some(emojis), ..
            } => {
                let shown = named(lang, &emojis.indices, emojis.emojis.iter().map(|e| e.symbol));
                say(room, t(lang, "verification-compare", &[("emojis", shown.into())])).await;
                if let Err(e) = sas.confirm().await {
                    tracing::warn!(error = %e, "could not confirm the emoji verification");
                }
            }
            SasState::KeysExchanged { emojis: None, .. } => {
                say(room, t(lang, "verification-emoji-only", &[])).await;
                let _ = sas.cancel().await;
            }
            SasState::Done { .. } => {
                tracing::info!("a person verified the bot's session");
                say(room, t(lang, "verification-done", &[])).await;
                return;
            }
            SasState::Cancelled(info) => return cancelled(room, lang, &info).await,
            _ => {}
        }
    }
}

async fn cancelled(room: &Room, lang: Lang, info: &CancelInfo) {
    tracing::info!(reason = info.reason(), "a verification was cancelled");
    let why = match info.cancel_code() {
        CancelCode::User | CancelCode::Accepted => "user",
        CancelCode::Timeout => "timeout",
        CancelCode::MismatchedSas | CancelCode::KeyMismatch | CancelCode::MismatchedCommitment => "mismatch",
        _ => "other",
    };
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

/// Sent directly, not through the outbox: the emojis matter only while the verification runs,
/// and a verification whose message is lost times out and can be started again.
async fn say(room: &Room, text: String) {
    if let Err(e) = room.send(RoomMessageEventContent::notice_markdown(text)).await {
        tracing::warn!(error = %e, "could not post a verification message");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emojis_carry_the_names_element_shows() {
        let shown = named(Lang::De, &[0, 36, 63], ["🐶", "👍", "📌"].into_iter());
        assert_eq!(shown, "🐶 Hund · 👍 Daumen Hoch · 📌 Stecknadel");
        let shown = named(Lang::En, &[34, 53], ["🔧", "✈️"].into_iter());
        assert_eq!(shown, "🔧 Spanner · ✈️ Aeroplane");
    }
}
