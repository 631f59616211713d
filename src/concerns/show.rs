//! `!bedenken #N` (the team: any concern; others: their own named ones) and `!antwort <Code>`,
//! with which an anonymous submitter reads the team's answer, in a DM only.

use super::categories;
use super::codes;
use super::queries::{self, ConcernRow};
use crate::bot::calendar::format_date;
use crate::bot::context::Ctx;
use anyhow::Result;

pub async fn show(ctx: &mut Ctx<'_>, id: i64) -> Result<()> {
    let Some(row) = queries::get(ctx.tx, id).await? else {
        ctx.reply("concern-not-found", &[("id", id.into())]);
        return Ok(());
    };
    let own = !row.is_anonymous() && row.author.as_deref() == Some(ctx.inbound.sender.as_str());
    if !ctx.is_team && !own {
        ctx.reply("concern-not-yours", &[("id", id.into())]);
        return Ok(());
    }
    let mut text = ctx.t(
        "concern-show-head",
        &[
            ("id", row.id.into()),
            ("category", label(ctx, &row).into()),
            ("date", format_date(row.created_at, ctx.settings.timezone).into()),
        ],
    );
    if ctx.is_team {
        match (&row.author, row.is_anonymous()) {
            (_, true) => line(&mut text, ctx.t("concern-show-anonymous", &[])),
            (Some(author), false) => line(&mut text, ctx.t("concern-show-author", &[("author", author.into())])),
            (None, false) => {}
        }
    }
    if let Some(idea) = row.idea_id {
        let title = crate::bot::registry::find_record(ctx.tx, super::IDEA, idea)
            .await?
            .map(|i| i.title);
        let piece = match title {
            Some(title) if !title.is_empty() => {
                ctx.t("concern-show-idea", &[("idea", idea.into()), ("title", title.into())])
            }
            _ => ctx.t("concern-saved-idea", &[("idea", idea.into())]),
        };
        line(&mut text, piece);
    }
    line(
        &mut text,
        ctx.t("concern-show-text", &[("text", body(ctx, &row).into())]),
    );
    match &row.answer {
        Some(answer) => {
            let date = format_date(row.answered_at.unwrap_or(row.created_at), ctx.settings.timezone);
            line(
                &mut text,
                ctx.t(
                    "concern-show-answer",
                    &[("date", date.into()), ("answer", answer.into())],
                ),
            );
            if let (true, Some(by)) = (ctx.is_team, &row.answered_by) {
                line(&mut text, ctx.t("concern-show-answered-by", &[("user", by.into())]));
            }
        }
        None if ctx.is_team => line(&mut text, ctx.t("concern-show-answer-hint", &[("id", row.id.into())])),
        None => line(&mut text, ctx.t("concern-show-no-answer", &[])),
    }
    ctx.reply_text(text, Some(super::subject(row.id)));
    Ok(())
}

/// `!antwort <Code>`: the answer to an anonymous concern, in a DM only.
pub async fn read_answer(ctx: &mut Ctx<'_>, args: &str) -> Result<()> {
    let code = codes::normalise(args);
    if code.is_empty() {
        ctx.reply("concern-code-usage", &[]);
        return Ok(());
    }
    if !ctx.inbound.is_direct {
        // Looking the code up here would show the answer to the room and tie it to the sender.
        ctx.reply("concern-code-room", &[]);
        return Ok(());
    }
    // Whoever asks with a code is the anonymous submitter: their message and this reply are
    // bookkeeping to erase, like the submission itself.
    ctx.anonymous = true;
    let row = if codes::well_formed(&code) {
        queries::by_code(ctx.tx, &code).await?
    } else {
        None
    };
    let Some(row) = row.filter(ConcernRow::is_anonymous) else {
        ctx.reply("concern-code-unknown", &[]);
        return Ok(());
    };
    let category = label(ctx, &row);
    match &row.answer {
        None => ctx.reply(
            "concern-no-answer-yet",
            &[("id", row.id.into()), ("category", category.into())],
        ),
        Some(answer) => {
            let date = format_date(row.answered_at.unwrap_or(row.created_at), ctx.settings.timezone);
            let text = ctx.t(
                "concern-answer-show",
                &[
                    ("id", row.id.into()),
                    ("category", category.into()),
                    ("date", date.into()),
                    ("answer", answer.into()),
                ],
            );
            ctx.reply_text(text, None);
        }
    }
    Ok(())
}

fn line(text: &mut String, piece: String) {
    text.push('\n');
    text.push_str(&piece);
}

/// The category label in the user's language.
pub fn label(ctx: &Ctx<'_>, row: &ConcernRow) -> String {
    ctx.t(categories::by_key(&row.category).label_id, &[])
}

/// The text, or a note that it was removed.
pub fn body(ctx: &Ctx<'_>, row: &ConcernRow) -> String {
    if row.body.is_empty() {
        ctx.t("text-removed", &[])
    } else {
        row.body.clone()
    }
}
