//! The concerns' section of `!bericht` and their `!export` table. Per category: concerns of the
//! period, their share of all concerns of the period beside the eGovernment MONITOR 2024 figure,
//! how many are answered and the median days to the first answer. Anonymous concerns count like any
//! other and never show who wrote them: the table has no identity for them, and their day only.

use super::categories::{CATEGORIES, by_key};
use crate::bot::report::{Bar, Cell, Chart, Scope, Section, TableSink, Unit, days_between, median, share};
use crate::store::Tx;
use anyhow::Result;
use futures_util::TryStreamExt;
use std::collections::HashMap;

/// One category's figures for the period.
struct Tally {
    concerns: i64,
    answered: i64,
    days_to_answer: Vec<f64>,
}

pub async fn section(tx: &mut Tx, scope: &Scope<'_>) -> Result<Section> {
    let mut section = Section::new(scope.t("report-concerns-heading", &[]));
    // The first answer counts: a replaced answer moves `answered_at`, the audit log keeps the first.
    let rows: Vec<(String, i64, Option<i64>)> = sqlx::query_as(
        "SELECT c.category, c.created_at, CASE WHEN c.answered_at IS NULL THEN NULL \
         ELSE COALESCE(MIN(a.created_at), c.answered_at) END \
         FROM concerns c LEFT JOIN audit_log a ON a.record_kind = 'concern' \
         AND a.record_ref = CAST(c.id AS TEXT) AND a.action = 'concern_answer' \
         WHERE c.created_at >= $1 AND c.created_at < $2 GROUP BY c.id, c.category, c.created_at, c.answered_at",
    )
    .bind(scope.period.from())
    .bind(scope.period.until_ms)
    .fetch_all(&mut **tx)
    .await?;
    let mut tallies: HashMap<&'static str, Tally> = HashMap::new();
    for (category, created, answered) in &rows {
        let tally = tallies.entry(by_key(category).key).or_insert(Tally {
            concerns: 0,
            answered: 0,
            days_to_answer: vec![],
        });
        tally.concerns += 1;
        if let Some(answered) = answered {
            tally.answered += 1;
            tally.days_to_answer.push(days_between(*created, *answered).max(0.0));
        }
    }
    let total = rows.len() as i64;
    let answered: i64 = tallies.values().map(|t| t.answered).sum();
    let all_days = median(
        tallies
            .values()
            .flat_map(|t| t.days_to_answer.iter().copied())
            .collect(),
    );
    section.lines.push(scope.t(
        "report-concerns-total",
        &[
            ("count", total.into()),
            ("count_text", scope.count(total).into()),
            ("answered", scope.count(answered).into()),
            ("answered_count", answered.into()),
            ("share", scope.percent(answered, total).into()),
        ],
    ));
    if let Some(days) = all_days {
        section.lines.push(scope.t(
            "report-concerns-answer-time",
            &[("days", scope.days_after(days).into())],
        ));
    }
    section.figure(scope.t("report-concerns-fig-total", &[]), Cell::Int(total));
    section.figure(scope.t("report-concerns-fig-answered", &[]), Cell::Int(answered));
    section.figure(scope.t("report-concerns-fig-answer-days", &[]), Cell::number(all_days));

    let mut bars = Vec::new();
    for category in &CATEGORIES {
        let label = scope.t(category.label_id, &[]);
        let tally = tallies.get(category.key);
        let (n, done) = tally.map_or((0, 0), |t| (t.concerns, t.answered));
        let days = tally.and_then(|t| median(t.days_to_answer.clone()));
        let own = share(n, total);
        if n > 0 {
            let monitor = category.monitor_percent.map_or_else(
                || scope.t("report-concerns-no-monitor", &[]),
                |p| scope.t("report-concerns-monitor", &[("percent", format!("{p}").into())]),
            );
            let answer = match days {
                Some(days) => scope.t(
                    "report-concerns-category-days",
                    &[("days", scope.days_after(days).into())],
                ),
                None => String::new(),
            };
            section.lines.push(scope.t(
                "report-concerns-category",
                &[
                    ("category", label.clone().into()),
                    ("count", n.into()),
                    ("share", scope.percent(n, total).into()),
                    ("monitor", monitor.into()),
                    ("answered", done.into()),
                    ("answer", answer.into()),
                ],
            ));
        }
        let name = |id: &str| format!("{}: {label}", scope.t(id, &[]));
        section.figure(name("report-concerns-fig-category"), Cell::Int(n));
        section.figure(name("report-concerns-fig-category-share"), Cell::share_of(n, total));
        section.figure(name("report-concerns-fig-category-answered"), Cell::Int(done));
        section.figure(name("report-concerns-fig-category-days"), Cell::number(days));
        if let Some(monitor) = category.monitor_percent {
            section.figure(
                name("report-concerns-fig-monitor"),
                Cell::Share(f64::from(monitor) / 100.0),
            );
        }
        if n > 0 || category.monitor_percent.is_some() {
            bars.push(Bar {
                label,
                value: own.unwrap_or(0.0),
                reference: category.monitor_percent.map(f64::from),
            });
        }
    }
    if total > 0 {
        let alt_list: Vec<String> = bars
            .iter()
            .map(|b| {
                let own = crate::bot::report::format_percent(scope.lang, b.value);
                match b.reference {
                    Some(r) => scope.t(
                        "report-concerns-chart-alt-item",
                        &[
                            ("category", b.label.clone().into()),
                            ("share", own.into()),
                            ("monitor", format!("{r}").into()),
                        ],
                    ),
                    None => format!("{} {own}", b.label),
                }
            })
            .collect();
        section.charts.push(Chart {
            file: "bedenken-nach-kategorie",
            title: scope.t("report-concerns-chart-title", &[]),
            alt: scope.t("report-concerns-chart-alt", &[("list", alt_list.join(" · ").into())]),
            unit: Unit::Percent,
            bars,
            legend: Some((
                scope.t("report-concerns-chart-legend-own", &[]),
                scope.t("report-concerns-chart-legend-monitor", &[]),
            )),
        });
    }
    Ok(section)
}

