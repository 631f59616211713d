//! The trainings' section of `!bericht` (AI literacy, Art. 4 AI Act) and the `!export` tables
//! `schulungen` and `kompetenz`. Sign-ups, waiting places and attendance count for the trainings
//! of the period that were not cancelled; the attendance rate only for those that have begun.
//! Coverage is a picture of today, by the same rule as `!kompetenz`: of the people Lotse knows
//! with a Fachbereich, the share whose latest Grundlagen attendance has not yet reached its
//! refresher date; refreshers due are completions that have.

use super::fields::{LEVELS, Level};
use super::queries::{self, CANCELLED, CONFIRMED, WAITING};
use super::reminders::refresher_due;
use crate::bot::report::{Bar, Cell, Chart, Scope, Section, Table, Unit, format_percent, share};
use crate::store::Tx;
use anyhow::Result;
use std::collections::{BTreeMap, HashMap, HashSet};

/// How many Fachbereiche the coverage chart shows (those with the most known people).
const CHART_DEPARTMENTS: usize = 12;

pub async fn section(tx: &mut Tx, scope: &Scope<'_>) -> Result<Section> {
    let mut section = Section::new(scope.t("report-trainings-heading", &[]));
    let (from, until) = (scope.period.from(), scope.period.until_ms);
    let (trainings, confirmed, waiting): (i64, i64, i64) = sqlx::query_as(
        "SELECT COUNT(DISTINCT t.id), COUNT(CASE WHEN p.state = $3 THEN 1 END), \
         COUNT(CASE WHEN p.state = $4 THEN 1 END) FROM trainings t \
         LEFT JOIN training_participants p ON p.training_id = t.id \
         WHERE t.starts_at >= $1 AND t.starts_at < $2 AND t.status <> $5",
    )
    .bind(from)
    .bind(until)
    .bind(CONFIRMED)
    .bind(WAITING)
    .bind(CANCELLED)
    .fetch_one(&mut **tx)
    .await?;
    let (held_signups, attended): (i64, i64) = sqlx::query_as(
        "SELECT COUNT(*), COUNT(a.user_id) FROM training_participants p \
         JOIN trainings t ON t.id = p.training_id \
         LEFT JOIN training_attendance a ON a.training_id = p.training_id AND a.user_id = p.user_id \
         WHERE p.state = $3 AND t.starts_at >= $1 AND t.starts_at < $2 AND t.starts_at < $4 AND t.status <> $5",
    )
    .bind(from)
    .bind(until)
    .bind(CONFIRMED)
    .bind(scope.now_ms)
    .bind(CANCELLED)
    .fetch_one(&mut **tx)
    .await?;
    section.lines.push(scope.t(
        "report-trainings-signups",
        &[
            ("trainings", trainings.into()),
            ("confirmed", scope.count(confirmed).into()),
            ("waiting", scope.count(waiting).into()),
        ],
    ));
    section.lines.push(if held_signups == 0 {
        scope.t("report-trainings-attendance-none", &[])
    } else {
        scope.t(
            "report-trainings-attendance",
            &[
                ("attended", scope.count(attended).into()),
                ("signups", held_signups.into()),
                ("signups_text", scope.count(held_signups).into()),
                ("rate", scope.percent(attended, held_signups).into()),
            ],
        )
    });
    section.figure(scope.t("report-trainings-fig-trainings", &[]), Cell::Int(trainings));
    section.figure(scope.t("report-trainings-fig-confirmed", &[]), Cell::Int(confirmed));
    section.figure(scope.t("report-trainings-fig-waiting", &[]), Cell::Int(waiting));
    section.figure(
        scope.t("report-trainings-fig-held-signups", &[]),
        Cell::Int(held_signups),
    );
    section.figure(scope.t("report-trainings-fig-attended", &[]), Cell::Int(attended));
    section.figure(
        scope.t("report-trainings-fig-rate", &[]),
        Cell::share_of(attended, held_signups),
    );

    let coverage = coverage(tx, scope).await?;
    let items: Vec<String> = coverage
        .iter()
        .map(|c| {
            scope.t(
                "report-trainings-coverage-item",
                &[
                    ("department", c.department.clone().into()),
                    ("valid", c.valid.into()),
                    ("known", c.known.into()),
                    ("share", scope.percent(c.valid, c.known).into()),
                ],
            )
        })
        .collect();
    section.lines.push(if items.is_empty() {
        scope.t("report-trainings-coverage-none", &[])
    } else {
        scope.t("report-trainings-coverage", &[("list", items.join(" · ").into())])
    });
    for c in &coverage {
        let name = format!("{}: {}", scope.t("report-trainings-fig-coverage", &[]), c.department);
        section.figure(name, Cell::share_of(c.valid, c.known));
    }
    let due = refreshers_due(tx, scope).await?;
    section
        .lines
        .push(scope.t("report-trainings-refreshers", &[("count", scope.count(due).into())]));
    section.figure(scope.t("report-trainings-fig-refreshers", &[]), Cell::Int(due));

    if !coverage.is_empty() {
        let bars: Vec<Bar> = coverage
            .iter()
            .take(CHART_DEPARTMENTS)
            .map(|c| Bar {
                label: c.department.clone(),
                value: share(c.valid, c.known).unwrap_or(0.0),
                reference: None,
            })
            .collect();
        let alt: Vec<String> = bars
            .iter()
            .map(|b| format!("{} {}", b.label, format_percent(scope.lang, b.value)))
            .collect();
        section.charts.push(Chart {
            file: "ki-kompetenz-nach-fachbereich",
            title: scope.t("report-trainings-chart-title", &[]),
            alt: scope.t("report-trainings-chart-alt", &[("list", alt.join(" · ").into())]),
            unit: Unit::Percent,
            bars,
            legend: None,
        });
    }
    Ok(section)
}

