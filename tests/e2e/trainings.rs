//! End to end against a real Synapse: the team plans a training with one seat, Anna takes it, Ben
//! lands on the waiting list; when Anna signs off, Ben moves up and hears of it in a direct chat.

use crate::support::scenario::bot_in_room;
use crate::support::{self, WAIT, user_id};
use std::time::Duration;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_freed_seat_goes_to_the_first_on_the_waiting_list_who_is_told_by_dm() {
    let synapse = support::Synapse::start(false);
    let dir = tempfile::tempdir().unwrap();
    let chef = user_id("chef");
    let (_lotse, bot_id, people, room) = bot_in_room(
        &synapse,
        dir.path(),
        &["chef", "anna", "ben"],
        &[("LOTSE_ACCESS_TEAM", chef.as_str())],
    )
    .await;
    let (chef, anna, ben) = (&people[0], &people[1], &people[2]);

    // A date a month ahead, in the bot's time zone (Europe/Berlin); 10:00 exists on every day.
    let day = chrono::Utc::now().date_naive() + chrono::Days::new(30);
    let when = format!("{} 10:00", day.format("%d.%m.%Y"));
    let plan = chef
        .send_text(
            &room,
            &format!("!schulung neu KI-Grundlagen | 1 | {when} | 90 min | Ratssaal | 1"),
        )
        .await;
    let planned = chef.reply_to(&room, &bot_id, &plan).await;
    assert!(planned.contains("Schulung #1 ist geplant"), "{planned}");

    let signup = anna.send_text(&room, "!anmelden #1").await;
    let seat = anna.reply_to(&room, &bot_id, &signup).await;
    assert!(seat.contains("Sie sind angemeldet"), "{seat}");
    let signup = ben.send_text(&room, "!anmelden #1").await;
    let waiting = ben.reply_to(&room, &bot_id, &signup).await;
    assert!(waiting.contains("Warteliste an Platz 1"), "{waiting}");

    let signoff = anna.send_text(&room, "!abmelden #1").await;
    let off = anna.reply_to(&room, &bot_id, &signoff).await;
    assert!(off.contains("abgemeldet"), "{off}");

    // Ben hears in a direct chat the bot opens that he has the seat now.
    let dm = ben.wait_for_invite(Duration::from_secs(60)).await;
    ben.join(&dm).await;
    let news = &ben.wait_for_notices(&dm, &bot_id, 1, WAIT).await[0];
    assert!(
        news.body.contains("Sie sind jetzt für die Schulung #1") && news.body.contains("Ratssaal"),
        "{}",
        news.body
    );
    let mine = ben.send_text(&room, "!meine-schulungen").await;
    let listed = ben.reply_to(&room, &bot_id, &mine).await;
    assert!(
        listed.contains("#1 KI-Grundlagen") && listed.contains("(angemeldet)"),
        "{listed}"
    );
}
