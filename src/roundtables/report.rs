//! The round tables' section of `!bericht` and their `!export` table. Counted over the round
//! tables opened in the period: how many, their contributions, the people who contributed under
//! their name, and the share of anonymous contributions among those whose authorship is still
//! known (retention reduces old ones to a count). Anonymous contributions carry no author.

use crate::bot::report::{Cell, Scope, Section, TableSink};
use crate::store::Tx;
use anyhow::Result;
use futures_util::TryStreamExt;

pub async fn section(tx: &mut Tx, scope: &Scope<'_>) -> Result<Section> {
    let mut section = Section::new(scope.t("report-roundtables-heading", &[]));
    let (from, until) = (scope.period.from(), scope.period.until_ms);
    let (tables,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM round_tables WHERE opened_at >= $1 AND opened_at < $2")
            .bind(from)
            .bind(until)
            .fetch_one(&mut **tx)
            .await?;
    // A contribution reduced by the retention rule (no text, no author) counts, but is neither
    // named nor anonymous: who wrote it is no longer known.
    let (contributions, anonymous, reduced, named): (i64, i64, i64, i64) = sqlx::query_as(
        "SELECT COUNT(*), COUNT(CASE WHEN f.author IS NULL AND f.body <> '' THEN 1 END), \
         COUNT(CASE WHEN f.author IS NULL AND f.body = '' THEN 1 END), COUNT(DISTINCT f.author) \
         FROM round_table_feedback f JOIN round_tables t ON t.id = f.round_table_id \
         WHERE t.opened_at >= $1 AND t.opened_at < $2",
    )
    .bind(from)
    .bind(until)
    .fetch_one(&mut **tx)
    .await?;
    section.lines.push(scope.t(
        "report-roundtables-line",
        &[
            ("tables", tables.into()),
            ("contributions", contributions.into()),
            ("contributions_text", scope.count(contributions).into()),
            ("named", named.into()),
            ("anonymous", scope.percent(anonymous, contributions - reduced).into()),
        ],
    ));
    section.figure(scope.t("report-roundtables-fig-tables", &[]), Cell::Int(tables));
    section.figure(
        scope.t("report-roundtables-fig-contributions", &[]),
        Cell::Int(contributions),
    );
    section.figure(scope.t("report-roundtables-fig-named", &[]), Cell::Int(named));
    section.figure(
        scope.t("report-roundtables-fig-anonymous", &[]),
        Cell::share_of(anonymous, contributions - reduced),
    );
    Ok(section)
}

/// `!export rundtische`: every contribution with its round table and topic. Per topic the
/// anonymous ones come after the named ones, as in the protocol: their place among the named
/// ones would tell when they were written. Each row goes to `sink` as it is read.
pub async fn table(tx: &mut Tx, scope: &Scope<'_>, sink: &mut dyn TableSink) -> Result<()> {
    type Row = (
        i64,
        i64,
        Option<i64>,
        i64,
        Option<String>,
        Option<String>,
        String,
        i64,
        i64,
    );
    let headers = scope.headers(&[
        "export-roundtables-id",
        "export-roundtables-opened",
        "export-roundtables-closed",
        "export-roundtables-topic-number",
        "export-roundtables-topic",
        "export-roundtables-anonymous",
        "export-roundtables-author",
        "export-roundtables-direct",
        "export-roundtables-text",
        "export-roundtables-time",
    ]);
    sink.start(scope.t("export-roundtables-sheet", &[]), headers)?;
    let mut rows = sqlx::query_as::<_, Row>(
        "SELECT t.id, t.opened_at, t.closed_at, f.topic, p.title, f.author, f.body, f.via_direct, f.created_at \
         FROM round_table_feedback f JOIN round_tables t ON t.id = f.round_table_id \
         LEFT JOIN round_table_topics p ON p.round_table_id = f.round_table_id AND p.position = f.topic \
         ORDER BY t.id, f.topic, CASE WHEN f.author IS NULL THEN 1 ELSE 0 END, f.id",
    )
    .fetch(&mut **tx);
    while let Some((id, opened, closed, topic, title, author, body, direct, created)) = rows.try_next().await? {
        sink.row(vec![
            Cell::Int(id),
            Cell::DateTime(opened),
            Cell::datetime(closed),
            Cell::Int(topic),
            title.map_or(Cell::Empty, Cell::Text),
            if author.is_none() && body.is_empty() {
                Cell::Empty
            } else {
                scope.yes_no(author.is_none())
            },
            author.map_or(Cell::Empty, Cell::Text),
            scope.yes_no(direct != 0),
            Cell::Text(body),
            Cell::DateTime(created),
        ])?;
    }
    Ok(())
}
