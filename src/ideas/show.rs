//! `!idee #N`: one idea with its details, supporters and latest comments, and what other
//! capabilities add about it (scores, concerns) through their `record_details` hook.

use super::queries::{self, IdeaRow};
use crate::bot::context::Ctx;
use crate::bot::registry::{self, RecordRef};
use anyhow::Result;

const SHOWN_COMMENTS: i64 = 5;
/// Comments are shortened to this many characters in the overview.
const SHOWN_COMMENT_CHARS: usize = 280;

pub async fn show(ctx: &mut Ctx<'_>, id: i64) -> Result<()> {
    let Some(row) = queries::get(ctx.tx, id).await? else {
        ctx.reply("idea-not-found", &[("id", id.into())]);
        return Ok(());
    };
    let mut text = ctx.t(
        "idea-show-head",
        &[
            ("id", row.id.into()),
            ("title", display_title(ctx, &row).into()),
            ("status", status_label(ctx, &row.status).into()),
            ("supporters", row.supporters.into()),
            ("author", row.author.clone().into()),
        ],
    );
    for (label, value) in [
        ("idea-field-department", &row.department),
        ("idea-field-description", &row.description),
        ("idea-field-benefit", &row.benefit),
    ] {
        if !value.is_empty() {
            text.push('\n');
            text.push_str(&ctx.t(label, &[("value", value.into())]));
        }
    }
    let record = RecordRef {
        kind: super::RECORD_KIND,
        id: row.id,
    };
    for hook in registry::all().iter().filter_map(|c| c.hooks.record_details) {
        for line in hook(ctx, &record).await? {
            text.push('\n');
            text.push_str(&line);
        }
    }
    if row.comments > 0 {
        text.push('\n');
        text.push_str(&ctx.t("idea-comments-head", &[("count", row.comments.into())]));
        for (author, body) in queries::recent_comments(ctx.tx, row.id, SHOWN_COMMENTS).await? {
            let body = match body.chars().count() {
                0 => ctx.t("text-removed", &[]),
                n if n > SHOWN_COMMENT_CHARS => {
                    format!("{} …", body.chars().take(SHOWN_COMMENT_CHARS).collect::<String>())
                }
                _ => body,
            };
            text.push('\n');
            text.push_str(&ctx.t("idea-comment-line", &[("author", author.into()), ("text", body.into())]));
        }
    }
    text.push('\n');
    text.push_str(&ctx.t("idea-show-support-hint", &[("id", row.id.into())]));
    ctx.reply_text(text, Some(super::subject(row.id)));
    Ok(())
}

/// The title, or a note that its text was removed.
pub fn display_title(ctx: &Ctx<'_>, row: &IdeaRow) -> String {
    if row.title.is_empty() {
        ctx.t("text-removed", &[])
    } else {
        row.title.clone()
    }
}

/// The status in the user's language.
pub fn status_label(ctx: &Ctx<'_>, status: &str) -> String {
    ctx.t(super::status::label_of(status), &[])
}
