//! Core tests for the Ethik-Check: the Vorprüfung dialog and its verdicts, the gates on pilot and
//! live (refused, then allowed; switched off by configuration), the stakeholder dialogue, the
//! Bewertung's scoring rule, the yearly review with its reminders (manual clock), the annual
//! report on a seeded data set, and the report section and export read back. SQLite and
//! PostgreSQL.

use crate::corekit::team::{ANNA, BEN, BERLIN, DAY_MS, dms_to, in_room, send};
use crate::corekit::{ROOM, START_MS, STRATEGY_ROOM, TEAM, TestBot, backends, backends_with};
use lotse::bot::calendar::{format_date, months_later};
use lotse::bot::types::Outbound;
use lotse::clock::Clock;

/// Idea #`n` by Anna, owned by Ben, prioritised.
async fn use_case(t: &TestBot, title: &str) {
    let n = t.count("SELECT COUNT(*) FROM ideas").await + 1;
    t.say(ANNA, &format!("!idee {title}")).await;
    send(t, TEAM, &format!("!verantwortlich #{n} @ben:example.org")).await;
    for status in ["in-pruefung", "priorisiert"] {
        send(t, TEAM, &format!("!status #{n} {status}")).await;
    }
}

/// `!ethik #N` as the team sees it in the strategy room.
async fn overview(t: &TestBot, n: i64) -> String {
    let out = t
        .event(t.message(TEAM, STRATEGY_ROOM, false, format!("!ethik #{n}")))
        .await;
    assert_eq!(out.len(), 1, "{out:?}");
    out[0].body.clone()
}

/// Answers the Vorprüfung of idea `n` with every value question "ja" and `verdict`.
async fn pre_check(t: &TestBot, n: i64, verdict: &str) -> String {
    t.one(TEAM, &format!("!ethik #{n} vorprüfung")).await;
    for answer in [
        "Termine vergeben",
        "Terminkalender",
        "Kürzere Wartezeiten",
        "ja",
        "ja",
        "ja",
        "ja",
        "ja",
    ] {
        t.one(TEAM, answer).await;
    }
    t.one(TEAM, verdict).await
}

/// The Bewertung of idea `n`: risk 5, 4, 3 and mitigation 5, 5, 4, 4 (level IV lowered to III).
async fn assessment(t: &TestBot, n: i64, bias: &str) -> String {
    t.one(TEAM, &format!("!ethik #{n} bewertung")).await;
    for answer in [
        "5",
        "4",
        "3",
        "5",
        "5",
        "4",
        "4",
        "120 kWh im Monat",
        "Begründung wird angezeigt",
    ] {
        t.one(TEAM, answer).await;
    }
    t.one(TEAM, bias).await
}

