//! The common shape of the burst and fault tests: the bot and some people in one room, and the
//! checks that every command got exactly one reply and stored exactly one idea.

use super::{LotseProcess, ReceivedMessage, Synapse, TestUser, WAIT};
use matrix_sdk::ruma::{OwnedEventId, OwnedRoomId, RoomId};
use std::collections::{HashMap, HashSet};
use std::path::Path;
use std::time::Duration;

pub const BOT_PASSWORD: &str = "lotse-password";

/// Starts the bot (with `extra_env` overrides) and puts it and `users` into one plain room;
/// returns once a first `!hilfe` was answered. The first user creates the room.
pub async fn bot_in_room(
    synapse: &Synapse,
    data_dir: &Path,
    users: &[&str],
    extra_env: &[(&str, &str)],
) -> (LotseProcess, String, Vec<TestUser>, OwnedRoomId) {
    let bot_id = synapse.register("lotse", BOT_PASSWORD, false).await;
    // LOTSE_TEST_BOT_LOG sets the bot's log filter when investigating a failure.
    let log = std::env::var("LOTSE_TEST_BOT_LOG").unwrap_or_else(|_| "info".into());
    let mut env: Vec<(&str, &str)> = vec![("LOTSE_LOG", &log)];
    env.extend_from_slice(extra_env);
    let lotse = LotseProcess::start(synapse, "lotse", BOT_PASSWORD, &env, data_dir);
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
    people[0].send_text(&room, "!hilfe").await;
    people[0].wait_for_notices(&room, &bot_id, 1, WAIT).await;
    (lotse, bot_id, people, room)
}

/// Waits until `user` has seen one reply per command in `sent`, asserts that they answer exactly
/// those commands, each once, and that nothing more follows within 3 s.
pub async fn expect_each_answered_once(
    user: &TestUser,
    room: &RoomId,
    bot_id: &str,
    sent: &[OwnedEventId],
    timeout: Duration,
) {
    let replies = user.wait_for_notices(room, bot_id, sent.len(), timeout).await;
    assert_each_answered_once(sent, &replies);
    user.assert_no_messages(room, bot_id, Duration::from_secs(3)).await;
}

/// Asserts that `replies` answer exactly the commands in `sent`, each once.
pub fn assert_each_answered_once(sent: &[OwnedEventId], replies: &[ReceivedMessage]) {
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

/// (ideas, distinct titles) among the ideas whose title starts with `prefix`, in the database at `url`.
pub async fn count_ideas(url: &str, prefix: &str) -> (i64, i64) {
    sqlx::any::install_default_drivers();
    let pool = sqlx::AnyPool::connect(url).await.expect("open the bot's database");
    let counts: (i64, i64) = sqlx::query_as("SELECT COUNT(*), COUNT(DISTINCT title) FROM ideas WHERE title LIKE $1")
        .bind(format!("{prefix}%"))
        .fetch_one(&pool)
        .await
        .expect("count ideas");
    pool.close().await;
    counts
}

/// The URL of the SQLite database a test bot keeps in `data_dir`.
pub fn sqlite_url(data_dir: &Path) -> String {
    format!("sqlite://{}/lotse.sqlite", data_dir.display())
}
