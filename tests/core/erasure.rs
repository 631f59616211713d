//! A person's rights over their data: erasure (`!vergiss-mich`, `!vergiss @user`) with its
//! preview and confirmation and every erase path (waiting list, kept ideas under a tombstone, a
//! team member's scores and audit entries, an anonymous concern left alone, no trace afterwards in
//! any column of any table), the export as files (`!meine-daten datei`), and input hygiene for
//! titles. SQLite and PostgreSQL.

use crate::corekit::team::{ANNA, BEN, CDO, FULL_SCORE, dms_to, send};
use crate::corekit::{TEAM, TestBot, backends};
use lotse::bot::types::Destination;

const CARLA: &str = "@carla:example.org";
/// The room `TestBot::dm` uses for Anna.
const ANNA_DM: &str = "!dm-anna-example.org:example.org";

/// Every table and text column that holds `needle`, after everything is delivered.
async fn traces(t: &TestBot, needle: &str) -> Vec<String> {
    t.deliver_everything().await;
    t.store().columns_containing(needle).await.unwrap()
}

/// Anna takes part everywhere: two ideas (one the team took up), a support and a comment on
/// Ben's idea, a named concern, round-table contributions, the last seat of a training while
/// Carla waits, an attended training, a reported AI tool and one she owns. Ben voices a concern
/// anonymously.
async fn anna_everywhere(t: &TestBot) {
    t.say(ANNA, "!fachbereich Bürgerservice").await;
    t.say(ANNA, "!idee Chatbot für Terminfragen").await;
    t.say(ANNA, "!idee Anträge vorsortieren").await;
    t.say(TEAM, "!status #2 in-prüfung").await;
    t.say(BEN, "!idee Protokolle zusammenfassen").await;
    t.say(ANNA, "!unterstütze #3").await;
    t.say(ANNA, "!kommentar #3 Das würde anna sehr helfen.").await;
    t.say(ANNA, "!bedenken Datenschutz: Werden Chats gespeichert?").await;
    t.dm(BEN, "!bedenken anonym datenschutz: Werden unsere Chats ausgewertet?")
        .await;
    t.say(TEAM, "!rundtisch start KI im Bürgerservice").await;
    t.say(ANNA, "Ein Chatbot für Termine wäre gut.").await;
    t.say(BEN, "Wer haftet bei Fehlern?").await;
    t.say(TEAM, "!rundtisch ende").await;
    t.say(
        TEAM,
        "!schulung neu Grundlagen KI | grundlagen | 12.03.2027 14:00 | 1,5 h | Raum 1.23 | 10",
    )
    .await;
    t.say(
        TEAM,
        "!schulung neu Vertiefung | grundlagen | 01.06.2027 10:00 | 2 h | Raum 2.01 | 1",
    )
    .await;
    t.say(ANNA, "!anmelden #1").await;
    t.clock.advance_ms(at("2027-03-12T15:00:00Z") - now(t));
    assert!(t.one(TEAM, "!teilnahme #1 alle").await.contains("erfasst (1)"));
    assert!(t.one(ANNA, "!anmelden #2").await.contains("Sie sind angemeldet"));
    assert!(t.one(CARLA, "!anmelden #2").await.contains("Warteliste an Platz 1"));
    t.say(ANNA, "!ki-tool melden Diktierhilfe: Schreibt Vermerke").await;
    t.say(TEAM, "!ki-tool neu Terminbot | Bürgerservice | Vergibt Termine")
        .await;
    t.say(TEAM, "!ki-tool #2 ändern verantwortlich @anna:example.org").await;
}

fn now(t: &TestBot) -> i64 {
    use lotse::clock::Clock;
    t.clock.now_ms()
}

fn at(rfc3339: &str) -> i64 {
    chrono::DateTime::parse_from_rfc3339(rfc3339)
        .unwrap()
        .timestamp_millis()
}

async fn anonymous_concern(t: &TestBot) -> (i64, String, String, Option<String>, i64) {
    sqlx::query_as("SELECT id, category, body, author, created_at FROM concerns WHERE anonymous = 1")
        .fetch_one(t.store().pool())
        .await
        .unwrap()
}

