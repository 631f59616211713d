//! The strategy team's side: `!bedenken liste [Kategorie|offen|beantwortet|#Idee]` and
//! `!bedenken antworten #N <Text>`, which tells a named submitter by DM and is audited.

use super::categories::{self, CATEGORIES};
use super::queries::{self, AnswerState, ConcernRow, Filter};
use super::show::{body, label};
use super::submit::text_fits;
use crate::bot::audit::{self, Record};
use crate::bot::calendar::format_date;
use crate::bot::context::Ctx;
use crate::bot::i18n::t;
use crate::bot::parser::{RefError, record_ref};
use crate::bot::users;
use anyhow::Result;

/// How many concerns one list shows.
const LIST_LIMIT: i64 = 20;
/// Longest text shown per concern in the list.
const LIST_TEXT_CHARS: usize = 80;

/// True if `rest` is empty or a valid list filter.
pub fn is_filter(rest: &str) -> bool {
    parse_filter(rest).is_some()
}

fn parse_filter(rest: &str) -> Option<Filter> {
    let mut filter = Filter::default();
    if rest.trim().is_empty() {
        return Some(filter);
    }
    // The whole rest may be one category of several words ("Fehler der KI").
    if let Some(category) = categories::parse(rest).filter(|_| !rest.trim().starts_with('#')) {
        filter.category = Some(category.key);
        return Some(filter);
    }
    for word in rest.split_whitespace() {
        match word.to_lowercase().as_str() {
            "offen" | "offene" | "open" | "unbeantwortet" | "unanswered" => filter.state = Some(AnswerState::Open),
            "beantwortet" | "beantwortete" | "answered" => filter.state = Some(AnswerState::Answered),
            "alle" | "all" => {}
            w if w.starts_with('#') => filter.idea = Some(record_ref(w).ok()?.0),
            _ => filter.category = Some(categories::parse(word)?.key),
        }
    }
    Some(filter)
}

pub async fn list(ctx: &mut Ctx<'_>, rest: &str) -> Result<()> {
    let Some(filter) = parse_filter(rest) else {
        let all = CATEGORIES
            .iter()
            .map(|c| ctx.t(c.label_id, &[]))
            .collect::<Vec<_>>()
            .join(", ");
        ctx.reply("concern-list-usage", &[("categories", all.into())]);
        return Ok(());
    };
    let (rows, total) = queries::list(ctx.tx, &filter, LIST_LIMIT).await?;
    let described = describe(ctx, &filter);
    if rows.is_empty() {
        match described {
            Some(filter) => ctx.reply("concern-list-empty-filtered", &[("filter", filter.into())]),
            None => ctx.reply("concern-list-empty", &[]),
        }
        return Ok(());
    }
    let mut text = match described {
        Some(filter) => ctx.t(
            "concern-list-heading-filtered",
            &[("count", total.into()), ("filter", filter.into())],
        ),
        None => ctx.t("concern-list-heading", &[("count", total.into())]),
    };
    for row in &rows {
        text.push('\n');
        text.push_str(&list_line(ctx, row));
    }
    if total > rows.len() as i64 {
        text.push('\n');
        text.push_str(&ctx.t("concern-list-more", &[("count", (total - rows.len() as i64).into())]));
    }
    text.push('\n');
    text.push_str(&ctx.t("concern-list-hint", &[]));
    ctx.reply_text(text, None);
    Ok(())
}

/// The filter in words, or None without one.
fn describe(ctx: &Ctx<'_>, filter: &Filter) -> Option<String> {
    let mut parts = vec![];
    if let Some(key) = filter.category {
        parts.push(ctx.t(categories::by_key(key).label_id, &[]));
    }
    match filter.state {
        Some(AnswerState::Open) => parts.push(ctx.t("concern-state-open", &[])),
        Some(AnswerState::Answered) => parts.push(ctx.t("concern-state-answered", &[])),
        None => {}
    }
    if let Some(idea) = filter.idea {
        parts.push(ctx.t("concern-label-idea", &[("idea", idea.into())]));
    }
    (!parts.is_empty()).then(|| parts.join(" · "))
}

