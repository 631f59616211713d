//! Round tables in the core: opening with an announced agenda, recording every plain message on
//! the current topic, edits and redactions, DM and anonymous feedback, closing with summary and
//! protocol, and every error path — on SQLite and PostgreSQL.

use crate::corekit::team::{ANNA, BEN, send};
use crate::corekit::{self, ROOM, TEAM, TestBot, backends};
use lotse::bot::types::{Destination, InboundKind, Outbound};

const OTHER_ROOM: &str = "!other:example.org";

async fn feedback_rows(t: &TestBot) -> Vec<(i64, Option<String>, String)> {
    sqlx::query_as("SELECT topic, author, body FROM round_table_feedback ORDER BY id")
        .fetch_all(t.store().pool())
        .await
        .unwrap()
}

/// A message in `room` with its event id, and everything it caused.
async fn message_in(t: &TestBot, user: &str, room: &str, body: &str) -> (String, Vec<Outbound>) {
    let inbound = t.message(user, room, false, body);
    let id = inbound.event_id.clone();
    (id, t.event(inbound).await)
}

#[tokio::test]
async fn a_round_table_records_the_room_topic_by_topic_and_closes_with_summary_and_protocol() {
    for t in backends().await {
        let opened = send(&t, TEAM, "!rundtisch start KI im Bürgerservice | Datenschutz").await;
        assert_eq!(opened.len(), 1, "{opened:?}");
        let announcement = &opened[0];
        assert_eq!(announcement.destination, Destination::Room(ROOM.into()));
        assert_eq!(announcement.thread_root, None, "the announcement is for the whole room");
        assert!(
            announcement.body.contains("halte ich jede Nachricht in diesem Raum"),
            "{}",
            announcement.body
        );
        assert!(
            announcement.body.contains("1. KI im Bürgerservice\n2. Datenschutz"),
            "{}",
            announcement.body
        );
        assert!(announcement.body.contains("!feedback anonym"), "{}", announcement.body);

        for (user, text) in [
            (ANNA, "Ein Chatbot für Terminfragen wäre gut."),
            (BEN, "Wer haftet bei Fehlern?"),
        ] {
            let (_, caused) = message_in(&t, user, ROOM, text).await;
            assert!(caused.is_empty(), "contributions are recorded silently: {caused:?}");
        }
        let next = t.say(TEAM, "!rundtisch weiter").await;
        assert!(next[0].contains("Nächstes Thema (2 von 2): Datenschutz"), "{next:?}");
        let (_, caused) = message_in(&t, ANNA, ROOM, "Bleiben die Daten in Deutschland?").await;
        assert!(caused.is_empty());
        // The team member's plain messages count too; their commands do not.
        let (_, caused) = message_in(&t, TEAM, ROOM, "Das klären wir mit dem DSB.").await;
        assert!(caused.is_empty());
        let state = t.one(TEAM, "!rundtisch").await;
        assert!(state.contains("Aktuelles Thema (2 von 2): Datenschutz"), "{state}");
        assert!(
            state.contains(
                "Bisher gibt es 4 Rückmeldungen, keine davon anonym. Mit Namen haben sich 3 Personen beteiligt."
            ),
            "{state}"
        );

        let anonymous = t.dm(BEN, "!feedback anonym Ich habe Sorge um meine Stelle.").await;
        assert!(
            anonymous[0].contains("anonym bei Rundtisch #1 zum Thema „Datenschutz“"),
            "{anonymous:?}"
        );

        let closed = send(&t, TEAM, "!rundtisch ende").await;
        assert_eq!(closed.len(), 2, "summary and protocol file: {closed:?}");
        let summary = &closed[0].body;
        assert!(
            summary.contains("Rundtisch #1 „KI im Bürgerservice“ ist beendet"),
            "{summary}"
        );
        assert!(
            summary.contains("5 Rückmeldungen, eine davon anonym. Mit Namen haben sich 3 Personen beteiligt."),
            "{summary}"
        );
        assert!(
            summary.contains("1. KI im Bürgerservice — 2 Rückmeldungen"),
            "{summary}"
        );
        assert!(summary.contains("2. Datenschutz — 3 Rückmeldungen"), "{summary}");
        assert!(summary.contains("Gestellte Fragen (2):"), "{summary}");
        assert!(summary.contains("• [1] Wer haftet bei Fehlern?"), "{summary}");
        assert!(summary.contains("• [2] Bleiben die Daten in Deutschland?"), "{summary}");

        let file = closed[1].attachment.as_ref().expect("the protocol is a file");
        assert_eq!(file.filename, "rundtisch-1-protokoll.md");
        assert_eq!(file.mime, "text/markdown");
        assert!(
            file.text().starts_with("# Protokoll Rundtisch #1: KI im Bürgerservice"),
            "{}",
            file.text()
        );
        assert!(file.text().contains("## 2. Datenschutz"), "{}", file.text());
        assert!(
            file.text()
                .contains(&format!("{ANNA}: Ein Chatbot für Terminfragen wäre gut.")),
            "{}",
            file.text()
        );
        assert!(
            file.text()
                .contains("- anonym (im Direktchat): Ich habe Sorge um meine Stelle."),
            "{}",
            file.text()
        );

        // Closed: nothing more is recorded, and the room is free for the next one.
        let (_, caused) = message_in(&t, ANNA, ROOM, "Noch ein Nachtrag").await;
        assert!(caused.is_empty());
        assert_eq!(feedback_rows(&t).await.len(), 5);
        let again = send(&t, TEAM, "!rundtisch start Zweite Runde").await;
        assert!(again[0].body.contains("Rundtisch #2"), "{again:?}");
        assert_eq!(
            t.count("SELECT COUNT(*) FROM audit_log WHERE record_kind = 'roundtable'")
                .await,
            3
        );
    }
}

