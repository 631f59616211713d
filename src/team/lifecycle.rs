//! `!status #N <Status> [Begründung]` along the transition table, with a DM to the author, and
//! `!verantwortlich #N @user` for the owner every prioritised, pilot or live use case needs.

use super::queries::{self, TeamIdea};
use super::reassessment::next_due;
use super::reassessment_reminders;
use crate::bot::audit::{self, Record};
use crate::bot::calendar::format_date;
use crate::bot::context::Ctx;
use crate::bot::i18n::{Lang, t};
use crate::bot::people;
use crate::bot::registry::{self, RecordRef, StatusChange};
use crate::bot::users;
use crate::ideas::api::{ALL_STATUSES, Status};
use anyhow::Result;

/// Longest reason accepted for a status change.
pub const MAX_REASON_CHARS: usize = 1000;

/// Words that clear the owner in `!verantwortlich #N -`.
const NO_OWNER: &[&str] = &[
    "-",
    "entfernen",
    "keiner",
    "keine",
    "niemand",
    "remove",
    "none",
    "nobody",
];

/// `!status #N <Status> [Begründung]`; without a status it shows where the idea may go next.
pub async fn set_status(ctx: &mut Ctx<'_>, args: &str) -> Result<()> {
    let Some((idea, rest)) = super::target_idea(ctx, args, "status-usage").await? else {
        return Ok(());
    };
    let current = Status::from_stored(&idea.status).unwrap_or(Status::Submitted);
    if rest.is_empty() {
        let example = current
            .next()
            .first()
            .map(|s| ctx.t(s.label_id(), &[]))
            .unwrap_or_default();
        let text = ctx.t(
            "status-current",
            &[
                ("id", idea.id.into()),
                ("status", ctx.t(current.label_id(), &[]).into()),
                ("allowed", super::status_list(ctx, current.next()).into()),
                ("example", example.into()),
            ],
        );
        ctx.reply_text(text, None);
        return Ok(());
    }
    let Some((target, reason)) = split_status(&rest) else {
        let word: String = rest.split_whitespace().next().unwrap_or("").chars().take(40).collect();
        let args = [
            ("id", idea.id.into()),
            ("word", word.into()),
            ("statuses", super::status_list(ctx, &ALL_STATUSES).into()),
            ("example", ctx.t(Status::InReview.label_id(), &[]).into()),
        ];
        ctx.reply("status-unknown", &args);
        return Ok(());
    };
    if target == current {
        let label = ctx.t(target.label_id(), &[]);
        ctx.reply("status-unchanged", &[("id", idea.id.into()), ("status", label.into())]);
        return Ok(());
    }
    if !current.may_become(target) {
        let args = [
            ("id", idea.id.into()),
            ("from", ctx.t(current.label_id(), &[]).into()),
            ("to", ctx.t(target.label_id(), &[]).into()),
            ("allowed", super::status_list(ctx, current.next()).into()),
        ];
        ctx.reply("status-transition-refused", &args);
        return Ok(());
    }
    if target.needs_reason() && reason.is_empty() {
        let label = ctx.t(target.label_id(), &[]);
        let args = [("id", idea.id.into()), ("status", label.into())];
        ctx.reply("status-reason-needed", &args);
        return Ok(());
    }
    if !crate::bot::limits::text_fits(ctx, reason, MAX_REASON_CHARS) {
        return Ok(());
    }
    if target.is_active_use_case() && idea.owner.is_none() {
        let label = ctx.t(target.label_id(), &[]);
        ctx.reply(
            "status-owner-needed",
            &[("id", idea.id.into()), ("status", label.into())],
        );
        return Ok(());
    }
    let change = StatusChange {
        record: RecordRef {
            kind: crate::ideas::api::RECORD_KIND,
            id: idea.id,
        },
        status: target.as_str(),
        title: idea.title.clone(),
        department: idea.department.clone(),
        owner: idea.owner.clone(),
    };
    if let Some(refusal) = registry::status_refusal(ctx, &change).await? {
        ctx.reply_text(refusal, None);
        return Ok(());
    }
    let next_reassessment = target.is_active_use_case().then(|| next_due(ctx));
    let stored_reason = (!reason.is_empty()).then_some(reason);
    queries::set_status(
        ctx.tx,
        idea.id,
        target.as_str(),
        stored_reason,
        next_reassessment,
        ctx.now_ms,
    )
    .await?;
    reassessment_reminders::plan(ctx, idea.id, next_reassessment).await?;
    let detail = format!("{} -> {}: {}", current.as_str(), target.as_str(), reason);
    audit::record(
        ctx,
        "status",
        Record::Numbered(crate::ideas::api::RECORD_KIND, idea.id),
        &detail,
    )
    .await?;
    let others = registry::status_changed(ctx, &change).await?;
    confirm(ctx, &idea, target, reason, next_reassessment, &others);
    tell_author(ctx, &idea, target, reason).await
}

/// Reads the status at the start of `rest` (one word, or two like "in Prüfung" and "under
/// review") and the reason after it.
fn split_status(rest: &str) -> Option<(Status, &str)> {
    let (first, after_first) = split_word(rest);
    if let Some(status) = super::parse_status(first) {
        return Some((status, after_first));
    }
    let (second, after_second) = split_word(after_first);
    if second.is_empty() {
        return None;
    }
    super::parse_status(&format!("{first} {second}")).map(|status| (status, after_second))
}

