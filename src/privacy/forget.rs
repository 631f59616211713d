//! `!vergiss-mich` (a person erases themselves) and `!vergiss @user` (the team erases someone who
//! has left): both in a direct chat, both show what will be erased and what kept and why, and act
//! only on the typed confirmation word. The erasure itself is the core's (`bot::erasure`).

use crate::bot::audit::{self, Record};
use crate::bot::context::Ctx;
use crate::bot::dialog::{self, DialogState};
use crate::bot::erasure::{self, Fate, Tally};
use crate::bot::parser::fold_word;
use crate::bot::people;
use crate::bot::registry::Answered;
use crate::config::is_user_id;
use anyhow::Result;
use serde::{Deserialize, Serialize};

/// The words that confirm an erasure, as `fold_word` gives them (`LÖSCHEN`, `Loeschen`, `DELETE`).
const CONFIRMATION_WORDS: &[&str] = &["loeschen", "delete"];

/// An erasure waiting for its confirmation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "dialog")]
pub enum ForgetDialog {
    /// `person` is None for the sender themselves, or the person the team erases.
    Confirm { person: Option<String> },
}

impl DialogState for ForgetDialog {
    const OWNER: &'static str = super::NAME;
}

/// `!vergiss-mich`.
pub async fn forget_me(ctx: &mut Ctx<'_>, _args: &str) -> Result<()> {
    if !ctx.inbound.is_direct {
        ctx.reply("forget-me-dm-only", &[]);
        return Ok(());
    }
    let user = ctx.inbound.sender.clone();
    let tallies = erasure::preview(ctx, &user).await?;
    let mut text = vec![ctx.t("forget-me-preview-heading", &[])];
    text.extend(account(ctx, &tallies, Tense::Will, "forget-me-nothing"));
    text.push(ctx.t("forget-me-confirm", &[]));
    ctx.reply_text(text.join("\n"), None);
    ask(ctx, None).await
}

/// `!vergiss @user:server` (team).
pub async fn forget_other(ctx: &mut Ctx<'_>, args: &str) -> Result<()> {
    if args.trim().is_empty() {
        ctx.reply("forget-usage", &[]);
        return Ok(());
    }
    let Some(person) = people::one(ctx, args).await else {
        return Ok(());
    };
    if person == ctx.inbound.sender {
        ctx.reply("forget-other-is-you", &[]);
        return Ok(());
    }
    if !ctx.inbound.is_direct {
        ctx.reply("forget-other-dm-only", &[]);
        return Ok(());
    }
    let tallies = erasure::preview(ctx, &person).await?;
    let mut text = vec![ctx.t("forget-other-preview-heading", &[("user", person.clone().into())])];
    text.extend(account(ctx, &tallies, Tense::Will, "forget-other-nothing"));
    if ctx.settings.team.contains(&person) {
        text.push(ctx.t("forget-other-in-configuration", &[("user", person.clone().into())]));
    }
    text.push(ctx.t("forget-other-confirm", &[("user", person.clone().into())]));
    ctx.reply_text(text.join("\n"), None);
    ask(ctx, Some(person)).await
}

async fn ask(ctx: &mut Ctx<'_>, person: Option<String>) -> Result<()> {
    let (room, user) = (ctx.inbound.room_id.clone(), ctx.inbound.sender.clone());
    dialog::save(ctx.tx, &room, &user, &ForgetDialog::Confirm { person }, ctx.now_ms).await
}

/// The confirmation (or not): anything but the confirmation word stops.
pub async fn answer_stored(ctx: &mut Ctx<'_>, state: &str, body: &str) -> Result<Answered> {
    let Some(ForgetDialog::Confirm { person }) = dialog::decode::<ForgetDialog>(state) else {
        return Ok(Answered::Unreadable);
    };
    let (room, user) = (ctx.inbound.room_id.clone(), ctx.inbound.sender.clone());
    dialog::clear(ctx.tx, &room, &user).await?;
    if !CONFIRMATION_WORDS.contains(&fold_word(body.trim()).as_str()) {
        ctx.reply("forget-stopped", &[]);
        return Ok(Answered::Done);
    }
    match person {
        None => erase_me(ctx).await?,
        // Another erasure confirmed meanwhile replaced the id here by a tombstone.
        Some(person) if !is_user_id(&person) => ctx.reply("forget-other-already-erased", &[]),
        Some(person) => erase_other(ctx, &person).await?,
    }
    Ok(Answered::Done)
}

async fn erase_me(ctx: &mut Ctx<'_>) -> Result<()> {
    let user = ctx.inbound.sender.clone();
    // The confirmation names nobody and is deleted once delivered, like an anonymous reply.
    ctx.anonymous = true;
    let done = erasure::erase(ctx, &user).await?;
    let here = ctx.inbound.room_id.clone();
    for room in done.direct_rooms.iter().filter(|r| **r != here) {
        ctx.leave(room);
    }
    let mut text = vec![ctx.t("forget-me-done", &[])];
    text.extend(account(ctx, &done.tallies, Tense::Did, "forget-me-nothing"));
    text.push(ctx.t("forget-me-goodbye", &[]));
    ctx.reply_then_leave(text.join("\n"));
    Ok(())
}

async fn erase_other(ctx: &mut Ctx<'_>, person: &str) -> Result<()> {
    let done = erasure::erase(ctx, person).await?;
    audit::record(ctx, "person_erased", Record::User(&done.tombstone), "").await?;
    for room in &done.direct_rooms {
        ctx.leave(room);
    }
    let mut text = vec![ctx.t("forget-other-done", &[("tombstone", done.tombstone.clone().into())])];
    text.extend(account(ctx, &done.tallies, Tense::Did, "forget-other-nothing"));
    ctx.reply_text(text.join("\n"), None);
    Ok(())
}

/// Whether an account tells what will happen (the preview) or what happened.
#[derive(Clone, Copy)]
enum Tense {
    Will,
    Did,
}

/// What is erased, then what is kept (each line saying why), or `nothing` if neither.
fn account(ctx: &Ctx<'_>, tallies: &[Tally], tense: Tense, nothing: &str) -> Vec<String> {
    let headings = match tense {
        Tense::Will => [
            (Fate::Erased, "forget-erased-heading"),
            (Fate::Kept, "forget-kept-heading"),
        ],
        Tense::Did => [
            (Fate::Erased, "forget-erased-done-heading"),
            (Fate::Kept, "forget-kept-done-heading"),
        ],
    };
    let mut lines = vec![];
    for (fate, heading) in headings {
        let of_fate: Vec<&Tally> = tallies.iter().filter(|t| t.fate == fate).collect();
        if of_fate.is_empty() {
            continue;
        }
        lines.push(ctx.t(heading, &[]));
        for tally in of_fate {
            lines.push(format!("• {}", ctx.t(tally.message, &[("count", tally.count.into())])));
        }
    }
    if lines.is_empty() {
        lines.push(ctx.t(nothing, &[]));
    }
    lines
}
