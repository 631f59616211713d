//! Core tests for trainings: planning (dialog and one line), permissions, sign-up with capacity and
//! waiting list, promotion by DM, capacity changes, closing at the start, cancellation notices,
//! and the last seat taken by two people at the same moment. SQLite and PostgreSQL.

use crate::corekit::team::{ANNA, BEN, dms_to, send};
use crate::corekit::{self, ROOM, TEAM, TestBot, backends};
use lotse::bot::types::Outbound;

const CARLA: &str = "@carla:example.org";
const DORA: &str = "@dora:example.org";
const HOUR_MS: i64 = 3_600_000;

/// Plans training `title` on 12.03.2027 14:00 with `seats`; returns the reply.
async fn plan(t: &TestBot, title: &str, seats: i64) -> String {
    t.one(
        TEAM,
        &format!("!schulung neu {title} | grundlagen | 12.03.2027 14:00 | 1,5 h | Raum 1.23 | {seats}"),
    )
    .await
}

async fn state_count(t: &TestBot, id: i64, state: &str) -> i64 {
    let (n,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM training_participants WHERE training_id = $1 AND state = $2")
            .bind(id)
            .bind(state)
            .fetch_one(t.store().pool())
            .await
            .unwrap();
    n
}

fn bodies(messages: &[&Outbound]) -> Vec<String> {
    messages.iter().map(|m| m.body.clone()).collect()
}

#[tokio::test]
async fn the_team_plans_a_training_in_a_dialog_that_checks_every_answer() {
    for t in backends().await {
        assert!(t.one(TEAM, "!schulung neu").await.contains("Titel"));
        assert!(t.one(TEAM, "KI im Bürgerbüro").await.contains("1 Grundlagen"));
        assert!(t.one(TEAM, "7").await.contains("Diese Stufe kenne ich nicht"));
        assert!(t.one(TEAM, "Rolle Nutzen").await.contains("Wann beginnt"));
        assert!(t.one(TEAM, "morgen früh").await.contains("12.03.2027 14:00"));
        assert!(t.one(TEAM, "01.01.2020 10:00").await.contains("in der Zukunft"));
        assert!(t.one(TEAM, "12.03.2027 14:00").await.contains("Wie lange"));
        assert!(t.one(TEAM, "ziemlich lang").await.contains("1,5 h"));
        assert!(t.one(TEAM, "90 min").await.contains("Wo findet"));
        assert!(t.one(TEAM, "https://meet.example.org/ki").await.contains("Plätze"));
        assert!(t.one(TEAM, "null").await.contains("ganze Zahl"));
        assert!(t.one(TEAM, "20").await.contains("Fachbereiche"));
        let created = t.one(TEAM, "Bürgerservice, Bauamt").await;
        assert!(created.contains("Schulung #1 ist geplant"), "{created}");
        assert!(created.contains("Rolle Nutzen · 12.03.2027 14:00 (1,5 h)"), "{created}");
        assert!(created.contains("Für: Bürgerservice, Bauamt"), "{created}");
        // The dialog is over: a plain message is no answer any more.
        assert_eq!(t.count("SELECT COUNT(*) FROM dialogs").await, 0);

        let one_line = plan(&t, "Grundlagen KI", 10).await;
        assert!(one_line.contains("Schulung #2 ist geplant"), "{one_line}");
        let bad = t.one(TEAM, "!schulung neu Nur | zwei").await;
        assert!(bad.contains("sechs oder sieben Angaben"), "{bad}");
        let shown = t.one(TEAM, "!schulung #2").await;
        assert!(shown.contains("Angemeldet (0 von 10)"), "{shown}");
        assert!(
            t.one(TEAM, "!schulung #99")
                .await
                .contains("Eine Schulung #99 gibt es nicht")
        );
    }
}

#[tokio::test]
async fn team_commands_are_refused_to_employees_who_can_still_sign_up() {
    for t in backends().await {
        plan(&t, "Grundlagen KI", 10).await;
        for command in [
            "!schulung neu",
            "!schulung #1",
            "!schulung #1 absagen",
            "!teilnahme #1 alle",
            "!kompetenz",
        ] {
            let reply = t.one(ANNA, command).await;
            assert!(
                reply.contains("ist dem Strategieteam vorbehalten"),
                "{command}: {reply}"
            );
        }
        assert_eq!(t.count("SELECT COUNT(*) FROM trainings").await, 1);
        let list = t.one(ANNA, "!schulungen").await;
        assert!(
            list.contains("#1 Grundlagen KI – Grundlagen – 12.03.2027 14:00, Raum 1.23 – 10 von 10 Plätzen frei"),
            "{list}"
        );
        assert!(t.one(ANNA, "!anmelden #1").await.contains("Sie sind angemeldet"));
        let public = t.one(BEN, "!schulungen #1").await;
        assert!(
            public.contains("9 von 10 Plätzen frei") && !public.contains(ANNA),
            "{public}"
        );
    }
}

#[tokio::test]
async fn a_full_training_has_a_waiting_list_whose_first_moves_up_when_a_seat_frees() {
    for t in backends().await {
        plan(&t, "Grundlagen KI", 2).await;
        assert!(t.one(ANNA, "!anmelden #1").await.contains("Sie sind angemeldet"));
        assert!(t.one(ANNA, "!anmelden #1").await.contains("bereits angemeldet"));
        assert!(t.one(BEN, "!anmelden #1").await.contains("Sie sind angemeldet"));
        let waiting = t.one(CARLA, "!anmelden #1").await;
        assert!(waiting.contains("Warteliste an Platz 1"), "{waiting}");
        assert!(t.one(DORA, "!anmelden #1").await.contains("Warteliste an Platz 2"));
        assert!(
            t.one(DORA, "!anmelden #1")
                .await
                .contains("bereits auf der Warteliste, an Platz 2")
        );
        assert!(
            t.one(ANNA, "!schulungen")
                .await
                .contains("ausgebucht, 2 Personen auf der Warteliste")
        );

        let out = send(&t, BEN, "!abmelden #1").await;
        let promoted = bodies(&dms_to(&out, CARLA));
        assert_eq!(promoted.len(), 1, "{out:#?}");
        assert!(
            promoted[0].contains("Sie sind jetzt für die Schulung #1"),
            "{promoted:?}"
        );
        assert!(dms_to(&out, DORA).is_empty());
        assert_eq!(
            (
                state_count(&t, 1, "angemeldet").await,
                state_count(&t, 1, "warteliste").await
            ),
            (2, 1)
        );
        let mine = t.one(DORA, "!meine-schulungen").await;
        assert!(mine.contains("(Warteliste, Platz 1)"), "{mine}");
        assert!(t.one(BEN, "!abmelden #1").await.contains("nicht angemeldet"));

        // Leaving the waiting list frees no seat and tells nobody.
        let out = send(&t, DORA, "!abmelden #1").await;
        assert_eq!(out.len(), 1, "{out:#?}");
        assert!(out[0].body.contains("nicht mehr auf der Warteliste"));
        assert!(t.one(ANNA, "!anmelden #abc").await.contains("keine gültige Nummer"));
        assert!(t.one(ANNA, "!anmelden").await.contains("z. B. !anmelden #3"));
    }
}

#[tokio::test]
async fn raising_capacity_promotes_and_lowering_below_the_signed_up_count_is_refused() {
    for t in backends().await {
        plan(&t, "Grundlagen KI", 2).await;
        for user in [ANNA, BEN, CARLA, DORA] {
            t.say(user, "!anmelden #1").await;
        }
        let refused = t.one(TEAM, "!schulung #1 ändern plätze 1").await;
        assert!(refused.contains("schon 2 Personen angemeldet"), "{refused}");
        let out = send(&t, TEAM, "!schulung #1 ändern plätze 3").await;
        assert_eq!(bodies(&dms_to(&out, CARLA)).len(), 1, "{out:#?}");
        assert!(dms_to(&out, DORA).is_empty());
        assert_eq!(state_count(&t, 1, "angemeldet").await, 3);
        let changed = t.one(TEAM, "!schulung #1 ändern titel KI-Grundlagen für alle").await;
        assert!(changed.contains("KI-Grundlagen für alle"), "{changed}");
        let usage = t.one(TEAM, "!schulung #1 ändern farbe blau").await;
        assert!(usage.contains("Was soll sich ändern?"), "{usage}");

        // A new place is told to everyone signed up or waiting.
        let out = send(&t, TEAM, "!schulung #1 ändern ort Ratssaal").await;
        for user in [ANNA, BEN, CARLA, DORA] {
            let dm = bodies(&dms_to(&out, user));
            assert!(dm.len() == 1 && dm[0].contains("Ratssaal"), "{user}: {dm:?}");
        }
    }
}

#[tokio::test]
async fn sign_up_closes_when_the_training_starts() {
    for t in backends().await {
        plan(&t, "Grundlagen KI", 5).await;
        t.say(ANNA, "!anmelden #1").await;
        let (starts_at,): (i64,) = sqlx::query_as("SELECT starts_at FROM trainings WHERE id = 1")
            .fetch_one(t.store().pool())
            .await
            .unwrap();
        t.clock.advance_ms(starts_at - corekit::START_MS - HOUR_MS);
        assert!(t.one(BEN, "!anmelden #1").await.contains("Sie sind angemeldet"));
        t.clock.advance_ms(HOUR_MS);
        assert!(
            t.one(CARLA, "!anmelden #1")
                .await
                .contains("Anmeldung für Schulung #1 ist geschlossen")
        );
        assert!(t.one(ANNA, "!abmelden #1").await.contains("schon begonnen"));
        assert!(!t.one(ANNA, "!schulungen").await.contains("#1"));
    }
}

#[tokio::test]
async fn cancelling_tells_everyone_signed_up_or_waiting_and_drops_the_reminders() {
    for t in backends().await {
        plan(&t, "Grundlagen KI", 1).await;
        t.say(ANNA, "!anmelden #1").await;
        t.say(BEN, "!anmelden #1").await;
        t.say(BEN, "!sprache en").await;
        assert!(
            !lotse::reminders::pending_for(t.store(), "training:1")
                .await
                .unwrap()
                .is_empty()
        );
        let out = send(&t, TEAM, "!schulung #1 absagen Referentin erkrankt").await;
        let to_anna = bodies(&dms_to(&out, ANNA));
        assert!(
            to_anna.len() == 1 && to_anna[0].contains("abgesagt. Grund: Referentin erkrankt"),
            "{to_anna:?}"
        );
        let to_ben = bodies(&dms_to(&out, BEN));
        assert!(
            to_ben.len() == 1 && to_ben[0].contains("has been cancelled"),
            "{to_ben:?}"
        );
        assert!(dms_to(&out, CARLA).is_empty());
        let reply = out.iter().find(|m| m.body.contains("ist abgesagt")).expect("a reply");
        assert!(reply.body.contains("allen 2 Angemeldeten"), "{}", reply.body);
        assert!(
            lotse::reminders::pending_for(t.store(), "training:1")
                .await
                .unwrap()
                .is_empty()
        );
        assert!(t.one(CARLA, "!anmelden #1").await.contains("ist abgesagt"));
        assert!(t.one(TEAM, "!schulung #1 absagen").await.contains("ist abgesagt"));
        assert!(t.one(ANNA, "!schulungen").await.contains("keine Schulungen geplant"));
    }
}

/// Handles `inbound`, retrying while the database reports a conflict (what the transport does).
async fn handle_retrying(t: &TestBot, inbound: lotse::bot::types::Inbound) {
    for _ in 0..20 {
        match t.bot.handle(&inbound).await {
            Ok(_) => return,
            Err(_) => tokio::time::sleep(std::time::Duration::from_millis(20)).await,
        }
    }
    panic!("{} could not be handled on {}", inbound.event_id, t.backend);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_people_taking_the_last_seat_at_once_get_one_seat_and_one_waiting_place() {
    for t in backends().await {
        for round in 1..=5_i64 {
            plan(&t, &format!("Runde {round}"), 2).await;
            t.say(ANNA, &format!("!anmelden #{round}")).await;
            let message = |user: &str| t.message(user, ROOM, false, format!("!anmelden #{round}"));
            let (first, second) = (message(BEN), message(CARLA));
            tokio::join!(handle_retrying(&t, first), handle_retrying(&t, second));
            assert_eq!(
                (
                    state_count(&t, round, "angemeldet").await,
                    state_count(&t, round, "warteliste").await
                ),
                (2, 1),
                "round {round} on {}",
                t.backend
            );
        }
    }
}

#[tokio::test]
async fn seats_and_the_waiting_list_are_counted_in_words_that_fit_the_number() {
    for t in backends().await {
        let one = plan(&t, "Einzelberatung KI", 1).await;
        assert!(
            one.contains("Raum 1.23 · 1 Platz") && !one.contains("1 Plätze"),
            "{one}"
        );
        let twelve = plan(&t, "Grundlagen KI", 12).await;
        assert!(twelve.contains("Raum 1.23 · 12 Plätze"), "{twelve}");

        let list = t.one(ANNA, "!schulungen").await;
        assert!(list.contains("Raum 1.23 – 1 Platz, noch frei"), "{list}");
        assert!(list.contains("Raum 1.23 – 12 von 12 Plätzen frei"), "{list}");

        // The single seat taken: nobody waits yet, then one person, then two.
        t.say(ANNA, "!anmelden #1").await;
        assert!(
            t.one(BEN, "!schulungen")
                .await
                .contains("ausgebucht, Warteliste noch leer"),
            "no one waiting"
        );
        t.say(BEN, "!anmelden #1").await;
        let list = t.one(CARLA, "!schulungen").await;
        assert!(list.contains("ausgebucht, 1 Person auf der Warteliste"), "{list}");
        t.say(CARLA, "!anmelden #1").await;
        let list = t.one(DORA, "!schulungen").await;
        assert!(list.contains("ausgebucht, 2 Personen auf der Warteliste"), "{list}");

        // Nine of twelve seats taken, then eleven.
        for n in 1..=9 {
            t.say(&format!("@person{n}:example.org"), "!anmelden #2").await;
        }
        assert!(t.one(ANNA, "!schulungen #2").await.contains("3 von 12 Plätzen frei"));
        for n in 10..=11 {
            t.say(&format!("@person{n}:example.org"), "!anmelden #2").await;
        }
        assert!(t.one(ANNA, "!schulungen #2").await.contains("1 von 12 Plätzen frei"));

        // Fewer seats than people signed up: the reply counts both right.
        let refused = t.one(TEAM, "!schulung #2 ändern plätze 1").await;
        assert!(
            refused.contains("sind schon 11 Personen angemeldet, ein Platz reicht also nicht"),
            "{refused}"
        );
        assert!(
            refused.contains("mindestens 11 Plätze, z. B. !schulung #2 ändern plätze 11"),
            "{refused}"
        );
        let refused = t.one(TEAM, "!schulung #2 ändern plätze 5").await;
        assert!(refused.contains("5 Plätze reichen also nicht"), "{refused}");

        // The same in English.
        t.say(DORA, "!sprache en").await;
        let list = t.one(DORA, "!trainings").await;
        assert!(list.contains("fully booked, 2 people on the waiting list"), "{list}");
        assert!(list.contains("1 of 12 seats free"), "{list}");
        let shown = t.one(DORA, "!trainings #1").await;
        assert!(
            shown.contains("Raum 1.23 · 1 seat") && !shown.contains("1 seats"),
            "{shown}"
        );
        plan(&t, "Offene Sprechstunde", 2).await;
        let list = t.one(DORA, "!trainings").await;
        assert!(list.contains("2 of 2 seats free"), "{list}");
        t.say(DORA, "!signup #3").await;
        t.say(ANNA, "!anmelden #3").await;
        t.say(BEN, "!anmelden #3").await;
        let list = t.one(DORA, "!trainings").await;
        assert!(list.contains("fully booked, 1 person on the waiting list"), "{list}");
    }
}
