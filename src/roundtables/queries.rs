//! SQL of the round tables: the tables, their agenda topics and the feedback recorded on them.

use crate::store::Tx;
use anyhow::Result;

#[derive(Debug, Clone)]
pub struct RoundTable {
    pub id: i64,
    pub room_id: String,
    pub opened_at: i64,
    pub closed_at: Option<i64>,
    /// Position (1-based) of the topic under discussion.
    pub current_topic: i64,
}

#[derive(Debug, Clone)]
pub struct Topic {
    pub position: i64,
    pub title: String,
    /// When discussion of the topic began (None: not reached yet).
    pub started_at: Option<i64>,
}

#[derive(Debug, Clone)]
pub struct Feedback {
    pub topic: i64,
    /// None for anonymous feedback.
    pub author: Option<String>,
    pub body: String,
    pub via_direct: bool,
    pub created_at: i64,
}

/// A contribution to store.
pub struct NewFeedback<'a> {
    pub round_table: i64,
    pub topic: i64,
    pub author: Option<&'a str>,
    pub body: &'a str,
    pub via_direct: bool,
    pub source_event_id: Option<&'a str>,
    /// The room of that message (None with it for anonymous feedback).
    pub source_room_id: Option<&'a str>,
    pub created_at: i64,
}

const TABLE_COLUMNS: &str = "id, room_id, opened_at, closed_at, current_topic";

type TableRow = (i64, String, i64, Option<i64>, i64);

fn table(row: TableRow) -> RoundTable {
    let (id, room_id, opened_at, closed_at, current_topic) = row;
    RoundTable {
        id,
        room_id,
        opened_at,
        closed_at,
        current_topic,
    }
}

pub async fn open_in_room(tx: &mut Tx, room: &str) -> Result<Option<RoundTable>> {
    let sql = format!("SELECT {TABLE_COLUMNS} FROM round_tables WHERE room_id = $1 AND closed_at IS NULL");
    let row: Option<TableRow> = sqlx::query_as(sqlx::AssertSqlSafe(sql))
        .bind(room)
        .fetch_optional(&mut **tx)
        .await?;
    Ok(row.map(table))
}

pub async fn all_open(tx: &mut Tx) -> Result<Vec<RoundTable>> {
    let sql = format!("SELECT {TABLE_COLUMNS} FROM round_tables WHERE closed_at IS NULL ORDER BY id");
    let rows: Vec<TableRow> = sqlx::query_as(sqlx::AssertSqlSafe(sql)).fetch_all(&mut **tx).await?;
    Ok(rows.into_iter().map(table).collect())
}

pub async fn get(tx: &mut Tx, id: i64) -> Result<Option<RoundTable>> {
    let sql = format!("SELECT {TABLE_COLUMNS} FROM round_tables WHERE id = $1");
    let row: Option<TableRow> = sqlx::query_as(sqlx::AssertSqlSafe(sql))
        .bind(id)
        .fetch_optional(&mut **tx)
        .await?;
    Ok(row.map(table))
}

/// The latest round tables, newest first.
pub async fn recent(tx: &mut Tx, limit: i64) -> Result<Vec<RoundTable>> {
    let sql = format!("SELECT {TABLE_COLUMNS} FROM round_tables ORDER BY id DESC LIMIT $1");
    let rows: Vec<TableRow> = sqlx::query_as(sqlx::AssertSqlSafe(sql))
        .bind(limit)
        .fetch_all(&mut **tx)
        .await?;
    Ok(rows.into_iter().map(table).collect())
}

/// Opens a round table with its agenda; the first topic starts now.
pub async fn open(tx: &mut Tx, room: &str, by: &str, topics: &[String], now_ms: i64) -> Result<i64> {
    let (id,): (i64,) = sqlx::query_as(
        "INSERT INTO round_tables (room_id, opened_by, opened_at, current_topic) VALUES ($1, $2, $3, 1) RETURNING id",
    )
    .bind(room)
    .bind(by)
    .bind(now_ms)
    .fetch_one(&mut **tx)
    .await?;
    for (index, title) in topics.iter().enumerate() {
        let started = (index == 0).then_some(now_ms);
        add_topic(tx, id, index as i64 + 1, title, started).await?;
    }
    Ok(id)
}

