//! A table as CSV the way German Excel opens it (csv crate): UTF-8 with a byte-order mark, `;`
//! between fields, CRLF after each line, dates and decimal numbers written as the reader's
//! language writes them, would-be formulas neutralised.

use super::cells::{local, neutralised};
use crate::bot::i18n::Lang;
use crate::bot::report::{Cell, format_percent};
use chrono_tz::Tz;

pub const MIME: &str = "text/csv";

const BOM: &[u8] = b"\xEF\xBB\xBF";

/// One CSV file, written row by row.
pub struct File {
    writer: csv::Writer<Vec<u8>>,
    lang: Lang,
    tz: Tz,
}

impl File {
    /// A file that starts with the byte-order mark and `headers`.
    pub fn new(headers: &[String], lang: Lang, tz: Tz) -> Result<File, csv::Error> {
        let mut writer = csv::WriterBuilder::new()
            .delimiter(b';')
            .terminator(csv::Terminator::CRLF)
            .from_writer(BOM.to_vec());
        writer.write_record(headers.iter().map(|h| neutralised(h)))?;
        Ok(File { writer, lang, tz })
    }

    pub fn row(&mut self, row: &[Cell]) -> Result<(), csv::Error> {
        let (lang, tz) = (self.lang, self.tz);
        self.writer.write_record(row.iter().map(|cell| text(cell, lang, tz)))
    }

    /// The file's bytes.
    pub fn finish(self) -> Result<Vec<u8>, csv::Error> {
        self.writer.into_inner().map_err(|e| csv::Error::from(e.into_error()))
    }
}

fn text(cell: &Cell, lang: Lang, tz: Tz) -> String {
    let decimal = |x: f64, places: usize| {
        let text = format!("{x:.places$}");
        match lang {
            Lang::De => text.replace('.', ","),
            Lang::En => text,
        }
    };
    let moment = |ms: i64, pattern: &str| {
        local(ms, tz)
            .map(|at| at.format(pattern).to_string())
            .unwrap_or_default()
    };
    match cell {
        Cell::Empty => String::new(),
        Cell::Text(text) => neutralised(text),
        Cell::Int(n) => n.to_string(),
        Cell::Number(x) => decimal(*x, 2),
        Cell::Share(x) => format_percent(lang, x * 100.0),
        Cell::Date(ms) => moment(
            *ms,
            match lang {
                Lang::De => "%d.%m.%Y",
                Lang::En => "%Y-%m-%d",
            },
        ),
        Cell::DateTime(ms) => moment(
            *ms,
            match lang {
                Lang::De => "%d.%m.%Y %H:%M",
                Lang::En => "%Y-%m-%d %H:%M",
            },
        ),
    }
}
