//! The portfolio's section of `!bericht` and its `!export` table, from the same ranking as
//! `!portfolio`. The portfolio is a picture of today, whatever the period: use cases by status,
//! how many are scored, and re-assessments due (within the notice period) and overdue.

use super::criteria::CRITERIA;
use super::portfolio::{Ranked, ranked};
use super::queries;
use crate::bot::calendar::DAY_MS;
use crate::bot::report::{Cell, Scope, Section, Table};
use crate::ideas::api::{ALL_STATUSES, label_of};
use crate::store::Tx;
use anyhow::Result;

pub async fn section(tx: &mut Tx, scope: &Scope<'_>) -> Result<Section> {
    let mut section = Section::new(scope.t("report-portfolio-heading", &[]));
    let portfolio = ranked(tx, scope.settings, None).await?;
    let by_status: Vec<(String, i64)> = ALL_STATUSES
        .iter()
        .map(|status| {
            let n = portfolio.iter().filter(|r| r.idea.status == status.as_str()).count() as i64;
            (scope.t(status.label_id(), &[]), n)
        })
        .filter(|(_, n)| *n > 0)
        .collect();
    let scored = portfolio.iter().filter(|r| r.score.is_some()).count() as i64;
    let total = portfolio.len() as i64;
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
    let due = queries::due_for_reassessment(tx, until).await?;
    let overdue = due
        .iter()
        .filter(|idea| idea.next_reassessment_at.is_some_and(|at| at < scope.now_ms))
        .count() as i64;
    let soon = due.len() as i64 - overdue;
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
/// weighted score.
pub async fn table(tx: &mut Tx, scope: &Scope<'_>) -> Result<Table> {
    let portfolio = ranked(tx, scope.settings, None).await?;
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
    let rows = portfolio
        .into_iter()
        .enumerate()
        .map(|(i, r)| row(scope, i + 1, r))
        .collect();
    Ok(Table {
        name: scope.t("export-portfolio-sheet", &[]),
        headers,
        rows,
    })
}

fn row(scope: &Scope<'_>, rank: usize, r: Ranked) -> Vec<Cell> {
    let mut cells = vec![
        Cell::Int(rank as i64),
        Cell::Int(r.idea.id),
        Cell::Text(r.idea.title),
        Cell::Text(scope.t(label_of(&r.idea.status), &[])),
        Cell::Text(r.idea.department),
        r.idea.owner.map_or(Cell::Empty, Cell::Text),
        Cell::Int(r.count as i64),
    ];
    match r.means {
        Some(means) => cells.extend(means.iter().map(|m| Cell::Number(*m))),
        None => cells.extend(CRITERIA.iter().map(|_| Cell::Empty)),
    }
    cells.push(Cell::number(r.score));
    cells.push(Cell::date(r.idea.next_reassessment_at));
    cells
}
