//! Its part of erasing a person: the concerns they voiced under their name go, with their answers;
//! answers they gave for the team stay under their tombstone. Anonymous concerns name nobody and
//! are left as they are.

use crate::bot::context::Ctx;
use crate::bot::erasure::{Erasure, Fate, Tally, tallies};
use anyhow::Result;

pub async fn erase(ctx: &mut Ctx<'_>, erasure: &Erasure) -> Result<Vec<Tally>> {
    let user = erasure.user.as_str();
    let named = sqlx::query("DELETE FROM concerns WHERE author = $1 AND anonymous = 0")
        .bind(user)
        .execute(&mut **ctx.tx)
        .await?
        .rows_affected();
    let (answered,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM concerns WHERE answered_by = $1")
        .bind(user)
        .fetch_one(&mut **ctx.tx)
        .await?;
    Ok(tallies([
        Tally::of("erase-concerns", named as i64, Fate::Erased),
        Tally::of("erase-concern-answers-kept", answered, Fate::Kept),
    ]))
}
