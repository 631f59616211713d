//! Tables as one XLSX workbook (rust_xlsxwriter): a sheet per table, a bold frozen header row
//! with an autofilter, dates as dates in the configured time zone, numbers as numbers, and
//! columns as wide as their content (within bounds).

use super::cells::{self, Widths};
use crate::bot::report::Cell;
use chrono_tz::Tz;
use rust_xlsxwriter::{Format, FormatAlign, Workbook, XlsxError};

pub const MIME: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

struct Formats {
    header: Format,
    /// Text that a spreadsheet would otherwise read as a formula (`=`, `+`, …) stays text.
    quoted: Format,
    date: Format,
    datetime: Format,
    number: Format,
    share: Format,
}

impl Formats {
    fn new() -> Formats {
        Formats {
            header: Format::new().set_bold().set_align(FormatAlign::Top),
            quoted: Format::new().set_quote_prefix(),
            date: Format::new().set_num_format("dd.mm.yyyy"),
            datetime: Format::new().set_num_format("dd.mm.yyyy hh:mm"),
            number: Format::new().set_num_format("0.00"),
            share: Format::new().set_num_format("0%"),
        }
    }
}

/// A workbook written sheet by sheet, row by row.
pub struct Book {
    workbook: Workbook,
    formats: Formats,
    tz: Tz,
    sheet: Option<Sheet>,
}

/// The sheet being written: its place in the workbook, its column widths so far, its rows.
struct Sheet {
    index: usize,
    widths: Widths,
    columns: usize,
    rows: u32,
}

impl Book {
    pub fn new(tz: Tz) -> Book {
        let mut workbook = Workbook::new();
        // Excel's own level, faster than the default 6 (README "Berichte und Exporte").
        workbook.set_zip_compression_level(3);
        Book {
            workbook,
            formats: Formats::new(),
            tz,
            sheet: None,
        }
    }

    /// Starts the next sheet, with a bold header row.
    pub fn start(&mut self, name: &str, headers: &[String]) -> Result<(), XlsxError> {
        self.finish_sheet()?;
        // Rows go to a temporary file as they are written, their strings inline: a shared string
        // table would keep every distinct text of the export in memory until the end (megabytes
        // for 20,000 ideas), for a file about an eighth smaller.
        let sheet = self.workbook.add_worksheet_with_constant_memory()?;
        sheet.set_name(cells::sheet_name(name))?;
        for (col, header) in headers.iter().enumerate() {
            sheet.write_string_with_format(0, col as u16, header, &self.formats.header)?;
        }
        self.sheet = Some(Sheet {
            index: self.workbook.worksheets().len() - 1,
            widths: Widths::new(headers),
            columns: headers.len(),
            rows: 0,
        });
        Ok(())
    }

    /// Adds a row to the sheet started last (nothing if none was started).
    pub fn row(&mut self, row: &[Cell]) -> Result<(), XlsxError> {
        let Some(state) = self.sheet.as_mut() else {
            return Ok(());
        };
        state.rows += 1;
        let r = state.rows;
        let sheet = self.workbook.worksheet_from_index(state.index)?;
        let formats = &self.formats;
        for (c, cell) in row.iter().enumerate() {
            let col = c as u16;
            state.widths.fit(c, cell);
            match cell {
                Cell::Empty => {}
                Cell::Text(text) if cells::could_be_formula(text) => {
                    sheet.write_string_with_format(r, col, text, &formats.quoted)?;
                }
                Cell::Text(text) => {
                    sheet.write_string(r, col, text)?;
                }
                Cell::Int(n) => {
                    sheet.write_number(r, col, *n as f64)?;
                }
                Cell::Number(x) => {
                    sheet.write_number_with_format(r, col, *x, &formats.number)?;
                }
                Cell::Share(x) => {
                    sheet.write_number_with_format(r, col, *x, &formats.share)?;
                }
                Cell::Date(ms) => {
                    if let Some(at) = cells::local(*ms, self.tz) {
                        sheet.write_datetime_with_format(r, col, at.date(), &formats.date)?;
                    }
                }
                Cell::DateTime(ms) => {
                    if let Some(at) = cells::local(*ms, self.tz) {
                        sheet.write_datetime_with_format(r, col, at, &formats.datetime)?;
                    }
                }
            }
        }
        Ok(())
    }

    /// The widths, the frozen header row and the autofilter, once a sheet's rows are all written.
    fn finish_sheet(&mut self) -> Result<(), XlsxError> {
        let Some(state) = self.sheet.take() else { return Ok(()) };
        let sheet = self.workbook.worksheet_from_index(state.index)?;
        for (col, width) in state.widths.chars().enumerate() {
            sheet.set_column_width(col as u16, width)?;
        }
        sheet.set_freeze_panes(1, 0)?;
        sheet.autofilter(0, 0, state.rows, state.columns.saturating_sub(1) as u16)?;
        Ok(())
    }

    /// The workbook's bytes.
    pub fn finish(mut self) -> Result<Vec<u8>, XlsxError> {
        self.finish_sheet()?;
        self.workbook.save_to_buffer()
    }
}
