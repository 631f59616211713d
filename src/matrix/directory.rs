//! The rooms' members for the core (`people::Directory`): whom a display name in a command means.

use crate::bot::people::{Directory, Member, MembersFuture};
use matrix_sdk::ruma::RoomId;
use matrix_sdk::{Client, RoomMemberships};
use std::time::Duration;

/// How long a command waits for a room's member list the first time it is loaded.
const MEMBERS_WAIT: Duration = Duration::from_secs(5);

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
            // Loads the member list from the homeserver once if the sync left it incomplete; the
            // command waits inside its transaction, so not for long.
            let loading = room.members(RoomMemberships::JOIN | RoomMemberships::INVITE);
            match tokio::time::timeout(MEMBERS_WAIT, loading).await {
                Err(_) => {
                    tracing::warn!("a room's member list did not arrive in time; names in commands are not looked up");
                    Vec::new()
                }
                Ok(Ok(members)) => members
                    .iter()
                    .map(|m| Member {
                        user_id: m.user_id().to_string(),
                        display_name: m.display_name().map(str::to_owned),
                    })
                    .collect(),
                Ok(Err(e)) => {
                    tracing::warn!(error = %e, "cannot read a room's members; names in commands are not looked up");
                    Vec::new()
                }
            }
        })
    }
}
