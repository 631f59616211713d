//! `!ideen suche` over the full-text index: the same cases find the same ideas on SQLite and
//! PostgreSQL (umlauts, ß, word forms, word starts, several words), and the index follows every
//! change of the texts: edit, redaction, withdrawal, erasure, and ideas from before the index.

use crate::corekit::{ROOM, TestBot, backends};
use lotse::bot::types::InboundKind;

const ANNA: &str = "@anna:example.org";
const BEN: &str = "@ben:example.org";
const CARLA: &str = "@carla:example.org";

/// The idea numbers a search lists, in the order shown.
async fn found(t: &TestBot, words: &str) -> Vec<i64> {
    let reply = t.one(BEN, &format!("!ideen suche {words}")).await;
    if reply.contains("keine Idee gefunden") {
        return vec![];
    }
    reply
        .lines()
        .skip(1)
        .filter_map(|line| line.strip_prefix('#')?.split(' ').next()?.parse().ok())
        .collect()
}

/// On SQLite: the FTS5 index holds exactly the terms of the ideas table.
async fn index_in_step(t: &TestBot) {
    if t.backend == "sqlite" {
        sqlx::query("INSERT INTO ideas_fts (ideas_fts, rank) VALUES ('integrity-check', 1)")
            .execute(t.store().pool())
            .await
            .expect("the FTS index matches the ideas table");
    }
}

#[tokio::test]
async fn the_same_words_find_the_same_ideas_on_both_backends() {
    for t in backends().await {
        for idea in [
            "!idee Prüfung der Anträge",
            "!idee Pruefung von Rechnungen",
            "!idee Straßenbeleuchtung melden",
            "!idee Café-Betrieb im Rathaus",
            "!idee ÜBERSETZUNG von Bescheiden",
            "!idee Bürgeranfragen per Chatbot beantworten",
            "!idee Digitale Verwaltung",
        ] {
            t.one(ANNA, idea).await;
        }
        let cases: &[(&str, &[i64])] = &[
            ("prüfung", &[1]),
            ("PRÜFUNGEN", &[1]),
            ("Pruefung", &[2]),
            ("prüf", &[1]),
            ("Strasse", &[3]),
            ("straße", &[3]),
            ("STRASSENBELEUCHTUNG", &[3]),
            ("cafe", &[4]),
            ("Café", &[4]),
            ("übersetzungen", &[5]),
            ("Antrag", &[1]),
            ("bürger", &[6]),
            ("Prüfung Anträge", &[1]),
            ("Prüfung Rathaus", &[]),
            ("von", &[5, 2]),
            ("verwaltun", &[7]),
            ("Verwaltungen", &[7]),
            ("digita", &[7]),
            // Not inside a compound word: the index knows where words start.
            ("beleuchtung", &[]),
            ("zzzz", &[]),
        ];
        for (words, expected) in cases {
            assert_eq!(&found(&t, words).await, expected, "{words:?} on {}", t.backend);
        }
        // Nothing a person types is read as search syntax.
        for hostile in [
            "\"*",
            "NEAR(a b)",
            "prüf:* | b",
            "'; DROP TABLE ideas; --",
            "a & !b",
            "*",
            "💡",
        ] {
            let reply = t.one(BEN, &format!("!ideen suche {hostile}")).await;
            assert!(
                reply.contains("keine Idee gefunden"),
                "{hostile:?} on {}: {reply}",
                t.backend
            );
        }
        index_in_step(&t).await;
    }
}

#[tokio::test]
async fn results_keep_the_order_by_support_and_the_limit() {
    for t in backends().await {
        for n in 1..=17 {
            t.one(ANNA, &format!("!idee Aktenablage Nummer {n}")).await;
        }
        t.one(ANNA, "!idee Etwas ganz anderes").await;
        t.one(BEN, "!unterstütze #7").await;
        t.one(CARLA, "!unterstütze #7").await;
        t.one(BEN, "!unterstütze #12").await;
        let reply = t.one(BEN, "!ideen suche akten").await;
        assert!(reply.starts_with("17 Ideen zu „akten“:"), "{reply}");
        assert!(reply.contains("und 2 weitere"), "{reply}");
        let ids = found(&t, "akten").await;
        assert_eq!(ids.len(), 15, "{reply}");
        assert_eq!(&ids[..4], &[7, 12, 17, 16], "most support first, then the newest");
    }
}

