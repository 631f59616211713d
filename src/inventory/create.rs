//! New inventory entries: `!ki-tool neu` as a guided dialog that ends in the triage, the one-line
//! form `!ki-tool neu Name | Fachbereich | Zweck [| Status]`, and `!ki-tool melden Name[: Text]`,
//! by which any employee reports a tool as a draft that their promoter (or the team) completes.

use super::fields::{self, ToolStatus};
use super::permissions::{self, Viewer};
use super::queries::{self, NewTool};
use super::{InventoryDialog, reviews, subject, triage_dialog};
use crate::bot::access;
use crate::bot::audit::{self, Record};
use crate::bot::context::Ctx;
use crate::bot::i18n::t;
use crate::bot::limits;
use crate::bot::users;
use anyhow::Result;
use serde::{Deserialize, Serialize};

/// The question the dialog waits for an answer to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Step {
    Name,
    Vendor,
    Department,
    Purpose,
    Procedure,
    Status,
    PersonalData,
}

/// A new entry as far as the dialog has got.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NewToolDialog {
    pub step: Step,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub vendor: String,
    #[serde(default)]
    pub department: String,
    #[serde(default)]
    pub purpose: String,
    #[serde(default)]
    pub procedure: String,
    #[serde(default)]
    pub status: String,
}

/// Answers that leave an optional question (vendor, Fachverfahren) open.
fn is_skip(text: &str) -> bool {
    fields::is_clear(text)
        || ["weiss nicht", "unbekannt", "unknown"].contains(&crate::bot::parser::fold_word(text).as_str())
}

/// Replies why an employee cannot add entries themselves, and how to report one instead.
fn refuse_add(ctx: &mut Ctx<'_>) {
    ctx.reply("tool-add-refused", &[]);
}

/// `!ki-tool neu`: opens the dialog (for a promoter, in their own Fachbereich).
pub async fn start(ctx: &mut Ctx<'_>) -> Result<()> {
    let viewer = permissions::viewer(ctx).await?;
    if !viewer.may_add() {
        refuse_add(ctx);
        return Ok(());
    }
    let department = match viewer {
        Viewer::Promoter(department) => department,
        _ => String::new(),
    };
    let state = NewToolDialog {
        step: Step::Name,
        name: String::new(),
        vendor: String::new(),
        department,
        purpose: String::new(),
        procedure: String::new(),
        status: String::new(),
    };
    super::save_dialog(ctx, InventoryDialog::NewTool(state)).await?;
    ctx.reply("tool-dialog-name", &[]);
    Ok(())
}

fn check_text(ctx: &mut Ctx<'_>, text: &str, max: usize) -> Option<String> {
    let text = text.trim();
    if text.is_empty() {
        ctx.reply("dialog-empty-answer", &[]);
        return None;
    }
    (limits::title_visible(ctx, text) && limits::text_fits(ctx, text, max)).then(|| text.to_string())
}

fn check_status(ctx: &mut Ctx<'_>, text: &str) -> Option<ToolStatus> {
    let status = ToolStatus::parse(text).filter(|s| *s != ToolStatus::Retired);
    if status.is_none() {
        ctx.reply("tool-status-invalid", &[]);
    }
    status
}

