//! The core alone, no Matrix: durable `!idee` submissions per second through `Bot::handle` on SQLite and PostgreSQL.
//!
//! Each `Bot::handle` call is one committed transaction (processed-event row, idea, outbox row),
//! so every counted submission is durable the moment `handle` returns. N messages
//! `!idee Kern-Idee i` from a few senders (one room each) are fed from several tasks at once, the
//! way the Matrix side could feed the core, and once more from a single task (the cost of one
//! transaction, for reading the figures), and once more from one task in batches through
//! `Bot::handle_batch`, as the Matrix side commits the events of one sync batch. Prints one figure per line, `name: value unit`, on
//! stdout; progress on stderr; never asserts (an error while handling is printed as a figure).
//!
//! SQLite: a fresh file in a temporary directory, opened by `Store::connect` (WAL mode,
//! synchronous = FULL: every commit is on disk, as the bot runs it). PostgreSQL: the URL from `--postgres URL`, else
//! `LOTSE_BENCH_POSTGRES_URL`, else `postgres://postgres@127.0.0.1:5432/test`, in a fresh schema
//! that is dropped afterwards; if it is unreachable that is printed as a figure.
//!
//! Usage: cargo run --release --bin lotse-core-bench -- [--n 5000] [--tasks 8] [--senders 5] [--batch 20]
//!            [--postgres URL] [--no-postgres] [--no-sqlite]

#[path = "support/bench.rs"]
mod bench;

use anyhow::{Context, Result};
use lotse::bot::types::{Inbound, InboundKind};
use lotse::bot::{Bot, Handled};
use lotse::clock::SystemClock;
use lotse::store::Store;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

const DEFAULT_POSTGRES: &str = "postgres://postgres@127.0.0.1:5432/test";

struct Args {
    n: usize,
    tasks: usize,
    senders: usize,
    /// Events per `Bot::handle_batch` call in the batched run.
    batch: usize,
    postgres: Option<String>,
    sqlite: bool,
}

fn parse_args() -> Result<Args> {
    let mut args = Args {
        n: 5000,
        tasks: 8,
        senders: 5,
        batch: 20,
        postgres: Some(std::env::var("LOTSE_BENCH_POSTGRES_URL").unwrap_or_else(|_| DEFAULT_POSTGRES.into())),
        sqlite: true,
    };
    let mut it = std::env::args().skip(1);
    while let Some(arg) = it.next() {
        let mut value = |name: &str| it.next().with_context(|| format!("{name} needs a value"));
        match arg.as_str() {
            "--n" => args.n = value("--n")?.parse()?,
            "--tasks" => args.tasks = value("--tasks")?.parse()?,
            "--senders" => args.senders = value("--senders")?.parse()?,
            "--batch" => args.batch = value("--batch")?.parse()?,
            "--postgres" => args.postgres = Some(value("--postgres")?),
            "--no-postgres" => args.postgres = None,
            "--no-sqlite" => args.sqlite = false,
            "-h" | "--help" => {
                eprintln!(
                    "usage: lotse-core-bench [--n N] [--tasks T] [--senders S] [--batch B] [--postgres URL] [--no-postgres] [--no-sqlite]"
                );
                std::process::exit(0);
            }
            other => anyhow::bail!("unknown argument {other}"),
        }
    }
    anyhow::ensure!(
        args.n >= 1 && args.tasks >= 1 && args.senders >= 1 && args.batch >= 1,
        "--n, --tasks, --senders, --batch must be >= 1"
    );
    Ok(args)
}

fn progress(msg: &str) {
    eprintln!("core_bench: {msg}");
}

fn inbound(run: &str, i: usize, senders: usize) -> Inbound {
    let s = i % senders + 1;
    Inbound {
        event_id: format!("${run}-{i}:bench.invalid"),
        room_id: format!("!room{s}:bench.invalid"),
        sender: format!("@sender{s}:bench.invalid"),
        is_direct: false,
        timestamp_ms: chrono::Utc::now().timestamp_millis(),
        thread_root: None,
        kind: InboundKind::Message {
            body: format!("!idee Kern-Idee {run} {i}"),
            mentions_bot: false,
            mentions: vec![],
        },
    }
}

/// Result of feeding `n` messages from `tasks` tasks.
struct Run {
    seconds: f64,
    processed: usize,
    errors: usize,
    first_error: Option<String>,
    latencies_ms: Vec<f64>,
}

async fn feed(bot: &Bot, run: &str, n: usize, tasks: usize, senders: usize) -> Run {
    let next = Arc::new(AtomicUsize::new(0));
    let errors = Arc::new(AtomicUsize::new(0));
    let start = Instant::now();
    let mut handles = Vec::new();
    for _ in 0..tasks {
        let (bot, next, errors, run) = (bot.clone(), next.clone(), errors.clone(), run.to_string());
        handles.push(tokio::spawn(async move {
            let mut latencies = Vec::new();
            let mut processed = 0usize;
            let mut first_error = None;
            loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                if i >= n {
                    break;
                }
                let msg = inbound(&run, i, senders);
                let t0 = Instant::now();
                match bot.handle(&msg).await {
                    Ok(Handled::Processed) => processed += 1,
                    Ok(Handled::Duplicate) => {}
                    Err(e) => {
                        errors.fetch_add(1, Ordering::Relaxed);
                        first_error.get_or_insert_with(|| format!("{e:#}"));
                    }
                }
                latencies.push(t0.elapsed().as_secs_f64() * 1000.0);
            }
            (processed, latencies, first_error)
        }));
    }
    let mut out = Run {
        seconds: 0.0,
        processed: 0,
        errors: 0,
        first_error: None,
        latencies_ms: Vec::with_capacity(n),
    };
    for h in handles {
        let (processed, latencies, first_error) = h.await.expect("bench task panicked");
        out.processed += processed;
        out.latencies_ms.extend(latencies);
        if out.first_error.is_none() {
            out.first_error = first_error;
        }
    }
    out.seconds = start.elapsed().as_secs_f64();
    out.errors = errors.load(Ordering::Relaxed);
    out
}

