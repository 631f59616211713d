//! Retention: the contributions of a round table closed more than
//! `privacy.round_table_contributions_months` ago are reduced to their count per topic (no text,
//! no name, no source message or room).

use crate::bot::registry::Retention;
use crate::store::Tx;
use anyhow::Result;

pub const RULE: Retention = Retention {
    key: "round_table_contributions_months",
    default_months: 24,
    apply: |tx, cutoff_ms| Box::pin(reduce(tx, cutoff_ms)),
};

async fn reduce(tx: &mut Tx, cutoff_ms: i64) -> Result<u64> {
    let done = sqlx::query(
        "UPDATE round_table_feedback SET body = '', author = NULL, source_event_id = NULL, source_room_id = NULL \
         WHERE (body <> '' OR author IS NOT NULL OR source_event_id IS NOT NULL OR source_room_id IS NOT NULL) \
         AND round_table_id IN \
         (SELECT id FROM round_tables WHERE closed_at IS NOT NULL AND closed_at < $1)",
    )
    .bind(cutoff_ms)
    .execute(&mut **tx)
    .await?;
    Ok(done.rows_affected())
}
