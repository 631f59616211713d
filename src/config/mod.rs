//! Configuration: the core's sections of the TOML file with their defaults; the capabilities
//! declare their own sections. `load` reads the file, applies `LOTSE_<SECTION>_<KEY>`
//! environment overrides and validates the result.

mod load;

pub use load::{KeyKind, is_user_id, keys};

use crate::bot::settings::Features;
use serde::Deserialize;
use std::path::PathBuf;

/// The core's sections; every other section belongs to a capability (see `bot::settings`).
#[derive(Debug, Clone, Deserialize)]
pub struct Config {
    pub matrix: MatrixConfig,
    #[serde(default)]
    pub access: AccessConfig,
    #[serde(default)]
    pub database: DatabaseConfig,
    #[serde(default)]
    pub bot: BotConfig,
    /// Health check and Prometheus metrics over HTTP; off unless the section is there.
    pub metrics: Option<MetricsConfig>,
    /// Retention periods (`bot::retention`): the core's and each capability's rule, checked by `load`.
    #[serde(default)]
    pub privacy: toml::Table,
    /// The capabilities' sections as written; `load` refuses one that no capability declares.
    #[serde(flatten)]
    pub sections: toml::Table,
    /// The capabilities' settings, read and checked from `sections` by `load`.
    #[serde(skip, default = "Features::defaults")]
    pub features: Features,
}

#[derive(Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MatrixConfig {
    /// Homeserver base URL, e.g. https://matrix.example.org
    pub homeserver: String,
    /// Full user id of the bot, e.g. @lotse:example.org
    pub user_id: String,
    /// Password for the first login (or use access_token).
    pub password: Option<String>,
    /// Access token instead of a password (requires device_id).
    pub access_token: Option<String>,
    pub device_id: Option<String>,
    #[serde(default = "default_device_name")]
    pub device_name: String,
    /// Folder for the Matrix state and crypto store.
    #[serde(default = "default_store_path")]
    pub store_path: PathBuf,
    /// Passphrase that encrypts the crypto store.
    pub store_passphrase: Option<String>,
}

// Secrets must never reach logs, so Debug is written by hand.
impl std::fmt::Debug for MatrixConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let hidden = |v: &Option<String>| v.as_ref().map(|_| "<hidden>");
        f.debug_struct("MatrixConfig")
            .field("homeserver", &self.homeserver)
            .field("user_id", &self.user_id)
            .field("password", &hidden(&self.password))
            .field("access_token", &hidden(&self.access_token))
            .field("device_id", &self.device_id)
            .field("device_name", &self.device_name)
            .field("store_path", &self.store_path)
            .field("store_passphrase", &hidden(&self.store_passphrase))
            .finish()
    }
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AccessConfig {
    /// User ids (@user:server) or server names (example.org) whose invites the bot accepts.
    #[serde(default)]
    pub invite_allowlist: Vec<String>,
    /// User ids of the strategy team.
    #[serde(default)]
    pub team: Vec<String>,
    /// Room whose members with power level >= 50 also belong to the strategy team.
    pub strategy_room: Option<String>,
    /// Whom employees should ask about the team's commands, as the refusal names them, e.g.
    /// "Frau Beispiel (KI-Koordination), Tel. 0341 123-4567". Without it the refusal names the
    /// strategy room.
    pub contact: Option<String>,
}

#[derive(Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DatabaseConfig {
    /// sqlite://path/to/lotse.sqlite or postgres://user:password@host/db
    #[serde(default = "default_database_url")]
    pub url: String,
}

impl Default for DatabaseConfig {
    fn default() -> Self {
        DatabaseConfig {
            url: default_database_url(),
        }
    }
}

impl std::fmt::Debug for DatabaseConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DatabaseConfig")
            .field("url", &redact_url(&self.url))
            .finish()
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BotConfig {
    /// Language for users who have not chosen one: "de" or "en".
    #[serde(default = "default_language")]
    pub default_language: String,
    /// Minutes after which an unfinished guided dialog is forgotten.
    #[serde(default = "default_dialog_timeout")]
    pub dialog_timeout_minutes: i64,
    /// Time zone in which dates are shown.
    #[serde(default = "default_timezone")]
    pub timezone: String,
    /// Names the bot answers to when written at the start of a message ("Lotse: ideen").
    #[serde(default = "default_names")]
    pub names: Vec<String>,
}

impl Default for BotConfig {
    fn default() -> Self {
        BotConfig {
            default_language: default_language(),
            dialog_timeout_minutes: default_dialog_timeout(),
            timezone: default_timezone(),
            names: default_names(),
        }
    }
}

/// `[metrics]`: where `/healthz` and `/metrics` listen, and who may read the metrics.
#[derive(Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MetricsConfig {
    /// Address and port, e.g. 127.0.0.1:9464 (loopback by default).
    #[serde(default = "default_metrics_listen")]
    pub listen: String,
    /// When set, `/metrics` answers only requests with `Authorization: Bearer <token>`.
    pub token: Option<String>,
    /// `/healthz` reports unhealthy when the last successful sync is older than this.
    #[serde(default = "default_max_sync_age")]
    pub max_sync_age_seconds: i64,
}

impl std::fmt::Debug for MetricsConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MetricsConfig")
            .field("listen", &self.listen)
            .field("token", &self.token.as_ref().map(|_| "<hidden>"))
            .field("max_sync_age_seconds", &self.max_sync_age_seconds)
            .finish()
    }
}

fn default_metrics_listen() -> String {
    "127.0.0.1:9464".into()
}
/// Three long polls of 30 s: one slow answer is not yet an outage.
fn default_max_sync_age() -> i64 {
    90
}
fn default_device_name() -> String {
    "Lotse".into()
}
fn default_store_path() -> PathBuf {
    PathBuf::from("data/matrix-store")
}
fn default_database_url() -> String {
    "sqlite://data/lotse.sqlite".into()
}
fn default_language() -> String {
    "de".into()
}
fn default_dialog_timeout() -> i64 {
    30
}
fn default_timezone() -> String {
    "Europe/Berlin".into()
}
fn default_names() -> Vec<String> {
    vec!["Lotse".into()]
}

/// Hides the password in a database URL.
pub fn redact_url(url: &str) -> String {
    match url::Url::parse(url) {
        Ok(mut parsed) if parsed.password().is_some() => {
            let _ = parsed.set_password(Some("<hidden>"));
            parsed.to_string()
        }
        _ => url.to_string(),
    }
}