#[tokio::test]
async fn forget_me_previews_then_erases_everything_and_keeps_records_under_a_tombstone() {
    for t in backends().await {
        anna_everywhere(&t).await;
        let anonymous_before = anonymous_concern(&t).await;

        let preview = t.dm(ANNA, "!vergiss-mich").await;
        assert_eq!(preview.len(), 1, "{preview:?}");
        let preview = &preview[0];
        for expected in [
            "Wird gelöscht:",
            "eine Idee, die das Strategieteam noch nicht aufgegriffen hat",
            "eine Unterstützung einer Idee",
            "ein Kommentar",
            "ein Bedenken unter diesem Namen",
            "eine Rückmeldung unter diesem Namen zu einem Rundtisch",
            "eine Anmeldung zu einer Schulung",
            "Bleibt als Unterlage der Verwaltung",
            "eine Idee, die das Strategieteam schon aufgegriffen hat",
            "eine besuchte Schulung",
            "eine Meldung eines KI-Werkzeugs",
            "ein Eintrag im KI-Bestand, für den Sie verantwortlich sind",
            "LÖSCHEN",
        ] {
            assert!(
                preview.contains(expected),
                "{expected:?} missing on {}:\n{preview}",
                t.backend
            );
        }
        // The preview changed nothing.
        assert_eq!(
            t.count("SELECT COUNT(*) FROM ideas WHERE author = '@anna:example.org'")
                .await,
            2
        );
        assert_eq!(t.count("SELECT COUNT(*) FROM training_participants").await, 3);

        // The maintained support count (for "!ideen top") follows every support and erasure.
        const OUT_OF_STEP: &str = "SELECT COUNT(*) FROM ideas i \
             WHERE i.supporters <> (SELECT COUNT(*) FROM idea_supporters s WHERE s.idea_id = i.id)";
        let supported = "SELECT CAST(COALESCE(SUM(supporters), 0) AS BIGINT) FROM ideas";
        let before = t.count(supported).await;
        assert!(before > 0);
        assert_eq!(t.count(OUT_OF_STEP).await, 0);

        let out = t.dm_messages(ANNA, "LÖSCHEN").await;
        assert_eq!(t.count(OUT_OF_STEP).await, 0, "on {}", t.backend);
        assert!(t.count(supported).await < before, "Anna's support is gone");
        let reply = out
            .iter()
            .find(|m| m.destination == Destination::Room(ANNA_DM.into()))
            .expect("a confirmation in the DM");
        assert!(reply.body.contains("Ihre Daten sind gelöscht"), "{}", reply.body);
        assert!(reply.body.contains("Gelöscht:"), "{}", reply.body);
        assert!(reply.leave_after, "the bot leaves the DM after the confirmation");
        assert!(reply.mentions.is_empty());
        let promoted = dms_to(&out, CARLA);
        assert_eq!(promoted.len(), 1, "Carla moves up and is told: {out:#?}");
        assert!(promoted[0].body.contains("Sie sind jetzt für die Schulung #2"));

        assert_eq!(
            traces(&t, ANNA).await,
            Vec::<String>::new(),
            "the user id on {}",
            t.backend
        );
        assert_eq!(
            traces(&t, "anna").await,
            Vec::<String>::new(),
            "the localpart on {}",
            t.backend
        );
        assert_eq!(
            traces(&t, ANNA_DM).await,
            Vec::<String>::new(),
            "the DM room on {}",
            t.backend
        );
        assert_eq!(
            t.count("SELECT COUNT(*) FROM outbox WHERE payload LIKE '%leave_after%'")
                .await,
            0,
            "the confirmation is deleted once delivered"
        );

        assert_eq!(t.count("SELECT COUNT(*) FROM ideas WHERE id = 1").await, 0);
        let (author, source): (String, Option<String>) =
            sqlx::query_as("SELECT author, source_event_id FROM ideas WHERE id = 2")
                .fetch_one(t.store().pool())
                .await
                .unwrap();
        assert_eq!((author.as_str(), source), ("gelöschte Person 1", None));
        assert_eq!(t.count("SELECT COUNT(*) FROM idea_supporters").await, 0);
        assert_eq!(t.count("SELECT COUNT(*) FROM idea_comments").await, 0);
        assert_eq!(t.count("SELECT COUNT(*) FROM concerns WHERE anonymous = 0").await, 0);
        assert_eq!(
            anonymous_concern(&t).await,
            anonymous_before,
            "the anonymous concern is untouched"
        );
        assert_eq!(
            t.count("SELECT COUNT(*) FROM round_table_feedback").await,
            1,
            "Ben's stays"
        );
        assert_eq!(
            t.count("SELECT COUNT(*) FROM training_participants WHERE state = 'angemeldet'")
                .await,
            1,
            "Carla has the seat"
        );
        let counted: (String, String, i64) =
            sqlx::query_as("SELECT department, level, attendees FROM training_attendance_erased")
                .fetch_one(t.store().pool())
                .await
                .unwrap();
        assert_eq!(counted, ("Bürgerservice".into(), "grundlagen".into(), 1));
        let literacy = t.one(TEAM, "!kompetenz").await;
        assert!(
            literacy.contains("Bürgerservice: außerdem ein Nachweis der Stufe Grundlagen von gelöschten Personen"),
            "{literacy}"
        );
        let portfolio = t.one(TEAM, "!portfolio").await;
        assert!(portfolio.contains("#2"), "the kept idea is still listed: {portfolio}");
        let shown = t.one(TEAM, "!idee #2").await;
        assert!(shown.contains("eingereicht von gelöschte Person 1"), "{shown}");
        // Her report stays without her; the tool she owned needs a new owner.
        assert!(t.one(TEAM, "!ki-tool #1").await.contains("Diktierhilfe"));
        let owned = t.one(TEAM, "!ki-tool #2").await;
        assert!(!owned.contains("Verantwortlich:"), "{owned}");
        assert!(owned.contains("fehlt noch: Verantwortlich"), "{owned}");
        assert_eq!(
            t.count("SELECT COUNT(*) FROM ai_tools WHERE source_event_id IS NOT NULL AND created_by = ''")
                .await,
            0
        );
    }
}

