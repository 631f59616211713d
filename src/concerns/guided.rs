//! The guided `!bedenken` dialog: the text, then the category as a numbered choice. An anonymous
//! dialog keeps the user's id only in the dialog row, which is cleared when the concern is stored.

use super::categories::{self, CATEGORIES};
use super::parse;
use super::submit::{self, Finished};
use crate::bot::context::Ctx;
use crate::bot::dialog::{self, DialogState};
use crate::bot::registry::Answered;
use anyhow::Result;
use serde::{Deserialize, Serialize};

/// What the dialog asks next.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ConcernStep {
    Text,
    Category,
}

/// A concern being written.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ConcernDialog {
    pub step: ConcernStep,
    /// The text, once given.
    #[serde(default)]
    pub text: String,
    /// Key of the category, if already chosen.
    #[serde(default)]
    pub category: Option<String>,
    /// The idea the concern is about.
    #[serde(default)]
    pub idea: Option<i64>,
    #[serde(default)]
    pub anonymous: bool,
    /// Named concerns only: the message the text came from (its redaction removes the text).
    #[serde(default)]
    pub text_event: Option<String>,
}

/// The concerns' dialog, under the tag it was always stored with.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "dialog")]
pub enum ConcernsDialog {
    Concern(ConcernDialog),
}

impl DialogState for ConcernsDialog {
    const OWNER: &'static str = super::NAME;

    fn is_anonymous(&self) -> bool {
        let ConcernsDialog::Concern(draft) = self;
        draft.anonymous
    }
}

/// Answers the stored dialog `state` (JSON) with `body`.
pub async fn answer_stored(ctx: &mut Ctx<'_>, state: &str, body: &str) -> Result<Answered> {
    let Some(ConcernsDialog::Concern(state)) = dialog::decode(state) else {
        return Ok(Answered::Unreadable);
    };
    dialog_answer(ctx, state, body).await?;
    Ok(Answered::Done)
}

/// Asks for the text and waits for it.
pub async fn ask_text(ctx: &mut Ctx<'_>, mut state: ConcernDialog) -> Result<()> {
    state.step = ConcernStep::Text;
    let id = if state.anonymous {
        "concern-dialog-text-anonymous"
    } else {
        "concern-dialog-text"
    };
    let mut text = ctx.t(id, &[]);
    if let Some(idea) = state.idea {
        text.push('\n');
        text.push_str(&ctx.t("concern-saved-idea", &[("idea", idea.into())]));
    }
    save(ctx, state).await?;
    ctx.reply_text(text, None);
    Ok(())
}

/// Asks for the category (saying first if `unknown` was no category) and waits for it.
pub async fn ask_category(ctx: &mut Ctx<'_>, mut state: ConcernDialog, unknown: Option<String>) -> Result<()> {
    state.step = ConcernStep::Category;
    let choices = choices(ctx);
    match unknown {
        Some(word) => ctx.reply(
            "concern-category-unknown-kept",
            &[("word", short(&word).into()), ("choices", choices.into())],
        ),
        None => ctx.reply("concern-category-question", &[("choices", choices.into())]),
    }
    save(ctx, state).await
}

/// The numbered categories, one per line.
pub fn choices(ctx: &Ctx<'_>) -> String {
    CATEGORIES
        .iter()
        .enumerate()
        .map(|(i, c)| {
            ctx.t(
                "concern-category-choice",
                &[("number", (i + 1).into()), ("label", ctx.t(c.label_id, &[]).into())],
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Takes the user's answer to the current step.
async fn dialog_answer(ctx: &mut Ctx<'_>, state: ConcernDialog, body: &str) -> Result<()> {
    if state.anonymous {
        ctx.anonymous = true;
    }
    let answer = body.trim();
    if answer.is_empty() {
        ctx.reply("dialog-empty-answer", &[]);
        return Ok(());
    }
    match state.step {
        ConcernStep::Text => text_answer(ctx, state, answer).await,
        ConcernStep::Category => {
            let Some(category) = categories::parse(answer) else {
                let choices = choices(ctx);
                ctx.reply(
                    "concern-category-unknown",
                    &[("word", short(answer).into()), ("choices", choices.into())],
                );
                return Ok(());
            };
            clear(ctx).await?;
            let concern = Finished {
                category,
                text: &state.text,
                idea: state.idea,
                anonymous: state.anonymous,
                source_event: state.text_event.clone(),
            };
            submit::store(ctx, concern).await
        }
    }
}

async fn text_answer(ctx: &mut Ctx<'_>, mut state: ConcernDialog, answer: &str) -> Result<()> {
    // The category may come with the text ("Datenschutz: …").
    let (category, text, unknown) = match state.category.as_deref() {
        Some(key) => (Some(categories::by_key(key)), answer, None),
        None => match parse::category_prefix(answer) {
            Some((category, after)) => (Some(category), after, None),
            None => (None, answer, parse::unknown_prefix(answer)),
        },
    };
    if text.is_empty() {
        state.category = category.map(|c| c.key.to_string());
        return ask_text(ctx, state).await;
    }
    if !submit::text_fits(ctx, text) {
        return Ok(());
    }
    state.text = text.to_string();
    state.text_event = (!state.anonymous).then(|| ctx.inbound.event_id.clone());
    match category {
        Some(category) => {
            clear(ctx).await?;
            let concern = Finished {
                category,
                text,
                idea: state.idea,
                anonymous: state.anonymous,
                source_event: state.text_event,
            };
            submit::store(ctx, concern).await
        }
        None => ask_category(ctx, state, unknown).await,
    }
}

async fn save(ctx: &mut Ctx<'_>, state: ConcernDialog) -> Result<()> {
    let (room, user) = (ctx.inbound.room_id.clone(), ctx.inbound.sender.clone());
    dialog::save(ctx.tx, &room, &user, &ConcernsDialog::Concern(state), ctx.now_ms).await
}

async fn clear(ctx: &mut Ctx<'_>) -> Result<()> {
    let (room, user) = (ctx.inbound.room_id.clone(), ctx.inbound.sender.clone());
    dialog::clear(ctx.tx, &room, &user).await?;
    Ok(())
}

/// A word from the user, shortened for quoting it back.
fn short(word: &str) -> String {
    let mut shown: String = word.chars().take(40).collect();
    if word.chars().count() > 40 {
        shown.push('…');
    }
    shown
}
