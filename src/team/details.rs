//! What `!idee #N` adds about the team's work: the owner for everyone; scores, the reason of the
//! last status change and the next re-assessment for the strategy team only.

use super::criteria::{self, CRITERIA, ScoreSet};
use super::queries;
use super::reassessment::format_date;
use crate::bot::context::Ctx;
use anyhow::Result;

/// Extra lines for `!idee #N`, each starting with a line break; empty if there is nothing to add.
pub async fn idea_lines(ctx: &mut Ctx<'_>, id: i64) -> Result<String> {
    let Some(idea) = queries::idea(ctx.tx, id).await? else {
        return Ok(String::new());
    };
    let mut text = String::new();
    if let Some(owner) = &idea.owner {
        text.push('\n');
        text.push_str(&ctx.t("owner-line", &[("owner", owner.into())]));
    }
    if !ctx.is_team {
        return Ok(text);
    }
    if let Some(reason) = &idea.status_reason {
        text.push('\n');
        text.push_str(&ctx.t("status-reason-line", &[("reason", reason.into())]));
    }
    if let Some(next) = idea.next_reassessment_at {
        let date = format_date(next, ctx.settings.timezone);
        text.push('\n');
        text.push_str(&ctx.t("reassessment-next-line", &[("date", date.into())]));
    }
    let scores: Vec<ScoreSet> = queries::scores_of(ctx.tx, id)
        .await?
        .into_iter()
        .map(|(_, s)| s)
        .collect();
    text.push('\n');
    let (Some(overall), Some(means)) = (
        criteria::weighted_score(&scores, &ctx.settings.scoring.weights),
        criteria::criterion_means(&scores),
    ) else {
        text.push_str(&ctx.t("idea-scores-none", &[("id", id.into())]));
        return Ok(text);
    };
    let per_criterion = CRITERIA
        .iter()
        .zip(means)
        .map(|(c, mean)| format!("{} {}", ctx.t(c.label_id(), &[]), super::format_score(ctx.lang, mean)))
        .collect::<Vec<_>>()
        .join(" · ");
    text.push_str(&ctx.t(
        "idea-scores",
        &[
            ("score", super::format_score(ctx.lang, overall).into()),
            ("count", scores.len().into()),
            ("criteria", per_criterion.into()),
        ],
    ));
    Ok(text)
}
