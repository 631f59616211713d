//! Core tests for concerns (Bedenken): anonymous concerns (DM only, nothing identifying stored,
//! the code), the team's list and answers (DM to named submitters, audit), on both backends.

use crate::corekit::concerns::*;
use crate::corekit::team::{ANNA, BEN, dms_to, one, send};
use crate::corekit::{START_MS, TEAM, backends};
use lotse::concerns::codes;

#[tokio::test]
async fn anonymous_concern_in_a_room_is_refused_and_nothing_is_stored() {
    for t in backends().await {
        for line in [
            "!bedenken anonym Mein Vorgesetzter setzt die KI ohne Prüfung ein",
            "!bedenken Anonym: datenschutz: Meine Daten",
            "!bedenken datenschutz: anonym Meine Daten",
            "!concern anonymous privacy: my data",
            "!bedenken anonym",
        ] {
            let out = send(&t, ANNA, line).await;
            assert_eq!(out.len(), 1, "{out:?}");
            assert!(out[0].body.contains("nur im Direktchat"), "{line}: {}", out[0].body);
            assert!(out[0].body.contains("nichts"), "{}", out[0].body);
        }
        assert_eq!(t.count("SELECT COUNT(*) FROM concerns").await, 0);
        assert_eq!(t.count("SELECT COUNT(*) FROM dialogs").await, 0);
    }
}

#[tokio::test]
async fn anonymous_concern_in_a_dm_keeps_nothing_that_identifies_the_person() {
    for t in backends().await {
        one(&t, ANNA, "!idee Chatbot für Anträge").await;
        // One line, with idea and category.
        let (out, event_one) = anna_dm(&t, "!bedenken anonym #1 datenschutz: Ich fürchte um meine Daten").await;
        assert_eq!(out.len(), 1, "{out:?}");
        let reply = &out[0];
        assert!(reply.body.contains("#1 (Datenschutz)"), "{}", reply.body);
        assert!(reply.mentions.is_empty(), "an anonymous reply mentions nobody");
        assert!(reply.subject.is_none(), "nothing ties the reply to the concern");
        let code = code_in(&reply.body);
        assert_eq!(codes::normalise(&code).len(), 10);
        // The guided way, without `!` as usual in a DM.
        let ask = anna_dm_one(&t, "bedenken anonym").await;
        assert!(ask.body.contains("anonym") && ask.mentions.is_empty(), "{}", ask.body);
        let (ask, event_text) = anna_dm(&t, "Die KI-Ergebnisse werden nicht geprüft").await;
        assert!(ask[0].body.contains("Welche Kategorie") && ask[0].mentions.is_empty());
        let (saved, event_category) = anna_dm(&t, "2").await;
        assert!(saved[0].body.contains("#2 (Fehler der KI)"), "{}", saved[0].body);
        let second_code = code_in(&saved[0].body);
        assert_ne!(code, second_code);
        assert_eq!(
            t.count("SELECT COUNT(*) FROM dialogs").await,
            0,
            "the dialog is cleared"
        );

        let values = every_stored_value(&t).await;
        for (column, value) in &values {
            for secret in [ANNA, "anna", ANNA_DM, &event_one, &event_text, &event_category] {
                assert!(
                    !value.contains(secret),
                    "{column} = {value:?} gives away {secret} on {}",
                    t.backend
                );
            }
        }
        let rows: Vec<Traces> =
            sqlx::query_as("SELECT author, room_id, source_event_id, anonymous, created_at FROM concerns")
                .fetch_all(t.store().pool())
                .await
                .unwrap();
        let midnight = lotse::bot::calendar::start_of_day(START_MS, chrono_tz::Europe::Berlin);
        assert_ne!(midnight, START_MS);
        for row in rows {
            assert_eq!(row, (None, None, None, 1, midnight), "only the day is kept");
        }
        // The team sees it as anonymous, never with a name.
        let shown = one(&t, TEAM, "!bedenken #1").await;
        assert!(shown.contains("Anonym eingereicht") && !shown.contains(ANNA), "{shown}");
        assert!(
            shown.contains("Ich fürchte um meine Daten") && shown.contains("Idee #1"),
            "{shown}"
        );
        // Anna cannot open it by number either: it is not tied to her.
        assert!(one(&t, ANNA, "!bedenken #1").await.contains("nicht zeigen"));
        // Answering it writes an audit row about the team member only.
        one(&t, TEAM, "!bedenken antworten #1 Die Daten bleiben im Rechenzentrum.").await;
        let audit: Vec<(String, String, String, String, String)> =
            sqlx::query_as("SELECT actor, action, record_kind, record_ref, COALESCE(event_id, '') FROM audit_log")
                .fetch_all(t.store().pool())
                .await
                .unwrap();
        assert_eq!(audit.len(), 1);
        assert_eq!(
            (&audit[0].0, &audit[0].1, &audit[0].2, &audit[0].3),
            (
                &TEAM.to_string(),
                &"concern_answer".to_string(),
                &"concern".to_string(),
                &"1".to_string()
            )
        );
        for value in [&audit[0].0, &audit[0].4] {
            assert!(!value.contains("anna") && *value != event_one, "{audit:?}");
        }
    }
}

