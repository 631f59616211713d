//! Attendance and AI-literacy evidence for the team: `!teilnahme #N @a @b …` (user ids, mentions
//! or display names) / `!teilnahme #N alle` records who attended (and plans their refresher); `!kompetenz [Fachbereich]` shows, per
//! Fachbereich, who is trained on which level and whose refresher is due (EU AI Act Art. 4).

use super::fields::{LEVELS, Level};
use super::queries::{self, CONFIRMED};
use super::reminders::{plan_refresher, refresher_due};
use super::training_ref;
use crate::bot::audit::{self, Record};
use crate::bot::calendar::format_date;
use crate::bot::context::Ctx;
use crate::bot::parser::fold_word;
use crate::bot::people;
use anyhow::Result;
use std::collections::BTreeMap;

/// Most people one `!teilnahme` records.
const MAX_PEOPLE: usize = 200;

/// `!teilnahme #N @a @b …` or `!teilnahme #N alle`.
pub async fn attendance(ctx: &mut Ctx<'_>, args: &str) -> Result<()> {
    let Some((id, rest)) = training_ref(ctx, args, "attendance-usage") else {
        return Ok(());
    };
    if rest.trim().is_empty() {
        ctx.reply("attendance-usage", &[]);
        return Ok(());
    }
    let Some(training) = super::lock_active(ctx, id).await? else {
        return Ok(());
    };
    if ctx.now_ms < training.starts_at {
        ctx.reply("attendance-too-early", &[("id", id.into())]);
        return Ok(());
    }
    let (people, invalid) = if ["alle", "all"].contains(&fold_word(rest.trim()).as_str()) {
        (queries::participants(ctx.tx, id, CONFIRMED).await?, vec![])
    } else {
        let named = people::all(ctx, &rest).await;
        if let Some((name, candidates)) = named.ambiguous.first() {
            // Recording the wrong person would give them evidence they have not earned.
            people::ask_which(ctx, name, candidates);
            return Ok(());
        }
        if !named.unknown.is_empty() && !named.found.is_empty() {
            // "Anna Schmidt" where only an "Anna" is in the room must not give Anna the evidence:
            // nothing is recorded until every name is clear.
            let names = named.unknown.join(", ");
            ctx.reply("attendance-unclear", &[("id", id.into()), ("names", names.into())]);
            return Ok(());
        }
        (named.found, named.unknown)
    };
    if people.len() > MAX_PEOPLE {
        ctx.reply("attendance-too-many", &[("max", MAX_PEOPLE.into())]);
        return Ok(());
    }
    if people.is_empty() {
        let message = if invalid.is_empty() {
            "attendance-nobody"
        } else {
            "attendance-invalid-only"
        };
        ctx.reply(message, &[("id", id.into()), ("names", invalid.join(", ").into())]);
        return Ok(());
    }
    let sender = ctx.inbound.sender.clone();
    let (mut recorded, mut already) = (vec![], vec![]);
    for user in &people {
        if queries::add_attendance(ctx.tx, &training, user, &sender, ctx.now_ms).await? {
            plan_refresher(ctx, user, &training.level).await?;
            recorded.push(user.clone());
        } else {
            already.push(user.clone());
        }
    }
    audit::record(ctx, "attendance", Record::Numbered("training", id), &recorded.join(" ")).await?;
    let tz = ctx.settings.timezone;
    let mut lines = vec![];
    if !recorded.is_empty() {
        lines.push(ctx.t(
            "attendance-recorded",
            &[
                ("id", id.into()),
                ("count", recorded.len().into()),
                ("names", recorded.join(", ").into()),
                (
                    "due",
                    format_date(refresher_due(training.starts_at, ctx.settings), tz).into(),
                ),
            ],
        ));
    }
    if !already.is_empty() {
        lines.push(ctx.t("attendance-already", &[("names", already.join(", ").into())]));
    }
    ctx.reply_text(lines.join("\n"), Some(super::subject(id)));
    Ok(())
}

/// One person's latest completion of a level.
struct Evidence {
    user: String,
    level: Level,
    attended_at: i64,
    refresher_due: i64,
}