#[tokio::test]
async fn the_pre_check_asks_each_question_and_gates_the_pilot() {
    for t in backends().await {
        use_case(&t, "Terminbot").await;
        assert!(t.one(ANNA, "!ethik #1").await.contains("Strategieteam"), "team only");
        let refused = t.one(TEAM, "!status #1 pilot").await;
        assert!(
            refused.contains("Vorprüfung") && refused.contains("!ethik #1 vorprüfung"),
            "{refused}"
        );
        assert!(overview(&t, 1).await.contains("fehlt noch"));
        assert!(
            t.one(TEAM, "!ethik #1").await.contains("Strategieraum"),
            "names and notes stay out of rooms"
        );
        assert!(overview(&t, 9).await.contains("#9"));

        let intro = t.one(TEAM, "!ethik #1 vorprüfung").await;
        assert!(intro.contains("Frage 1 von 9") && intro.contains("Wozu"), "{intro}");
        t.one(TEAM, "Termine vergeben").await;
        t.one(TEAM, "Terminkalender der Ämter").await;
        assert!(t.one(TEAM, "Kürzere Wartezeiten").await.contains("Grundrechte"));
        assert!(t.one(TEAM, "vielleicht").await.contains("„ja“, „nein“ oder „unklar“"));
        t.one(TEAM, "ja").await;
        t.one(TEAM, "nein – Menschen ohne Smartphone").await;
        t.one(TEAM, "ja").await;
        t.one(TEAM, "unklar: Hinweis noch offen").await;
        let verdict = t.one(TEAM, "ja").await;
        assert!(verdict.contains("ein „nein“ und ein „unklar“"), "{verdict}");
        assert!(t.one(TEAM, "mal sehen").await.contains("„bestanden“"));
        assert!(t.one(TEAM, "auflagen").await.contains("Es fehlen die Auflagen"));
        let done = t.one(TEAM, "auflagen Telefonische Buchung anbieten").await;
        assert!(
            done.contains("bestanden mit Auflagen") && done.contains("Pilotbetrieb"),
            "{done}"
        );

        let shown = overview(&t, 1).await;
        assert!(shown.contains("Auflagen: Telefonische Buchung anbieten"), "{shown}");
        assert!(shown.contains("Fairness – nein: Menschen ohne Smartphone"), "{shown}");
        assert!(shown.contains("Transparenz – unklar: Hinweis noch offen"), "{shown}");
        assert!(
            t.one(TEAM, "!idee #1")
                .await
                .contains("Ethik-Check: Vorprüfung bestanden mit Auflagen")
        );

        let out = send(&t, TEAM, "!status #1 pilot").await;
        assert!(in_room(&out, ROOM)[0].contains("Pilot"), "allowed now: {out:?}");
        let refused = t.one(TEAM, "!status #1 im-betrieb").await;
        assert!(refused.contains("!ethik #1 bewertung"), "{refused}");

        // A failed pre-check keeps the gate closed and says how to go on.
        use_case(&t, "Bescheid-Generator").await;
        assert!(
            pre_check(&t, 2, "nicht bestanden Diskriminierung nicht ausgeschlossen")
                .await
                .contains("nicht bestanden")
        );
        let refused = t.one(TEAM, "!status #2 pilot").await;
        assert!(
            refused.contains("nicht bestanden") && refused.contains("Wiederholen"),
            "{refused}"
        );
        assert!(pre_check(&t, 2, "bestanden").await.contains("Pilotbetrieb"));
        let out = send(&t, TEAM, "!status #2 pilot").await;
        assert!(in_room(&out, ROOM)[0].contains("ist jetzt Pilot"), "{out:?}");
        assert_eq!(
            t.count("SELECT COUNT(*) FROM audit_log WHERE action = 'ethics_pre_check'")
                .await,
            3
        );
    }
}

#[tokio::test]
async fn gates_can_be_switched_off() {
    for t in backends_with(crate::corekit::settings_without_gates).await {
        use_case(&t, "Terminbot").await;
        send(&t, TEAM, "!status #1 pilot").await;
        send(&t, TEAM, "!status #1 im-betrieb").await;
        let (status,): (String,) = sqlx::query_as("SELECT status FROM ideas WHERE id = 1")
            .fetch_one(t.store().pool())
            .await
            .unwrap();
        assert_eq!(status, "im-betrieb");
    }
}

