//! Crash test: during a burst of 500 `!idee` from 5 users the bot is killed with SIGKILL at random
//! moments and restarted, five times. Afterwards every command has exactly one stored idea and
//! exactly one reply (read back from the homeserver), and a guided dialog begun before survives.

use crate::support::scenario::{count_ideas, sqlite_url};
use crate::support::{self, LotseProcess, Synapse, TestUser, WAIT};
use rand::Rng;
use std::collections::HashMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

const USERS: usize = 5;
const PER_USER: usize = 100;
const KILLS: usize = 5;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigkill_during_a_burst_loses_nothing_and_answers_nothing_twice() {
    let synapse = Synapse::start(false);
    let dir = tempfile::tempdir().unwrap();
    let bot_id = synapse.register("lotse", "lotse-password", false).await;
    // Debug logs of the bot's own code name every committed event and sent reply, so a lost
    // command can be traced in the log the failure message points to.
    let lotse = LotseProcess::start(
        &synapse,
        "lotse",
        "lotse-password",
        &[("LOTSE_LOG", "info,lotse=debug")],
        dir.path(),
    );
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
    let lost: Vec<&str> = sent
        .iter()
        .map(|e| e.as_str())
        .filter(|e| !per_command.contains_key(e))
        .collect();
    let twice: Vec<&&str> = per_command.iter().filter(|(_, n)| **n > 1).map(|(e, _)| e).collect();
    if !lost.is_empty() || !twice.is_empty() {
        let kept = dir.keep();
        let log = std::fs::read_to_string(kept.join("lotse.log")).unwrap_or_default();
        for id in lost.iter().chain(twice.iter().copied()) {
            eprintln!("--- log lines naming {id} ---");
            log.lines().filter(|l| l.contains(id)).for_each(|l| eprintln!("{l}"));
        }
        panic!(
            "after {KILLS} SIGKILLs: lost {lost:?}, answered twice {twice:?}; bot data and log kept in {}",
            kept.display()
        );
    }

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

    let stored = count_ideas(&sqlite_url(dir.path()), "Absturz ").await;
    assert_eq!(stored, (500, 500), "every command stored exactly once");
}

/// The narrowest crash window: the SDK has stored a sync response, Lotse has not processed it.
/// After the restart the SDK ignores that same response ("same sync response twice"); the
/// command in it must still be answered, once.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_crash_between_the_sdk_storing_a_sync_and_lotse_processing_it_loses_nothing() {
    let synapse = Synapse::start(false);
    let dir = tempfile::tempdir().unwrap();
    let bot_id = synapse.register("lotse", "lotse-password", false).await;
    let fault = [("LOTSE_FAULT_ABORT_ON_TEXT", "Absturzfenster")];
    let mut lotse = LotseProcess::start(&synapse, "lotse", "lotse-password", &fault, dir.path());
    let anna = TestUser::new(&synapse, "anna").await;
    let room = anna.create_room("Fenster", false, &[bot_id.as_str()]).await;
    anna.wait_for_member(&room, &bot_id, WAIT).await;
    anna.send_text(&room, "!hilfe").await;
    anna.wait_for_notices(&room, &bot_id, 1, WAIT).await;

    let before = anna.send_text(&room, "!idee Vor dem Absturzfenster").await;
    let deadline = std::time::Instant::now() + WAIT;
    while lotse.is_running() {
        assert!(
            std::time::Instant::now() < deadline,
            "the fault injection did not abort the bot"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let after = anna.send_text(&room, "!idee Nach dem Absturz").await;
    lotse.set_env("LOTSE_FAULT_ABORT_ON_TEXT", "");
    lotse.restart();

    let replies = anna.wait_for_notices(&room, &bot_id, 2, Duration::from_secs(60)).await;
    let answered: Vec<_> = replies.iter().filter_map(|r| r.in_reply_to.clone()).collect();
    assert_eq!(answered, vec![before.to_string(), after.to_string()]);
    anna.assert_no_messages(&room, &bot_id, Duration::from_secs(3)).await;
    assert!(
        lotse.log().contains("stopped inside a sync batch"),
        "the recovery path ran"
    );
    assert_eq!(count_ideas(&sqlite_url(dir.path()), "").await, (2, 2));
}