/// `!export bedenken`: every concern, written to `sink` as it is read; for an anonymous one no
/// author, and only its day.
pub async fn table(tx: &mut Tx, scope: &Scope<'_>, sink: &mut dyn TableSink) -> Result<()> {
    type Row = (
        i64,
        String,
        String,
        Option<i64>,
        i64,
        Option<String>,
        i64,
        Option<String>,
        Option<String>,
        Option<i64>,
    );
    let headers = scope.headers(&[
        "export-concerns-id",
        "export-concerns-category",
        "export-concerns-text",
        "export-concerns-idea",
        "export-concerns-anonymous",
        "export-concerns-author",
        "export-concerns-submitted",
        "export-concerns-answer",
        "export-concerns-answered-by",
        "export-concerns-answered-at",
    ]);
    sink.start(scope.t("export-concerns-sheet", &[]), headers)?;
    let mut rows = sqlx::query_as::<_, Row>(
        "SELECT id, category, body, idea_id, anonymous, author, created_at, answer, answered_by, answered_at \
         FROM concerns ORDER BY id",
    )
    .fetch(&mut **tx);
    while let Some((id, category, body, idea, anonymous, author, created, answer, answered_by, answered_at)) =
        rows.try_next().await?
    {
        let anonymous = anonymous != 0;
        sink.row(vec![
            Cell::Int(id),
            Cell::Text(scope.t(by_key(&category).label_id, &[])),
            Cell::Text(body),
            idea.map_or(Cell::Empty, Cell::Int),
            scope.yes_no(anonymous),
            match author {
                Some(author) if !anonymous => Cell::Text(author),
                _ => Cell::Empty,
            },
            Cell::Date(created),
            answer.map_or(Cell::Empty, Cell::Text),
            answered_by.map_or(Cell::Empty, Cell::Text),
            Cell::date(answered_at),
        ])?;
    }
    Ok(())
}
