//! `!bedenken …` as a submission: checks what one message says, then stores the concern or asks
//! for what is missing; storing names the submitter, or (anonymous) keeps only a code.

use super::categories::Category;
use super::guided::{self, ConcernDialog, ConcernStep};
use super::queries::{self, NewConcern, Submitter};
use super::{MAX_CONCERN_CHARS, codes, parse, show};
use crate::bot::context::Ctx;
use crate::bot::registry;
use anyhow::{Result, bail};

/// A concern with everything it needs, ready to be stored.
pub struct Finished<'a> {
    pub category: &'static Category,
    pub text: &'a str,
    pub idea: Option<i64>,
    pub anonymous: bool,
    /// Named concerns: the message the text came from.
    pub source_event: Option<String>,
}

pub async fn submit(ctx: &mut Ctx<'_>, args: &str) -> Result<()> {
    let draft = parse::draft(args);
    if draft.anonymous {
        if !ctx.inbound.is_direct {
            // Nothing is stored and nothing deleted: the message is already visible in the room.
            ctx.reply("concern-anonymous-room", &[]);
            return Ok(());
        }
        ctx.anonymous = true;
    }
    if draft.bad_reference {
        ctx.reply("concern-ref-invalid", &[]);
        return Ok(());
    }
    let mut idea = None;
    if let Some((id, colon)) = draft.reference {
        if !draft.anonymous && !colon && draft.category.is_none() && draft.text.is_empty() {
            return show::show(ctx, id).await;
        }
        if !idea_usable(ctx, id).await? {
            return Ok(());
        }
        idea = Some(id);
    }
    let mut state = ConcernDialog {
        step: ConcernStep::Text,
        text: String::new(),
        category: draft.category.map(|c| c.key.to_string()),
        idea,
        anonymous: draft.anonymous,
        text_event: None,
    };
    if draft.text.is_empty() {
        return guided::ask_text(ctx, state).await;
    }
    if !text_fits(ctx, &draft.text) {
        return Ok(());
    }
    let source_event = (!draft.anonymous).then(|| ctx.inbound.event_id.clone());
    match draft.category {
        Some(category) => {
            let concern = Finished {
                category,
                text: &draft.text,
                idea,
                anonymous: draft.anonymous,
                source_event,
            };
            store(ctx, concern).await
        }
        None => {
            state.step = ConcernStep::Category;
            state.text = draft.text;
            state.text_event = source_event;
            guided::ask_category(ctx, state, draft.unknown_category).await
        }
    }
}

/// True if idea `id` exists and is not withdrawn; otherwise says so.
async fn idea_usable(ctx: &mut Ctx<'_>, id: i64) -> Result<bool> {
    match registry::find_record(ctx.tx, super::IDEA, id).await? {
        None => ctx.reply("concern-idea-not-found", &[("id", id.into())]),
        Some(idea) if idea.withdrawn => ctx.reply("concern-idea-withdrawn", &[("id", id.into())]),
        Some(_) => return Ok(true),
    }
    Ok(false)
}

/// True if `text` is short enough; otherwise replies with the limit.
pub fn text_fits(ctx: &mut Ctx<'_>, text: &str) -> bool {
    crate::bot::limits::text_fits(ctx, text, MAX_CONCERN_CHARS)
}

/// Stores the concern and confirms it with its number (and, if anonymous, the code).
pub async fn store(ctx: &mut Ctx<'_>, concern: Finished<'_>) -> Result<()> {
    let label = ctx.t(concern.category.label_id, &[]);
    if concern.anonymous {
        ctx.anonymous = true;
        let code = fresh_code(ctx).await?;
        let new = NewConcern {
            category: concern.category.key,
            body: concern.text,
            idea_id: concern.idea,
            submitter: Submitter::Anonymous { code: &code },
            created_at: crate::bot::calendar::start_of_day(ctx.now_ms, ctx.settings.timezone),
        };
        let id = queries::insert(ctx.tx, &new).await?;
        let mut text = ctx.t(
            "concern-anonymous-saved",
            &[
                ("id", id.into()),
                ("category", label.into()),
                ("code", codes::display(&code).into()),
            ],
        );
        push_idea_line(ctx, &mut text, concern.idea);
        // No subject: nothing links this reply to the concern once it is delivered.
        ctx.reply_text(text, None);
        return Ok(());
    }
    let (user, room) = (ctx.inbound.sender.clone(), ctx.inbound.room_id.clone());
    let event = concern.source_event.unwrap_or_else(|| ctx.inbound.event_id.clone());
    let new = NewConcern {
        category: concern.category.key,
        body: concern.text,
        idea_id: concern.idea,
        submitter: Submitter::Named {
            user: &user,
            room_id: &room,
            source_event_id: &event,
        },
        created_at: ctx.now_ms,
    };
    let id = queries::insert(ctx.tx, &new).await?;
    let mut text = ctx.t("concern-saved", &[("id", id.into()), ("category", label.into())]);
    push_idea_line(ctx, &mut text, concern.idea);
    ctx.reply_text(text, Some(super::subject(id)));
    Ok(())
}

fn push_idea_line(ctx: &Ctx<'_>, text: &mut String, idea: Option<i64>) {
    if let Some(idea) = idea {
        text.push('\n');
        text.push_str(&ctx.t("concern-saved-idea", &[("idea", idea.into())]));
    }
}

/// A code no other concern has.
async fn fresh_code(ctx: &mut Ctx<'_>) -> Result<String> {
    for _ in 0..8 {
        let code = codes::generate();
        if !queries::code_taken(ctx.tx, &code).await? {
            return Ok(code);
        }
    }
    bail!("no free code for an anonymous concern after 8 tries")
}
