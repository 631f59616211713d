//! Who belongs to the strategy team: the configured user ids plus the live set of members with
//! power level >= 50 in the strategy room, which the transport refreshes after every sync.

use std::collections::HashSet;
use std::sync::{Arc, RwLock};

/// The strategy team, compared by user id only (never by display name); cheap to clone, and all
/// clones share the same live room set.
#[derive(Debug, Clone, Default)]
pub struct TeamRoster {
    configured: Arc<HashSet<String>>,
    strategy_room: Arc<RwLock<HashSet<String>>>,
}

impl TeamRoster {
    /// A roster with the user ids from the configuration (`access.team`).
    pub fn new(configured: impl IntoIterator<Item = String>) -> TeamRoster {
        TeamRoster {
            configured: Arc::new(configured.into_iter().collect()),
            strategy_room: Arc::default(),
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
