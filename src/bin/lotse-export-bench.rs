//! Exports and the report on a large database, no Matrix: the time and the extra peak memory of
//! `!export ideen` (XLSX and CSV), `!export alles` and `!bericht`, on SQLite and PostgreSQL.
//!
//! Fills a fresh database with N ideas (default 10,000) with 50,000 supports and 20,000 comments
//! (in proportion for other N; titles from a list of municipal use cases, statuses spread over
//! the lifecycle with their audit log entries), then asks the bot itself as a team member in a DM, so each figure
//! includes reading the tables, writing the file and storing it in the outbox. Each is measured
//! in a fresh process (the binary runs itself with `--measure URL COMMAND`); its extra peak
//! memory is the high-water mark (VmHWM) minus the resident memory (VmRSS) just before, with the
//! mark reset in between (`/proc/self/clear_refs`). Prints one figure per line, `name: value
//! unit`; progress on stderr; never asserts.
//!
//! Usage: cargo run --release --bin lotse-export-bench -- [--ideas 10000] [--postgres URL]
//!            [--no-postgres] [--no-sqlite]
//!
//! `lotse-export-bench --seed URL N` (for `scripts/bench --seed-ideas N`) only migrates the
//! database at URL and seeds it with N ideas in the proportions of a long-lived database (issue
//! 20: 20,200 ideas, 50,000 supports, 5,000 comments, 1,000 scores by five team members over a few
//! hundred ideas), then prints what it wrote, an idea to show and a search word that only about
//! one idea in 500 holds.

#[path = "support/bench.rs"]
mod bench;

use anyhow::{Context, Result};
use lotse::bot::Bot;
use lotse::bot::types::{Inbound, InboundKind, Outbound};
use lotse::clock::SystemClock;
use lotse::ideas::api::{ALL_STATUSES, Status, WITHDRAWN};
use lotse::store::Store;
use lotse::team::criteria::CRITERIA;
use std::sync::Arc;
use std::time::Instant;

const TEAM: &str = "@team:bench.invalid";
const DEFAULT_POSTGRES: &str = "postgres://postgres@127.0.0.1:5432/test";
/// Rows per INSERT while seeding.
const CHUNK: usize = 400;

struct Args {
    ideas: usize,
    postgres: Option<String>,
    sqlite: bool,
}

fn parse_args() -> Result<Args> {
    let mut args = Args {
        ideas: 10_000,
        postgres: Some(std::env::var("LOTSE_BENCH_POSTGRES_URL").unwrap_or_else(|_| DEFAULT_POSTGRES.into())),
        sqlite: true,
    };
    let mut it = std::env::args().skip(1);
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--ideas" => args.ideas = it.next().context("--ideas needs a value")?.parse()?,
            "--postgres" => args.postgres = Some(it.next().context("--postgres needs a value")?),
            "--no-postgres" => args.postgres = None,
            "--no-sqlite" => args.sqlite = false,
            "-h" | "--help" => {
                eprintln!("usage: lotse-export-bench [--ideas N] [--postgres URL] [--no-postgres] [--no-sqlite]");
                std::process::exit(0);
            }
            other => anyhow::bail!("unknown argument {other}"),
        }
    }
    anyhow::ensure!(args.ideas >= 1, "--ideas must be >= 1");
    Ok(args)
}

fn progress(msg: &str) {
    eprintln!("export_bench: {msg}");
}

/// A multi-row INSERT of `rows` rows of `columns` placeholders.
fn insert_sql(table_and_columns: &str, columns: usize, rows: usize) -> String {
    let mut sql = format!("INSERT INTO {table_and_columns} VALUES ");
    let mut n = 0;
    for r in 0..rows {
        if r > 0 {
            sql.push(',');
        }
        sql.push('(');
        for c in 0..columns {
            if c > 0 {
                sql.push(',');
            }
            n += 1;
            sql.push_str(&format!("${n}"));
        }
        sql.push(')');
    }
    sql
}

const DEPARTMENTS: [&str; 8] = [
    "Bürgerservice",
    "Bauamt",
    "Ordnungsamt",
    "Jugendamt",
    "Personal",
    "Finanzen",
    "Umwelt und Klimaschutz",
    "IT und Digitalisierung",
];

