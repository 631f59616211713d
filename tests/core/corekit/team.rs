//! Helpers for the strategy-team tests: messages in the shared room with everything they caused,
//! the one room reply, the DMs to a user, and the stored re-assessment date.

use super::{ROOM, TestBot};
use lotse::bot::types::{Destination, Outbound};

/// A message in the shared room, with all outbound messages it caused (replies and DMs).
pub async fn send(t: &TestBot, user: &str, body: &str) -> Vec<Outbound> {
    let inbound = t.message(user, ROOM, false, body);
    t.event(inbound).await
}

/// The one reply in the room to a message (direct messages it caused are left out).
pub async fn one(t: &TestBot, user: &str, body: &str) -> String {
    let replies: Vec<String> = send(t, user, body)
        .await
        .into_iter()
        .filter(|m| matches!(m.destination, Destination::Room(_)))
        .map(|m| m.body)
        .collect();
    assert_eq!(
        replies.len(),
        1,
        "one reply to {body:?} on {}, got {replies:?}",
        t.backend
    );
    replies.into_iter().next().unwrap()
}

/// The direct messages to `user` among `messages`.
pub fn dms_to<'a>(messages: &'a [Outbound], user: &str) -> Vec<&'a Outbound> {
    messages
        .iter()
        .filter(|m| m.destination == Destination::DirectTo(user.to_string()))
        .collect()
}

/// The bodies of the messages to `room` among `messages`.
pub fn in_room<'a>(messages: &'a [Outbound], room: &str) -> Vec<&'a str> {
    messages
        .iter()
        .filter(|m| m.destination == Destination::Room(room.to_string()))
        .map(|m| m.body.as_str())
        .collect()
}

/// The stored next re-assessment date of idea `id`.
pub async fn next_reassessment(t: &TestBot, id: i64) -> Option<i64> {
    let (at,): (Option<i64>,) = sqlx::query_as("SELECT next_reassessment_at FROM ideas WHERE id = $1")
        .bind(id)
        .fetch_one(t.store().pool())
        .await
        .unwrap();
    at
}

/// One line with every criterion scored.
pub const FULL_SCORE: &str = "wirkung=4 akzeptanz=3 skalierung=5 machbarkeit=2 effizienz=4 buerger=5";
pub const ANNA: &str = "@anna:example.org";
pub const BEN: &str = "@ben:example.org";
/// On the team through power level >= 50 in the strategy room (after `set_strategy_room_members`).
pub const CDO: &str = "@cdo:example.org";
pub const DAY_MS: i64 = 24 * 60 * 60 * 1000;
pub const BERLIN: chrono_tz::Tz = chrono_tz::Europe::Berlin;
