//! Who belongs to the strategy team: the configured user ids plus the live set of members with
//! power level >= 50 in the strategy room, which the transport refreshes after every sync, with
//! the room's name (a refusal tells people to ask there).

use std::collections::HashSet;
use std::sync::{Arc, RwLock};

/// The strategy team, compared by user id only (never by display name); cheap to clone, and all
/// clones share the same live room set.
#[derive(Debug, Clone, Default)]
pub struct TeamRoster {
    configured: Arc<HashSet<String>>,
    strategy_room: Arc<RwLock<HashSet<String>>>,
    strategy_room_name: Arc<RwLock<Option<String>>>,
}

/// Longest room name quoted in a reply.
const MAX_ROOM_NAME_CHARS: usize = 80;

impl TeamRoster {
    /// A roster with the user ids from the configuration (`access.team`).
    pub fn new(configured: impl IntoIterator<Item = String>) -> TeamRoster {
        TeamRoster {
            configured: Arc::new(configured.into_iter().collect()),
            strategy_room: Arc::default(),
            strategy_room_name: Arc::default(),
        }
    }

    /// Replaces the live set: the user ids with power level >= 50 in the strategy room.
    /// The Matrix adapter calls this after every sync that may have changed the room's state.
    pub fn set_strategy_room_members(&self, user_ids: impl IntoIterator<Item = String>) {
        let fresh: HashSet<String> = user_ids.into_iter().collect();
        let mut live = self
            .strategy_room
            .write()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        *live = fresh;
    }

    /// Sets the strategy room's name as people see it in their room list (`m.room.name`), or
    /// None when it has none or the bot is not in it. The Matrix adapter calls this with
    /// `set_strategy_room_members`. Line breaks become spaces; a long name is shortened.
    pub fn set_strategy_room_name(&self, name: Option<String>) {
        let name = name
            .map(|n| n.split_whitespace().collect::<Vec<_>>().join(" "))
            .filter(|n| !n.is_empty())
            .map(|n| {
                if n.chars().count() > MAX_ROOM_NAME_CHARS {
                    let mut short: String = n.chars().take(MAX_ROOM_NAME_CHARS).collect();
                    short.push('…');
                    short
                } else {
                    n
                }
            });
        *self
            .strategy_room_name
            .write()
            .unwrap_or_else(|poisoned| poisoned.into_inner()) = name;
    }

    /// The strategy room's name, if the adapter knows one.
    pub fn strategy_room_name(&self) -> Option<String> {
        self.strategy_room_name
            .read()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .clone()
    }

    /// True if `user_id` (exactly, as Matrix sends it) belongs to the strategy team.
    pub fn is_member(&self, user_id: &str) -> bool {
        self.configured.contains(user_id)
            || self
                .strategy_room
                .read()
                .unwrap_or_else(|poisoned| poisoned.into_inner())
                .contains(user_id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn configured_and_live_members_count_and_clones_share_the_live_set() {
        let roster = TeamRoster::new(["@ki:example.org".to_string()]);
        let adapter_side = roster.clone();
        assert!(roster.is_member("@ki:example.org"));
        assert!(!roster.is_member("@cdo:example.org"));
        adapter_side.set_strategy_room_members(["@cdo:example.org".to_string()]);
        assert!(roster.is_member("@cdo:example.org"));
        adapter_side.set_strategy_room_members(Vec::new());
        assert!(!roster.is_member("@cdo:example.org"));
        assert!(roster.is_member("@ki:example.org"), "configured members stay");
    }

    #[test]
    fn the_room_name_is_one_short_line_and_clones_share_it() {
        let roster = TeamRoster::default();
        let adapter_side = roster.clone();
        assert_eq!(roster.strategy_room_name(), None);
        adapter_side.set_strategy_room_name(Some("  KI-\nStrategieteam ".into()));
        assert_eq!(roster.strategy_room_name().as_deref(), Some("KI- Strategieteam"));
        adapter_side.set_strategy_room_name(Some("x".repeat(200)));
        assert_eq!(
            roster.strategy_room_name().unwrap().chars().count(),
            MAX_ROOM_NAME_CHARS + 1
        );
        adapter_side.set_strategy_room_name(Some("   ".into()));
        assert_eq!(roster.strategy_room_name(), None);
    }

    #[test]
    fn only_the_exact_user_id_counts() {
        let roster = TeamRoster::new(["@ki:example.org".to_string()]);
        for lookalike in [
            "@KI:example.org",
            "@ki:example.org ",
            "ki",
            "@ki:evil.example",
            "@kі:example.org",
        ] {
            assert!(!roster.is_member(lookalike), "{lookalike}");
        }
    }
}
