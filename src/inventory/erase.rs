//! The inventory's part of `!meine-daten` and of erasing a person: who reported or owns a tool is
//! forgotten (the entry stays, it belongs to the administration, and shows that it needs an
//! owner); entries they created and reviews they recorded stay under their tombstone.

use crate::bot::context::Ctx;
use crate::bot::erasure::{Erasure, Fate, Tally, tallies};
use anyhow::Result;

/// How many entries the person reported, owns, created, and how many reviews they recorded.
async fn counts(ctx: &mut Ctx<'_>, user: &str) -> Result<(i64, i64, i64, i64)> {
    Ok(sqlx::query_as(
        "SELECT (SELECT COUNT(*) FROM ai_tools WHERE reported_by = $1), \
         (SELECT COUNT(*) FROM ai_tools WHERE owner = $1), \
         (SELECT COUNT(*) FROM ai_tools WHERE created_by = $1 AND (reported_by IS NULL OR reported_by <> $1)), \
         (SELECT COUNT(*) FROM ai_tool_reviews WHERE reviewer = $1)",
    )
    .bind(user)
    .fetch_one(&mut **ctx.tx)
    .await?)
}

pub async fn my_data(ctx: &mut Ctx<'_>) -> Result<Vec<String>> {
    let sender = ctx.inbound.sender.clone();
    let (reported, owned, created, reviews) = counts(ctx, &sender).await?;
    if reported + owned + created + reviews == 0 {
        return Ok(vec![]);
    }
    Ok(vec![ctx.t(
        "my-data-inventory",
        &[
            ("reported", reported.into()),
            ("owned", owned.into()),
            ("created", created.into()),
            ("reviews", reviews.into()),
        ],
    )])
}

pub async fn erase(ctx: &mut Ctx<'_>, erasure: &Erasure) -> Result<Vec<Tally>> {
    let (reported, owned, created, reviews) = counts(ctx, &erasure.user).await?;
    let user = &erasure.user;
    sqlx::query("UPDATE ai_tools SET reported_by = NULL, created_by = '' WHERE reported_by = $1")
        .bind(user)
        .execute(&mut **ctx.tx)
        .await?;
    // The entry stays without them; the team sees that it needs a new owner.
    sqlx::query("UPDATE ai_tools SET owner = NULL WHERE owner = $1")
        .bind(user)
        .execute(&mut **ctx.tx)
        .await?;
    // Their messages are no longer linked to anything.
    sqlx::query("UPDATE ai_tools SET source_event_id = NULL WHERE created_by IN ($1, '')")
        .bind(user)
        .execute(&mut **ctx.tx)
        .await?;
    Ok(tallies([
        Tally::of("erase-tools-reported", reported, Fate::Erased),
        Tally::of("erase-tools-owned", owned, Fate::Kept),
        Tally::of("erase-tools-kept", created + reviews, Fate::Kept),
    ]))
}
