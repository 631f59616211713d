//! The `[scoring]` section: how the team's scores are weighted and how often use cases are
//! re-assessed; read and checked here, found again as `ScoringSettings`.

use crate::bot::settings::{Feature, Section, parse_section};
use crate::config::KeyKind;
use anyhow::{Result, bail};
use serde::Deserialize;

/// Scoring weights and the re-assessment cycle.
#[derive(Debug, Clone, PartialEq)]
pub struct ScoringSettings {
    /// One weight per criterion, in the order of `criteria::CRITERIA`.
    pub weights: [f64; 6],
    /// Months from entering priorisiert/pilot/im-betrieb (or a re-assessment) to the next one.
    pub reassessment_months: u32,
    /// Days before the due date from which a re-assessment counts as due (`!neubewertung`).
    pub reassessment_notice_days: i64,
}

impl Default for ScoringSettings {
    fn default() -> Self {
        ScoringSettings::from_section(&ScoringSection::default())
    }
}

/// The section as written in the file.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
struct ScoringSection {
    /// Weight of each criterion in the portfolio ranking (0 leaves a criterion out).
    weight_wirkung: f64,
    weight_akzeptanz: f64,
    weight_skalierung: f64,
    weight_machbarkeit: f64,
    weight_effizienz: f64,
    weight_buerger: f64,
    /// Months between re-assessments of prioritised, pilot and live use cases.
    reassessment_months: i64,
    /// Days before its date from which a re-assessment counts as due.
    reassessment_notice_days: i64,
}

impl Default for ScoringSection {
    fn default() -> Self {
        ScoringSection {
            weight_wirkung: 1.0,
            weight_akzeptanz: 1.0,
            weight_skalierung: 1.0,
            weight_machbarkeit: 1.0,
            weight_effizienz: 1.0,
            weight_buerger: 1.0,
            reassessment_months: 6,
            reassessment_notice_days: 14,
        }
    }
}

/// The weight keys, in the order of the criteria.
const WEIGHT_KEYS: [&str; 6] = [
    "wirkung",
    "akzeptanz",
    "skalierung",
    "machbarkeit",
    "effizienz",
    "buerger",
];

pub const SECTION: Section = Section {
    name: "scoring",
    keys: &[
        ("weight_wirkung", KeyKind::Decimal),
        ("weight_akzeptanz", KeyKind::Decimal),
        ("weight_skalierung", KeyKind::Decimal),
        ("weight_machbarkeit", KeyKind::Decimal),
        ("weight_effizienz", KeyKind::Decimal),
        ("weight_buerger", KeyKind::Decimal),
        ("reassessment_months", KeyKind::Number),
        ("reassessment_notice_days", KeyKind::Number),
    ],
    load,
};

fn load(value: Option<&toml::Value>) -> Result<Feature> {
    let section: ScoringSection = parse_section("scoring", value)?;
    section.validate()?;
    Ok(Feature::new(ScoringSettings::from_section(&section)))
}

impl ScoringSection {
    fn weights(&self) -> [f64; 6] {
        [
            self.weight_wirkung,
            self.weight_akzeptanz,
            self.weight_skalierung,
            self.weight_machbarkeit,
            self.weight_effizienz,
            self.weight_buerger,
        ]
    }

    fn validate(&self) -> Result<()> {
        for (key, weight) in WEIGHT_KEYS.iter().zip(self.weights()) {
            if !(0.0..=100.0).contains(&weight) {
                bail!("scoring.weight_{key} must be a number from 0 to 100, got {weight}");
            }
        }
        if self.weights().iter().sum::<f64>() <= 0.0 {
            bail!("scoring: at least one weight_… must be greater than 0");
        }
        if !(1..=60).contains(&self.reassessment_months) {
            bail!(
                "scoring.reassessment_months must be between 1 and 60, got {}",
                self.reassessment_months
            );
        }
        if !(0..=365).contains(&self.reassessment_notice_days) {
            bail!(
                "scoring.reassessment_notice_days must be between 0 and 365, got {}",
                self.reassessment_notice_days
            );
        }
        Ok(())
    }
}

impl ScoringSettings {
    fn from_section(section: &ScoringSection) -> ScoringSettings {
        ScoringSettings {
            weights: section.weights(),
            reassessment_months: u32::try_from(section.reassessment_months).unwrap_or(6),
            reassessment_notice_days: section.reassessment_notice_days,
        }
    }
}