#[tokio::test]
async fn edits_update_and_redactions_remove_recorded_feedback() {
    for t in backends().await {
        send(&t, TEAM, "!rundtisch start Rückblick").await;
        let (first, _) = message_in(&t, ANNA, ROOM, "Tippfehlr").await;
        let (second, _) = message_in(&t, BEN, ROOM, "Das nehme ich zurück").await;
        let edit = t.inbound(
            ANNA,
            ROOM,
            false,
            InboundKind::Edit {
                target: first.clone(),
                body: "Tippfehler korrigiert".into(),
            },
        );
        t.event(edit).await;
        let redaction = t.inbound(BEN, ROOM, false, InboundKind::Redaction { target: second });
        t.event(redaction).await;
        let rows = feedback_rows(&t).await;
        assert_eq!(
            rows,
            vec![(1, Some(ANNA.to_string()), "Tippfehler korrigiert".to_string())],
            "{}",
            t.backend
        );
    }
}

#[tokio::test]
async fn topics_can_be_inserted_and_the_agenda_ends_politely() {
    for t in backends().await {
        send(&t, TEAM, "!rundtisch start Eins | Zwei").await;
        let inserted = t.say(TEAM, "!rundtisch thema Dazwischen").await;
        assert!(inserted[0].contains("(2 von 3): Dazwischen"), "{inserted:?}");
        message_in(&t, ANNA, ROOM, "Beitrag zu Dazwischen").await;
        let next = t.say(TEAM, "!rundtisch weiter").await;
        assert!(next[0].contains("(3 von 3): Zwei"), "{next:?}");
        let last = t.one(TEAM, "!rundtisch weiter").await;
        assert!(last.contains("schon das letzte Thema"), "{last}");
        let rows = feedback_rows(&t).await;
        assert_eq!(rows[0].0, 2, "recorded on the inserted topic");
        let closed = send(&t, TEAM, "!rundtisch ende").await;
        assert!(
            closed[0]
                .body
                .contains("2. Dazwischen — eine Rückmeldung\n3. Zwei — keine Rückmeldungen"),
            "{}",
            closed[0].body
        );
    }
}