/// The first word of `text` and the trimmed rest.
fn split_word(text: &str) -> (&str, &str) {
    let text = text.trim_start();
    match text.split_once(char::is_whitespace) {
        Some((word, rest)) => (word, rest.trim()),
        None => (text, ""),
    }
}

fn confirm(ctx: &mut Ctx<'_>, idea: &TeamIdea, target: Status, reason: &str, next: Option<i64>, others: &[String]) {
    let label = ctx.t(target.label_id(), &[]);
    let mut text = ctx.t("status-changed", &[("id", idea.id.into()), ("status", label.into())]);
    if !reason.is_empty() {
        text.push('\n');
        text.push_str(&ctx.t("status-reason-line", &[("reason", reason.into())]));
    }
    if let (Some(owner), true) = (&idea.owner, target.is_active_use_case()) {
        text.push('\n');
        text.push_str(&ctx.t("owner-line", &[("owner", owner.into())]));
    }
    if let Some(next) = next {
        text.push('\n');
        let date = format_date(next, ctx.settings.timezone);
        text.push_str(&ctx.t("reassessment-next-line", &[("date", date.into())]));
    }
    for line in others {
        text.push('\n');
        text.push_str(line);
    }
    if idea.author != ctx.inbound.sender {
        text.push('\n');
        text.push_str(&ctx.t("status-author-told", &[]));
    }
    ctx.reply_text(text, Some(crate::ideas::api::subject(idea.id)));
}

/// Tells the author, in a DM and in their language, what became of their idea.
async fn tell_author(ctx: &mut Ctx<'_>, idea: &TeamIdea, target: Status, reason: &str) -> Result<()> {
    if idea.author == ctx.inbound.sender {
        return Ok(());
    }
    let lang = language_of(ctx, &idea.author).await?;
    let title = if idea.title.is_empty() {
        t(lang, "text-removed", &[])
    } else {
        idea.title.clone()
    };
    let status = t(lang, target.label_id(), &[]);
    let mut text = t(
        lang,
        "status-dm",
        &[
            ("id", idea.id.into()),
            ("title", title.into()),
            ("status", status.into()),
        ],
    );
    if !reason.is_empty() {
        text.push('\n');
        text.push_str(&t(lang, "status-reason-line", &[("reason", reason.into())]));
    }
    text.push('\n');
    text.push_str(&t(lang, "status-dm-outro", &[("id", idea.id.into())]));
    ctx.direct_message(&idea.author, text, Some(crate::ideas::api::subject(idea.id)));
    Ok(())
}

async fn language_of(ctx: &mut Ctx<'_>, user: &str) -> Result<Lang> {
    let profile = users::profile(ctx.tx, user).await?;
    Ok(profile.language.unwrap_or(ctx.settings.default_language))
}

/// `!verantwortlich #N @user` (or `-` to clear); without a user it shows the current owner.
pub async fn set_owner(ctx: &mut Ctx<'_>, args: &str) -> Result<()> {
    let Some((idea, rest)) = super::target_idea(ctx, args, "owner-usage").await? else {
        return Ok(());
    };
    let rest = rest.trim();
    if rest.is_empty() {
        match &idea.owner {
            Some(owner) => ctx.reply("owner-current", &[("id", idea.id.into()), ("owner", owner.into())]),
            None => ctx.reply("owner-none", &[("id", idea.id.into())]),
        }
        return Ok(());
    }
    if NO_OWNER.contains(&rest.to_lowercase().as_str()) {
        return clear_owner(ctx, &idea).await;
    }
    let Some(owner) = people::one(ctx, rest).await else {
        return Ok(());
    };
    let value = owner.as_str();
    queries::set_owner(ctx.tx, idea.id, Some(value), ctx.now_ms).await?;
    audit::record(
        ctx,
        "owner",
        Record::Numbered(crate::ideas::api::RECORD_KIND, idea.id),
        value,
    )
    .await?;
    ctx.reply("owner-set", &[("id", idea.id.into()), ("owner", value.into())]);
    if value != ctx.inbound.sender {
        let lang = language_of(ctx, value).await?;
        let title = if idea.title.is_empty() {
            t(lang, "text-removed", &[])
        } else {
            idea.title.clone()
        };
        let text = t(lang, "owner-dm", &[("id", idea.id.into()), ("title", title.into())]);
        ctx.direct_message(value, text, Some(crate::ideas::api::subject(idea.id)));
    }
    Ok(())
}

async fn clear_owner(ctx: &mut Ctx<'_>, idea: &TeamIdea) -> Result<()> {
    if let Some(status) = Status::from_stored(&idea.status).filter(|s| s.is_active_use_case()) {
        let label = ctx.t(status.label_id(), &[]);
        ctx.reply("owner-required", &[("id", idea.id.into()), ("status", label.into())]);
        return Ok(());
    }
    queries::set_owner(ctx.tx, idea.id, None, ctx.now_ms).await?;
    audit::record(
        ctx,
        "owner_cleared",
        Record::Numbered(crate::ideas::api::RECORD_KIND, idea.id),
        "",
    )
    .await?;
    ctx.reply("owner-cleared", &[("id", idea.id.into())]);
    Ok(())
}
