//! Its part of erasing a person: their supports and comments go; their ideas the team has not
//! taken up yet (still submitted or withdrawn, and never scored) go with every text; ideas
//! further on stay as the administration's record, the core renaming their author.

use super::queries;
use super::status::{Status, WITHDRAWN};
use crate::bot::context::Ctx;
use crate::bot::erasure::{Erasure, Fate, Tally, tallies};
use anyhow::Result;

pub async fn erase(ctx: &mut Ctx<'_>, erasure: &Erasure) -> Result<Vec<Tally>> {
    let user = erasure.user.as_str();
    let unprocessed: Vec<(i64,)> = sqlx::query_as(
        "SELECT id FROM ideas i WHERE author = $1 AND status IN ($2, $3) \
         AND NOT EXISTS (SELECT 1 FROM idea_scores s WHERE s.idea_id = i.id)",
    )
    .bind(user)
    .bind(Status::Submitted.as_str())
    .bind(WITHDRAWN)
    .fetch_all(&mut **ctx.tx)
    .await?;
    for (id,) in &unprocessed {
        for table in ["idea_supporters", "idea_comments", "idea_scores"] {
            let sql = format!("DELETE FROM {table} WHERE idea_id = $1");
            sqlx::query(sqlx::AssertSqlSafe(sql))
                .bind(id)
                .execute(&mut **ctx.tx)
                .await?;
        }
        sqlx::query("DELETE FROM ideas WHERE id = $1")
            .bind(id)
            .execute(&mut **ctx.tx)
            .await?;
    }
    // The message that submitted a kept idea would lead back to its author on the homeserver.
    let kept = sqlx::query("UPDATE ideas SET source_event_id = NULL WHERE author = $1")
        .bind(user)
        .execute(&mut **ctx.tx)
        .await?
        .rows_affected();
    let supports = sqlx::query("DELETE FROM idea_supporters WHERE user_id = $1")
        .bind(user)
        .execute(&mut **ctx.tx)
        .await?
        .rows_affected();
    // The core rewrites these texts next; the search terms taken from them are written anew.
    for name in erasure.names() {
        queries::rewrite_search_terms_mentioning(ctx.tx, name).await?;
    }
    let comments = sqlx::query("DELETE FROM idea_comments WHERE author = $1")
        .bind(user)
        .execute(&mut **ctx.tx)
        .await?
        .rows_affected();
    Ok(tallies([
        Tally::of("erase-ideas-unprocessed", unprocessed.len() as i64, Fate::Erased),
        Tally::of("erase-supports", supports as i64, Fate::Erased),
        Tally::of("erase-comments", comments as i64, Fate::Erased),
        Tally::of("erase-ideas-kept", kept as i64, Fate::Kept),
    ]))
}
