//! Invites: joins rooms when the inviter is on `access.invite_allowlist` (a user id, or the
//! inviter's server name), declines all others. Failed joins are retried with backoff per room.

use super::events::Shared;
use super::retry::{Backoff, Failure, classify};
use super::timeline;
use matrix_sdk::Room;
use matrix_sdk::ruma::OwnedRoomId;
use std::collections::HashMap;
use std::time::{Duration, Instant};

/// True if an invite from `inviter` may be accepted under `allowlist`.
pub(super) fn allowed(allowlist: &[String], inviter: &str) -> bool {
    let server = inviter.split_once(':').map(|(_, server)| server);
    allowlist.iter().any(|entry| {
        let entry = entry.trim();
        if entry.starts_with('@') {
            entry == inviter
        } else {
            server.is_some_and(|s| s.eq_ignore_ascii_case(entry))
        }
    })
}

pub(super) struct Invites {
    allowlist: Vec<String>,
    /// Rooms whose last attempt failed: when to try again, and the backoff so far.
    retry: HashMap<OwnedRoomId, (Instant, Backoff)>,
}

impl Invites {
    pub(super) fn new(allowlist: &[String]) -> Invites {
        Invites {
            allowlist: allowlist.to_vec(),
            retry: HashMap::new(),
        }
    }

    /// How long until the next join retry is due, if one is waiting.
    pub(super) fn next_retry_in(&self) -> Option<Duration> {
        self.retry
            .values()
            .map(|(at, _)| at.saturating_duration_since(Instant::now()))
            .min()
    }

    /// Answers every open invite the client knows of (new ones and ones that failed before).
    pub(super) async fn handle_pending(&mut self, shared: &Shared) {
        let invited = shared.client.invited_rooms();
        self.retry
            .retain(|id, _| invited.iter().any(|room| room.room_id() == id));
        for room in invited {
            if shared.stop.is_set() {
                return;
            }
            if self
                .retry
                .get(room.room_id())
                .is_some_and(|(at, _)| *at > Instant::now())
            {
                continue;
            }
            self.answer(shared, &room).await;
        }
    }

    async fn answer(&mut self, shared: &Shared, room: &Room) {
        let room_id = room.room_id().to_owned();
        let inviter = match room.invite_details().await {
            Ok(details) => Some(details.inviter_id.to_string()),
            Err(e) => {
                tracing::info!(error = %e, "cannot tell who sent an invite");
                None
            }
        };
        let accept = inviter.as_deref().is_some_and(|who| allowed(&self.allowlist, who));
        let inviter = inviter.unwrap_or_else(|| "unknown".into());
        let result = if accept {
            // Who invited the bot where is personal data: named at debug level only.
            tracing::debug!(room = %room_id, inviter = %inviter, "accepting invite");
            match shared.client.join_room_by_id(&room_id).await {
                Ok(_) => {
                    // The join time is learned from the membership event at the next sync.
                    timeline::forget_join_time(shared, room_id.as_str()).await;
                    tracing::info!("accepted an invite and joined the room");
                    Ok(())
                }
                Err(e) => Err(e),
            }
        } else {
            tracing::info!("declining an invite: the inviter is not on access.invite_allowlist");
            tracing::debug!(room = %room_id, inviter = %inviter, "declined invite");
            room.leave().await
        };
        match result {
            Ok(()) => {
                self.retry.remove(&room_id);
            }
            Err(e) => match classify(&e) {
                Failure::Permanent if accept => {
                    tracing::warn!(error = %e, "cannot join the room; declining the invite");
                    if let Err(e) = room.leave().await {
                        tracing::warn!(error = %e, "declining the invite failed too");
                    }
                    self.retry.remove(&room_id);
                }
                Failure::Permanent => {
                    tracing::warn!(error = %e, "declining the invite failed");
                    self.retry.remove(&room_id);
                }
                Failure::RateLimited(_) | Failure::Transient => {
                    let entry = self
                        .retry
                        .entry(room_id.clone())
                        .or_insert_with(|| (Instant::now(), Backoff::standard()));
                    let wait = match classify(&e) {
                        Failure::RateLimited(Some(wait)) => wait,
                        _ => entry.1.next_delay(),
                    };
                    entry.0 = Instant::now() + wait;
                    tracing::warn!(error = %e, wait_s = wait.as_secs(), "answering the invite failed; will retry");
                }
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn allowlist_matches_users_and_servers() {
        let list = vec!["@chef:rathaus.de".to_string(), "kommune.de".to_string()];
        assert!(allowed(&list, "@chef:rathaus.de"));
        assert!(!allowed(&list, "@praktikant:rathaus.de"));
        assert!(allowed(&list, "@anna:kommune.de"));
        assert!(allowed(&list, "@anna:Kommune.DE"));
        assert!(!allowed(&list, "@anna:evil-kommune.de"));
        assert!(!allowed(&list, "@anna:kommune.de.evil.org"));
        assert!(!allowed(&[], "@anna:kommune.de"));
        assert!(!allowed(&list, "garbage"));
    }
}
