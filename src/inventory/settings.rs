//! The `[inventory]` section: how often AI tools are reviewed and how early the reminder comes;
//! read and checked here, found again as `InventorySettings`.

use crate::bot::settings::{Feature, Section, parse_section};
use crate::config::KeyKind;
use anyhow::{Result, bail};
use serde::Deserialize;

#[derive(Debug, Clone, PartialEq)]
pub struct InventorySettings {
    /// Months from creation or the last review to the next one.
    pub review_months: u32,
    /// The same for tools triaged as minimal risk or not an AI system.
    pub minimal_review_months: u32,
    /// Days before the due date that the first reminder comes, and from which `!ki-tools fällig`
    /// lists a tool.
    pub review_notice_days: i64,
}

impl Default for InventorySettings {
    fn default() -> Self {
        InventorySettings::from_section(&InventorySection::default())
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
struct InventorySection {
    review_months: i64,
    minimal_review_months: i64,
    review_notice_days: i64,
}

impl Default for InventorySection {
    fn default() -> Self {
        InventorySection {
            review_months: 6,
            minimal_review_months: 12,
            review_notice_days: 14,
        }
    }
}

pub const SECTION: Section = Section {
    name: "inventory",
    keys: &[
        ("review_months", KeyKind::Number),
        ("minimal_review_months", KeyKind::Number),
        ("review_notice_days", KeyKind::Number),
    ],
    load,
};

fn load(value: Option<&toml::Value>) -> Result<Feature> {
    let section: InventorySection = parse_section("inventory", value)?;
    let ranges = [
        ("review_months", section.review_months, 1, 60),
        ("minimal_review_months", section.minimal_review_months, 1, 60),
        ("review_notice_days", section.review_notice_days, 0, 365),
    ];
    for (key, value, min, max) in ranges {
        if !(min..=max).contains(&value) {
            bail!("inventory.{key} must be between {min} and {max}, got {value}");
        }
    }
    Ok(Feature::new(InventorySettings::from_section(&section)))
}

impl InventorySettings {
    fn from_section(section: &InventorySection) -> InventorySettings {
        InventorySettings {
            review_months: u32::try_from(section.review_months).unwrap_or(6),
            minimal_review_months: u32::try_from(section.minimal_review_months).unwrap_or(12),
            review_notice_days: section.review_notice_days,
        }
    }
}
