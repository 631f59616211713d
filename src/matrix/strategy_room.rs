//! Keeps the core's team roster in step with the strategy room: its joined members whose power
//! level is at least 50, read by user id from the room state that the sync keeps current, and
//! the room's name, which the refusal of a team command names as the place to ask.

use super::events::Shared;
use matrix_sdk::RoomMemberships;
use matrix_sdk::ruma::{Int, OwnedRoomId, RoomId};

/// Power level from which a strategy-room member belongs to the team (Matrix's "moderator").
const TEAM_POWER_LEVEL: u8 = 50;

/// The configured strategy room, if any.
pub(super) struct StrategyRoom {
    room_id: Option<OwnedRoomId>,
}

impl StrategyRoom {
    pub(super) fn new(configured: Option<&str>) -> StrategyRoom {
        let room_id = configured.and_then(|id| match RoomId::parse(id) {
            Ok(id) => Some(id),
            Err(e) => {
                // check-config validates the id; this only guards against a config that skipped it.
                tracing::error!(room = id, error = %e, "access.strategy_room is not a room id; it grants nothing");
                None
            }
        });
        StrategyRoom { room_id }
    }

    /// True if a sync touching these rooms may have changed who is on the team.
    pub(super) fn concerns<'a>(&self, mut rooms: impl Iterator<Item = &'a OwnedRoomId>) -> bool {
        self.room_id.as_ref().is_some_and(|id| rooms.any(|r| r == id))
    }

    /// Reads the room's members and power levels and hands the team and the room's name to the
    /// core. When the bot is not (or no longer) in the room, the room grants nothing and has no
    /// name; when the store cannot be read, the previous roster stays.
    pub(super) async fn refresh(&self, shared: &Shared) {
        let Some(room_id) = &self.room_id else {
            return;
        };
        let roster = shared.bot.team_roster();
        let Some(room) = shared
            .client
            .get_room(room_id)
            .filter(|r| r.state() == matrix_sdk::RoomState::Joined)
        else {
            tracing::warn!("the bot is not in the strategy room; only access.team counts as team");
            roster.set_strategy_room_members([]);
            roster.set_strategy_room_name(None);
            return;
        };
        // `m.room.name` only: a name computed from the members ("Anna and 3 others") would tell
        // nobody where to ask.
        roster.set_strategy_room_name(room.name());
        match room.members(RoomMemberships::JOIN).await {
            Ok(members) => {
                let threshold = Int::from(TEAM_POWER_LEVEL);
                let team: Vec<String> = members
                    .iter()
                    .filter(|m| m.user_id().as_str() != shared.me && m.power_level() >= threshold)
                    .map(|m| m.user_id().to_string())
                    .collect();
                tracing::debug!(room = %room_id, team = ?team, "team roster from the strategy room");
                roster.set_strategy_room_members(team);
            }
            Err(e) => {
                tracing::warn!(error = %e, "cannot read the strategy room's members; keeping the previous team")
            }
        }
    }
}
