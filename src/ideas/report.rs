//! The ideas' section of `!bericht` and their `!export` table. Each key figure is computed here
//! once (README "Kennzahlen"): ideas submitted in the period and up to its end, by status and
//! Fachbereich, supports given in the period, median days from submission to the team's first
//! status decision, and the most supported ideas of the period.

use super::status::{ALL_STATUSES, WITHDRAWN, label_of};
use crate::bot::report::{Bar, Cell, Chart, Scope, Section, TableSink, Unit, days_between, median};
use crate::store::Tx;
use anyhow::Result;
use futures_util::TryStreamExt;

/// How many of the most supported ideas the report names.
const TOP: i64 = 3;

/// `created_at` within the period (`$1`, `$2`).
const IN_PERIOD: &str = "created_at >= $1 AND created_at < $2";

pub async fn section(tx: &mut Tx, scope: &Scope<'_>) -> Result<Section> {
    let (from, until) = (scope.period.from(), scope.period.until_ms);
    let mut section = Section::new(scope.t("report-ideas-heading", &[]));

    let (submitted,): (i64,) = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "SELECT COUNT(*) FROM ideas WHERE {IN_PERIOD}"
    )))
    .bind(from)
    .bind(until)
    .fetch_one(&mut **tx)
    .await?;
    let (total,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM ideas WHERE created_at < $1")
        .bind(until)
        .fetch_one(&mut **tx)
        .await?;
    section.lines.push(scope.t(
        "report-ideas-submitted",
        &[
            ("period", scope.count(submitted).into()),
            ("total", scope.count(total).into()),
        ],
    ));
    section.figure(scope.t("report-ideas-fig-submitted", &[]), Cell::Int(submitted));
    section.figure(scope.t("report-ideas-fig-total", &[]), Cell::Int(total));

    let by_status = by_status(tx, scope).await?;
    section.lines.push(scope.t(
        "report-ideas-by-status",
        &[("list", scope.breakdown(&by_status).into())],
    ));
    section.breakdown_figures(&scope.t("report-ideas-fig-status", &[]), &by_status);

    let by_department = by_department(tx, scope).await?;
    section.lines.push(scope.t(
        "report-ideas-by-department",
        &[("list", scope.breakdown(&by_department).into())],
    ));
    section.breakdown_figures(&scope.t("report-ideas-fig-department", &[]), &by_department);

    let (supports,): (i64,) = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "SELECT COUNT(*) FROM idea_supporters WHERE {IN_PERIOD}"
    )))
    .bind(from)
    .bind(until)
    .fetch_one(&mut **tx)
    .await?;
    section
        .lines
        .push(scope.t("report-ideas-supports", &[("count", scope.count(supports).into())]));
    section.figure(scope.t("report-ideas-fig-supports", &[]), Cell::Int(supports));

    let waits = days_to_first_decision(tx, scope).await?;
    let decided = waits.len() as i64;
    let median_days = median(waits);
    section.lines.push(match median_days {
        Some(days) => scope.t(
            "report-ideas-decision",
            &[("days", scope.days(days).into()), ("count", decided.into())],
        ),
        None => scope.t("report-ideas-decision-none", &[]),
    });
    section.figure(scope.t("report-ideas-fig-decision", &[]), Cell::number(median_days));
    section.figure(scope.t("report-ideas-fig-decided", &[]), Cell::Int(decided));

    let top = most_supported(tx, scope).await?;
    section.lines.push(if top.is_empty() {
        scope.t("report-ideas-top-none", &[])
    } else {
        let items: Vec<String> = top
            .iter()
            .map(|(id, title, supports)| {
                scope.t(
                    "report-ideas-top-item",
                    &[
                        ("id", (*id).into()),
                        ("title", title.clone().into()),
                        ("supports", (*supports).into()),
                    ],
                )
            })
            .collect();
        scope.t("report-ideas-top", &[("list", items.join(" · ").into())])
    });

    if by_status.iter().any(|(_, n)| *n > 0) {
        section.charts.push(Chart {
            file: "ideen-nach-status",
            title: scope.t("report-ideas-chart-title", &[]),
            alt: scope.t(
                "report-ideas-chart-alt",
                &[("list", scope.breakdown(&by_status).into())],
            ),
            unit: Unit::Count,
            bars: by_status
                .iter()
                .map(|(label, n)| Bar {
                    label: label.clone(),
                    value: *n as f64,
                    reference: None,
                })
                .collect(),
            legend: None,
        });
    }
    Ok(section)
}

