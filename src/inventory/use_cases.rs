//! Use case → inventory: an idea moved to pilot or live gets a linked draft entry (or its linked
//! entry follows the status), its owner is told to complete it, and `!idee #N` shows the link.

use super::fields::ToolStatus;
use super::queries::{self, NewTool};
use super::{display_name, reviews, subject};
use crate::bot::audit::{self, Record};
use crate::bot::context::Ctx;
use crate::bot::i18n::t;
use crate::bot::registry::{RecordRef, StatusChange};
use crate::bot::users;
use crate::ideas::api::{RECORD_KIND as IDEA, Status};
use anyhow::Result;

/// The tool status that an idea's status means, if it means one.
fn tool_status(idea_status: &str) -> Option<ToolStatus> {
    match Status::from_stored(idea_status)? {
        Status::Pilot => Some(ToolStatus::Pilot),
        Status::Live => Some(ToolStatus::Live),
        _ => None,
    }
}

/// Reacts to `!status #N pilot|im-betrieb`; returns the line for the team's confirmation.
pub async fn status_changed(ctx: &mut Ctx<'_>, change: &StatusChange) -> Result<Vec<String>> {
    if change.record.kind != IDEA {
        return Ok(vec![]);
    }
    let Some(status) = tool_status(change.status) else {
        return Ok(vec![]);
    };
    let idea = change.record.id;
    if let Some(tool) = queries::for_idea(ctx.tx, idea).await? {
        let changed = tool.status != status.as_str() && tool.status != ToolStatus::Retired.as_str();
        if changed {
            queries::set_text(ctx.tx, tool.id, "status", status.as_str(), ctx.now_ms).await?;
            let record = Record::Numbered(super::RECORD_KIND, tool.id);
            audit::record(ctx, "ai_tool_changed", record, "status").await?;
        }
        let args = [
            ("id", tool.id.into()),
            ("idea", idea.into()),
            ("changed", if changed { "yes" } else { "no" }.into()),
        ];
        return Ok(vec![ctx.t("tool-linked-existing", &args)]);
    }
    let sender = ctx.inbound.sender.clone();
    let room = ctx.inbound.room_id.clone();
    let owner = change.owner.as_deref().filter(|o| crate::config::is_user_id(o));
    let new = NewTool {
        name: &change.title,
        vendor: "",
        department: &change.department,
        purpose: "",
        procedure: "",
        status: status.as_str(),
        personal_data: "",
        owner,
        idea_id: Some(idea),
        name_from_idea: true,
        reported_by: None,
        source_event_id: None,
        room_id: &room,
        next_review_at: reviews::next_due(ctx.settings, None, ctx.now_ms),
        created_by: &sender,
    };
    let id = queries::insert(ctx.tx, &new, ctx.now_ms).await?;
    audit::record(ctx, "ai_tool_linked", Record::Numbered(super::RECORD_KIND, id), "").await?;
    if let Some(tool) = queries::get(ctx.tx, id).await? {
        reviews::plan(ctx, &tool).await?;
    }
    if let Some(owner) = owner.filter(|o| *o != sender) {
        let lang = users::profile(ctx.tx, owner)
            .await?
            .language
            .unwrap_or(ctx.settings.default_language);
        let message = t(lang, "tool-linked-owner", &[("id", id.into()), ("idea", idea.into())]);
        ctx.direct_message(owner, message, Some(subject(id)));
    }
    let args = [
        ("id", id.into()),
        ("idea", idea.into()),
        ("owner", if owner.is_some() { "yes" } else { "no" }.into()),
    ];
    Ok(vec![ctx.t("tool-linked-created", &args)])
}

/// `!idee #N` shows the inventory entry linked to it.
pub async fn idea_lines(ctx: &mut Ctx<'_>, record: &RecordRef) -> Result<Vec<String>> {
    if record.kind != IDEA {
        return Ok(vec![]);
    }
    let Some(tool) = queries::for_idea(ctx.tx, record.id).await? else {
        return Ok(vec![]);
    };
    let status = ToolStatus::from_stored(&tool.status).map_or(String::new(), |s| ctx.t(s.label_id(), &[]));
    Ok(vec![ctx.t(
        "idea-tool-link",
        &[
            ("id", tool.id.into()),
            ("name", display_name(ctx.lang, &tool).into()),
            ("status", status.into()),
        ],
    )])
}
