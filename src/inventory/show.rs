//! `!ki-tool #N` (an entry with every field that is filled in, its triage, the duties still open,
//! its reviews and what a draft lacks) and `!ki-tools [Fachbereich | risiko <Klasse> |
//! status <Status> | fällig | entwürfe]`. Promoters see their Fachbereich's tools, employees those
//! they reported or own.

use super::drafts::missing;
use super::duties::{answers_of, open_duties};
use super::fields::{self, FieldSpec, Kind, Role, ToolStatus};
use super::permissions::{self, Viewer};
use super::queries::{self, Filter, Reach, Tool};
use super::triage::{self, RiskClass};
use super::{InventorySettings, display_name, subject};
use crate::bot::calendar::{days_later, format_date};
use crate::bot::context::Ctx;
use crate::bot::parser::fold_word;
use anyhow::Result;

/// Entries a list shows at most; the rest are counted.
const LIST_LIMIT: i64 = 30;
/// Reviews an entry shows at most.
const SHOWN_REVIEWS: i64 = 3;

/// A field's value as the reader sees it, or None when it is not filled in.
pub fn value_of(ctx: &Ctx<'_>, tool: &Tool, spec: &FieldSpec) -> Option<String> {
    let tz = ctx.settings.timezone;
    let text = tool.text(spec.column).filter(|s| !s.is_empty());
    match spec.kind {
        Kind::Status => ToolStatus::from_stored(&tool.status).map(|s| ctx.t(s.label_id(), &[])),
        Kind::Role => Some(ctx.t(Role::label_id(&tool.role), &[])),
        Kind::Idea => tool.idea_id.map(|id| format!("#{id}")),
        Kind::Date => tool.date(spec.column).map(|ms| format_date(ms, tz)),
        Kind::DateAndText => tool.fria_at.map(|ms| {
            let day = format_date(ms, tz);
            if tool.fria_summary.is_empty() {
                day
            } else {
                format!("{day}: {}", tool.fria_summary)
            }
        }),
        Kind::Text(_) if text == Some(fields::NO_PERSONAL_DATA) && spec.column == "personal_data" => {
            Some(ctx.t("tool-personal-data-none", &[]))
        }
        Kind::Text(_) | Kind::Person => text.map(str::to_string),
    }
}

/// The entry's risk class, or that it is not triaged yet.
fn class_text(ctx: &Ctx<'_>, tool: &Tool) -> String {
    match RiskClass::from_stored(&tool.risk_class) {
        Some(class) => ctx.t(class.label_id(), &[]),
        None => ctx.t("tool-not-triaged", &[]),
    }
}

/// `!ki-tool #N`.
pub async fn show(ctx: &mut Ctx<'_>, id: i64) -> Result<()> {
    let Some(tool) = queries::get(ctx.tx, id).await? else {
        ctx.reply("tool-not-found", &[("id", id.into())]);
        return Ok(());
    };
    let viewer = permissions::viewer(ctx).await?;
    let sender = ctx.inbound.sender.clone();
    if !viewer.may_read(&tool, &sender) {
        ctx.reply("tool-read-refused", &[("id", id.into())]);
        return Ok(());
    }
    let mut text = ctx.t(
        "tool-heading",
        &[
            ("id", id.into()),
            ("name", display_name(ctx.lang, &tool).into()),
            ("draft", if tool.is_draft() { "yes" } else { "no" }.into()),
        ],
    );
    for spec in fields::FIELDS.iter().filter(|f| f.column != "name") {
        if let Some(value) = value_of(ctx, &tool, spec) {
            text.push('\n');
            text.push_str(&ctx.t(
                "tool-line",
                &[("label", ctx.t(spec.label, &[]).into()), ("value", value.into())],
            ));
        }
    }
    text.push('\n');
    let class = class_text(ctx, &tool);
    text.push_str(&match tool.triaged_at {
        Some(at) => ctx.t(
            "tool-class-line",
            &[
                ("class", class.into()),
                ("date", format_date(at, ctx.settings.timezone).into()),
            ],
        ),
        None => ctx.t("tool-class-none", &[("id", id.into())]),
    });
    for (question, choice) in answers_of(&tool).iter().filter_map(triage::lookup) {
        text.push_str(&format!(
            "\n· {}: {}",
            ctx.t(question.short, &[]),
            ctx.t(choice.label, &[])
        ));
    }
    let duties = open_duties(&tool);
    if !duties.is_empty() {
        text.push('\n');
        text.push_str(&ctx.t("tool-duties-open", &[]));
        for duty in duties {
            text.push_str(&format!("\n· {}", ctx.t(duty.label_id(), &[])));
        }
    }
    if tool.retriage != 0 {
        text.push('\n');
        text.push_str(&ctx.t("tool-retriage-asked", &[("id", id.into())]));
    } else if tool.next_review_at.is_some_and(|due| due <= ctx.now_ms) && tool.status != ToolStatus::Retired.as_str() {
        text.push('\n');
        text.push_str(&ctx.t("tool-review-overdue", &[("id", id.into())]));
    }
    let (reviews, count) = queries::reviews(ctx.tx, id, SHOWN_REVIEWS).await?;
    if count > 0 {
        text.push('\n');
        text.push_str(&ctx.t("tool-reviews-head", &[("count", count.into())]));
        for review in reviews {
            let date = format_date(review.reviewed_at, ctx.settings.timezone);
            let line = format!("\n· {date} ({}) {}", review.reviewer, review.note);
            text.push_str(line.trim_end());
        }
    }
    let missing: Vec<String> = missing(&tool).iter().map(|id| ctx.t(id, &[])).collect();
    if !missing.is_empty() {
        text.push('\n');
        text.push_str(&ctx.t("tool-draft-missing", &[("list", missing.join(", ").into())]));
    }
    ctx.reply_text(text, Some(subject(id)));
    Ok(())
}

