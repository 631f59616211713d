//! Storage limitation (GDPR Art. 5(1)(e)): the `[privacy]` section's periods, and the daily
//! sweep that applies every capability's retention rules. The sweep is a reminder that plans its
//! own next run, so it survives downtime and, after one, catches up once.

use super::Settings;
use super::calendar::{HOUR_MS, days_later, months_earlier, start_of_day};
use super::registry::{self, Retention};
use crate::reminders::{self, Fired, Reminder};
use crate::store::Tx;
use anyhow::{Result, bail};

/// The reminder kind of the sweep (registered by the core's capability).
pub const KIND: &str = "retention";
const RECORD_KEY: &str = "retention:daily";
/// The key under `[privacy]` for abandoned dialogs, which the core keeps itself.
pub const DIALOG_DAYS_KEY: &str = "abandoned_dialogs_days";
const DEFAULT_DIALOG_DAYS: i64 = 7;
/// The sweep runs at this local hour, when hardly anyone writes.
const SWEEP_HOUR: i64 = 3;

/// The periods of `[privacy]`, each checked.
#[derive(Debug, Clone, PartialEq)]
pub struct RetentionSettings {
    /// How long an abandoned dialog is kept (a returning user is told it expired until then).
    pub abandoned_dialogs_days: i64,
    /// Each capability rule's period in months, by key.
    months: Vec<(&'static str, i64)>,
}

fn rules() -> impl Iterator<Item = &'static Retention> {
    registry::all().iter().flat_map(|c| c.retention.iter())
}

/// Every key of `[privacy]`.
pub fn keys() -> Vec<&'static str> {
    std::iter::once(DIALOG_DAYS_KEY).chain(rules().map(|r| r.key)).collect()
}

impl RetentionSettings {
    pub fn defaults() -> RetentionSettings {
        RetentionSettings::from_table(&toml::Table::new()).expect("the defaults are valid")
    }

    /// Reads `[privacy]`; an error names the key and what is expected.
    pub fn from_table(table: &toml::Table) -> Result<RetentionSettings> {
        let known = keys();
        if let Some(unknown) = table.keys().find(|k| !known.contains(&k.as_str())) {
            bail!("privacy.{unknown} is not a setting; the keys are {}", known.join(", "));
        }
        let number = |key: &str, default: i64, max: i64| -> Result<i64> {
            match table.get(key) {
                None => Ok(default),
                Some(toml::Value::Integer(n)) if (1..=max).contains(n) => Ok(*n),
                Some(_) => bail!("privacy.{key} must be a whole number from 1 to {max}"),
            }
        };
        Ok(RetentionSettings {
            abandoned_dialogs_days: number(DIALOG_DAYS_KEY, DEFAULT_DIALOG_DAYS, 365)?,
            months: rules()
                .map(|r| Ok((r.key, number(r.key, r.default_months, 120)?)))
                .collect::<Result<_>>()?,
        })
    }

    /// The period of rule `key` in months.
    pub fn months(&self, key: &str) -> i64 {
        self.months.iter().find(|(k, _)| *k == key).map_or(0, |(_, m)| *m)
    }
}

/// The next sweep after `now_ms`: the coming night at `SWEEP_HOUR`, local time.
fn next_run(now_ms: i64, tz: chrono_tz::Tz) -> i64 {
    let tonight = start_of_day(now_ms, tz) + SWEEP_HOUR * HOUR_MS;
    if tonight > now_ms {
        tonight
    } else {
        start_of_day(days_later(now_ms, 1, tz), tz) + SWEEP_HOUR * HOUR_MS
    }
}

fn sweep_at(due_at: i64) -> Reminder {
    Reminder {
        due_at,
        kind: KIND.to_string(),
        record_key: RECORD_KEY.to_string(),
        payload: serde_json::Value::Null,
    }
}

/// Plans the next sweep unless one is planned; the reminder task calls it when it starts.
pub async fn ensure_planned(tx: &mut Tx, settings: &Settings, now_ms: i64) -> Result<bool> {
    let (pending,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM reminders WHERE record_key = $1 AND done_at IS NULL")
        .bind(RECORD_KEY)
        .fetch_one(&mut **tx)
        .await?;
    if pending > 0 {
        return Ok(false);
    }
    reminders::schedule(tx, &sweep_at(next_run(now_ms, settings.timezone)), now_ms).await?;
    Ok(true)
}

/// The sweep: every rule applied once to what is older than its period; the next sweep planned
/// from now (so after downtime the overdue one runs once and the next comes the following night).
pub async fn sweep(tx: &mut Tx, _reminder: &Reminder, settings: &Settings, now_ms: i64) -> Result<Fired> {
    for rule in rules() {
        let months = u32::try_from(settings.retention.months(rule.key)).unwrap_or(u32::MAX);
        let cutoff = months_earlier(now_ms, months, settings.timezone);
        let changed = (rule.apply)(tx, cutoff).await?;
        if changed > 0 {
            tracing::info!(
                rule = rule.key,
                records = changed,
                "retention period over: records reduced"
            );
        }
    }
    Ok(Fired {
        messages: vec![],
        follow_ups: vec![sweep_at(next_run(now_ms, settings.timezone))],
        outcome: "swept",
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sweep_runs_the_coming_night_at_three() {
        let tz = chrono_tz::Europe::Berlin;
        // 2026-09-21 12:00 Berlin (UTC+2) → 2026-09-22 03:00 Berlin = 01:00 UTC.
        let noon = 1_790_000_000_000 - (1_790_000_000_000 % 86_400_000) + 10 * HOUR_MS;
        let next = next_run(noon, tz);
        assert_eq!((next - noon) % HOUR_MS, 0);
        assert_eq!(next - start_of_day(next, tz), 3 * HOUR_MS);
        assert!(next > noon && next - noon <= 24 * HOUR_MS);
        assert_eq!(next_run(next - 1, tz), next);
    }

    #[test]
    fn unknown_keys_and_bad_periods_are_refused() {
        let table: toml::Table = "nonsense = 3".parse().unwrap();
        assert!(RetentionSettings::from_table(&table).is_err());
        let table: toml::Table = format!("{DIALOG_DAYS_KEY} = 0").parse().unwrap();
        assert!(RetentionSettings::from_table(&table).is_err());
    }
}
