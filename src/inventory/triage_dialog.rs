//! `!ki-tool #N einstufen` (and the last step of `!ki-tool neu`): the triage's questions one at a
//! time, each answer checked against the choices; at the end the class, the answers behind it and
//! the duties that follow are stored and shown, and an unclear or prohibited result is flagged to
//! the strategy room.

use super::triage::{self, Answer, Duty, Question, RiskClass};
use super::{InventoryDialog, permissions, queries, reviews};
use crate::bot::audit::{self, Record};
use crate::bot::context::Ctx;
use crate::bot::i18n::t;
use anyhow::Result;
use serde::{Deserialize, Serialize};

/// The triage of entry `tool` so far.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TriageDialog {
    pub tool: i64,
    #[serde(default)]
    pub answers: Vec<Answer>,
}

/// Starts the triage of entry `id`, if the sender may change it.
pub async fn start(ctx: &mut Ctx<'_>, id: i64) -> Result<()> {
    let Some(tool) = queries::get(ctx.tx, id).await? else {
        ctx.reply("tool-not-found", &[("id", id.into())]);
        return Ok(());
    };
    if !permissions::viewer(ctx).await?.may_edit(&tool, &ctx.inbound.sender) {
        permissions::refuse_edit(ctx, &tool);
        return Ok(());
    }
    let text = begin(ctx, id).await?;
    ctx.reply_text(text, Some(super::subject(id)));
    Ok(())
}

/// Opens the triage of entry `id` and returns its introduction with the first question.
pub async fn begin(ctx: &mut Ctx<'_>, id: i64) -> Result<String> {
    let state = TriageDialog {
        tool: id,
        answers: vec![],
    };
    let mut text = ctx.t("triage-intro", &[("id", id.into())]);
    text.push_str("\n\n");
    text.push_str(&ask(ctx, &triage::QUESTIONS[0], 1));
    super::save_dialog(ctx, InventoryDialog::Triage(state)).await?;
    Ok(text)
}

/// The question with its numbered choices.
fn ask(ctx: &Ctx<'_>, question: &Question, number: usize) -> String {
    let mut text = ctx.t(
        "triage-question",
        &[
            ("number", number.into()),
            ("total", triage::QUESTIONS.len().into()),
            ("question", ctx.t(question.text, &[]).into()),
        ],
    );
    for (i, choice) in question.choices.iter().enumerate() {
        text.push('\n');
        text.push_str(&format!("{}. {}", i + 1, ctx.t(choice.label, &[])));
    }
    text
}

/// Takes one answer of the triage.
pub async fn answer(ctx: &mut Ctx<'_>, mut state: TriageDialog, body: &str) -> Result<()> {
    let Some(question) = triage::next_question(&state.answers) else {
        super::end_dialog(ctx).await?;
        return finish(ctx, &state).await;
    };
    let Some(choice) = triage::pick(question, body) else {
        let mut text = ctx.t("triage-answer-invalid", &[("count", question.choices.len().into())]);
        text.push_str("\n\n");
        text.push_str(&ask(ctx, question, state.answers.len() + 1));
        ctx.reply_text(text, None);
        return Ok(());
    };
    state.answers.push(Answer {
        question: question.key.into(),
        choice: choice.key.into(),
    });
    match triage::next_question(&state.answers) {
        Some(next) => {
            let text = ask(ctx, next, state.answers.len() + 1);
            super::save_dialog(ctx, InventoryDialog::Triage(state)).await?;
            ctx.reply_text(text, None);
            Ok(())
        }
        None => {
            super::end_dialog(ctx).await?;
            finish(ctx, &state).await
        }
    }
}

/// Stores the result, shows it, plans the next review and flags what the team must look at.
async fn finish(ctx: &mut Ctx<'_>, state: &TriageDialog) -> Result<()> {
    let Some(tool) = queries::get(ctx.tx, state.tool).await? else {
        ctx.reply("tool-not-found", &[("id", state.tool.into())]);
        return Ok(());
    };
    let outcome = triage::classify(&state.answers);
    let answers = serde_json::to_string(&state.answers)?;
    queries::set_triage(ctx.tx, tool.id, outcome.class.as_str(), &answers, ctx.now_ms).await?;
    if tool.retriage == 0 {
        // A re-triage asked for by a change leaves the review due until `geprüft`.
        let from = tool.last_reviewed_at.unwrap_or(tool.created_at);
        let due = reviews::next_due(ctx.settings, Some(outcome.class), from);
        reviews::set_due(ctx, tool.id, Some(due)).await?;
    }
    audit::record(
        ctx,
        "ai_tool_triage",
        Record::Numbered(super::RECORD_KIND, tool.id),
        &format!("{}: {answers}", outcome.class.as_str()),
    )
    .await?;
    let mut text = result_text(ctx, tool.id, outcome.class, &state.answers, &outcome.duties);
    if let Some(line) = super::drafts::complete_if_ready(ctx, tool.id).await? {
        text.push('\n');
        text.push_str(&line);
    }
    ctx.reply_text(text, Some(super::subject(tool.id)));
    if matches!(outcome.class, RiskClass::Unclear | RiskClass::Prohibited) {
        let lang = ctx.settings.default_language;
        let text = t(
            lang,
            "triage-flag-team",
            &[
                ("id", tool.id.into()),
                ("name", super::display_name(lang, &tool).into()),
                ("class", t(lang, outcome.class.label_id(), &[]).into()),
            ],
        );
        ctx.tell_team(text, Some(super::subject(tool.id)));
    }
    Ok(())
}

/// The class, the answers that led to it, the duties that follow, and that it is an orientation.
pub fn result_text(ctx: &Ctx<'_>, id: i64, class: RiskClass, answers: &[Answer], duties: &[Duty]) -> String {
    let mut text = ctx.t(
        "triage-result",
        &[("id", id.into()), ("class", ctx.t(class.label_id(), &[]).into())],
    );
    text.push('\n');
    text.push_str(&ctx.t("triage-result-answers", &[]));
    for (question, choice) in answers.iter().filter_map(triage::lookup) {
        text.push_str(&format!(
            "\n· {}: {}",
            ctx.t(question.short, &[]),
            ctx.t(choice.label, &[])
        ));
    }
    if !duties.is_empty() {
        text.push('\n');
        text.push_str(&ctx.t("triage-result-duties", &[]));
        for duty in duties {
            text.push_str(&format!("\n· {}", ctx.t(duty.label_id(), &[])));
        }
    }
    text.push('\n');
    text.push_str(&ctx.t("triage-disclaimer", &[]));
    text
}