#[tokio::test]
async fn the_code_reads_the_answer_in_a_dm_only() {
    for t in backends().await {
        let reply = anna_dm_one(&t, "!bedenken anonym 5: Benachteiligt die KI Menschen mit Akzent?").await;
        let code = code_in(&reply.body);
        let waiting = anna_dm_one(&t, &format!("!antwort {code}")).await;
        assert!(
            waiting.body.contains("noch nicht geantwortet") && waiting.body.contains("#1"),
            "{}",
            waiting.body
        );
        assert!(waiting.mentions.is_empty());

        let out = send(&t, TEAM, "!bedenken antworten #1 Wir testen das mit Sprachproben.").await;
        assert_eq!(out.len(), 1, "no DM to anyone: {out:?}");
        assert!(
            out[0].body.contains("anonym") && out[0].body.contains("Code"),
            "{}",
            out[0].body
        );

        // Case, spaces and dashes do not matter.
        let spaced = format!(" {} ", code.to_lowercase().replace('-', " - "));
        let answer = anna_dm_one(&t, &format!("antwort {spaced}")).await;
        assert!(
            answer.body.contains("Wir testen das mit Sprachproben."),
            "{}",
            answer.body
        );
        assert!(answer.body.contains("Diskriminierung/Bias"), "{}", answer.body);
        let compact = anna_dm_one(&t, &format!("!answer {}", codes::normalise(&code))).await;
        assert!(compact.body.contains("Sprachproben"), "{}", compact.body);

        // Unknown or malformed codes, and no code at all.
        for wrong in ["ZZZZZ-ZZZZZ", "abc", "K7QXM-2PA9O"] {
            let reply = anna_dm_one(&t, &format!("!antwort {wrong}")).await;
            assert!(
                reply.body.contains("finde ich kein Bedenken"),
                "{wrong}: {}",
                reply.body
            );
        }
        assert!(anna_dm_one(&t, "!antwort").await.body.contains("Code Ihres anonymen"));
        // In a room the answer is not shown.
        let reply = one(&t, ANNA, &format!("!antwort {code}")).await;
        assert!(
            reply.contains("nur im Direktchat") && !reply.contains("Sprachproben"),
            "{reply}"
        );
        // A code of a named concern does not exist: named concerns have none.
        assert_eq!(
            t.count("SELECT COUNT(*) FROM concerns WHERE answer_code IS NOT NULL")
                .await,
            1
        );
    }
}

