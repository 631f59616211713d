//! End to end against a real Synapse: the team runs the Vorprüfung of a use case as a dialog in
//! the room, moves it to pilot, is refused going live until the Bewertung is recorded, records
//! it, and then goes live.

use crate::support::scenario::bot_in_room;
use crate::support::{self, user_id};
use matrix_sdk::ruma::RoomId;

async fn ask(user: &support::TestUser, room: &RoomId, bot: &str, body: &str) -> String {
    let sent = user.send_text(room, body).await;
    user.reply_to(room, bot, &sent).await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_ethics_check_gates_pilot_and_live_until_its_stages_are_recorded() {
    let synapse = support::Synapse::start(false);
    let dir = tempfile::tempdir().unwrap();
    let chef = user_id("chef");
    let (_lotse, bot, people, room) = bot_in_room(
        &synapse,
        dir.path(),
        &["chef", "anna"],
        &[("LOTSE_ACCESS_TEAM", chef.as_str())],
    )
    .await;
    let (chef, anna) = (&people[0], &people[1]);
    assert!(
        ask(anna, &room, &bot, "!idee Terminbot für das Bürgerbüro")
            .await
            .contains("#1")
    );
    ask(chef, &room, &bot, &format!("!verantwortlich #1 {}", chef.user_id)).await;
    ask(chef, &room, &bot, "!status #1 in-pruefung").await;
    ask(chef, &room, &bot, "!status #1 priorisiert").await;
    let refused = ask(chef, &room, &bot, "!status #1 pilot").await;
    assert!(refused.contains("!ethik #1 vorprüfung"), "{refused}");

    assert!(
        ask(chef, &room, &bot, "!ethik #1 vorprüfung")
            .await
            .contains("Frage 1 von 9")
    );
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
        ask(chef, &room, &bot, answer).await;
    }
    let passed = ask(chef, &room, &bot, "bestanden").await;
    assert!(passed.contains("Pilotbetrieb"), "{passed}");
    let pilot = ask(chef, &room, &bot, "!status #1 pilot").await;
    assert!(pilot.contains("ist jetzt Pilot"), "{pilot}");

    let refused = ask(chef, &room, &bot, "!status #1 im-betrieb").await;
    assert!(refused.contains("!ethik #1 bewertung"), "{refused}");
    assert!(
        ask(chef, &room, &bot, "!ethik #1 bewertung")
            .await
            .contains("Frage 1 von 10")
    );
    for answer in [
        "3",
        "2",
        "3",
        "4",
        "5",
        "4",
        "4",
        "40 kWh im Monat",
        "Begründung je Vorschlag",
    ] {
        ask(chef, &room, &bot, answer).await;
    }
    let assessed = ask(chef, &room, &bot, "100 Prompts; Alter 1, Geschlecht 0").await;
    assert!(assessed.contains("Wirkungsstufe"), "{assessed}");
    let live = ask(chef, &room, &bot, "!status #1 im-betrieb").await;
    assert!(live.contains("ist jetzt im Betrieb"), "{live}");
}