#[tokio::test]
async fn the_index_follows_edit_redaction_withdrawal_and_erasure() {
    for t in backends().await {
        // Edit: the old title is no longer found, the new one is.
        let submitted = t.message(ANNA, ROOM, false, "!idee Chatbott fürs Bürgeramt");
        let source = submitted.event_id.clone();
        t.event(submitted).await;
        let edit = InboundKind::Edit {
            target: source,
            body: "!idee Terminbot für Bürger".into(),
        };
        t.event(t.inbound(ANNA, ROOM, false, edit)).await;
        assert_eq!(found(&t, "chatbott").await, Vec::<i64>::new(), "on {}", t.backend);
        assert_eq!(found(&t, "terminbot").await, vec![1], "on {}", t.backend);

        // Withdrawal.
        t.one(ANNA, "!idee Protokolle zusammenfassen").await;
        assert_eq!(found(&t, "protokoll").await, vec![2]);
        t.one(ANNA, "!zurückziehen #2").await;
        assert_eq!(found(&t, "protokoll").await, Vec::<i64>::new(), "on {}", t.backend);

        // Redaction of the submitting message.
        let submitted = t.message(BEN, ROOM, false, "!idee Reisekosten automatisch prüfen");
        let source = submitted.event_id.clone();
        t.event(submitted).await;
        assert_eq!(found(&t, "reisekosten").await, vec![3]);
        t.event(t.inbound(BEN, ROOM, false, InboundKind::Redaction { target: source }))
            .await;
        assert_eq!(found(&t, "reisekosten").await, Vec::<i64>::new(), "on {}", t.backend);

        // Erasure: Carla's own unprocessed idea goes; Ben's idea naming her stays, under the
        // tombstone, and is no longer found by her name.
        t.one(CARLA, "!idee Dienstplan digital").await;
        t.one(BEN, "!idee Urlaubsplanung mit carla abstimmen").await;
        assert_eq!(found(&t, "dienstplan").await, vec![4]);
        assert_eq!(found(&t, "carla").await, vec![5]);
        index_in_step(&t).await;
        t.dm(CARLA, "!vergiss-mich").await;
        t.dm(CARLA, "LÖSCHEN").await;
        assert_eq!(found(&t, "dienstplan").await, Vec::<i64>::new(), "on {}", t.backend);
        assert_eq!(found(&t, "carla").await, Vec::<i64>::new(), "on {}", t.backend);
        assert_eq!(found(&t, "urlaubsplanung").await, vec![5], "on {}", t.backend);
        assert_eq!(found(&t, "gelöschte person").await, vec![5], "on {}", t.backend);
        let naming = t.store().columns_containing("carla").await.unwrap();
        // (The confirmation to her direct chat, whose test id holds her name, is deleted once sent.)
        assert_eq!(
            naming,
            ["outbox.payload", "outbox.recipient", "outbox.conversation"],
            "on {}",
            t.backend
        );
        index_in_step(&t).await;

        // Ideas from before the index (or set aside by an erasure) get their terms at the next
        // search, in full.
        sqlx::query("UPDATE ideas SET search_terms = NULL")
            .execute(t.store().pool())
            .await
            .unwrap();
        assert_eq!(found(&t, "terminbot").await, vec![1], "on {}", t.backend);
        assert_eq!(
            t.count("SELECT COUNT(*) FROM ideas WHERE search_terms IS NULL").await,
            0
        );
        index_in_step(&t).await;
    }
}

#[tokio::test]
async fn ideas_from_before_the_index_are_found_and_can_still_be_erased() {
    let seed = [
        "INSERT INTO ideas (title, description, department, benefit, author, search_text, room_id, created_at, updated_at) \
         VALUES ('Urlaubsanträge digital', '', '', '', '@carla:example.org', 'urlaubsanträge digital', '!dept:example.org', 1, 1)",
        "INSERT INTO ideas (title, description, department, benefit, author, search_text, room_id, created_at, updated_at) \
         VALUES ('Sitzungsprotokolle zusammenfassen', '', '', '', '@carla:example.org', 'sitzungsprotokolle zusammenfassen', '!dept:example.org', 2, 2)",
        "INSERT INTO ideas (title, description, department, benefit, author, search_text, room_id, created_at, updated_at) \
         VALUES ('Post vorsortieren', '', '', '', '@ben:example.org', 'post vorsortieren', '!dept:example.org', 3, 3)",
    ];
    for t in TestBot::upgraded("0017", &seed).await {
        index_in_step(&t).await;
        // Erasing before any search has written the terms deletes indexed-as-empty rows.
        t.dm(CARLA, "!vergiss-mich").await;
        t.dm(CARLA, "LÖSCHEN").await;
        assert_eq!(t.count("SELECT COUNT(*) FROM ideas").await, 1, "on {}", t.backend);
        index_in_step(&t).await;
        assert_eq!(found(&t, "vorsortieren").await, vec![3], "on {}", t.backend);
        assert_eq!(found(&t, "urlaub").await, Vec::<i64>::new(), "on {}", t.backend);
        t.one(ANNA, "!idee Urlaubsplanung").await;
        assert_eq!(found(&t, "urlaub").await, vec![4], "on {}", t.backend);
        index_in_step(&t).await;
    }
}
