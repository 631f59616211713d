//! The Ethik-Check's part of `!meine-daten` and of erasing a person: the check of an idea erased
//! with its author goes with it; the stages they recorded otherwise are the administration's record
//! and stay, under their tombstone.

use crate::bot::context::Ctx;
use crate::bot::erasure::{Erasure, Fate, Tally, tallies};
use anyhow::Result;

async fn recorded_by(ctx: &mut Ctx<'_>, user: &str) -> Result<i64> {
    let (count,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM ethics_records WHERE recorded_by = $1")
        .bind(user)
        .fetch_one(&mut **ctx.tx)
        .await?;
    Ok(count)
}

pub async fn my_data(ctx: &mut Ctx<'_>) -> Result<Vec<String>> {
    let sender = ctx.inbound.sender.clone();
    let count = recorded_by(ctx, &sender).await?;
    Ok(if count == 0 {
        vec![]
    } else {
        vec![ctx.t("my-data-ethics", &[("count", count.into())])]
    })
}

pub async fn erase(ctx: &mut Ctx<'_>, erasure: &Erasure) -> Result<Vec<Tally>> {
    // An idea erased with its author takes its check along: its answers describe that idea.
    let orphans = sqlx::query("DELETE FROM ethics_records WHERE idea_id NOT IN (SELECT id FROM ideas)")
        .execute(&mut **ctx.tx)
        .await?
        .rows_affected() as i64;
    let kept = recorded_by(ctx, &erasure.user).await?;
    Ok(tallies([
        Tally::of("erase-ethics-of-erased-ideas", orphans, Fate::Erased),
        Tally::of("erase-ethics-kept", kept, Fate::Kept),
    ]))
}
