//! Changing an entry: `!ki-tool #N ändern <Feld> <Wert>` (every value checked as `fields` says;
//! purpose, data or Fachverfahren ask for a new triage and make the review due), `geprüft`
//! (a review with its note, and the next due date) and `abschalten`.

use super::fields::{self, FieldSpec, Kind, Role, ToolStatus};
use super::permissions::{self, Viewer};
use super::queries::{self, Tool};
use super::{reviews, subject};
use crate::bot::audit::{self, Record};
use crate::bot::calendar::{format_date, parse_date};
use crate::bot::context::Ctx;
use crate::bot::i18n::Lang;
use crate::bot::limits;
use crate::bot::registry;
use crate::bot::users;
use anyhow::Result;

/// The entry, if it exists and the sender may change it; otherwise replies why not.
async fn editable(ctx: &mut Ctx<'_>, id: i64) -> Result<Option<(Tool, Viewer)>> {
    let Some(tool) = queries::get(ctx.tx, id).await? else {
        ctx.reply("tool-not-found", &[("id", id.into())]);
        return Ok(None);
    };
    let viewer = permissions::viewer(ctx).await?;
    if !viewer.may_edit(&tool, &ctx.inbound.sender) {
        permissions::refuse_edit(ctx, &tool);
        return Ok(None);
    }
    Ok(Some((tool, viewer)))
}

