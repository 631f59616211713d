//! The `lotse` command line: run the bot, apply migrations, check a configuration.

use anyhow::Result;
use clap::{Parser, Subcommand};
use lotse::bot::{Bot, Settings};
use lotse::clock::SystemClock;
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
}

fn main() -> ExitCode {
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
        Command::Run { config } => {
            let config = load(&config)?;
            let store = open_store(&config).await?;
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
