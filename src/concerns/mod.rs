//! Concerns (PRODUCT.md "Bedenken"): voice a concern, named or fully anonymous (DM only, with a
//! code to read the answer), in a category, optionally about an idea; the team lists and answers.

pub mod categories;
pub mod codes;
mod erase;
mod guided;
mod parse;
pub mod queries;
mod report;
mod retention;
mod show;
mod submit;
mod team;

pub use guided::{ConcernDialog, ConcernStep};

use crate::bot::access;
use crate::bot::commands::{Command, Role};
use crate::bot::context::Ctx;
use crate::bot::registry::{Capability, Dialog, Export, Hooks, RecordRef, Topic};
use crate::bot::types::Subject;
use anyhow::Result;

/// The capability's name, stored with its dialogs.
pub const NAME: &str = "concerns";
/// The kind of record a concern may be about (`!bedenken #12: …`).
const IDEA: &str = "idea";

pub const CAPABILITY: Capability = Capability {
    name: NAME,
    commands: &[
        Command {
            name: "bedenken",
            aliases: &["concern"],
            role: Role::Everyone,
            topic: "bedenken",
            help_key: "help-bedenken",
            run: |ctx, args| Box::pin(concern(ctx, args)),
        },
        Command {
            name: "antwort",
            aliases: &["answer"],
            role: Role::Everyone,
            topic: "bedenken",
            help_key: "help-antwort",
            run: |ctx, args| Box::pin(show::read_answer(ctx, args)),
        },
    ],
    topics: &[Topic {
        name: "bedenken",
        aliases: &["concerns", "concern"],
        heading: "topic-bedenken",
    }],
    first_steps: &["bedenken"],
    prompts: &[
        ("de", include_str!("../../prompts/de/concerns.ftl")),
        ("en", include_str!("../../prompts/en/concerns.ftl")),
    ],
    dialog: Some(Dialog {
        answer: |ctx, state, body| Box::pin(guided::answer_stored(ctx, state, body)),
    }),
    reminders: &[],
    settings: None,
    records: None,
    retention: &[retention::RULE],
    report: Some(|tx, scope| Box::pin(report::section(tx, scope))),
    tables: &[Export {
        name: "bedenken",
        aliases: &["concerns"],
        table: |tx, scope, sink| Box::pin(report::table(tx, scope, sink)),
    }],
    hooks: Hooks {
        redaction: Some(|ctx, target, _| Box::pin(on_redaction(ctx, target))),
        my_data: Some(|ctx| Box::pin(my_data(ctx))),
        record_details: Some(|ctx, record| Box::pin(idea_lines(ctx, record))),
        erase: Some(|ctx, erasure| Box::pin(erase::erase(ctx, erasure))),
        ..Hooks::NONE
    },
};

/// Longest concern text, and longest answer, accepted.
pub const MAX_CONCERN_CHARS: usize = 4000;

pub fn subject(id: i64) -> Subject {
    Subject {
        kind: "concern".into(),
        id,
    }
}

/// `!bedenken …`: submit (`<Text>`, `kategorie: <Text>`, `#Idee: <Text>`, `anonym <Text>`, or
/// nothing for the dialog), `#N` to show one, and the team's `liste` and `antworten`.
pub async fn concern(ctx: &mut Ctx<'_>, args: &str) -> Result<()> {
    let args = args.trim();
    let (first, rest) = parse::split_word(args);
    let first = first.to_lowercase();
    match first.trim_end_matches([':', ',', '.', ';']) {
        // An employee's "!bedenken Liste der …" is a concern, not a try at the team's list.
        "liste" | "list" if ctx.is_team || team::is_filter(rest) => {
            if refused(ctx, "bedenken liste") {
                return Ok(());
            }
            team::list(ctx, rest).await
        }
        "antworten" | "antworte" | "answer" | "reply" if ctx.is_team || rest.starts_with('#') => {
            if refused(ctx, "bedenken antworten") {
                return Ok(());
            }
            team::answer(ctx, rest).await
        }
        _ => submit::submit(ctx, args).await,
    }
}

/// Refuses a team-only subcommand to someone not on the team, as the core refuses commands.
fn refused(ctx: &mut Ctx<'_>, command: &str) -> bool {
    if !ctx.is_team {
        access::refuse_named(ctx, Role::Team, command);
    }
    !ctx.is_team
}

/// Extra line for `!idee #N`: for the team only, how many concerns refer to the idea.
async fn idea_lines(ctx: &mut Ctx<'_>, record: &RecordRef) -> Result<Vec<String>> {
    if !ctx.is_team || record.kind != IDEA {
        return Ok(vec![]);
    }
    let idea_id = record.id;
    let (total, answered) = queries::count_for_idea(ctx.tx, idea_id).await?;
    if total == 0 {
        return Ok(vec![]);
    }
    let line = ctx.t(
        "concern-idea-count",
        &[
            ("id", idea_id.into()),
            ("count", total.into()),
            ("open", (total - answered).into()),
        ],
    );
    Ok(vec![line])
}

/// Concern numbers `!meine-daten` names before it says "…".
const MY_DATA_IDS: usize = 10;

/// Its part of `!meine-daten`: how many concerns stand under the sender's name, and their
/// numbers, so that the hint how to show one names a real one.
async fn my_data(ctx: &mut Ctx<'_>) -> Result<Vec<String>> {
    let ids: Vec<(i64,)> = sqlx::query_as("SELECT id FROM concerns WHERE author = $1 ORDER BY id")
        .bind(&ctx.inbound.sender)
        .fetch_all(&mut **ctx.tx)
        .await?;
    let mut listed: Vec<String> = ids.iter().take(MY_DATA_IDS).map(|(id,)| format!("#{id}")).collect();
    if ids.len() > MY_DATA_IDS {
        listed.push("…".into());
    }
    let first = ids.first().map_or(0, |(id,)| *id);
    Ok(vec![ctx.t(
        "my-data-concerns",
        &[
            ("count", ids.len().into()),
            ("ids", listed.join(", ").into()),
            ("first", first.into()),
        ],
    )])
}

/// A redacted message that created a named concern removes the concern's text.
async fn on_redaction(ctx: &mut Ctx<'_>, target: &str) -> Result<()> {
    let room = ctx.inbound.room_id.clone();
    let blanked = queries::blank_text_from_event(ctx.tx, target, &room).await?;
    if blanked > 0 {
        tracing::info!(records = blanked, "concern text removed after a redaction");
    }
    Ok(())
}
