//! Core tests for training reminders and evidence: reminder times in UTC across the daylight
//! saving changes, reminders composed when they fire (moved, cancelled, already begun), the
//! under-half-full notice to the strategy room, attendance with refresher dates and reminders,
//! `!kompetenz` per Fachbereich and `!meine-daten`. The clock is moved by hand. SQLite and PostgreSQL.

use crate::corekit::team::{ANNA, BEN, BERLIN, dms_to, send};
use crate::corekit::{STRATEGY_ROOM, TEAM, TestBot, backends};
use lotse::bot::calendar::months_later;
use lotse::bot::types::{Destination, Outbound};
use lotse::clock::Clock;
use lotse::reminders::pending_for;

const CARLA: &str = "@carla:example.org";

fn at(rfc3339: &str) -> i64 {
    chrono::DateTime::parse_from_rfc3339(rfc3339)
        .unwrap()
        .timestamp_millis()
}

async fn plan(t: &TestBot, when: &str, seats: i64) -> String {
    t.one(
        TEAM,
        &format!("!schulung neu KI-Grundlagen | 1 | {when} | 90 min | Raum 1.23 | {seats}"),
    )
    .await
}

async fn pending_times(t: &TestBot, id: i64) -> Vec<(String, i64)> {
    pending_for(t.store(), &format!("training:{id}"))
        .await
        .unwrap()
        .into_iter()
        .map(|p| (p.reminder.kind, p.reminder.due_at))
        .collect()
}

#[tokio::test]
async fn reminders_are_planned_in_local_time_across_daylight_saving_changes() {
    for t in backends().await {
        // Monday 29.03.2027 09:00 CEST (the clocks went forward on Sunday 28.03.).
        plan(&t, "29.03.2027 09:00", 10).await;
        assert_eq!(
            pending_times(&t, 1).await,
            vec![
                ("training_low_signups".to_string(), at("2027-03-22T08:00:00Z")), // 09:00 CET
                ("training".to_string(), at("2027-03-28T07:00:00Z")),             // 09:00 CEST
                ("training".to_string(), at("2027-03-29T06:00:00Z")),
            ],
            "on {}",
            t.backend
        );
        // Sunday 28.03.2027 09:00 CEST: the day before at 09:00 CET is only 23 hours earlier.
        plan(&t, "28.03.2027 09:00", 10).await;
        assert_eq!(pending_times(&t, 2).await[1].1, at("2027-03-27T08:00:00Z"));
        // Sunday 31.10.2027 09:00 CET: the day before at 09:00 CEST is 25 hours earlier.
        plan(&t, "31.10.2027 09:00", 10).await;
        assert_eq!(pending_times(&t, 3).await[1].1, at("2027-10-30T07:00:00Z"));
        assert_eq!(pending_times(&t, 3).await[2].1, at("2027-10-31T07:00:00Z"));
    }
}

#[tokio::test]
async fn reminders_are_composed_when_they_fire_from_the_current_training() {
    for t in backends().await {
        plan(&t, "12.03.2027 14:00", 10).await;
        t.say(ANNA, "!anmelden #1").await;
        t.say(BEN, "!sprache en").await;
        t.say(BEN, "!anmelden #1").await;

        // A week before: 2 of 10 seats taken, the strategy room hears of it.
        let out = t.fire_at(at("2027-03-05T13:00:00Z")).await;
        assert_eq!(out.len(), 1, "{out:#?}");
        assert_eq!(out[0].destination, Destination::Room(STRATEGY_ROOM.into()));
        assert!(out[0].body.contains("2 von 10 Plätzen belegt"), "{}", out[0].body);

        // A day before, to each participant in their language.
        let out = t.fire_at(at("2027-03-11T13:00:00Z")).await;
        assert_eq!(out.len(), 2, "{out:#?}");
        assert!(dms_to(&out, ANNA)[0].body.contains("Erinnerung: Ihre Schulung #1"));
        assert!(dms_to(&out, BEN)[0].body.contains("Reminder: your training #1"));

        // Moved by a week: participants are told; the old hour reminder is gone, new ones planned.
        let out = send(&t, TEAM, "!schulung #1 ändern datum 19.03.2027 14:00").await;
        assert!(dms_to(&out, ANNA)[0].body.contains("neuen Termin: 19.03.2027 14:00"));
        let times: Vec<i64> = pending_times(&t, 1).await.into_iter().map(|(_, at)| at).collect();
        assert_eq!(
            times,
            vec![
                at("2027-03-12T13:00:00Z"),
                at("2027-03-18T13:00:00Z"),
                at("2027-03-19T12:00:00Z")
            ]
        );
        assert!(
            t.fire_at(at("2027-03-12T13:00:00Z")).await.len() == 1,
            "still under half full"
        );

        // The bot was down until after the start: nothing is sent any more.
        let out = t.fire_at(at("2027-03-19T13:30:00Z")).await;
        assert!(out.is_empty(), "{out:#?}");
        assert!(pending_times(&t, 1).await.is_empty());
    }
}

