//! Emoji verification, end to end: a person whose app sends room keys only to verified sessions
//! gets no answer from the bot, verifies the bot's session with emojis (the bot shows its own in
//! the direct chat), and is answered from then on.

use crate::support::scenario::bot_in_room;
use crate::support::{Synapse, TestUser, WAIT};
use matrix_sdk::ruma::UserId;
use std::time::{Duration, Instant};

/// Syncs `user` until `done` holds; fails after `WAIT`.
async fn sync_until(user: &TestUser, what: &str, done: impl Fn() -> bool) {
    let deadline = Instant::now() + WAIT;
    while !done() {
        assert!(Instant::now() < deadline, "timed out waiting until {what}");
        user.sync(Duration::from_millis(300)).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_verified_only_app_is_answered_once_it_verified_the_bot_with_emojis() {
    let synapse = Synapse::start(false);
    let dir = tempfile::tempdir().unwrap();
    let (_lotse, bot_id, _people, _room) = bot_in_room(&synapse, dir.path(), &["anna"], &[]).await;
    let berta = TestUser::new_verified_only(&synapse, "berta").await;
    let dm = berta.create_dm(&bot_id).await;
    berta.wait_for_member(&dm, &bot_id, WAIT).await;

    berta.send_text(&dm, "!hilfe").await;
    berta.assert_no_messages(&dm, &bot_id, Duration::from_secs(5)).await;

    let bot = UserId::parse(&bot_id).unwrap();
    let encryption = berta.client.encryption();
    let deadline = Instant::now() + WAIT;
    let device = loop {
        let devices = encryption.get_user_devices(&bot).await.unwrap();
        if let Some(device) = devices.devices().next() {
            break device;
        }
        assert!(Instant::now() < deadline, "berta's app learns the bot's session");
        berta.sync(Duration::from_millis(300)).await;
    };
    assert!(!device.is_verified(), "not verified yet");
    let request = device.request_verification().await.unwrap();
    sync_until(&berta, "the bot accepts the request", || request.is_ready()).await;
    let sas = request.start_sas().await.unwrap().expect("emoji verification starts");
    sync_until(&berta, "the keys are exchanged", || sas.emoji().is_some()).await;
    let emojis = sas.emoji().unwrap();

    let shown = berta
        .wait_for_messages_where(&dm, &bot_id, 1, WAIT, |m| m.body.contains("Emojis"))
        .await;
    let body = &shown[0].body;
    let mut from = 0;
    for emoji in &emojis {
        let at = body[from..].find(emoji.symbol).map(|at| from + at);
        assert!(at.is_some(), "the bot shows {} in order:\n{body}", emoji.symbol);
        from = at.unwrap() + emoji.symbol.len();
    }
    assert!(body.contains(" · "), "each emoji with its name:\n{body}");

    sas.confirm().await.unwrap();
    sync_until(&berta, "the verification is done", || sas.is_done()).await;
    let done = berta
        .wait_for_messages_where(&dm, &bot_id, 1, WAIT, |m| m.body.contains("abgeschlossen"))
        .await;
    assert!(
        done[0].body.contains("vertraut jetzt meiner Sitzung"),
        "{}",
        done[0].body
    );
    let device = encryption.get_device(&bot, device.device_id()).await.unwrap().unwrap();
    assert!(device.is_verified(), "berta's app trusts the bot's session");

    let reply = berta.ask(&dm, &bot_id, "!hilfe").await;
    assert!(!reply.is_empty(), "answered once verified");
}
