//! Crash test: during a burst of 500 `!idee` from 5 users the bot is killed with SIGKILL at random
//! moments and restarted, five times. Afterwards every command has exactly one stored idea and
//! exactly one reply (read back from the homeserver), and a guided dialog begun before survives.

mod support;

use rand::Rng;
use std::collections::HashMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;
use support::{LotseProcess, Synapse, TestUser, WAIT};

const USERS: usize = 5;
const PER_USER: usize = 100;
const KILLS: usize = 5;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigkill_during_a_burst_loses_nothing_and_answers_nothing_twice() {
    let synapse = Synapse::start(false);
    let dir = tempfile::tempdir().unwrap();
    let bot_id = synapse.register("lotse", "lotse-password", false).await;
    let lotse = LotseProcess::start(&synapse, "lotse", "lotse-password", &[], dir.path());
    let mut people = vec![];
    for i in 0..USERS {
        people.push(TestUser::new(&synapse, &format!("person{i}")).await);
    }
    let others: Vec<&str> = people[1..].iter().map(|p| p.user_id.as_str()).collect();
    let room = people[0]
        .create_room("Absturz", false, &[&[bot_id.as_str()], others.as_slice()].concat())
        .await;
    for person in &people[1..] {
        person.wait_for_invite(WAIT).await;
        person.join(&room).await;
    }
    people[0].wait_for_member(&room, &bot_id, WAIT).await;
    // A dialog begun before the crashes.
    let dialog = people[0].send_text(&room, "!idee").await;
    let question = &people[0].wait_for_notices(&room, &bot_id, 1, WAIT).await[0];
    assert_eq!(question.in_reply_to.as_deref(), Some(dialog.as_str()));

    let lotse = Arc::new(std::sync::Mutex::new(lotse));
    let done = Arc::new(AtomicBool::new(false));
    let killer = {
        let (lotse, done) = (lotse.clone(), done.clone());
        tokio::spawn(async move {
            for _ in 0..KILLS {
                let pause = rand::rng().random_range(500..4_000);
                tokio::time::sleep(Duration::from_millis(pause)).await;
                let mut bot = lotse.lock().unwrap();
                bot.kill();
                bot.restart();
            }
            done.store(true, Ordering::SeqCst);
        })
    };
    let sent = support::send_burst(&people, &room, PER_USER, "!idee Absturz").await;
    killer.await.unwrap();
    assert!(done.load(Ordering::SeqCst));
    assert_eq!(sent.len(), USERS * PER_USER);

    // Every command answered: wait until the homeserver's history holds a reply to each.
    let deadline = std::time::Instant::now() + Duration::from_secs(400);
    let replies = loop {
        let history = people[0].history_messages(&room, &bot_id).await;
        let answered = sent
            .iter()
            .filter(|e| history.iter().any(|m| m.in_reply_to.as_deref() == Some(e.as_str())))
            .count();
        if answered == sent.len() || std::time::Instant::now() > deadline {
            break history;
        }
        tokio::time::sleep(Duration::from_secs(3)).await;
    };
    tokio::time::sleep(Duration::from_secs(5)).await; // a late duplicate would show up now
    let replies = {
        let late = people[0].history_messages(&room, &bot_id).await;
        if late.len() > replies.len() { late } else { replies }
    };
    let mut per_command: HashMap<&str, usize> = HashMap::new();
    for reply in &replies {
        if let Some(target) = reply.in_reply_to.as_deref() {
            *per_command.entry(target).or_default() += 1;
        }
    }
    let lost = sent.iter().filter(|e| !per_command.contains_key(e.as_str())).count();
    let twice = per_command.values().filter(|n| **n > 1).count();
    assert_eq!(
        (lost, twice),
        (0, 0),
        "lost and answered-twice commands after {KILLS} SIGKILLs"
    );

    // The dialog continues where it was.
    for answer in ["Nach dem Absturz", "Die Beschreibung", "Bürgerservice"] {
        people[0].send_text(&room, answer).await;
        tokio::time::sleep(Duration::from_millis(300)).await;
    }
    let last = people[0].send_text(&room, "Weniger Wartezeit").await;
    let deadline = std::time::Instant::now() + WAIT;
    loop {
        let history = people[0].history_messages(&room, &bot_id).await;
        if let Some(reply) = history.iter().find(|m| m.in_reply_to.as_deref() == Some(last.as_str())) {
            assert!(reply.body.contains("Nach dem Absturz"), "{}", reply.body);
            break;
        }
        assert!(std::time::Instant::now() < deadline, "the dialog did not finish");
        tokio::time::sleep(Duration::from_secs(1)).await;
    }

    sqlx::any::install_default_drivers();
    let url = format!("sqlite://{}/lotse.sqlite", dir.path().display());
    let pool = sqlx::AnyPool::connect(&url).await.unwrap();
    let (ideas, distinct): (i64, i64) =
        sqlx::query_as("SELECT COUNT(*), COUNT(DISTINCT title) FROM ideas WHERE title LIKE 'Absturz %'")
            .fetch_one(&pool)
            .await
            .unwrap();
    assert_eq!((ideas, distinct), (500, 500), "every command stored exactly once");
}
