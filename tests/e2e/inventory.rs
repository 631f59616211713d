//! End to end against a real Synapse, with a one-month review period: an employee reports a tool
//! in the department room, the promoter of her Fachbereich hears of it by direct message and
//! completes it, the team runs the AI Act triage as a dialog in the room, the reporter is told
//! that her draft is complete, and the tool shows in `!ki-tools fällig`.

use crate::support::scenario::bot_in_room;
use crate::support::{self, WAIT, user_id};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_reported_tool_is_completed_by_the_promoter_triaged_by_the_team_and_due_for_review() {
    let synapse = support::Synapse::start(false);
    let dir = tempfile::tempdir().unwrap();
    let chef = user_id("chef");
    let (_lotse, bot, people, room) = bot_in_room(
        &synapse,
        dir.path(),
        &["chef", "anna", "ben"],
        &[
            ("LOTSE_ACCESS_TEAM", chef.as_str()),
            ("LOTSE_INVENTORY_REVIEW_MONTHS", "1"),
            ("LOTSE_INVENTORY_REVIEW_NOTICE_DAYS", "45"),
        ],
    )
    .await;
    let (chef, anna, ben) = (&people[0], &people[1], &people[2]);
    let named = chef
        .ask(&room, &bot, &format!("!rolle {} promotor Bauamt", ben.user_id))
        .await;
    assert!(named.contains("Bauamt"), "{named}");
    anna.ask(&room, &bot, "!fachbereich Bauamt").await;

    let reported = anna
        .ask(&room, &bot, "!ki-tool melden Textassistent: Entwürfe für Bescheide")
        .await;
    assert!(reported.contains("Entwurf #1"), "{reported}");
    let dm = ben.wait_for_invite(WAIT).await;
    ben.join(&dm).await;
    // First the welcome as promoter, then the report.
    let notices = ben.wait_for_notices(&dm, &bot, 2, WAIT).await;
    let told = &notices[1].body;
    assert!(told.contains("Bauamt") && told.contains("Entwurf #1"), "{told}");

    let owner = ben
        .ask(
            &room,
            &bot,
            &format!("!ki-tool #1 ändern verantwortlich {}", ben.user_id),
        )
        .await;
    assert!(owner.contains("Erledigt"), "{owner}");
    let draft = anna.ask(&room, &bot, "!ki-tool #1").await;
    assert!(draft.contains("(Entwurf)") && draft.contains("Risikoklasse"), "{draft}");

    let first = chef.ask(&room, &bot, "!ki-tool #1 einstufen").await;
    assert!(first.contains("Frage 1 von 5"), "{first}");
    let mut last = String::new();
    for answer in ["ja", "nein", "leistungen", "nein", "ja"] {
        last = chef.ask(&room, &bot, answer).await;
    }
    assert!(
        last.contains("Risikoklasse „hoch“") && last.contains("Art. 27"),
        "{last}"
    );
    assert!(last.contains("vollständig"), "{last}");

    let dm = anna.wait_for_invite(WAIT).await;
    anna.join(&dm).await;
    let done = &anna.wait_for_notices(&dm, &bot, 1, WAIT).await[0];
    assert!(done.body.contains("vollständig im KI-Bestand"), "{}", done.body);

    let due = chef.ask(&room, &bot, "!ki-tools fällig").await;
    assert!(due.contains("#1 Textassistent") && due.contains("hoch"), "{due}");
}