/// What `!ki-tools <args>` asks for, or the Fluent id of the reply that says how to ask.
fn filter_of(ctx: &Ctx<'_>, args: &str) -> Result<Filter, &'static str> {
    let (word, rest) = args.split_once(char::is_whitespace).unwrap_or((args, ""));
    let rest = rest.trim();
    Ok(match fold_word(word).as_str() {
        "" => Filter::All,
        "faellig" | "fallig" | "due" => {
            let days = ctx.settings.feature::<InventorySettings>().review_notice_days;
            Filter::DueBy(days_later(ctx.now_ms, days, ctx.settings.timezone))
        }
        "risiko" | "risikoklasse" | "risk" => {
            let class = RiskClass::parse(rest).ok_or("tool-risk-invalid")?;
            Filter::Risk(class.as_str().into())
        }
        "status" => {
            let status = ToolStatus::parse(rest).ok_or("tool-status-invalid")?;
            Filter::Status(status.as_str().into())
        }
        "entwuerfe" | "entwurf" | "entwurfe" | "drafts" => Filter::Drafts,
        _ => Filter::Department(args.to_string()),
    })
}

/// `!ki-tools …`.
pub async fn list(ctx: &mut Ctx<'_>, args: &str) -> Result<()> {
    let user = ctx.inbound.sender.clone();
    let reach = match permissions::viewer(ctx).await? {
        Viewer::Team => Reach::Everything,
        Viewer::Promoter(department) => Reach::Department { department, user },
        Viewer::Employee => Reach::Own(user),
    };
    let filter = match filter_of(ctx, args.trim()) {
        Ok(filter) => filter,
        Err(reply) => {
            ctx.reply(reply, &[]);
            return Ok(());
        }
    };
    let (tools, total) = queries::list(ctx.tx, &reach, &filter, LIST_LIMIT).await?;
    if tools.is_empty() {
        let id = match (&reach, &filter) {
            (Reach::Own(_), Filter::All) => "tools-none-reported",
            (_, Filter::All) => "tools-none",
            _ => "tools-none-matching",
        };
        ctx.reply(id, &[]);
        return Ok(());
    }
    let heading = match (&reach, &filter) {
        (_, Filter::DueBy(_)) => ctx.t("tools-heading-due", &[("count", total.into())]),
        (Reach::Own(_), _) => ctx.t("tools-heading-reported", &[("count", total.into())]),
        _ => ctx.t("tools-heading", &[("count", total.into())]),
    };
    let mut text = heading;
    for tool in &tools {
        text.push('\n');
        text.push_str(&item(ctx, tool));
    }
    if total > tools.len() as i64 {
        text.push('\n');
        text.push_str(&ctx.t("tools-more", &[("count", (total - tools.len() as i64).into())]));
    }
    ctx.reply_text(text, None);
    Ok(())
}

/// One line of a list: number, name, Fachbereich, status, class and next review.
fn item(ctx: &Ctx<'_>, tool: &Tool) -> String {
    let status = ToolStatus::from_stored(&tool.status).map_or(String::new(), |s| ctx.t(s.label_id(), &[]));
    let review = if tool.retriage != 0 {
        ctx.t("tools-item-retriage", &[])
    } else {
        match tool.next_review_at {
            Some(due) if tool.status != ToolStatus::Retired.as_str() => ctx.t(
                "tools-item-review",
                &[
                    ("date", format_date(due, ctx.settings.timezone).into()),
                    ("overdue", if due <= ctx.now_ms { "yes" } else { "no" }.into()),
                ],
            ),
            _ => String::new(),
        }
    };
    let department = if tool.department.is_empty() {
        ctx.t("tool-department-unknown", &[])
    } else {
        tool.department.clone()
    };
    ctx.t(
        "tools-item",
        &[
            ("id", tool.id.into()),
            ("name", display_name(ctx.lang, tool).into()),
            ("draft", if tool.is_draft() { "yes" } else { "no" }.into()),
            ("department", department.into()),
            ("status", status.into()),
            ("class", class_text(ctx, tool).into()),
            ("review", review.into()),
        ],
    )
}
