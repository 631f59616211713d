//! The reminder scheduler's store side: reminders are rows (due time, kind, record, payload);
//! a due row becomes outbox messages in the same transaction that marks it done, so a reminder is
//! neither lost nor sent twice across a crash. `task` waits for the next due row; `kinds` says
//! what each kind of reminder turns into.

pub mod cycle;
mod kinds;
pub mod task;

use crate::bot::Bot;
use crate::bot::types::Outbound;
use crate::store::{Store, Tx};
use anyhow::Result;
use serde_json::Value;

/// Due rows taken per round.
const BATCH: i64 = 20;
/// A reminder whose message cannot be composed this often is set aside (outcome `failed`).
const MAX_ATTEMPTS: i64 = 5;

/// A reminder to schedule.
#[derive(Debug, Clone, PartialEq)]
pub struct Reminder {
    /// When it is due, UTC milliseconds.
    pub due_at: i64,
    /// What it is about, e.g. `reassessment`; `kinds` composes its messages.
    pub kind: String,
    /// The record it belongs to (e.g. `idea:12`), so all reminders of a record can be replaced.
    pub record_key: String,
    /// Whatever the kind needs to compose its message.
    pub payload: Value,
}

/// A reminder whose time has come.
#[derive(Debug, Clone, PartialEq)]
pub struct DueReminder {
    pub id: i64,
    pub reminder: Reminder,
}

/// What a due reminder turns into.
#[derive(Debug, Default)]
pub struct Fired {
    pub messages: Vec<Outbound>,
    /// Reminders to schedule in its place (e.g. the next weekly one while something is overdue).
    pub follow_ups: Vec<Reminder>,
    /// Recorded with the row: `sent`, or why nothing was sent (`obsolete`, …).
    pub outcome: &'static str,
}

/// Plans the recurring sweeps (retention) unless they are planned; the reminder task calls it
/// when it starts.
pub async fn plan_recurring(bot: &Bot) -> Result<()> {
    let mut tx = bot.store().begin().await?;
    let planned = crate::bot::retention::ensure_planned(&mut tx, bot.settings(), bot.now_ms()).await?;
    tx.commit().await?;
    if planned {
        bot.reminders_scheduled().notify_one();
    }
    Ok(())
}

/// Schedules `reminder` inside the caller's transaction.
pub async fn schedule(tx: &mut Tx, reminder: &Reminder, now_ms: i64) -> Result<i64> {
    let (id,): (i64,) = sqlx::query_as(
        "INSERT INTO reminders (due_at, kind, record_key, payload, created_at) \
         VALUES ($1, $2, $3, $4, $5) RETURNING id",
    )
    .bind(reminder.due_at)
    .bind(&reminder.kind)
    .bind(&reminder.record_key)
    .bind(reminder.payload.to_string())
    .bind(now_ms)
    .fetch_one(&mut **tx)
    .await?;
    Ok(id)
}

/// Drops the pending reminders of `record_key` (of every kind); returns how many.
pub async fn cancel(tx: &mut Tx, record_key: &str, now_ms: i64) -> Result<u64> {
    let done = sqlx::query(
        "UPDATE reminders SET done_at = $1, outcome = 'cancelled' WHERE record_key = $2 AND done_at IS NULL",
    )
    .bind(now_ms)
    .bind(record_key)
    .execute(&mut **tx)
    .await?;
    Ok(done.rows_affected())
}

/// Replaces the pending reminders of `record_key` with `reminders`.
pub async fn replace(tx: &mut Tx, record_key: &str, reminders: &[Reminder], now_ms: i64) -> Result<()> {
    cancel(tx, record_key, now_ms).await?;
    for reminder in reminders {
        schedule(tx, reminder, now_ms).await?;
    }
    Ok(())
}

/// The due time of the earliest pending reminder.
pub async fn next_due_at(store: &Store) -> Result<Option<i64>> {
    let (next,): (Option<i64>,) = sqlx::query_as("SELECT MIN(due_at) FROM reminders WHERE done_at IS NULL")
        .fetch_one(store.pool())
        .await?;
    Ok(next)
}

