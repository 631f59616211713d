//! The strategy team (PRODUCT.md "Bewertung & Portfolio"): who is on the team, promoters per
//! Fachbereich, scoring by the guideline's criteria, the status lifecycle, the ranked portfolio
//! and the six-monthly re-assessment of use cases; every team action goes to the audit log.

pub mod audit;
pub mod criteria;
mod details;
mod lifecycle;
mod portfolio;
pub mod queries;
pub mod reassessment;
pub mod reassessment_reminders;
mod roles;
pub mod roster;
mod scoring;
pub mod status;

pub use details::idea_lines;
pub use lifecycle::{set_owner, set_status};
pub use portfolio::portfolio;
pub use reassessment::{list_due, mark_reassessed};
pub use roles::{may_use, refuse, role};
pub use roster::TeamRoster;
pub use scoring::{dialog_answer as score_dialog_answer, score};

use crate::bot::context::Ctx;
use crate::bot::i18n::Lang;
use anyhow::Result;
use queries::TeamIdea;

/// Scoring weights and the re-assessment cycle, from the `[scoring]` configuration section.
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
        ScoringSettings {
            weights: [1.0; 6],
            reassessment_months: 6,
            reassessment_notice_days: 14,
        }
    }
}

impl ScoringSettings {
    /// From the validated `[scoring]` section.
    pub fn from_config(config: &crate::config::ScoringConfig) -> ScoringSettings {
        ScoringSettings {
            weights: config.weights(),
            reassessment_months: u32::try_from(config.reassessment_months).unwrap_or(6),
            reassessment_notice_days: config.reassessment_notice_days,
        }
    }
}

/// Longest text shown for a title in lists.
const LIST_TITLE_CHARS: usize = 80;

/// Looks up `#N` at the start of `args` for a team command; replies with the problem and returns
/// None if there is one, or if the author has withdrawn the idea.
async fn target_idea(ctx: &mut Ctx<'_>, args: &str, usage: &str) -> Result<Option<(TeamIdea, String)>> {
    let Some((id, rest)) = crate::ideas::idea_ref(ctx, args, usage) else {
        return Ok(None);
    };
    match queries::idea(ctx.tx, id).await? {
        None => {
            ctx.reply("idea-not-found", &[("id", id.into())]);
            Ok(None)
        }
        Some(idea) if idea.status == crate::ideas::queries::STATUS_WITHDRAWN => {
            ctx.reply("team-idea-withdrawn", &[("id", id.into())]);
            Ok(None)
        }
        Some(idea) => Ok(Some((idea, rest))),
    }
}

/// The status of an idea in the user's language.
fn status_label(ctx: &Ctx<'_>, stored: &str) -> String {
    match status::Status::from_stored(stored) {
        Some(status) => ctx.t(status.label_id(), &[]),
        None => ctx.t("status-zurueckgezogen", &[]),
    }
}

/// The title for a list line: shortened, or a note that its text was removed.
fn list_title(ctx: &Ctx<'_>, idea: &TeamIdea) -> String {
    if idea.title.is_empty() {
        return ctx.t("text-removed", &[]);
    }
    let mut short: String = idea.title.chars().take(LIST_TITLE_CHARS).collect();
    if idea.title.chars().count() > LIST_TITLE_CHARS {
        short.push('…');
    }
    short
}

/// A score with one decimal, with a decimal comma in German.
pub fn format_score(lang: Lang, score: f64) -> String {
    let text = format!("{score:.1}");
    match lang {
        Lang::De => text.replace('.', ","),
        Lang::En => text,
    }
}
