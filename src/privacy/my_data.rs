//! `!meine-daten`: shows a person what Lotse has stored about them — their settings, then each
//! capability's part through its `my_data` hook (ideas, supports and comments, concerns and
//! round-table contributions under their name, trainings; anonymous ones cannot be found, by
//! design) — always in a DM with them. `!meine-daten datei` sends the same as two files
//! (`export`).

use super::export;
use crate::bot::access;
use crate::bot::context::Ctx;
use crate::bot::parser::fold_word;
use crate::bot::registry;
use crate::bot::users;
use anyhow::Result;

/// The word after `!meine-daten` that asks for the files.
const FILE_WORDS: &[&str] = &["datei", "dateien", "file", "files", "export"];

pub async fn my_data(ctx: &mut Ctx<'_>, args: &str) -> Result<()> {
    let user = ctx.inbound.sender.clone();
    let text = compose(ctx, &user).await?;
    if FILE_WORDS.contains(&fold_word(args).as_str()) {
        return export::send(ctx, &user, &text).await;
    }
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
    if let Some(department) = access::promoter_department(ctx.tx, user).await? {
        lines.push(ctx.t("my-data-promoter", &[("department", department.into())]));
    }
    for hook in registry::all().iter().filter_map(|c| c.hooks.my_data) {
        lines.extend(hook(ctx).await?);
    }
    lines.push(ctx.t("my-data-footer", &[]));
    Ok(lines.join("\n"))
}
