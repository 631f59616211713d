//! The Ethik-Check's section of `!bericht` (as of today: use cases checked, their verdicts
//! including those passed with conditions, impact levels, reviews overdue) and the `!export ethik`
//! table, one row per use case with its latest result of every stage and its latest bias figures.

use super::queries::{self, Recorded};
use super::review;
use super::scoring;
use super::stages::{Assessment, PreCheck, Stage, Verdict};
use crate::bot::report::{Cell, Scope, Section, Table, format_decimal};
use crate::store::Tx;
use anyhow::Result;
use std::collections::BTreeMap;

/// Every record, grouped by idea.
async fn by_idea(tx: &mut Tx) -> Result<BTreeMap<i64, Vec<Recorded>>> {
    let mut grouped: BTreeMap<i64, Vec<Recorded>> = BTreeMap::new();
    for record in queries::all(tx).await? {
        grouped.entry(record.idea_id).or_default().push(record);
    }
    Ok(grouped)
}

pub async fn section(tx: &mut Tx, scope: &Scope<'_>) -> Result<Section> {
    let grouped = by_idea(tx).await?;
    let mut section = Section::new(scope.t("report-ethics-heading", &[]));
    let count = |verdict: Verdict| {
        grouped
            .values()
            .filter(|r| queries::latest(r, Stage::PreCheck).is_some_and(|r| r.result == verdict.as_str()))
            .count() as i64
    };
    let (passed, conditions, failed) = (
        count(Verdict::Passed),
        count(Verdict::WithConditions),
        count(Verdict::Failed),
    );
    let assessed: Vec<u8> = grouped
        .values()
        .filter_map(|r| queries::latest(r, Stage::Assessment)?.result.parse().ok())
        .collect();
    let overdue = grouped
        .values()
        .filter(|r| review::due(scope.settings, r).is_some_and(|due| due <= scope.now_ms))
        .count() as i64;
    section.lines.push(scope.t(
        "report-ethics-checks",
        &[
            ("count", (grouped.len() as i64).into()),
            ("passed", passed.into()),
            ("conditions", conditions.into()),
            ("failed", failed.into()),
        ],
    ));
    let levels: Vec<(String, i64)> = (1..=4u8)
        .map(|l| {
            (
                scoring::roman(l).to_string(),
                assessed.iter().filter(|a| **a == l).count() as i64,
            )
        })
        .filter(|(_, n)| *n > 0)
        .collect();
    section.lines.push(scope.t(
        "report-ethics-levels",
        &[
            ("count", (assessed.len() as i64).into()),
            ("list", scope.breakdown(&levels).into()),
        ],
    ));
    section
        .lines
        .push(scope.t("report-ethics-overdue", &[("count", overdue.into())]));
    section.figure(
        scope.t("report-ethics-fig-checked", &[]),
        Cell::Int(grouped.len() as i64),
    );
    section.figure(scope.t("report-ethics-fig-passed", &[]), Cell::Int(passed));
    section.figure(scope.t("report-ethics-fig-conditions", &[]), Cell::Int(conditions));
    section.figure(scope.t("report-ethics-fig-failed", &[]), Cell::Int(failed));
    section.figure(
        scope.t("report-ethics-fig-assessed", &[]),
        Cell::Int(assessed.len() as i64),
    );
    section.breakdown_figures(&scope.t("report-ethics-fig-level", &[]), &levels);
    section.figure(scope.t("report-ethics-fig-overdue", &[]), Cell::Int(overdue));
    Ok(section)
}

pub async fn table(tx: &mut Tx, scope: &Scope<'_>) -> Result<Table> {
    let headers = scope.headers(&[
        "export-ethics-idea",
        "export-ethics-pre-verdict",
        "export-ethics-pre-date",
        "export-ethics-conditions",
        "export-ethics-dialogues",
        "export-ethics-level",
        "export-ethics-risk",
        "export-ethics-mitigation",
        "export-ethics-assessed",
        "export-ethics-energy",
        "export-ethics-energy-kwh",
        "export-ethics-bias-prompts",
        "export-ethics-bias-rates",
        "export-ethics-last-review",
        "export-ethics-next-review",
    ]);
    let mut rows = vec![];
    for (idea, records) in by_idea(tx).await? {
        let pre = queries::latest(&records, Stage::PreCheck);
        let check = pre.and_then(|r| r.details::<PreCheck>());
        let assessed = queries::latest(&records, Stage::Assessment);
        let assessment = assessed.and_then(|r| r.details::<Assessment>());
        let review = queries::latest(&records, Stage::Review);
        let bias = queries::latest_bias(&records);
        let rates: Vec<String> = bias
            .iter()
            .flat_map(|b| {
                b.traits.keys().map(move |t| {
                    let rate = format_decimal(scope.lang, b.rate(t).unwrap_or(0.0) * 100.0);
                    scope.t(
                        "ethics-bias-rate",
                        &[("trait", t.clone().into()), ("rate", rate.into())],
                    )
                })
            })
            .collect();
        rows.push(vec![
            Cell::Int(idea),
            check
                .as_ref()
                .map_or(Cell::Empty, |c| Cell::text(scope.t(c.verdict.label_id(), &[]))),
            Cell::date(pre.map(|r| r.recorded_at)),
            Cell::text(check.map(|c| c.conditions).unwrap_or_default()),
            Cell::Int(records.iter().filter(|r| r.stage == Stage::Dialogue.as_str()).count() as i64),
            assessment
                .as_ref()
                .map_or(Cell::Empty, |a| Cell::text(scoring::roman(a.level))),
            Cell::number(assessment.as_ref().map(|a| a.risk)),
            Cell::number(assessment.as_ref().map(|a| a.mitigation)),
            Cell::date(assessed.map(|r| r.recorded_at)),
            Cell::text(assessment.as_ref().map(|a| a.energy.clone()).unwrap_or_default()),
            Cell::number(assessment.as_ref().and_then(|a| a.energy_kwh)),
            bias.as_ref().map_or(Cell::Empty, |b| Cell::Int(b.prompts)),
            Cell::text(rates.join("; ")),
            Cell::date(review.map(|r| r.recorded_at)),
            Cell::date(review::due(scope.settings, &records)),
        ]);
    }
    Ok(Table {
        name: scope.t("export-ethics-sheet", &[]),
        headers,
        rows,
    })
}
