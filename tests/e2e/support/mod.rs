//! Shared harness for end-to-end tests: a real Synapse, Matrix test users and the `lotse` binary.
#![allow(dead_code, unused_imports)]

mod lotse;
mod postgres;
mod received;
pub mod scenario;
mod send;
mod synapse;
mod user;

pub use lotse::LotseProcess;
pub use postgres::PrivatePostgres;
pub use received::{ReceivedMessage, ReceivedNotice};
pub use synapse::Synapse;
pub use user::TestUser;

use std::path::PathBuf;
use std::time::Duration;

/// The repository root (where Cargo.toml and scripts/ live).
pub fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Server name of every test homeserver.
pub const SERVER_NAME: &str = "localhost";

/// `@localpart:localhost`, or `name` unchanged when it already is a full user id.
pub fn user_id(name: &str) -> String {
    if name.starts_with('@') {
        name.to_string()
    } else {
        format!("@{name}:{SERVER_NAME}")
    }
}

/// Default timeout for waiting on the bot in e2e tests.
pub const WAIT: Duration = Duration::from_secs(30);

/// Every person sends `per_user` texts `"{prefix} {person}-{i}"` into the room, all people at
/// once; returns the event ids of everything sent.
pub async fn send_burst(
    people: &[TestUser],
    room: &matrix_sdk::ruma::RoomId,
    per_user: usize,
    prefix: &str,
) -> Vec<matrix_sdk::ruma::OwnedEventId> {
    let sends = people.iter().enumerate().map(|(u, person)| async move {
        let mut ids = vec![];
        for i in 0..per_user {
            ids.push(person.send_text(room, &format!("{prefix} {u}-{i}")).await);
        }
        ids
    });
    futures_util::future::join_all(sends)
        .await
        .into_iter()
        .flatten()
        .collect()
}
