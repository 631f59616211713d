//! `!bewerte #N`: a team member scores an idea on the guideline's criteria, in one line
//! (`wirkung=4 akzeptanz=3 …`) or in a guided dialog; re-scoring replaces their earlier score.

use super::criteria::{self, CRITERIA, ScoreParseError, ScoreSet};
use super::queries::{self, TeamIdea};
use super::reassessment::next_due;
use crate::bot::audit::{self, Record};
use crate::bot::calendar::format_date;
use crate::bot::context::Ctx;
use crate::bot::dialog::{self, DialogState};
use crate::bot::registry::Answered;
use crate::ideas::api::Status;
use anyhow::Result;
use serde::{Deserialize, Serialize};

/// `!bewerte #N [wirkung=4 akzeptanz=3 skalierung=5 machbarkeit=2 effizienz=4 buerger=5]`.
pub async fn score(ctx: &mut Ctx<'_>, args: &str) -> Result<()> {
    let Some((idea, rest)) = super::target_idea(ctx, args, "score-usage").await? else {
        return Ok(());
    };
    if rest.is_empty() {
        let state = ScoreDialog::Score {
            idea: idea.id,
            given: vec![],
        };
        let (room, user) = (ctx.inbound.room_id.clone(), ctx.inbound.sender.clone());
        dialog::save(ctx.tx, &room, &user, &state, ctx.now_ms).await?;
        let mut text = ctx.t(
            "score-dialog-start",
            &[("id", idea.id.into()), ("title", super::list_title(ctx, &idea).into())],
        );
        text.push('\n');
        text.push_str(&question(ctx, 0));
        ctx.reply_text(text, None);
        return Ok(());
    }
    match criteria::parse_scores(&rest) {
        Ok(scores) => save(ctx, &idea, &scores).await,
        Err(error) => {
            explain(ctx, idea.id, error);
            Ok(())
        }
    }
}

fn explain(ctx: &mut Ctx<'_>, id: i64, error: ScoreParseError) {
    // The German name of a criterion, from the key the parser reports.
    let name = |ctx: &Ctx<'_>, key: &str| {
        criteria::Criterion::from_key(key).map_or_else(|| key.to_string(), |c| ctx.t(c.label_id(), &[]))
    };
    match error {
        ScoreParseError::NotAPair(part) => ctx.reply("score-not-a-pair", &[("part", part.into())]),
        ScoreParseError::UnknownKey(key) => {
            let keys = CRITERIA
                .map(|c| format!("{} ({})", c.input_key(ctx.lang), ctx.t(c.label_id(), &[])))
                .join(", ");
            ctx.reply("score-unknown-key", &[("key", key.into()), ("keys", keys.into())])
        }
        ScoreParseError::BadValue(key, value) => {
            let criterion = name(ctx, &key);
            let args = [
                ("criterion", criterion.into()),
                ("key", key.into()),
                ("value", value.into()),
            ];
            ctx.reply("score-bad-value", &args)
        }
        ScoreParseError::Duplicate(key) => {
            let criterion = name(ctx, &key);
            ctx.reply("score-duplicate", &[("criterion", criterion.into())])
        }
        ScoreParseError::Missing(missing) => {
            let names = missing
                .iter()
                .map(|key| {
                    let typed = criteria::Criterion::from_key(key)
                        .map_or(key.to_string(), |c| c.input_key(ctx.lang).to_string());
                    format!("{} ({typed})", name(ctx, key))
                })
                .collect::<Vec<_>>()
                .join(", ");
            ctx.reply("score-missing", &[("id", id.into()), ("missing", names.into())])
        }
    }
}

/// The dialog's question for criterion number `index` (0-based).
fn question(ctx: &Ctx<'_>, index: usize) -> String {
    let criterion = CRITERIA[index.min(CRITERIA.len() - 1)];
    ctx.t(
        "score-dialog-question",
        &[
            ("number", (index + 1).into()),
            ("total", CRITERIA.len().into()),
            ("criterion", ctx.t(criterion.label_id(), &[]).into()),
            ("question", ctx.t(criterion.question_id(), &[]).into()),
        ],
    )
}

/// `!bewerte #N` in a dialog: the scores given so far, one per criterion in order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "dialog")]
pub enum ScoreDialog {
    Score { idea: i64, given: Vec<i64> },
}

