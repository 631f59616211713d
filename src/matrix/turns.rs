//! Which conversation the sender serves next: the turns the outbox gave it, in order, minus those
//! already being served (asked again when their turn ends) and those resting after a turn that
//! crashed (so a message that crashes the sender is not retried in a tight loop).

use std::collections::{HashMap, HashSet, VecDeque};
use std::hash::Hash;
use std::time::{Duration, Instant};

/// How long a conversation rests after its turn crashed.
const REST: Duration = Duration::from_secs(5);

/// The sender's schedule; `K` names a running turn (its task).
pub(super) struct Turns<K> {
    queue: VecDeque<String>,
    serving: HashMap<K, String>,
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
    pub(super) fn replace(&mut self, turns: Vec<String>) {
        self.queue = turns.into();
    }

    /// The next conversation to serve, if any is queued that is neither served nor resting.
    pub(super) fn next(&mut self, now: Instant) -> Option<String> {
        self.resting.retain(|_, since| now.duration_since(*since) < REST);
        while let Some(conversation) = self.queue.pop_front() {
            if self.serving.values().any(|c| *c == conversation) {
                self.asked_again.insert(conversation);
            } else if !self.resting.contains_key(&conversation) {
                return Some(conversation);
            }
        }
        None
    }

    pub(super) fn started(&mut self, turn: K, conversation: String) {
        self.serving.insert(turn, conversation);
    }

    /// A turn ended (`crashed`: abnormally). True if the outbox should be asked for turns again:
    /// nothing is queued any more, or the conversation had come up again meanwhile.
    pub(super) fn ended(&mut self, turn: &K, crashed: bool, now: Instant) -> bool {
        let Some(conversation) = self.serving.remove(turn) else {
            return self.queue.is_empty();
        };
        if crashed {
            self.resting.insert(conversation.clone(), now);
        }
        self.asked_again.remove(&conversation) || self.queue.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn turns(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn turns_come_in_order_and_skip_what_is_being_served() {
        let now = Instant::now();
        let mut t: Turns<u32> = Turns::new();
        t.replace(turns(&["a", "b", "c"]));
        assert_eq!(t.next(now).as_deref(), Some("a"));
        t.started(1, "a".into());
        t.replace(turns(&["a", "c"]));
        assert_eq!(t.next(now).as_deref(), Some("c"), "a is being served");
        t.started(2, "c".into());
        assert_eq!(t.next(now), None);
        // "a" came up again while served: its end asks for turns again, though others wait.
        t.replace(turns(&["b"]));
        assert!(t.ended(&1, false, now));
        assert!(!t.ended(&2, false, now), "b is still queued");
        assert_eq!(t.next(now).as_deref(), Some("b"));
        assert!(
            t.ended(&3, false, now),
            "an unknown turn only asks when nothing is queued"
        );
    }

    #[test]
    fn a_crashed_turn_rests_before_it_is_served_again() {
        let now = Instant::now();
        let mut t: Turns<u32> = Turns::new();
        t.replace(turns(&["a"]));
        let a = t.next(now).unwrap();
        t.started(1, a);
        assert!(t.ended(&1, true, now));
        t.replace(turns(&["a", "b"]));
        assert_eq!(t.next(now).as_deref(), Some("b"), "a rests");
        t.replace(turns(&["a"]));
        assert_eq!(t.next(now + REST).as_deref(), Some("a"), "and is served after its rest");
    }
}
