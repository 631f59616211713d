//! KI-Bestand (PRODUCT.md "KI-Bestand"): the inventory of AI tools the administration uses, with
//! the AI Act triage behind each risk class, review dates with reminders, drafts reported by
//! employees and completed by their promoter, and the link from a use case going live.

mod change;
mod create;
mod drafts;
mod duties;
mod erase;
mod fields;
mod permissions;
mod queries;
mod report;
mod reviews;
mod settings;
mod show;
mod triage;
mod triage_dialog;
mod use_cases;

pub use settings::InventorySettings;

use crate::bot::commands::{Command, Role};
use crate::bot::context::Ctx;
use crate::bot::dialog::DialogState;
use crate::bot::i18n::{Lang, t};
use crate::bot::parser::fold_word;
use crate::bot::registry::{Answered, Capability, Dialog, Export, Hooks, ReminderKind, Topic};
use crate::bot::types::Subject;
use anyhow::Result;
use serde::{Deserialize, Serialize};

/// The capability's name, stored with its dialogs.
pub const NAME: &str = "inventory";
/// How audit entries and messages name an entry.
pub const RECORD_KIND: &str = "ai_tool";

pub const CAPABILITY: Capability = Capability {
    name: NAME,
    commands: &[
        Command {
            name: "ki-tool",
            aliases: &["ai-tool", "ki-werkzeug"],
            role: Role::Everyone,
            topic: "ki-bestand",
            help_key: "help-ki-tool",
            run: |ctx, args| Box::pin(tool(ctx, args)),
        },
        Command {
            name: "ki-tools",
            aliases: &["ai-tools", "ki-werkzeuge"],
            role: Role::Everyone,
            topic: "ki-bestand",
            help_key: "help-ki-tools",
            run: |ctx, args| Box::pin(show::list(ctx, args)),
        },
    ],
    topics: &[Topic {
        name: "ki-bestand",
        aliases: &["inventory", "ki-inventar", "bestand"],
        heading: "topic-ki-bestand",
    }],
    first_steps: &[],
    prompts: &[
        ("de", include_str!("../../prompts/de/inventory.ftl")),
        ("en", include_str!("../../prompts/en/inventory.ftl")),
    ],
    dialog: Some(Dialog {
        answer: |ctx, state, body| Box::pin(answer_stored(ctx, state, body)),
    }),
    reminders: &[ReminderKind {
        kind: reviews::KIND,
        compose: |tx, reminder, settings, now_ms| Box::pin(reviews::compose(tx, reminder, settings, now_ms)),
    }],
    settings: Some(settings::SECTION),
    records: None,
    retention: &[],
    report: Some(|tx, scope| Box::pin(report::section(tx, scope))),
    tables: &[Export {
        name: "ki-bestand",
        aliases: &["inventory", "ki-tools"],
        table: |tx, scope, sink| Box::pin(async move { report::table(tx, scope).await?.write_to(sink) }),
    }],
    hooks: Hooks {
        redaction: Some(|ctx, target, _| Box::pin(on_redaction(ctx, target))),
        my_data: Some(|ctx| Box::pin(erase::my_data(ctx))),
        record_details: Some(|ctx, record| Box::pin(use_cases::idea_lines(ctx, record))),
        linked: Some(|ctx, record| Box::pin(use_cases::idea_lines(ctx, record))),
        erase: Some(|ctx, erasure| Box::pin(erase::erase(ctx, erasure))),
        status_changed: Some(|ctx, change| Box::pin(use_cases::status_changed(ctx, change))),
        ..Hooks::NONE
    },
};

/// The inventory's dialogs: a new entry, step by step, and the triage.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "dialog")]
pub enum InventoryDialog {
    NewTool(create::NewToolDialog),
    Triage(triage_dialog::TriageDialog),
}

impl DialogState for InventoryDialog {
    const OWNER: &'static str = NAME;
}

async fn answer_stored(ctx: &mut Ctx<'_>, state: &str, body: &str) -> Result<Answered> {
    match crate::bot::dialog::decode::<InventoryDialog>(state) {
        Some(InventoryDialog::NewTool(state)) => create::answer(ctx, state, body).await?,
        Some(InventoryDialog::Triage(state)) => triage_dialog::answer(ctx, state, body).await?,
        None => return Ok(Answered::Unreadable),
    }
    Ok(Answered::Done)
}

async fn save_dialog(ctx: &mut Ctx<'_>, state: InventoryDialog) -> Result<()> {
    crate::bot::dialog::keep(ctx, &state).await
}

async fn end_dialog(ctx: &mut Ctx<'_>) -> Result<()> {
    crate::bot::dialog::end(ctx).await
}

/// Messages about an entry carry this subject.
pub fn subject(id: i64) -> Subject {
    Subject {
        kind: RECORD_KIND.into(),
        id,
    }
}

/// An entry's name for messages, or a note that its text was removed.
fn display_name(lang: Lang, tool: &queries::Tool) -> String {
    if tool.name.is_empty() {
        t(lang, "text-removed", &[])
    } else {
        tool.name.clone()
    }
}

/// `!ki-tool neu …`, `!ki-tool melden …`, `!ki-tool #N [ändern|einstufen|geprüft|abschalten]`.
async fn tool(ctx: &mut Ctx<'_>, args: &str) -> Result<()> {
    let args = args.trim();
    if args.starts_with('#') {
        let Some((id, rest)) = ctx.record_ref(args, "tool-usage", "tool-ref-invalid") else {
            return Ok(());
        };
        let (word, rest) = rest.split_once(char::is_whitespace).unwrap_or((&rest, ""));
        let rest = rest.trim();
        return match fold_word(word).as_str() {
            "" => show::show(ctx, id).await,
            "aendern" | "andern" | "change" | "edit" => change::change(ctx, id, rest).await,
            "einstufen" | "triage" | "classify" => triage_dialog::start(ctx, id).await,
            "geprueft" | "gepruft" | "reviewed" => change::reviewed(ctx, id, rest).await,
            "abschalten" | "retire" => change::retire(ctx, id).await,
            _ => {
                ctx.reply("tool-usage", &[]);
                Ok(())
            }
        };
    }
    let (word, rest) = args.split_once(char::is_whitespace).unwrap_or((args, ""));
    match fold_word(word).as_str() {
        "neu" | "new" if rest.trim().is_empty() => create::start(ctx).await,
        "neu" | "new" => create::one_line(ctx, rest).await,
        "melden" | "report" => create::report(ctx, rest).await,
        _ => {
            ctx.reply("tool-usage", &[]);
            Ok(())
        }
    }
}

/// A redacted message that created an entry (`melden`, one-line `neu`) removes its texts; an idea
/// whose text was removed takes its title out of the entry named after it.
async fn on_redaction(ctx: &mut Ctx<'_>, target: &str) -> Result<()> {
    let room = ctx.inbound.room_id.clone();
    let mut blanked = queries::blank_texts_from_event(ctx.tx, target, &room).await?;
    for (tool, idea) in queries::named_after_ideas(ctx.tx).await? {
        let title = crate::bot::registry::find_record(ctx.tx, "idea", idea).await?;
        if title.is_none_or(|info| info.title.is_empty()) {
            queries::set_text(ctx.tx, tool, "name", "", ctx.now_ms).await?;
            queries::set_number(ctx.tx, tool, "name_from_idea", Some(0), ctx.now_ms).await?;
            blanked += 1;
        }
    }
    if blanked > 0 {
        tracing::info!(records = blanked, "inventory texts removed after a redaction");
    }
    Ok(())
}
