//! The Ethik-Check's part of `!meine-daten` and of erasing a person: the stages they recorded are
//! the administration's record and stay, under their tombstone.

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
    let count = recorded_by(ctx, &erasure.user).await?;
    Ok(tallies([Tally::of("erase-ethics-kept", count, Fate::Kept)]))
}
