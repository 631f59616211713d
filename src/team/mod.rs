//! The strategy team (PRODUCT.md "Bewertung & Portfolio"): who is on the team, promoters per
//! Fachbereich, scoring by the guideline's criteria, the status lifecycle, the ranked portfolio
//! and the six-monthly re-assessment of use cases; every team action goes to the audit log.

pub mod criteria;
mod details;
mod erase;
mod lifecycle;
mod portfolio;
pub mod queries;
pub mod reassessment;
pub mod reassessment_reminders;
mod report;
mod roles;
mod scoring;
mod settings;

pub use settings::ScoringSettings;

use crate::bot::commands::{Command, Role};
use crate::bot::context::Ctx;
use crate::bot::i18n::Lang;
use crate::bot::registry::{Capability, Dialog, Export, Hooks, ReminderKind, Topic};
use crate::ideas::api::{ALL_STATUSES, Status};
use anyhow::Result;
use queries::TeamIdea;

/// The capability's name, stored with its dialogs.
pub const NAME: &str = "team";

pub const CAPABILITY: Capability = Capability {
    name: NAME,
    commands: &[
        Command {
            name: "bewerte",
            aliases: &["bewerten", "score"],
            role: Role::Team,
            topic: "team",
            help_key: "help-bewerte",
            run: |ctx, args| Box::pin(scoring::score(ctx, args)),
        },
        Command {
            name: "status",
            aliases: &[],
            role: Role::Team,
            topic: "team",
            help_key: "help-status",
            run: |ctx, args| Box::pin(lifecycle::set_status(ctx, args)),
        },
        Command {
            name: "verantwortlich",
            aliases: &["owner"],
            role: Role::Team,
            topic: "team",
            help_key: "help-verantwortlich",
            run: |ctx, args| Box::pin(lifecycle::set_owner(ctx, args)),
        },
        Command {
            name: "portfolio",
            aliases: &[],
            role: Role::Team,
            topic: "team",
            help_key: "help-portfolio",
            run: |ctx, args| Box::pin(portfolio::portfolio(ctx, args)),
        },
        Command {
            name: "neubewertet",
            aliases: &["reassessed"],
            role: Role::Team,
            topic: "team",
            help_key: "help-neubewertet",
            run: |ctx, args| Box::pin(reassessment::mark_reassessed(ctx, args)),
        },
        Command {
            name: "neubewertung",
            aliases: &["reassessments"],
            role: Role::Team,
            topic: "team",
            help_key: "help-neubewertung",
            run: |ctx, args| Box::pin(reassessment::list_due(ctx, args)),
        },
        Command {
            name: "rolle",
            aliases: &["role"],
            role: Role::Team,
            topic: "team",
            help_key: "help-rolle",
            run: |ctx, args| Box::pin(roles::role(ctx, args)),
        },
    ],
    topics: &[Topic {
        name: "team",
        aliases: &["strategieteam", "strategy", "bewertung"],
        heading: "topic-team",
    }],
    first_steps: &[],
    prompts: &[
        ("de", include_str!("../../prompts/de/team.ftl")),
        ("en", include_str!("../../prompts/en/team.ftl")),
    ],
    dialog: Some(Dialog {
        answer: |ctx, state, body| Box::pin(scoring::answer_stored(ctx, state, body)),
    }),
    reminders: &[ReminderKind {
        kind: reassessment_reminders::KIND,
        compose: |tx, reminder, settings, now_ms| {
            Box::pin(reassessment_reminders::compose(tx, reminder, settings, now_ms))
        },
    }],
    settings: Some(settings::SECTION),
    records: None,
    retention: &[],
    report: Some(|tx, scope| Box::pin(report::section(tx, scope))),
    tables: &[Export {
        name: "portfolio",
        aliases: &[],
        table: |tx, scope, sink| Box::pin(report::table(tx, scope, sink)),
    }],
    hooks: Hooks {
        record_details: Some(|ctx, record| Box::pin(details::idea_lines(ctx, record))),
        erase: Some(|ctx, erasure| Box::pin(erase::erase(ctx, erasure))),
        ..Hooks::NONE
    },
};

/// Longest text shown for a title in lists.
const LIST_TITLE_CHARS: usize = 80;

/// Looks up `#N` at the start of `args` for a team command; replies with the problem and returns
/// None if there is one, or if the author has withdrawn the idea.
async fn target_idea(ctx: &mut Ctx<'_>, args: &str, usage: &str) -> Result<Option<(TeamIdea, String)>> {
    let Some((id, rest)) = crate::ideas::api::idea_ref(ctx, args, usage) else {
        return Ok(None);
    };
    match queries::idea(ctx.tx, id).await? {
        None => {
            ctx.reply("idea-not-found", &[("id", id.into())]);
            Ok(None)
        }
        Some(idea) if idea.status == crate::ideas::api::WITHDRAWN => {
            ctx.reply("team-idea-withdrawn", &[("id", id.into())]);
            Ok(None)
        }
        Some(idea) => Ok(Some((idea, rest))),
    }
}

/// The status of an idea in the user's language.
fn status_label(ctx: &Ctx<'_>, stored: &str) -> String {
    ctx.t(crate::ideas::api::label_of(stored), &[])
}

/// Reads a status as a person writes it: every spelling `Status::parse` knows, and the status's
/// name as Lotse shows it, in either language ("in Prüfung", "under review").
fn parse_status(text: &str) -> Option<Status> {
    let squeezed = |text: &str| -> String {
        crate::bot::parser::fold_word(text)
            .chars()
            .filter(|c| !matches!(c, '-' | '_' | '.') && !c.is_whitespace())
            .collect()
    };
    Status::parse(text).or_else(|| {
        let wanted = squeezed(text);
        ALL_STATUSES.into_iter().find(|status| {
            [Lang::De, Lang::En]
                .into_iter()
                .any(|lang| squeezed(&crate::bot::i18n::t(lang, status.label_id(), &[])) == wanted)
        })
    })
}

/// Status names in the user's language, as a list: "in Prüfung, zurückgestellt oder abgelehnt".
fn status_list(ctx: &Ctx<'_>, statuses: &[Status]) -> String {
    let labels: Vec<String> = statuses.iter().map(|s| ctx.t(s.label_id(), &[])).collect();
    match labels.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => {
            let or = match ctx.lang {
                Lang::De => "oder",
                Lang::En => "or",
            };
            format!("{} {or} {last}", rest.join(", "))
        }
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