#[tokio::test]
async fn erasing_a_team_member_turns_scores_ownership_and_audit_entries_into_a_tombstone() {
    for t in backends().await {
        t.set_strategy_room_members(&[CDO]);
        t.say(ANNA, "!idee Anträge vorsortieren").await;
        t.say(CDO, &format!("!bewerte #1 {FULL_SCORE}")).await;
        t.say(CDO, "!status #1 in-prüfung").await;
        t.say(CDO, "!verantwortlich #1 @cdo:example.org").await;
        t.say(CDO, "!rolle @ben:example.org promotor Bauamt").await;
        t.say(TEAM, "!rolle @cdo:example.org promotor Bürgerservice").await;
        t.set_strategy_room_members(&[]);
        t.say(ANNA, "!idee Zweite Idee").await;
        t.deliver_everything().await;

        assert!(
            t.one(BEN, "!vergiss @cdo:example.org")
                .await
                .contains("dem Strategieteam vorbehalten")
        );
        let in_room = t.one(TEAM, "!vergiss @cdo:example.org").await;
        assert!(in_room.contains("Direktchat"), "{in_room}");
        let preview = t.dm(TEAM, "!vergiss @cdo:example.org").await;
        assert_eq!(preview.len(), 1);
        for expected in [
            "die Rolle als Promotor:in eines Fachbereichs",
            "eine Bewertung einer Idee",
            "eine Idee, für die diese Person als verantwortlich eingetragen ist",
            "Die Person erhält keine Nachricht",
        ] {
            assert!(preview[0].contains(expected), "{expected:?} missing:\n{}", preview[0]);
        }
        let out = t.dm_messages(TEAM, "löschen").await;
        assert_eq!(
            out.len(),
            1,
            "only the reply to the team, nothing to the person: {out:#?}"
        );
        assert!(out[0].body.contains("„gelöschte Person 1“"), "{}", out[0].body);

        assert_eq!(traces(&t, CDO).await, Vec::<String>::new(), "on {}", t.backend);
        assert_eq!(traces(&t, "cdo").await, Vec::<String>::new(), "on {}", t.backend);
        let scorer: (String,) = sqlx::query_as("SELECT scorer FROM idea_scores")
            .fetch_one(t.store().pool())
            .await
            .unwrap();
        assert_eq!(scorer.0, "gelöschte Person 1");
        let owner: (Option<String>,) = sqlx::query_as("SELECT owner FROM ideas WHERE id = 1")
            .fetch_one(t.store().pool())
            .await
            .unwrap();
        assert_eq!(owner.0.as_deref(), Some("gelöschte Person 1"));
        let actors: Vec<(String, String, String)> =
            sqlx::query_as("SELECT actor, action, record_ref FROM audit_log ORDER BY id")
                .fetch_all(t.store().pool())
                .await
                .unwrap();
        let by_cdo = actors.iter().filter(|(a, _, _)| a == "gelöschte Person 1").count();
        let with_event = t
            .count("SELECT COUNT(*) FROM audit_log WHERE actor = 'gelöschte Person 1' AND event_id IS NOT NULL")
            .await;
        assert_eq!(with_event, 0, "no message id leads back to the erased team member");
        assert!(
            by_cdo >= 3,
            "score, status, owner and role stay under the tombstone: {actors:?}"
        );
        assert_eq!(
            actors.last().unwrap(),
            &(
                TEAM.to_string(),
                "person_erased".to_string(),
                "gelöschte Person 1".to_string()
            ),
            "the erasure itself is audited under the tombstone"
        );
        assert_eq!(t.count("SELECT COUNT(*) FROM promoters").await, 1, "Ben's role stays");

        // A second person gets the next number, and the first keeps theirs.
        t.dm(TEAM, "!vergiss @ben:example.org").await;
        t.dm_messages(TEAM, "LÖSCHEN").await;
        assert_eq!(
            t.count("SELECT COUNT(*) FROM promoters").await,
            0,
            "Ben's own role ended with him"
        );
        let tombstones = t
            .count("SELECT COUNT(*) FROM audit_log WHERE record_ref IN ('gelöschte Person 1', 'gelöschte Person 2')")
            .await;
        assert!(tombstones >= 2);
    }
}

