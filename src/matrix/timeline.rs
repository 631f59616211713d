//! The events of one room in one sync batch, complete and in order: fills a gappy ("limited")
//! timeline from /messages back to the previous sync position, and cuts away everything from
//! before the bot joined the room.

use super::convert::is_fresh_join_of;
use super::events::Shared;
use super::retry::{Backoff, Failure, classify, retry_db};
use matrix_sdk::Room;
use matrix_sdk::deserialized_responses::TimelineEvent;
use matrix_sdk::room::MessagesOptions;
use matrix_sdk::ruma::UInt;
use matrix_sdk::sync::Timeline;
use serde_json::Value;

/// Most /messages pages fetched to fill one gap (each up to `PAGE_SIZE` events): 20,000 events,
/// far more than a room sees while the bot is down for a day; the cap bounds memory.
const MAX_PAGES: usize = 200;
const PAGE_SIZE: u32 = 100;

/// Key of the server timestamp of the bot's join to a room (absent: not yet known). Join times
/// live in the Matrix client's own store beside the rooms they describe, so Lotse's database
/// names no room it is merely in: a direct chat's id would point at a person.
fn joined_at_key(room_id: &str) -> Vec<u8> {
    format!("lotse_room_joined_at:{room_id}").into_bytes()
}

pub(super) async fn saved_join_time(shared: &Shared, room_id: &str) -> anyhow::Result<Option<i64>> {
    let value = shared
        .client
        .state_store()
        .get_custom_value(&joined_at_key(room_id))
        .await?;
    Ok(value
        .and_then(|v| String::from_utf8(v).ok())
        .and_then(|v| v.parse::<i64>().ok()))
}

async fn save_join_time(shared: &Shared, room_id: &str, ts: i64) -> anyhow::Result<()> {
    let key = joined_at_key(room_id);
    shared
        .client
        .state_store()
        .set_custom_value_no_read(&key, ts.to_string().into_bytes())
        .await?;
    Ok(())
}

/// Forgets when the bot joined `room_id`, so a later re-join learns its join time afresh.
pub(super) async fn forget_join_time(shared: &Shared, room_id: &str) {
    if let Err(e) = shared
        .client
        .state_store()
        .remove_custom_value(&joined_at_key(room_id))
        .await
    {
        tracing::warn!(error = %e, "could not reset a room's join time");
    }
}

/// The event JSON of a timeline event, if it is readable.
pub(super) fn json_of(event: &TimelineEvent) -> Option<Value> {
    serde_json::from_str(event.raw().json().get()).ok()
}

pub(super) fn timestamp_of(json: &Value) -> Option<i64> {
    json.get("origin_server_ts").and_then(Value::as_i64)
}

/// The earliest server time an event may have to count (0: no bound known). Learned from the
/// bot's own membership event once, then kept in the client's store. None if shutdown came first.
pub(super) async fn join_bound(shared: &Shared, room: &Room) -> Option<i64> {
    let room_id = room.room_id().as_str();
    if let Some(ts) = retry_db(&shared.stop, || saved_join_time(shared, room_id)).await? {
        return Some(ts);
    }
    let member = match room.get_member_no_sync(room.own_user_id()).await {
        Ok(member) => member,
        Err(e) => {
            tracing::debug!(room = %room.room_id(), error = %e, "own membership not in the store");
            None
        }
    };
    let joined = member.filter(|m| m.membership() == &matrix_sdk::ruma::events::room::member::MembershipState::Join);
    let Some(ts) = joined
        .and_then(|m| m.event().timestamp())
        .and_then(|ts| i64::try_from(u64::from(ts)).ok())
    else {
        return Some(0);
    };
    tracing::debug!(room = %room.room_id(), joined_at = ts, "recorded when the bot joined");
    retry_db(&shared.stop, || save_join_time(shared, room_id, ts)).await?;
    Some(ts)
}

/// The batch's events for `room`, preceded by the events of the gap if the timeline is limited,
/// without anything from before the bot's join. None if shutdown came while filling the gap.
pub(super) async fn collect(
    shared: &Shared,
    room: &Room,
    timeline: &Timeline,
    since: &str,
    joined_at: i64,
) -> Option<Vec<TimelineEvent>> {
    let joins_here = timeline
        .events
        .iter()
        .any(|e| json_of(e).is_some_and(|j| is_fresh_join_of(&j, &shared.me)));
    let mut events = Vec::new();
    match (&timeline.prev_batch, timeline.limited && !joins_here) {
        (Some(prev_batch), true) => events = backfill(shared, room, prev_batch, since, joined_at).await?,
        (None, true) => {
            tracing::warn!("gappy timeline without prev_batch; cannot fill the gap")
        }
        _ => {}
    }
    events.extend(timeline.events.iter().cloned());
    Some(after_own_join(events, &shared.me))
}

