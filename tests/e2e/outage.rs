//! Outages, end to end: Synapse stopped for 20 s in the middle of a burst, and the bot's
//! PostgreSQL stopped for 10 s while commands arrive. The bot keeps running, logs what is wrong,
//! and afterwards every command is answered exactly once and stored exactly once.

use crate::support::scenario::{bot_in_room, count_ideas, expect_each_answered_once, sqlite_url};
use crate::support::{self, PrivatePostgres, Synapse};
use std::time::{Duration, Instant};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_homeserver_outage_of_20_seconds_mid_burst_loses_nothing() {
    let synapse = Synapse::start(false);
    let dir = tempfile::tempdir().unwrap();
    let (mut lotse, bot_id, people, room) = bot_in_room(&synapse, dir.path(), &["anna", "ben", "carla"], &[]).await;

    // The first half arrives; the bot is still working it off when the homeserver goes away.
    let mut sent = support::send_burst(&people, &room, 50, "!idee Ausfall A").await;
    synapse.stop();
    tokio::time::sleep(Duration::from_secs(20)).await;
    assert!(lotse.is_running(), "the bot must survive a homeserver outage");
    synapse.restart();
    sent.extend(support::send_burst(&people, &room, 50, "!idee Ausfall B").await);

    expect_each_answered_once(&people[0], &room, &bot_id, &sent, Duration::from_secs(300)).await;
    assert!(lotse.is_running());
    let log = lotse.log();
    assert!(log.contains("sync failed"), "the outage is logged:\n{log}");
    assert!(log.contains("sync works again"), "the reconnect is logged:\n{log}");
    assert_eq!(count_ideas(&sqlite_url(dir.path()), "Ausfall").await, (300, 300));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_database_outage_of_10_seconds_holds_commands_until_it_is_back() {
    let synapse = Synapse::start(false);
    let postgres = PrivatePostgres::start();
    let dir = tempfile::tempdir().unwrap();
    let url = postgres.url();
    let (mut lotse, bot_id, people, room) =
        bot_in_room(&synapse, dir.path(), &["anna", "ben"], &[("LOTSE_DATABASE_URL", &url)]).await;

    postgres.stop();
    let down_since = Instant::now();
    let mut sent = vec![];
    for i in 0..10 {
        for (u, person) in people.iter().enumerate() {
            sent.push(person.send_text(&room, &format!("!idee Datenbank {u}-{i}")).await);
        }
    }
    // Nothing may be acknowledged while nothing can be stored.
    let remaining = Duration::from_secs(10).saturating_sub(down_since.elapsed());
    people[0].assert_no_messages(&room, &bot_id, remaining).await;
    assert!(lotse.is_running(), "the bot must survive a database outage");
    postgres.start_again();

    expect_each_answered_once(&people[0], &room, &bot_id, &sent, Duration::from_secs(120)).await;
    assert!(lotse.is_running());
    let log = lotse.log();
    assert!(
        // One event alone or the events of one sync batch, depending on how the sync split them.
        [
            "database unavailable",
            "could not process an event",
            "could not process events"
        ]
        .iter()
        .any(|line| log.contains(line)),
        "the outage is logged as an error:\n{log}"
    );
    assert_eq!(count_ideas(&url, "Datenbank").await, (20, 20));
}
