//! Core tests for concerns (Bedenken): categories by number, keyword and in one line, the guided
//! dialog, links to ideas, and every error, on both backends. Anonymity, codes and the team's
//! answers are in concerns_answers.rs.

use crate::corekit::concerns::*;
use crate::corekit::team::{ANNA, BEN, one};
use crate::corekit::{ROOM, TEAM, backends};

#[tokio::test]
async fn category_by_number_by_keyword_in_one_line_and_unknown_keywords() {
    for t in backends().await {
        // Without a category, Lotse asks with numbered choices; the number picks it.
        let ask = one(&t, ANNA, "!bedenken Wer haftet, wenn die KI falsch entscheidet?").await;
        assert!(
            ask.contains("1 – Verantwortung") && ask.contains("7 – Sonstiges"),
            "{ask}"
        );
        assert!(t.count("SELECT COUNT(*) FROM concerns").await == 0);
        let saved = one(&t, ANNA, "1").await;
        assert!(saved.contains("#1") && saved.contains("Verantwortung"), "{saved}");

        // In one line, German or English, any case, with or without umlauts, or by number.
        for (line, key) in [
            ("!bedenken Datenschutz: Werden Chats gespeichert?", "datenschutz"),
            ("!bedenken PRIVACY: Are chats stored?", "datenschutz"),
            ("!bedenken Veraenderung: Fällt meine Stelle weg?", "arbeitsplatz"),
            ("!bedenken veranderung: Fällt meine Stelle weg?", "arbeitsplatz"),
            (
                "!bedenken Arbeitsplatz/Veränderung: Fällt meine Stelle weg?",
                "arbeitsplatz",
            ),
            ("!bedenken Fehler der KI: Falsche Bescheide", "fehler_ki"),
            ("!bedenken bias: Benachteiligt die KI Ältere?", "diskriminierung"),
            ("!bedenken 3: Niemand versteht die Entscheidung", "nachvollziehbarkeit"),
        ] {
            let reply = one(&t, ANNA, line).await;
            assert!(reply.contains("gespeichert"), "{line}: {reply}");
            let (category,): (String,) = sqlx::query_as("SELECT category FROM concerns ORDER BY id DESC LIMIT 1")
                .fetch_one(t.store().pool())
                .await
                .unwrap();
            assert_eq!(category, key, "{line}");
        }
        let (body,): (String,) = sqlx::query_as("SELECT body FROM concerns WHERE id = 2")
            .fetch_one(t.store().pool())
            .await
            .unwrap();
        assert_eq!(body, "Werden Chats gespeichert?");

        // An unknown keyword is named; the text is kept whole and the choices follow.
        let before = t.count("SELECT COUNT(*) FROM concerns").await;
        let reply = one(&t, ANNA, "!bedenken Wetter: Die Server werden zu heiß").await;
        assert!(
            reply.contains("„Wetter“ ist keine Kategorie") && reply.contains("4 – Datenschutz"),
            "{reply}"
        );
        assert_eq!(
            t.count("SELECT COUNT(*) FROM concerns").await,
            before,
            "nothing stored yet"
        );
        // In the dialog, an unknown word or number is refused with the choices again.
        for wrong in ["Klima", "9", "0"] {
            let reply = one(&t, ANNA, wrong).await;
            assert!(reply.contains(&format!("„{wrong}“ ist keine Kategorie")), "{reply}");
            assert!(reply.contains("1 bis 7"), "{reply}");
        }
        let saved = one(&t, ANNA, "sonstiges").await;
        assert!(saved.contains("Sonstiges"), "{saved}");
        let rows = concerns(&t).await;
        let last = rows.last().unwrap();
        assert_eq!(
            (last.1.as_str(), last.2.as_str()),
            ("sonstiges", "Wetter: Die Server werden zu heiß")
        );
        assert_eq!(t.count("SELECT COUNT(*) FROM dialogs").await, 0);
    }
}