/// How many reminders are planned and not yet handled.
pub async fn pending_count(store: &Store) -> Result<i64> {
    let (count,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM reminders WHERE done_at IS NULL")
        .fetch_one(store.pool())
        .await?;
    Ok(count)
}

/// The pending reminders of `record_key`, earliest first (for tests and the team's overview).
pub async fn pending_for(store: &Store, record_key: &str) -> Result<Vec<DueReminder>> {
    let rows: Vec<(i64, i64, String, String, String)> = sqlx::query_as(
        "SELECT id, due_at, kind, record_key, payload FROM reminders \
         WHERE record_key = $1 AND done_at IS NULL ORDER BY due_at, id",
    )
    .bind(record_key)
    .fetch_all(store.pool())
    .await?;
    Ok(rows.into_iter().map(due_reminder).collect())
}

fn due_reminder((id, due_at, kind, record_key, payload): (i64, i64, String, String, String)) -> DueReminder {
    DueReminder {
        id,
        reminder: Reminder {
            due_at,
            kind,
            record_key,
            // An unreadable payload is left to the kind to refuse.
            payload: serde_json::from_str(&payload).unwrap_or(Value::Null),
        },
    }
}

/// Turns every reminder due by now into outbox messages, each in its own transaction; returns
/// how many were handled. A reminder that cannot be composed is retried on later rounds and set
/// aside after `MAX_ATTEMPTS`.
pub async fn fire_due(bot: &Bot) -> Result<usize> {
    let mut handled = 0;
    loop {
        let now_ms = bot.now_ms();
        let rows: Vec<(i64, i64, String, String, String)> = sqlx::query_as(
            "SELECT id, due_at, kind, record_key, payload FROM reminders \
             WHERE done_at IS NULL AND due_at <= $1 AND attempts < $2 ORDER BY due_at, id LIMIT $3",
        )
        .bind(now_ms)
        .bind(MAX_ATTEMPTS)
        .bind(BATCH)
        .fetch_all(bot.store().pool())
        .await?;
        if rows.is_empty() {
            return Ok(handled);
        }
        let mut progressed = false;
        for due in rows.into_iter().map(due_reminder) {
            match fire_one(bot, &due, now_ms).await {
                Ok(()) => {
                    handled += 1;
                    progressed = true;
                }
                Err(e) => {
                    tracing::error!(reminder = due.id, kind = %due.reminder.kind, error = %format!("{e:#}"), "could not send a reminder; trying again later");
                    note_failure(bot.store(), due.id, now_ms).await?;
                }
            }
        }
        if !progressed {
            return Ok(handled);
        }
    }
}

/// Claims the row, composes its messages and queues them, all in one transaction.
async fn fire_one(bot: &Bot, due: &DueReminder, now_ms: i64) -> Result<()> {
    let mut tx = bot.store().begin().await?;
    let fired = kinds::compose(&mut tx, &due.reminder, bot.settings(), now_ms).await?;
    let claimed = sqlx::query("UPDATE reminders SET done_at = $1, outcome = $2 WHERE id = $3 AND done_at IS NULL")
        .bind(now_ms)
        .bind(fired.outcome)
        .bind(due.id)
        .execute(&mut *tx)
        .await?;
    if claimed.rows_affected() == 0 {
        tx.rollback().await?; // cancelled meanwhile
        return Ok(());
    }
    for message in &fired.messages {
        Store::outbox_push(&mut tx, message, now_ms).await?;
    }
    for follow_up in &fired.follow_ups {
        schedule(&mut tx, follow_up, now_ms).await?;
    }
    tx.commit().await?;
    if !fired.messages.is_empty() {
        crate::service::metrics::reminder_sent();
        bot.outbox_ready().notify_one();
    }
    tracing::debug!(reminder = due.id, kind = %due.reminder.kind, outcome = fired.outcome, "reminder handled");
    Ok(())
}

/// Counts a failed attempt; the last allowed one sets the reminder aside for good.
async fn note_failure(store: &Store, id: i64, now_ms: i64) -> Result<()> {
    sqlx::query(
        "UPDATE reminders SET attempts = attempts + 1, \
         done_at = CASE WHEN attempts + 1 >= $1 THEN $2 ELSE done_at END, \
         outcome = CASE WHEN attempts + 1 >= $1 THEN 'failed' ELSE outcome END \
         WHERE id = $3",
    )
    .bind(MAX_ATTEMPTS)
    .bind(now_ms)
    .bind(id)
    .execute(store.pool())
    .await?;
    Ok(())
}