/// The events of `room` between sync positions `since` and `until`, oldest first, without
/// anything from before the bot's join. None if shutdown came first.
pub(super) async fn between(
    shared: &Shared,
    room: &Room,
    since: &str,
    until: &str,
    joined_at: i64,
) -> Option<Vec<TimelineEvent>> {
    let events = backfill(shared, room, until, since, joined_at).await?;
    Some(after_own_join(events, &shared.me))
}

/// Drops every event up to and including the bot's latest fresh join: older ones are history.
pub(super) fn after_own_join(events: Vec<TimelineEvent>, me: &str) -> Vec<TimelineEvent> {
    let last_join = events
        .iter()
        .rposition(|e| json_of(e).is_some_and(|j| is_fresh_join_of(&j, me)));
    match last_join {
        Some(index) => events.into_iter().skip(index + 1).collect(),
        None => events,
    }
}

/// Pages backwards from `prev_batch` to `since` (the position the previous batch ended at) and
/// returns the gap's events oldest first. Stops early at the bot's join or at older events.
async fn backfill(
    shared: &Shared,
    room: &Room,
    prev_batch: &str,
    since: &str,
    joined_at: i64,
) -> Option<Vec<TimelineEvent>> {
    let mut newest_first: Vec<TimelineEvent> = Vec::new();
    let mut from = prev_batch.to_string();
    let mut backoff = Backoff::standard();
    let mut pages = 0;
    loop {
        if pages == MAX_PAGES {
            tracing::warn!(
                room = %room.room_id(), events = newest_first.len(),
                "the gap in this room is larger than the backfill limit; its oldest messages are not processed"
            );
            break;
        }
        let mut options = MessagesOptions::backward().from(from.as_str());
        options.to = Some(since.to_string());
        options.limit = UInt::from(PAGE_SIZE);
        let page = match room.messages(options).await {
            Ok(page) => page,
            Err(e) => match classify(&e) {
                Failure::Permanent => {
                    tracing::warn!(error = %e, "cannot read the gap's history; skipping it");
                    break;
                }
                Failure::RateLimited(wait) => {
                    if shared.stop.sleep(wait.unwrap_or_else(|| backoff.next_delay())).await {
                        return None;
                    }
                    continue;
                }
                Failure::Transient => {
                    let wait = backoff.next_delay();
                    tracing::warn!(error = %e, wait_s = wait.as_secs(), "filling a gap failed; retrying");
                    if shared.stop.sleep(wait).await {
                        return None;
                    }
                    continue;
                }
            },
        };
        pages += 1;
        backoff.reset();
        let mut done = page.chunk.is_empty() || page.end.is_none();
        for event in page.chunk {
            let json = json_of(&event);
            let is_join = json.as_ref().is_some_and(|j| is_fresh_join_of(j, &shared.me));
            let too_old = json.as_ref().and_then(timestamp_of).is_some_and(|ts| ts < joined_at);
            if too_old {
                done = true;
                break;
            }
            newest_first.push(event);
            if is_join {
                done = true;
                break;
            }
        }
        match page.end {
            Some(end) if !done => from = end,
            _ => break,
        }
    }
    tracing::info!(events = newest_first.len(), pages, "filled a gap in the timeline");
    newest_first.reverse();
    Some(newest_first)
}

#[cfg(test)]
mod tests {
    use super::*;
    use matrix_sdk::ruma::serde::Raw;
    use serde_json::json;

    fn event(value: Value) -> TimelineEvent {
        let raw = Raw::from_json_string(value.to_string()).unwrap_or_else(|_| Raw::from_json(Default::default()));
        TimelineEvent::from_plaintext(raw)
    }

    fn ids(events: &[TimelineEvent]) -> Vec<String> {
        events
            .iter()
            .filter_map(|e| e.event_id().map(|id| id.to_string()))
            .collect()
    }

    #[test]
    fn history_before_the_bots_join_is_dropped() {
        let me = "@lotse:example.org";
        let events = vec![
            event(json!({"type": "m.room.message", "event_id": "$old:x", "sender": "@a:x", "content": {}})),
            event(
                json!({"type": "m.room.member", "event_id": "$join:x", "sender": me, "state_key": me,
                         "content": {"membership": "join"}}),
            ),
            event(json!({"type": "m.room.message", "event_id": "$new:x", "sender": "@a:x", "content": {}})),
        ];
        assert_eq!(ids(&after_own_join(events.clone(), me)), vec!["$new:x"]);
        assert_eq!(ids(&after_own_join(events, "@other:x")).len(), 3);
    }
}
