//! Makes a report (its text and chart images) and an export (its files) from what the
//! capabilities contribute; the chat commands and the command line both call these.

use super::files::Files;
use super::gather::{self, Wanted};
use super::period::Asked;
use super::{chart, text};
use crate::bot::calendar::local_date;
use crate::bot::report::Scope;
use crate::bot::types::Attachment;
use crate::store::Tx;
use anyhow::Result;

/// A report: its text and one PNG per chart.
pub async fn report(tx: &mut Tx, scope: &Scope<'_>, asked: &Asked) -> Result<(String, Vec<Attachment>)> {
    let sections = gather::sections(tx, scope).await?;
    let text = text::render(scope, asked, &sections);
    let mut images = Vec::new();
    for chart in sections.iter().flat_map(|s| &s.charts) {
        images.push(Attachment {
            filename: format!("{}.png", chart.file),
            mime: "image/png".into(),
            bytes: chart::render(chart, scope.lang)?,
            caption: Some(chart.alt.clone()),
            image_size: Some(chart::SIZE),
        });
    }
    Ok((text, images))
}

/// The file formats of an export.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Xlsx,
    Csv,
}

impl Format {
    pub fn parse(word: &str) -> Option<Format> {
        match word.to_lowercase().trim_start_matches('.') {
            "xlsx" | "excel" => Some(Format::Xlsx),
            "csv" => Some(Format::Csv),
            _ => None,
        }
    }

    pub fn extension(self) -> &'static str {
        match self {
            Format::Xlsx => "xlsx",
            Format::Csv => "csv",
        }
    }
}

/// What an export produced.
pub struct Exported {
    /// One XLSX workbook, or one CSV file per table.
    pub files: Vec<Attachment>,
    pub tables: usize,
    pub rows: usize,
}

pub async fn export(tx: &mut Tx, scope: &Scope<'_>, wanted: Wanted, format: Format) -> Result<Exported> {
    let mut files = Files::new(format, scope.lang, scope.settings.timezone);
    gather::tables(tx, scope, wanted, &mut files).await?;
    let (tables, rows) = (files.tables(), files.rows());
    let day = file_day(scope);
    let files = files.finish(&format!("lotse-{}-{day}.xlsx", wanted.name()), &day)?;
    Ok(Exported { files, tables, rows })
}

/// `2026-12-02`: the day of the export, for file names that sort.
fn file_day(scope: &Scope<'_>) -> String {
    local_date(scope.now_ms, scope.settings.timezone)
        .map(|d| d.format("%Y-%m-%d").to_string())
        .unwrap_or_default()
}
