//! Which events have been processed: the rows that make handling an event happen exactly once.

use super::rows::{ROWS_PER_STATEMENT, values_list};
use super::{Store, Tx};
use anyhow::Result;
use std::collections::HashSet;

impl Store {
    /// Records that `inbound` is being processed; false if it was processed before.
    pub async fn mark_processed(tx: &mut Tx, inbound: &crate::bot::types::Inbound, now_ms: i64) -> Result<bool> {
        let new = Self::mark_all_processed(tx, &[inbound.event_id.as_str()], now_ms).await?;
        Ok(!new.is_empty())
    }

    /// Records that the events `event_ids` are being processed, in as few statements as possible;
    /// returns the ids not processed before (each once, however often it is given).
    pub async fn mark_all_processed(tx: &mut Tx, event_ids: &[&str], now_ms: i64) -> Result<HashSet<String>> {
        let mut seen = HashSet::with_capacity(event_ids.len());
        let distinct: Vec<&str> = event_ids.iter().copied().filter(|id| seen.insert(*id)).collect();
        let mut new = HashSet::with_capacity(distinct.len());
        for chunk in distinct.chunks(ROWS_PER_STATEMENT) {
            let sql = format!(
                "INSERT INTO processed_events (event_id, processed_at) VALUES {} \
                 ON CONFLICT (event_id) DO NOTHING RETURNING event_id",
                values_list(chunk.len(), 2)
            );
            let mut query = sqlx::query_as::<_, (String,)>(sqlx::AssertSqlSafe(sql));
            for id in chunk {
                query = query.bind(*id).bind(now_ms);
            }
            new.extend(query.fetch_all(&mut **tx).await?.into_iter().map(|(id,)| id));
        }
        Ok(new)
    }

    /// Marks the processed-event row of an anonymous submission: it only guards against handling
    /// the event twice until the transport's sync position has passed it, then it is erased.
    pub async fn mark_anonymous(tx: &mut Tx, event_id: &str) -> Result<()> {
        sqlx::query("UPDATE processed_events SET erase_when_synced = 1, processed_at = 0 WHERE event_id = $1")
            .bind(event_id)
            .execute(&mut **tx)
            .await?;
        Ok(())
    }

    /// Erases the rows `mark_anonymous` marked. Call only when every event handled so far lies
    /// before the committed sync position, so none of them can be delivered again.
    pub async fn forget_anonymous_events(&self) -> Result<u64> {
        let done = sqlx::query("DELETE FROM processed_events WHERE erase_when_synced = 1")
            .execute(self.pool())
            .await?;
        Ok(done.rows_affected())
    }
}