impl DialogState for ScoreDialog {
    const OWNER: &'static str = super::NAME;
}

/// Answers the stored dialog `state` (JSON) with `answer`.
pub async fn answer_stored(ctx: &mut Ctx<'_>, state: &str, answer: &str) -> Result<Answered> {
    let Some(ScoreDialog::Score { idea, given }) = dialog::decode(state) else {
        return Ok(Answered::Unreadable);
    };
    dialog_answer(ctx, idea, given, answer).await?;
    Ok(Answered::Done)
}

/// Takes the answer to one step of the scoring dialog.
async fn dialog_answer(ctx: &mut Ctx<'_>, idea_id: i64, mut given: Vec<i64>, answer: &str) -> Result<()> {
    let (room, user) = (ctx.inbound.room_id.clone(), ctx.inbound.sender.clone());
    if !ctx.is_team {
        dialog::clear(ctx.tx, &room, &user).await?;
        crate::bot::access::refuse_named(ctx, crate::bot::commands::Role::Team, "bewerte");
        return Ok(());
    }
    let Some(value) = criteria::parse_single(answer) else {
        let criterion = CRITERIA[given.len().min(CRITERIA.len() - 1)];
        let label = ctx.t(criterion.label_id(), &[]);
        ctx.reply("score-dialog-invalid", &[("criterion", label.into())]);
        return Ok(());
    };
    given.push(value);
    if given.len() < CRITERIA.len() {
        let next = question(ctx, given.len());
        let state = ScoreDialog::Score { idea: idea_id, given };
        dialog::save(ctx.tx, &room, &user, &state, ctx.now_ms).await?;
        ctx.reply_text(next, None);
        return Ok(());
    }
    dialog::clear(ctx.tx, &room, &user).await?;
    let scores: ScoreSet = std::array::from_fn(|i| given.get(i).copied().unwrap_or(criteria::MIN_SCORE));
    match queries::idea(ctx.tx, idea_id).await? {
        Some(idea) if idea.status != crate::ideas::api::WITHDRAWN => save(ctx, &idea, &scores).await,
        Some(_) => {
            ctx.reply("team-idea-withdrawn", &[("id", idea_id.into())]);
            Ok(())
        }
        None => {
            ctx.reply("idea-not-found", &[("id", idea_id.into())]);
            Ok(())
        }
    }
}

/// Stores the sender's score, restarts the re-assessment cycle of an active use case, and
/// answers with the idea's weighted score.
async fn save(ctx: &mut Ctx<'_>, idea: &TeamIdea, scores: &ScoreSet) -> Result<()> {
    let sender = ctx.inbound.sender.clone();
    queries::upsert_score(ctx.tx, idea.id, &sender, scores, ctx.now_ms).await?;
    let detail = CRITERIA
        .iter()
        .zip(scores)
        .map(|(c, v)| format!("{}={v}", c.key()))
        .collect::<Vec<_>>()
        .join(" ");
    audit::record(
        ctx,
        "score",
        Record::Numbered(crate::ideas::api::RECORD_KIND, idea.id),
        &detail,
    )
    .await?;
    let all: Vec<ScoreSet> = queries::scores_of(ctx.tx, idea.id)
        .await?
        .into_iter()
        .map(|(_, s)| s)
        .collect();
    let overall = criteria::weighted_score(&all, &ctx.settings.feature::<super::ScoringSettings>().weights)
        .map(|s| super::format_score(ctx.lang, s))
        .unwrap_or_else(|| "–".into());
    let mut text = ctx.t(
        "score-saved",
        &[
            ("id", idea.id.into()),
            ("score", overall.into()),
            ("count", all.len().into()),
        ],
    );
    if Status::from_stored(&idea.status).is_some_and(Status::is_active_use_case) {
        let next = next_due(ctx);
        queries::set_reassessed(ctx.tx, idea.id, next, ctx.now_ms).await?;
        super::reassessment_reminders::plan(ctx, idea.id, Some(next)).await?;
        let date = format_date(next, ctx.settings.timezone);
        text.push('\n');
        text.push_str(&ctx.t("reassessment-next-line", &[("date", date.into())]));
    }
    ctx.reply_text(text, Some(crate::ideas::api::subject(idea.id)));
    Ok(())
}
