//! The outbox: replies and notices that are committed with their cause and sent afterwards.

use super::rows::{ROWS_PER_STATEMENT, values_list};
use super::{Store, Tx};
use crate::bot::types::{Destination, Outbound, PendingOutbound};
use anyhow::{Context, Result};

/// How many conversations the sender takes its turns from at once.
pub const OUTBOX_BATCH: i64 = 50;

/// A message to queue, and how.
#[derive(Debug, Clone)]
pub struct Queued {
    pub message: Outbound,
    /// Delete the row once delivered instead of keeping it (replies to anonymous submissions:
    /// their destination would point at the submitter).
    pub erase_when_sent: bool,
    /// It answers the person whose message caused it, where they wrote or in their direct chat:
    /// it goes before bulk messages (reminder waves, announcements, notices to others).
    pub answer: bool,
}

/// A conversation's turn at the sender: the conversation and whom it goes to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Turn {
    pub conversation: String,
    pub recipient: String,
}

impl Queued {
    /// A message of the bot's own accord, or one that answers as its `in_reply_to` says.
    pub fn plain(message: Outbound) -> Queued {
        Queued {
            answer: message.in_reply_to.is_some(),
            message,
            erase_when_sent: false,
        }
    }
}

impl Store {
    /// How many messages wait to be sent, and when the oldest of them was queued.
    pub async fn outbox_backlog(&self) -> Result<(i64, Option<i64>)> {
        let row: (i64, Option<i64>) =
            sqlx::query_as("SELECT COUNT(*), MIN(created_at) FROM outbox WHERE sent_at IS NULL")
                .fetch_one(self.pool())
                .await?;
        Ok(row)
    }

    /// Queues `message` inside the caller's transaction; returns its row id.
    pub async fn outbox_push(tx: &mut Tx, message: &Outbound, now_ms: i64) -> Result<i64> {
        let ids = Self::outbox_push_all(tx, &[Queued::plain(message.clone())], now_ms).await?;
        ids.first().copied().context("the outbox row got no id")
    }

    /// Queues `messages` in this order, in as few statements as possible (the replies of a whole
    /// sync batch at once); returns their row ids in the same order. A row that leaves a room is
    /// deleted once delivered too.
    pub async fn outbox_push_all(tx: &mut Tx, messages: &[Queued], now_ms: i64) -> Result<Vec<i64>> {
        let mut ids = Vec::with_capacity(messages.len());
        for chunk in messages.chunks(ROWS_PER_STATEMENT) {
            let sql = format!(
                "INSERT INTO outbox (payload, subject_kind, subject_id, created_at, erase_when_sent, in_reply_to, \
                 recipient, conversation, answer) VALUES {} RETURNING id",
                values_list(chunk.len(), 9)
            );
            let mut query = sqlx::query_as::<_, (i64,)>(sqlx::AssertSqlSafe(sql));
            for queued in chunk {
                let (message, erase_when_sent) = (&queued.message, &queued.erase_when_sent);
                let subject = message.subject.as_ref();
                query = query
                    .bind(serde_json::to_string(message)?)
                    .bind(subject.map(|s| s.kind.clone()))
                    .bind(subject.map(|s| s.id))
                    .bind(now_ms)
                    // A row that leaves a room or redacts an event is of no use once done, and
                    // may name a direct chat.
                    .bind(i64::from(
                        *erase_when_sent || message.leave_after || message.redacts.is_some(),
                    ))
                    .bind(message.in_reply_to.clone())
                    .bind(message.recipient())
                    .bind(message.conversation())
                    .bind(i64::from(queued.answer));
            }
            // Rows get ascending ids in the order given; RETURNING promises no order, so sort.
            let mut chunk_ids: Vec<i64> = query.fetch_all(&mut **tx).await?.into_iter().map(|(id,)| id).collect();
            chunk_ids.sort_unstable();
            ids.extend(chunk_ids);
        }
        Ok(ids)
    }