#[tokio::test]
async fn guided_dialog_asks_text_then_category_and_can_be_cancelled() {
    for t in backends().await {
        let ask = one(&t, ANNA, "!bedenken").await;
        assert!(ask.contains("Was bereitet Ihnen Sorge?"), "{ask}");
        let ask = one(&t, ANNA, "Ich weiß nicht, wer am Ende entscheidet.").await;
        assert!(ask.contains("Welche Kategorie"), "{ask}");
        let saved = one(&t, ANNA, "Verantwortung").await;
        assert!(saved.contains("#1 (Verantwortung)"), "{saved}");
        let rows = concerns(&t).await;
        assert_eq!(rows[0].2, "Ich weiß nicht, wer am Ende entscheidet.");
        assert_eq!(rows[0].4.as_deref(), Some(ANNA));
        // The text may bring its category along.
        one(&t, ANNA, "!bedenken").await;
        let saved = one(&t, ANNA, "datenschutz: Wo liegen die Daten?").await;
        assert!(saved.contains("#2 (Datenschutz)"), "{saved}");
        // A category alone asks for the text.
        let ask = one(&t, ANNA, "!bedenken datenschutz").await;
        assert!(ask.contains("Was bereitet Ihnen Sorge?"), "{ask}");
        let saved = one(&t, ANNA, "Wer sieht meine Eingaben?").await;
        assert!(saved.contains("#3 (Datenschutz)"), "{saved}");
        // Too long a text is refused with the limit; the dialog waits for a shorter one.
        one(&t, ANNA, "!bedenken").await;
        let reply = one(&t, ANNA, &"x".repeat(4001)).await;
        assert!(reply.contains("höchstens 4000"), "{reply}");
        one(&t, ANNA, "Kürzer").await;
        one(&t, ANNA, "7").await;
        // !abbrechen stores nothing.
        one(&t, ANNA, "!bedenken").await;
        one(&t, ANNA, "Das hier soll nicht gespeichert werden").await;
        assert!(one(&t, ANNA, "!abbrechen").await.contains("abgebrochen"));
        assert_eq!(t.count("SELECT COUNT(*) FROM concerns").await, 4);
        assert_eq!(t.count("SELECT COUNT(*) FROM dialogs").await, 0);
        // A one-line concern that is too long is refused; nothing is stored.
        let reply = one(&t, ANNA, &format!("!bedenken datenschutz: {}", "y".repeat(4001))).await;
        assert!(reply.contains("höchstens 4000"), "{reply}");
        assert_eq!(t.count("SELECT COUNT(*) FROM concerns").await, 4);
    }
}

#[tokio::test]
async fn a_concern_can_be_about_an_idea_and_the_team_sees_the_count() {
    for t in backends().await {
        one(&t, BEN, "!idee Chatbot für Anträge").await;
        let ask = one(&t, ANNA, "!bedenken #1: Was, wenn der Chatbot falsch berät?").await;
        assert!(ask.contains("Welche Kategorie"), "{ask}");
        let saved = one(&t, ANNA, "2").await;
        assert!(
            saved.contains("#1 (Fehler der KI)") && saved.contains("Idee #1"),
            "{saved}"
        );
        let saved = one(&t, ANNA, "!bedenken #1 datenschutz: Wo landen die Anfragen?").await;
        assert!(
            saved.contains("#2 (Datenschutz)") && saved.contains("Idee #1"),
            "{saved}"
        );
        // `#1:` alone starts the dialog about idea #1.
        let ask = one(&t, ANNA, "!bedenken #1:").await;
        assert!(
            ask.contains("Was bereitet Ihnen Sorge?") && ask.contains("Idee #1"),
            "{ask}"
        );
        one(&t, ANNA, "Wer prüft die Antworten?").await;
        one(&t, ANNA, "1").await;
        one(&t, ANNA, "!bedenken Ohne Bezug").await;
        one(&t, ANNA, "7").await;
        let rows = concerns(&t).await;
        let ideas: Vec<Option<i64>> = rows.iter().map(|r| r.3).collect();
        assert_eq!(ideas, vec![Some(1), Some(1), Some(1), None]);

        one(&t, TEAM, "!bedenken antworten #2 Im eigenen Rechenzentrum.").await;
        let shown = one(&t, TEAM, "!idee #1").await;
        assert!(
            shown.contains("Bedenken: 3, davon 2 offen – ansehen mit !bedenken liste #1"),
            "{shown}"
        );
        for user in [BEN, ANNA] {
            let shown = one(&t, user, "!idee #1").await;
            assert!(!shown.contains("Bedenken"), "{shown}");
        }
        let list = one(&t, TEAM, "!bedenken liste #1").await;
        assert!(list.contains("(3)") && !list.contains("Ohne Bezug"), "{list}");

        // Unknown and withdrawn ideas are refused; nothing is stored.
        let reply = one(&t, ANNA, "!bedenken #99: Irgendwas").await;
        assert!(reply.contains("Eine Idee #99 gibt es nicht"), "{reply}");
        let reply = one(&t, ANNA, "!bedenken #99 datenschutz: Irgendwas").await;
        assert!(reply.contains("Eine Idee #99 gibt es nicht"), "{reply}");
        one(&t, BEN, "!zurückziehen #1").await;
        let reply = one(&t, ANNA, "!bedenken #1: Noch etwas").await;
        assert!(reply.contains("zurückgezogen"), "{reply}");
        assert_eq!(t.count("SELECT COUNT(*) FROM concerns").await, 4);
        assert_eq!(t.count("SELECT COUNT(*) FROM dialogs").await, 0);
    }
}

