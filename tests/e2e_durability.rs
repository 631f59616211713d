//! End to end against a real Synapse: commands sent while the bot is down are answered once after
//! it starts; a burst of 300 from 3 users is answered completely, once each; default rate limits.

mod support;

use matrix_sdk::ruma::{OwnedEventId, OwnedRoomId};
use std::collections::{HashMap, HashSet};
use std::time::Duration;
use support::{LotseProcess, ReceivedMessage, Synapse, TestUser, WAIT};

const BOT_PASSWORD: &str = "lotse-password";

/// Asserts that `replies` answer exactly the commands in `sent`, each once.
fn assert_each_answered_once(sent: &[OwnedEventId], replies: &[ReceivedMessage]) {
    let mut per_command: HashMap<String, usize> = HashMap::new();
    for reply in replies {
        let target = reply.in_reply_to.clone().expect("every reply names its command");
        *per_command.entry(target).or_default() += 1;
    }
    let twice: Vec<_> = per_command.iter().filter(|(_, n)| **n > 1).collect();
    assert!(twice.is_empty(), "answered twice: {twice:?}");
    let expected: HashSet<String> = sent.iter().map(|e| e.to_string()).collect();
    let answered: HashSet<String> = per_command.into_keys().collect();
    let lost: Vec<_> = expected.difference(&answered).collect();
    assert!(
        lost.is_empty(),
        "{} of {} commands not answered: {lost:?}",
        lost.len(),
        sent.len()
    );
    assert_eq!(answered, expected);
}

async fn count_ideas(dir: &std::path::Path) -> (i64, i64) {
    sqlx::any::install_default_drivers();
    let url = format!("sqlite://{}/lotse.sqlite", dir.display());
    let pool = sqlx::AnyPool::connect(&url).await.unwrap();
    let counts: (i64, i64) = sqlx::query_as("SELECT COUNT(*), COUNT(DISTINCT title) FROM ideas")
        .fetch_one(&pool)
        .await
        .unwrap();
    pool.close().await;
    counts
}

async fn setup(
    synapse: &Synapse,
    dir: &tempfile::TempDir,
    users: &[&str],
) -> (LotseProcess, String, Vec<TestUser>, OwnedRoomId) {
    let bot_id = synapse.register("lotse", BOT_PASSWORD, false).await;
    // LOTSE_TEST_BOT_LOG sets the bot's log filter when investigating a failure.
    let log = std::env::var("LOTSE_TEST_BOT_LOG").unwrap_or_else(|_| "info".into());
    let lotse = LotseProcess::start(synapse, "lotse", BOT_PASSWORD, &[("LOTSE_LOG", &log)], dir.path());
    let mut people = vec![];
    for name in users {
        people.push(TestUser::new(synapse, name).await);
    }
    let invited: Vec<&str> = std::iter::once(bot_id.as_str())
        .chain(people[1..].iter().map(|p| p.user_id.as_str()))
        .collect();
    let room = people[0].create_room("Lasttest", false, &invited).await;
    for person in &people[1..] {
        person.wait_for_invite(WAIT).await;
        person.join(&room).await;
    }
    people[0].wait_for_member(&room, &bot_id, WAIT).await;
    // The bot is in the room and synced: a first command proves it.
    people[0].send_text(&room, "!hilfe").await;
    people[0].wait_for_notices(&room, &bot_id, 1, WAIT).await;
    (lotse, bot_id, people, room)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn commands_sent_while_the_bot_is_down_are_answered_once() {
    let synapse = Synapse::start(false);
    let dir = tempfile::tempdir().unwrap();
    let (mut lotse, bot_id, people, room) = setup(&synapse, &dir, &["anna"]).await;
    let anna = &people[0];

    lotse.terminate().expect("the bot stops on SIGTERM");
    let mut sent = vec![];
    for i in 1..=15 {
        sent.push(anna.send_text(&room, &format!("!idee Offline-Idee {i}")).await);
    }
    lotse.restart();
    let replies = anna.wait_for_notices(&room, &bot_id, 15, Duration::from_secs(90)).await;
    assert_each_answered_once(&sent, &replies);
    anna.assert_no_messages(&room, &bot_id, Duration::from_secs(3)).await;
    // A second restart sends nothing again.
    lotse.restart();
    anna.assert_no_messages(&room, &bot_id, Duration::from_secs(8)).await;
    assert_eq!(count_ideas(dir.path()).await, (15, 15));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_burst_of_300_from_3_users_is_answered_completely_and_once() {
    let synapse = Synapse::start(false);
    let dir = tempfile::tempdir().unwrap();
    let (_lotse, bot_id, people, room) = setup(&synapse, &dir, &["anna", "ben", "carla"]).await;

    let sent = support::send_burst(&people, &room, 100, "!idee Burst").await;
    assert_eq!(sent.len(), 300);
    let replies = people[0]
        .wait_for_notices(&room, &bot_id, 300, Duration::from_secs(300))
        .await;
    assert_each_answered_once(&sent, &replies);
    people[0]
        .assert_no_messages(&room, &bot_id, Duration::from_secs(3))
        .await;
    assert_eq!(count_ideas(dir.path()).await, (300, 300), "every idea stored once");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn default_rate_limits_are_waited_out_without_losing_replies() {
    // Synapse's default rc_message (0.2/s, burst 10) throttles the bot after ten replies.
    let synapse = Synapse::start(true);
    let dir = tempfile::tempdir().unwrap();
    let (lotse, bot_id, people, room) = setup(&synapse, &dir, &["anna", "ben", "carla"]).await;
    let mut sent = vec![];
    for (u, person) in people.iter().enumerate() {
        for i in 0..5 {
            sent.push(person.send_text(&room, &format!("!idee Gedrosselt {u}-{i}")).await);
        }
    }
    let replies = people[0]
        .wait_for_notices(&room, &bot_id, 15, Duration::from_secs(180))
        .await;
    assert_each_answered_once(&sent, &replies);
    assert!(
        lotse.log().contains("rate-limited by the homeserver"),
        "the limit was hit and waited out"
    );
}
