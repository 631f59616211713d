//! Promoters of a Fachbereich: `!rolle @user promotor <Fachbereich>`, `!rolle @user entfernen`,
//! `!rolle`; the person also by mention or display name. Who may use what is decided by the
//! core's `access`.

use super::queries;
use crate::bot::audit::{self, Record};
use crate::bot::context::Ctx;
use crate::bot::i18n::t;
use crate::bot::people::{self, Person};
use crate::bot::users::{self, department_fits};
use anyhow::Result;

/// `!rolle`, `!rolle @user promotor <Fachbereich>`, `!rolle @user entfernen`.
pub async fn role(ctx: &mut Ctx<'_>, args: &str) -> Result<()> {
    let args = args.trim();
    if args.is_empty() {
        return list(ctx).await;
    }
    let (user, rest) = match people::leading(ctx, args).await {
        Person::Found { user_id, rest } => (user_id, rest),
        other => {
            people::explain(ctx, &other);
            return Ok(());
        }
    };
    let user = user.as_str();
    let rest = rest.trim();
    let (word, department) = rest.split_once(char::is_whitespace).unwrap_or((rest, ""));
    match crate::bot::parser::fold_word(word).as_str() {
        "promotor" | "promotorin" | "promoter" => name_promoter(ctx, user, department.trim()).await,
        "entfernen" | "keine" | "remove" | "none" => remove(ctx, user).await,
        _ => {
            ctx.reply("role-usage", &[]);
            Ok(())
        }
    }
}

async fn name_promoter(ctx: &mut Ctx<'_>, user: &str, department: &str) -> Result<()> {
    if department.is_empty() {
        ctx.reply("role-department-missing", &[("user", user.into())]);
        return Ok(());
    }
    if !department_fits(ctx, department) {
        return Ok(());
    }
    let sender = ctx.inbound.sender.clone();
    queries::set_promoter(ctx.tx, user, department, &sender, ctx.now_ms).await?;
    audit::record(ctx, "promoter", Record::User(user), department).await?;
    ctx.reply(
        "role-promoter-set",
        &[("user", user.into()), ("department", department.into())],
    );
    if user != sender {
        let lang = users::profile(ctx.tx, user)
            .await?
            .language
            .unwrap_or(ctx.settings.default_language);
        let text = t(lang, "role-promoter-dm", &[("department", department.into())]);
        ctx.direct_message(user, text, None);
    }
    Ok(())
}

async fn remove(ctx: &mut Ctx<'_>, user: &str) -> Result<()> {
    if queries::remove_promoter(ctx.tx, user).await? {
        audit::record(ctx, "promoter_removed", Record::User(user), "").await?;
        ctx.reply("role-removed", &[("user", user.into())]);
    } else {
        ctx.reply("role-none", &[("user", user.into())]);
    }
    Ok(())
}

async fn list(ctx: &mut Ctx<'_>) -> Result<()> {
    let promoters = queries::promoters(ctx.tx).await?;
    if promoters.is_empty() {
        ctx.reply("role-list-empty", &[]);
        return Ok(());
    }
    let mut text = ctx.t("role-list-heading", &[("count", promoters.len().into())]);
    for (user, department) in promoters {
        text.push('\n');
        text.push_str(&ctx.t(
            "role-list-line",
            &[("user", user.into()), ("department", department.into())],
        ));
    }
    ctx.reply_text(text, None);
    Ok(())
}
