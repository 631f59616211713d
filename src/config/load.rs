//! Loading the configuration: the TOML file, `LOTSE_<SECTION>_<KEY>` environment overrides key by
//! key, and validation that names the key and what is expected.

use super::*;
use anyhow::{Context, Result, bail};
use std::path::Path;

/// What an environment override of a key is read as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyKind {
    Text,
    /// Comma-separated in the environment.
    List,
    /// A whole number.
    Number,
    /// A decimal number (`1.5` or `1,5`).
    Decimal,
    /// On or off: `true`/`false` (`an`/`aus`, `ja`/`nein`, `1`/`0` in the environment).
    Switch,
}

/// Longest `access.contact`: it is quoted in a reply, so a name and a phone number or address.
const MAX_CONTACT_CHARS: usize = 200;

/// Every key of the core's sections, as section.key, with what its value is.
const CORE_KEYS: &[(&str, KeyKind)] = &[
    ("matrix.homeserver", KeyKind::Text),
    ("matrix.user_id", KeyKind::Text),
    ("matrix.password", KeyKind::Text),
    ("matrix.access_token", KeyKind::Text),
    ("matrix.device_id", KeyKind::Text),
    ("matrix.device_name", KeyKind::Text),
    ("matrix.store_path", KeyKind::Text),
    ("matrix.store_passphrase", KeyKind::Text),
    ("access.invite_allowlist", KeyKind::List),
    ("access.team", KeyKind::List),
    ("access.strategy_room", KeyKind::Text),
    ("access.contact", KeyKind::Text),
    ("database.url", KeyKind::Text),
    ("bot.default_language", KeyKind::Text),
    ("bot.dialog_timeout_minutes", KeyKind::Number),
    ("bot.timezone", KeyKind::Text),
    ("bot.names", KeyKind::List),
    ("metrics.listen", KeyKind::Text),
    ("metrics.token", KeyKind::Text),
    ("metrics.max_sync_age_seconds", KeyKind::Number),
];

impl KeyKind {
    /// What a value of `key` must be, in words: `a whole number of minutes`, `a list of texts` …
    fn expected(self, key: &str) -> String {
        let unit = ["seconds", "minutes", "hours", "days", "months"]
            .into_iter()
            .find(|unit| key.ends_with(&format!("_{unit}")));
        match (self, unit) {
            (KeyKind::Text, _) => "a text in quotes".into(),
            (KeyKind::List, _) => "a list of texts like [\"a\", \"b\"] (comma-separated in the environment)".into(),
            (KeyKind::Number, Some(unit)) => format!("a whole number of {unit}"),
            (KeyKind::Number, None) => "a whole number".into(),
            (KeyKind::Decimal, _) => "a number like 1.5".into(),
            (KeyKind::Switch, _) => "true or false".into(),
        }
    }

    fn accepts(self, value: &toml::Value) -> bool {
        match (self, value) {
            (KeyKind::Text, toml::Value::String(_)) | (KeyKind::Number, toml::Value::Integer(_)) => true,
            (KeyKind::Decimal, toml::Value::Float(_) | toml::Value::Integer(_)) => true,
            (KeyKind::List, toml::Value::Array(items)) => items.iter().all(toml::Value::is_str),
            (KeyKind::Switch, toml::Value::Boolean(_)) => true,
            _ => false,
        }
    }
}

/// `"zehn"`, `12`, `[1, 2]`: a value as it was written, shortened.
fn shown(value: &toml::Value) -> String {
    let text = value.to_string();
    if text.chars().count() > 60 {
        format!("{}…", text.chars().take(60).collect::<String>())
    } else {
        text
    }
}

/// The first key in `table` whose value is not of its kind, as an error naming it.
fn check_kinds(table: &toml::Table) -> Result<()> {
    for (key, kind) in keys() {
        let (section, name) = key.split_once('.').expect("keys have a section");
        let Some(value) = table.get(section).and_then(|s| s.as_table()).and_then(|s| s.get(name)) else {
            continue;
        };
        if !kind.accepts(value) {
            bail!("{key}: expected {}, found {}", kind.expected(&key), shown(value));
        }
    }
    Ok(())
}

