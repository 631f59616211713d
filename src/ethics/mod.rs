//! Ethik-Check (PRODUCT.md "Ethik-Check"): the guideline's four stages per use case — Vorprüfung,
//! Stakeholder-Dialog, technisch-ethische Bewertung with its bias check, yearly Überprüfung —
//! recorded with structured results, reminders of the review, gates on pilot and live, the
//! annual report as a file, and its part of `!bericht` and `!export`.

mod annual;
mod assessment;
mod dialogue;
mod erase;
mod gates;
mod overview;
mod pre_check;
mod queries;
mod report;
mod review;
mod scoring;
mod settings;
mod stages;

pub use settings::EthicsSettings;

use crate::bot::commands::{Command, Role};
use crate::bot::context::Ctx;
use crate::bot::dialog::DialogState;
use crate::bot::parser::fold_word;
use crate::bot::registry::{Answered, Capability, Dialog, Export, Hooks, ReminderKind, Topic};
use crate::ideas::api::idea_ref;
use anyhow::Result;
use serde::{Deserialize, Serialize};

/// The capability's name, stored with its dialogs.
pub const NAME: &str = "ethics";
/// How audit entries name a use case's ethics record.
const RECORD_KIND: &str = "ethics";
/// Longest answer accepted for a text question, a note or the conditions.
const MAX_TEXT_CHARS: usize = 2000;

pub const CAPABILITY: Capability = Capability {
    name: NAME,
    commands: &[Command {
        name: "ethik",
        aliases: &["ethics", "ethik-check"],
        role: Role::Team,
        topic: "ethik",
        help_key: "help-ethik",
        run: |ctx, args| Box::pin(ethics(ctx, args)),
    }],
    topics: &[Topic {
        name: "ethik",
        aliases: &["ethics", "ethik-check"],
        heading: "topic-ethik",
    }],
    first_steps: &[],
    prompts: &[
        ("de", include_str!("../../prompts/de/ethics.ftl")),
        ("en", include_str!("../../prompts/en/ethics.ftl")),
    ],
    dialog: Some(Dialog {
        answer: |ctx, state, body| Box::pin(answer_stored(ctx, state, body)),
    }),
    reminders: &[ReminderKind {
        kind: review::KIND,
        compose: |tx, reminder, settings, now_ms| Box::pin(review::compose(tx, reminder, settings, now_ms)),
    }],
    settings: Some(settings::SECTION),
    records: None,
    retention: &[],
    report: Some(|tx, scope| Box::pin(report::section(tx, scope))),
    tables: &[Export {
        name: "ethik",
        aliases: &["ethics"],
        table: |tx, scope, sink| Box::pin(async move { report::table(tx, scope).await?.write_to(sink) }),
    }],
    hooks: Hooks {
        my_data: Some(|ctx| Box::pin(erase::my_data(ctx))),
        erase: Some(|ctx, erasure| Box::pin(erase::erase(ctx, erasure))),
        record_details: Some(|ctx, record| Box::pin(overview::idea_line(ctx, record))),
        status_gate: Some(|ctx, change| Box::pin(gates::refusal(ctx, change))),
        status_changed: Some(|ctx, change| Box::pin(review::status_changed(ctx, change))),
        ..Hooks::NONE
    },
};

/// The Ethik-Check's dialogs: the Vorprüfung and the Bewertung, one question at a time.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "dialog")]
pub enum EthicsDialog {
    PreCheck(pre_check::PreCheckDialog),
    Assessment(assessment::AssessmentDialog),
}

impl DialogState for EthicsDialog {
    const OWNER: &'static str = NAME;
}

async fn answer_stored(ctx: &mut Ctx<'_>, state: &str, body: &str) -> Result<Answered> {
    match crate::bot::dialog::decode::<EthicsDialog>(state) {
        Some(EthicsDialog::PreCheck(state)) => pre_check::answer(ctx, state, body).await?,
        Some(EthicsDialog::Assessment(state)) => assessment::answer(ctx, state, body).await?,
        None => return Ok(Answered::Unreadable),
    }
    Ok(Answered::Done)
}

async fn save_dialog(ctx: &mut Ctx<'_>, state: EthicsDialog) -> Result<()> {
    crate::bot::dialog::keep(ctx, &state).await
}

async fn end_dialog(ctx: &mut Ctx<'_>) -> Result<()> {
    crate::bot::dialog::end(ctx).await
}

/// The idea `id` (its title, or a note that it was removed), or a reply that it does not exist.
async fn checked_idea(ctx: &mut Ctx<'_>, id: i64) -> Result<Option<queries::Idea>> {
    let idea = queries::idea(ctx.tx, id).await?.map(|mut idea| {
        if idea.title.is_empty() {
            idea.title = ctx.t("text-removed", &[]);
        }
        idea
    });
    if idea.is_none() {
        ctx.reply("idea-not-found", &[("id", id.into())]);
    }
    Ok(idea)
}

/// `!ethik bericht [Jahr]`, `!ethik #N [vorprüfung | dialog … | bewertung | überprüfung …]`.
async fn ethics(ctx: &mut Ctx<'_>, args: &str) -> Result<()> {
    let args = args.trim();
    if !args.starts_with('#') {
        let (word, rest) = args.split_once(char::is_whitespace).unwrap_or((args, ""));
        return match fold_word(word).as_str() {
            "bericht" | "report" => annual::report(ctx, rest.trim()).await,
            _ => {
                ctx.reply("ethics-usage", &[]);
                Ok(())
            }
        };
    }
    let Some((id, rest)) = idea_ref(ctx, args, "ethics-usage") else {
        return Ok(());
    };
    let Some(idea) = checked_idea(ctx, id).await? else {
        return Ok(());
    };
    let (word, rest) = rest.split_once(char::is_whitespace).unwrap_or((&rest, ""));
    let rest = rest.trim();
    match fold_word(word).as_str() {
        "" if !ctx.in_private_place() => {
            ctx.reply("ethics-overview-not-here", &[("id", id.into())]);
            Ok(())
        }
        "" => overview::show(ctx, &idea).await,
        "vorpruefung" | "vorprufung" | "pre-check" => pre_check::start(ctx, &idea).await,
        "dialog" | "stakeholder" | "dialogue" => dialogue::record(ctx, &idea, rest).await,
        "bewertung" | "assessment" => assessment::start(ctx, &idea).await,
        "ueberpruefung" | "uberprufung" | "pruefung" | "review" => review::record(ctx, &idea, rest).await,
        _ => {
            ctx.reply("ethics-usage", &[]);
            Ok(())
        }
    }
}