    /// Oldest unsent messages first.
    pub async fn outbox_pending(&self, limit: i64) -> Result<Vec<PendingOutbound>> {
        let rows: Vec<(i64, String, i64)> =
            sqlx::query_as("SELECT id, payload, created_at FROM outbox WHERE sent_at IS NULL ORDER BY id LIMIT $1")
                .bind(limit)
                .fetch_all(self.pool())
                .await?;
        let instance = self.instance_id().await?;
        let mut pending = Vec::with_capacity(rows.len());
        for row in rows {
            pending.extend(self.readable(&instance, row).await?);
        }
        Ok(pending)
    }

    /// The conversations with a message waiting, in the order their turns come: round-robin over
    /// recipients (each room and direct chat gets its first turn before any gets its second), and
    /// within a round answers before bulk messages, then oldest first. A conversation's turn is
    /// its oldest waiting message, so a message passes only other conversations' messages.
    pub async fn outbox_turns(&self, limit: i64) -> Result<Vec<Turn>> {
        let rows: Vec<(String, String)> = sqlx::query_as(
            "SELECT conversation, recipient FROM ( \
                 SELECT o.conversation, o.recipient, o.answer, o.id, ROW_NUMBER() OVER ( \
                     PARTITION BY o.recipient ORDER BY o.answer DESC, o.id) AS round \
                 FROM outbox o JOIN ( \
                     SELECT MIN(id) AS id FROM outbox WHERE sent_at IS NULL GROUP BY conversation \
                 ) oldest ON oldest.id = o.id \
             ) AS heads ORDER BY round, answer DESC, id LIMIT $1",
        )
        .bind(limit)
        .fetch_all(self.pool())
        .await?;
        Ok(rows
            .into_iter()
            .map(|(conversation, recipient)| Turn {
                conversation,
                recipient,
            })
            .collect())
    }

    /// The oldest message still waiting in `conversation`, read afresh (an erasure may have
    /// changed or deleted it since its turn was taken).
    pub async fn outbox_next_in(&self, conversation: &str) -> Result<Option<PendingOutbound>> {
        loop {
            let row: Option<(i64, String, i64)> = sqlx::query_as(
                "SELECT id, payload, created_at FROM outbox WHERE sent_at IS NULL AND conversation = $1 \
                 ORDER BY id LIMIT 1",
            )
            .bind(conversation)
            .fetch_optional(self.pool())
            .await?;
            let Some(row) = row else { return Ok(None) };
            let instance = self.instance_id().await?;
            if let Some(pending) = self.readable(&instance, row).await? {
                return Ok(Some(pending));
            }
        }
    }

    /// Message `id` as it is now, if it still waits to be sent.
    pub async fn outbox_waiting(&self, id: i64) -> Result<Option<PendingOutbound>> {
        let row: Option<(i64, String, i64)> =
            sqlx::query_as("SELECT id, payload, created_at FROM outbox WHERE id = $1 AND sent_at IS NULL")
                .bind(id)
                .fetch_optional(self.pool())
                .await?;
        let Some(row) = row else { return Ok(None) };
        let instance = self.instance_id().await?;
        self.readable(&instance, row).await
    }

    /// A row as a message to send; an unreadable one is set aside (marked as given up on).
    async fn readable(
        &self,
        instance: &str,
        (id, payload, created_at): (i64, String, i64),
    ) -> Result<Option<PendingOutbound>> {
        match serde_json::from_str::<Outbound>(&payload) {
            Ok(message) => Ok(Some(PendingOutbound {
                id,
                // With the time it was queued: a database restored from a backup hands out the
                // row ids used after the backup again, and the homeserver would take a new
                // message under an old transaction id for the old one (and drop it).
                txn_id: format!("lotse-{instance}-{id}-{created_at}"),
                message,
            })),
            Err(error) => {
                // One unreadable row must not stall every later message: set it aside.
                tracing::error!(outbox = id, %error, "an outbox row is unreadable; it is skipped");
                self.outbox_mark_sent(id, None, chrono::Utc::now().timestamp_millis())
                    .await?;
                Ok(None)
            }
        }
    }