/// Every key that can be set, as section.key: the core's and every capability's.
pub fn keys() -> Vec<(String, KeyKind)> {
    let core = CORE_KEYS.iter().map(|(key, kind)| (key.to_string(), *kind));
    let capabilities = crate::bot::registry::all()
        .iter()
        .filter_map(|c| c.settings.as_ref())
        .flat_map(|s| s.keys.iter().map(|(key, kind)| (format!("{}.{key}", s.name), *kind)));
    let privacy = crate::bot::retention::keys()
        .into_iter()
        .map(|key| (format!("privacy.{key}"), KeyKind::Number));
    core.chain(capabilities).chain(privacy).collect()
}

impl Config {
    /// Reads `path` (if it exists), applies environment overrides from `env`, and validates.
    pub fn load(path: &Path, env: impl Fn(&str) -> Option<String>) -> Result<Config> {
        let mut table: toml::Table = if path.exists() {
            let text = std::fs::read_to_string(path)
                .with_context(|| format!("cannot read the configuration file {}", path.display()))?;
            text.parse().map_err(|e: toml::de::Error| {
                anyhow::anyhow!("{} is not valid TOML: {}", path.display(), e.message())
            })?
        } else if env("LOTSE_MATRIX_HOMESERVER").is_some() {
            toml::Table::new()
        } else {
            bail!(
                "configuration file {} not found (copy lotse.example.toml to start, or set LOTSE_* variables)",
                path.display()
            );
        };
        for (key, kind) in keys() {
            let var = format!("LOTSE_{}", key.replace('.', "_").to_uppercase());
            let Some(raw) = env(&var) else { continue };
            let (section, name) = key.split_once('.').expect("keys have a section");
            let value = match kind {
                KeyKind::List => toml::Value::Array(
                    raw.split(',')
                        .map(str::trim)
                        .filter(|s| !s.is_empty())
                        .map(|s| toml::Value::String(s.into()))
                        .collect(),
                ),
                KeyKind::Number => toml::Value::Integer(raw.trim().parse().map_err(|_| {
                    anyhow::anyhow!("{key} (from {var}): expected {}, found {raw:?}", kind.expected(&key))
                })?),
                KeyKind::Decimal => toml::Value::Float(raw.trim().replace(',', ".").parse().map_err(|_| {
                    anyhow::anyhow!("{key} (from {var}): expected {}, found {raw:?}", kind.expected(&key))
                })?),
                KeyKind::Text => toml::Value::String(raw),
                KeyKind::Switch => toml::Value::Boolean(match raw.trim().to_lowercase().as_str() {
                    "true" | "an" | "ja" | "on" | "yes" | "1" => true,
                    "false" | "aus" | "nein" | "off" | "no" | "0" => false,
                    _ => bail!("{key} (from {var}): expected {}, found {raw:?}", kind.expected(&key)),
                }),
            };
            let entry = table
                .entry(section.to_string())
                .or_insert_with(|| toml::Value::Table(Default::default()));
            match entry {
                toml::Value::Table(t) => {
                    t.insert(name.to_string(), value);
                }
                _ => bail!("[{section}] in the configuration must be a section"),
            }
        }
        check_kinds(&table)?;
        let mut config: Config = toml::Value::Table(table)
            .try_into()
            .map_err(|e: toml::de::Error| anyhow::anyhow!("configuration error: {}", e.message()))?;
        config.validate()?;
        config.features = Features::load(&config.sections)?;
        Ok(config)
    }

