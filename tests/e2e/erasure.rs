//! End to end against a real Synapse, at the default log level: Anna submits ideas, supports and
//! comments, voices a named concern, contributes to a round table and takes the last seat of a
//! training while Ben waits; then, in an encrypted direct chat, `!meine-daten datei` (two
//! encrypted files) and `!vergiss-mich` with `LÖSCHEN`.
//! Afterwards no table holds a trace of her, Ben has the seat and a DM, the team's portfolio
//! still lists the idea the team took up, the bot has left her chat, and its log names nobody.
//! On the way, the room's moderator redacts Ben's message and Ben his own comment: both texts go.

use crate::support::scenario::{BOT_PASSWORD, sqlite_url};
use crate::support::{LotseProcess, Synapse, TestUser, WAIT};
use matrix_sdk::ruma::events::room::member::MembershipState;
use std::time::Duration;

/// Waits until the room's history shows `event_id` as redacted.
async fn wait_until_redacted(user: &TestUser, room: &matrix_sdk::ruma::RoomId, event_id: &str) {
    let deadline = std::time::Instant::now() + WAIT;
    loop {
        let history = user.messages(room).await;
        let event = history.iter().find(|e| e["event_id"] == event_id);
        if event.is_some_and(|e| !e["unsigned"]["redacted_because"].is_null()) {
            return;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "{event_id} was not redacted: {event:?}"
        );
        user.sync(Duration::from_secs(1)).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn forget_me_leaves_no_trace_moves_the_waiting_list_and_keeps_the_teams_record() {
    let synapse = Synapse::start(false);
    let dir = tempfile::tempdir().unwrap();
    let bot_id = synapse.register("lotse", BOT_PASSWORD, false).await;
    let chef = TestUser::new(&synapse, "chef").await;
    let anna = TestUser::new(&synapse, "anna").await;
    let ben = TestUser::new(&synapse, "ben").await;
    // No LOTSE_LOG: the default filter, as in production.
    let lotse = LotseProcess::start(
        &synapse,
        "lotse",
        BOT_PASSWORD,
        &[("LOTSE_ACCESS_TEAM", chef.user_id.as_str())],
        dir.path(),
    );
    let invited = [bot_id.as_str(), anna.user_id.as_str(), ben.user_id.as_str()];
    let room = chef.create_room("Bürgerservice", false, &invited).await;
    for user in [&anna, &ben] {
        user.wait_for_invite(WAIT).await;
        user.join(&room).await;
    }
    chef.wait_for_member(&room, &bot_id, WAIT).await;

    assert!(
        anna.ask(&room, &bot_id, "!idee Chatbot für Terminfragen")
            .await
            .contains("#1")
    );
    assert!(
        anna.ask(&room, &bot_id, "!idee Formulare vorausfüllen")
            .await
            .contains("#2")
    );
    chef.ask(&room, &bot_id, "!status #1 in-prüfung").await;
    assert!(
        ben.ask(&room, &bot_id, "!idee Protokolle zusammenfassen")
            .await
            .contains("#3")
    );
    // The room's moderator (its creator) removes someone else's message: the idea loses its text.
    let unfit = ben.send_text(&room, "!idee Unpassender Titel Omega").await;
    let quoted = ben
        .wait_for_messages_where(&room, &bot_id, 1, WAIT, |m| {
            m.in_reply_to.as_deref() == Some(unfit.as_str())
        })
        .await
        .remove(0);
    assert!(
        quoted.body.contains("Omega"),
        "the bot's reply quotes the title: {}",
        quoted.body
    );
    chef.redact(&room, &unfit).await;
    let removed = chef.ask(&room, &bot_id, "!idee #4").await;
    assert!(
        !removed.contains("Omega"),
        "the moderator's redaction is honoured: {removed}"
    );
    // The bot takes back its own reply that quoted it.
    wait_until_redacted(&ben, &room, &quoted.event_id).await;
    // An author (no moderator) removes their own comment.
    let typo = ben.send_text(&room, "!kommentar #3 Tippfehler Sigma").await;
    ben.reply_to(&room, &bot_id, &typo).await;
    ben.redact(&room, &typo).await;
    let shown = ben.ask(&room, &bot_id, "!idee #3").await;
    assert!(!shown.contains("Sigma"), "the author's redaction is honoured: {shown}");
    anna.ask(&room, &bot_id, "!unterstütze #3").await;
    anna.ask(&room, &bot_id, "!kommentar #3 Das spart uns viel Zeit.").await;
    let concern = anna
        .ask(&room, &bot_id, "!bedenken datenschutz: Werden Chats gespeichert?")
        .await;
    assert!(concern.contains("#1"), "{concern}");
    chef.send_text(&room, "!rundtisch start KI im Bürgeramt").await;
    chef.wait_for_messages_where(&room, &bot_id, 1, WAIT, |m| m.body.contains("halte ich jede Nachricht"))
        .await;
    anna.send_text(&room, "Ein Chatbot für Termine wäre gut.").await;
    chef.send_text(&room, "!rundtisch ende").await;
    chef.wait_for_messages_where(&room, &bot_id, 2, WAIT, |m| {
        m.body.contains("ist beendet") || m.msgtype == "m.file"
    })
    .await;
    let day = chrono::Utc::now().date_naive() + chrono::Days::new(30);
    let when = format!("{} 10:00", day.format("%d.%m.%Y"));
    let plan = format!("!schulung neu KI-Grundlagen | 1 | {when} | 90 min | Ratssaal | 1");
    assert!(
        chef.ask(&room, &bot_id, &plan)
            .await
            .contains("Schulung #1 ist geplant")
    );
    assert!(
        anna.ask(&room, &bot_id, "!anmelden #1")
            .await
            .contains("Sie sind angemeldet")
    );
    assert!(
        ben.ask(&room, &bot_id, "!anmelden #1")
            .await
            .contains("Warteliste an Platz 1")
    );

    let dm = anna.create_dm(&bot_id).await;
    anna.wait_for_member(&dm, &bot_id, WAIT).await;
    // Her data as files first, encrypted like the chat.
    let export = anna.ask(&dm, &bot_id, "!meine-daten datei").await;
    assert!(export.contains("zwei Dateien"), "{export}");
    let files = anna
        .wait_for_messages_where(&dm, &bot_id, 2, WAIT, |m| m.msgtype == "m.file")
        .await;
    let mut names: Vec<&str> = files.iter().map(|f| f.body.as_str()).collect();
    names.sort_unstable();
    assert_eq!(names, ["lotse-meine-daten.json", "lotse-meine-daten.md"]);
    assert!(
        files.iter().all(|f| f.encrypted),
        "the files travel encrypted: {files:?}"
    );
    let preview = anna.ask(&dm, &bot_id, "!vergiss-mich").await;
    assert!(
        preview.contains("Wird gelöscht:") && preview.contains("LÖSCHEN"),
        "{preview}"
    );
    let done = anna.ask(&dm, &bot_id, "LÖSCHEN").await;
    assert!(done.contains("Ihre Daten sind gelöscht"), "{done}");
    assert!(done.contains("Ich verlasse jetzt diesen Chat"), "{done}");
    anna.wait_for_membership(&dm, &bot_id, MembershipState::Leave, WAIT)
        .await;

    // Ben moved up and is told in a direct chat the bot opens.
    let ben_dm = ben.wait_for_invite(Duration::from_secs(60)).await;
    ben.join(&ben_dm).await;
    let news = &ben.wait_for_notices(&ben_dm, &bot_id, 1, WAIT).await[0];
    assert!(
        news.body.contains("Sie sind jetzt für die Schulung #1"),
        "{}",
        news.body
    );

    let portfolio = chef.ask(&room, &bot_id, "!portfolio").await;
    assert!(
        portfolio.contains("#1"),
        "the idea the team took up is still listed: {portfolio}"
    );
    assert!(!portfolio.contains("anna"), "without her name: {portfolio}");
    let gone = chef.ask(&room, &bot_id, "!idee #2").await;
    assert!(
        gone.contains("Eine Idee #2 gibt es nicht"),
        "the idea nobody took up is gone: {gone}"
    );
    let shown = chef.ask(&room, &bot_id, "!idee #1").await;
    assert!(shown.contains("gelöschte Person 1"), "{shown}");
    // One more round trip: every reply is delivered and the sync position has moved on.
    chef.ask(&room, &bot_id, "!hilfe").await;

    let store = lotse::store::Store::connect(&sqlite_url(dir.path())).await.unwrap();
    for needle in [anna.user_id.as_str(), "anna", dm.as_str()] {
        let found = store.columns_containing(needle).await.unwrap();
        assert!(found.is_empty(), "{needle} is still stored in {found:?}");
    }
    let log = lotse.log();
    for needle in [
        anna.user_id.as_str(),
        ben.user_id.as_str(),
        chef.user_id.as_str(),
        dm.as_str(),
        room.as_str(),
    ] {
        assert!(!log.contains(needle), "{needle} is in the bot's log:\n{log}");
    }
    assert!(!log.contains("@anna") && !log.contains("@ben"), "{log}");
}
