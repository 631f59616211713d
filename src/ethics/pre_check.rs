//! `!ethik #N vorprüfung`: purpose, data sources and expected effects, then each value and legal
//! question answered ja / nein / unklar with an optional note, then the team's verdict —
//! bestanden, bestanden mit Auflagen (with the conditions) or nicht bestanden.

use super::queries::{self, Idea};
use super::stages::{Answer, Answered, PRE_CHECK_QUESTIONS, PreCheck, Stage, Verdict};
use super::{EthicsDialog, MAX_TEXT_CHARS, RECORD_KIND};
use crate::bot::audit::{self, Record};
use crate::bot::context::Ctx;
use crate::bot::limits;
use crate::bot::parser::fold_word;
use crate::ideas::api::subject;
use anyhow::Result;
use serde::{Deserialize, Serialize};

/// The Vorprüfung of idea `idea` so far.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PreCheckDialog {
    pub idea: i64,
    #[serde(default)]
    pub purpose: String,
    #[serde(default)]
    pub sources: String,
    #[serde(default)]
    pub effects: String,
    #[serde(default)]
    pub answers: Vec<Answered>,
}

impl PreCheckDialog {
    /// The Fluent id of the question this state waits for, with its number (1-based).
    fn question(&self) -> (&'static str, usize) {
        let texts = 3;
        if self.purpose.is_empty() {
            ("ethics-pre-purpose", 1)
        } else if self.sources.is_empty() {
            ("ethics-pre-sources", 2)
        } else if self.effects.is_empty() {
            ("ethics-pre-effects", 3)
        } else if let Some((_, id)) = PRE_CHECK_QUESTIONS.get(self.answers.len()) {
            (id, texts + self.answers.len() + 1)
        } else {
            ("ethics-pre-verdict", texts + PRE_CHECK_QUESTIONS.len() + 1)
        }
    }
}

const TOTAL: usize = 3 + PRE_CHECK_QUESTIONS.len() + 1;

fn ask(ctx: &Ctx<'_>, state: &PreCheckDialog) -> String {
    let (id, number) = state.question();
    let mut text = ctx.t(
        "ethics-question",
        &[
            ("number", number.into()),
            ("total", TOTAL.into()),
            ("question", ctx.t(id, &[]).into()),
        ],
    );
    if id == "ethics-pre-verdict" {
        text.push('\n');
        text.push_str(&summary(ctx, &state.answers));
    }
    text
}

/// The answers so far, and what they suggest.
fn summary(ctx: &Ctx<'_>, answers: &[Answered]) -> String {
    let no = answers.iter().filter(|a| a.answer == Answer::Nein).count();
    let unclear = answers.iter().filter(|a| a.answer == Answer::Unklar).count();
    ctx.t("ethics-pre-summary", &[("no", no.into()), ("unclear", unclear.into())])
}

pub async fn start(ctx: &mut Ctx<'_>, idea: &Idea) -> Result<()> {
    let state = PreCheckDialog {
        idea: idea.id,
        purpose: String::new(),
        sources: String::new(),
        effects: String::new(),
        answers: vec![],
    };
    let mut text = ctx.t(
        "ethics-pre-intro",
        &[("id", idea.id.into()), ("title", idea.title.clone().into())],
    );
    text.push_str("\n\n");
    text.push_str(&ask(ctx, &state));
    super::save_dialog(ctx, EthicsDialog::PreCheck(state)).await?;
    ctx.reply_text(text, Some(subject(idea.id)));
    Ok(())
}

/// `bestanden`, `auflagen <Auflagen>` (also `bestanden, mit Auflagen: …`), `nicht bestanden
/// [Grund]`: the verdict and the conditions or the reason after it.
fn parse_verdict(text: &str) -> Option<(Verdict, String)> {
    let folded = fold_word(text);
    // The text after the first of `words` found, in the original spelling.
    let after = |words: &[&str]| -> Option<String> {
        let (at, word) = words
            .iter()
            .filter_map(|w| folded.find(w).map(|at| (at, *w)))
            .min_by_key(|(at, w)| (*at, std::cmp::Reverse(w.len())))?;
        let skip = folded[..at + word.len()].chars().count();
        let original: String = text.chars().skip(skip.min(text.chars().count())).collect();
        Some(
            original
                .trim_start_matches([' ', ':', '-', '–', ',', '.'])
                .trim()
                .to_string(),
        )
    };
    if let Some(reason) = after(&["nicht bestanden", "not passed", "failed"]) {
        return Some((Verdict::Failed, reason));
    }
    if let Some(conditions) = after(&["auflagen", "auflage", "conditions", "condition"]) {
        return Some((Verdict::WithConditions, conditions));
    }
    after(&["bestanden", "passed"]).map(|rest| (Verdict::Passed, rest))
}

pub async fn answer(ctx: &mut Ctx<'_>, mut state: PreCheckDialog, body: &str) -> Result<()> {
    let text = body.trim();
    if text.is_empty() {
        ctx.reply("dialog-empty-answer", &[]);
        return Ok(());
    }
    if !limits::text_fits(ctx, text, MAX_TEXT_CHARS) {
        return Ok(());
    }
    let (question, _) = state.question();
    match question {
        "ethics-pre-purpose" => state.purpose = text.to_string(),
        "ethics-pre-sources" => state.sources = text.to_string(),
        "ethics-pre-effects" => state.effects = text.to_string(),
        "ethics-pre-verdict" => {
            let Some((verdict, conditions)) = parse_verdict(text) else {
                ctx.reply("ethics-verdict-invalid", &[]);
                return Ok(());
            };
            if verdict == Verdict::WithConditions && conditions.is_empty() {
                ctx.reply("ethics-conditions-missing", &[]);
                return Ok(());
            }
            super::end_dialog(ctx).await?;
            let conditions = if verdict == Verdict::Passed {
                String::new()
            } else {
                conditions
            };
            return finish(ctx, state, verdict, conditions).await;
        }
        _ => {
            let Some((answer, note)) = Answer::parse(text) else {
                ctx.reply("ethics-answer-invalid", &[]);
                return Ok(());
            };
            let key = PRE_CHECK_QUESTIONS[state.answers.len()].0;
            state.answers.push(Answered {
                key: key.into(),
                answer,
                note,
            });
        }
    }
    let next = ask(ctx, &state);
    super::save_dialog(ctx, EthicsDialog::PreCheck(state)).await?;
    ctx.reply_text(next, None);
    Ok(())
}

async fn finish(ctx: &mut Ctx<'_>, state: PreCheckDialog, verdict: Verdict, conditions: String) -> Result<()> {
    let idea = state.idea;
    let record = PreCheck {
        purpose: state.purpose,
        sources: state.sources,
        effects: state.effects,
        answers: state.answers,
        verdict,
        conditions,
    };
    let sender = ctx.inbound.sender.clone();
    queries::insert(
        ctx.tx,
        idea,
        Stage::PreCheck,
        verdict.as_str(),
        &record,
        &sender,
        ctx.now_ms,
    )
    .await?;
    audit::record(
        ctx,
        "ethics_pre_check",
        Record::Numbered(RECORD_KIND, idea),
        verdict.as_str(),
    )
    .await?;
    let text = ctx.t(
        "ethics-pre-done",
        &[
            ("id", idea.into()),
            ("verdict", ctx.t(verdict.label_id(), &[]).into()),
            ("passes", if verdict.passes() { "yes" } else { "no" }.into()),
        ],
    );
    ctx.reply_text(text, Some(subject(idea)));
    Ok(())
}