#[tokio::test]
async fn the_assessment_scores_the_impact_and_opens_the_way_to_live() {
    for t in backends().await {
        use_case(&t, "Terminbot").await;
        pre_check(&t, 1, "bestanden").await;
        send(&t, TEAM, "!status #1 pilot").await;
        let intro = t.one(TEAM, "!ethik #1 bewertung").await;
        assert!(
            intro.contains("Frage 1 von 10") && intro.contains("1 (gering) bis 5"),
            "{intro}"
        );
        assert!(t.one(TEAM, "7").await.contains("Zahl von 1 bis 5"));
        for score in ["5", "4", "3", "5", "5", "4"] {
            t.one(TEAM, score).await;
        }
        assert!(t.one(TEAM, "4").await.contains("Energie"));
        t.one(TEAM, "etwa 120 kWh im Monat").await;
        assert!(t.one(TEAM, "Begründung wird angezeigt").await.contains("Bias-Prüfung"));
        assert!(t.one(TEAM, "viele").await.contains("nicht verstanden"));
        assert!(t.one(TEAM, "200 Prompts; Alter 300").await.contains("nicht verstanden"));
        let done = t.one(TEAM, "200 Prompts; Alter 3, Geschlecht 1").await;
        // Risk (5·2 + 4·1,5 + 3·1) / 4,5 = 4,2: level IV; mitigation 4,6 ≥ 4 lowers it to III.
        assert!(
            done.contains("Wirkungsstufe III") && done.contains("Risiko 4,2"),
            "{done}"
        );
        assert!(done.contains("Schutz 4,6"), "{done}");
        assert!(
            done.contains("Bias-Prüfung mit 200 Testeingaben: diskriminierende Ausgaben Alter 1,5 %, Geschlecht 0,5 %"),
            "{done}"
        );
        let due = months_later(START_MS, 12, BERLIN);
        assert!(done.contains(&format_date(due, BERLIN)), "{done}");

        let shown = overview(&t, 1).await;
        assert!(shown.contains("Energie: etwa 120 kWh im Monat"), "{shown}");
        assert!(shown.contains("Nächste Überprüfung"), "{shown}");
        let out = send(&t, TEAM, "!status #1 im-betrieb").await;
        assert!(!in_room(&out, ROOM)[0].contains("Ethik"), "live now: {out:?}");

        // A low-risk use case: level I, whatever the mitigation.
        use_case(&t, "Protokollhilfe").await;
        t.one(TEAM, "!ethik #2 bewertung").await;
        for answer in ["1", "1", "2", "1", "1", "1", "1", "nicht gemessen", "gut"] {
            t.one(TEAM, answer).await;
        }
        let done = t.one(TEAM, "nicht möglich: keine Ausgaben über Menschen").await;
        assert!(done.contains("Wirkungsstufe I "), "{done}");
        assert!(
            overview(&t, 2)
                .await
                .contains("nicht durchgeführt (nicht möglich: keine Ausgaben über Menschen)")
        );
    }
}

#[tokio::test]
async fn the_stakeholder_dialogue_links_a_round_table_or_notes_a_workshop() {
    for t in backends().await {
        use_case(&t, "Terminbot").await;
        send(&t, TEAM, "!rundtisch start Terminbot im Bürgerservice").await;
        send(&t, TEAM, "!rundtisch ende").await;
        let linked = t.one(TEAM, "!ethik #1 dialog rundtisch #1").await;
        assert!(
            linked.contains("Rundtisch #1 („Terminbot im Bürgerservice“)"),
            "{linked}"
        );
        assert!(
            t.one(TEAM, "!ethik #1 dialog rundtisch #9")
                .await
                .contains("#9 gibt es nicht")
        );
        assert!(t.one(TEAM, "!ethik #1 dialog").await.contains("So erfassen Sie"));
        assert!(
            t.one(TEAM, "!ethik #1 dialog workshop morgen | Bürger:innen | x")
                .await
                .contains("Datum")
        );
        assert!(
            t.one(TEAM, "!ethik #1 dialog workshop 12.03.2027 | Hunde | x")
                .await
                .contains("Gruppen")
        );
        let noted = t
            .one(
                TEAM,
                "!ethik #1 dialog workshop 12.03.2027 | Bürger:innen, Mitarbeitende | Mehr Transparenz gewünscht",
            )
            .await;
        assert!(noted.contains("Workshop"), "{noted}");
        let shown = overview(&t, 1).await;
        assert!(shown.contains("Protokoll: !rundtisch #1"), "{shown}");
        assert!(
            shown.contains("Workshop am 12.03.2027 mit Bürger:innen, Mitarbeitende: Mehr Transparenz gewünscht"),
            "{shown}"
        );
    }
}