/// `!kompetenz` (per Fachbereich: people trained per level, refreshers due) or
/// `!kompetenz <Fachbereich>` (each person with their levels and refresher dates).
pub async fn literacy(ctx: &mut Ctx<'_>, args: &str) -> Result<()> {
    let no_department = ctx.t("literacy-no-department", &[]);
    let mut by_department: BTreeMap<String, Vec<Evidence>> = BTreeMap::new();
    for (user, department, level, attended_at) in queries::evidence(ctx.tx).await? {
        let Some(level) = Level::from_stored(&level) else {
            continue;
        };
        let department = department
            .filter(|d| !d.trim().is_empty())
            .unwrap_or_else(|| no_department.clone());
        by_department.entry(department).or_default().push(Evidence {
            user,
            level,
            attended_at,
            refresher_due: refresher_due(attended_at, ctx.settings),
        });
    }
    let filter = args.trim();
    if !filter.is_empty() {
        return department_detail(ctx, filter, &by_department);
    }
    let erased = queries::erased_evidence(ctx.tx).await?;
    if by_department.is_empty() && erased.is_empty() {
        ctx.reply("literacy-none", &[]);
        return Ok(());
    }
    let today = format_date(ctx.now_ms, ctx.settings.timezone);
    let mut text = ctx.t("literacy-heading", &[("date", today.into())]);
    for (department, evidence) in &by_department {
        let mut people: Vec<&str> = evidence.iter().map(|e| e.user.as_str()).collect();
        people.sort_unstable();
        people.dedup();
        let levels: Vec<String> = LEVELS
            .iter()
            .filter_map(|level| {
                let n = evidence
                    .iter()
                    .filter(|e| e.level == *level && e.refresher_due > ctx.now_ms)
                    .count();
                (n > 0).then(|| format!("{} {n}", ctx.t(level.label_id(), &[])))
            })
            .collect();
        let due = evidence.iter().filter(|e| e.refresher_due <= ctx.now_ms).count();
        let levels = if levels.is_empty() {
            "–".to_string()
        } else {
            levels.join(", ")
        };
        text.push('\n');
        text.push_str(&ctx.t(
            "literacy-department-line",
            &[
                ("department", department.clone().into()),
                ("people", people.len().into()),
                ("levels", levels.into()),
                ("due", due.into()),
            ],
        ));
    }
    for (department, level, attendees) in erased {
        let department = if department.trim().is_empty() {
            no_department.clone()
        } else {
            department
        };
        let level = Level::from_stored(&level).map_or(level, |l| ctx.t(l.label_id(), &[]));
        text.push('\n');
        text.push_str(&ctx.t(
            "literacy-erased-line",
            &[
                ("department", department.into()),
                ("level", level.into()),
                ("count", attendees.into()),
            ],
        ));
    }
    text.push('\n');
    text.push_str(&ctx.t("literacy-hint", &[]));
    ctx.reply_text(text, None);
    Ok(())
}

fn department_detail(ctx: &mut Ctx<'_>, filter: &str, by_department: &BTreeMap<String, Vec<Evidence>>) -> Result<()> {
    let wanted = fold_word(filter);
    let Some((department, evidence)) = by_department.iter().find(|(d, _)| fold_word(d) == wanted) else {
        ctx.reply(
            "literacy-department-unknown",
            &[("department", filter.chars().take(100).collect::<String>().into())],
        );
        return Ok(());
    };
    let tz = ctx.settings.timezone;
    let mut text = ctx.t(
        "literacy-department-heading",
        &[("department", department.clone().into())],
    );
    for e in evidence {
        let id = if e.refresher_due <= ctx.now_ms {
            "literacy-person-line-due"
        } else {
            "literacy-person-line"
        };
        text.push('\n');
        text.push_str(&ctx.t(
            id,
            &[
                ("user", e.user.clone().into()),
                ("level", ctx.t(e.level.label_id(), &[]).into()),
                ("date", format_date(e.attended_at, tz).into()),
                ("due", format_date(e.refresher_due, tz).into()),
            ],
        ));
    }
    ctx.reply_text(text, None);
    Ok(())
}
