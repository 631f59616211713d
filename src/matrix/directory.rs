//! The rooms' members for the core (`people::Directory`): whom a display name in a command means.

use crate::bot::people::{Directory, Member, MembersFuture};
use matrix_sdk::ruma::RoomId;
use matrix_sdk::{Client, RoomMemberships};

#[derive(Debug)]
pub(super) struct RoomMembers {
    pub(super) client: Client,
}

impl Directory for RoomMembers {
    fn members<'a>(&'a self, room_id: &'a str) -> MembersFuture<'a> {
        Box::pin(async move {
            let Some(room) = RoomId::parse(room_id).ok().and_then(|id| self.client.get_room(&id)) else {
                return Vec::new();
            };
            // Loads the member list from the homeserver once if the sync left it incomplete.
            match room.members(RoomMemberships::JOIN | RoomMemberships::INVITE).await {
                Ok(members) => members
                    .iter()
                    .map(|m| Member {
                        user_id: m.user_id().to_string(),
                        display_name: m.display_name().map(str::to_owned),
                    })
                    .collect(),
                Err(e) => {
                    tracing::warn!(error = %e, "cannot read a room's members; names in commands are not looked up");
                    Vec::new()
                }
            }
        })
    }
}
