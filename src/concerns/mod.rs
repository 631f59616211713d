//! Concerns (PRODUCT.md "Bedenken"): voice a concern, named or fully anonymous (DM only, with a
//! code to read the answer), in a category, optionally about an idea; the team lists and answers.

pub mod categories;
pub mod codes;
mod guided;
mod parse;
pub mod queries;
mod show;
mod submit;
mod team;

pub use guided::{ConcernDialog, ConcernStep, dialog_answer};
pub use show::read_answer;

use crate::bot::context::Ctx;
use crate::bot::types::Subject;
use anyhow::Result;

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

/// Refuses a team-only subcommand to someone not on the team, as `team::refuse` does.
fn refused(ctx: &mut Ctx<'_>, command: &str) -> bool {
    if !ctx.is_team {
        ctx.reply("team-only", &[("command", command.into())]);
    }
    !ctx.is_team
}

/// Extra line for `!idee #N`, starting with a line break: for the team only, how many concerns
/// refer to the idea; empty otherwise.
pub async fn idea_lines(ctx: &mut Ctx<'_>, idea_id: i64) -> Result<String> {
    if !ctx.is_team {
        return Ok(String::new());
    }
    let (total, answered) = queries::count_for_idea(ctx.tx, idea_id).await?;
    if total == 0 {
        return Ok(String::new());
    }
    let line = ctx.t(
        "concern-idea-count",
        &[
            ("id", idea_id.into()),
            ("count", total.into()),
            ("open", (total - answered).into()),
        ],
    );
    Ok(format!("\n{line}"))
}

/// A redacted message that created a named concern removes the concern's text.
pub async fn on_redaction(ctx: &mut Ctx<'_>, target: &str) -> Result<()> {
    let blanked = queries::blank_text_from_event(ctx.tx, target).await?;
    if blanked > 0 {
        tracing::info!(records = blanked, "concern text removed after a redaction");
    }
    Ok(())
}