#[tokio::test]
async fn errors_get_a_clear_answer() {
    for t in backends().await {
        assert!(
            one(&t, ANNA, "!bedenken #abc")
                .await
                .contains("Nummer verstehe ich nicht")
        );
        assert!(
            one(&t, ANNA, "!bedenken #0 Text")
                .await
                .contains("Nummer verstehe ich nicht")
        );
        assert!(
            one(&t, ANNA, "!bedenken #42")
                .await
                .contains("Ein Bedenken #42 gibt es nicht")
        );
        assert!(
            one(&t, TEAM, "!bedenken #42")
                .await
                .contains("Ein Bedenken #42 gibt es nicht")
        );
        assert!(
            one(&t, TEAM, "!bedenken antworten")
                .await
                .contains("So beantworten Sie")
        );
        assert!(
            one(&t, TEAM, "!bedenken antworten 5 Text")
                .await
                .contains("So beantworten Sie")
        );
        assert!(
            one(&t, TEAM, "!bedenken antworten #x Text")
                .await
                .contains("Nummer verstehe ich nicht")
        );
        assert!(
            one(&t, TEAM, "!bedenken antworten #42 Text")
                .await
                .contains("Ein Bedenken #42 gibt es nicht")
        );
        one(&t, ANNA, "!bedenken datenschutz: Etwas").await;
        assert!(
            one(&t, TEAM, "!bedenken antworten #1")
                .await
                .contains("So beantworten Sie")
        );
        let reply = one(&t, TEAM, &format!("!bedenken antworten #1 {}", "z".repeat(4001))).await;
        assert!(reply.contains("höchstens 4000"), "{reply}");
        assert_eq!(
            t.count("SELECT COUNT(*) FROM concerns WHERE answer IS NOT NULL").await,
            0
        );
        assert_eq!(t.count("SELECT COUNT(*) FROM audit_log").await, 0);
        // English, for someone who chose it.
        one(&t, BEN, "!sprache en").await;
        let ask = one(&t, BEN, "!concern Who decides?").await;
        assert!(
            ask.contains("Which category") && ask.contains("4 – Data protection"),
            "{ask}"
        );
        assert!(one(&t, BEN, "weather").await.contains("\"weather\" is not a category"));
        assert!(one(&t, BEN, "responsibility").await.contains("#2 (Responsibility)"));
        assert!(
            one(&t, BEN, "!concern anonymous x")
                .await
                .contains("only in a direct chat")
        );
        let _ = ROOM;
    }
}

