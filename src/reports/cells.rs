//! What XLSX and CSV share about cells: which texts a spreadsheet would run as a formula, local
//! times, sheet names and column widths.

use crate::bot::report::Cell;
use chrono::NaiveDateTime;
use chrono_tz::Tz;

/// True for a text a spreadsheet would read as a formula or a command: it starts with `=`, `+`,
/// `-`, `@`, a tab or a carriage return (OWASP "CSV injection"). Idea titles are user input.
pub fn could_be_formula(text: &str) -> bool {
    text.starts_with(['=', '+', '-', '@', '\t', '\r'])
}

/// The text as a CSV cell that no spreadsheet runs: a leading apostrophe before a would-be formula.
pub fn neutralised(text: &str) -> String {
    if could_be_formula(text) {
        format!("'{text}")
    } else {
        text.to_string()
    }
}

/// `ms` as local date and time in `tz`.
pub fn local(ms: i64, tz: Tz) -> Option<NaiveDateTime> {
    chrono::DateTime::from_timestamp_millis(ms).map(|d| d.with_timezone(&tz).naive_local())
}

/// A valid sheet name: at most 31 characters, none of `[]:*?/\`.
pub fn sheet_name(name: &str) -> String {
    let cleaned: String = name
        .chars()
        .filter(|c| !matches!(c, '[' | ']' | ':' | '*' | '?' | '/' | '\\'))
        .take(31)
        .collect();
    if cleaned.trim().is_empty() {
        "Tabelle".to_string()
    } else {
        cleaned
    }
}

/// Column widths in characters: as wide as the widest header or value, within bounds.
pub struct Widths(Vec<usize>);

const MIN_WIDTH: usize = 6;
const MAX_WIDTH: usize = 60;

impl Widths {
    pub fn new(headers: &[String]) -> Widths {
        Widths(headers.iter().map(|h| h.chars().count() + 3).collect())
    }

    pub fn fit(&mut self, col: usize, cell: &Cell) {
        let wanted = match cell {
            Cell::Empty => 0,
            Cell::Text(text) => text.lines().map(|l| l.chars().count()).max().unwrap_or(0),
            Cell::Int(n) => n.to_string().len(),
            Cell::Number(_) | Cell::Share(_) => 6,
            Cell::Date(_) => 10,
            Cell::DateTime(_) => 16,
        } + 1;
        if let Some(width) = self.0.get_mut(col) {
            *width = (*width).max(wanted);
        }
    }

    pub fn chars(&self) -> impl Iterator<Item = f64> + '_ {
        self.0.iter().map(|w| (*w).clamp(MIN_WIDTH, MAX_WIDTH) as f64)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn would_be_formulas_are_recognised_and_neutralised() {
        for text in ["=HYPERLINK(\"http://x\")", "+1", "-1+2", "@SUM(A1)", "\tx", "\rx"] {
            assert!(could_be_formula(text), "{text:?}");
            assert!(neutralised(text).starts_with('\''), "{text:?}");
        }
        for text in ["Chatbot", "1+1", " =x", ""] {
            assert!(!could_be_formula(text), "{text:?}");
            assert_eq!(neutralised(text), text);
        }
    }

    #[test]
    fn sheet_names_are_valid() {
        assert_eq!(sheet_name("Ideen"), "Ideen");
        assert_eq!(sheet_name("a/b:c"), "abc");
        assert_eq!(sheet_name(&"x".repeat(40)).len(), 31);
        assert_eq!(sheet_name("[]"), "Tabelle");
    }
}