#[tokio::test]
async fn nothing_is_erased_without_the_word_and_nothing_is_stored_in_a_room() {
    for t in backends().await {
        t.say(ANNA, "!idee Chatbot für Terminfragen").await;
        let in_room = t.one(ANNA, "!vergiss-mich").await;
        assert!(in_room.contains("Direktchat"), "{in_room}");
        assert_eq!(
            t.count("SELECT COUNT(*) FROM dialogs").await,
            0,
            "no dialog from a room"
        );

        for answer in ["ja", "löschen bitte", "!abbrechen"] {
            let preview = t.dm(ANNA, "!vergiss-mich").await;
            assert!(preview[0].contains("eine Idee"), "{preview:?}");
            let stopped = t.dm(ANNA, answer).await;
            assert_eq!(stopped.len(), 1, "{answer}: {stopped:?}");
            assert!(
                stopped[0].contains("nichts gelöscht") || stopped[0].contains("nichts gespeichert"),
                "{answer}: {stopped:?}"
            );
            assert_eq!(
                t.count("SELECT COUNT(*) FROM ideas").await,
                1,
                "{answer} erases nothing"
            );
            assert_eq!(t.count("SELECT COUNT(*) FROM erased_people").await, 0);
        }
        // English works the same.
        t.dm(ANNA, "!sprache en").await;
        let preview = t.dm(ANNA, "!forget-me").await;
        assert!(preview[0].contains("DELETE"), "{preview:?}");
        let done = t.dm(ANNA, "DELETE").await;
        assert!(done[0].contains("your data has been erased"), "{done:?}");
        assert_eq!(t.count("SELECT COUNT(*) FROM ideas").await, 0);
        // Someone with nothing stored is told so.
        let nothing = t.dm(CARLA, "!vergiss-mich").await;
        assert!(nothing[0].contains("nichts gespeichert"), "{nothing:?}");
    }
}