    /// How many messages wait to be sent, counted up to `limit`.
    pub async fn outbox_unsent_up_to(&self, limit: i64) -> Result<i64> {
        let (count,): (i64,) =
            sqlx::query_as("SELECT COUNT(*) FROM (SELECT id FROM outbox WHERE sent_at IS NULL LIMIT $1) AS unsent")
                .bind(limit)
                .fetch_one(self.pool())
                .await?;
        Ok(count)
    }

    /// Records that row `id` was delivered as event `event_id` (None: given up, e.g. room gone).
    /// A delivered message keeps where it went and what it was about (a 👍 on it still counts),
    /// not its text: the chat room has it, and Lotse need not keep a second copy.
    pub async fn outbox_mark_sent(&self, id: i64, event_id: Option<&str>, now_ms: i64) -> Result<()> {
        let erased = sqlx::query("DELETE FROM outbox WHERE id = $1 AND erase_when_sent = 1")
            .bind(id)
            .execute(self.pool())
            .await?;
        if erased.rows_affected() == 0 {
            let payload: Option<(String,)> = sqlx::query_as("SELECT payload FROM outbox WHERE id = $1")
                .bind(id)
                .fetch_optional(self.pool())
                .await?;
            let kept = payload.map(|(p,)| without_text(&p));
            sqlx::query(
                "UPDATE outbox SET sent_at = $1, sent_event_id = $2, payload = COALESCE($3, payload), \
                 recipient = '', conversation = '' WHERE id = $4",
            )
            .bind(now_ms)
            .bind(event_id)
            .bind(kept)
            .bind(id)
            .execute(self.pool())
            .await?;
        }
        Ok(())
    }

    /// The record a message the bot sent is about, looked up by the sent event id.
    pub async fn outbox_subject_of(tx: &mut Tx, sent_event_id: &str) -> Result<Option<(String, i64)>> {
        let row: Option<(Option<String>, Option<i64>)> =
            sqlx::query_as("SELECT subject_kind, subject_id FROM outbox WHERE sent_event_id = $1")
                .bind(sent_event_id)
                .fetch_optional(&mut **tx)
                .await?;
        Ok(row.and_then(|(k, i)| Some((k?, i?))))
    }

    /// A redacted message takes its text out of the replies to it too: one still waiting goes
    /// out and is then deleted (a 👍 on it then counts no more); for each one delivered, returns
    /// where it went and its event, for the bot to redact it (it may quote the message).
    pub async fn outbox_forget_replies_to(tx: &mut Tx, event_id: &str) -> Result<Vec<(Destination, String)>> {
        let rows: Vec<(i64, String, Option<String>)> =
            sqlx::query_as("SELECT id, payload, sent_event_id FROM outbox WHERE in_reply_to = $1")
                .bind(event_id)
                .fetch_all(&mut **tx)
                .await?;
        let mut delivered = vec![];
        for (id, payload, sent_event_id) in rows {
            match sent_event_id {
                Some(sent) => {
                    if let Ok(message) = serde_json::from_str::<Outbound>(&payload) {
                        delivered.push((message.destination, sent));
                    }
                }
                None => {
                    sqlx::query("UPDATE outbox SET erase_when_sent = 1 WHERE id = $1")
                        .bind(id)
                        .execute(&mut **tx)
                        .await?;
                }
            }
        }
        Ok(delivered)
    }
}

/// A stored message without its text, file and mentions; an unreadable one stays as it is.
fn without_text(payload: &str) -> String {
    match serde_json::from_str::<Outbound>(payload) {
        Ok(mut message) => {
            message.body.clear();
            message.html.clear();
            message.attachment = None;
            message.mentions.clear();
            serde_json::to_string(&message).unwrap_or_else(|_| payload.to_string())
        }
        Err(_) => payload.to_string(),
    }
}
