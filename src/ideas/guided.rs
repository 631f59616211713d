//! The guided `!idee` dialog: title, description, Fachbereich, benefit — one validated step each.

use super::limits::{self, MAX_TEXT_CHARS};
use super::queries::NewIdea;
use crate::bot::context::Ctx;
use crate::bot::dialog::{self, DialogState};
use crate::bot::users::department_fits;
use anyhow::Result;

/// Takes the user's answer to the current step of a dialog.
pub async fn dialog_answer(ctx: &mut Ctx<'_>, state: DialogState, answer: &str) -> Result<()> {
    let answer = answer.trim();
    if answer.is_empty() {
        ctx.reply("dialog-empty-answer", &[]);
        return Ok(());
    }
    let next = match state {
        DialogState::IdeaTitle => {
            if !limits::title_fits(ctx, answer) {
                return Ok(());
            }
            ctx.reply("idea-dialog-description", &[]);
            DialogState::IdeaDescription {
                title: answer.to_string(),
            }
        }
        DialogState::IdeaDescription { title } => {
            if !limits::text_fits(ctx, answer) {
                return Ok(());
            }
            match ctx.department.clone() {
                Some(current) => ctx.reply("idea-dialog-department-known", &[("name", current.into())]),
                None => ctx.reply("idea-dialog-department", &[]),
            }
            DialogState::IdeaDepartment {
                title,
                description: answer.to_string(),
            }
        }
        DialogState::IdeaDepartment { title, description } => {
            let department = match (answer, ctx.department.clone()) {
                ("-", Some(current)) => current,
                ("-", None) => String::new(),
                _ => answer.to_string(),
            };
            if !department_fits(ctx, &department) {
                return Ok(());
            }
            ctx.reply("idea-dialog-benefit", &[("max", MAX_TEXT_CHARS.into())]);
            DialogState::IdeaBenefit {
                title,
                description,
                department,
            }
        }
        DialogState::IdeaBenefit {
            title,
            description,
            department,
        } => {
            if !limits::text_fits(ctx, answer) {
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
        // Other dialogs are routed to their own modules; nothing to do here.
        DialogState::Score { .. } | DialogState::Feedback(_) | DialogState::Concern(_) | DialogState::Training(_) => {
            return Ok(());
        }
    };
    let (room, user) = (ctx.inbound.room_id.clone(), ctx.inbound.sender.clone());
    dialog::save(ctx.tx, &room, &user, &next, ctx.now_ms).await
}