/// How many rows of each kind a seeded database holds.
struct Mix {
    ideas: usize,
    supports: usize,
    comments: usize,
    scores: usize,
}

impl Mix {
    /// This benchmark's own: five supports and two comments per idea, no scores.
    fn export(ideas: usize) -> Mix {
        Mix {
            ideas,
            supports: ideas * 5,
            comments: ideas * 2,
            scores: 0,
        }
    }

    /// A long-lived database in the proportions of issue 20's: 20,200 ideas with 50,000
    /// supports, 5,000 comments and 1,000 scores.
    fn realistic(ideas: usize) -> Mix {
        Mix {
            ideas,
            supports: ideas * 50_000 / 20_200,
            comments: ideas * 5_000 / 20_200,
            scores: ideas * 1_000 / 20_200,
        }
    }
}

/// What a seeding wrote, for the figures and for the commands a benchmark sends.
struct Seeded {
    ideas: usize,
    supports: usize,
    comments: usize,
    scores: usize,
    scored_ideas: usize,
    audit_entries: usize,
    /// Ideas per stored status.
    statuses: Vec<(&'static str, usize)>,
    /// An idea with supporters, a comment and scores (for `!idee #N`).
    example_idea: i64,
    /// Ideas whose title holds SEARCH_WORD.
    search_matches: usize,
}

/// A word that only the rare use case's title holds: a search for it finds one idea in
/// RARE_EVERY (40 of 20,000), not all of them.
const SEARCH_WORD: &str = "Friedhof";
const RARE_EVERY: usize = 500;
const RARE_TITLE: &str = "Anfragen zu Grabstellen auf dem Friedhof automatisch beantworten";

/// Titles of use cases as a municipal administration collects them.
const TITLES: [&str; 40] = [
    "KI-Unterstützung: Anträge vorsortieren und beantworten",
    "Chatbot für Fragen zur Abfallentsorgung",
    "Bauanträge automatisch auf Vollständigkeit prüfen",
    "Protokolle von Ratssitzungen automatisch zusammenfassen",
    "Übersetzung von Bescheiden in leichte Sprache",
    "Posteingang automatisch den Fachbereichen zuordnen",
    "Terminvergabe im Bürgerbüro mit Sprachassistent",
    "Schlaglöcher auf Fotos aus dem Mängelmelder erkennen",
    "Rechnungen automatisch erfassen und kontieren",
    "Stellenausschreibungen mit KI formulieren",
    "Bewerbungen datenschutzgerecht vorsortieren",
    "Wohngeldanträge: fehlende Unterlagen erkennen",
    "Parkraumauslastung aus Sensordaten vorhersagen",
    "E-Mails von Bürgerinnen und Bürgern nach Anliegen sortieren",
    "Vergabeunterlagen auf Fehler prüfen",
    "Baumkataster mit Luftbildern aktualisieren",
    "Energieverbrauch der Schulgebäude vorhersagen",
    "Telefonnotizen automatisch transkribieren",
    "Satzungen und Verordnungen durchsuchbar machen",
    "Fördermittelanträge schneller beantworten",
    "Hochwasserwarnungen aus Pegeldaten ableiten",
    "Gewerbeanmeldungen vorprüfen",
    "Sprachassistent für die Telefonzentrale",
    "Akten digitalisieren und verschlagworten",
    "Elterngeldanträge verständlich erklären",
    "Straßenbeleuchtung nach Bedarf steuern",
    "Kita-Platzvergabe transparent planen",
    "Verkehrszählung per Kamera auswerten",
    "Haushaltsdaten verständlich aufbereiten",
    "Widersprüche nach Themen bündeln",
    "Bürgeranfragen in mehreren Sprachen beantworten",
    "Fahrzeugflotte vorausschauend warten",
    "Sitzungsvorlagen automatisch gegenlesen",
    "Hundesteuer-Anmeldungen automatisch erfassen",
    "Lärmbeschwerden auswerten und kartieren",
    "Wissensdatenbank für neue Mitarbeitende",
    "Ausschreibungstexte barrierefrei gestalten",
    "Reisekostenabrechnungen automatisch prüfen",
    "Müllabfuhr-Routen optimieren",
    "Bußgeldverfahren vorbereiten",
];

const DESCRIPTIONS: [&str; 6] = [
    "Eingehende Vorgänge werden automatisch nach Thema sortiert, fehlende Unterlagen erkannt und ein \
     Antwortentwurf vorbereitet, den die Sachbearbeitung prüft.",
    "Ein Sprachmodell schlägt Texte vor; die Verantwortung und die Entscheidung bleiben bei den \
     Beschäftigten. Personenbezogene Daten verlassen das Rechenzentrum nicht.",
    "Wir haben viele wiederkehrende Anfragen, die sich mit wenigen Standardantworten erledigen ließen. \
     Eine KI könnte passende Antworten vorschlagen und Rückfragen vermeiden.",
    "Die Daten liegen bereits vor, werden aber von Hand ausgewertet. Ein Modell könnte Muster erkennen \
     und die Planung unterstützen.",
    "Ein Pilot in einem Fachbereich soll zeigen, ob sich Aufwand und Nutzen lohnen, bevor die Lösung \
     in der ganzen Verwaltung eingesetzt wird.",
    "Bürgerinnen und Bürger bekommen schneller eine verständliche Auskunft, auch außerhalb der \
     Öffnungszeiten.",
];

const BENEFITS: [&str; 4] = [
    "Kürzere Bearbeitungszeiten, weniger Rückfragen",
    "Entlastung der Sachbearbeitung bei Routinefällen",
    "Bessere Erreichbarkeit für Bürgerinnen und Bürger",
    "Geringere Kosten und weniger Fehler",
];

const COMMENTS: [&str; 4] = [
    "Gute Idee – bei uns im Fachbereich wäre das auch hilfreich.",
    "Wie sieht es mit dem Datenschutz aus? Das sollten wir früh klären.",
    "Wir haben so etwas schon einmal ausprobiert, ich teile gern unsere Erfahrungen.",
    "Bitte den Personalrat frühzeitig einbinden.",
];

/// Of every 50 ideas, how many are in each status other than submitted (the other 30).
const STATUS_MIX: [(Status, usize); 6] = [
    (Status::InReview, 6),
    (Status::Prioritised, 3),
    (Status::Pilot, 2),
    (Status::Live, 2),
    (Status::Deferred, 3),
    (Status::Rejected, 3),
];
/// And how many of the 50 their authors withdrew.
const WITHDRAWN_OF_50: usize = 1;

/// The strategy team members who score ideas and own use cases.
const SCORERS: usize = 5;

fn scorer(n: usize) -> String {
    format!("@strategie{}:bench.invalid", n + 1)
}

/// The stored status of the `i`-th idea (0-based), spread over the ids.
fn status_of(i: usize) -> &'static str {
    let mut slot = (i * 37) % 50;
    for (status, n) in STATUS_MIX {
        if slot < n {
            return status.as_str();
        }
        slot -= n;
    }
    if slot < WITHDRAWN_OF_50 {
        WITHDRAWN
    } else {
        Status::Submitted.as_str()
    }
}

