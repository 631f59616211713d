//! `!ethik #N bewertung`: the scored risk and mitigation questions (1–5) one at a time, then the
//! energy use, the explainability and the bias check; the impact level follows from the scores
//! (`scoring`), and the next yearly review is planned from it.

use super::queries::{self, Idea};
use super::scoring::{self, MITIGATION, RISK};
use super::stages::{Assessment, Bias, Stage, kwh, no_bias_check};
use super::{EthicsDialog, EthicsSettings, MAX_TEXT_CHARS, RECORD_KIND, review};
use crate::bot::audit::{self, Record};
use crate::bot::context::Ctx;
use crate::bot::limits;
use crate::bot::report::format_decimal;
use crate::ideas::api::subject;
use anyhow::Result;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The Bewertung of idea `idea` so far.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AssessmentDialog {
    pub idea: i64,
    /// Answers to `scoring::questions()`, in order.
    #[serde(default)]
    pub scores: Vec<u8>,
    #[serde(default)]
    pub energy: Option<String>,
    #[serde(default)]
    pub explainability: Option<String>,
}

const SCORED: usize = RISK.len() + MITIGATION.len();
const TOTAL: usize = SCORED + 3;

/// The question this state waits for: its Fluent id and number.
fn question(state: &AssessmentDialog) -> (&'static str, usize) {
    let n = state.scores.len();
    if let Some(q) = scoring::questions().nth(n) {
        return (q.text, n + 1);
    }
    if state.energy.is_none() {
        ("ethics-q-energy", SCORED + 1)
    } else if state.explainability.is_none() {
        ("ethics-q-explainability", SCORED + 2)
    } else {
        ("ethics-q-bias", SCORED + 3)
    }
}

fn ask(ctx: &Ctx<'_>, state: &AssessmentDialog) -> String {
    let (id, number) = question(state);
    let mut text = ctx.t(
        "ethics-question",
        &[
            ("number", number.into()),
            ("total", TOTAL.into()),
            ("question", ctx.t(id, &[]).into()),
        ],
    );
    if number <= SCORED {
        let scale = if number <= RISK.len() {
            "ethics-scale-risk"
        } else {
            "ethics-scale-mitigation"
        };
        text.push('\n');
        text.push_str(&ctx.t(scale, &[]));
    }
    text
}

pub async fn start(ctx: &mut Ctx<'_>, idea: &Idea) -> Result<()> {
    let state = AssessmentDialog {
        idea: idea.id,
        scores: vec![],
        energy: None,
        explainability: None,
    };
    let mut text = ctx.t(
        "ethics-assessment-intro",
        &[("id", idea.id.into()), ("title", idea.title.clone().into())],
    );
    text.push_str("\n\n");
    text.push_str(&ask(ctx, &state));
    super::save_dialog(ctx, EthicsDialog::Assessment(state)).await?;
    ctx.reply_text(text, Some(subject(idea.id)));
    Ok(())
}

pub async fn answer(ctx: &mut Ctx<'_>, mut state: AssessmentDialog, body: &str) -> Result<()> {
    let text = body.trim();
    if text.is_empty() {
        ctx.reply("dialog-empty-answer", &[]);
        return Ok(());
    }
    if !limits::text_fits(ctx, text, MAX_TEXT_CHARS) {
        return Ok(());
    }
    let (id, _) = question(&state);
    match id {
        "ethics-q-energy" => state.energy = Some(text.to_string()),
        "ethics-q-explainability" => state.explainability = Some(text.to_string()),
        "ethics-q-bias" => {
            let bias = Bias::parse(text);
            if bias.is_none() && !no_bias_check(text) {
                ctx.reply("ethics-bias-invalid", &[]);
                return Ok(());
            }
            super::end_dialog(ctx).await?;
            let note = if bias.is_none() {
                text.to_string()
            } else {
                String::new()
            };
            return finish(ctx, state, bias, note).await;
        }
        _ => {
            let Some(score) = scoring::parse_score(text) else {
                ctx.reply("ethics-score-invalid", &[]);
                return Ok(());
            };
            state.scores.push(score);
        }
    }
    let next = ask(ctx, &state);
    super::save_dialog(ctx, EthicsDialog::Assessment(state)).await?;
    ctx.reply_text(next, None);
    Ok(())
}

async fn finish(ctx: &mut Ctx<'_>, state: AssessmentDialog, bias: Option<Bias>, bias_note: String) -> Result<()> {
    let settings = ctx.settings.feature::<EthicsSettings>();
    let (risk_scores, mitigation_scores) = state.scores.split_at(RISK.len().min(state.scores.len()));
    let risk = scoring::weighted(risk_scores, &settings.risk_weights);
    let mitigation = scoring::weighted(mitigation_scores, &settings.mitigation_weights);
    let level = scoring::impact_level(risk, mitigation, settings.mitigation_threshold);
    let scores: BTreeMap<String, u8> = scoring::questions()
        .zip(&state.scores)
        .map(|(q, s)| (q.key.to_string(), *s))
        .collect();
    let energy = state.energy.unwrap_or_default();
    let record = Assessment {
        scores,
        risk,
        mitigation,
        level,
        energy_kwh: kwh(&energy),
        energy,
        explainability: state.explainability.unwrap_or_default(),
        bias,
        bias_note,
    };
    let idea = state.idea;
    let sender = ctx.inbound.sender.clone();
    let result = level.to_string();
    queries::insert(ctx.tx, idea, Stage::Assessment, &result, &record, &sender, ctx.now_ms).await?;
    audit::record(ctx, "ethics_assessment", Record::Numbered(RECORD_KIND, idea), &result).await?;
    let due = review::plan_from(ctx, idea, ctx.now_ms).await?;
    let lang = ctx.lang;
    let mut text = ctx.t(
        "ethics-assessment-done",
        &[
            ("id", idea.into()),
            ("level", scoring::roman(level).into()),
            ("risk", format_decimal(lang, risk).into()),
            ("mitigation", format_decimal(lang, mitigation).into()),
            (
                "date",
                crate::bot::calendar::format_date(due, ctx.settings.timezone).into(),
            ),
        ],
    );
    if let Some(bias) = &record.bias {
        text.push('\n');
        text.push_str(&super::overview::bias_line(ctx, bias));
    }
    ctx.reply_text(text, Some(subject(idea)));
    Ok(())
}