async fn add_topic(tx: &mut Tx, table: i64, position: i64, title: &str, started_at: Option<i64>) -> Result<()> {
    sqlx::query("INSERT INTO round_table_topics (round_table_id, position, title, started_at) VALUES ($1, $2, $3, $4)")
        .bind(table)
        .bind(position)
        .bind(title)
        .bind(started_at)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// What another capability may know of round table `id`: its first topic as its title.
pub async fn info(tx: &mut Tx, id: i64) -> Result<Option<crate::bot::registry::RecordInfo>> {
    let title: Option<(String,)> =
        sqlx::query_as("SELECT title FROM round_table_topics WHERE round_table_id = $1 ORDER BY position LIMIT 1")
            .bind(id)
            .fetch_optional(&mut **tx)
            .await?;
    Ok(title.map(|(title,)| crate::bot::registry::RecordInfo {
        title,
        withdrawn: false,
    }))
}

pub async fn topics(tx: &mut Tx, table: i64) -> Result<Vec<Topic>> {
    let rows: Vec<(i64, String, Option<i64>)> = sqlx::query_as(
        "SELECT position, title, started_at FROM round_table_topics WHERE round_table_id = $1 ORDER BY position",
    )
    .bind(table)
    .fetch_all(&mut **tx)
    .await?;
    Ok(rows
        .into_iter()
        .map(|(position, title, started_at)| Topic {
            position,
            title,
            started_at,
        })
        .collect())
}

/// Makes `position` the current topic and notes when it started.
pub async fn move_to(tx: &mut Tx, table: i64, position: i64, now_ms: i64) -> Result<()> {
    sqlx::query("UPDATE round_tables SET current_topic = $1 WHERE id = $2")
        .bind(position)
        .bind(table)
        .execute(&mut **tx)
        .await?;
    sqlx::query(
        "UPDATE round_table_topics SET started_at = $1 WHERE round_table_id = $2 AND position = $3 AND started_at IS NULL",
    )
    .bind(now_ms)
    .bind(table)
    .bind(position)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Inserts a new topic right after the current one (later agenda topics move down) and makes it
/// current. Returns its position.
pub async fn insert_after_current(tx: &mut Tx, table: &RoundTable, title: &str, now_ms: i64) -> Result<i64> {
    let position = table.current_topic + 1;
    // Shift in two steps so the primary key never collides on either backend.
    for (from, delta) in [(position, 1_000_000), (position + 1_000_000, -999_999)] {
        sqlx::query(
            "UPDATE round_table_topics SET position = position + $1 WHERE round_table_id = $2 AND position >= $3",
        )
        .bind(delta)
        .bind(table.id)
        .bind(from)
        .execute(&mut **tx)
        .await?;
    }
    add_topic(tx, table.id, position, title, None).await?;
    move_to(tx, table.id, position, now_ms).await?;
    Ok(position)
}

pub async fn close(tx: &mut Tx, table: i64, by: &str, now_ms: i64) -> Result<()> {
    sqlx::query("UPDATE round_tables SET closed_at = $1, closed_by = $2 WHERE id = $3")
        .bind(now_ms)
        .bind(by)
        .bind(table)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

pub async fn add_feedback(tx: &mut Tx, feedback: &NewFeedback<'_>) -> Result<i64> {
    let (id,): (i64,) = sqlx::query_as(
        "INSERT INTO round_table_feedback (round_table_id, topic, author, body, via_direct, source_event_id, \
         source_room_id, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8) RETURNING id",
    )
    .bind(feedback.round_table)
    .bind(feedback.topic)
    .bind(feedback.author)
    .bind(feedback.body)
    .bind(i64::from(feedback.via_direct))
    .bind(feedback.source_event_id)
    .bind(feedback.source_room_id)
    .bind(feedback.created_at)
    .fetch_one(&mut **tx)
    .await?;
    Ok(id)
}

pub async fn feedback(tx: &mut Tx, table: i64) -> Result<Vec<Feedback>> {
    let rows: Vec<(i64, Option<String>, String, i64, i64)> = sqlx::query_as(
        "SELECT topic, author, body, via_direct, created_at FROM round_table_feedback \
         WHERE round_table_id = $1 ORDER BY topic, CASE WHEN author IS NULL THEN 1 ELSE 0 END, id",
    )
    .bind(table)
    .fetch_all(&mut **tx)
    .await?;
    Ok(rows
        .into_iter()
        .map(|(topic, author, body, via_direct, created_at)| Feedback {
            topic,
            author,
            body,
            via_direct: via_direct != 0,
            created_at,
        })
        .collect())
}

/// Replaces the text of the feedback recorded from event `source` while its round table is
/// open; true if there was one.
pub async fn edit_feedback(tx: &mut Tx, source: &str, author: &str, body: &str, now_ms: i64) -> Result<bool> {
    let done = sqlx::query(
        "UPDATE round_table_feedback SET body = $1, updated_at = $2 WHERE source_event_id = $3 AND author = $4 \
         AND round_table_id IN (SELECT id FROM round_tables WHERE closed_at IS NULL)",
    )
    .bind(body)
    .bind(now_ms)
    .bind(source)
    .bind(author)
    .execute(&mut **tx)
    .await?;
    Ok(done.rows_affected() > 0)
}

/// Removes the feedback recorded from event `source` in `room` (feedback stored before its room
/// was kept is matched by event id alone); true if there was some.
pub async fn remove_feedback(tx: &mut Tx, source: &str, room: &str) -> Result<bool> {
    let done = sqlx::query(
        "DELETE FROM round_table_feedback WHERE source_event_id = $1 AND (source_room_id = $2 OR source_room_id IS NULL)",
    )
    .bind(source)
    .bind(room)
        .execute(&mut **tx)
        .await?;
    Ok(done.rows_affected() > 0)
}