/// Ideas of the period by their status now, in lifecycle order (withdrawn last); only statuses
/// that occur.
async fn by_status(tx: &mut Tx, scope: &Scope<'_>) -> Result<Vec<(String, i64)>> {
    let rows: Vec<(String, i64)> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "SELECT status, COUNT(*) FROM ideas WHERE {IN_PERIOD} GROUP BY status"
    )))
    .bind(scope.period.from())
    .bind(scope.period.until_ms)
    .fetch_all(&mut **tx)
    .await?;
    let order = ALL_STATUSES.iter().map(|s| s.as_str()).chain([WITHDRAWN]);
    Ok(order
        .filter_map(|status| {
            rows.iter()
                .find(|(stored, _)| stored == status)
                .map(|(stored, n)| (scope.t(label_of(stored), &[]), *n))
        })
        .collect())
}

/// Ideas of the period by Fachbereich, most first.
async fn by_department(tx: &mut Tx, scope: &Scope<'_>) -> Result<Vec<(String, i64)>> {
    let rows: Vec<(String, i64)> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "SELECT department, COUNT(*) AS n FROM ideas WHERE {IN_PERIOD} GROUP BY department \
         ORDER BY n DESC, department"
    )))
    .bind(scope.period.from())
    .bind(scope.period.until_ms)
    .fetch_all(&mut **tx)
    .await?;
    let none = scope.t("report-no-department", &[]);
    Ok(rows
        .into_iter()
        .map(|(department, n)| {
            let department = department.trim().to_string();
            (
                if department.is_empty() {
                    none.clone()
                } else {
                    department
                },
                n,
            )
        })
        .collect())
}

/// For each idea of the period the team has decided on: days from submission to its first
/// status change (the audit log's first `status` entry).
async fn days_to_first_decision(tx: &mut Tx, scope: &Scope<'_>) -> Result<Vec<f64>> {
    let rows: Vec<(i64, i64)> = sqlx::query_as(
        "SELECT i.created_at, MIN(a.created_at) FROM ideas i JOIN audit_log a \
         ON a.record_kind = 'idea' AND a.record_ref = CAST(i.id AS TEXT) AND a.action = 'status' \
         WHERE i.created_at >= $1 AND i.created_at < $2 GROUP BY i.id, i.created_at",
    )
    .bind(scope.period.from())
    .bind(scope.period.until_ms)
    .fetch_all(&mut **tx)
    .await?;
    Ok(rows.into_iter().map(|(from, to)| days_between(from, to)).collect())
}

/// The most supported ideas of the period that are not withdrawn and have support.
async fn most_supported(tx: &mut Tx, scope: &Scope<'_>) -> Result<Vec<(i64, String, i64)>> {
    let rows: Vec<(i64, String, i64)> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "SELECT i.id, i.title, i.supporters FROM ideas i \
         WHERE i.created_at >= $1 AND i.created_at < $2 AND i.status <> '{WITHDRAWN}' AND i.supporters > 0 \
         ORDER BY i.supporters DESC, i.id LIMIT {TOP}"
    )))
    .bind(scope.period.from())
    .bind(scope.period.until_ms)
    .fetch_all(&mut **tx)
    .await?;
    let removed = scope.t("text-removed", &[]);
    Ok(rows
        .into_iter()
        .map(|(id, title, n)| (id, if title.is_empty() { removed.clone() } else { title }, n))
        .collect())
}

/// `!export ideen`: every idea with what the team sees of it, written to `sink` as it is read.
pub async fn table(tx: &mut Tx, scope: &Scope<'_>, sink: &mut dyn TableSink) -> Result<()> {
    type Row = (
        i64,
        String,
        String,
        String,
        String,
        String,
        String,
        Option<String>,
        i64,
        i64,
        i64,
        i64,
    );
    sink.start(
        scope.t("export-ideas-sheet", &[]),
        scope.headers(&[
            "export-ideas-id",
            "export-ideas-title",
            "export-ideas-description",
            "export-ideas-benefit",
            "export-ideas-department",
            "export-ideas-status",
            "export-ideas-author",
            "export-ideas-owner",
            "export-ideas-submitted",
            "export-ideas-changed",
            "export-ideas-supports",
            "export-ideas-comments",
        ]),
    )?;
    let mut rows = sqlx::query_as::<_, Row>(
        "SELECT i.id, i.title, i.description, i.benefit, i.department, i.status, i.author, i.owner, \
         i.created_at, i.updated_at, \
         i.supporters, \
         (SELECT COUNT(*) FROM idea_comments c WHERE c.idea_id = i.id) \
         FROM ideas i ORDER BY i.id",
    )
    .fetch(&mut **tx);
    while let Some(row) = rows.try_next().await? {
        let (id, title, description, benefit, department, status, author, owner, created, updated, supports, comments) =
            row;
        sink.row(vec![
            Cell::Int(id),
            Cell::Text(title),
            Cell::Text(description),
            Cell::Text(benefit),
            Cell::Text(department),
            Cell::Text(scope.t(label_of(&status), &[])),
            Cell::Text(author),
            owner.map_or(Cell::Empty, Cell::Text),
            Cell::DateTime(created),
            Cell::DateTime(updated),
            Cell::Int(supports),
            Cell::Int(comments),
        ])?;
    }
    Ok(())
}
