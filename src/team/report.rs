//! The portfolio's section of `!bericht` (counted in the database) and its `!export` table, from
//! the same ranking as `!portfolio`. The portfolio is a picture of today, whatever the period: use cases by status,
//! how many are scored, and re-assessments due (within the notice period) and overdue.

use super::criteria::CRITERIA;
use super::queries::{self, ScoredIdea};
use crate::bot::calendar::DAY_MS;
use crate::bot::report::{Cell, Scope, Section, TableSink};
use crate::ideas::api::{ALL_STATUSES, label_of};
use crate::store::Tx;
use anyhow::Result;
use futures_util::TryStreamExt;

pub async fn section(tx: &mut Tx, scope: &Scope<'_>) -> Result<Section> {
    let mut section = Section::new(scope.t("report-portfolio-heading", &[]));
    let counted = queries::portfolio_by_status(tx).await?;
    let by_status: Vec<(String, i64)> = ALL_STATUSES
        .iter()
        .filter_map(|status| {
            let (_, n, _) = counted.iter().find(|(s, _, _)| s == status.as_str())?;
            Some((scope.t(status.label_id(), &[]), *n))
        })
        .filter(|(_, n)| *n > 0)
        .collect();
    let scored: i64 = counted.iter().map(|(_, _, scored)| scored).sum();
    let total: i64 = counted.iter().map(|(_, n, _)| n).sum();
    section.lines.push(scope.t(
        "report-portfolio-size",
        &[
            ("count", total.into()),
            ("count_text", scope.count(total).into()),
            ("list", scope.breakdown(&by_status).into()),
        ],
    ));
    section.lines.push(scope.t(
        "report-portfolio-scored",
        &[
            ("scored", scope.count(scored).into()),
            ("total", scope.count(total).into()),
        ],
    ));
    section.figure(scope.t("report-portfolio-fig-size", &[]), Cell::Int(total));
    section.breakdown_figures(&scope.t("report-portfolio-fig-status", &[]), &by_status);
    section.figure(scope.t("report-portfolio-fig-scored", &[]), Cell::Int(scored));

    let notice_days = scope
        .settings
        .feature::<super::ScoringSettings>()
        .reassessment_notice_days;
    let until = scope.now_ms.saturating_add(notice_days.saturating_mul(DAY_MS));
    let (due, overdue) = queries::due_for_reassessment_count(tx, until, scope.now_ms).await?;
    let soon = due - overdue;
    section.lines.push(scope.t(
        "report-portfolio-reassessment",
        &[
            ("soon", soon.into()),
            ("overdue", overdue.into()),
            ("days", notice_days.into()),
        ],
    ));
    section.figure(
        scope.t("report-portfolio-fig-due", &[("days", notice_days.into())]),
        Cell::Int(soon),
    );
    section.figure(scope.t("report-portfolio-fig-overdue", &[]), Cell::Int(overdue));
    Ok(section)
}

/// `!export portfolio`: the ranking of `!portfolio`, with the mean per criterion and the
/// weighted score, written to `sink` as it is read.
pub async fn table(tx: &mut Tx, scope: &Scope<'_>, sink: &mut dyn TableSink) -> Result<()> {
    let mut headers = scope.headers(&[
        "export-portfolio-rank",
        "export-portfolio-id",
        "export-portfolio-title",
        "export-portfolio-status",
        "export-portfolio-department",
        "export-portfolio-owner",
        "export-portfolio-scorers",
    ]);
    headers.extend(CRITERIA.iter().map(|c| scope.t(c.label_id(), &[])));
    headers.push(scope.t("export-portfolio-weighted", &[]));
    headers.push(scope.t("export-portfolio-reassessment", &[]));
    sink.start(scope.t("export-portfolio-sheet", &[]), headers)?;
    let weights = scope.settings.feature::<super::ScoringSettings>().weights;
    let mut ranked = queries::portfolio_ranked(tx, &weights);
    let mut rank = 0;
    while let Some(scored) = ranked.try_next().await? {
        rank += 1;
        sink.row(row(scope, rank, scored))?;
    }
    Ok(())
}

fn row(scope: &Scope<'_>, rank: i64, scored: ScoredIdea) -> Vec<Cell> {
    let idea = scored.idea;
    let mut cells = vec![
        Cell::Int(rank),
        Cell::Int(idea.id),
        Cell::Text(idea.title),
        Cell::Text(scope.t(label_of(&idea.status), &[])),
        Cell::Text(idea.department),
        idea.owner.map_or(Cell::Empty, Cell::Text),
        Cell::Int(scored.scores),
    ];
    match scored.means.in_order() {
        Some(means) => cells.extend(means.iter().map(|m| Cell::Number(*m))),
        None => cells.extend(CRITERIA.iter().map(|_| Cell::Empty)),
    }
    cells.push(Cell::number(scored.score));
    cells.push(Cell::date(idea.next_reassessment_at));
    cells
}
