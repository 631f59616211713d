//! End to end against a real Synapse: commands sent while the bot is down are answered once after
//! it starts; a burst of 300 from 3 users is answered completely, once each; default rate limits.

use crate::support::scenario::{
    assert_each_answered_once, bot_in_room, count_ideas, expect_each_answered_once, sqlite_url,
};
use crate::support::{self, Synapse};
use std::time::Duration;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn commands_sent_while_the_bot_is_down_are_answered_once() {
    let synapse = Synapse::start(false);
    let dir = tempfile::tempdir().unwrap();
    let (mut lotse, bot_id, people, room) = bot_in_room(&synapse, dir.path(), &["anna"], &[]).await;
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
    assert_eq!(count_ideas(&sqlite_url(dir.path()), "Offline-Idee").await, (15, 15));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_burst_of_300_from_3_users_is_answered_completely_and_once() {
    let synapse = Synapse::start(false);
    let dir = tempfile::tempdir().unwrap();
    let (_lotse, bot_id, people, room) = bot_in_room(&synapse, dir.path(), &["anna", "ben", "carla"], &[]).await;

    let sent = support::send_burst(&people, &room, 100, "!idee Burst").await;
    assert_eq!(sent.len(), 300);
    expect_each_answered_once(&people[0], &room, &bot_id, &sent, Duration::from_secs(300)).await;
    assert_eq!(
        count_ideas(&sqlite_url(dir.path()), "Burst").await,
        (300, 300),
        "every idea stored once"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn default_rate_limits_are_waited_out_without_losing_replies() {
    // Synapse's default rc_message (0.2/s, burst 10) throttles the bot after ten replies.
    let synapse = Synapse::start(true);
    let dir = tempfile::tempdir().unwrap();
    let (lotse, bot_id, people, room) = bot_in_room(&synapse, dir.path(), &["anna", "ben", "carla"], &[]).await;
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