#[tokio::test]
async fn every_wrong_use_of_rundtisch_gets_a_clear_answer() {
    for t in backends().await {
        let cases = [
            ("!rundtisch", "kein Rundtisch offen"),
            ("!rundtisch weiter", "kein Rundtisch offen"),
            ("!rundtisch ende", "kein Rundtisch offen"),
            ("!rundtisch thema Neu", "kein Rundtisch offen"),
            ("!rundtisch start", "Mit welchem Thema"),
            ("!rundtisch start | |", "Mit welchem Thema"),
            ("!rundtisch tanzen", "So führen Sie einen Rundtisch"),
            ("!rundtisch #0", "die Nummer des Rundtischs"),
            ("!rundtisch #99", "Einen Rundtisch #99 gibt es nicht"),
            ("!rundtische", "Es gab noch keinen Rundtisch"),
        ];
        for (command, expected) in cases {
            let reply = t.one(TEAM, command).await;
            assert!(reply.contains(expected), "{command} on {}: {reply}", t.backend);
        }
        let many = vec!["T"; 21].join(" | ");
        let reply = t.one(TEAM, &format!("!rundtisch start {many}")).await;
        assert!(reply.contains("höchstens 20 Themen"), "{reply}");
        let long = "x".repeat(201);
        let reply = t.one(TEAM, &format!("!rundtisch start {long}")).await;
        assert!(reply.contains("höchstens 200 Zeichen"), "{reply}");
        let in_dm = t.dm(TEAM, "!rundtisch start Geheim").await;
        assert!(in_dm[0].contains("gehört in einen Raum"), "{in_dm:?}");

        send(&t, TEAM, "!rundtisch start Offen").await;
        let twice = t.one(TEAM, "!rundtisch start Nochmal").await;
        assert!(twice.contains("läuft schon Rundtisch #1"), "{twice}");
        let topic = t.one(TEAM, "!rundtisch thema").await;
        assert!(topic.contains("Wie heißt das neue Thema?"), "{topic}");
        let employee = t.one(ANNA, "!rundtisch ende").await;
        assert!(employee.contains("dem Strategieteam vorbehalten"), "{employee}");
        let list = t.one(TEAM, "!rundtische").await;
        assert!(
            list.contains("#1 „Offen“") && list.contains("offen, keine Rückmeldungen"),
            "{list}"
        );
        let shown = send(&t, TEAM, "!rundtisch #1").await;
        assert!(shown[0].body.contains("(noch offen – Stand jetzt)"), "{shown:?}");
        assert!(shown[1].attachment.is_some());
        assert_eq!(
            t.count("SELECT COUNT(*) FROM round_table_feedback").await,
            0,
            "commands are not feedback"
        );
    }
}