#[tokio::test]
async fn after_downtime_only_the_latest_reminder_is_sent_and_a_full_enough_training_is_no_news() {
    for t in backends().await {
        plan(&t, "12.03.2027 14:00", 2).await;
        t.say(ANNA, "!anmelden #1").await;
        // Half full a week before: the strategy room is not bothered.
        assert!(t.fire_at(at("2027-03-05T13:00:00Z")).await.is_empty());
        // Down from before the day-before reminder until half an hour before the start.
        let out = t.fire_at(at("2027-03-12T12:30:00Z")).await;
        assert_eq!(out.len(), 1, "{out:#?}");
        assert!(out[0].body.contains("Bald geht es los"), "{}", out[0].body);
    }
}

#[tokio::test]
async fn a_cancelled_training_sends_no_reminders_even_if_rows_were_left() {
    for t in backends().await {
        plan(&t, "12.03.2027 14:00", 2).await;
        t.say(ANNA, "!anmelden #1").await;
        t.say(TEAM, "!schulung #1 absagen").await;
        // Even a reminder row that survived (e.g. written by an older version) finds it cancelled.
        let reminder = lotse::reminders::Reminder {
            due_at: at("2027-03-11T13:00:00Z"),
            kind: "training".into(),
            record_key: "training:1".into(),
            payload: serde_json::json!({"training": 1, "starts_at": at("2027-03-12T13:00:00Z"), "stage": "day"}),
        };
        let mut tx = t.store().begin().await.unwrap();
        lotse::reminders::schedule(&mut tx, &reminder, t.clock.now_ms())
            .await
            .unwrap();
        tx.commit().await.unwrap();
        assert!(t.fire_at(at("2027-03-11T13:00:00Z")).await.is_empty());
    }
}