fn list_line(ctx: &Ctx<'_>, row: &ConcernRow) -> String {
    let mut details = vec![label(ctx, row)];
    details.push(match row.answer {
        Some(_) => ctx.t("concern-state-answered", &[]),
        None => ctx.t("concern-state-open", &[]),
    });
    if row.is_anonymous() {
        details.push(ctx.t("concern-label-anonymous", &[]));
    }
    if let Some(idea) = row.idea_id {
        details.push(ctx.t("concern-label-idea", &[("idea", idea.into())]));
    }
    let full = body(ctx, row);
    let mut text: String = full.chars().take(LIST_TEXT_CHARS).collect();
    if full.chars().count() > LIST_TEXT_CHARS {
        text.push('…');
    }
    ctx.t(
        "concern-list-line",
        &[
            ("id", row.id.into()),
            ("details", details.join(" · ").into()),
            ("date", format_date(row.created_at, ctx.settings.timezone).into()),
            ("text", text.into()),
        ],
    )
}

/// `!bedenken antworten #N <Text>`: stores (or replaces) the answer and delivers it.
pub async fn answer(ctx: &mut Ctx<'_>, rest: &str) -> Result<()> {
    let (id, answer) = match record_ref(rest) {
        Ok((id, answer)) => (id, answer.to_string()),
        Err(RefError::Missing) => {
            ctx.reply("concern-answer-usage", &[]);
            return Ok(());
        }
        Err(RefError::Invalid) => {
            ctx.reply("concern-ref-invalid", &[]);
            return Ok(());
        }
    };
    let Some(row) = queries::get(ctx.tx, id).await? else {
        ctx.reply("concern-not-found", &[("id", id.into())]);
        return Ok(());
    };
    if answer.is_empty() {
        ctx.reply("concern-answer-usage", &[]);
        return Ok(());
    }
    if !text_fits(ctx, &answer) {
        return Ok(());
    }
    let sender = ctx.inbound.sender.clone();
    queries::set_answer(ctx.tx, id, &answer, &sender, ctx.now_ms).await?;
    let replaced = row.answer.is_some();
    audit::record(
        ctx,
        "concern_answer",
        Record::Numbered("concern", id),
        if replaced { "replaced" } else { "" },
    )
    .await?;
    let confirm_id = if replaced {
        "concern-answer-replaced"
    } else {
        "concern-answer-saved"
    };
    let mut text = ctx.t(confirm_id, &[("id", id.into())]);
    let recipient = row
        .author
        .clone()
        .filter(|author| !row.is_anonymous() && *author != sender);
    let told = match (&recipient, row.is_anonymous()) {
        (_, true) => Some("concern-answer-told-code"),
        (Some(_), false) => Some("concern-answer-told-dm"),
        (None, false) => None,
    };
    if let Some(told) = told {
        text.push('\n');
        text.push_str(&ctx.t(told, &[]));
    }
    ctx.reply_text(text, Some(super::subject(id)));
    if let Some(author) = recipient {
        tell_author(ctx, &row, &author, &answer).await?;
    }
    Ok(())
}

/// The answer, by DM, in the submitter's language.
async fn tell_author(ctx: &mut Ctx<'_>, row: &ConcernRow, author: &str, answer: &str) -> Result<()> {
    let lang = users::profile(ctx.tx, author)
        .await?
        .language
        .unwrap_or(ctx.settings.default_language);
    let category = t(lang, categories::by_key(&row.category).label_id, &[]);
    let text = t(
        lang,
        "concern-answer-dm",
        &[
            ("id", row.id.into()),
            ("category", category.into()),
            ("answer", answer.into()),
        ],
    );
    ctx.direct_message(author, text, Some(super::subject(row.id)));
    Ok(())
}
