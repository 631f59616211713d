//! `!ethik #N`: the four stages of a use case — each one's result, date, who recorded it, and
//! what is missing with the command that records it — with the AI tool linked to it; and the
//! line `!idee #N` shows.

use super::queries::{self, Idea, Recorded};
use super::review;
use super::scoring;
use super::stages::{Assessment, Bias, Dialogue, GROUPS, PreCheck, Review, STAGES, Stage, Verdict};
use crate::bot::calendar::format_date;
use crate::bot::context::Ctx;
use crate::bot::registry::{self, RecordRef};
use crate::bot::report::format_decimal;
use crate::ideas::api::{RECORD_KIND as IDEA, subject};
use anyhow::Result;

/// `Bias-Prüfung: 200 Prompts – alter 1,5 %, geschlecht 0,5 %`.
pub fn bias_line(ctx: &Ctx<'_>, bias: &Bias) -> String {
    let rates: Vec<String> = bias
        .traits
        .keys()
        .filter_map(|name| {
            let rate = format_decimal(ctx.lang, bias.rate(name)? * 100.0);
            Some(ctx.t(
                "ethics-bias-rate",
                &[("trait", name.clone().into()), ("rate", rate.into())],
            ))
        })
        .collect();
    ctx.t(
        "ethics-bias-line",
        &[("prompts", bias.prompts.into()), ("rates", rates.join(", ").into())],
    )
}

/// `am 12.03.2027 von @x:y`.
fn recorded(ctx: &Ctx<'_>, record: &Recorded) -> String {
    ctx.t(
        "ethics-recorded",
        &[
            ("date", format_date(record.recorded_at, ctx.settings.timezone).into()),
            ("by", record.recorded_by.clone().into()),
        ],
    )
}

fn missing(ctx: &Ctx<'_>, id: i64, stage: Stage) -> String {
    ctx.t(
        "ethics-stage-missing",
        &[
            ("stage", ctx.t(stage.label_id(), &[]).into()),
            ("id", id.into()),
            ("command", stage.command(ctx.lang).into()),
        ],
    )
}

fn pre_check_lines(ctx: &Ctx<'_>, record: &Recorded, lines: &mut Vec<String>) {
    let Some(check) = record.details::<PreCheck>() else {
        return;
    };
    lines.push(ctx.t(
        "ethics-pre-line",
        &[
            ("verdict", ctx.t(check.verdict.label_id(), &[]).into()),
            ("recorded", recorded(ctx, record).into()),
        ],
    ));
    if !check.conditions.is_empty() {
        let id = if check.verdict == Verdict::Failed {
            "ethics-reason-line"
        } else {
            "ethics-conditions-line"
        };
        lines.push(ctx.t(id, &[("conditions", check.conditions.clone().into())]));
    }
    for answered in check.answers.iter().filter(|a| a.answer != super::stages::Answer::Ja) {
        let question = super::stages::PRE_CHECK_QUESTIONS
            .iter()
            .find(|(key, _)| *key == answered.key)
            .map_or(answered.key.clone(), |(_, id)| ctx.t(&format!("{id}-short"), &[]));
        lines.push(ctx.t(
            "ethics-pre-answer-line",
            &[
                ("question", question.into()),
                ("answer", ctx.t(answered.answer.label_id(), &[]).into()),
                ("note", answered.note.clone().into()),
                ("has_note", if answered.note.is_empty() { "no" } else { "yes" }.into()),
            ],
        ));
    }
}

fn dialogue_line(ctx: &Ctx<'_>, record: &Recorded) -> Option<String> {
    let dialogue = record.details::<Dialogue>()?;
    Some(match dialogue.round_table {
        Some(table) => ctx.t(
            "ethics-dialog-line-round-table",
            &[
                ("table", table.into()),
                ("title", dialogue.round_table_title.into()),
                ("recorded", recorded(ctx, record).into()),
            ],
        ),
        None => {
            let groups: Vec<String> = dialogue
                .groups
                .iter()
                .filter_map(|key| {
                    GROUPS
                        .iter()
                        .find(|(k, _, _)| k == key)
                        .map(|(_, id, _)| ctx.t(id, &[]))
                })
                .collect();
            ctx.t(
                "ethics-dialog-line-workshop",
                &[
                    (
                        "date",
                        dialogue
                            .date
                            .map_or(String::new(), |d| format_date(d, ctx.settings.timezone))
                            .into(),
                    ),
                    ("groups", groups.join(", ").into()),
                    ("points", dialogue.points.into()),
                    ("recorded", recorded(ctx, record).into()),
                ],
            )
        }
    })
}