/// Known people and those with valid basics, for one Fachbereich; most known people first.
struct Coverage {
    department: String,
    known: i64,
    valid: i64,
}

async fn coverage(tx: &mut Tx, scope: &Scope<'_>) -> Result<Vec<Coverage>> {
    let known: Vec<(String, i64)> = sqlx::query_as(
        "SELECT department, COUNT(*) FROM users WHERE department IS NOT NULL AND TRIM(department) <> '' \
         GROUP BY department ORDER BY department",
    )
    .fetch_all(&mut **tx)
    .await?;
    let mut valid: BTreeMap<String, HashSet<String>> = BTreeMap::new();
    for (user, department, level, attended_at) in queries::evidence(tx).await? {
        if level == Level::Basics.as_str()
            && refresher_due(attended_at, scope.settings) > scope.now_ms
            && let Some(department) = department.filter(|d| !d.trim().is_empty())
        {
            valid.entry(department).or_default().insert(user);
        }
    }
    let mut coverage: Vec<Coverage> = known
        .into_iter()
        .map(|(department, known)| Coverage {
            valid: valid.get(&department).map_or(0, |people| people.len() as i64),
            department,
            known,
        })
        .collect();
    coverage.sort_by(|a, b| b.known.cmp(&a.known).then(a.department.cmp(&b.department)));
    Ok(coverage)
}

/// Completions (a person's latest per level) whose refresher date has come, as `!kompetenz`
/// counts them.
async fn refreshers_due(tx: &mut Tx, scope: &Scope<'_>) -> Result<i64> {
    Ok(queries::evidence(tx)
        .await?
        .iter()
        .filter(|(_, _, level, attended_at)| {
            Level::from_stored(level).is_some() && refresher_due(*attended_at, scope.settings) <= scope.now_ms
        })
        .count() as i64)
}