/// The names of every field as people type them in `lang`, for the reply to an unknown one.
fn field_names(lang: Lang) -> String {
    fields::FIELDS
        .iter()
        .map(|f| f.word(lang))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A checked new value of a field.
enum Value {
    Text(String),
    Number(Option<i64>),
    DateAndText(Option<i64>, String),
}

/// Checks `text` as a value of `spec`; replies what is wrong and returns None if it is not one.
async fn check(ctx: &mut Ctx<'_>, spec: &FieldSpec, viewer: &Viewer, text: &str) -> Result<Option<Value>> {
    let clear = fields::is_clear(text);
    let label = ctx.t(spec.label, &[]);
    let tz = ctx.settings.timezone;
    if clear && spec.required {
        ctx.reply("tool-field-required", &[("field", label.into())]);
        return Ok(None);
    }
    Ok(match spec.kind {
        // "keine"/"none" says there is no personal data; it does not clear the field.
        Kind::Text(_) if spec.column == "personal_data" && fields::is_none(text) => {
            Some(Value::Text(fields::NO_PERSONAL_DATA.into()))
        }
        Kind::Text(_) if clear => Some(Value::Text(String::new())),
        Kind::Text(_) if spec.column == "department" => {
            if !users::department_fits(ctx, text) {
                return Ok(None);
            }
            if let Viewer::Promoter(own) = viewer
                && !permissions::same_department(own, text)
            {
                let own = own.clone();
                ctx.reply("tool-add-other-department", &[("department", own.into())]);
                return Ok(None);
            }
            Some(Value::Text(text.to_string()))
        }
        Kind::Text(max) => {
            let fits = limits::title_visible(ctx, text) && limits::text_fits(ctx, text, max);
            fits.then(|| Value::Text(text.to_string()))
        }
        Kind::Date if clear => Some(Value::Number(None)),
        Kind::Date => match parse_date(text, tz, ctx.now_ms) {
            Some(day) => Some(Value::Number(Some(day))),
            None => {
                ctx.reply("tool-date-invalid", &[("field", label.into())]);
                None
            }
        },
        Kind::Status => match ToolStatus::parse(text) {
            Some(status) => Some(Value::Text(status.as_str().into())),
            None => {
                ctx.reply("tool-status-invalid", &[]);
                None
            }
        },
        Kind::Role => match Role::parse(text) {
            Some(role) => Some(Value::Text(role.as_str().into())),
            None => {
                ctx.reply("tool-role-invalid", &[]);
                None
            }
        },
        Kind::Person if clear => Some(Value::Text(String::new())),
        Kind::Person => match crate::bot::people::leading(ctx, text).await {
            // The whole value is the person: "Anna Schmidt" never means a member called "Anna".
            crate::bot::people::Person::Found { user_id, rest } if rest.is_empty() => Some(Value::Text(user_id)),
            crate::bot::people::Person::Ambiguous { name, candidates } => {
                crate::bot::people::ask_which(ctx, &name, &candidates);
                None
            }
            _ => {
                ctx.reply("tool-person-invalid", &[]);
                None
            }
        },
        Kind::Idea if clear => Some(Value::Number(None)),
        Kind::Idea => match crate::bot::parser::record_ref(text) {
            Ok((idea, "")) => {
                if registry::find_record(ctx.tx, "idea", idea).await?.is_some() {
                    Some(Value::Number(Some(idea)))
                } else {
                    ctx.reply("tool-idea-not-found", &[("idea", idea.into())]);
                    None
                }
            }
            _ => {
                ctx.reply("tool-idea-invalid", &[]);
                None
            }
        },
        Kind::DateAndText if clear => Some(Value::DateAndText(None, String::new())),
        Kind::DateAndText => {
            let (date, summary) = text.split_once(char::is_whitespace).unwrap_or((text, ""));
            let date = date.trim_end_matches([':', ',']);
            let summary = summary.trim().trim_start_matches([':', '-', '–']).trim();
            match parse_date(date, tz, ctx.now_ms) {
                Some(day) if limits::text_fits(ctx, summary, fields::MAX_TEXT_CHARS) => {
                    Some(Value::DateAndText(Some(day), summary.to_string()))
                }
                Some(_) => None,
                None => {
                    ctx.reply("tool-fria-invalid", &[]);
                    None
                }
            }
        }
    })
}

/// `!ki-tool #N ändern <Feld> <Wert>`.
pub async fn change(ctx: &mut Ctx<'_>, id: i64, rest: &str) -> Result<()> {
    let Some((tool, viewer)) = editable(ctx, id).await? else {
        return Ok(());
    };
    let (word, text) = rest.split_once(char::is_whitespace).unwrap_or((rest, ""));
    let text = text.trim();
    if word.is_empty() {
        ctx.reply("tool-change-usage", &[("fields", field_names(ctx.lang).into())]);
        return Ok(());
    }
    let Some(spec) = fields::find(word) else {
        ctx.reply(
            "tool-field-unknown",
            &[("field", word.into()), ("fields", field_names(ctx.lang).into())],
        );
        return Ok(());
    };
    if text.is_empty() {
        let label = ctx.t(spec.label, &[]);
        ctx.reply("tool-value-missing", &[("field", label.into())]);
        return Ok(());
    }
    if spec.restricted && !viewer.may_manage(&tool) {
        let label = ctx.t(spec.label, &[]);
        ctx.reply("tool-field-restricted", &[("id", id.into()), ("field", label.into())]);
        return Ok(());
    }
    let Some(value) = check(ctx, spec, &viewer, text).await? else {
        return Ok(());
    };
    let now = ctx.now_ms;
    match &value {
        Value::Text(new) => queries::set_text(ctx.tx, id, spec.column, new, now).await?,
        Value::Number(new) if spec.column == "next_review_at" => {
            reviews::set_due(ctx, id, *new).await?;
        }
        Value::Number(new) => queries::set_number(ctx.tx, id, spec.column, *new, now).await?,
        Value::DateAndText(day, summary) => {
            queries::set_number(ctx.tx, id, spec.column, *day, now).await?;
            queries::set_text(ctx.tx, id, fields::FRIA_SUMMARY_COLUMN, summary, now).await?;
        }
    }
    if spec.column == "name" {
        // Named by hand now, no longer a copy of the idea's title.
        queries::set_number(ctx.tx, id, "name_from_idea", Some(0), now).await?;
    }
    let Some(changed_tool) = queries::get(ctx.tx, id).await? else {
        return Ok(());
    };
    let changed = tool.text(spec.column) != changed_tool.text(spec.column);
    audit::record(
        ctx,
        "ai_tool_changed",
        Record::Numbered(super::RECORD_KIND, id),
        spec.column,
    )
    .await?;
    let label = ctx.t(spec.label, &[]);
    let mut text = ctx.t("tool-changed", &[("id", id.into()), ("field", label.into())]);
    if spec.retriage && changed && !tool.risk_class.is_empty() {
        queries::set_number(ctx.tx, id, "retriage", Some(1), now).await?;
        // Due now, unless it already is: the due reminder comes once, not after every edit.
        if tool.retriage == 0 && tool.next_review_at.is_none_or(|due| due > now) {
            reviews::set_due(ctx, id, Some(now)).await?;
        }
        text.push('\n');
        text.push_str(&ctx.t("tool-retriage-asked", &[("id", id.into())]));
    }
    if spec.column == "status" {
        // A retired tool is no longer reminded of; one back in use is again.
        reviews::plan(ctx, &changed_tool).await?;
    }
    if let Some(line) = super::drafts::complete_if_ready(ctx, id).await? {
        text.push('\n');
        text.push_str(&line);
    }
    ctx.reply_text(text, Some(subject(id)));
    Ok(())
}

/// `!ki-tool #N geprüft [Notiz]`: records the review and sets the next due date.
pub async fn reviewed(ctx: &mut Ctx<'_>, id: i64, note: &str) -> Result<()> {
    let Some((tool, _)) = editable(ctx, id).await? else {
        return Ok(());
    };
    if tool.status == ToolStatus::Retired.as_str() {
        ctx.reply("tool-retired-already", &[("id", id.into())]);
        return Ok(());
    }
    if !limits::text_fits(ctx, note, fields::MAX_TEXT_CHARS) {
        return Ok(());
    }
    let class = super::triage::RiskClass::from_stored(&tool.risk_class);
    let next = reviews::next_due(ctx.settings, class, ctx.now_ms);
    let sender = ctx.inbound.sender.clone();
    queries::add_review(ctx.tx, id, &sender, note, Some(next), ctx.now_ms).await?;
    if let Some(tool) = queries::get(ctx.tx, id).await? {
        reviews::plan(ctx, &tool).await?;
    }
    audit::record(ctx, "ai_tool_reviewed", Record::Numbered(super::RECORD_KIND, id), "").await?;
    let date = format_date(next, ctx.settings.timezone);
    let mut text = ctx.t("tool-reviewed", &[("id", id.into()), ("date", date.into())]);
    if tool.retriage != 0 {
        text.push('\n');
        text.push_str(&ctx.t("tool-reviewed-retriage-open", &[("id", id.into())]));
    }
    ctx.reply_text(text, Some(subject(id)));
    Ok(())
}

/// `!ki-tool #N abschalten`: the tool is no longer used; its reminders end, the entry stays.
pub async fn retire(ctx: &mut Ctx<'_>, id: i64) -> Result<()> {
    let Some((tool, _)) = editable(ctx, id).await? else {
        return Ok(());
    };
    if tool.status == ToolStatus::Retired.as_str() {
        ctx.reply("tool-retired-already", &[("id", id.into())]);
        return Ok(());
    }
    queries::set_text(ctx.tx, id, "status", ToolStatus::Retired.as_str(), ctx.now_ms).await?;
    if let Some(tool) = queries::get(ctx.tx, id).await? {
        reviews::plan(ctx, &tool).await?;
    }
    audit::record(ctx, "ai_tool_retired", Record::Numbered(super::RECORD_KIND, id), "").await?;
    ctx.reply("tool-retired", &[("id", id.into())]);
    Ok(())
}
