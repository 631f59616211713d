//! Tables as one XLSX workbook (rust_xlsxwriter): a sheet per table, a bold frozen header row
//! with an autofilter, dates as dates in the configured time zone, numbers as numbers, and
//! columns as wide as their content (within bounds).

use super::cells::{self, Widths};
use crate::bot::report::{Cell, Table};
use chrono_tz::Tz;
use rust_xlsxwriter::{Format, FormatAlign, Workbook, Worksheet, XlsxError};

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

/// The workbook's bytes.
pub fn workbook<'a>(tables: impl IntoIterator<Item = &'a Table>, tz: Tz) -> Result<Vec<u8>, XlsxError> {
    let formats = Formats::new();
    let mut workbook = Workbook::new();
    for table in tables {
        // Rows go to a temporary file as they are written (strings stay shared), so a large
        // export does not hold the whole sheet in memory twice.
        let sheet = workbook.add_worksheet_with_low_memory()?;
        write_sheet(sheet, table, tz, &formats)?;
    }
    workbook.save_to_buffer()
}

fn write_sheet(sheet: &mut Worksheet, table: &Table, tz: Tz, formats: &Formats) -> Result<(), XlsxError> {
    sheet.set_name(cells::sheet_name(&table.name))?;
    let mut widths = Widths::new(&table.headers);
    for (col, header) in table.headers.iter().enumerate() {
        sheet.write_string_with_format(0, col as u16, header, &formats.header)?;
    }
    for (i, row) in table.rows.iter().enumerate() {
        let r = i as u32 + 1;
        for (c, cell) in row.iter().enumerate() {
            let col = c as u16;
            widths.fit(c, cell);
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
                    if let Some(at) = cells::local(*ms, tz) {
                        sheet.write_datetime_with_format(r, col, at.date(), &formats.date)?;
                    }
                }
                Cell::DateTime(ms) => {
                    if let Some(at) = cells::local(*ms, tz) {
                        sheet.write_datetime_with_format(r, col, at, &formats.datetime)?;
                    }
                }
            }
        }
    }
    for (col, width) in widths.chars().enumerate() {
        sheet.set_column_width(col as u16, width)?;
    }
    let last_col = table.headers.len().saturating_sub(1) as u16;
    sheet.set_freeze_panes(1, 0)?;
    sheet.autofilter(0, 0, table.rows.len() as u32, last_col)?;
    Ok(())
}
