//! End to end against a real Synapse: the team runs the Vorprüfung of a use case as a dialog in
//! the room, moves it to pilot, is refused going live until the Bewertung is recorded, records
//! it, and then goes live.

use crate::support::scenario::bot_in_room;
use crate::support::{self, user_id};

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
        anna.ask(&room, &bot, "!idee Terminbot für das Bürgerbüro")
            .await
            .contains("#1")
    );
    chef.ask(&room, &bot, &format!("!verantwortlich #1 {}", chef.user_id))
        .await;
    chef.ask(&room, &bot, "!status #1 in-pruefung").await;
    chef.ask(&room, &bot, "!status #1 priorisiert").await;
    let refused = chef.ask(&room, &bot, "!status #1 pilot").await;
    assert!(refused.contains("!ethik #1 vorprüfung"), "{refused}");

    assert!(
        chef.ask(&room, &bot, "!ethik #1 vorprüfung")
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
        chef.ask(&room, &bot, answer).await;
    }
    let passed = chef.ask(&room, &bot, "bestanden").await;
    assert!(passed.contains("Pilotbetrieb"), "{passed}");
    let pilot = chef.ask(&room, &bot, "!status #1 pilot").await;
    assert!(pilot.contains("ist jetzt Pilot"), "{pilot}");

    let refused = chef.ask(&room, &bot, "!status #1 im-betrieb").await;
    assert!(refused.contains("!ethik #1 bewertung"), "{refused}");
    assert!(
        chef.ask(&room, &bot, "!ethik #1 bewertung")
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
        chef.ask(&room, &bot, answer).await;
    }
    let assessed = chef.ask(&room, &bot, "100 Prompts; Alter 1, Geschlecht 0").await;
    assert!(assessed.contains("Wirkungsstufe"), "{assessed}");
    let live = chef.ask(&room, &bot, "!status #1 im-betrieb").await;
    assert!(live.contains("ist jetzt im Betrieb"), "{live}");
}