/// Feeds `n` messages from one task in batches of `batch` through `Bot::handle_batch`, the way the
/// Matrix side commits the events of one sync batch together. Returns (processed, seconds).
async fn feed_batched(bot: &Bot, run: &str, n: usize, batch: usize, senders: usize) -> (usize, usize, f64) {
    let messages: Vec<Inbound> = (0..n).map(|i| inbound(run, i, senders)).collect();
    let (mut processed, mut errors) = (0, 0);
    let start = Instant::now();
    for chunk in messages.chunks(batch) {
        match bot.handle_batch(chunk).await {
            Ok(handled) => processed += handled.iter().filter(|h| **h == Handled::Processed).count(),
            Err(e) => {
                errors += chunk.len();
                progress(&format!("{run}: a batch failed: {e:#}"));
            }
        }
    }
    (processed, errors, start.elapsed().as_secs_f64())
}

fn percentile(values: &mut [f64], p: f64) -> f64 {
    if values.is_empty() {
        return f64::NAN;
    }
    values.sort_by(|a, b| a.total_cmp(b));
    let rank = ((values.len() as f64 * p / 100.0).ceil() as usize).max(1);
    values[rank - 1]
}

async fn count(store: &Store, sql: &'static str) -> Result<i64> {
    let (n,): (i64,) = sqlx::query_as(sql).fetch_one(store.pool()).await?;
    Ok(n)
}

async fn bench_backend(label: &str, store: Store, args: &Args) -> Result<()> {
    store.migrate().await.context("migrations")?;
    let bot = Bot::new(store.clone(), bench::settings(&[]), Arc::new(SystemClock));
    // Warm-up: the pool's connections open and the statements get prepared.
    let warm = feed(&bot, "warm", 50.min(args.n), args.tasks, args.senders).await;
    progress(&format!(
        "{label}: warm-up {} processed, {} errors",
        warm.processed, warm.errors
    ));

    progress(&format!("{label}: {} submissions from {} tasks", args.n, args.tasks));
    let mut par = feed(&bot, "par", args.n, args.tasks, args.senders).await;
    let rate = par.processed as f64 / par.seconds;
    bench::figure(&format!("core submissions/s ({label})"), format!("{rate:.0}"), "1/s");
    bench::figure(
        &format!("core handle latency p50 ({label}, {} tasks)", args.tasks),
        format!("{:.2}", percentile(&mut par.latencies_ms, 50.0)),
        "ms",
    );
    bench::figure(
        &format!("core handle latency p99 ({label}, {} tasks)", args.tasks),
        format!("{:.2}", percentile(&mut par.latencies_ms, 99.0)),
        "ms",
    );
    bench::figure(&format!("core errors ({label})"), par.errors, "submissions");
    if let Some(e) = &par.first_error {
        progress(&format!("{label}: first error: {e}"));
    }

    let seq_n = (args.n / 5).max(1);
    progress(&format!("{label}: {seq_n} submissions from 1 task"));
    let seq = feed(&bot, "seq", seq_n, 1, args.senders).await;
    bench::figure(
        &format!("core submissions/s ({label}, 1 task)"),
        format!("{:.0}", seq.processed as f64 / seq.seconds),
        "1/s",
    );

    progress(&format!(
        "{label}: {} submissions from 1 task in batches of {}",
        args.n, args.batch
    ));
    let (batched, batch_errors, seconds) = feed_batched(&bot, "batch", args.n, args.batch, args.senders).await;
    bench::figure(
        &format!("core submissions/s ({label}, 1 task, sync batches of {})", args.batch),
        format!("{:.0}", batched as f64 / seconds),
        "1/s",
    );
    bench::figure(&format!("core errors ({label}, batched)"), batch_errors, "submissions");

    let ideas = count(&store, "SELECT COUNT(*) FROM ideas").await?;
    let outbox = count(&store, "SELECT COUNT(*) FROM outbox").await?;
    let expected = warm.processed + par.processed + seq.processed + batched;
    bench::figure(&format!("core ideas stored ({label})"), ideas, "ideas");
    bench::figure(&format!("core ideas expected ({label})"), expected, "ideas");
    bench::figure(&format!("core outbox rows ({label})"), outbox, "rows");
    Ok(())
}

async fn sqlite(args: &Args) -> Result<()> {
    bench::on_sqlite("core_bench", async |store, _| {
        bench_backend("sqlite", store, args).await
    })
    .await
}

async fn postgres(args: &Args, base: &str) -> Result<()> {
    bench::on_postgres(base, "core_bench", async |store, _| {
        bench_backend("postgres", store, args).await
    })
    .await
}

#[tokio::main]
async fn main() -> Result<()> {
    let args = parse_args()?;
    bench::figure("core tasks", args.tasks, "tasks");
    bench::figure("core submissions per backend", args.n, "submissions");
    if args.sqlite
        && let Err(e) = sqlite(&args).await
    {
        bench::figure("core submissions/s (sqlite)", format!("n/a ({e:#})"), "");
    }
    if let Some(base) = args.postgres.clone()
        && let Err(e) = postgres(&args, &base).await
    {
        bench::figure("core submissions/s (postgres)", format!("n/a ({e:#})"), "");
    }
    Ok(())
}