/// Takes the answer to the current question of `!ki-tool neu`.
pub async fn answer(ctx: &mut Ctx<'_>, mut state: NewToolDialog, body: &str) -> Result<()> {
    let text = body.trim();
    let next = match state.step {
        Step::Name => {
            let Some(name) = check_text(ctx, text, fields::MAX_SHORT_CHARS) else {
                return Ok(());
            };
            state.name = name;
            Step::Vendor
        }
        Step::Vendor => {
            if !is_skip(text) {
                let Some(vendor) = check_text(ctx, text, fields::MAX_SHORT_CHARS) else {
                    return Ok(());
                };
                state.vendor = vendor;
            }
            if state.department.is_empty() {
                Step::Department
            } else {
                Step::Purpose
            }
        }
        Step::Department => {
            if text.is_empty() {
                ctx.reply("dialog-empty-answer", &[]);
                return Ok(());
            }
            if !users::department_fits(ctx, text) {
                return Ok(());
            }
            state.department = text.to_string();
            Step::Purpose
        }
        Step::Purpose => {
            let Some(purpose) = check_text(ctx, text, fields::MAX_TEXT_CHARS) else {
                return Ok(());
            };
            state.purpose = purpose;
            Step::Procedure
        }
        Step::Procedure => {
            if !is_skip(text) {
                let Some(procedure) = check_text(ctx, text, fields::MAX_SHORT_CHARS) else {
                    return Ok(());
                };
                state.procedure = procedure;
            }
            Step::Status
        }
        Step::Status => {
            let Some(status) = check_status(ctx, text) else {
                return Ok(());
            };
            state.status = status.as_str().to_string();
            Step::PersonalData
        }
        Step::PersonalData => {
            let data = if fields::is_none(text) {
                fields::NO_PERSONAL_DATA.to_string()
            } else {
                let Some(data) = check_text(ctx, text, fields::MAX_TEXT_CHARS) else {
                    return Ok(());
                };
                data
            };
            return finish(ctx, &state, &data).await;
        }
    };
    state.step = next;
    let question = match next {
        Step::Name => "tool-dialog-name",
        Step::Vendor => "tool-dialog-vendor",
        Step::Department => "tool-dialog-department",
        Step::Purpose => "tool-dialog-purpose",
        Step::Procedure => "tool-dialog-procedure",
        Step::Status => "tool-dialog-status",
        Step::PersonalData => "tool-dialog-personal-data",
    };
    super::save_dialog(ctx, InventoryDialog::NewTool(state)).await?;
    ctx.reply(question, &[]);
    Ok(())
}

/// Stores the entry the dialog collected and goes on with its triage.
async fn finish(ctx: &mut Ctx<'_>, state: &NewToolDialog, personal_data: &str) -> Result<()> {
    let sender = ctx.inbound.sender.clone();
    let room = ctx.inbound.room_id.clone();
    let new = NewTool {
        name: &state.name,
        vendor: &state.vendor,
        department: &state.department,
        purpose: &state.purpose,
        procedure: &state.procedure,
        status: &state.status,
        personal_data,
        owner: Some(&sender),
        idea_id: None,
        name_from_idea: false,
        reported_by: None,
        // The texts came over several messages; none of them alone created the entry.
        source_event_id: None,
        room_id: &room,
        next_review_at: reviews::next_due(ctx.settings, None, ctx.now_ms),
        created_by: &sender,
    };
    let id = created(ctx, &new, "ai_tool_created").await?;
    let mut text = ctx.t(
        "tool-created",
        &[("id", id.into()), ("name", state.name.clone().into())],
    );
    text.push_str("\n\n");
    text.push_str(&triage_dialog::begin(ctx, id).await?);
    ctx.reply_text(text, Some(subject(id)));
    Ok(())
}

/// Inserts `new`, records it and plans its first review; returns its number.
async fn created(ctx: &mut Ctx<'_>, new: &NewTool<'_>, action: &str) -> Result<i64> {
    let id = queries::insert(ctx.tx, new, ctx.now_ms).await?;
    audit::record(ctx, action, Record::Numbered(super::RECORD_KIND, id), "").await?;
    if let Some(tool) = queries::get(ctx.tx, id).await? {
        reviews::plan(ctx, &tool).await?;
    }
    Ok(id)
}