#[tokio::test]
async fn the_yearly_review_is_reminded_and_recorded_with_fresh_bias_figures() {
    for t in backends().await {
        use_case(&t, "Terminbot").await;
        assert!(
            t.one(TEAM, "!ethik #1 überprüfung 100 Alter 1")
                .await
                .contains("noch keine Bewertung")
        );
        assert_review_cycle(&t).await;
    }
}

async fn assert_review_cycle(t: &TestBot) {
    assessment(t, 1, "200 Prompts; Alter 3").await;
    let due = months_later(START_MS, 12, BERLIN);
    let date = format_date(due, BERLIN);
    // The use case's re-assessment reminders run beside these; only the ethics review counts here.
    let ethics = |out: Vec<Outbound>| -> Vec<Outbound> {
        out.into_iter()
            .filter(|m| m.body.contains("ethische Überprüfung"))
            .collect()
    };
    let out = ethics(t.fire_at(due - 30 * DAY_MS + 3_600_000).await);
    let to_ben = dms_to(&out, BEN);
    assert_eq!(to_ben.len(), 1, "{out:?}");
    assert!(to_ben[0].body.contains(&format!("Am {date}")), "{}", to_ben[0].body);
    assert_eq!(in_room(&out, STRATEGY_ROOM).len(), 1);
    let out = ethics(t.fire_at(due + 9 * 3_600_000).await);
    assert!(dms_to(&out, BEN)[0].body.contains("Heute ist die jährliche"));
    let out = ethics(t.fire_at(due + 7 * DAY_MS + 3_600_000).await);
    assert!(
        dms_to(&out, BEN)[0].body.contains(&format!("seit dem {date} fällig")),
        "weekly while overdue"
    );
    assert!(overview(t, 1).await.contains(&format!("seit dem {date} fällig")));

    assert!(
        t.one(TEAM, "!ethik #1 überprüfung")
            .await
            .contains("So erfassen Sie die Überprüfung")
    );
    assert!(
        t.one(TEAM, "!ethik #1 überprüfung viele | x")
            .await
            .contains("So erfassen Sie die Überprüfung")
    );
    let now = t.clock.now_ms();
    let done = t
        .one(TEAM, "!ethik #1 überprüfung 100 Prompts; Alter 1 | Bias gesunken")
        .await;
    let next = months_later(now, 12, BERLIN);
    assert!(
        done.contains(&format_date(next, BERLIN)) && done.contains("Alter 1"),
        "{done}"
    );
    assert!(
        ethics(t.fire_at(due + 8 * DAY_MS).await).is_empty(),
        "no overdue reminder after the review"
    );
}

