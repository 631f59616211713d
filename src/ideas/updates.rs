//! Reactions to later events about ideas: an edit of the submitting message updates the idea,
//! a redaction blanks its text, a 👍 on Lotse's message about an idea counts as support.

use super::queries;
use crate::bot::context::Ctx;
use crate::bot::parser::{self, Addressing, Parsed};
use crate::store::Store;
use anyhow::Result;

/// Reaction keys that count as support.
const SUPPORT_KEYS: &[&str] = &["👍", "👍️", "👍🏻", "👍🏼", "👍🏽", "👍🏾", "👍🏿", "+1", ":+1:"];

pub async fn on_edit(ctx: &mut Ctx<'_>, target: &str, body: &str) -> Result<()> {
    let Some(row) = queries::by_source_event(ctx.tx, target).await? else {
        return Ok(());
    };
    if row.author != ctx.inbound.sender {
        return Ok(());
    }
    let addressing = Addressing {
        is_direct: ctx.inbound.is_direct,
        mentions_bot: false,
        names: &ctx.settings.names,
    };
    let title = match parser::parse(body, addressing) {
        Parsed::Command { spec, args } if spec.name == super::IDEA_COMMAND => args,
        // A dialog answer (the last step) was edited: not a title; leave the idea as it is.
        _ => return Ok(()),
    };
    let title = title.trim();
    if title.is_empty() || title.starts_with('#') {
        return Ok(());
    }
    if !super::limits::title_fits(ctx, title) {
        return Ok(());
    }
    queries::update_title(ctx.tx, row.id, title, ctx.now_ms).await?;
    ctx.reply("idea-updated", &[("id", row.id.into()), ("title", title.into())]);
    Ok(())
}

pub async fn on_redaction(ctx: &mut Ctx<'_>, target: &str) -> Result<()> {
    let room = ctx.inbound.room_id.clone();
    let source = queries::Source {
        event_id: target,
        room: &room,
    };
    let blanked = queries::blank_texts_from_event(ctx.tx, &source, ctx.now_ms).await?;
    if blanked > 0 {
        tracing::info!(records = blanked, "texts removed after a redaction");
    }
    Ok(())
}

pub async fn on_reaction(ctx: &mut Ctx<'_>, target: &str, key: &str) -> Result<()> {
    if !SUPPORT_KEYS.contains(&key.trim()) {
        return Ok(());
    }
    let Some((kind, id)) = Store::outbox_subject_of(ctx.tx, target).await? else {
        return Ok(());
    };
    if kind != super::RECORD_KIND {
        return Ok(());
    }
    let Some(row) = queries::get(ctx.tx, id).await? else {
        return Ok(());
    };
    if row.status == super::status::WITHDRAWN {
        return Ok(());
    }
    let sender = ctx.inbound.sender.clone();
    queries::add_supporter(ctx.tx, id, &sender, ctx.now_ms).await?;
    Ok(())
}
