//! Its part of erasing a person: their contributions under their name go, from open and closed
//! round tables alike; round tables they opened or closed stay under their tombstone.

use crate::bot::context::Ctx;
use crate::bot::erasure::{Erasure, Fate, Tally, tallies};
use anyhow::Result;

pub async fn erase(ctx: &mut Ctx<'_>, erasure: &Erasure) -> Result<Vec<Tally>> {
    let user = erasure.user.as_str();
    let contributions = sqlx::query("DELETE FROM round_table_feedback WHERE author = $1")
        .bind(user)
        .execute(&mut **ctx.tx)
        .await?
        .rows_affected();
    let (led,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM round_tables WHERE opened_by = $1 OR closed_by = $1")
        .bind(user)
        .fetch_one(&mut **ctx.tx)
        .await?;
    Ok(tallies([
        Tally::of("erase-contributions", contributions as i64, Fate::Erased),
        Tally::of("erase-roundtables-kept", led, Fate::Kept),
    ]))
}
