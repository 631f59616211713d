//! Which conversation the sender serves next: the turns the outbox gave it, in order, minus those
//! already being served (asked again when their turn ends) and those resting after a turn that
//! crashed (so a message that crashes the sender is not retried in a tight loop); and, when every
//! regular place is taken, the first turn of a room or person with nothing in flight.

use crate::store::Turn;
use std::collections::{HashMap, HashSet, VecDeque};
use std::hash::Hash;
use std::time::{Duration, Instant};

/// How long a conversation rests after its turn crashed.
const REST: Duration = Duration::from_secs(5);

/// The sender's schedule; `K` names a running turn (its task).
pub(super) struct Turns<K> {
    queue: VecDeque<Turn>,
    serving: HashMap<K, Turn>,
    /// Conversations whose turn came up again while they were being served: they may have new
    /// messages the running turn did not see any more.
    asked_again: HashSet<String>,
    resting: HashMap<String, Instant>,
}

impl<K: Eq + Hash> Turns<K> {
    pub(super) fn new() -> Turns<K> {
        Turns {
            queue: VecDeque::new(),
            serving: HashMap::new(),
            asked_again: HashSet::new(),
            resting: HashMap::new(),
        }
    }

    /// The outbox's turns, as `Store::outbox_turns` gave them, replace those still queued.
    pub(super) fn replace(&mut self, turns: Vec<Turn>) {
        self.queue = turns.into();
    }

    /// The next turn to serve, if any is queued whose conversation is neither served nor resting.
    pub(super) fn next(&mut self, now: Instant) -> Option<Turn> {
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

    /// The first queued turn whose recipient has nothing in flight, out of order: for the places
    /// kept free of floods, so that a room or person waiting for nothing else is served at once.
    pub(super) fn next_for_idle_recipient(&mut self, now: Instant) -> Option<Turn> {
        self.resting.retain(|_, since| now.duration_since(*since) < REST);
        let at = self.queue.iter().position(|turn| {
            !self.serving.values().any(|s| s.recipient == turn.recipient)
                && !self.resting.contains_key(&turn.conversation)
        })?;
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
