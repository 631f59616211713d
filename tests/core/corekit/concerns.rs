//! Helpers for the concerns tests: messages in Anna's DM, the code in a reply, the stored rows.
#![allow(dead_code)]

use super::TestBot;
use super::team::ANNA;
use lotse::bot::types::Outbound;

/// Anna's direct chat with the bot.
pub const ANNA_DM: &str = "!dm-anna:example.org";

/// A message in Anna's DM; returns everything it caused and the event id it had.
pub async fn anna_dm(t: &TestBot, body: &str) -> (Vec<Outbound>, String) {
    let inbound = t.message(ANNA, ANNA_DM, true, body);
    let event_id = inbound.event_id.clone();
    (t.event(inbound).await, event_id)
}

/// The one reply to a message in Anna's DM.
pub async fn anna_dm_one(t: &TestBot, body: &str) -> Outbound {
    let (mut out, _) = anna_dm(t, body).await;
    assert_eq!(out.len(), 1, "one reply to {body:?} on {}: {out:?}", t.backend);
    out.remove(0)
}

/// The code in a reply, as shown (`XXXXX-XXXXX`).
pub fn code_in(text: &str) -> String {
    let re = regex::Regex::new(r"\b[2-9A-HJ-NP-Z]{5}-[2-9A-HJ-NP-Z]{5}\b").unwrap();
    re.find(text).expect("a code in the reply").as_str().to_string()
}

/// id, category, body, idea_id, author, anonymous.
pub type Row = (i64, String, String, Option<i64>, Option<String>, i64);
/// author, room_id, source_event_id, anonymous, created_at.
pub type Traces = (Option<String>, Option<String>, Option<String>, i64, i64);

pub async fn concerns(t: &TestBot) -> Vec<Row> {
    sqlx::query_as("SELECT id, category, body, idea_id, author, anonymous FROM concerns ORDER BY id")
        .fetch_all(t.store().pool())
        .await
        .unwrap()
}

/// Every column of every concerns row, as text.
pub async fn every_stored_value(t: &TestBot) -> Vec<(String, String)> {
    let columns: Vec<(String,)> = if t.backend == "sqlite" {
        sqlx::query_as("SELECT name FROM pragma_table_info('concerns')")
            .fetch_all(t.store().pool())
            .await
            .unwrap()
    } else {
        sqlx::query_as(
            "SELECT CAST(column_name AS TEXT) FROM information_schema.columns \
             WHERE table_name = 'concerns' AND table_schema = current_schema()",
        )
        .fetch_all(t.store().pool())
        .await
        .unwrap()
    };
    assert!(columns.len() >= 12, "{columns:?}");
    let mut values = vec![];
    for (column,) in columns {
        let sql = format!("SELECT CAST({column} AS TEXT) FROM concerns");
        let rows: Vec<(Option<String>,)> = sqlx::query_as(sqlx::AssertSqlSafe(sql))
            .fetch_all(t.store().pool())
            .await
            .unwrap();
        values.extend(rows.into_iter().map(|(v,)| (column.clone(), v.unwrap_or_default())));
    }
    values
}
