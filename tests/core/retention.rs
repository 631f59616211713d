//! The retention sweep with the manual clock: planned for the coming night, applies `[privacy]`'s
//! periods (round-table contributions reduced to counts, answered concerns without text), catches
//! up once after downtime, and plans itself again. SQLite and PostgreSQL.

use crate::corekit::team::{ANNA, BEN, DAY_MS};
use crate::corekit::{TEAM, TestBot, backends_with, settings};
use lotse::bot::retention::RetentionSettings;

fn short_periods() -> lotse::bot::Settings {
    let mut s = settings();
    let table: toml::Table = "round_table_contributions_months = 1\nanswered_concern_text_months = 2"
        .parse()
        .unwrap();
    s.retention = RetentionSettings::from_table(&table).unwrap();
    s
}

async fn plan(t: &TestBot) {
    lotse::reminders::plan_recurring(&t.bot).await.unwrap();
}

async fn sweeps_pending(t: &TestBot) -> i64 {
    t.count("SELECT COUNT(*) FROM reminders WHERE kind = 'retention' AND done_at IS NULL")
        .await
}

async fn sweeps_done(t: &TestBot) -> i64 {
    t.count("SELECT COUNT(*) FROM reminders WHERE kind = 'retention' AND done_at IS NOT NULL")
        .await
}

#[tokio::test]
async fn the_nightly_sweep_reduces_old_contributions_and_concern_texts_once_even_after_downtime() {
    for t in backends_with(short_periods).await {
        t.say(TEAM, "!rundtisch start Thema").await;
        t.say(ANNA, "Mein Beitrag dazu.").await;
        t.say(BEN, "Und meiner?").await;
        t.say(TEAM, "!rundtisch ende").await;
        t.say(ANNA, "!bedenken Datenschutz: Werden Chats gespeichert?").await;
        t.say(TEAM, "!bedenken antworten #1 Nein, nur die Beiträge.").await;

        plan(&t).await;
        plan(&t).await;
        assert_eq!(
            sweeps_pending(&t).await,
            1,
            "planned once, however often the task starts"
        );
        lotse::reminders::fire_due(&t.bot).await.unwrap();
        assert_eq!(sweeps_done(&t).await, 0, "not before the night");

        // The first nights: nothing is old enough yet.
        t.clock.advance_ms(DAY_MS);
        lotse::reminders::fire_due(&t.bot).await.unwrap();
        assert_eq!(sweeps_done(&t).await, 1);
        assert_eq!(sweeps_pending(&t).await, 1, "the next night is planned");
        assert_eq!(
            t.count("SELECT COUNT(*) FROM round_table_feedback WHERE body <> ''")
                .await,
            2
        );

        // Down for forty days: the overdue sweep runs once, not forty times.
        t.clock.advance_ms(40 * DAY_MS);
        lotse::reminders::fire_due(&t.bot).await.unwrap();
        assert_eq!(sweeps_done(&t).await, 2, "caught up once");
        assert_eq!(sweeps_pending(&t).await, 1);
        assert_eq!(
            t.count("SELECT COUNT(*) FROM round_table_feedback WHERE body = '' AND author IS NULL AND source_event_id IS NULL")
                .await,
            2,
            "contributions reduced to their count"
        );
        let summary = t.say(TEAM, "!rundtisch #1").await.join("\n");
        assert!(
            summary.contains("1. Thema — 2 Rückmeldungen"),
            "the count stays: {summary}"
        );
        let (body,): (String,) = sqlx::query_as("SELECT body FROM concerns")
            .fetch_one(t.store().pool())
            .await
            .unwrap();
        assert_eq!(body, "Werden Chats gespeichert?", "two months have not passed yet");

        t.clock.advance_ms(25 * DAY_MS);
        lotse::reminders::fire_due(&t.bot).await.unwrap();
        let (body, answer): (String, String) = sqlx::query_as("SELECT body, answer FROM concerns")
            .fetch_one(t.store().pool())
            .await
            .unwrap();
        assert_eq!((body.as_str(), answer.as_str()), ("", "Nein, nur die Beiträge."));
    }
}

#[test]
fn privacy_settings_are_checked_and_documented_in_the_example() {
    let example = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/lotse.example.toml")).unwrap();
    for key in lotse::bot::retention::keys() {
        assert!(
            example.contains(&format!("\n{key} = ")),
            "{key} is documented in lotse.example.toml"
        );
    }
    let bad: toml::Table = "round_table_contributions_months = -1".parse().unwrap();
    let error = RetentionSettings::from_table(&bad).unwrap_err().to_string();
    assert!(error.contains("privacy.round_table_contributions_months"), "{error}");
}