#[tokio::test]
async fn feedback_by_message_and_direct_chat_with_a_choice_when_several_are_open() {
    for t in backends().await {
        let none = t.dm(ANNA, "!feedback Hallo").await;
        assert!(none[0].contains("kein Rundtisch offen"), "{none:?}");
        // The team's own round table in the strategy room takes no DM feedback from others.
        t.say_in(TEAM, corekit::STRATEGY_ROOM, false, "!rundtisch start Intern")
            .await;
        let internal = t.dm(ANNA, "!feedback Hallo").await;
        assert!(internal[0].contains("kein Rundtisch offen"), "{internal:?}");
        t.say_in(TEAM, corekit::STRATEGY_ROOM, false, "!rundtisch ende").await;
        let usage = t.dm(ANNA, "!feedback").await;
        assert!(usage[0].contains("Welche Rückmeldung möchten Sie geben?"), "{usage:?}");
        let in_room = t.one(ANNA, "!feedback Hallo").await;
        assert!(
            in_room.contains("In diesem Raum ist gerade kein Rundtisch offen"),
            "{in_room}"
        );
        let refused = t.one(ANNA, "!feedback anonym Geheim").await;
        assert!(refused.contains("nur im Direktchat"), "{refused}");

        send(&t, TEAM, "!rundtisch start Erster Raum").await;
        let named = t.one(ANNA, "!feedback Im Raum per Befehl").await;
        assert!(named.contains("bei Rundtisch #2 zum Thema „Erster Raum“"), "{named}");
        let single = t.dm(BEN, "!feedback Per Direktnachricht").await;
        assert!(single[0].contains("Rundtisch #2"), "{single:?}");

        let inbound = t.message(TEAM, OTHER_ROOM, false, "!rundtisch start Zweiter Raum");
        t.event(inbound).await;
        let question = t.dm(ANNA, "!feedback anonym Welcher wohl?").await;
        assert!(question[0].contains("mehrere Rundtische offen"), "{question:?}");
        assert!(question[0].contains("2. Rundtisch #3 „Zweiter Raum“"), "{question:?}");
        let wrong = t.dm(ANNA, "7").await;
        assert!(wrong[0].contains("Zahl von 1 bis 2"), "{wrong:?}");
        let chosen = t.dm(ANNA, "2").await;
        assert!(chosen[0].contains("anonym bei Rundtisch #3"), "{chosen:?}");

        let rows: Vec<(i64, Option<String>, String, i64)> =
            sqlx::query_as("SELECT round_table_id, author, body, via_direct FROM round_table_feedback ORDER BY id")
                .fetch_all(t.store().pool())
                .await
                .unwrap();
        assert_eq!(
            rows,
            vec![
                (2, Some(ANNA.into()), "Im Raum per Befehl".into(), 0),
                (2, Some(BEN.into()), "Per Direktnachricht".into(), 1),
                (3, None, "Welcher wohl?".into(), 1),
            ],
            "{}",
            t.backend
        );
        let (_, caused) = message_in(&t, ANNA, OTHER_ROOM, "Nur im zweiten Raum").await;
        assert!(caused.is_empty());
        let (_, caused) = message_in(&t, ANNA, "!quiet:example.org", "Hier ist nichts offen").await;
        assert!(caused.is_empty());
        assert_eq!(
            t.count("SELECT COUNT(*) FROM round_table_feedback WHERE round_table_id = 3")
                .await,
            2
        );
        // Her own data shows the two contributions under her name, not the anonymous one.
        let mine = t.dm(ANNA, "!meine-daten").await;
        assert!(
            mine[0].contains("Rundtische: 2 Rückmeldungen unter Ihrem Namen"),
            "{mine:?}"
        );
    }
}

#[tokio::test]
async fn the_protocol_stays_where_it_belongs_and_only_announced_messages_count() {
    for t in backends().await {
        // Written before the round table was opened, handled only afterwards (decrypted late).
        let early = t.message(ANNA, ROOM, false, "Vorher gesagt");
        t.clock.advance_ms(1_000);
        send(&t, TEAM, "!rundtisch start Datenschutz").await;
        assert!(t.event(early).await.is_empty());
        assert_eq!(
            t.count("SELECT COUNT(*) FROM round_table_feedback").await,
            0,
            "{}",
            t.backend
        );

        let (command, _) = message_in(&t, BEN, ROOM, "!feedback Erste Fassung").await;
        let edit = t.inbound(
            BEN,
            ROOM,
            false,
            InboundKind::Edit {
                target: command.clone(),
                body: "!feedback Zweite Fassung".into(),
            },
        );
        t.event(edit).await;
        assert_eq!(feedback_rows(&t).await[0].2, "Zweite Fassung");

        let elsewhere = t.say_in(TEAM, OTHER_ROOM, false, "!rundtisch #1").await;
        assert!(elsewhere[0].contains("nur im Raum des Rundtischs"), "{elsewhere:?}");
        let in_dm = t.dm(TEAM, "!rundtisch #1").await;
        assert_eq!(in_dm.len(), 2, "summary and protocol in the DM: {in_dm:?}");
        let strategy = t.say_in(TEAM, corekit::STRATEGY_ROOM, false, "!rundtisch #1").await;
        assert_eq!(strategy.len(), 2, "{strategy:?}");

        send(&t, TEAM, "!rundtisch ende").await;
        let late_edit = t.inbound(
            BEN,
            ROOM,
            false,
            InboundKind::Edit {
                target: command,
                body: "!feedback Nach dem Ende geändert".into(),
            },
        );
        t.event(late_edit).await;
        assert_eq!(
            feedback_rows(&t).await[0].2,
            "Zweite Fassung",
            "a closed protocol stays as it was"
        );
    }
}

