//! What the benchmark binaries share: the bot's settings, how a figure is printed, and a fresh
//! SQLite file in a temporary directory or a fresh schema of a PostgreSQL server (dropped
//! afterwards), opened with `Store::connect` as the bot opens it.

use anyhow::{Context, Result};
use lotse::bot::Settings;
use lotse::store::Store;
use std::time::Duration;

pub const BOT: &str = "@lotse:bench.invalid";

/// The bot's settings for a benchmark, with `team` as the strategy team.
pub fn settings(team: &[&str]) -> Settings {
    Settings {
        bot_user_id: BOT.into(),
        names: vec!["Lotse".into(), BOT.into(), "lotse".into()],
        default_language: lotse::bot::i18n::Lang::De,
        dialog_timeout_ms: 30 * 60_000,
        timezone: chrono_tz::Europe::Berlin,
        team: team.iter().map(|u| u.to_string()).collect(),
        strategy_room: None,
        access_contact: None,
        features: lotse::bot::settings::Features::defaults(),
        retention: lotse::bot::retention::RetentionSettings::defaults(),
    }
}

/// One figure on stdout: `name: value unit`.
pub fn figure(name: &str, value: impl std::fmt::Display, unit: &str) {
    println!("{name}: {value} {unit}");
}

/// Runs `bench` (given the store and its URL) on a new SQLite file named `name`, then removes it.
pub async fn on_sqlite(name: &str, bench: impl AsyncFnOnce(Store, String) -> Result<()>) -> Result<()> {
    let dir = std::env::temp_dir().join(format!("lotse-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir)?;
    let url = format!("sqlite://{}/{name}.sqlite", dir.display());
    let result = async {
        let store = Store::connect(&url).await?;
        let result = bench(store.clone(), url.clone()).await;
        store.close().await;
        result
    }
    .await;
    let _ = std::fs::remove_dir_all(&dir);
    result
}

/// Runs `bench` (given the store and its URL) in a new schema `<name>_<pid>` of the PostgreSQL
/// at `base`, then drops it.
pub async fn on_postgres(base: &str, name: &str, bench: impl AsyncFnOnce(Store, String) -> Result<()>) -> Result<()> {
    sqlx::any::install_default_drivers();
    let admin = sqlx::any::AnyPoolOptions::new()
        .max_connections(1)
        .acquire_timeout(Duration::from_secs(10))
        .connect(base)
        .await
        .with_context(|| format!("PostgreSQL at {base} is not reachable"))?;
    let schema = format!("{name}_{}", std::process::id());
    sqlx::query(sqlx::AssertSqlSafe(format!("CREATE SCHEMA {schema}")))
        .execute(&admin)
        .await?;
    let separator = if base.contains('?') { '&' } else { '?' };
    let url = format!("{base}{separator}options=-c%20search_path%3D{schema}");
    let result = async {
        let store = Store::connect(&url).await?;
        let result = bench(store.clone(), url.clone()).await;
        store.close().await;
        result
    }
    .await;
    sqlx::query(sqlx::AssertSqlSafe(format!("DROP SCHEMA {schema} CASCADE")))
        .execute(&admin)
        .await?;
    admin.close().await;
    result
}