/// The status changes that lead from submitted to `status` (none for a submitted or withdrawn idea).
fn path_to(status: &str) -> &'static [Status] {
    const REVIEW: &[Status] = &[Status::InReview];
    const PRIORITISED: &[Status] = &[Status::InReview, Status::Prioritised];
    const PILOT: &[Status] = &[Status::InReview, Status::Prioritised, Status::Pilot];
    const LIVE: &[Status] = &[Status::InReview, Status::Prioritised, Status::Pilot, Status::Live];
    const DEFERRED: &[Status] = &[Status::InReview, Status::Deferred];
    const REJECTED: &[Status] = &[Status::InReview, Status::Rejected];
    match Status::from_stored(status) {
        Some(Status::InReview) => REVIEW,
        Some(Status::Prioritised) => PRIORITISED,
        Some(Status::Pilot) => PILOT,
        Some(Status::Live) => LIVE,
        Some(Status::Deferred) => DEFERRED,
        Some(Status::Rejected) => REJECTED,
        _ => &[],
    }
}

/// One value of a seeded row.
enum Val {
    Int(Option<i64>),
    Text(Option<String>),
}

fn int(v: i64) -> Val {
    Val::Int(Some(v))
}

fn text(v: impl Into<String>) -> Val {
    Val::Text(Some(v.into()))
}