/// The figures of a round table, as `roundtable-summary-figures` renders them.
fn figures(lang: lotse::bot::i18n::Lang, contributions: i64, participants: i64, anonymous: i64) -> String {
    lotse::bot::i18n::t(
        lang,
        "roundtable-summary-figures",
        &[
            ("contributions", contributions.into()),
            ("participants", participants.into()),
            ("anonymous", anonymous.into()),
        ],
    )
}

#[test]
fn the_summary_figures_read_as_sentences_for_none_one_and_many() {
    use lotse::bot::i18n::Lang::{De, En};
    let cases = [
        (De, 0, 0, 0, "Es sind keine Rückmeldungen eingegangen."),
        (De, 1, 1, 0, "Eine Rückmeldung, mit Namen."),
        (De, 1, 0, 1, "Eine Rückmeldung, anonym."),
        (
            De,
            5,
            2,
            1,
            "5 Rückmeldungen, eine davon anonym. Mit Namen haben sich 2 Personen beteiligt.",
        ),
        (
            De,
            3,
            1,
            0,
            "3 Rückmeldungen, keine davon anonym. Mit Namen hat sich eine Person beteiligt.",
        ),
        (
            De,
            2,
            0,
            2,
            "2 Rückmeldungen, 2 davon anonym. Mit Namen hat sich niemand beteiligt.",
        ),
        (En, 0, 0, 0, "No feedback came in."),
        (En, 1, 1, 0, "One piece of feedback, given by name."),
        (En, 1, 0, 1, "One piece of feedback, given anonymously."),
        (
            En,
            5,
            2,
            1,
            "5 pieces of feedback, one of them anonymous. 2 people took part by name.",
        ),
        (
            En,
            3,
            1,
            0,
            "3 pieces of feedback, none of them anonymous. One person took part by name.",
        ),
        (
            En,
            2,
            0,
            2,
            "2 pieces of feedback, 2 of them anonymous. Nobody took part by name.",
        ),
    ];
    for (lang, contributions, participants, anonymous, expected) in cases {
        assert_eq!(
            figures(lang, contributions, participants, anonymous),
            expected,
            "{lang:?} {contributions}/{participants}/{anonymous}"
        );
    }
}

