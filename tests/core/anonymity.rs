//! Anonymity that holds: after anonymous round-table feedback and an anonymous concern by DM,
//! and after their replies went out, no table of the database (SQLite and PostgreSQL) holds the
//! submitter's user id, the DM room id or the event ids — and neither does the protocol.

use crate::corekit::{ROOM, TEAM, TestBot, backends};
use lotse::bot::types::Outbound;

const SUBMITTER: &str = "@dora.anonym:example.org";
const DM_ROOM: &str = "!dora-dm-room:example.org";

/// An anonymous message in Dora's DM; returns its event id and replies.
async fn in_dm(t: &TestBot, body: &str) -> (String, Vec<Outbound>) {
    let inbound = t.message(SUBMITTER, DM_ROOM, true, body);
    let id = inbound.event_id.clone();
    (id, t.event(inbound).await)
}

#[tokio::test]
async fn anonymous_feedback_and_concerns_leave_no_trace_of_the_submitter() {
    for t in backends().await {
        t.say(TEAM, "!rundtisch start Arbeit mit KI").await;
        let mut events = vec![];
        for body in [
            "!feedback anonym Ich habe Sorge, dass meine Stelle wegfällt.",
            "!bedenken anonym datenschutz: Werden unsere Chats ausgewertet?",
        ] {
            let (event, replies) = in_dm(&t, body).await;
            assert_eq!(replies.len(), 1, "{body}: {replies:?}");
            assert!(
                replies[0].mentions.is_empty(),
                "the reply names nobody: {:?}",
                replies[0]
            );
            events.push(event);
        }
        // The same events again (a crash before the sync position moved on): still handled once.
        for (event, body) in events.iter().zip(["!feedback anonym x", "!bedenken anonym x"]) {
            let mut again = t.message(SUBMITTER, DM_ROOM, true, body);
            again.event_id = event.clone();
            let handled = t.bot.handle(&again).await.unwrap();
            assert_eq!(handled, lotse::bot::Handled::Duplicate, "{}", t.backend);
        }
        t.deliver_everything().await;

        let closed = t.event(t.message(TEAM, ROOM, false, "!rundtisch ende")).await;
        let protocol = &closed[1].attachment.as_ref().expect("protocol").text();
        assert!(protocol.contains("Stelle wegfällt"), "{protocol}");
        assert_eq!(t.count("SELECT COUNT(*) FROM round_table_feedback").await, 1);
        assert_eq!(t.count("SELECT COUNT(*) FROM concerns").await, 1);

        let mut needles = vec![SUBMITTER.to_string(), DM_ROOM.to_string(), "dora".to_string()];
        needles.extend(events.iter().cloned());
        for needle in &needles {
            let found = t.store().columns_containing(needle).await.unwrap();
            assert!(found.is_empty(), "{needle:?} is stored in {found:?} on {}", t.backend);
            assert!(!protocol.contains(needle.as_str()), "{needle:?} in the protocol");
        }
        // The search itself works: the team member who opened the round table is found.
        let team = t.store().columns_containing(TEAM).await.unwrap();
        assert!(team.contains(&"round_tables.opened_by".to_string()), "{team:?}");

        // Nor does anything the team can produce from it: the report, its charts, the exports.
        let produced = produced_texts(&t).await;
        assert!(
            produced.contains("Stelle wegfällt"),
            "the anonymous contribution is exported"
        );
        assert!(
            produced.contains("Werden unsere Chats ausgewertet?"),
            "so is the concern"
        );
        for needle in &needles {
            assert!(!produced.contains(needle.as_str()), "{needle:?} in a report or export");
        }
    }
}

/// Everything `!bericht`, `!export alles xlsx` and `!export alles csv` produce for the team, as
/// one text: reply texts, chart descriptions, every cell of every sheet, every CSV file.
async fn produced_texts(t: &TestBot) -> String {
    use calamine::Reader;
    let mut all = String::new();
    for command in ["!bericht", "!export alles xlsx", "!export alles csv"] {
        for message in t.dm_messages(TEAM, command).await {
            all.push_str(&message.body);
            all.push('\n');
            let Some(file) = message.attachment else { continue };
            if file.mime.contains("spreadsheetml") {
                let mut book = calamine::Xlsx::new(std::io::Cursor::new(file.bytes)).expect("xlsx");
                for name in book.sheet_names() {
                    for row in book.worksheet_range(&name).unwrap().rows() {
                        for cell in row {
                            all.push_str(&cell.to_string());
                            all.push('\t');
                        }
                    }
                }
            } else if file.mime == "text/csv" {
                all.push_str(&String::from_utf8(file.bytes).unwrap());
            }
        }
    }
    all
}

#[tokio::test]
async fn an_abandoned_anonymous_draft_is_erased_when_it_expires_other_dialogs_stay_longer() {
    for t in backends().await {
        // No category given: the anonymous text waits in a dialog for the answer.
        let (_, asked) = in_dm(&t, "!bedenken anonym Niemand fragt uns vorher.").await;
        assert_eq!(asked.len(), 1, "{asked:?}");
        t.say("@anna:example.org", "!idee").await;
        assert_eq!(t.count("SELECT COUNT(*) FROM dialogs").await, 2);

        t.clock.advance_ms(31 * 60_000);
        t.deliver_everything().await;
        t.bot.position_committed().await.unwrap();
        assert_eq!(t.count("SELECT COUNT(*) FROM dialogs").await, 1, "{}", t.backend);
        for needle in [SUBMITTER, DM_ROOM, "Niemand fragt"] {
            let found = t.store().columns_containing(needle).await.unwrap();
            assert!(found.is_empty(), "{needle:?} is stored in {found:?} on {}", t.backend);
        }
        // Anna's ordinary dialog is still there to tell her it expired.
        let late = t.say("@anna:example.org", "Chatbot").await;
        assert_eq!(late.len(), 1, "{late:?}");
        assert!(
            late[0].contains("lange Pause, deshalb habe ich ihn beendet"),
            "{late:?}"
        );
    }
}
