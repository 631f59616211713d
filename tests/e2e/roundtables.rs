//! End to end against a real Synapse: two employees and a team member run a round table with two
//! topics, a third employee contributes anonymously by direct chat (and voices an anonymous
//! concern); the summary counts are right, the protocol arrives as a file, and neither the
//! database nor the bot's log holds the anonymous person's user id or direct chat.

use crate::support::scenario::{BOT_PASSWORD, sqlite_url};
use crate::support::{LotseProcess, Synapse, TestUser, WAIT};
use matrix_sdk::ruma::RoomId;

/// Messages each of the two speakers sends in one burst during the second topic.
const BURST_PER_USER: usize = 15;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_round_table_with_two_topics_and_an_anonymous_direct_contribution() {
    let synapse = Synapse::start(false);
    let dir = tempfile::tempdir().unwrap();
    let bot_id = synapse.register("lotse", BOT_PASSWORD, false).await;
    let chef = TestUser::new(&synapse, "chef").await;
    let anna = TestUser::new(&synapse, "anna").await;
    let ben = TestUser::new(&synapse, "ben").await;
    let dora = TestUser::new(&synapse, "dora").await;
    // Production logging (no LOTSE_LOG): what an operator's log would hold.
    let lotse = LotseProcess::start(
        &synapse,
        "lotse",
        BOT_PASSWORD,
        &[("LOTSE_ACCESS_TEAM", chef.user_id.as_str())],
        dir.path(),
    );

    let invited = [
        bot_id.as_str(),
        chef.user_id.as_str(),
        ben.user_id.as_str(),
        dora.user_id.as_str(),
    ];
    let room = anna.create_room("Bürgerservice", false, &invited).await;
    for user in [&chef, &ben, &dora] {
        user.wait_for_invite(WAIT).await;
        user.join(&room).await;
    }
    anna.wait_for_member(&room, &bot_id, WAIT).await;

    chef.send_text(&room, "!rundtisch start Chatbot im Bürgeramt | Datenschutz")
        .await;
    let opened = &anna.wait_for_notices(&room, &bot_id, 1, WAIT).await[0];
    assert!(
        opened.body.contains("halte ich jede Nachricht in diesem Raum"),
        "{}",
        opened.body
    );
    assert!(
        opened.thread_root.is_none(),
        "the announcement stands in the room itself"
    );

    anna.send_text(&room, "Ein Chatbot für Terminfragen würde uns entlasten.")
        .await;
    ben.send_text(&room, "Wer haftet, wenn der Bot falsch antwortet?").await;
    chef.send_text(&room, "!rundtisch weiter").await;
    let next = &anna.wait_for_notices(&room, &bot_id, 1, WAIT).await[0];
    assert!(
        next.body.contains("Nächstes Thema (2 von 2): Datenschutz"),
        "{}",
        next.body
    );
    anna.send_text(&room, "Bleiben die Daten in Deutschland?").await;
    ben.send_text(&room, "Die Dienstvereinbarung sollte das regeln.").await;
    // A lively discussion: 30 messages in a burst, none may be lost.
    futures_util::join!(burst(&anna, &room, "anna"), burst(&ben, &room, "ben"));

    // Dora contributes anonymously from an encrypted direct chat.
    let dm = dora.create_dm(&bot_id).await;
    dora.wait_for_member(&dm, &bot_id, WAIT).await;
    dora.send_text(&dm, "!feedback anonym Ich habe Sorge, dass meine Stelle wegfällt.")
        .await;
    let thanks = &dora.wait_for_notices(&dm, &bot_id, 1, WAIT).await[0];
    assert!(thanks.body.contains("anonym bei Rundtisch #1"), "{}", thanks.body);
    assert!(thanks.encrypted, "the direct chat is end-to-end encrypted");
    dora.send_text(&dm, "!bedenken anonym datenschutz: Werden unsere Chats ausgewertet?")
        .await;
    let code_reply = &dora.wait_for_notices(&dm, &bot_id, 1, WAIT).await[0];
    assert!(code_reply.body.contains("Ihr Code:"), "{}", code_reply.body);

    chef.send_text(&room, "!rundtisch ende").await;
    let closing = anna
        .wait_for_messages_where(&room, &bot_id, 2, WAIT, |m| {
            m.msgtype == "m.notice" || m.msgtype == "m.file"
        })
        .await;
    let summary = closing.iter().find(|m| m.msgtype == "m.notice").expect("a summary");
    assert!(summary.body.contains("ist beendet"), "{}", summary.body);
    assert!(
        summary
            .body
            .contains("35 Rückmeldungen, eine davon anonym. Mit Namen haben sich 2 Personen beteiligt."),
        "{}",
        summary.body
    );
    assert!(
        summary.body.contains("1. Chatbot im Bürgeramt — 2 Rückmeldungen"),
        "{}",
        summary.body
    );
    assert!(
        summary.body.contains("2. Datenschutz — 33 Rückmeldungen"),
        "{}",
        summary.body
    );
    assert!(summary.body.contains("Gestellte Fragen (2):"), "{}", summary.body);
    let file = closing
        .iter()
        .find(|m| m.msgtype == "m.file")
        .expect("the protocol file");
    assert_eq!(file.body, "rundtisch-1-protokoll.md");
    assert_eq!(file.content["info"]["mimetype"], "text/markdown");

    // Let the replies go out and the sync position pass the anonymous events.
    anna.send_text(&room, "!hilfe").await;
    anna.wait_for_notices(&room, &bot_id, 1, WAIT).await;
    let store = lotse::store::Store::connect(&sqlite_url(dir.path())).await.unwrap();
    for needle in [dora.user_id.as_str(), dm.as_str()] {
        let found = store.columns_containing(needle).await.unwrap();
        assert!(found.is_empty(), "{needle} is stored in {found:?}");
        assert!(!lotse.log().contains(needle), "{needle} is in the bot's log");
    }
    let anna_found = store.columns_containing(anna.user_id.as_str()).await.unwrap();
    assert!(
        anna_found.contains(&"round_table_feedback.author".to_string()),
        "{anna_found:?}"
    );
}

async fn burst(person: &TestUser, room: &RoomId, name: &str) {
    for i in 0..BURST_PER_USER {
        person.send_text(room, &format!("Zwischenruf {name} {i}")).await;
    }
}
