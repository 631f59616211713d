//! Core tests for the reminder scheduler with re-assessment reminders: they fire 14 days before
//! and on the due date, then weekly while overdue; after downtime an overdue reminder is sent once;
//! a restarted bot sends nothing twice; re-assessing or leaving the cycle drops them. The clock is
//! moved by hand: no test waits for a schedule. SQLite and PostgreSQL.

use crate::corekit::team::{ANNA, BEN, BERLIN, DAY_MS, send as say};
use crate::corekit::{self, START_MS, STRATEGY_ROOM, TEAM, TestBot, backends};
use lotse::bot::Bot;
use lotse::bot::calendar::months_later;
use lotse::bot::types::{Destination, Outbound};
use lotse::reminders::{self, fire_due, next_due_at};
use std::sync::Arc;

/// Fires what is due on `bot` and returns (reminders handled, messages queued by them).
async fn fire(t: &TestBot, bot: &Bot) -> (usize, Vec<Outbound>) {
    let mark = t.max_outbox_id().await;
    let handled = fire_due(bot).await.expect("fire due reminders");
    (handled, t.outbox_after(mark).await)
}

fn to_owner_and_room(messages: &[Outbound]) -> (String, String) {
    assert_eq!(messages.len(), 2, "{messages:#?}");
    let dm = messages
        .iter()
        .find(|m| m.destination == Destination::DirectTo(BEN.into()))
        .expect("a DM to the owner");
    let room = messages
        .iter()
        .find(|m| m.destination == Destination::Room(STRATEGY_ROOM.into()))
        .expect("a message to the strategy room");
    (dm.body.clone(), room.body.clone())
}

/// Idea #1 by Anna, owned by Ben, prioritised now; returns its re-assessment due date.
async fn prioritised_idea(t: &TestBot) -> i64 {
    say(t, ANNA, "!idee Chatbot für das Bürgerbüro").await;
    say(t, TEAM, "!verantwortlich #1 @ben:example.org").await;
    say(t, TEAM, "!status #1 in-pruefung").await;
    say(t, TEAM, "!status #1 priorisiert").await;
    months_later(START_MS, 6, BERLIN)
}

#[tokio::test]
async fn reassessment_reminders_fire_at_their_times_once_across_a_restart_and_weekly_while_overdue() {
    for t in backends().await {
        let due = prioritised_idea(&t).await;
        let notice_at = due - 14 * DAY_MS; // 07.03.2027: no clock change in between
        assert_eq!(next_due_at(t.store()).await.unwrap(), Some(notice_at));
        assert_eq!(fire(&t, &t.bot).await.0, 0, "nothing is due yet");

        t.clock.advance_ms(notice_at - START_MS - 60_000);
        assert_eq!(fire(&t, &t.bot).await.0, 0, "a minute early: nothing");
        t.clock.advance_ms(60_000);
        let (handled, messages) = fire(&t, &t.bot).await;
        assert_eq!(handled, 1);
        let (dm, room) = to_owner_and_room(&messages);
        assert!(dm.contains("#1") && dm.contains("am 21.03.2027"), "{dm}");
        assert!(room.contains("verantwortlich: @ben:example.org"), "{room}");

        // A restart: a new bot over the same database sends nothing twice.
        let restarted = Bot::new(
            t.store().clone(),
            corekit::settings(),
            t.clock.clone() as Arc<dyn lotse::clock::Clock>,
        );
        assert_eq!(fire(&t, &restarted).await.0, 0);

        t.clock.advance_ms(due - notice_at);
        let (handled, messages) = fire(&t, &restarted).await;
        assert_eq!(handled, 1);
        let (dm, _) = to_owner_and_room(&messages);
        assert!(dm.contains("Heute"), "{dm}");

        // Three weeks of downtime: the overdue reminder comes once, the next a week ahead.
        t.clock.advance_ms(21 * DAY_MS);
        let (handled, messages) = fire(&t, &restarted).await;
        assert_eq!(handled, 1, "one overdue reminder after downtime, not three");
        let (dm, _) = to_owner_and_room(&messages);
        assert!(dm.contains("seit dem 21.03.2027 überfällig"), "{dm}");
        let now = due + 21 * DAY_MS;
        // Four weeks after the due date at the same local time: clocks went forward on 28.03.2027.
        let next_weekly = due + 28 * DAY_MS - 3_600_000;
        assert_eq!(next_due_at(t.store()).await.unwrap(), Some(next_weekly));
        assert!(next_weekly > now);
        assert_eq!(fire(&t, &restarted).await.0, 0);

        // Re-assessed: the old cycle's reminders are gone, the new one starts.
        say(&t, TEAM, "!neubewertet #1 Läuft gut").await;
        let next_due = months_later(now, 6, BERLIN);
        let pending = reminders::pending_for(t.store(), "idea:1:reassessment").await.unwrap();
        let times: Vec<i64> = pending.iter().map(|p| p.reminder.due_at).collect();
        assert_eq!(times, vec![next_due - 14 * DAY_MS, next_due], "on {}", t.backend);

        // Leaving the cycle drops them.
        say(&t, TEAM, "!status #1 zurueckgestellt Kein Budget").await;
        assert_eq!(next_due_at(t.store()).await.unwrap(), None, "on {}", t.backend);
    }
}

#[tokio::test]
async fn a_reminder_made_obsolete_before_it_fires_sends_nothing() {
    for t in backends().await {
        let due = prioritised_idea(&t).await;
        // The use case is re-scored shortly before the notice: a new cycle starts.
        t.clock.advance_ms(due - START_MS - 20 * DAY_MS);
        let full = "wirkung=4 akzeptanz=3 skalierung=5 machbarkeit=2 effizienz=4 buerger=5";
        say(&t, TEAM, &format!("!bewerte #1 {full}")).await;
        t.clock.advance_ms(20 * DAY_MS);
        let (handled, messages) = fire(&t, &t.bot).await;
        assert_eq!((handled, messages.len()), (0, 0), "on {}", t.backend);
    }
}

#[tokio::test]
async fn reminders_go_only_to_the_owner_when_no_strategy_room_is_configured() {
    let mut settings = corekit::settings();
    settings.strategy_room = None;
    let t = TestBot::sqlite_with(settings).await;
    let due = prioritised_idea(&t).await;
    t.clock.advance_ms(due - START_MS);
    let (_, messages) = fire(&t, &t.bot).await;
    let destinations: Vec<_> = messages.iter().map(|m| m.destination.clone()).collect();
    assert_eq!(
        destinations,
        vec![Destination::DirectTo(BEN.into())],
        "upcoming and due, both to Ben"
    );
}