#[tokio::test]
async fn personal_data_names_none_one_or_many_concerns_with_their_numbers() {
    for t in backends().await {
        let mine = t.dm(ANNA, "!meine-daten").await;
        assert!(mine[0].contains("Bedenken unter Ihrem Namen: keine"), "{mine:?}");
        assert!(!mine[0].contains("#N"), "no placeholder to act on: {mine:?}");
        one(&t, ANNA, "!bedenken datenschutz: Wo liegen die Daten?").await;
        let mine = t.dm(ANNA, "!meine-daten").await;
        assert!(
            mine[0].contains("Bedenken unter Ihrem Namen: eines, #1 (ansehen mit !bedenken #1)"),
            "{mine:?}"
        );
        one(&t, BEN, "!bedenken datenschutz: Nicht von Anna").await;
        one(&t, ANNA, "!bedenken verantwortung: Wer entscheidet?").await;
        let mine = t.dm(ANNA, "!meine-daten").await;
        assert!(
            mine[0].contains("Bedenken unter Ihrem Namen: 2, #1, #3 (eines ansehen, z. B. mit !bedenken #1)"),
            "{mine:?}"
        );
    }
}

#[tokio::test]
async fn the_team_sees_one_concern_on_an_idea_in_words() {
    for t in backends().await {
        one(&t, BEN, "!idee Chatbot für Anträge").await;
        one(&t, ANNA, "!bedenken #1 datenschutz: Wo landen die Anfragen?").await;
        let shown = one(&t, TEAM, "!idee #1").await;
        assert!(shown.contains("Bedenken: eines, noch offen"), "{shown}");
        one(&t, TEAM, "!bedenken antworten #1 Im eigenen Rechenzentrum.").await;
        let shown = one(&t, TEAM, "!idee #1").await;
        assert!(shown.contains("Bedenken: eines, beantwortet"), "{shown}");
        one(&t, ANNA, "!bedenken #1 verantwortung: Wer haftet?").await;
        let shown = one(&t, TEAM, "!idee #1").await;
        assert!(shown.contains("Bedenken: 2, davon eines offen"), "{shown}");
    }
}

#[test]
fn counts_in_concern_texts_take_the_right_plural() {
    use lotse::bot::i18n::Lang::{De, En};
    use lotse::bot::i18n::t;
    let more = |lang, count: i64| t(lang, "concern-list-more", &[("count", count.into())]);
    assert!(more(De, 1).starts_with("… und ein weiteres."), "{}", more(De, 1));
    assert!(more(De, 4).starts_with("… und 4 weitere."), "{}", more(De, 4));
    assert!(more(En, 1).starts_with("… and one more."), "{}", more(En, 1));
    assert!(more(En, 4).starts_with("… and 4 more."), "{}", more(En, 4));

    let total = |lang, count: i64, answered: i64, share: &str| {
        t(
            lang,
            "report-concerns-total",
            &[
                ("count", count.into()),
                ("count_text", count.to_string().into()),
                ("answered", answered.to_string().into()),
                ("answered_count", answered.into()),
                ("share", share.into()),
            ],
        )
    };
    assert_eq!(total(De, 0, 0, "–"), "Keine Bedenken im Zeitraum");
    assert_eq!(
        total(De, 1, 0, "0 %"),
        "Ein Bedenken im Zeitraum, noch nicht beantwortet"
    );
    assert_eq!(total(De, 1, 1, "100 %"), "Ein Bedenken im Zeitraum, beantwortet");
    assert_eq!(
        total(De, 4, 1, "25 %"),
        "4 Bedenken im Zeitraum, davon beantwortet: 1 (25 %)"
    );
    assert_eq!(total(En, 0, 0, "–"), "No concerns in the period");
    assert_eq!(total(En, 1, 0, "0%"), "One concern in the period, not answered yet");
    assert_eq!(total(En, 4, 1, "25%"), "4 concerns in the period, answered: 1 (25%)");

    let on_idea = |lang, count: i64, open: i64| {
        t(
            lang,
            "concern-idea-count",
            &[("id", 12i64.into()), ("count", count.into()), ("open", open.into())],
        )
    };
    assert_eq!(
        on_idea(En, 1, 1),
        "One concern, still open – !concern list #12 shows them"
    );
    assert_eq!(
        on_idea(En, 3, 0),
        "3 concerns, all answered – !concern list #12 shows them"
    );
    assert_eq!(
        on_idea(De, 3, 0),
        "Bedenken: 3, alle beantwortet – ansehen mit !bedenken liste #12"
    );
}