#[tokio::test]
async fn attendance_is_evidence_with_a_refresher_due_after_the_configured_months() {
    for t in backends().await {
        t.say(ANNA, "!fachbereich Bürgerservice").await;
        t.say(BEN, "!fachbereich Bauamt").await;
        plan(&t, "12.03.2027 14:00", 10).await;
        t.say(ANNA, "!anmelden #1").await;
        t.say(BEN, "!anmelden #1").await;
        assert!(t.one(TEAM, "!teilnahme #1 alle").await.contains("noch nicht begonnen"));

        t.clock.advance_ms(at("2027-03-12T15:00:00Z") - t.clock.now_ms());
        let reply = t.one(TEAM, "!teilnahme #1 alle").await;
        assert!(
            reply.contains("erfasst (2): @anna:example.org, @ben:example.org"),
            "{reply}"
        );
        assert!(reply.contains("Auffrischung fällig ab 12.03.2028"), "{reply}");
        // One unclear name and nothing is recorded; without it the rest is.
        let reply = t.one(TEAM, &format!("!teilnahme #1 {CARLA} {ANNA} anna")).await;
        assert!(
            reply.contains("Ich habe noch nichts erfasst: anna kann ich keiner Person"),
            "{reply}"
        );
        let reply = t.one(TEAM, &format!("!teilnahme #1 {CARLA} {ANNA}")).await;
        assert!(reply.contains("erfasst (1): @carla:example.org"), "{reply}");
        assert!(reply.contains("Bereits erfasst: @anna:example.org"), "{reply}");

        let due = months_later(at("2027-03-12T13:00:00Z"), 12, BERLIN);
        let pending = pending_for(t.store(), "refresher:grundlagen:@anna:example.org")
            .await
            .unwrap();
        assert_eq!(pending.iter().map(|p| p.reminder.due_at).collect::<Vec<_>>(), vec![due]);

        let report = t.one(TEAM, "!kompetenz").await;
        assert!(
            report.contains("Bauamt: 1 Person geschult – Grundlagen 1 · Auffrischung fällig: 0"),
            "{report}"
        );
        assert!(report.contains("Bürgerservice: 1 Person geschult"), "{report}");
        assert!(report.contains("ohne Fachbereich: 1 Person geschult"), "{report}");
        let detail = t.one(TEAM, "!kompetenz bürgerservice").await;
        assert!(
            detail.contains("@anna:example.org: Grundlagen am 12.03.2027, Auffrischung ab 12.03.2028"),
            "{detail}"
        );

        let mine = t.one(ANNA, "!meine-schulungen").await;
        assert!(mine.contains("Auffrischung fällig ab 12.03.2028"), "{mine}");

        // A year later the refresher reminder reaches each person, once.
        let out = t.fire_at(due).await;
        assert_eq!(out.len(), 3, "{out:#?}");
        assert!(
            dms_to(&out, ANNA)[0]
                .body
                .contains("Jetzt ist eine Auffrischung fällig")
        );
        assert!(t.fire_at(due + 60_000).await.is_empty());
        let report = t.one(TEAM, "!kompetenz").await;
        assert!(
            report.contains("Bauamt: 1 Person geschult – – · Auffrischung fällig: 1"),
            "{report}"
        );
    }
}

#[tokio::test]
async fn a_later_training_of_the_same_level_replaces_the_refresher() {
    let t = TestBot::sqlite().await;
    plan(&t, "12.10.2026 14:00", 10).await;
    plan(&t, "12.01.2027 14:00", 10).await;
    t.clock.advance_ms(at("2026-10-12T15:00:00Z") - t.clock.now_ms());
    t.say(TEAM, &format!("!teilnahme #1 {ANNA}")).await;
    t.clock.advance_ms(at("2027-01-12T15:00:00Z") - t.clock.now_ms());
    t.say(TEAM, &format!("!teilnahme #2 {ANNA}")).await;
    let pending = pending_for(&t.store().clone(), "refresher:grundlagen:@anna:example.org")
        .await
        .unwrap();
    let due = months_later(at("2027-01-12T13:00:00Z"), 12, BERLIN);
    assert_eq!(pending.iter().map(|p| p.reminder.due_at).collect::<Vec<_>>(), vec![due]);
    let mine = t.one(ANNA, "!meine-schulungen").await;
    assert!(
        mine.contains("#2 KI-Grundlagen (Grundlagen) am 12.01.2027 – Auffrischung fällig ab 12.01.2028"),
        "{mine}"
    );
    assert!(
        mine.contains("#1 KI-Grundlagen (Grundlagen) am 12.10.2026\n") || mine.ends_with("am 12.10.2026"),
        "{mine}"
    );
}