fn assessment_lines(ctx: &Ctx<'_>, record: &Recorded, lines: &mut Vec<String>) {
    let Some(assessment) = record.details::<Assessment>() else {
        return;
    };
    let lang = ctx.lang;
    lines.push(ctx.t(
        "ethics-assessment-line",
        &[
            ("level", scoring::roman(assessment.level).into()),
            ("risk", format_decimal(lang, assessment.risk).into()),
            ("mitigation", format_decimal(lang, assessment.mitigation).into()),
            ("recorded", recorded(ctx, record).into()),
        ],
    ));
    lines.push(ctx.t("ethics-energy-line", &[("energy", assessment.energy.into())]));
    lines.push(ctx.t(
        "ethics-explainability-line",
        &[("text", assessment.explainability.into())],
    ));
    lines.push(match &assessment.bias {
        Some(bias) => bias_line(ctx, bias),
        None => ctx.t("ethics-bias-none", &[("note", assessment.bias_note.into())]),
    });
}

/// `!ethik #N`.
pub async fn show(ctx: &mut Ctx<'_>, idea: &Idea) -> Result<()> {
    let records = queries::for_idea(ctx.tx, idea.id).await?;
    let mut lines = vec![ctx.t(
        "ethics-heading",
        &[("id", idea.id.into()), ("title", idea.title.clone().into())],
    )];
    for stage in STAGES {
        lines.push(format!("{}:", ctx.t(stage.label_id(), &[])));
        let Some(record) = queries::latest(&records, stage) else {
            if stage != Stage::Review {
                lines.push(format!("  {}", missing(ctx, idea.id, stage)));
            }
            continue;
        };
        match stage {
            Stage::PreCheck => pre_check_lines(ctx, record, &mut lines),
            Stage::Dialogue => {
                for record in records.iter().filter(|r| r.stage == stage.as_str()) {
                    lines.extend(dialogue_line(ctx, record));
                }
            }
            Stage::Assessment => assessment_lines(ctx, record, &mut lines),
            Stage::Review => {
                if let Some(review) = record.details::<Review>() {
                    lines.push(ctx.t(
                        "ethics-review-line",
                        &[
                            ("recorded", recorded(ctx, record).into()),
                            ("has_note", if review.note.is_empty() { "no" } else { "yes" }.into()),
                            ("note", review.note.clone().into()),
                        ],
                    ));
                    if let Some(bias) = &review.bias {
                        lines.push(bias_line(ctx, bias));
                    }
                }
            }
        }
    }
    if let Some(due) = review::due(ctx.settings, &records) {
        let overdue = due <= ctx.now_ms;
        lines.push(ctx.t(
            "ethics-next-review",
            &[
                ("date", format_date(due, ctx.settings.timezone).into()),
                ("overdue", if overdue { "yes" } else { "no" }.into()),
                ("id", idea.id.into()),
            ],
        ));
    }
    // Its AI tool, where one is linked.
    let record = RecordRef {
        kind: IDEA,
        id: idea.id,
    };
    lines.extend(registry::linked(ctx, &record).await?);
    ctx.reply_text(lines.join("\n"), Some(subject(idea.id)));
    Ok(())
}

/// `!idee #N` shows the state of its Ethik-Check, if it has one.
pub async fn idea_line(ctx: &mut Ctx<'_>, record: &RecordRef) -> Result<Vec<String>> {
    // The verdict and level are the team's working state, as its scores are.
    if record.kind != IDEA || !ctx.is_team {
        return Ok(vec![]);
    }
    let records = queries::for_idea(ctx.tx, record.id).await?;
    let verdict = queries::latest(&records, Stage::PreCheck).and_then(|r| Verdict::from_stored(&r.result));
    let level = queries::latest(&records, Stage::Assessment).and_then(|r| r.result.parse::<u8>().ok());
    if verdict.is_none() && level.is_none() {
        return Ok(vec![]);
    }
    let verdict = verdict.map_or(ctx.t("ethics-open", &[]), |v| ctx.t(v.label_id(), &[]));
    let level = level.map_or(ctx.t("ethics-open", &[]), |l| scoring::roman(l).to_string());
    Ok(vec![ctx.t(
        "ethics-idea-line",
        &[
            ("verdict", verdict.into()),
            ("level", level.into()),
            ("id", record.id.into()),
        ],
    )])
}