#[tokio::test]
async fn the_annual_report_compares_bias_with_last_year_and_the_report_and_export_have_the_stages() {
    for t in backends().await {
        use_case(&t, "Terminbot").await;
        pre_check(&t, 1, "auflagen Telefonische Buchung anbieten").await;
        assert_review_cycle(&t).await;
        // Reviewed in September 2027 with 1 of 100 for age; in 2026 it was 3 of 200.
        let out = t
            .event(t.message(TEAM, STRATEGY_ROOM, false, "!ethik bericht 2027"))
            .await;
        let file = out.iter().find_map(|m| m.attachment.clone()).expect("a Markdown file");
        assert_eq!(file.filename, "ethik-bericht-2027.md");
        let md = String::from_utf8(file.bytes).unwrap();
        for part in [
            "# Ethik-Bericht 2027",
            "## Idee #1: Terminbot (priorisiert)",
            "- Vorprüfung: bestanden mit Auflagen",
            "- Bewertung: Wirkungsstufe III",
            "- Energie: 120 kWh im Monat",
            "- Bias Alter: 1,0 % diskriminierende Ausgaben je Testeingabe (Vorjahr 1,5 %, Veränderung -0,5 Prozentpunkte)",
            "- Offene Auflagen: Telefonische Buchung anbieten",
            "- Nächste Überprüfung:",
        ] {
            assert!(md.contains(part), "{part} in\n{md}");
        }
        let last_year = t
            .event(t.message(TEAM, STRATEGY_ROOM, false, "!ethik bericht 2026"))
            .await;
        let md = String::from_utf8(last_year.iter().find_map(|m| m.attachment.clone()).unwrap().bytes).unwrap();
        assert!(md.contains("- Bias Alter: 1,5 %") && !md.contains("Vorjahr"), "{md}");
        assert!(
            t.one(TEAM, "!ethik bericht 2027").await.contains("Strategieraum"),
            "not in a department room"
        );
        let bad = t
            .event(t.message(TEAM, STRATEGY_ROOM, false, "!ethik bericht 1999"))
            .await;
        assert!(bad[0].body.contains("Jahr"), "{bad:?}");

        let out = t.event(t.message(TEAM, STRATEGY_ROOM, false, "!bericht")).await;
        let report: String = out.iter().map(|m| m.body.as_str()).collect::<Vec<_>>().join("\n");
        assert!(report.contains("Ethik-Check (Stand heute)"), "{report}");
        assert!(
            report.contains("Ein Anwendungsfall im Ethik-Check. Vorprüfung: 0 bestanden, 1 mit Auflagen"),
            "{report}"
        );
        assert!(report.contains("III 1"), "{report}");

        let out = t
            .event(t.message(TEAM, STRATEGY_ROOM, false, "!export ethik csv"))
            .await;
        let file = out.iter().find_map(|m| m.attachment.clone()).expect("a CSV file");
        let content = std::str::from_utf8(&file.bytes[3..]).unwrap().to_string();
        assert!(
            content.starts_with("Idee;Vorprüfung;Vorprüfung am;Auflagen oder Grund;"),
            "{content}"
        );
        let mut reader = csv::ReaderBuilder::new()
            .delimiter(b';')
            .from_reader(content.as_bytes());
        let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
        assert_eq!(rows.len(), 1);
        assert_eq!(&rows[0][0], "1");
        assert_eq!(&rows[0][1], "bestanden mit Auflagen");
        assert_eq!(&rows[0][5], "III");
        assert_eq!(&rows[0][10], "120,00", "a number, with the German decimal comma");
        assert_eq!(&rows[0][12], "Alter 1,0 %", "the review's fresh figures");
    }
}

#[tokio::test]
async fn the_weights_of_the_configuration_change_the_level() {
    // Only the reach counts for the risk: 3, level III; mitigation 4,5 lowers it to II.
    let reach_only =
        || crate::corekit::settings_with("[ethics]\nweight_betroffenheit = 0\nweight_unumkehrbarkeit = 0\n");
    for t in backends_with(reach_only).await {
        use_case(&t, "Terminbot").await;
        let done = assessment(&t, 1, "200 Prompts; Alter 3").await;
        assert!(
            done.contains("Wirkungsstufe II ") && done.contains("Risiko 3,0"),
            "{done}"
        );
    }
}

#[tokio::test]
async fn a_bias_check_with_a_single_test_input_and_english_commands_read_right() {
    for t in backends().await {
        use_case(&t, "Terminbot").await;
        let done = assessment(&t, 1, "1 Testeingabe; Alter 0").await;
        assert!(
            done.contains("Bias-Prüfung mit einer Testeingabe: diskriminierende Ausgaben Alter 0,0 %"),
            "{done}"
        );
        // In English the commands it names are the English words the command takes.
        use_case(&t, "Protokollhilfe").await;
        t.say(TEAM, "!sprache en").await;
        let refused = t.one(TEAM, "!status #2 pilot").await;
        assert!(refused.contains("\"!ethics #2 pre-check\""), "{refused}");
        assert!(
            t.one(TEAM, "!ethics #2 pre-check")
                .await
                .contains("Pre-check of idea #2")
        );
        t.one(TEAM, "!cancel").await;
        let shown = t
            .event(t.message(TEAM, STRATEGY_ROOM, false, "!ethics #1"))
            .await
            .remove(0)
            .body;
        assert!(shown.contains("Bias check with one prompt"), "{shown}");
        assert!(shown.contains("\"!ethics #1 dialogue\""), "{shown}");
    }
}
