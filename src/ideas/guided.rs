//! The guided `!idee` dialog: title, description, Fachbereich, benefit — one validated step each.

use super::limits;
use super::queries::NewIdea;
use crate::bot::context::Ctx;
use crate::bot::dialog::{self, DialogState};
use crate::bot::limits::{MAX_TEXT_CHARS, text_fits};
use crate::bot::registry::Answered;
use crate::bot::users::department_fits;
use anyhow::Result;
use serde::{Deserialize, Serialize};

/// Where the guided `!idee` dialog stands; the tag and names are those dialogs were stored with.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "dialog")]
#[allow(clippy::enum_variant_names, reason = "the variant names are stored in dialogs")]
pub enum IdeaDialog {
    IdeaTitle,
    IdeaDescription {
        title: String,
    },
    IdeaDepartment {
        title: String,
        description: String,
    },
    IdeaBenefit {
        title: String,
        description: String,
        department: String,
    },
}

impl DialogState for IdeaDialog {
    const OWNER: &'static str = super::NAME;
}

/// Answers the stored dialog `state` (JSON) with `answer`.
pub async fn answer_stored(ctx: &mut Ctx<'_>, state: &str, answer: &str) -> Result<Answered> {
    let Some(state) = dialog::decode::<IdeaDialog>(state) else {
        return Ok(Answered::Unreadable);
    };
    dialog_answer(ctx, state, answer).await?;
    Ok(Answered::Done)
}

/// Takes the user's answer to the current step of a dialog.
async fn dialog_answer(ctx: &mut Ctx<'_>, state: IdeaDialog, answer: &str) -> Result<()> {
    let answer = answer.trim();
    if answer.is_empty() {
        ctx.reply("dialog-empty-answer", &[]);
        return Ok(());
    }
    let next = match state {
        IdeaDialog::IdeaTitle => {
            if !limits::title_fits(ctx, answer) {
                return Ok(());
            }
            ctx.reply("idea-dialog-description", &[]);
            IdeaDialog::IdeaDescription {
                title: answer.to_string(),
            }
        }
        IdeaDialog::IdeaDescription { title } => {
            if !text_fits(ctx, answer, MAX_TEXT_CHARS) {
                return Ok(());
            }
            match ctx.department.clone() {
                Some(current) => ctx.reply("idea-dialog-department-known", &[("name", current.into())]),
                None => ctx.reply("idea-dialog-department", &[]),
            }
            IdeaDialog::IdeaDepartment {
                title,
                description: answer.to_string(),
            }
        }
        IdeaDialog::IdeaDepartment { title, description } => {
            let department = match (answer, ctx.department.clone()) {
                ("-", Some(current)) => current,
                ("-", None) => String::new(),
                _ => answer.to_string(),
            };
            if !department_fits(ctx, &department) {
                return Ok(());
            }
            ctx.reply("idea-dialog-benefit", &[("max", MAX_TEXT_CHARS.into())]);
            IdeaDialog::IdeaBenefit {
                title,
                description,
                department,
            }
        }
        IdeaDialog::IdeaBenefit {
            title,
            description,
            department,
        } => {
            if !text_fits(ctx, answer, MAX_TEXT_CHARS) {
                return Ok(());
            }
            let (room, user, event) = (
                ctx.inbound.room_id.clone(),
                ctx.inbound.sender.clone(),
                ctx.inbound.event_id.clone(),
            );
            dialog::clear(ctx.tx, &room, &user).await?;
            let idea = NewIdea {
                title: &title,
                description: &description,
                department: &department,
                benefit: answer,
                author: &user,
                room_id: &room,
                source_event_id: Some(&event),
            };
            return super::store_idea(ctx, idea).await;
        }
    };
    let (room, user) = (ctx.inbound.room_id.clone(), ctx.inbound.sender.clone());
    dialog::save(ctx.tx, &room, &user, &next, ctx.now_ms).await
}
