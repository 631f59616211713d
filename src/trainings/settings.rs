//! The `[trainings]` section: reminder offsets, the refresher period and the under-booking
//! notice; read and checked here, found again as `TrainingSettings`.

use crate::bot::settings::{Feature, Section, parse_section};
use crate::config::KeyKind;
use anyhow::{Result, bail};
use serde::Deserialize;

/// Reminder offsets, the refresher period and the under-booking notice.
#[derive(Debug, Clone, PartialEq)]
pub struct TrainingSettings {
    /// Participants are reminded this many calendar days before (same local time); 0: not.
    pub reminder_days_before: i64,
    /// …and this many hours before; 0: not.
    pub reminder_hours_before: i64,
    /// Months from attending until a refresher of the same level is due.
    pub refresher_months: u32,
    /// Days before a training at which the strategy room hears that it is under half full; 0: never.
    pub low_signup_notice_days: i64,
}

impl Default for TrainingSettings {
    fn default() -> Self {
        TrainingSettings::from_section(&TrainingsSection::default())
    }
}

/// The section as written in the file.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
struct TrainingsSection {
    reminder_days_before: i64,
    reminder_hours_before: i64,
    refresher_months: i64,
    low_signup_notice_days: i64,
}

impl Default for TrainingsSection {
    fn default() -> Self {
        TrainingsSection {
            reminder_days_before: 1,
            reminder_hours_before: 1,
            refresher_months: 12,
            low_signup_notice_days: 7,
        }
    }
}

pub const SECTION: Section = Section {
    name: "trainings",
    keys: &[
        ("reminder_days_before", KeyKind::Number),
        ("reminder_hours_before", KeyKind::Number),
        ("refresher_months", KeyKind::Number),
        ("low_signup_notice_days", KeyKind::Number),
    ],
    load,
};

fn load(value: Option<&toml::Value>) -> Result<Feature> {
    let section: TrainingsSection = parse_section("trainings", value)?;
    let ranges = [
        ("reminder_days_before", section.reminder_days_before, 0, 30),
        ("reminder_hours_before", section.reminder_hours_before, 0, 72),
        ("refresher_months", section.refresher_months, 1, 60),
        ("low_signup_notice_days", section.low_signup_notice_days, 0, 90),
    ];
    for (key, value, min, max) in ranges {
        if !(min..=max).contains(&value) {
            bail!("trainings.{key} must be between {min} and {max}, got {value}");
        }
    }
    Ok(Feature::new(TrainingSettings::from_section(&section)))
}

impl TrainingSettings {
    fn from_section(section: &TrainingsSection) -> TrainingSettings {
        TrainingSettings {
            reminder_days_before: section.reminder_days_before,
            reminder_hours_before: section.reminder_hours_before,
            refresher_months: u32::try_from(section.refresher_months).unwrap_or(12),
            low_signup_notice_days: section.low_signup_notice_days,
        }
    }
}