#[tokio::test]
async fn named_submitter_gets_the_answer_by_dm_in_their_language() {
    for t in backends().await {
        one(&t, ANNA, "!bedenken datenschutz: Werden unsere Chats ausgewertet?").await;
        let out = send(&t, TEAM, "!bedenken antworten #1 Nein, es wird nichts ausgewertet.").await;
        let dms = dms_to(&out, ANNA);
        assert_eq!(dms.len(), 1, "{out:?}");
        assert!(
            dms[0].body.contains("#1") && dms[0].body.contains("Nein, es wird nichts ausgewertet."),
            "{}",
            dms[0].body
        );
        assert!(dms[0].thread_root.is_none());
        assert!(
            out[0].body.contains("gespeichert") && out[0].body.contains("Direktchat"),
            "{}",
            out[0].body
        );

        one(&t, ANNA, "!sprache en").await;
        let out = send(&t, TEAM, "!bedenken antworten #1 Nichts wird ausgewertet, versprochen.").await;
        assert!(out[0].body.contains("ersetzt"), "{}", out[0].body);
        let dms = dms_to(&out, ANNA);
        assert!(
            dms[0]
                .body
                .contains("The strategy team has answered your concern #1 (Data protection)"),
            "{}",
            dms[0].body
        );

        // Anna sees her own concern with the answer; Ben does not; the team sees who wrote it.
        let own = one(&t, ANNA, "!concern #1").await;
        assert!(
            own.contains("Nichts wird ausgewertet") && own.contains("Concern #1"),
            "{own}"
        );
        assert!(!own.contains("Answered by"), "{own}");
        let other = one(&t, BEN, "!bedenken #1").await;
        assert!(
            other.contains("nicht zeigen") && !other.contains("ausgewertet"),
            "{other}"
        );
        let team = one(&t, TEAM, "!bedenken #1").await;
        assert!(
            team.contains("Von: @anna:example.org") && team.contains("Beantwortet von @team:example.org"),
            "{team}"
        );
        assert_eq!(
            t.count("SELECT COUNT(*) FROM audit_log WHERE action = 'concern_answer'")
                .await,
            2
        );

        // A team member answering their own concern gets no DM.
        one(&t, TEAM, "!bedenken sonstiges: Eigene Sorge").await;
        let out = send(&t, TEAM, "!bedenken antworten #2 Selbst beantwortet").await;
        assert_eq!(out.len(), 1, "{out:?}");
        // An open concern shows the team how to answer it, and its owner that none is there yet.
        one(&t, BEN, "!bedenken 6: Ändert sich meine Arbeit?").await;
        assert!(one(&t, TEAM, "!bedenken #3").await.contains("!bedenken antworten #3"));
        assert!(one(&t, BEN, "!bedenken #3").await.contains("noch nicht geantwortet"));
    }
}

#[tokio::test]
async fn the_team_lists_concerns_and_employees_are_refused() {
    for t in backends().await {
        one(&t, ANNA, "!bedenken datenschutz: Erstes").await;
        one(&t, ANNA, "!bedenken verantwortung: Zweites").await;
        anna_dm_one(&t, "!bedenken anonym datenschutz: Drittes").await;
        one(&t, TEAM, "!bedenken antworten #1 Erledigt").await;

        let list = one(&t, TEAM, "!bedenken liste").await;
        assert!(list.contains("Bedenken (3)"), "{list}");
        assert!(
            list.contains("#3 · Datenschutz · offen · anonym · 21.09.2026: Drittes"),
            "{list}"
        );
        assert!(list.contains("#1 · Datenschutz · beantwortet"), "{list}");
        assert!(!list.contains(ANNA), "the list names nobody: {list}");
        let open = one(&t, TEAM, "!bedenken liste offen").await;
        assert!(open.contains("(2)") && !open.contains("Erstes"), "{open}");
        let privacy = one(&t, TEAM, "!bedenken liste datenschutz").await;
        assert!(
            privacy.contains("Datenschutz (2)") && !privacy.contains("Zweites"),
            "{privacy}"
        );
        let both = one(&t, TEAM, "!bedenken liste datenschutz offen").await;
        assert!(both.contains("(1)") && both.contains("Drittes"), "{both}");
        let answered = one(&t, TEAM, "!concern list answered").await;
        assert!(answered.contains("(1)") && answered.contains("Erstes"), "{answered}");
        assert!(
            one(&t, TEAM, "!bedenken liste diskriminierung")
                .await
                .contains("Keine Bedenken gefunden")
        );
        assert!(
            one(&t, TEAM, "!bedenken liste quatsch")
                .await
                .contains("So listen Sie Bedenken")
        );

        // Employees: the team's subcommands are refused like every team command.
        for line in [
            "!bedenken liste",
            "!bedenken liste offen",
            "!bedenken antworten #2 Ich antworte mir selbst",
            "!concern answer #2 x",
        ] {
            let reply = one(&t, BEN, line).await;
            assert!(reply.contains("ist dem Strategieteam vorbehalten"), "{line}: {reply}");
        }
        let (answer,): (Option<String>,) = sqlx::query_as("SELECT answer FROM concerns WHERE id = 2")
            .fetch_one(t.store().pool())
            .await
            .unwrap();
        assert_eq!(answer, None);
        assert_eq!(t.count("SELECT COUNT(*) FROM audit_log").await, 1);
        // A concern that merely starts with the word is a concern.
        let ask = one(&t, BEN, "!bedenken Liste der Trainingsdaten ist veraltet").await;
        assert!(ask.contains("Welche Kategorie"), "{ask}");
    }
}
