//! Shared harness for end-to-end tests: a real Synapse, Matrix test users and the `lotse` binary.
#![allow(dead_code, unused_imports)]

mod lotse;
mod received;
mod send;
mod synapse;
mod user;

pub use lotse::LotseProcess;
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
