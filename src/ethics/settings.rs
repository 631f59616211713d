//! The `[ethics]` section: the gates, the yearly review, and the weights of the impact score;
//! read and checked here, found again as `EthicsSettings`.

use super::scoring::{MITIGATION, RISK};
use crate::bot::settings::{Feature, Section, parse_section};
use crate::config::KeyKind;
use anyhow::{Result, bail};
use serde::Deserialize;

#[derive(Debug, Clone, PartialEq)]
pub struct EthicsSettings {
    /// `!status #N pilot` waits for a passed Vorprüfung, `im-betrieb` for a recorded Bewertung.
    pub gates: bool,
    /// Months from the Bewertung or the last Überprüfung to the next Überprüfung.
    pub review_months: u32,
    /// Days before the due date that the owner and the strategy room are first reminded.
    pub review_notice_days: i64,
    /// Weights of the risk questions, in the order of `scoring::RISK`.
    pub risk_weights: Vec<f64>,
    /// Weights of the mitigation questions, in the order of `scoring::MITIGATION`.
    pub mitigation_weights: Vec<f64>,
    /// A mitigation score from which the impact level is one lower.
    pub mitigation_threshold: f64,
}

impl Default for EthicsSettings {
    fn default() -> Self {
        EthicsSettings::from_section(&EthicsSection::default())
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
struct EthicsSection {
    gates: bool,
    review_months: i64,
    review_notice_days: i64,
    weight_betroffenheit: f64,
    weight_unumkehrbarkeit: f64,
    weight_reichweite: f64,
    weight_benachrichtigung: f64,
    weight_pruefung: f64,
    weight_beschwerde: f64,
    weight_datenqualitaet: f64,
    mitigation_threshold: f64,
}

impl Default for EthicsSection {
    fn default() -> Self {
        EthicsSection {
            gates: true,
            review_months: 12,
            review_notice_days: 30,
            weight_betroffenheit: 2.0,
            weight_unumkehrbarkeit: 1.5,
            weight_reichweite: 1.0,
            weight_benachrichtigung: 1.0,
            weight_pruefung: 1.5,
            weight_beschwerde: 1.0,
            weight_datenqualitaet: 1.0,
            mitigation_threshold: 4.0,
        }
    }
}

pub const SECTION: Section = Section {
    name: "ethics",
    keys: &[
        ("gates", KeyKind::Switch),
        ("review_months", KeyKind::Number),
        ("review_notice_days", KeyKind::Number),
        ("weight_betroffenheit", KeyKind::Decimal),
        ("weight_unumkehrbarkeit", KeyKind::Decimal),
        ("weight_reichweite", KeyKind::Decimal),
        ("weight_benachrichtigung", KeyKind::Decimal),
        ("weight_pruefung", KeyKind::Decimal),
        ("weight_beschwerde", KeyKind::Decimal),
        ("weight_datenqualitaet", KeyKind::Decimal),
        ("mitigation_threshold", KeyKind::Decimal),
    ],
    load,
};

fn load(value: Option<&toml::Value>) -> Result<Feature> {
    let s: EthicsSection = parse_section("ethics", value)?;
    if !(1..=60).contains(&s.review_months) {
        bail!("ethics.review_months must be between 1 and 60, got {}", s.review_months);
    }
    if !(0..=365).contains(&s.review_notice_days) {
        bail!(
            "ethics.review_notice_days must be between 0 and 365, got {}",
            s.review_notice_days
        );
    }
    if !(1.0..=5.0).contains(&s.mitigation_threshold) {
        bail!(
            "ethics.mitigation_threshold must be between 1 and 5, got {}",
            s.mitigation_threshold
        );
    }
    let settings = EthicsSettings::from_section(&s);
    for (group, weights) in [
        ("risk", &settings.risk_weights),
        ("mitigation", &settings.mitigation_weights),
    ] {
        if weights.iter().any(|w| !(0.0..=10.0).contains(w)) {
            bail!("ethics weights must be between 0 and 10");
        }
        if weights.iter().sum::<f64>() <= 0.0 {
            bail!("ethics: at least one {group} question needs a weight above 0");
        }
    }
    Ok(Feature::new(settings))
}

impl EthicsSettings {
    fn from_section(s: &EthicsSection) -> EthicsSettings {
        let weight = |key: &str| match key {
            "betroffenheit" => s.weight_betroffenheit,
            "unumkehrbarkeit" => s.weight_unumkehrbarkeit,
            "reichweite" => s.weight_reichweite,
            "benachrichtigung" => s.weight_benachrichtigung,
            "pruefung" => s.weight_pruefung,
            "beschwerde" => s.weight_beschwerde,
            "datenqualitaet" => s.weight_datenqualitaet,
            _ => 0.0,
        };
        EthicsSettings {
            gates: s.gates,
            review_months: u32::try_from(s.review_months).unwrap_or(12),
            review_notice_days: s.review_notice_days,
            risk_weights: RISK.iter().map(|q| weight(q.key)).collect(),
            mitigation_weights: MITIGATION.iter().map(|q| weight(q.key)).collect(),
            mitigation_threshold: s.mitigation_threshold,
        }
    }
}
