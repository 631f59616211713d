//! Which conversation the sender serves next, in which place and for how many messages: the turns
//! the outbox gave it, in order, minus those already being served (asked again when their turn
//! ends) and those resting after a turn that crashed (so a message that crashes the sender is not
//! retried in a tight loop); and, when every regular place is taken, one message for a room or
//! person with nothing in flight, the one served longest ago first.

use crate::store::Turn;
use std::collections::{HashMap, HashSet, VecDeque};
use std::hash::Hash;
use std::time::{Duration, Instant};

/// How long a conversation rests after its turn crashed.
const REST: Duration = Duration::from_secs(5);

/// Conversations served at the same time; within one conversation messages keep their order.
/// Measured with scripts/bench: with 8, a 3,000-command burst into 20 rooms was answered at 0.68×
/// the rate Synapse accepted it; with 24 at 0.92× (the homeserver itself is then the limit).
const PARALLEL_CONVERSATIONS: usize = 24;

/// Places beyond those, kept for a room or person with nothing in flight: while a flood takes
/// every regular place, a caseworker's single question in another room still goes out at once.
const KEPT_FREE: usize = 2;

/// Every place, regular and kept free.
pub(super) const PLACES: usize = PARALLEL_CONVERSATIONS + KEPT_FREE;

/// Messages a turn in a regular place sends at most; then the conversation waits for its next
/// turn, so that one long backlog (notices to one person, a room's timeline) holds a place only
/// for a while. A turn in a place kept free sends one, so that the place is soon free again.
const MESSAGES_PER_TURN: usize = 10;

/// How long the sender remembers when it last served a room or person.
const REMEMBERED: Duration = Duration::from_secs(600);

/// A turn to start, and how many messages it may send.
pub(super) struct Start {
    pub(super) turn: Turn,
    pub(super) messages: usize,
}

/// The sender's schedule; `K` names a running turn (its task).
pub(super) struct Turns<K> {
    queue: VecDeque<Turn>,
    serving: HashMap<K, Turn>,
    /// Conversations whose turn came up again while they were being served: they may have new
    /// messages the running turn did not see any more.
    asked_again: HashSet<String>,
    resting: HashMap<String, Instant>,
    /// When each recipient's last turn ended (for `REMEMBERED`).
    last_served: HashMap<String, Instant>,
}

impl<K: Eq + Hash> Turns<K> {
    pub(super) fn new() -> Turns<K> {
        Turns {
            queue: VecDeque::new(),
            serving: HashMap::new(),
            asked_again: HashSet::new(),
            resting: HashMap::new(),
            last_served: HashMap::new(),
        }
    }

    /// The turn to start while `in_flight` turns run: in a regular place while one is free, else
    /// in a place kept free. More rooms flooding than there are places would otherwise take the
    /// kept places too, for whole turns, ahead of a quiet room's single reply.
    pub(super) fn next_start(&mut self, in_flight: usize, now: Instant) -> Option<Start> {
        if in_flight < PARALLEL_CONVERSATIONS {
            let turn = self.next(now)?;
            Some(Start {
                turn,
                messages: MESSAGES_PER_TURN,
            })
        } else if in_flight < PLACES {
            let turn = self.next_for_idle_recipient(now)?;
            Some(Start { turn, messages: 1 })
        } else {
            None
        }
    }

    /// The outbox's turns, as `Store::outbox_turns` gave them, replace those still queued.
    pub(super) fn replace(&mut self, turns: Vec<Turn>) {
        self.queue = turns.into();
    }

    /// The next turn to serve, if any is queued whose conversation is neither served nor resting.
    fn next(&mut self, now: Instant) -> Option<Turn> {
        self.resting.retain(|_, since| now.duration_since(*since) < REST);
        while let Some(turn) = self.queue.pop_front() {
            if self.is_served(&turn) {
                self.asked_again.insert(turn.conversation);
            } else if !self.resting.contains_key(&turn.conversation) {
                return Some(turn);
            }
        }
        None
    }

    /// A queued turn whose recipient has nothing in flight, out of order: the recipient served
    /// longest ago (or never), then the first in the queue. For the places kept free of floods, so
    /// that a room or person waiting for nothing else is served at once.
    fn next_for_idle_recipient(&mut self, now: Instant) -> Option<Turn> {
        self.resting.retain(|_, since| now.duration_since(*since) < REST);
        let at = self
            .queue
            .iter()
            .enumerate()
            .filter(|(_, turn)| {
                !self.serving.values().any(|s| s.recipient == turn.recipient)
                    && !self.resting.contains_key(&turn.conversation)
            })
            .min_by_key(|(at, turn)| (self.last_served.get(&turn.recipient).copied(), *at))
            .map(|(at, _)| at)?;
        self.queue.remove(at)
    }

    fn is_served(&self, turn: &Turn) -> bool {
        self.serving.values().any(|s| s.conversation == turn.conversation)
    }

    pub(super) fn started(&mut self, task: K, turn: Turn) {
        self.serving.insert(task, turn);
    }