#[test]
fn report_and_personal_data_count_feedback_with_the_right_plural() {
    use lotse::bot::i18n::Lang::{De, En};
    use lotse::bot::i18n::t;
    let report = |lang, tables: i64, contributions: i64, named: i64, anonymous: &str| {
        t(
            lang,
            "report-roundtables-line",
            &[
                ("tables", tables.into()),
                ("contributions", contributions.into()),
                ("contributions_text", contributions.to_string().into()),
                ("named", named.into()),
                ("anonymous", anonymous.into()),
            ],
        )
    };
    assert_eq!(report(De, 0, 0, 0, "–"), "Kein Rundtisch im Zeitraum");
    assert_eq!(report(De, 1, 0, 0, "–"), "Ein Rundtisch ohne Rückmeldungen");
    assert_eq!(
        report(De, 1, 1, 1, "0 %"),
        "Ein Rundtisch mit einer Rückmeldung (anonym: 0 %); eine Person hat sich mit Namen beteiligt"
    );
    assert_eq!(
        report(De, 2, 3, 0, "100 %"),
        "2 Rundtische mit 3 Rückmeldungen (anonym: 100 %); niemand hat sich mit Namen beteiligt"
    );
    assert_eq!(report(En, 0, 0, 0, "–"), "No round table in the period");
    assert_eq!(
        report(En, 2, 3, 2, "33%"),
        "2 round tables with 3 pieces of feedback (anonymous: 33%); 2 people took part by name"
    );

    let mine = |lang, count: i64| t(lang, "my-data-contributions", &[("count", count.into())]);
    assert!(mine(De, 0).starts_with("Rundtische: keine Rückmeldungen unter Ihrem Namen"));
    assert!(mine(De, 1).starts_with("Rundtische: eine Rückmeldung unter Ihrem Namen"));
    assert!(mine(De, 4).starts_with("Rundtische: 4 Rückmeldungen unter Ihrem Namen"));
    assert!(mine(En, 1).starts_with("Round tables: one piece of feedback under your name"));

    let per_topic = |lang, count: i64| t(lang, "roundtable-contributions", &[("count", count.into())]);
    assert_eq!(
        [per_topic(De, 0), per_topic(De, 1), per_topic(De, 7)],
        ["keine Rückmeldungen", "eine Rückmeldung", "7 Rückmeldungen"]
    );
    assert_eq!(
        [per_topic(En, 0), per_topic(En, 1), per_topic(En, 7)],
        ["no feedback", "one piece of feedback", "7 pieces of feedback"]
    );
}

#[tokio::test]
async fn state_list_and_summary_count_none_and_one_in_words() {
    for t in backends().await {
        send(&t, TEAM, "!rundtisch start Leer").await;
        let state = t.one(TEAM, "!rundtisch").await;
        assert!(state.contains("Bisher gibt es noch keine Rückmeldungen."), "{state}");
        let closed = send(&t, TEAM, "!rundtisch ende").await;
        assert!(
            closed[0].body.contains("Es sind keine Rückmeldungen eingegangen.")
                && closed[0].body.contains("1. Leer — keine Rückmeldungen"),
            "{}",
            closed[0].body
        );

        send(&t, TEAM, "!rundtisch start Einer").await;
        message_in(&t, ANNA, ROOM, "Nur ich sage etwas.").await;
        let state = t.one(TEAM, "!rundtisch").await;
        assert!(state.contains("Bisher gibt es eine Rückmeldung, mit Namen."), "{state}");
        let list = t.one(TEAM, "!rundtische").await;
        assert!(
            list.contains("#2 „Einer“") && list.contains("offen, eine Rückmeldung"),
            "{list}"
        );
        assert!(list.contains("keine Rückmeldungen"), "{list}");
        assert!(
            list.contains("z. B. !rundtisch #2"),
            "the newest is the example: {list}"
        );
        let closed = send(&t, TEAM, "!rundtisch ende").await;
        assert!(
            closed[0].body.contains("Eine Rückmeldung, mit Namen."),
            "{}",
            closed[0].body
        );

        send(&t, TEAM, "!rundtisch start Anonym").await;
        t.dm(BEN, "!feedback anonym Lieber ohne Namen.").await;
        let state = t.one(TEAM, "!rundtisch").await;
        assert!(state.contains("Bisher gibt es eine Rückmeldung, anonym."), "{state}");
        message_in(&t, ANNA, ROOM, "Und ich mit Namen.").await;
        let state = t.one(TEAM, "!rundtisch").await;
        assert!(
            state.contains(
                "Bisher gibt es 2 Rückmeldungen, eine davon anonym. Mit Namen hat sich eine Person beteiligt."
            ),
            "{state}"
        );
    }
}
