//! The ideas' part of `!meine-daten`: one's ideas with their status, supports and comments.

use crate::bot::context::Ctx;
use anyhow::Result;

/// How many of one's ideas are listed by title.
const IDEAS_LISTED: i64 = 50;

pub async fn lines(ctx: &mut Ctx<'_>) -> Result<Vec<String>> {
    let user = ctx.inbound.sender.clone();
    let mut lines = vec![];
    let (idea_count,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM ideas WHERE author = $1")
        .bind(&user)
        .fetch_one(&mut **ctx.tx)
        .await?;
    if idea_count == 0 {
        lines.push(ctx.t("my-data-ideas-none", &[]));
    } else {
        lines.push(ctx.t("my-data-ideas", &[("count", idea_count.into())]));
        let ideas: Vec<(i64, String, String)> =
            sqlx::query_as("SELECT id, title, status FROM ideas WHERE author = $1 ORDER BY id LIMIT $2")
                .bind(&user)
                .bind(IDEAS_LISTED)
                .fetch_all(&mut **ctx.tx)
                .await?;
        for (id, title, status) in ideas {
            let title = if title.is_empty() {
                ctx.t("text-removed", &[])
            } else {
                title
            };
            let status = ctx.t(super::status::label_of(&status), &[]);
            lines.push(ctx.t(
                "my-data-idea-line",
                &[("id", id.into()), ("title", title.into()), ("status", status.into())],
            ));
        }
        if idea_count > IDEAS_LISTED {
            lines.push(ctx.t("my-data-ideas-more", &[("count", (idea_count - IDEAS_LISTED).into())]));
        }
    }
    let (supports,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM idea_supporters WHERE user_id = $1")
        .bind(&user)
        .fetch_one(&mut **ctx.tx)
        .await?;
    let (comments,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM idea_comments WHERE author = $1")
        .bind(&user)
        .fetch_one(&mut **ctx.tx)
        .await?;
    lines.push(ctx.t(
        "my-data-activity",
        &[("supports", supports.into()), ("comments", comments.into())],
    ));
    Ok(lines)
}
