//! End to end against a real Synapse: the strategy team comes from the live power levels of the
//! strategy room. A team member's status change reaches the author in a direct chat; someone who
//! copies the team member's display name is refused.

use crate::support::scenario::BOT_PASSWORD;
use crate::support::{LotseProcess, Synapse, TestUser, WAIT};
use std::time::Duration;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_status_change_by_the_team_reaches_the_author_and_a_copied_display_name_grants_nothing() {
    let synapse = Synapse::start(false);
    let dir = tempfile::tempdir().unwrap();
    let bot_id = synapse.register("lotse", BOT_PASSWORD, false).await;
    let chef = TestUser::new(&synapse, "chef").await;
    let anna = TestUser::new(&synapse, "anna").await;
    let mallory = TestUser::new(&synapse, "mallory").await;
    for (user, name) in [(&chef, "Dr. Strategie"), (&mallory, "Dr. Strategie")] {
        user.client
            .account()
            .set_display_name(Some(name))
            .await
            .expect("set display name");
    }

    // The strategy room: its creator (power level 100) is on the team; nobody is configured.
    let strategy_room = chef.create_room("KI-Strategieteam", false, &[bot_id.as_str()]).await;
    let lotse = LotseProcess::start(
        &synapse,
        "lotse",
        BOT_PASSWORD,
        &[("LOTSE_ACCESS_STRATEGY_ROOM", strategy_room.as_str())],
        dir.path(),
    );
    chef.wait_for_member(&strategy_room, &bot_id, WAIT).await;

    let room = anna
        .create_room(
            "Bürgerservice",
            false,
            &[bot_id.as_str(), chef.user_id.as_str(), mallory.user_id.as_str()],
        )
        .await;
    for user in [&chef, &mallory] {
        user.wait_for_invite(WAIT).await;
        user.join(&room).await;
    }
    anna.wait_for_member(&room, &bot_id, WAIT).await;
    anna.send_text(&room, "!idee Terminbuchung per Chat").await;
    let created = &anna.wait_for_notices(&room, &bot_id, 1, WAIT).await[0];
    assert!(created.body.contains("#1"), "{}", created.body);

    // Same display name as the team member, different user id: refused, nothing changes.
    let attempt = mallory.send_text(&room, "!status #1 in-pruefung").await;
    let refusal = mallory.reply_to(&room, &bot_id, &attempt).await;
    assert!(refusal.contains("Strategieteam vorbehalten"), "{refusal}");

    let change = chef.send_text(&room, "!status #1 in-pruefung").await;
    let confirmation = chef.reply_to(&room, &bot_id, &change).await;
    assert!(!confirmation.contains("vorbehalten"), "{confirmation}");

    // The author hears of it in a direct chat the bot opens.
    let dm = anna.wait_for_invite(Duration::from_secs(60)).await;
    anna.join(&dm).await;
    let news = &anna.wait_for_notices(&dm, &bot_id, 1, WAIT).await[0];
    assert!(
        news.body.contains("Idee #1") && news.body.contains("Terminbuchung per Chat"),
        "{}",
        news.body
    );
    assert!(lotse.log().contains("creating a direct chat"));
}