#[tokio::test]
async fn titles_lose_bidi_controls_and_an_invisible_title_is_refused() {
    for t in backends().await {
        let refused = t.one(ANNA, "!idee \u{200B}\u{200B} \u{FEFF}").await;
        assert!(refused.contains("unsichtbaren Zeichen"), "{refused}");
        assert_eq!(t.count("SELECT COUNT(*) FROM ideas").await, 0);
        let refused = t
            .one(
                TEAM,
                "!schulung neu \u{200B} | grundlagen | 12.03.2027 14:00 | 1 h | Raum | 5",
            )
            .await;
        assert!(refused.contains("unsichtbaren Zeichen"), "{refused}");
        assert_eq!(t.count("SELECT COUNT(*) FROM trainings").await, 0);

        t.say(ANNA, "!idee Akten\u{202E}txt.exe\u{202C} sortieren\u{2066}")
            .await;
        let (title,): (String,) = sqlx::query_as("SELECT title FROM ideas")
            .fetch_one(t.store().pool())
            .await
            .unwrap();
        assert_eq!(title, "Aktentxt.exe sortieren");
    }
}

#[tokio::test]
async fn replies_still_waiting_in_shared_rooms_stop_mentioning_an_erased_person() {
    for t in backends().await {
        t.say(ANNA, "!idee Chatbot").await;
        let replies = send(&t, ANNA, "!ideen").await;
        assert!(replies[0].mentions.contains(&ANNA.to_string()));
        t.dm(ANNA, "!vergiss-mich").await;
        t.dm(ANNA, "LÖSCHEN").await;
        for pending in t.store().outbox_pending(100).await.unwrap() {
            assert!(!pending.message.mentions.contains(&ANNA.to_string()), "{pending:?}");
        }
        assert_eq!(traces(&t, ANNA).await, Vec::<String>::new());
    }
}

#[tokio::test]
async fn my_data_as_files_holds_every_row_naming_the_person_and_blanks_everyone_else() {
    for t in backends().await {
        t.say(ANNA, "!fachbereich Bürgerservice").await;
        t.say(ANNA, "!idee Chatbot für Terminfragen").await;
        t.say(BEN, "!idee Protokolle zusammenfassen").await;
        t.say(ANNA, "!kommentar #2 Gute Idee").await;
        t.say(TEAM, "!rolle @anna:example.org promotor Bürgerservice").await;

        // Asked for in a room, the files go to the direct chat.
        let out = send(&t, ANNA, "!meine-daten datei").await;
        let files: Vec<_> = out
            .iter()
            .filter_map(|m| m.attachment.as_ref().map(|a| (m, a)))
            .collect();
        assert_eq!(files.len(), 2, "{out:#?}");
        assert!(
            files
                .iter()
                .all(|(m, _)| m.destination == Destination::DirectTo(ANNA.into()))
        );
        let room_reply = out.iter().find(|m| m.attachment.is_none()).unwrap();
        assert!(room_reply.body.contains("Direktchat"), "{}", room_reply.body);

        let markdown = &files.iter().find(|(_, a)| a.mime == "text/markdown").unwrap().1.text();
        assert!(markdown.contains("Fachbereich: Bürgerservice"), "{markdown}");
        assert!(markdown.contains("Chatbot für Terminfragen"), "{markdown}");
        let json = &files
            .iter()
            .find(|(_, a)| a.mime == "application/json")
            .unwrap()
            .1
            .text();
        let json: serde_json::Value = serde_json::from_str(json).unwrap();
        assert_eq!(json["user"], ANNA);
        let tables = json["tables"].as_object().unwrap();
        for table in ["users", "ideas", "idea_comments", "promoters", "audit_log"] {
            assert!(tables.contains_key(table), "{table} missing: {json:#}");
        }
        assert_eq!(tables["ideas"].as_array().unwrap().len(), 1, "only her own idea");
        let text = json.to_string();
        assert!(
            !text.contains(TEAM) && !text.contains(BEN),
            "other people are blanked: {json:#}"
        );
        assert!(text.contains("[andere Person]"), "{json:#}");

        // In the direct chat itself, the files come right there.
        let out = t.dm_messages(ANNA, "!meine-daten datei").await;
        assert_eq!(out.iter().filter(|m| m.attachment.is_some()).count(), 2);
        assert!(
            out.iter().all(|m| m.destination == Destination::Room(ANNA_DM.into())),
            "{out:#?}"
        );
    }
}