/// `!export schulungen`: each training with its participants, waiting list and attendance; a
/// training nobody signed up for has one row without a person.
pub async fn trainings_table(tx: &mut Tx, scope: &Scope<'_>) -> Result<Table> {
    type TrainingRow = (i64, String, String, i64, i64, String, i64, String);
    let trainings: Vec<TrainingRow> = sqlx::query_as(
        "SELECT id, title, level, starts_at, duration_minutes, place, capacity, status FROM trainings ORDER BY starts_at, id",
    )
    .fetch_all(&mut **tx)
    .await?;
    let people: Vec<(i64, String, String, i64)> =
        sqlx::query_as("SELECT training_id, user_id, state, created_at FROM training_participants ORDER BY id")
            .fetch_all(&mut **tx)
            .await?;
    let attended: Vec<(i64, String)> =
        sqlx::query_as("SELECT training_id, user_id FROM training_attendance ORDER BY training_id, user_id")
            .fetch_all(&mut **tx)
            .await?;
    let mut people_of: HashMap<i64, Vec<(String, String, i64)>> = HashMap::new();
    for (training, user, state, created) in people {
        people_of.entry(training).or_default().push((user, state, created));
    }
    let mut attendees_of: HashMap<i64, Vec<String>> = HashMap::new();
    for (training, user) in attended {
        attendees_of.entry(training).or_default().push(user);
    }
    let headers = scope.headers(&[
        "export-trainings-id",
        "export-trainings-title",
        "export-trainings-level",
        "export-trainings-starts",
        "export-trainings-minutes",
        "export-trainings-place",
        "export-trainings-capacity",
        "export-trainings-status",
        "export-trainings-person",
        "export-trainings-state",
        "export-trainings-signed-up",
        "export-trainings-attended",
    ]);
    let mut rows = Vec::new();
    for (id, title, level, starts, minutes, place, capacity, status) in trainings {
        let training = vec![
            Cell::Int(id),
            Cell::Text(title),
            Cell::Text(level_label(scope, &level)),
            Cell::DateTime(starts),
            Cell::Int(minutes),
            Cell::Text(place),
            Cell::Int(capacity),
            Cell::Text(scope.t(
                if status == CANCELLED {
                    "export-trainings-cancelled"
                } else {
                    "export-trainings-planned"
                },
                &[],
            )),
        ];
        let signed_up = people_of.remove(&id).unwrap_or_default();
        let attendees = attendees_of.remove(&id).unwrap_or_default();
        for (user, state, created) in &signed_up {
            let mut row = training.clone();
            let state_id = if state == WAITING {
                "export-trainings-waiting"
            } else {
                "export-trainings-confirmed"
            };
            row.extend([
                Cell::text(user),
                Cell::Text(scope.t(state_id, &[])),
                Cell::DateTime(*created),
                scope.yes_no(attendees.contains(user)),
            ]);
            rows.push(row);
        }
        // Attendance recorded without a sign-up.
        let walk_ins: Vec<&String> = attendees
            .iter()
            .filter(|user| !signed_up.iter().any(|(u, ..)| u == *user))
            .collect();
        for user in &walk_ins {
            let mut row = training.clone();
            row.extend([Cell::text(*user), Cell::Empty, Cell::Empty, scope.yes_no(true)]);
            rows.push(row);
        }
        if signed_up.is_empty() && walk_ins.is_empty() {
            let mut row = training;
            row.extend([Cell::Empty, Cell::Empty, Cell::Empty, Cell::Empty]);
            rows.push(row);
        }
    }
    Ok(Table {
        name: scope.t("export-trainings-sheet", &[]),
        headers,
        rows,
    })
}

/// `!export kompetenz`: each person's latest completion per level with its refresher date, and
/// the attendance of erased people, counted without a person.
pub async fn literacy_table(tx: &mut Tx, scope: &Scope<'_>) -> Result<Table> {
    let headers = scope.headers(&[
        "export-literacy-person",
        "export-literacy-department",
        "export-literacy-level",
        "export-literacy-attended",
        "export-literacy-refresher",
        "export-literacy-valid",
        "export-literacy-people",
    ]);
    let mut rows = Vec::new();
    for (user, department, level, attended_at) in queries::evidence(tx).await? {
        let due = refresher_due(attended_at, scope.settings);
        rows.push(vec![
            Cell::Text(user),
            department.map_or(Cell::Empty, Cell::Text),
            Cell::Text(level_label(scope, &level)),
            Cell::Date(attended_at),
            Cell::Date(due),
            scope.yes_no(due > scope.now_ms),
            Cell::Int(1),
        ]);
    }
    for (department, level, attendees) in queries::erased_evidence(tx).await? {
        rows.push(vec![
            Cell::Text(scope.t("export-literacy-erased", &[])),
            if department.is_empty() {
                Cell::Empty
            } else {
                Cell::Text(department)
            },
            Cell::Text(level_label(scope, &level)),
            Cell::Empty,
            Cell::Empty,
            Cell::Empty,
            Cell::Int(attendees),
        ]);
    }
    Ok(Table {
        name: scope.t("export-literacy-sheet", &[]),
        headers,
        rows,
    })
}

fn level_label(scope: &Scope<'_>, stored: &str) -> String {
    LEVELS
        .iter()
        .find(|l| l.as_str() == stored)
        .map_or_else(|| stored.to_string(), |l| scope.t(l.label_id(), &[]))
}
