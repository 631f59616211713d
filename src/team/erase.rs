//! Its part of erasing a person: a promoter role ends; scores they gave and ideas they own stay,
//! so that the team's decisions remain traceable, under the tombstone the core puts in their place.

use crate::bot::context::Ctx;
use crate::bot::erasure::{Erasure, Fate, Tally, tallies};
use anyhow::Result;

pub async fn erase(ctx: &mut Ctx<'_>, erasure: &Erasure) -> Result<Vec<Tally>> {
    let user = erasure.user.as_str();
    let promoter = sqlx::query("DELETE FROM promoters WHERE user_id = $1")
        .bind(user)
        .execute(&mut **ctx.tx)
        .await?
        .rows_affected();
    let (scores,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM idea_scores WHERE scorer = $1")
        .bind(user)
        .fetch_one(&mut **ctx.tx)
        .await?;
    let (owned,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM ideas WHERE owner = $1")
        .bind(user)
        .fetch_one(&mut **ctx.tx)
        .await?;
    Ok(tallies([
        Tally::of("erase-promoter", promoter as i64, Fate::Erased),
        Tally::of("erase-scores-kept", scores, Fate::Kept),
        Tally::of("erase-owner-kept", owned, Fate::Kept),
    ]))
}
