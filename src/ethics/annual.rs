//! `!ethik bericht [Jahr]`: the annual ethics report (Kontinuierliche Überprüfung) as a Markdown
//! file in the strategy room or a direct chat — per use case its stages and results, impact
//! level, bias rates per trait against the year before, energy, open conditions and whether its
//! review is overdue, with the AI tool linked to it.

use super::queries::{self, Recorded};
use super::review;
use super::scoring;
use super::stages::{Assessment, Bias, PreCheck, Stage, Verdict};
use crate::bot::calendar::{format_date, local_date, midnight};
use crate::bot::context::Ctx;
use crate::bot::markdown::escape;
use crate::bot::registry::{self, RecordRef};
use crate::bot::report::format_decimal;
use crate::bot::types::Attachment;
use crate::ideas::api::{RECORD_KIND as IDEA, label_of};
use anyhow::Result;
use chrono::{Datelike, NaiveDate};

/// The bias figures of the latest Bewertung or Überprüfung recorded in `[from, until)`.
fn bias_in(records: &[Recorded], from: i64, until: i64) -> Option<Bias> {
    let window: Vec<Recorded> = records
        .iter()
        .filter(|r| r.recorded_at >= from && r.recorded_at < until)
        .cloned()
        .collect();
    queries::latest_bias(&window)
}

/// An idea's title, or a note that its text was removed.
fn title(ctx: &Ctx<'_>, title: &str) -> String {
    if title.is_empty() {
        ctx.t("text-removed", &[])
    } else {
        title.to_string()
    }
}

/// The first instant of `year` in the configured time zone.
fn year_start(ctx: &Ctx<'_>, year: i32) -> Option<i64> {
    midnight(NaiveDate::from_ymd_opt(year, 1, 1)?, ctx.settings.timezone)
}