    /// A turn ended (`crashed`: abnormally). True if the outbox should be asked for turns again:
    /// nothing is queued any more, or the conversation had come up again meanwhile.
    pub(super) fn ended(&mut self, task: &K, crashed: bool, now: Instant) -> bool {
        let Some(turn) = self.serving.remove(task) else {
            return self.queue.is_empty();
        };
        self.last_served.retain(|_, at| now.duration_since(*at) < REMEMBERED);
        self.last_served.insert(turn.recipient.clone(), now);
        if crashed {
            self.resting.insert(turn.conversation.clone(), now);
        }
        self.asked_again.remove(&turn.conversation) || self.queue.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Turns of conversation `c` in room `r`, written "r/c".
    fn turns(list: &[&str]) -> Vec<Turn> {
        list.iter()
            .map(|s| {
                let (recipient, _) = s.split_once('/').unwrap();
                Turn {
                    conversation: s.to_string(),
                    recipient: recipient.to_string(),
                }
            })
            .collect()
    }

    fn name(turn: Option<Turn>) -> Option<String> {
        turn.map(|t| t.conversation)
    }

    #[test]
    fn turns_come_in_order_and_skip_what_is_being_served() {
        let now = Instant::now();
        let mut t: Turns<u32> = Turns::new();
        t.replace(turns(&["r/a", "r/b", "r/c"]));
        let a = t.next(now).unwrap();
        assert_eq!(a.conversation, "r/a");
        t.started(1, a);
        t.replace(turns(&["r/a", "r/c"]));
        let c = t.next(now).unwrap();
        assert_eq!(c.conversation, "r/c", "r/a is being served");
        t.started(2, c);
        assert_eq!(t.next(now), None);
        // r/a came up again while served: its end asks for turns again, though others wait.
        t.replace(turns(&["r/b"]));
        assert!(t.ended(&1, false, now));
        assert!(!t.ended(&2, false, now), "r/b is still queued");
        assert_eq!(name(t.next(now)).as_deref(), Some("r/b"));
        assert!(
            t.ended(&3, false, now),
            "an unknown turn only asks when nothing is queued"
        );
    }

    #[test]
    fn a_room_with_nothing_in_flight_is_found_past_a_flood() {
        let now = Instant::now();
        let mut t: Turns<u32> = Turns::new();
        t.replace(turns(&["flood/1", "flood/2"]));
        let first = t.next(now).unwrap();
        t.started(1, first);
        t.replace(turns(&["flood/2", "flood/3", "quiet/1", "flood/4"]));
        assert_eq!(name(t.next_for_idle_recipient(now)).as_deref(), Some("quiet/1"));
        assert_eq!(t.next_for_idle_recipient(now), None, "the flood has a turn in flight");
        assert_eq!(
            name(t.next(now)).as_deref(),
            Some("flood/2"),
            "the rest keeps its order"
        );
    }

    #[test]
    fn regular_places_take_whole_turns_and_the_kept_places_one_message_each() {
        let now = Instant::now();
        let mut t: Turns<usize> = Turns::new();
        let rooms: Vec<String> = (0..PLACES + 3).map(|n| format!("room{n}/c")).collect();
        t.replace(turns(&rooms.iter().map(String::as_str).collect::<Vec<_>>()));
        for place in 0..PLACES {
            let start = t.next_start(place, now).expect("a place is free");
            let expected = if place < PARALLEL_CONVERSATIONS {
                MESSAGES_PER_TURN
            } else {
                1
            };
            assert_eq!(start.messages, expected, "place {place}");
            t.started(place, start.turn);
        }
        assert!(t.next_start(PLACES, now).is_none(), "every place is taken");
    }

    #[test]
    fn a_kept_place_goes_to_the_room_served_longest_ago() {
        let now = Instant::now();
        let mut t: Turns<u32> = Turns::new();
        // Two flooding rooms were served just now, the second a second after the first.
        for (task, room) in [(1, "flood1/c"), (2, "flood2/c")] {
            t.replace(turns(&[room]));
            let turn = t.next(now).unwrap();
            t.started(task, turn);
        }
        t.ended(&1, false, now);
        t.ended(&2, false, now + Duration::from_secs(1));
        t.replace(turns(&["flood2/c", "flood1/c", "quiet/c"]));
        let later = now + Duration::from_secs(2);
        assert_eq!(
            name(t.next_for_idle_recipient(later)).as_deref(),
            Some("quiet/c"),
            "never served, though queued last"
        );
        assert_eq!(
            name(t.next_for_idle_recipient(later)).as_deref(),
            Some("flood1/c"),
            "served before flood2"
        );
        // After `REMEMBERED`, what was served is forgotten: the queue's order decides again.
        t.replace(turns(&["flood2/c", "flood1/c"]));
        t.started(3, turns(&["other/c"]).remove(0));
        t.ended(&3, false, now + REMEMBERED + Duration::from_secs(2));
        assert_eq!(name(t.next_for_idle_recipient(later)).as_deref(), Some("flood2/c"));
    }

    #[test]
    fn a_crashed_turn_rests_before_it_is_served_again() {
        let now = Instant::now();
        let mut t: Turns<u32> = Turns::new();
        t.replace(turns(&["r/a"]));
        let a = t.next(now).unwrap();
        t.started(1, a);
        assert!(t.ended(&1, true, now));
        t.replace(turns(&["r/a", "s/b"]));
        assert_eq!(name(t.next(now)).as_deref(), Some("s/b"), "r/a rests");
        t.replace(turns(&["r/a"]));
        assert_eq!(name(t.next_for_idle_recipient(now)), None, "resting, also out of order");
        assert_eq!(
            name(t.next(now + REST)).as_deref(),
            Some("r/a"),
            "and served after its rest"
        );
    }
}
