//! `!bericht [Zeitraum]` and `!export <was> [xlsx|csv]` for the strategy team, in the strategy
//! room or a direct chat only: both show data a department room must not see.

use super::build::{self, Format};
use super::gather::{self, Wanted};
use super::period;
use crate::bot::context::Ctx;
use crate::bot::i18n::Lang;
use crate::bot::report::{Period, Scope, format_count, format_decimal};
use anyhow::Result;

pub async fn report(ctx: &mut Ctx<'_>, args: &str) -> Result<()> {
    if !ctx.in_private_place() {
        ctx.reply("report-not-here", &[]);
        return Ok(());
    }
    let Some(asked) = period::parse(args, ctx.now_ms, ctx.settings.timezone) else {
        let shown: String = args.trim().chars().take(60).collect();
        ctx.reply("report-period-unknown", &[("period", shown.into())]);
        return Ok(());
    };
    let scope = Scope {
        settings: ctx.settings,
        lang: ctx.lang,
        now_ms: ctx.now_ms,
        period: asked.period,
    };
    let (text, images) = build::report(ctx.tx, &scope, &asked).await?;
    ctx.reply_before_uploads(text);
    for image in images {
        ctx.upload(image);
    }
    Ok(())
}

pub async fn export(ctx: &mut Ctx<'_>, args: &str) -> Result<()> {
    if !ctx.in_private_place() {
        ctx.reply("export-not-here", &[]);
        return Ok(());
    }
    let mut words = args.split_whitespace();
    let (what, format) = (words.next(), words.next());
    let wanted = what.and_then(Wanted::parse);
    let format = match format {
        None => Some(Format::Xlsx),
        Some(word) => Format::parse(word),
    };
    let (Some(wanted), Some(format), None) = (wanted, format, words.next()) else {
        ctx.reply("export-usage", &[("choices", choices().into())]);
        return Ok(());
    };
    let scope = Scope {
        settings: ctx.settings,
        lang: ctx.lang,
        now_ms: ctx.now_ms,
        period: Period {
            from_ms: None,
            until_ms: ctx.now_ms,
        },
    };
    let exported = build::export(ctx.tx, &scope, wanted, format).await?;
    let largest = exported.files.iter().map(|f| f.bytes.len() as u64).max().unwrap_or(0);
    if let Some(limit) = ctx.upload_limit.filter(|limit| largest > *limit) {
        // Several CSV files go into a directory.
        let out = match exported.files.as_slice() {
            [one] => one.filename.clone(),
            _ => format!("lotse-{}/", wanted.name()),
        };
        let hint = format!(
            "lotse export --what {} --format {} --out {out}",
            wanted.name(),
            format.extension(),
        );
        ctx.reply(
            "export-too-big",
            &[
                ("size", file_size(ctx.lang, largest).into()),
                ("limit", file_size(ctx.lang, limit).into()),
                ("command", hint.into()),
            ],
        );
        return Ok(());
    }
    let sent = ctx.t(
        "export-sent",
        &[
            ("what", wanted.name().into()),
            ("format", format.extension().to_uppercase().into()),
            ("tables", exported.tables.into()),
            ("rows", exported.rows.into()),
            ("rows_text", format_count(ctx.lang, exported.rows as i64).into()),
            ("files", exported.files.len().into()),
        ],
    );
    ctx.reply_before_uploads(sent);
    for file in exported.files {
        ctx.upload(file);
    }
    Ok(())
}

/// `850 KB` or `12,5 MB`.
fn file_size(lang: Lang, bytes: u64) -> String {
    if bytes < 1_000_000 {
        format!("{} KB", format_count(lang, bytes.div_ceil(1000) as i64))
    } else {
        format!("{} MB", format_decimal(lang, bytes as f64 / 1_000_000.0))
    }
}

/// `ideen, portfolio, …, alles`: what `!export` accepts.
pub fn choices() -> String {
    gather::exports()
        .map(|e| e.name)
        .chain([gather::ALL])
        .collect::<Vec<_>>()
        .join(", ")
}
