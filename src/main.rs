//! The `lotse` command line: run the bot, apply migrations, check a configuration, take a backup,
//! and make a report or an export straight from the database.

use anyhow::Result;
use clap::{Parser, Subcommand};
use lotse::bot::{Bot, Settings};
use lotse::clock::{Clock, SystemClock};
use lotse::config::{Config, redact_url};
use lotse::store::Store;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

#[derive(Parser)]
#[command(
    name = "lotse",
    version,
    about = "Lotse – the Matrix bot for a municipal AI strategy"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Connect to Matrix and answer messages until Ctrl-C or SIGTERM.
    Run {
        #[arg(long, default_value = "lotse.toml")]
        config: PathBuf,
    },
    /// Create or update the database tables, then exit.
    Migrate {
        #[arg(long, default_value = "lotse.toml")]
        config: PathBuf,
    },
    /// Read the configuration, report the first problem, and exit non-zero if there is one.
    CheckConfig {
        #[arg(long, default_value = "lotse.toml")]
        config: PathBuf,
    },
    /// Write a table as XLSX or CSV, as `!export` sends it (no Matrix connection needed).
    Export {
        /// ideen, portfolio, bedenken, rundtische, schulungen, kompetenz, audit or alles.
        #[arg(long)]
        what: String,
        /// xlsx or csv.
        #[arg(long, default_value = "xlsx")]
        format: String,
        /// The file to write; a directory for `--what alles --format csv` (one file per table).
        #[arg(long)]
        out: PathBuf,
        #[arg(long, default_value = "lotse.toml")]
        config: PathBuf,
    },
    /// Back up the database and the Matrix store into a new folder while the bot runs.
    Backup {
        /// A folder that does not exist yet (or is empty).
        #[arg(long)]
        out: PathBuf,
        #[arg(long, default_value = "lotse.toml")]
        config: PathBuf,
    },
    /// Print the key figures of `!bericht` for a period (e.g. 2026, Q3, "30 Tage"; default: since the start).
    Report {
        #[arg(long, default_value = "")]
        period: String,
        /// Also write the charts as PNG files into this directory.
        #[arg(long)]
        charts: Option<PathBuf>,
        #[arg(long, default_value = "lotse.toml")]
        config: PathBuf,
    },
}

fn main() -> ExitCode {
    lotse::service::allocator::limit_arenas();
    lotse::matrix::logging::init();
    let cli = Cli::parse();
    let runtime = match tokio::runtime::Builder::new_multi_thread().enable_all().build() {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("lotse: cannot start the async runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(execute(cli.command)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            // Like every log line, the last word names nobody.
            eprintln!("{}", lotse::matrix::logging::redact(&format!("lotse: {error:#}")));
            ExitCode::FAILURE
        }
    }
}

fn load(path: &std::path::Path) -> Result<Config> {
    Config::load(path, |key| std::env::var(key).ok())
}

async fn execute(command: Command) -> Result<()> {
    match command {
        Command::CheckConfig { config } => {
            let config = load(&config)?;
            println!(
                "Configuration is valid: {} on {}, database {}",
                config.matrix.user_id,
                config.matrix.homeserver,
                redact_url(&config.database.url)
            );
            Ok(())
        }
        Command::Migrate { config } => {
            let config = load(&config)?;
            let store = open_store(&config).await?;
            store.close().await;
            println!("Database is up to date.");
            Ok(())
        }
        Command::Export {
            what,
            format,
            out,
            config,
        } => {
            let config = load(&config)?;
            let store = open_store(&config).await?;
            let settings = Settings::from_config(&config);
            let result =
                lotse::reports::cli::export(&store, &settings, &what, &format, &out, SystemClock.now_ms()).await;
            store.close().await;
            println!("{}", result?);
            Ok(())
        }
        Command::Backup { out, config } => {
            let config = load(&config)?;
            let taken_at = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
            let written = lotse::service::backup::run(&config, &out, &taken_at).await?;
            println!("Backup taken at {taken_at} into {}:", out.display());
            for file in &written.files {
                println!("  {}", file.display());
            }
            Ok(())
        }
        Command::Report { period, charts, config } => {
            let config = load(&config)?;
            let store = open_store(&config).await?;
            let settings = Settings::from_config(&config);
            let result =
                lotse::reports::cli::report(&store, &settings, &period, charts.as_deref(), SystemClock.now_ms()).await;
            store.close().await;
            println!("{}", result?);
            Ok(())
        }
        Command::Run { config } => {
            let config = load(&config)?;
            let store = open_store(&config).await?;
            if let Some(metrics) = &config.metrics {
                lotse::service::http::start(metrics, store.clone(), Arc::new(SystemClock)).await?;
            }
            let bot = Bot::new(store.clone(), Settings::from_config(&config), Arc::new(SystemClock));
            tracing::info!(user = %config.matrix.user_id, homeserver = %config.matrix.homeserver, "Lotse starting");
            let result = lotse::matrix::run(&config, bot, shutdown_signal()).await;
            store.close().await;
            tracing::info!("Lotse stopped");
            result
        }
    }
}

async fn open_store(config: &Config) -> Result<Store> {
    if let Some(path) = config.database.url.strip_prefix("sqlite://")
        && let Some(parent) = std::path::Path::new(path.split('?').next().unwrap_or(path)).parent()
        && !parent.as_os_str().is_empty()
    {
        std::fs::create_dir_all(parent)?;
    }
    let store = Store::connect(&config.database.url).await?;
    store.migrate().await?;
    Ok(store)
}

/// Resolves on Ctrl-C or SIGTERM.
async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = term => {},
    }
    tracing::info!("shutting down: finishing the current work, keeping unsent replies for the next start");
}
