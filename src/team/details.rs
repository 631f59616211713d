//! What `!idee #N` adds about the team's work: the owner for everyone; scores, the reason of the
//! last status change and the next re-assessment for the strategy team only.

use super::criteria::{self, CRITERIA, ScoreSet};
use super::queries;
use crate::bot::calendar::format_date;
use crate::bot::context::Ctx;
use crate::bot::registry::RecordRef;
use anyhow::Result;

/// Extra lines for `!idee #N`; none if there is nothing to add.
pub async fn idea_lines(ctx: &mut Ctx<'_>, record: &RecordRef) -> Result<Vec<String>> {
    let id = record.id;
    if record.kind != crate::ideas::api::RECORD_KIND {
        return Ok(vec![]);
    }
    let Some(idea) = queries::idea(ctx.tx, id).await? else {
        return Ok(vec![]);
    };
    let mut text = vec![];
    if let Some(owner) = &idea.owner {
        text.push(ctx.t("owner-line", &[("owner", owner.into())]));
    }
    if !ctx.is_team {
        return Ok(text);
    }
    if let Some(reason) = &idea.status_reason {
        text.push(ctx.t("status-reason-line", &[("reason", reason.into())]));
    }
    if let Some(next) = idea.next_reassessment_at {
        let date = format_date(next, ctx.settings.timezone);
        text.push(ctx.t("reassessment-next-line", &[("date", date.into())]));
    }
    let scores: Vec<ScoreSet> = queries::scores_of(ctx.tx, id)
        .await?
        .into_iter()
        .map(|(_, s)| s)
        .collect();
    let (Some(overall), Some(means)) = (
        criteria::weighted_score(&scores, &ctx.settings.feature::<super::ScoringSettings>().weights),
        criteria::criterion_means(&scores),
    ) else {
        text.push(ctx.t("idea-scores-none", &[("id", id.into())]));
        return Ok(text);
    };
    let per_criterion = CRITERIA
        .iter()
        .zip(means)
        .map(|(c, mean)| format!("{} {}", ctx.t(c.label_id(), &[]), super::format_score(ctx.lang, mean)))
        .collect::<Vec<_>>()
        .join(" · ");
    text.push(ctx.t(
        "idea-scores",
        &[
            ("score", super::format_score(ctx.lang, overall).into()),
            ("count", scores.len().into()),
            ("criteria", per_criterion.into()),
        ],
    ));
    Ok(text)
}