/// `!ki-tool neu Name | Fachbereich | Zweck [| Status]`: the required fields in one line; the
/// owner is the sender, the status `im Betrieb` unless given.
pub async fn one_line(ctx: &mut Ctx<'_>, rest: &str) -> Result<()> {
    let viewer = permissions::viewer(ctx).await?;
    if !viewer.may_add() {
        refuse_add(ctx);
        return Ok(());
    }
    let parts: Vec<&str> = rest.split('|').map(str::trim).collect();
    let (name, department, purpose, status) = match parts.as_slice() {
        [name, department, purpose] => (*name, *department, *purpose, None),
        [name, department, purpose, status] => (*name, *department, *purpose, Some(*status)),
        _ => {
            ctx.reply("tool-one-line-usage", &[]);
            return Ok(());
        }
    };
    if name.is_empty() || department.is_empty() || purpose.is_empty() {
        ctx.reply("tool-one-line-usage", &[]);
        return Ok(());
    }
    let status = match status {
        Some(text) => match check_status(ctx, text) {
            Some(status) => status,
            None => return Ok(()),
        },
        None => ToolStatus::Live,
    };
    if let Viewer::Promoter(own) = &viewer
        && !permissions::same_department(own, department)
    {
        let own = own.clone();
        ctx.reply("tool-add-other-department", &[("department", own.into())]);
        return Ok(());
    }
    if check_text(ctx, name, fields::MAX_SHORT_CHARS).is_none()
        || !users::department_fits(ctx, department)
        || check_text(ctx, purpose, fields::MAX_TEXT_CHARS).is_none()
    {
        return Ok(());
    }
    let sender = ctx.inbound.sender.clone();
    let room = ctx.inbound.room_id.clone();
    let event = ctx.inbound.event_id.clone();
    let new = NewTool {
        name,
        vendor: "",
        department,
        purpose,
        procedure: "",
        status: status.as_str(),
        personal_data: "",
        owner: Some(&sender),
        idea_id: None,
        name_from_idea: false,
        reported_by: None,
        source_event_id: Some(&event),
        room_id: &room,
        next_review_at: reviews::next_due(ctx.settings, None, ctx.now_ms),
        created_by: &sender,
    };
    let id = created(ctx, &new, "ai_tool_created").await?;
    let text = ctx.t("tool-created-one-line", &[("id", id.into()), ("name", name.into())]);
    ctx.reply_text(text, Some(subject(id)));
    Ok(())
}

/// `!ki-tool melden Name[: Text]`: a draft in the sender's Fachbereich; its promoters (or the
/// strategy room, if it has none) are told to complete it.
pub async fn report(ctx: &mut Ctx<'_>, rest: &str) -> Result<()> {
    let rest = rest.trim();
    let (name, text) = [":", " – ", " - "]
        .iter()
        .find_map(|separator| rest.split_once(separator))
        .unwrap_or((rest, ""));
    let (name, text) = (name.trim(), text.trim());
    if name.is_empty() {
        ctx.reply("tool-report-usage", &[]);
        return Ok(());
    }
    if check_text(ctx, name, fields::MAX_SHORT_CHARS).is_none() || !limits::text_fits(ctx, text, fields::MAX_TEXT_CHARS)
    {
        return Ok(());
    }
    let sender = ctx.inbound.sender.clone();
    let room = ctx.inbound.room_id.clone();
    let event = ctx.inbound.event_id.clone();
    let department = ctx.department.clone().unwrap_or_default();
    let new = NewTool {
        name,
        vendor: "",
        department: &department,
        purpose: text,
        procedure: "",
        status: ToolStatus::Live.as_str(),
        personal_data: "",
        owner: None,
        idea_id: None,
        name_from_idea: false,
        reported_by: Some(&sender),
        source_event_id: Some(&event),
        room_id: &room,
        next_review_at: reviews::next_due(ctx.settings, None, ctx.now_ms),
        created_by: &sender,
    };
    let id = created(ctx, &new, "ai_tool_reported").await?;
    let promoters = if department.is_empty() {
        vec![]
    } else {
        access::promoters_of(ctx.tx, &department).await?
    };
    // The notices name no text from the message: a redaction of it leaves nothing behind in them.
    let mut told = "nobody";
    for promoter in promoters.iter().filter(|p| **p != sender) {
        let lang = users::profile(ctx.tx, promoter)
            .await?
            .language
            .unwrap_or(ctx.settings.default_language);
        let message = t(
            lang,
            "tool-reported-promoter",
            &[("id", id.into()), ("department", department.clone().into())],
        );
        ctx.direct_message(promoter, message, Some(subject(id)));
        told = "promoter";
    }
    if told == "nobody" {
        let message = t(
            ctx.settings.default_language,
            "tool-reported-team",
            &[
                ("id", id.into()),
                ("department", department.clone().into()),
                ("known", if department.is_empty() { "no" } else { "yes" }.into()),
            ],
        );
        if ctx.tell_team(message, Some(subject(id))) {
            told = "team";
        }
    }
    let reply = ctx.t(
        "tool-reported",
        &[("id", id.into()), ("name", name.into()), ("told", told.into())],
    );
    ctx.reply_text(reply, Some(subject(id)));
    Ok(())
}
