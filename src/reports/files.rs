//! The files of an export, written as the tables come: one XLSX workbook with a sheet per table,
//! or one CSV file per table. Only the files themselves are held, never a whole table.

use super::build::Format;
use super::{delimited, xlsx};
use crate::bot::i18n::Lang;
use crate::bot::report::{Cell, TableSink};
use crate::bot::types::Attachment;
use anyhow::Result;
use chrono_tz::Tz;

pub struct Files {
    lang: Lang,
    tz: Tz,
    written: Written,
    /// The name of the next table's CSV file (`ideen`), set before each table.
    next_file: &'static str,
    tables: usize,
    rows: usize,
}

enum Written {
    Xlsx(Box<xlsx::Book>),
    /// Each file's name and the file; the last one is being written.
    Csv(Vec<(&'static str, delimited::File)>),
}

impl Files {
    pub fn new(format: Format, lang: Lang, tz: Tz) -> Files {
        let written = match format {
            Format::Xlsx => Written::Xlsx(Box::new(xlsx::Book::new(tz))),
            Format::Csv => Written::Csv(vec![]),
        };
        Files {
            lang,
            tz,
            written,
            next_file: "tabelle",
            tables: 0,
            rows: 0,
        }
    }

    /// The next table is the one of `!export <file>`.
    pub fn next_file(&mut self, file: &'static str) {
        self.next_file = file;
    }

    pub fn tables(&self) -> usize {
        self.tables
    }

    pub fn rows(&self) -> usize {
        self.rows
    }

    /// The attachments: the workbook as `workbook_name`, or `lotse-<file>-<day>.csv` per table.
    pub fn finish(self, workbook_name: &str, day: &str) -> Result<Vec<Attachment>> {
        let file = |filename: String, mime: &str, bytes: Vec<u8>| Attachment {
            filename,
            mime: mime.into(),
            bytes,
            caption: None,
            image_size: None,
        };
        Ok(match self.written {
            Written::Xlsx(book) => vec![file(workbook_name.to_string(), xlsx::MIME, book.finish()?)],
            Written::Csv(files) => files
                .into_iter()
                .map(|(name, csv)| Ok(file(format!("lotse-{name}-{day}.csv"), delimited::MIME, csv.finish()?)))
                .collect::<Result<Vec<_>>>()?,
        })
    }
}

impl TableSink for Files {
    fn start(&mut self, name: String, headers: Vec<String>) -> Result<()> {
        self.tables += 1;
        match &mut self.written {
            Written::Xlsx(book) => book.start(&name, &headers)?,
            Written::Csv(files) => files.push((self.next_file, delimited::File::new(&headers, self.lang, self.tz)?)),
        }
        Ok(())
    }

    fn row(&mut self, cells: Vec<Cell>) -> Result<()> {
        self.rows += 1;
        match &mut self.written {
            Written::Xlsx(book) => book.row(&cells)?,
            Written::Csv(files) => {
                if let Some((_, file)) = files.last_mut() {
                    file.row(&cells)?;
                }
            }
        }
        Ok(())
    }
}
