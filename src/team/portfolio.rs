//! `!portfolio [Status] [seite N]`: use cases ranked by weighted score, with status, owner,
//! Fachbereich and next re-assessment, one page at a time, ranked and paged in the database.

use super::queries::{self, TeamIdea};
use crate::bot::calendar::format_date;
use crate::bot::context::Ctx;
use crate::ideas::api::Status;
use anyhow::Result;

/// Use cases per page; ten lines stay far below the reply size limit.
pub const PAGE_SIZE: usize = 10;

/// What `!portfolio` was asked for.
#[derive(Debug, PartialEq)]
struct Request {
    status: Option<Status>,
    page: usize,
}

/// Reads `[Status] [seite N]` (also `page N` or a bare page number); None if something is unclear.
fn parse_request(args: &str) -> Option<Request> {
    let mut status_words = vec![];
    let mut page = None;
    let mut words = args.split_whitespace().peekable();
    while let Some(word) = words.next() {
        let lower = word.to_lowercase();
        if matches!(lower.as_str(), "seite" | "page" | "s.") {
            page = Some(words.next()?.parse::<usize>().ok()?);
        } else if let Ok(number) = lower.parse::<usize>() {
            page = Some(number);
        } else {
            status_words.push(word);
        }
    }
    let status = match status_words.len() {
        0 => None,
        _ => Some(super::parse_status(&status_words.join(" "))?),
    };
    let page = page.unwrap_or(1);
    (page >= 1).then_some(Request { status, page })
}

pub async fn portfolio(ctx: &mut Ctx<'_>, args: &str) -> Result<()> {
    let Some(request) = parse_request(args) else {
        ctx.reply("portfolio-usage", &[]);
        return Ok(());
    };
    let status = request.status.map(Status::as_str);
    let total = queries::portfolio_size(ctx.tx, status).await?;
    if total == 0 {
        ctx.reply("portfolio-empty", &[]);
        return Ok(());
    }
    let pages = (total as usize).div_ceil(PAGE_SIZE);
    if request.page > pages {
        ctx.reply(
            "portfolio-page-missing",
            &[("page", request.page.into()), ("pages", pages.into())],
        );
        return Ok(());
    }
    let filter = request
        .status
        .map(|s| ctx.t(s.label_id(), &[]))
        .unwrap_or_else(|| ctx.t("portfolio-all", &[]));
    let mut text = ctx.t(
        "portfolio-heading",
        &[
            ("count", total.into()),
            ("filter", filter.into()),
            ("page", request.page.into()),
            ("pages", pages.into()),
        ],
    );
    let first = (request.page - 1) * PAGE_SIZE;
    let weights = ctx.settings.feature::<super::ScoringSettings>().weights;
    let page = queries::portfolio_page(ctx.tx, status, &weights, first as i64, PAGE_SIZE as i64).await?;
    for (offset, r) in page.iter().enumerate() {
        text.push('\n');
        text.push_str(&line(ctx, first + offset + 1, &r.idea, r.score, r.scores as usize));
    }
    if request.page < pages {
        // Written as people read the status ("in Prüfung"), which `parse_request` reads back.
        let status = request
            .status
            .map(|s| format!("{} ", ctx.t(s.label_id(), &[])))
            .unwrap_or_default();
        text.push('\n');
        text.push_str(&ctx.t(
            "portfolio-next-page",
            &[("status", status.into()), ("page", (request.page + 1).into())],
        ));
    }
    ctx.reply_text(text, None);
    Ok(())
}

fn line(ctx: &Ctx<'_>, rank: usize, idea: &TeamIdea, score: Option<f64>, count: usize) -> String {
    let score = match score {
        Some(score) => ctx.t(
            "portfolio-score",
            &[
                ("score", super::format_score(ctx.lang, score).into()),
                ("count", count.into()),
            ],
        ),
        None => ctx.t("portfolio-unscored", &[]),
    };
    let mut parts = vec![ctx.t(
        "portfolio-line",
        &[
            ("rank", rank.into()),
            ("id", idea.id.into()),
            ("title", super::list_title(ctx, idea).into()),
            ("score", score.into()),
            ("status", super::status_label(ctx, &idea.status).into()),
        ],
    )];
    if !idea.department.is_empty() {
        let department: String = idea.department.chars().take(60).collect();
        parts.push(ctx.t("portfolio-department", &[("department", department.into())]));
    }
    match &idea.owner {
        Some(owner) => parts.push(ctx.t("portfolio-owner", &[("owner", owner.into())])),
        None if Status::from_stored(&idea.status).is_some_and(Status::is_active_use_case) => {
            parts.push(ctx.t("owner-missing", &[]))
        }
        None => {}
    }
    if let Some(next) = idea.next_reassessment_at {
        let date = format_date(next, ctx.settings.timezone);
        let id = if next < ctx.now_ms {
            "portfolio-overdue"
        } else {
            "portfolio-due"
        };
        parts.push(ctx.t(id, &[("date", date.into())]));
    }
    parts.join(" · ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn requests_name_a_status_and_a_page() {
        let parsed = |s| parse_request(s);
        assert_eq!(parsed(""), Some(Request { status: None, page: 1 }));
        assert_eq!(parsed("seite 2"), Some(Request { status: None, page: 2 }));
        assert_eq!(
            parsed("in Prüfung page 3"),
            Some(Request {
                status: Some(Status::InReview),
                page: 3
            })
        );
        assert_eq!(
            parsed("pilot"),
            Some(Request {
                status: Some(Status::Pilot),
                page: 1
            })
        );
        assert_eq!(parsed("seite 0"), None);
        assert_eq!(parsed("seite"), None);
        assert_eq!(parsed("quatsch"), None);
    }
}