    fn validate(&self) -> Result<()> {
        let m = &self.matrix;
        if !(m.homeserver.starts_with("http://") || m.homeserver.starts_with("https://")) {
            bail!(
                "matrix.homeserver must be a URL starting with http:// or https://, got {:?}",
                m.homeserver
            );
        }
        if !is_user_id(&m.user_id) {
            bail!(
                "matrix.user_id must be a full Matrix user id like @lotse:example.org, got {:?}",
                m.user_id
            );
        }
        if m.password.is_none() && m.access_token.is_none() {
            bail!("matrix.password or matrix.access_token must be set (LOTSE_MATRIX_PASSWORD)");
        }
        if m.access_token.is_some() && m.device_id.is_none() {
            bail!("matrix.device_id is required together with matrix.access_token");
        }
        for entry in &self.access.invite_allowlist {
            if entry.starts_with('@') && !is_user_id(entry) {
                bail!("access.invite_allowlist: {entry:?} is neither a user id (@name:server) nor a server name");
            }
            if entry.is_empty() || entry.contains(char::is_whitespace) {
                bail!("access.invite_allowlist: {entry:?} is neither a user id (@name:server) nor a server name");
            }
        }
        for entry in &self.access.team {
            if !is_user_id(entry) {
                bail!("access.team: {entry:?} must be a full user id like @name:example.org");
            }
        }
        if let Some(room) = &self.access.strategy_room
            && !(room.starts_with('!') && room.len() > 1 && !room.contains(char::is_whitespace))
        {
            // Room version 12 ids carry no server name (`!abc`), older ones do (`!abc:example.org`).
            bail!(
                "access.strategy_room must be a room id like !abc:example.org (room settings → advanced), \
                 not an alias like #team:example.org; got {room:?}"
            );
        }
        if let Some(contact) = &self.access.contact {
            if contact.trim().is_empty() {
                bail!(
                    "access.contact is empty: remove it, or write whom employees should ask, \
                     e.g. \"Frau Beispiel (KI-Koordination), Tel. 0341 123-4567\""
                );
            }
            if contact.chars().count() > MAX_CONTACT_CHARS || contact.contains(['\n', '\r']) {
                bail!(
                    "access.contact must be one line of at most {MAX_CONTACT_CHARS} characters \
                     (a name and a phone number or address)"
                );
            }
        }
        if self.database.url.is_empty()
            || !(self.database.url.starts_with("sqlite:") || self.database.url.starts_with("postgres"))
        {
            bail!("database.url must start with sqlite:// or postgres://");
        }
        if !["de", "en"].contains(&self.bot.default_language.as_str()) {
            bail!(
                "bot.default_language must be \"de\" or \"en\", got {:?}",
                self.bot.default_language
            );
        }
        if !(1..=10_080).contains(&self.bot.dialog_timeout_minutes) {
            bail!("bot.dialog_timeout_minutes must be between 1 and 10080 (one week)");
        }
        if self.bot.timezone.parse::<chrono_tz::Tz>().is_err() {
            bail!(
                "bot.timezone must be a time zone name like Europe/Berlin, got {:?}",
                self.bot.timezone
            );
        }
        if let Some(metrics) = &self.metrics {
            if metrics.listen.parse::<std::net::SocketAddr>().is_err() {
                bail!(
                    "metrics.listen must be an address with a port like 127.0.0.1:9464, got {:?}",
                    metrics.listen
                );
            }
            // An idle bot's sync returns every 30 s (the long poll): less would report it unhealthy.
            if !(60..=86_400).contains(&metrics.max_sync_age_seconds) {
                bail!("metrics.max_sync_age_seconds must be between 60 and 86400 (one day)");
            }
            if metrics.token.as_deref().is_some_and(|t| t.trim().is_empty()) {
                bail!("metrics.token is empty: remove it, or set a long random text");
            }
        }
        crate::bot::retention::RetentionSettings::from_table(&self.privacy)?;
        let declared: Vec<&str> = crate::bot::registry::all()
            .iter()
            .filter_map(|c| c.settings.as_ref().map(|s| s.name))
            .collect();
        if let Some(unknown) = self.sections.keys().find(|name| !declared.contains(&name.as_str())) {
            bail!(
                "configuration error: unknown section or key `{unknown}`; the sections are matrix, access, \
                 database, bot, metrics, privacy, {}",
                declared.join(", ")
            );
        }
        Ok(())
    }
}

/// True for strings shaped like a Matrix user id: @localpart:server
pub fn is_user_id(s: &str) -> bool {
    s.starts_with('@')
        && s.split_once(':')
            .is_some_and(|(local, server)| local.len() > 1 && !server.is_empty())
        && !s.contains(char::is_whitespace)
}