pub async fn report(ctx: &mut Ctx<'_>, args: &str) -> Result<()> {
    if !ctx.in_private_place() {
        ctx.reply("report-not-here", &[]);
        return Ok(());
    }
    let this_year = local_date(ctx.now_ms, ctx.settings.timezone).map_or(2026, |d| d.year());
    let year = if args.is_empty() {
        Some(this_year)
    } else {
        args.parse::<i32>().ok()
    };
    let Some((year, from, until, before)) = year
        .filter(|y| (2000..=this_year).contains(y))
        .and_then(|y| Some((y, year_start(ctx, y)?, year_start(ctx, y + 1)?, year_start(ctx, y - 1)?)))
    else {
        ctx.reply("ethics-annual-year-invalid", &[]);
        return Ok(());
    };
    let tz = ctx.settings.timezone;
    let mut md = vec![
        ctx.t("ethics-annual-title", &[("year", year.to_string().into())]),
        String::new(),
        ctx.t("ethics-annual-intro", &[("date", format_date(ctx.now_ms, tz).into())]),
    ];
    let mut checked: i64 = 0;
    for idea in queries::checked_ideas(ctx.tx).await? {
        let records: Vec<Recorded> = queries::for_idea(ctx.tx, idea.id)
            .await?
            .into_iter()
            .filter(|r| r.recorded_at < until)
            .collect();
        if records.is_empty() {
            continue;
        }
        checked += 1;
        md.push(String::new());
        let status = ctx.t(label_of(&idea.status), &[]);
        md.push(ctx.t(
            "ethics-annual-heading",
            &[
                ("id", idea.id.into()),
                ("title", escape(&title(ctx, &idea.title)).into()),
                ("status", status.into()),
            ],
        ));
        let pre = queries::latest(&records, Stage::PreCheck).and_then(|r| Some((r, r.details::<PreCheck>()?)));
        md.push(match &pre {
            Some((r, check)) => ctx.t(
                "ethics-annual-pre",
                &[
                    ("verdict", ctx.t(check.verdict.label_id(), &[]).into()),
                    ("date", format_date(r.recorded_at, tz).into()),
                ],
            ),
            None => ctx.t("ethics-annual-pre-none", &[]),
        });
        let dialogues = records.iter().filter(|r| r.stage == Stage::Dialogue.as_str()).count();
        md.push(ctx.t("ethics-annual-dialogues", &[("count", dialogues.into())]));
        let assessment =
            queries::latest(&records, Stage::Assessment).and_then(|r| Some((r, r.details::<Assessment>()?)));
        match &assessment {
            Some((r, a)) => {
                md.push(ctx.t(
                    "ethics-annual-assessment",
                    &[
                        ("level", scoring::roman(a.level).into()),
                        ("date", format_date(r.recorded_at, tz).into()),
                        ("risk", format_decimal(ctx.lang, a.risk).into()),
                        ("mitigation", format_decimal(ctx.lang, a.mitigation).into()),
                    ],
                ));
                md.push(ctx.t("ethics-annual-energy", &[("energy", escape(&a.energy).into())]));
            }
            None => md.push(ctx.t("ethics-annual-assessment-none", &[])),
        }
        match bias_in(&records, from, until) {
            Some(bias) => {
                let last_year = bias_in(&records, before, from);
                for name in bias.traits.keys() {
                    let rate = bias.rate(name).unwrap_or(0.0) * 100.0;
                    let line = match last_year.as_ref().and_then(|b| b.rate(name)) {
                        Some(previous) => ctx.t(
                            "ethics-annual-bias-change",
                            &[
                                ("trait", escape(name).into()),
                                ("rate", format_decimal(ctx.lang, rate).into()),
                                ("previous", format_decimal(ctx.lang, previous * 100.0).into()),
                                ("change", format_decimal(ctx.lang, rate - previous * 100.0).into()),
                            ],
                        ),
                        None => ctx.t(
                            "ethics-annual-bias",
                            &[
                                ("trait", escape(name).into()),
                                ("rate", format_decimal(ctx.lang, rate).into()),
                            ],
                        ),
                    };
                    md.push(line);
                }
            }
            None => md.push(ctx.t("ethics-annual-bias-none", &[])),
        }
        if let Some((_, check)) = &pre
            && check.verdict == Verdict::WithConditions
        {
            md.push(ctx.t(
                "ethics-annual-conditions",
                &[("conditions", escape(&check.conditions).into())],
            ));
        }
        if let Some(due) = review::due(ctx.settings, &records) {
            md.push(ctx.t(
                "ethics-annual-review",
                &[
                    ("date", format_date(due, tz).into()),
                    // Overdue as the year closed, or as of today for the current year.
                    (
                        "overdue",
                        if due <= ctx.now_ms.min(until) { "yes" } else { "no" }.into(),
                    ),
                ],
            ));
        }
        // Its AI tool, where one is linked.
        let record = RecordRef {
            kind: IDEA,
            id: idea.id,
        };
        for line in registry::linked(ctx, &record).await? {
            md.push(format!("- {}", escape(&line)));
        }
    }
    if checked == 0 {
        md.push(String::new());
        md.push(ctx.t("ethics-annual-empty", &[]));
    }
    let unchecked = queries::active_unchecked(ctx.tx).await?;
    if !unchecked.is_empty() {
        md.push(String::new());
        md.push(ctx.t("ethics-annual-unchecked", &[("count", (unchecked.len() as i64).into())]));
        for idea in unchecked {
            md.push(format!("- #{} {}", idea.id, escape(&title(ctx, &idea.title))));
        }
    }
    let text = ctx.t(
        "ethics-annual-sent",
        &[("year", year.to_string().into()), ("count", checked.into())],
    );
    ctx.reply_before_uploads(text);
    let file = Attachment::text_file(
        format!("ethik-bericht-{year}.md"),
        "text/markdown",
        md.join("\n") + "\n",
    );
    ctx.upload(file);
    Ok(())
}
