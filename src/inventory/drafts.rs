//! Drafts: an entry reported by an employee or created for an idea going live is a draft until it
//! has a name, Fachbereich, purpose, owner and risk class; completing it tells whoever reported it.

use super::queries::{self, Tool};
use super::subject;
use crate::bot::audit::{self, Record};
use crate::bot::context::Ctx;
use crate::bot::i18n::t;
use crate::bot::users;
use anyhow::Result;

/// What a draft still lacks before it counts as complete, as field labels' Fluent ids.
pub fn missing(tool: &Tool) -> Vec<&'static str> {
    let mut missing = vec![];
    if tool.name.is_empty() {
        missing.push("tool-field-name");
    }
    if tool.department.is_empty() {
        missing.push("tool-field-department");
    }
    if tool.purpose.is_empty() {
        missing.push("tool-field-purpose");
    }
    if tool.owner.as_deref().is_none_or(str::is_empty) {
        missing.push("tool-field-owner");
    }
    if tool.risk_class.is_empty() {
        missing.push("tool-field-risk-class");
    }
    missing
}

/// Completes draft `id` once nothing required is missing: the draft mark goes and whoever
/// reported it is told. Returns the line for the confirmation, if it was completed now.
pub async fn complete_if_ready(ctx: &mut Ctx<'_>, id: i64) -> Result<Option<String>> {
    let Some(tool) = queries::get(ctx.tx, id).await? else {
        return Ok(None);
    };
    if !tool.is_draft() || !missing(&tool).is_empty() {
        return Ok(None);
    }
    queries::set_number(ctx.tx, id, "draft", Some(0), ctx.now_ms).await?;
    audit::record(ctx, "ai_tool_completed", Record::Numbered(super::RECORD_KIND, id), "").await?;
    if let Some(reporter) = tool.reported_by.as_deref().filter(|r| *r != ctx.inbound.sender) {
        let lang = users::profile(ctx.tx, reporter)
            .await?
            .language
            .unwrap_or(ctx.settings.default_language);
        let name = super::display_name(lang, &tool);
        let message = t(
            lang,
            "tool-report-completed",
            &[("id", id.into()), ("name", name.into())],
        );
        ctx.direct_message(reporter, message, Some(subject(id)));
    }
    Ok(Some(ctx.t("tool-draft-completed", &[("id", id.into())])))
}
