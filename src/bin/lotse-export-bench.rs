//! Exports and the report on a large database, no Matrix: the time and the extra peak memory of
//! `!export ideen` (XLSX and CSV), `!export alles` and `!bericht`, on SQLite and PostgreSQL.
//!
//! Fills a fresh database with N ideas (default 10,000) with 50,000 supports and 20,000 comments
//! (in proportion for other N), then asks the bot itself as a team member in a DM, so each figure
//! includes reading the tables, writing the file and storing it in the outbox. Each is measured
//! in a fresh process (the binary runs itself with `--measure URL COMMAND`); its extra peak
//! memory is the high-water mark (VmHWM) minus the resident memory (VmRSS) just before, with the
//! mark reset in between (`/proc/self/clear_refs`). Prints one figure per line, `name: value
//! unit`; progress on stderr; never asserts.
//!
//! Usage: cargo run --release --bin lotse-export-bench -- [--ideas 10000] [--postgres URL]
//!            [--no-postgres] [--no-sqlite]

#[path = "support/bench.rs"]
mod bench;

use anyhow::{Context, Result};
use lotse::bot::Bot;
use lotse::bot::types::{Inbound, InboundKind, Outbound};
use lotse::clock::SystemClock;
use lotse::store::Store;
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

/// Ideas, supports and comments, as many as the product would hold after years of use.
async fn seed(store: &Store, ideas: usize) -> Result<(usize, usize)> {
    let supports = ideas * 5;
    let comments = ideas * 2;
    let now = chrono::Utc::now().timestamp_millis();
    let year_ms = 365 * 24 * 3_600_000_i64;
    let mut tx = store.begin().await?;
    for start in (0..ideas).step_by(CHUNK) {
        let end = (start + CHUNK).min(ideas);
        let sql = insert_sql(
            "ideas (title, description, department, benefit, author, search_terms, room_id, created_at, updated_at)",
            9,
            end - start,
        );
        let mut query = sqlx::query(sqlx::AssertSqlSafe(sql));
        for i in start..end {
            let title = format!("KI-Unterstützung für Vorgang {i}: Anträge vorsortieren und beantworten");
            let description = "Eingehende Anträge werden automatisch nach Thema sortiert, fehlende Unterlagen \
                               erkannt und ein Antwortentwurf vorbereitet, den die Sachbearbeitung prüft. "
                .repeat(2);
            let created = now - year_ms + (i as i64 * year_ms / ideas as i64);
            query = query
                .bind(title.clone())
                .bind(description.clone())
                .bind(DEPARTMENTS[i % DEPARTMENTS.len()])
                .bind("Kürzere Bearbeitungszeiten, weniger Rückfragen")
                .bind(format!("@person{}:bench.invalid", i % 2000))
                .bind(lotse::store::fulltext::terms(&format!("{title}\n{description}")))
                .bind("!room:bench.invalid")
                .bind(created)
                .bind(created);
        }
        query.execute(&mut *tx).await?;
    }
    for start in (0..supports).step_by(CHUNK) {
        let end = (start + CHUNK).min(supports);
        let sql = insert_sql("idea_supporters (idea_id, user_id, created_at)", 3, end - start);
        let mut query = sqlx::query(sqlx::AssertSqlSafe(sql));
        for k in start..end {
            // Five distinct supporters per idea.
            query = query
                .bind((k % ideas) as i64 + 1)
                .bind(format!("@supporter{}:bench.invalid", k / ideas))
                .bind(now);
        }
        query.execute(&mut *tx).await?;
    }
    for start in (0..comments).step_by(CHUNK) {
        let end = (start + CHUNK).min(comments);
        let sql = insert_sql("idea_comments (idea_id, author, body, created_at)", 4, end - start);
        let mut query = sqlx::query(sqlx::AssertSqlSafe(sql));
        for k in start..end {
            query = query
                .bind((k % ideas) as i64 + 1)
                .bind(format!("@person{}:bench.invalid", k % 3000))
                .bind("Gute Idee – bei uns im Fachbereich wäre das auch hilfreich.")
                .bind(now);
        }
        query.execute(&mut *tx).await?;
    }
    tx.commit().await?;
    Ok((supports, comments))
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
    let (supports, comments) = seed(&store, args.ideas).await?;
    progress(&format!(
        "{label}: seeded {} ideas, {supports} supports, {comments} comments in {:.1} s",
        args.ideas,
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
