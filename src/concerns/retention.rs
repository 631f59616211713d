//! Retention: an answered concern keeps its category, dates and answer, but its text goes once
//! `privacy.answered_concern_text_months` have passed since the answer.

use crate::bot::registry::Retention;
use crate::store::Tx;
use anyhow::Result;

pub const RULE: Retention = Retention {
    key: "answered_concern_text_months",
    default_months: 12,
    apply: |tx, cutoff_ms| Box::pin(drop_texts(tx, cutoff_ms)),
};

async fn drop_texts(tx: &mut Tx, cutoff_ms: i64) -> Result<u64> {
    let done =
        sqlx::query("UPDATE concerns SET body = '' WHERE answered_at IS NOT NULL AND answered_at < $1 AND body <> ''")
            .bind(cutoff_ms)
            .execute(&mut **tx)
            .await?;
    Ok(done.rows_affected())
}
