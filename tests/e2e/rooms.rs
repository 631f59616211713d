//! End to end against a real Synapse: plain room, encrypted room across a restart, DM without `!`,
//! reactions and edits, and an invite from a user not on the allowlist.

use crate::support::{self, LotseProcess, Synapse, TestUser, WAIT};
use std::time::Duration;

const BOT_PASSWORD: &str = "lotse-password";

/// The bot's reply to the event `to`, as seen by `user`.
async fn reply_to(
    user: &TestUser,
    room: &matrix_sdk::ruma::RoomId,
    bot: &str,
    to: &matrix_sdk::ruma::EventId,
) -> support::ReceivedNotice {
    let to = to.to_string();
    user.wait_for_messages_where(room, bot, 1, WAIT, |m| m.in_reply_to.as_deref() == Some(to.as_str()))
        .await
        .remove(0)
}

async fn bot(synapse: &Synapse, dir: &tempfile::TempDir, env: &[(&str, &str)]) -> (LotseProcess, String) {
    let bot_id = synapse.register("lotse", BOT_PASSWORD, false).await;
    let lotse = LotseProcess::start(synapse, "lotse", BOT_PASSWORD, env, dir.path());
    (lotse, bot_id)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn plain_room_ideas_support_edit_and_dm() {
    let synapse = Synapse::start(false);
    let dir = tempfile::tempdir().unwrap();
    let (_lotse, bot_id) = bot(&synapse, &dir, &[]).await;
    let anna = TestUser::new(&synapse, "anna").await;
    let ben = TestUser::new(&synapse, "ben").await;

    let room = anna
        .create_room("Bürgerservice", false, &[&bot_id, ben.user_id.as_str()])
        .await;
    anna.wait_for_member(&room, &bot_id, WAIT).await;
    ben.wait_for_invite(WAIT).await;
    ben.join(&room).await;

    let sent = anna.send_text(&room, "!idee Anträge <b>vorsortieren</b>").await;
    let reply = &anna.wait_for_notices(&room, &bot_id, 1, WAIT).await[0];
    assert!(
        reply.body.contains("#1") && reply.body.contains("Anträge <b>vorsortieren</b>"),
        "{}",
        reply.body
    );
    assert_eq!(
        reply.in_reply_to.as_deref(),
        Some(sent.as_str()),
        "threaded to the command"
    );
    assert_eq!(reply.thread_root.as_deref(), Some(sent.as_str()));
    let html = reply.formatted_body.as_deref().expect("HTML body");
    assert!(
        html.contains("&lt;b&gt;vorsortieren&lt;") && !html.contains("<b>"),
        "{html}"
    );
    assert_eq!(
        reply.content["m.mentions"]["user_ids"][0],
        anna.user_id.as_str(),
        "{}",
        reply.content
    );

    // 👍 on Lotse's message about the idea counts as support, once per person.
    let seen_by_ben = &ben.wait_for_notices(&room, &bot_id, 1, WAIT).await[0];
    assert_eq!(seen_by_ben.event_id, reply.event_id);
    let about = reply.event_id.clone();
    let about = matrix_sdk::ruma::EventId::parse(&about).unwrap();
    ben.send_reaction(&room, &about, "👍").await;
    let support = ben.send_text(&room, "!unterstütze #1").await;
    let answer = &reply_to(&ben, &room, &bot_id, &support).await;
    assert!(
        answer.body.contains("bereits"),
        "the reaction was counted first: {}",
        answer.body
    );

    // An edit of the submitting message renames the idea.
    let edit = anna.edit(&room, &sent, "!idee Anträge automatisch vorsortieren").await;
    let renamed = &reply_to(&anna, &room, &bot_id, &edit).await;
    assert!(
        renamed.body.contains("Anträge automatisch vorsortieren"),
        "{}",
        renamed.body
    );

    let show = ben.send_text(&room, "!idee #1").await;
    let shown = &reply_to(&ben, &room, &bot_id, &show).await;
    assert!(
        shown.body.contains("eine Unterstützung") && shown.body.contains("automatisch"),
        "{}",
        shown.body
    );

    // Ordinary conversation is not answered.
    anna.wait_for_notices(&room, &bot_id, 2, WAIT).await; // the replies to ben, seen by anna
    anna.send_text(&room, "Guten Morgen zusammen").await;
    anna.assert_no_messages(&room, &bot_id, Duration::from_secs(3)).await;

    // A DM works without "!".
    let dm = ben.create_dm(&bot_id).await;
    ben.wait_for_member(&dm, &bot_id, WAIT).await;
    ben.send_text(&dm, "ideen").await;
    let listed = &ben.wait_for_notices(&dm, &bot_id, 1, WAIT).await[0];
    assert!(
        listed.body.contains("#1") && listed.body.contains("automatisch"),
        "{}",
        listed.body
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn encrypted_room_works_across_a_restart_with_one_device() {
    let synapse = Synapse::start(false);
    let dir = tempfile::tempdir().unwrap();
    let (mut lotse, bot_id) = bot(&synapse, &dir, &[]).await;
    let anna = TestUser::new(&synapse, "anna").await;
    let room = anna.create_room("Vertraulich", true, &[&bot_id]).await;
    anna.wait_for_member(&room, &bot_id, WAIT).await;

    anna.send_text(&room, "!idee Verschlüsselte Idee").await;
    let reply = &anna.wait_for_notices(&room, &bot_id, 1, WAIT).await[0];
    assert!(reply.encrypted, "the bot answers encrypted in an encrypted room");
    assert!(reply.body.contains("#1"), "{}", reply.body);

    lotse.restart();
    anna.send_text(&room, "!idee Nach dem Neustart").await;
    let reply = &anna.wait_for_notices(&room, &bot_id, 1, Duration::from_secs(60)).await[0];
    assert!(reply.encrypted && reply.body.contains("#2"), "{}", reply.body);

    let bot_user = matrix_sdk::ruma::UserId::parse(&bot_id).unwrap();
    let devices = anna.client.encryption().get_user_devices(&bot_user).await.unwrap();
    assert_eq!(devices.devices().count(), 1, "a restart must not create a new device");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn invites_are_accepted_only_from_the_allowlist() {
    let synapse = Synapse::start(false);
    let dir = tempfile::tempdir().unwrap();
    let anna_id = support::user_id("anna");
    let (lotse, bot_id) = bot(&synapse, &dir, &[("LOTSE_ACCESS_INVITE_ALLOWLIST", &anna_id)]).await;
    let anna = TestUser::new(&synapse, "anna").await;
    let mallory = TestUser::new(&synapse, "mallory").await;

    let foreign = mallory.create_room("Fremd", false, &[&bot_id]).await;
    assert!(lotse.wait_for_log("declin", WAIT).await, "the bot logs why it declined");
    let room = mallory.room(&foreign).await;
    let deadline = std::time::Instant::now() + WAIT;
    let bot_user = matrix_sdk::ruma::UserId::parse(&bot_id).unwrap();
    loop {
        mallory.sync(Duration::from_secs(2)).await;
        let member = room.get_member_no_sync(&bot_user).await.unwrap();
        let state = member.map(|m| m.membership().to_string());
        if state.as_deref() == Some("leave") {
            break;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "the invite was not declined: {state:?}"
        );
    }

    let allowed = anna.create_room("Erlaubt", false, &[&bot_id]).await;
    anna.wait_for_member(&allowed, &bot_id, WAIT).await;
    anna.send_text(&allowed, "!hilfe").await;
    let help = &anna.wait_for_notices(&allowed, &bot_id, 1, WAIT).await[0];
    assert!(help.body.contains("!idee"), "{}", help.body);
}
