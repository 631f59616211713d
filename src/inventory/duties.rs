//! What an entry's triage asks of it: the answers stored with it, and the duties whose evidence is
//! not recorded yet (an impact assessment's date, a registration, a notice…).

use super::fields::ToolStatus;
use super::queries::Tool;
use super::triage::{self, Answer, Duty, RiskClass};

/// The answers stored with an entry's triage.
pub fn answers_of(tool: &Tool) -> Vec<Answer> {
    serde_json::from_str(&tool.triage).unwrap_or_default()
}

/// The duties of the entry's triage whose evidence is not recorded yet. Standing duties (AI
/// literacy, the provider check) are named with the triage's result, not listed as open.
pub fn open_duties(tool: &Tool) -> Vec<Duty> {
    triage::classify(&answers_of(tool))
        .duties
        .into_iter()
        .filter(|duty| match duty {
            Duty::HighRiskDeployer => tool.oversight.is_empty() || tool.staff_informed_at.is_none(),
            Duty::Fria => tool.fria_at.is_none(),
            Duty::Registration => tool.eu_registration.is_empty(),
            Duty::Logs => tool.log_retention.is_empty(),
            Duty::TransparencyNotice => tool.transparency_notice.is_empty(),
            Duty::StopUse => tool.status != ToolStatus::Retired.as_str(),
            Duty::Clarify => RiskClass::from_stored(&tool.risk_class) == Some(RiskClass::Unclear),
            Duty::ProviderCheck | Duty::Literacy => false,
        })
        .collect()
}
