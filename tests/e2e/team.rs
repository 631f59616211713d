//! End to end against a real Synapse: the strategy team comes from the live power levels of the
//! strategy room. A team member's status change reaches the author in a direct chat; someone who
//! copies the team member's display name is refused. `!export` is refused in the department room
//! and arrives in the team member's encrypted direct chat as an encrypted m.file that downloads,
//! decrypts and opens as a workbook; `!bericht` brings its charts as encrypted images. A person is
//! named by a mention pill or a display name; malformed relation and mention fields are ignored.

use crate::support::scenario::BOT_PASSWORD;
use crate::support::{LotseProcess, Synapse, TestUser, WAIT};
use serde_json::json;
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
    // The refusal says whom to ask: no contact is configured, so the strategy room by its name.
    assert!(
        refusal.contains("!status ist dem Strategieteam vorbehalten.")
            && refusal.contains("Sie im Raum „KI-Strategieteam“ freizuschalten"),
        "{refusal}"
    );

    let change = chef.send_text(&room, "!status #1 in-pruefung").await;
    let confirmation = chef.reply_to(&room, &bot_id, &change).await;
    assert!(!confirmation.contains("vorbehalten"), "{confirmation}");

    // A person by name: two members are called "Dr. Strategie", so the name alone is asked about;
    // Element's pill (the name in the text, the user id in m.mentions) says which one is meant.
    let by_name = chef.send_text(&room, "!verantwortlich #1 Dr. Strategie").await;
    let asked = chef.reply_to(&room, &bot_id, &by_name).await;
    assert!(asked.contains("heißen in diesem Raum mehrere Personen"), "{asked}");
    let pill = json!({
        "msgtype": "m.text",
        "body": "!verantwortlich #1 Dr. Strategie",
        "format": "org.matrix.custom.html",
        "formatted_body": format!("!verantwortlich #1 <a href=\"https://matrix.to/#/{}\">Dr. Strategie</a>", mallory.user_id),
        "m.mentions": {"user_ids": [mallory.user_id.as_str()]},
    });
    let by_pill = chef.send_json(&room, "m.room.message", pill).await;
    let set = chef.reply_to(&room, &bot_id, &by_pill).await;
    assert!(
        set.contains(&format!("{} ist jetzt verantwortlich", mallory.user_id)),
        "{set}"
    );
    // Malformed relation and mentions fields are ignored; the command in the body is answered.
    let malformed = json!({
        "msgtype": "m.text",
        "body": "!hilfe",
        "m.relates_to": {"rel_type": "m.replace", "event_id": 42, "m.in_reply_to": "$x"},
        "m.mentions": {"user_ids": "@lotse:localhost"},
    });
    let odd = anna.send_json(&room, "m.room.message", malformed).await;
    let help = anna.reply_to(&room, &bot_id, &odd).await;
    assert!(help.contains("!idee"), "{help}");

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

    // The export would show the department room the data: refused there.
    let here = chef.send_text(&room, "!export ideen xlsx").await;
    let refusal = chef.reply_to(&room, &bot_id, &here).await;
    assert!(refusal.contains("nicht jeder Raum sehen soll"), "{refusal}");

    // In the team member's encrypted direct chat it arrives as an encrypted file.
    let chef_dm = chef.create_dm(&bot_id).await;
    chef.wait_for_member(&chef_dm, &bot_id, WAIT).await;
    let asked = chef.send_text(&chef_dm, "!export ideen xlsx").await;
    let sent = chef.reply_to(&chef_dm, &bot_id, &asked).await;
    assert!(sent.contains("eine Tabelle mit einer Zeile"), "{sent}");
    let file = &chef
        .wait_for_messages_where(&chef_dm, &bot_id, 1, WAIT, |m| m.msgtype == "m.file")
        .await[0];
    assert!(file.encrypted, "the file travels encrypted");
    assert!(
        file.body.starts_with("lotse-ideen-") && file.body.ends_with(".xlsx"),
        "{}",
        file.body
    );
    assert_eq!(
        file.content["info"]["mimetype"],
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    );
    let rows = download_sheet(&chef, &file.content, "Ideen").await;
    assert_eq!(
        rows[1][1],
        calamine::Data::String("Terminbuchung per Chat".into()),
        "{rows:?}"
    );
    assert_eq!(rows[1][5], calamine::Data::String("in Prüfung".into()), "{rows:?}");

    // The report, and its charts as encrypted images of a fixed size with a description.
    let asked = chef.send_text(&chef_dm, "!bericht").await;
    let report = chef.reply_to(&chef_dm, &bot_id, &asked).await;
    assert!(report.contains("Eingereicht: 1 im Zeitraum, 1 insgesamt"), "{report}");
    let chart = &chef
        .wait_for_messages_where(&chef_dm, &bot_id, 1, WAIT, |m| m.msgtype == "m.image")
        .await[0];
    assert!(chart.encrypted);
    assert_eq!(chart.body, "Diagramm „Ideen nach Status“: in Prüfung 1.");
    assert_eq!(chart.content["filename"], "ideen-nach-status.png");
    assert_eq!(
        (chart.content["info"]["w"].as_u64(), chart.content["info"]["h"].as_u64()),
        (Some(960), Some(540))
    );
}

/// Downloads and decrypts the encrypted file of an m.file `content`; returns a sheet's rows.
async fn download_sheet(user: &TestUser, content: &serde_json::Value, sheet: &str) -> Vec<Vec<calamine::Data>> {
    use calamine::Reader;
    use matrix_sdk::media::{MediaFormat, MediaRequestParameters};
    use matrix_sdk::ruma::events::room::{EncryptedFile, MediaSource};
    let encrypted: EncryptedFile = serde_json::from_value(content["file"].clone()).expect("an encrypted file");
    let request = MediaRequestParameters {
        source: MediaSource::Encrypted(Box::new(encrypted)),
        format: MediaFormat::File,
    };
    let bytes = user
        .client
        .media()
        .get_media_content(&request, false)
        .await
        .expect("the file downloads and decrypts");
    let mut book = calamine::Xlsx::new(std::io::Cursor::new(bytes)).expect("the file is a workbook");
    book.worksheet_range(sheet)
        .expect("the sheet")
        .rows()
        .map(<[calamine::Data]>::to_vec)
        .collect()
}
