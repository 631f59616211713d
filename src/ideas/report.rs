//! The ideas' section of `!bericht` and their `!export` table. Each key figure is computed here
//! once (README "Kennzahlen"): ideas submitted in the period and up to its end, by status and
//! Fachbereich, supports given in the period, median days from submission to the team's first
//! status decision, and the most supported ideas of the period.

use super::status::{ALL_STATUSES, WITHDRAWN, label_of};
use crate::bot::report::{Bar, Cell, Chart, Scope, Section, TableSink, Unit, days_between, median};
use crate::store::Tx;
use crate::store::tallies::Tallied;
use anyhow::Result;
use futures_util::TryStreamExt;
use std::collections::BTreeMap;

/// How many of the most supported ideas the report names.
const TOP: i64 = 3;

/// Ideas by week of submission, status and Fachbereich (migration 0020).
pub const IDEAS: Tallied = Tallied {
    tallies: "idea_tallies",
    rows: "ideas",
    time: "created_at",
    groups: &["status", "department"],
};
/// Ideas by week of submission, in all.
const ALL_IDEAS: Tallied = Tallied { groups: &[], ..IDEAS };
/// Supports by week given (migration 0020).
pub const SUPPORTS: Tallied = Tallied {
    tallies: "support_tallies",
    rows: "idea_supporters",
    time: "created_at",
    groups: &[],
};

/// The period's ideas counted by status and Fachbereich (as stored).
type Counts = Vec<(String, String, i64)>;

pub async fn section(tx: &mut Tx, scope: &Scope<'_>) -> Result<Section> {
    let (from, until) = (scope.period.from_ms, scope.period.until_ms);
    let mut section = Section::new(scope.t("report-ideas-heading", &[]));

    let counts: Counts = sqlx::query_as(sqlx::AssertSqlSafe(IDEAS.counts_sql(from, until)))
        .fetch_all(&mut **tx)
        .await?;
    let submitted: i64 = counts.iter().map(|(_, _, n)| n).sum();
    let before = match from {
        Some(from) => count(tx, &ALL_IDEAS, None, from).await?,
        None => 0,
    };
    let total = submitted + before;
    section.lines.push(scope.t(
        "report-ideas-submitted",
        &[
            ("period", scope.count(submitted).into()),
            ("total", scope.count(total).into()),
        ],
    ));
    section.figure(scope.t("report-ideas-fig-submitted", &[]), Cell::Int(submitted));
    section.figure(scope.t("report-ideas-fig-total", &[]), Cell::Int(total));

    let by_status = by_status(scope, &counts);
    section.lines.push(scope.t(
        "report-ideas-by-status",
        &[("list", scope.breakdown(&by_status).into())],
    ));
    section.breakdown_figures(&scope.t("report-ideas-fig-status", &[]), &by_status);

    let by_department = by_department(scope, &counts);
    section.lines.push(scope.t(
        "report-ideas-by-department",
        &[("list", scope.breakdown(&by_department).into())],
    ));
    section.breakdown_figures(&scope.t("report-ideas-fig-department", &[]), &by_department);

    let supports = count(tx, &SUPPORTS, from, until).await?;
    section
        .lines
        .push(scope.t("report-ideas-supports", &[("count", scope.count(supports).into())]));
    section.figure(scope.t("report-ideas-fig-supports", &[]), Cell::Int(supports));

    let (decided, median_days) = days_to_first_decision(tx, scope).await?;
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

/// How many rows of `tallied` (counted by no column) fall within `[from, until)`.
async fn count(tx: &mut Tx, tallied: &Tallied, from: Option<i64>, until: i64) -> Result<i64> {
    let (n,): (i64,) = sqlx::query_as(sqlx::AssertSqlSafe(tallied.counts_sql(from, until)))
        .fetch_one(&mut **tx)
        .await?;
    Ok(n)
}

/// Ideas of the period by their status now, in lifecycle order (withdrawn last); only statuses
/// that occur.
fn by_status(scope: &Scope<'_>, counts: &Counts) -> Vec<(String, i64)> {
    let order = ALL_STATUSES.iter().map(|s| s.as_str()).chain([WITHDRAWN]);
    order
        .filter_map(|status| {
            let n: i64 = counts.iter().filter(|(s, _, _)| s == status).map(|(_, _, n)| n).sum();
            (n > 0).then(|| (scope.t(label_of(status), &[]), n))
        })
        .collect()
}

/// Ideas of the period by Fachbereich, most first, then by name.
fn by_department(scope: &Scope<'_>, counts: &Counts) -> Vec<(String, i64)> {
    let mut totals: BTreeMap<&str, i64> = BTreeMap::new();
    for (_, department, n) in counts {
        *totals.entry(department.as_str()).or_default() += n;
    }
    let mut totals: Vec<(&str, i64)> = totals.into_iter().collect();
    totals.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(b.0)));
    let none = scope.t("report-no-department", &[]);
    totals
        .into_iter()
        .map(|(department, n)| {
            let department = department.trim();
            (
                if department.is_empty() {
                    none.clone()
                } else {
                    department.to_string()
                },
                n,
            )
        })
        .collect()
}

/// How many ideas of the period the team has decided on, and the median days from submission
/// to the first status change (the audit log's first `status` entry, copied to the idea by
/// migration 0020's trigger). The database sorts the waits and returns only the middle one, or
/// the middle two of an even count, each with the count: one statement, one state.
async fn days_to_first_decision(tx: &mut Tx, scope: &Scope<'_>) -> Result<(i64, Option<f64>)> {
    const DECIDED_FROM: &str = "FROM ideas WHERE created_at >= $1 AND created_at < $2 AND first_decided_at IS NOT NULL";
    let middle: Vec<(i64, i64)> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "WITH d AS (SELECT COUNT(*) AS decided {DECIDED_FROM}) \
         SELECT first_decided_at - created_at AS wait, (SELECT decided FROM d) {DECIDED_FROM} \
         ORDER BY wait LIMIT (SELECT 2 - decided % 2 FROM d) OFFSET (SELECT (decided - 1) / 2 FROM d)"
    )))
    .bind(scope.period.from())
    .bind(scope.period.until_ms)
    .fetch_all(&mut **tx)
    .await?;
    let decided = middle.first().map_or(0, |(_, n)| *n);
    Ok((
        decided,
        median(middle.iter().map(|(wait, _)| days_between(0, *wait)).collect()),
    ))
}

/// The most supported ideas of the period that are not withdrawn and have support; among
/// equally supported ones the newest first, as `!ideen top`.
async fn most_supported(tx: &mut Tx, scope: &Scope<'_>) -> Result<Vec<(i64, String, i64)>> {
    // Since the start, the support index finds them at once; a shorter period has fewer ideas
    // to sort than that index has entries. (`+` keeps SQLite from the time index.)
    let time = if scope.period.from_ms.is_none() {
        "+i.created_at"
    } else {
        "i.created_at"
    };
    let rows: Vec<(i64, String, i64)> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "SELECT i.id, i.title, i.supporters FROM ideas i \
         WHERE {time} >= $1 AND {time} < $2 AND i.status <> '{WITHDRAWN}' AND i.supporters > 0 \
         ORDER BY i.supporters DESC, i.id DESC LIMIT {TOP}"
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