#[tokio::test]
async fn my_data_goes_by_dm_and_shows_settings_ideas_and_trainings() {
    for t in backends().await {
        t.say(ANNA, "!fachbereich Bürgerservice").await;
        t.say(ANNA, "!idee Chatbot für das Bürgerbüro").await;
        t.say(BEN, "!idee Posteingang sortieren").await;
        t.say(ANNA, "!unterstütze #2").await;
        t.say(ANNA, "!kommentar #2 Gute Idee").await;
        plan(&t, "12.03.2027 14:00", 1).await;
        plan(&t, "13.03.2027 14:00", 1).await;
        t.say(ANNA, "!anmelden #1").await;
        t.say(BEN, "!anmelden #2").await;
        t.say(ANNA, "!anmelden #2").await;

        let out = send(&t, ANNA, "!meine-daten").await;
        assert_eq!(out.len(), 2, "{out:#?}");
        let room: Vec<&Outbound> = out
            .iter()
            .filter(|m| matches!(m.destination, Destination::Room(_)))
            .collect();
        assert!(room[0].body.contains("im Direktchat geschickt"), "{}", room[0].body);
        assert!(!room[0].body.contains("Chatbot"));
        let dm = &dms_to(&out, ANNA)[0].body;
        for expected in [
            "Sprache: Deutsch (voreingestellt; auf Englisch umstellen mit !sprache en)",
            "Fachbereich: Bürgerservice",
            "#1 Chatbot für das Bürgerbüro (eingereicht)",
            "Sie unterstützen eine Idee und haben einen Kommentar geschrieben.",
            "#1 KI-Grundlagen, 12.03.2027 14:00, Raum 1.23 (angemeldet)",
            "#2 KI-Grundlagen, 13.03.2027 14:00 (Warteliste, Platz 1)",
        ] {
            assert!(dm.contains(expected), "{expected:?} in {dm}");
        }
        assert!(!dm.contains("Posteingang"), "only one's own ideas: {dm}");
        // Settings first, then each area in the order of help, the footer last.
        let positions: Vec<usize> = [
            "Sprache:",
            "Fachbereich:",
            "Ihre Idee:",
            "Sie unterstützen",
            "Rundtische:",
            "Bedenken unter Ihrem Namen:",
            "Schulungen:",
            "Fragen zu Ihren Daten",
        ]
        .iter()
        .map(|part| dm.find(part).unwrap_or_else(|| panic!("{part:?} in {dm}")))
        .collect();
        assert!(positions.is_sorted(), "{positions:?} in {dm}");

        // In a DM the answer is the reply itself.
        let replies = t.dm(BEN, "meine-daten").await;
        assert_eq!(replies.len(), 1, "{replies:?}");
        assert!(
            replies[0].contains("Ihre Ideen: keine") || replies[0].contains("Posteingang sortieren"),
            "{replies:?}"
        );
    }
}

#[tokio::test]
async fn my_trainings_lists_an_attended_training_once_under_completed() {
    for t in backends().await {
        plan(&t, "12.03.2027 14:00", 10).await;
        plan(&t, "19.03.2027 14:00", 10).await;
        t.say(ANNA, "!anmelden #1").await;
        t.say(ANNA, "!anmelden #2").await;
        // Half an hour into training #1: the team records attendance while it is still running.
        t.clock.advance_ms(at("2027-03-12T13:30:00Z") - t.clock.now_ms());
        let recorded = t.one(TEAM, &format!("!teilnahme #1 {ANNA}")).await;
        assert!(recorded.contains("erfasst"), "{recorded}");

        let mine = t.one(ANNA, "!meine-schulungen").await;
        assert_eq!(mine.matches("#1 ").count(), 1, "training #1 once: {mine}");
        let (upcoming, completed) = mine
            .split_once("Abgeschlossene Schulungen:")
            .unwrap_or_else(|| panic!("a completed section: {mine}"));
        assert!(
            upcoming.contains("#2 KI-Grundlagen, 19.03.2027 14:00, Raum 1.23 (angemeldet)"),
            "{mine}"
        );
        assert!(!upcoming.contains("#1 "), "{mine}");
        assert!(
            completed.contains("#1 KI-Grundlagen (Grundlagen) am 12.03.2027"),
            "{mine}"
        );

        t.say(TEAM, &format!("!teilnahme #1 {BEN}")).await;
        let report = t.one(TEAM, "!kompetenz").await;
        assert!(report.contains("ohne Fachbereich: 2 Personen geschult"), "{report}");

        // With only the attended training left, there is no sign-up section at all.
        t.say(ANNA, "!abmelden #2").await;
        let mine = t.one(ANNA, "!meine-schulungen").await;
        assert!(!mine.contains("Ihre Anmeldungen"), "{mine}");
        assert_eq!(mine.matches("#1 ").count(), 1, "{mine}");
    }
}

#[tokio::test]
async fn the_under_half_full_notice_counts_a_single_seat_in_words() {
    for t in backends().await {
        plan(&t, "12.03.2027 14:00", 1).await;
        let out = t.fire_at(at("2027-03-05T13:00:00Z")).await;
        assert_eq!(out.len(), 1, "{out:#?}");
        assert!(out[0].body.contains("0 von einem Platz belegt"), "{}", out[0].body);
    }
}