#[tokio::test]
async fn replies_owed_by_the_same_sync_batch_forget_the_person_too() {
    for t in backends().await {
        t.dm(ANNA, "!vergiss-mich").await;
        let message = |room: &str, is_direct: bool, body: &str| t.message(ANNA, room, is_direct, body);
        // The room command comes first in the batch, so its replies (one in the room, her data
        // by DM) are owed before the erasure.
        let batch = [
            message(crate::corekit::ROOM, false, "!meine-daten"),
            message(ANNA_DM, true, "LÖSCHEN"),
        ];
        t.bot.handle_batch(&batch).await.unwrap();
        let room_replies = t
            .count("SELECT COUNT(*) FROM outbox WHERE payload LIKE '%!dept:example.org%'")
            .await;
        assert_eq!(room_replies, 1, "the reply in the room still goes out");
        assert_eq!(traces(&t, ANNA).await, Vec::<String>::new(), "on {}", t.backend);
    }
}

#[tokio::test]
async fn erasing_anna_leaves_lookalike_ids_and_words_of_others_alone() {
    for t in backends().await {
        const LENA: &str = "@anna-lena:example.org";
        const NAMESAKE: &str = "@anna:kreis.example.org";
        t.say(ANNA, "!idee Chatbot").await;
        t.say(LENA, "!idee Formulare").await;
        t.say(NAMESAKE, "!idee Übersetzung").await;
        t.say(BEN, "!idee Johanna fragt: was meint anna.b dazu?").await;
        t.dm(ANNA, "!vergiss-mich").await;
        t.dm(ANNA, "LÖSCHEN").await;
        let authors: Vec<(String, String)> = sqlx::query_as("SELECT author, title FROM ideas ORDER BY id")
            .fetch_all(t.store().pool())
            .await
            .unwrap();
        assert_eq!(
            authors,
            vec![
                (LENA.to_string(), "Formulare".to_string()),
                (NAMESAKE.to_string(), "Übersetzung".to_string()),
                (BEN.to_string(), "Johanna fragt: was meint anna.b dazu?".to_string()),
            ],
            "on {}",
            t.backend
        );
    }
}

#[tokio::test]
async fn the_team_erasure_leaves_every_direct_chat_and_a_second_confirmation_finds_nothing() {
    for t in backends().await {
        t.set_strategy_room_members(&[CDO]);
        // Anna opened her direct chat herself: the bot knows it because she wrote there.
        t.dm(ANNA, "!idee Chatbot").await;
        t.dm(TEAM, "!vergiss @anna:example.org").await;
        t.dm(CDO, "!vergiss @anna:example.org").await;
        let out = t.dm_messages(TEAM, "LÖSCHEN").await;
        assert!(
            out.iter()
                .any(|m| m.leave_after && m.body.is_empty() && m.destination == Destination::Room(ANNA_DM.into())),
            "the bot leaves Anna's direct chat without a word: {out:#?}"
        );
        let second = t.dm(CDO, "LÖSCHEN").await;
        assert!(second[0].contains("schon gelöscht"), "{second:?}");
        assert_eq!(
            t.count("SELECT COUNT(*) FROM erased_people").await,
            1,
            "one person, one number"
        );
        assert_eq!(traces(&t, ANNA_DM).await, Vec::<String>::new(), "on {}", t.backend);
        assert_eq!(traces(&t, ANNA).await, Vec::<String>::new(), "on {}", t.backend);
    }
}
