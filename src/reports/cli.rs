//! `lotse export` and `lotse report` for the IT team and cron: the same report and files as in
//! the chat, read straight from the database, with no Matrix connection.

use super::build::{self, Format};
use super::commands::choices;
use super::gather::Wanted;
use super::period;
use crate::bot::Settings;
use crate::bot::report::{Period, Scope};
use crate::store::Store;
use anyhow::{Context, Result, bail};
use std::path::Path;

/// Writes the export to `out`: the XLSX file, or the CSV file. `alles` as CSV is one file per
/// table, so `out` is then a directory (created if needed). Returns what it wrote.
pub async fn export(
    store: &Store,
    settings: &Settings,
    what: &str,
    format: &str,
    out: &Path,
    now_ms: i64,
) -> Result<String> {
    let Some(wanted) = Wanted::parse(what) else {
        bail!("unknown table {what:?}; choose one of: {}", choices());
    };
    let Some(format) = Format::parse(format) else {
        bail!("unknown format {format:?}; choose xlsx or csv");
    };
    let scope = Scope {
        settings,
        lang: settings.default_language,
        now_ms,
        period: Period {
            from_ms: None,
            until_ms: now_ms,
        },
    };
    let mut tx = store.begin().await?;
    let exported = build::export(&mut tx, &scope, wanted, format).await?;
    tx.rollback().await?;
    let mut written = Vec::new();
    if exported.files.len() == 1 {
        std::fs::write(out, &exported.files[0].bytes).with_context(|| format!("cannot write {}", out.display()))?;
        written.push(out.display().to_string());
    } else {
        std::fs::create_dir_all(out).with_context(|| format!("cannot create the directory {}", out.display()))?;
        for file in &exported.files {
            let path = out.join(&file.filename);
            std::fs::write(&path, &file.bytes).with_context(|| format!("cannot write {}", path.display()))?;
            written.push(path.display().to_string());
        }
    }
    Ok(format!(
        "{} rows in {} tables written to {}",
        exported.rows,
        exported.tables,
        written.join(", ")
    ))
}

/// The report's text (as `!bericht` shows it); with `charts`, its images are written there.
pub async fn report(
    store: &Store,
    settings: &Settings,
    period: &str,
    charts: Option<&Path>,
    now_ms: i64,
) -> Result<String> {
    let Some(asked) = period::parse(period, now_ms, settings.timezone) else {
        bail!("{period:?} is not a period; try 2026, Q3, \"Q3 2026\", \"30 Tage\" or nothing for since the start");
    };
    let scope = Scope {
        settings,
        lang: settings.default_language,
        now_ms,
        period: asked.period,
    };
    let mut tx = store.begin().await?;
    let (text, images) = build::report(&mut tx, &scope, &asked).await?;
    tx.rollback().await?;
    if let Some(dir) = charts {
        std::fs::create_dir_all(dir).with_context(|| format!("cannot create the directory {}", dir.display()))?;
        for image in &images {
            let path = dir.join(&image.filename);
            std::fs::write(&path, &image.bytes).with_context(|| format!("cannot write {}", path.display()))?;
        }
    }
    Ok(text)
}
