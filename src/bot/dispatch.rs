//! Routes an event: a message to the dialog in progress, to the command it names, or to the
//! capabilities that take plain messages; edits, redactions and reactions to every capability's
//! hook. It names no capability: all it knows comes from the registry.

use super::access;
use super::context::Ctx;
use super::dialog::{self, Loaded, StoredDialog};
use super::general::CANCEL;
use super::parser::{self, Addressing, Parsed};
use super::registry::{self, Answered, EventHook};
use super::types::InboundKind;
use crate::service::metrics::CommandOutcome;
use crate::store::Store;
use anyhow::Result;

/// `stored_dialog` is the sender's dialog in the room as read when the event arrived; only a
/// message looks at it (an expired one is then removed and the user told).
pub async fn dispatch(ctx: &mut Ctx<'_>, stored_dialog: Option<StoredDialog>) -> Result<()> {
    match ctx.inbound.kind.clone() {
        InboundKind::Message { body, mentions_bot, .. } => message(ctx, &body, mentions_bot, stored_dialog).await,
        InboundKind::Edit { target, body } => each_hook(ctx, |h| h.edit, &target, &body).await,
        InboundKind::Redaction { target } => {
            each_hook(ctx, |h| h.redaction, &target, "").await?;
            for (destination, reply) in Store::outbox_forget_replies_to(ctx.tx, &target).await? {
                ctx.redact_own(destination, reply);
            }
            Ok(())
        }
        InboundKind::Reaction { target, key } => each_hook(ctx, |h| h.reaction, &target, &key).await,
    }
}

/// Runs one kind of event hook of every capability that has it, in registry order.
async fn each_hook(
    ctx: &mut Ctx<'_>,
    pick: fn(&registry::Hooks) -> Option<EventHook>,
    target: &str,
    text: &str,
) -> Result<()> {
    for hook in registry::all().iter().filter_map(|c| pick(&c.hooks)) {
        hook(ctx, target, text).await?;
    }
    Ok(())
}

/// Offers a plain message to every capability that takes them; true if one did.
async fn plain_message(ctx: &mut Ctx<'_>, body: &str) -> Result<bool> {
    for hook in registry::all().iter().filter_map(|c| c.hooks.plain_message) {
        if hook(ctx, body).await? {
            return Ok(true);
        }
    }
    Ok(false)
}

/// Hands a plain message to the capability whose dialog is open; true if it took it. A dialog
/// whose owner is unknown or whose state it cannot read is removed and the user told (never
/// silence); the message then counts as if no dialog had been open.
async fn answer_dialog(ctx: &mut Ctx<'_>, owner: &str, state: &str, body: &str) -> Result<bool> {
    let answered = match registry::find(owner).and_then(|c| c.dialog.as_ref()) {
        Some(dialog) => (dialog.answer)(ctx, state, body).await?,
        None => Answered::Unreadable,
    };
    if answered == Answered::Unreadable {
        let (room, user) = (ctx.inbound.room_id.clone(), ctx.inbound.sender.clone());
        dialog::clear(ctx.tx, &room, &user).await?;
        ctx.reply("dialog-unreadable", &[]);
        return Ok(false);
    }
    Ok(true)
}

async fn message(ctx: &mut Ctx<'_>, body: &str, mentions_bot: bool, stored: Option<StoredDialog>) -> Result<()> {
    let addressing = Addressing {
        is_direct: ctx.inbound.is_direct,
        mentions_bot,
        names: &ctx.settings.names,
    };
    let parsed = parser::parse(body, addressing);
    let (room, user) = (ctx.inbound.room_id.clone(), ctx.inbound.sender.clone());
    let explicit = body.trim_start().starts_with('!');
    let timeout_ms = ctx.settings.dialog_timeout_ms;
    let loaded = dialog::interpret(ctx.tx, &room, &user, stored, ctx.now_ms, timeout_ms).await?;
    match (&loaded, &parsed) {
        (Loaded::Active { .. }, Parsed::Command { spec, .. }) if spec.name == CANCEL => {
            ctx.command = Some((spec.name, CommandOutcome::Ran));
            dialog::clear(ctx.tx, &room, &user).await?;
            ctx.reply("dialog-cancelled", &[]);
            return Ok(());
        }
        // A dialog that cannot go on has been removed with an apology; the message counts as is.
        (Loaded::Active { owner, state }, _) if !explicit && answer_dialog(ctx, owner, state, body).await? => {
            return Ok(());
        }
        (Loaded::Unreadable, _) => ctx.reply("dialog-unreadable", &[]),
        (Loaded::Expired, Parsed::NotCommand | Parsed::Unknown { .. }) if !explicit => {
            // In a room with an open round table the message is a contribution, not a late answer.
            if !plain_message(ctx, body).await? {
                ctx.reply("dialog-expired", &[]);
            }
            return Ok(());
        }
        _ => {}
    }
    if !explicit && matches!(parsed, Parsed::NotCommand | Parsed::Unknown { .. }) && plain_message(ctx, body).await? {
        return Ok(());
    }
    match parsed {
        Parsed::NotCommand => Ok(()),
        Parsed::Unknown { word, suggestion } => {
            match suggestion {
                _ if !explicit && suggestion.is_none() => ctx.reply("not-understood", &[]),
                Some(spec) => ctx.reply(
                    "unknown-command-suggest",
                    &[("word", word.into()), ("suggestion", spec.name.into())],
                ),
                None => ctx.reply("unknown-command", &[("word", word.into())]),
            }
            Ok(())
        }
        Parsed::Command { spec, .. } if !access::may_use(ctx, spec.role).await? => {
            ctx.command = Some((spec.name, CommandOutcome::Refused));
            access::refuse(ctx, spec);
            Ok(())
        }
        Parsed::Command { spec, args } => {
            ctx.command = Some((spec.name, CommandOutcome::Ran));
            (spec.run)(ctx, &args).await
        }
    }
}
