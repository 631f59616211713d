//! `!meine-daten` (PRODUCT.md "Datenschutz"): shows a person what Lotse has stored about them —
//! settings, ideas, supports and comments, concerns and round-table contributions under their
//! name (anonymous ones cannot be found, by design), trainings — always in a DM with them.

use crate::bot::context::Ctx;
use crate::bot::users;
use crate::team::status::Status;
use anyhow::Result;

/// How many of one's ideas are listed by title.
const IDEAS_LISTED: i64 = 50;

pub async fn my_data(ctx: &mut Ctx<'_>, _args: &str) -> Result<()> {
    let user = ctx.inbound.sender.clone();
    let text = compose(ctx, &user).await?;
    if ctx.inbound.is_direct {
        ctx.reply_text(text, None);
    } else {
        // Personal data does not belong in a shared room.
        ctx.direct_message(&user, text, None);
        ctx.reply("my-data-sent-dm", &[]);
    }
    Ok(())
}

async fn compose(ctx: &mut Ctx<'_>, user: &str) -> Result<String> {
    let mut lines = vec![ctx.t("my-data-heading", &[("user", user.into())])];
    let profile = users::profile(ctx.tx, user).await?;
    lines.push(match profile.language {
        Some(lang) => ctx.t("my-data-language", &[("language", lang.code().into())]),
        None => ctx.t(
            "my-data-language-default",
            &[("language", ctx.settings.default_language.code().into())],
        ),
    });
    lines.push(match &profile.department {
        Some(department) => ctx.t("my-data-department", &[("department", department.into())]),
        None => ctx.t("my-data-department-none", &[]),
    });
    let promoter: Option<(String,)> = sqlx::query_as("SELECT department FROM promoters WHERE user_id = $1")
        .bind(user)
        .fetch_optional(&mut **ctx.tx)
        .await?;
    if let Some((department,)) = promoter {
        lines.push(ctx.t("my-data-promoter", &[("department", department.into())]));
    }

    let (idea_count,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM ideas WHERE author = $1")
        .bind(user)
        .fetch_one(&mut **ctx.tx)
        .await?;
    if idea_count == 0 {
        lines.push(ctx.t("my-data-ideas-none", &[]));
    } else {
        lines.push(ctx.t("my-data-ideas", &[("count", idea_count.into())]));
        let ideas: Vec<(i64, String, String)> =
            sqlx::query_as("SELECT id, title, status FROM ideas WHERE author = $1 ORDER BY id LIMIT $2")
                .bind(user)
                .bind(IDEAS_LISTED)
                .fetch_all(&mut **ctx.tx)
                .await?;
        for (id, title, status) in ideas {
            let title = if title.is_empty() {
                ctx.t("text-removed", &[])
            } else {
                title
            };
            let status = ctx.t(
                Status::from_stored(&status).map_or("status-zurueckgezogen", Status::label_id),
                &[],
            );
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
        .bind(user)
        .fetch_one(&mut **ctx.tx)
        .await?;
    let (comments,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM idea_comments WHERE author = $1")
        .bind(user)
        .fetch_one(&mut **ctx.tx)
        .await?;
    lines.push(ctx.t(
        "my-data-activity",
        &[("supports", supports.into()), ("comments", comments.into())],
    ));

    let (concerns,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM concerns WHERE author = $1")
        .bind(user)
        .fetch_one(&mut **ctx.tx)
        .await?;
    let (contributions,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM round_table_feedback WHERE author = $1")
        .bind(user)
        .fetch_one(&mut **ctx.tx)
        .await?;
    lines.push(ctx.t(
        "my-data-participation",
        &[("concerns", concerns.into()), ("contributions", contributions.into())],
    ));

    match crate::trainings::my_trainings(ctx, user).await? {
        Some(trainings) => {
            lines.push(ctx.t("my-data-trainings", &[]));
            lines.push(trainings);
        }
        None => lines.push(ctx.t("my-data-trainings-none", &[])),
    }
    lines.push(ctx.t("my-data-footer", &[]));
    Ok(lines.join("\n"))
}