/// Inserts `count` rows, row `k` being `row(k)`, in multi-row INSERTs of CHUNK rows.
async fn insert_rows(
    tx: &mut lotse::store::Tx,
    table_and_columns: &str,
    columns: usize,
    count: usize,
    row: impl Fn(usize) -> Vec<Val>,
) -> Result<()> {
    for start in (0..count).step_by(CHUNK) {
        let end = (start + CHUNK).min(count);
        let sql = insert_sql(table_and_columns, columns, end - start);
        let mut query = sqlx::query(sqlx::AssertSqlSafe(sql));
        for k in start..end {
            let values = row(k);
            debug_assert_eq!(values.len(), columns, "{table_and_columns}");
            for value in values {
                query = match value {
                    Val::Int(v) => query.bind(v),
                    Val::Text(v) => query.bind(v),
                };
            }
        }
        query.execute(&mut **tx).await?;
    }
    Ok(())
}

/// Ideas, supports, comments and scores as the product writes them, as many as `mix` says, in
/// one transaction: statuses spread over the lifecycle (with the owner and re-assessment date of
/// an active use case, and the audit log's `status` and `score` entries the team's commands
/// write), the search terms of each idea, the support counts kept by the triggers.
async fn seed(store: &Store, mix: &Mix) -> Result<Seeded> {
    let ideas = mix.ideas;
    let now = chrono::Utc::now().timestamp_millis();
    let day_ms = 24 * 3_600_000_i64;
    let year_ms = 365 * day_ms;
    let created_at = |i: usize| now - year_ms + (i as i64 * year_ms / ideas as i64);
    let title_of = |i: usize| {
        if i % RARE_EVERY == 7 {
            RARE_TITLE
        } else {
            TITLES[(i * 13) % TITLES.len()]
        }
    };
    // The k-th status change of idea i, a week after the one before, never in the future.
    let changed_at = |i: usize, k: usize| (created_at(i) + (k as i64 + 1) * 7 * day_ms).min(now);

    // Scores: a few hundred of the ideas the team has looked at, each by one to SCORERS members.
    let assessed: Vec<usize> = (0..ideas).filter(|&i| !path_to(status_of(i)).is_empty()).collect();
    let mut scores: Vec<(usize, usize)> = vec![];
    if mix.scores > 0 && !assessed.is_empty() {
        // The j-th scored idea has 1 + j % SCORERS scorers: as many ideas as that takes.
        let (mut scored_ideas, mut rows) = (0, 0);
        while scored_ideas < assessed.len() && rows < mix.scores {
            rows += 1 + scored_ideas % SCORERS;
            scored_ideas += 1;
        }
        let stride = assessed.len() / scored_ideas;
        for j in 0..scored_ideas {
            let remaining = mix.scores - scores.len();
            if remaining == 0 {
                break;
            }
            let idea = assessed[j * stride];
            let scorers = (1 + j % SCORERS).min(remaining);
            scores.extend((0..scorers).map(|s| (idea, (j + s) % SCORERS)));
        }
    }
    // Comments spread evenly over the ideas (more than one per idea: round and round).
    let comment_on = |k: usize| {
        if mix.comments <= ideas {
            k * ideas / mix.comments
        } else {
            k % ideas
        }
    };

    let mut tx = store.begin().await?;
    insert_rows(
        &mut tx,
        "ideas (title, description, department, benefit, author, status, owner, status_reason, \
         status_changed_at, next_reassessment_at, search_terms, room_id, created_at, updated_at)",
        14,
        ideas,
        |i| {
            let title = title_of(i);
            let description = DESCRIPTIONS[i % DESCRIPTIONS.len()];
            let department = DEPARTMENTS[i % DEPARTMENTS.len()];
            let benefit = BENEFITS[i % BENEFITS.len()];
            let status = status_of(i);
            let parsed = Status::from_stored(status);
            let active = parsed.is_some_and(Status::is_active_use_case);
            let steps = path_to(status).len();
            let changed = (steps > 0).then(|| changed_at(i, steps - 1));
            let reason = matches!(parsed, Some(Status::Deferred | Status::Rejected))
                .then(|| "Datenschutz und Aufwand zuerst klären".to_string());
            let created = created_at(i);
            vec![
                text(title),
                text(description),
                text(department),
                text(benefit),
                text(format!("@person{}:bench.invalid", i % 2000)),
                text(status),
                Val::Text(active.then(|| scorer(i % SCORERS))),
                Val::Text(reason),
                Val::Int(changed),
                // Due within the next months: no re-assessment reminder fires during a benchmark.
                Val::Int(active.then(|| now + (1 + (i % 150) as i64) * day_ms)),
                // As the product computes them (ideas::queries::search_terms).
                text(lotse::store::fulltext::terms(&format!(
                    "{title}\n{description}\n{department}\n{benefit}"
                ))),
                text("!room:bench.invalid"),
                int(created),
                int(changed.unwrap_or(created)),
            ]
        },
    )
    .await?;
    insert_rows(
        &mut tx,
        "idea_supporters (idea_id, user_id, created_at)",
        3,
        mix.supports,
        |k| {
            // Round k / ideas gives idea k % ideas its next supporter, a different person each
            // round (1919 and 3000 are coprime).
            let (idea, round) = (k % ideas, k / ideas);
            vec![
                int(idea as i64 + 1),
                text(format!("@person{}:bench.invalid", (idea * 31 + round * 1919) % 3000)),
                int(created_at(idea) + day_ms.min(now - created_at(idea))),
            ]
        },
    )
    .await?;
    insert_rows(
        &mut tx,
        "idea_comments (idea_id, author, body, room_id, created_at)",
        5,
        mix.comments,
        |k| {
            let idea = comment_on(k);
            vec![
                int(idea as i64 + 1),
                text(format!("@person{}:bench.invalid", k % 3000)),
                text(COMMENTS[k % COMMENTS.len()]),
                text("!room:bench.invalid"),
                int(changed_at(idea, 0)),
            ]
        },
    )
    .await?;
    // Each score row with all six criteria 1..5, better for some ideas than for others.
    let score_of = |idea: usize, scorer: usize, criterion: usize| {
        let base = (idea * 7 % 4) as i64; // 0..3: the idea's quality
        (1 + base + ((scorer * 2 + criterion + idea) % 3) as i64).min(5)
    };
    insert_rows(
        &mut tx,
        "idea_scores (idea_id, scorer, wirkung, akzeptanz, skalierung, machbarkeit, effizienz, buerger, \
         created_at, updated_at)",
        10,
        scores.len(),
        |k| {
            let (idea, who) = scores[k];
            let at = changed_at(idea, 0);
            let mut row = vec![int(idea as i64 + 1), text(scorer(who))];
            row.extend((0..CRITERIA.len()).map(|c| int(score_of(idea, who, c))));
            row.extend([int(at), int(at)]);
            row
        },
    )
    .await?;
    // The audit log, as `!status` and `!bewerten` write it.
    let mut audit: Vec<(usize, &str, String, i64)> = vec![];
    for i in 0..ideas {
        let mut from = Status::Submitted;
        for (k, to) in path_to(status_of(i)).iter().enumerate() {
            audit.push((
                i,
                "status",
                format!("{} -> {}: ", from.as_str(), to.as_str()),
                changed_at(i, k),
            ));
            from = *to;
        }
    }
    for &(idea, who) in &scores {
        let detail = CRITERIA
            .iter()
            .enumerate()
            .map(|(c, criterion)| format!("{}={}", criterion.key(), score_of(idea, who, c)))
            .collect::<Vec<_>>()
            .join(" ");
        audit.push((idea, "score", detail, changed_at(idea, 0)));
    }
    insert_rows(
        &mut tx,
        "audit_log (actor, action, record_kind, record_ref, detail, created_at)",
        6,
        audit.len(),
        |k| {
            let (idea, action, detail, at) = &audit[k];
            vec![
                text(scorer(idea % SCORERS)),
                text(*action),
                text(lotse::ideas::api::RECORD_KIND),
                text((idea + 1).to_string()),
                text(detail.clone()),
                int(*at),
            ]
        },
    )
    .await?;
    tx.commit().await?;

    // Ideas per status, in the lifecycle's order.
    let statuses: Vec<(&'static str, usize)> = ALL_STATUSES
        .iter()
        .map(|s| s.as_str())
        .chain([WITHDRAWN])
        .map(|status| (status, (0..ideas).filter(|&i| status_of(i) == status).count()))
        .filter(|(_, n)| *n > 0)
        .collect();
    let commented: std::collections::HashSet<usize> = (0..mix.comments).map(comment_on).collect();
    let mut scored: Vec<usize> = scores.iter().map(|(idea, _)| *idea).collect();
    scored.dedup();
    let scorers_of = |idea: usize| scores.iter().filter(|(i, _)| *i == idea).count();
    // To show: of the scored ideas with a comment (else of all scored ones), one with the most
    // scorers, nearest the middle; the middle if nothing is scored.
    let example = scored
        .iter()
        .min_by_key(|&&i| {
            (
                !commented.contains(&i),
                std::cmp::Reverse(scorers_of(i)),
                i.abs_diff(ideas / 2),
            )
        })
        .copied()
        .unwrap_or(ideas / 2);
    Ok(Seeded {
        ideas,
        supports: mix.supports,
        comments: mix.comments,
        scores: scores.len(),
        scored_ideas: scored.len(),
        audit_entries: audit.len(),
        statuses,
        example_idea: example as i64 + 1,
        search_matches: (0..ideas).filter(|i| i % RARE_EVERY == 7).count(),
    })
}

/// (VmRSS, VmHWM) of this process in kB.
fn memory_kb() -> (u64, u64) {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let field = |name: &str| {
        status
            .lines()
            .find(|l| l.starts_with(name))
            .and_then(|l| l.split_whitespace().nth(1))
            .and_then(|v| v.parse().ok())
            .unwrap_or(0)
    };
    (field("VmRSS:"), field("VmHWM:"))
}

fn reset_peak() {
    let _ = std::fs::write("/proc/self/clear_refs", "5");
}

/// The child process: asks the bot `body` on the database at `url` as the team member in a DM
/// and prints the seconds, the extra peak memory in MB and the bytes of the files it queued.
async fn measure_in_child(url: &str, body: &str) -> Result<()> {
    let store = Store::connect(url).await?;
    let bot = Bot::new(store.clone(), bench::settings(&[TEAM]), Arc::new(SystemClock));
    // The texts and the connections are loaded once per process; not part of the figure.
    measure(&bot, "!hilfe").await?;
    let (seconds, extra_mb, bytes) = measure(&bot, body).await?;
    println!("{seconds} {extra_mb} {bytes}");
    store.close().await;
    Ok(())
}

/// Asks the bot `body` as the team member in a DM; returns the seconds, the extra peak memory
/// in MB and the bytes of the files it queued.
async fn measure(bot: &Bot, body: &str) -> Result<(f64, f64, usize)> {
    let inbound = Inbound {
        event_id: format!("$bench-{}-{}:bench.invalid", std::process::id(), body.len()),
        room_id: "!dm-team:bench.invalid".into(),
        sender: TEAM.into(),
        is_direct: true,
        timestamp_ms: chrono::Utc::now().timestamp_millis(),
        thread_root: None,
        kind: InboundKind::Message {
            body: body.into(),
            mentions_bot: false,
            mentions: vec![],
        },
    };
    let (before,): (Option<i64>,) = sqlx::query_as("SELECT MAX(id) FROM outbox")
        .fetch_one(bot.store().pool())
        .await?;
    let (rss, _) = memory_kb();
    reset_peak();
    let start = Instant::now();
    bot.handle(&inbound).await?;
    let seconds = start.elapsed().as_secs_f64();
    let (_, peak) = memory_kb();
    let pending = bot.store().outbox_pending(100_000).await?;
    let queued: Vec<&Outbound> = pending
        .iter()
        .filter(|p| p.id > before.unwrap_or(0))
        .map(|p| &p.message)
        .collect();
    let bytes = queued
        .iter()
        .filter_map(|m| m.attachment.as_ref())
        .map(|a| a.bytes.len())
        .sum();
    // As if delivered: the next run starts from an empty outbox.
    for row in &pending {
        bot.store().outbox_mark_sent(row.id, Some("$sent"), 0).await?;
    }
    Ok((seconds, peak.saturating_sub(rss) as f64 / 1024.0, bytes))
}

async fn bench_backend(label: &str, store: Store, url: &str, args: &Args) -> Result<()> {
    store.migrate().await.context("migrations")?;
    progress(&format!("{label}: seeding {} ideas", args.ideas));
    let t0 = Instant::now();
    let seeded = seed(&store, &Mix::export(args.ideas)).await?;
    progress(&format!(
        "{label}: seeded {} ideas, {} supports, {} comments in {:.1} s",
        seeded.ideas,
        seeded.supports,
        seeded.comments,
        t0.elapsed().as_secs_f64()
    ));
    for body in [
        "!export ideen xlsx",
        "!export ideen csv",
        "!export alles xlsx",
        "!export alles csv",
        "!bericht",
    ] {
        // Each in a fresh process: memory freed by one run would hide the next one's peak.
        let output = std::process::Command::new(std::env::current_exe()?)
            .args(["--measure", url, body])
            .output()?;
        anyhow::ensure!(
            output.status.success(),
            "measuring {body} failed: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        let text = String::from_utf8_lossy(&output.stdout);
        let numbers: Vec<f64> = text.split_whitespace().filter_map(|w| w.parse().ok()).collect();
        let [seconds, extra_mb, bytes] = numbers[..] else {
            anyhow::bail!("unexpected output while measuring {body}: {text}");
        };
        bench::figure(
            &format!("{body} time ({label}, {} ideas)", args.ideas),
            format!("{seconds:.3}"),
            "s",
        );
        bench::figure(
            &format!("{body} extra peak RSS ({label})"),
            format!("{extra_mb:.1}"),
            "MB",
        );
        bench::figure(
            &format!("{body} file size ({label})"),
            format!("{:.2}", bytes / 1e6),
            "MB",
        );
    }
    Ok(())
}

/// `--seed URL N`: migrates the database at `url` and fills it with `n` ideas in the realistic
/// mix (for scripts/bench, before the bot starts on it); prints what it wrote as figures.
async fn seed_only(url: &str, n: usize) -> Result<()> {
    let store = Store::connect(url).await?;
    store.migrate().await.context("migrations")?;
    let t0 = Instant::now();
    let seeded = seed(&store, &Mix::realistic(n)).await?;
    store.close().await;
    bench::figure("seed time", format!("{:.1}", t0.elapsed().as_secs_f64()), "s");
    bench::figure("seeded ideas", seeded.ideas, "ideas");
    for (status, count) in &seeded.statuses {
        bench::figure(&format!("seeded ideas {status}"), count, "ideas");
    }
    bench::figure("seeded supports", seeded.supports, "supports");
    bench::figure("seeded comments", seeded.comments, "comments");
    bench::figure("seeded scores", seeded.scores, "scores");
    bench::figure("seeded scored ideas", seeded.scored_ideas, "ideas");
    bench::figure("seeded audit log entries", seeded.audit_entries, "entries");
    bench::figure("seed example idea", seeded.example_idea, "id");
    bench::figure("seed search word", SEARCH_WORD, "word");
    bench::figure("seeded ideas with the search word", seeded.search_matches, "ideas");
    Ok(())
}

async fn sqlite(args: &Args) -> Result<()> {
    bench::on_sqlite("export_bench", async |store, url| {
        bench_backend("sqlite", store, &url, args).await
    })
    .await
}

async fn postgres(args: &Args, base: &str) -> Result<()> {
    bench::on_postgres(base, "export_bench", async |store, url| {
        bench_backend("postgres", store, &url, args).await
    })
    .await
}

#[tokio::main]
async fn main() -> Result<()> {
    let argv: Vec<String> = std::env::args().collect();
    if let [_, flag, url, body] = argv.as_slice()
        && flag == "--measure"
    {
        return measure_in_child(url, body).await;
    }
    if let [_, flag, url, ideas] = argv.as_slice()
        && flag == "--seed"
    {
        return seed_only(url, ideas.parse().context("--seed URL N: N must be a number")?).await;
    }
    let args = parse_args()?;
    if args.sqlite
        && let Err(e) = sqlite(&args).await
    {
        bench::figure("export bench (sqlite)", format!("n/a ({e:#})"), "");
    }
    if let Some(base) = args.postgres.clone()
        && let Err(e) = postgres(&args, &base).await
    {
        bench::figure("export bench (postgres)", format!("n/a ({e:#})"), "");
    }
    Ok(())
}
