//! End to end for the Matrix adapter: history from before the join is ignored, a gap larger than the
//! timeline limit is filled, homeserver outages are survived, and the outbox keeps order under
//! Synapse's default rate limits and reaches users by direct chat.

use crate::support::{LotseProcess, Synapse, TestUser, WAIT};
use std::time::Duration;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn gap_prejoin_and_outage() {
    let synapse = Synapse::start(false);
    let dir = tempfile::tempdir().unwrap();
    let bot_id = synapse.register("lotse", "lotse-password", false).await;
    let mut lotse = LotseProcess::start(&synapse, "lotse", "lotse-password", &[], dir.path());
    let anna = TestUser::new(&synapse, "anna").await;

    // Pre-join history is not a command.
    let room = anna.create_room("Vorher", true, &[]).await;
    anna.send_text(&room, "!idee Vor dem Beitritt").await;
    anna.room(&room)
        .await
        .invite_user_by_id(&matrix_sdk::ruma::UserId::parse(&bot_id).unwrap())
        .await
        .unwrap();
    anna.wait_for_member(&room, &bot_id, WAIT).await;
    anna.assert_no_messages(&room, &bot_id, Duration::from_secs(4)).await;
    anna.send_text(&room, "!idee Nach dem Beitritt").await;
    let r = &anna.wait_for_notices(&room, &bot_id, 1, WAIT).await[0];
    assert!(r.body.contains("#1"), "{}", r.body);

    // A gap larger than the timeline limit while the bot is down (killed).
    lotse.kill();
    for i in 1..=70 {
        anna.send_text(&room, &format!("!idee Lücke {i}")).await;
    }
    lotse.restart();
    let replies = anna
        .wait_for_notices(&room, &bot_id, 70, Duration::from_secs(180))
        .await;
    for i in 2..=71 {
        assert_eq!(
            replies.iter().filter(|r| r.body.contains(&format!("#{i} "))).count(),
            1,
            "idea #{i}"
        );
    }
    assert!(lotse.log().contains("filled a gap"), "{}", lotse.log());

    // A restart answers nothing twice.
    lotse.restart();
    anna.send_text(&room, "!idee Nach Neustart").await;
    let r = &anna.wait_for_notices(&room, &bot_id, 1, WAIT).await[0];
    assert!(r.body.contains("#72"), "{}", r.body);
    anna.assert_no_messages(&room, &bot_id, Duration::from_secs(3)).await;

    // Homeserver outage: the bot reconnects.
    synapse.stop();
    tokio::time::sleep(Duration::from_secs(5)).await;
    synapse.restart();
    anna.send_text(&room, "!idee Nach Ausfall").await;
    let r = &anna.wait_for_notices(&room, &bot_id, 1, Duration::from_secs(90)).await[0];
    assert!(r.body.contains("#73"), "{}", r.body);
    assert!(lotse.is_running());

    let status = lotse.terminate();
    assert!(status.is_some_and(|s| s.success()), "graceful exit on SIGTERM");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn outbox_rate_limits_order_and_direct_chats() {
    use lotse::bot::types::{Destination, Outbound};
    let synapse = Synapse::start(true); // Synapse's default rate limits
    let dir = tempfile::tempdir().unwrap();
    let bot_id = synapse.register("lotse", "lotse-password", false).await;
    let lotse = LotseProcess::start(&synapse, "lotse", "lotse-password", &[], dir.path());
    let anna = TestUser::new(&synapse, "anna").await;
    let room = anna.create_room("Raum", true, &[&bot_id]).await;
    anna.wait_for_member(&room, &bot_id, WAIT).await;

    let url = format!("sqlite://{}", dir.path().join("lotse.sqlite").display());
    let store = lotse::store::Store::connect(&url).await.unwrap();
    let mut tx = store.begin().await.unwrap();
    let n = 25;
    for i in 1..=n {
        let msg = Outbound {
            destination: Destination::Room(room.to_string()),
            body: format!("Nachricht {i}"),
            html: format!("Nachricht <b>{i}</b>"),
            thread_root: None,
            in_reply_to: None,
            mentions: vec![],
            subject: None,
            attachment: None,
            leave_after: false,
            redacts: None,
        };
        lotse::store::Store::outbox_push(&mut tx, &msg, 0).await.unwrap();
    }
    let dm = Outbound {
        destination: Destination::DirectTo(anna.user_id.to_string()),
        body: "Privat".into(),
        html: "Privat".into(),
        thread_root: None,
        in_reply_to: None,
        mentions: vec![anna.user_id.to_string()],
        subject: None,
        attachment: None,
        leave_after: false,
        redacts: None,
    };
    lotse::store::Store::outbox_push(&mut tx, &dm, 0).await.unwrap();
    tx.commit().await.unwrap();

    // A single command while the notices are being sent gets its turn beside them (the
    // homeserver's rate limit holding both up), not after all of them.
    let first = anna.wait_for_notices(&room, &bot_id, 1, Duration::from_secs(60)).await;
    assert_eq!(first[0].body, "Nachricht 1");
    let asked = anna.send_text(&room, "!hilfe").await;
    let help = anna
        .wait_for_messages_where(&room, &bot_id, 1, Duration::from_secs(120), |m| {
            m.in_reply_to.as_deref() == Some(asked.as_str())
        })
        .await;
    assert!(help[0].body.contains("!idee"), "{}", help[0].body);
    let notices_before = anna
        .history_messages(&room, &bot_id)
        .await
        .iter()
        .filter(|m| m.body.starts_with("Nachricht "))
        .count();
    assert!(notices_before < n, "the answer came after all {n} queued notices");

    let got = anna
        .wait_for_notices(&room, &bot_id, n - 1, Duration::from_secs(180))
        .await;
    let bodies: Vec<String> = got.iter().map(|m| m.body.clone()).collect();
    let expected: Vec<String> = (2..=n).map(|i| format!("Nachricht {i}")).collect();
    assert_eq!(bodies, expected, "in order, once each");
    assert!(got.iter().all(|m| m.encrypted));

    let dm_room = anna.wait_for_invite(Duration::from_secs(60)).await;
    anna.join(&dm_room).await;
    let private = &anna
        .wait_for_notices(&dm_room, &bot_id, 1, Duration::from_secs(60))
        .await[0];
    assert_eq!(private.body, "Privat");
    assert!(private.encrypted, "DMs are encrypted");
    let log = lotse.log();
    assert!(log.contains("rate-limited"), "the test should have hit a rate limit");
    // One warning per throttled episode, with the hint how to exempt the bot, not one per wait.
    assert!(log.contains("override_ratelimit"), "the warning names the fix");
    let episodes = log.matches("rate-limited by the homeserver:").count();
    let ended = log.matches("no longer rate-limited").count();
    assert!(episodes <= ended + 1, "{episodes} warnings for {ended} ended episodes");

    // The bot's master push rule: Synapse records no notification for it (Anna's `!hilfe` would
    // make one), while Anna gets hers for the bot's messages.
    let synapse_db = format!("sqlite://{}?mode=ro", synapse.dir.join("homeserver.db").display());
    let synapse_db = sqlx::SqlitePool::connect(&synapse_db).await.unwrap();
    let notified = |user: String| {
        let pool = synapse_db.clone();
        async move {
            let (n,): (i64,) = sqlx::query_as(
                "SELECT (SELECT COUNT(*) FROM event_push_actions WHERE user_id = ?1) \
                 + (SELECT COUNT(*) FROM event_push_actions_staging WHERE user_id = ?1) \
                 + (SELECT COALESCE(SUM(notif_count), 0) FROM event_push_summary WHERE user_id = ?1)",
            )
            .bind(user)
            .fetch_one(&pool)
            .await
            .unwrap();
            n
        }
    };
    assert_eq!(notified(bot_id.clone()).await, 0, "no notifications for the bot");
    assert!(
        notified(anna.user_id.to_string()).await > 0,
        "Anna is notified as usual"
    );
}
