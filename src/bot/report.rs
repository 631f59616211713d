//! What a capability contributes to `!bericht` and `!export`: a section of key figures with its
//! charts, and tables. Capabilities fill these in; the reports capability turns them into text,
//! PNG images, XLSX and CSV, so no capability knows a file format.

use super::Settings;
use super::i18n::{Args, Lang, t};

/// What a report or an export is made for: the period, the reader's language and the time.
pub struct Scope<'a> {
    pub settings: &'a Settings,
    pub lang: Lang,
    pub now_ms: i64,
    pub period: Period,
}

impl Scope<'_> {
    /// Text of message `id` in the reader's language.
    pub fn t(&self, id: &str, args: &Args<'_>) -> String {
        t(self.lang, id, args)
    }

    /// `"1.234"` in German, `"1,234"` in English.
    pub fn count(&self, n: i64) -> String {
        format_count(self.lang, n)
    }

    /// Column headers from their Fluent ids.
    pub fn headers(&self, ids: &[&str]) -> Vec<String> {
        ids.iter().map(|id| self.t(id, &[])).collect()
    }

    /// "ja" or "nein" as a cell.
    pub fn yes_no(&self, yes: bool) -> Cell {
        Cell::Text(self.t(if yes { "export-yes" } else { "export-no" }, &[]))
    }

    /// `eingereicht 10 · in Prüfung 5 · …`: counts by kind, the first few, then how many more.
    pub fn breakdown(&self, items: &[(String, i64)]) -> String {
        if items.is_empty() {
            return "–".to_string();
        }
        let mut parts: Vec<String> = items
            .iter()
            .take(MAX_BREAKDOWN)
            .map(|(label, n)| format!("{label} {}", self.count(*n)))
            .collect();
        if items.len() > MAX_BREAKDOWN {
            parts.push(self.t("report-more", &[("count", (items.len() - MAX_BREAKDOWN).into())]));
        }
        parts.join(" · ")
    }

    /// `4,5 Tage`, `1 Tag`: a number of days to one decimal.
    pub fn days(&self, days: f64) -> String {
        self.days_as("report-days", days)
    }

    /// The same after "nach" (German dative): `4,5 Tagen`, `einem Tag`.
    pub fn days_after(&self, days: f64) -> String {
        self.days_as("report-days-after", days)
    }

    fn days_as(&self, id: &str, days: f64) -> String {
        let rounded = (days * 10.0).round() / 10.0;
        let text = if rounded.fract() == 0.0 {
            self.count(rounded as i64)
        } else {
            format_decimal(self.lang, rounded)
        };
        // Only exactly one takes the singular ("1 Tag", but "0,5 Tage" and "1,5 Tage").
        let selector: i64 = if rounded == 1.0 { 1 } else { 2 };
        self.t(id, &[("days", selector.into()), ("text", text.into())])
    }

    /// `part` of `whole` as a whole percentage, e.g. `"43 %"` (`"–"` when `whole` is 0).
    pub fn percent(&self, part: i64, whole: i64) -> String {
        share(part, whole).map_or_else(|| "–".to_string(), |p| format_percent(self.lang, p))
    }
}

/// How many kinds a breakdown line names before it says "and N more" (the sheet has them all).
const MAX_BREAKDOWN: usize = 8;

/// A span of time `[from_ms, until_ms)`; `from_ms` None means "since the start".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    pub from_ms: Option<i64>,
    pub until_ms: i64,
}

impl Period {
    /// The lower bound for SQL (`created_at >= $1`): the earliest time when the period has no start.
    pub fn from(&self) -> i64 {
        self.from_ms.unwrap_or(i64::MIN)
    }

    pub fn contains(&self, ms: i64) -> bool {
        ms >= self.from() && ms < self.until_ms
    }
}

/// A capability's part of `!bericht`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Section {
    pub heading: String,
    /// The key figures as readable lines, in the reader's language.
    pub lines: Vec<String>,
    /// The same figures as numbers, for the key-figures sheet of `!export alles`.
    pub figures: Vec<KeyFigure>,
    pub charts: Vec<Chart>,
}

impl Section {
    pub fn new(heading: String) -> Section {
        Section {
            heading,
            ..Section::default()
        }
    }

    /// Adds a key figure as a number, to the sheet only (its line says it in words).
    pub fn figure(&mut self, name: String, value: Cell) {
        self.figures.push(KeyFigure { name, value });
    }

    /// Adds one key figure per kind of a breakdown: `"<name>: <kind>"` and its count.
    pub fn breakdown_figures(&mut self, name: &str, items: &[(String, i64)]) {
        for (label, n) in items {
            self.figure(format!("{name}: {label}"), Cell::Int(*n));
        }
    }
}

/// One key figure: its name ("Ideen eingereicht im Zeitraum") and value.
#[derive(Debug, Clone, PartialEq)]
pub struct KeyFigure {
    pub name: String,
    pub value: Cell,
}

/// A horizontal bar chart: one bar per label, optionally beside a reference value.
#[derive(Debug, Clone, PartialEq)]
pub struct Chart {
    /// File name without extension, e.g. `ideen-nach-status`.
    pub file: &'static str,
    pub title: String,
    /// Says in one or two sentences what the chart shows; the message body under the image.
    pub alt: String,
    pub unit: Unit,
    pub bars: Vec<Bar>,
    /// The legend of the bars and, if some bars have one, of the reference values.
    pub legend: Option<(String, String)>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Count,
    /// Values are percentages, 0–100.
    Percent,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    pub label: String,
    pub value: f64,
    /// A value to compare with (e.g. a survey's figure), drawn beside the bar.
    pub reference: Option<f64>,
}

/// One table of an export: a sheet in XLSX, a file in CSV.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    /// The sheet's name (at most 31 characters) and the CSV file's name.
    pub name: String,
    pub headers: Vec<String>,
    pub rows: Vec<Vec<Cell>>,
}

impl Table {
    /// Writes this table, held in memory, to `sink`: for the small tables.
    pub fn write_to(self, sink: &mut dyn TableSink) -> anyhow::Result<()> {
        sink.start(self.name, self.headers)?;
        for row in self.rows {
            sink.row(row)?;
        }
        Ok(())
    }
}

/// Where an export writes its tables: each started with its name and headers, then row by row as
/// they are read, so a large table (every idea) is never held in memory whole.
pub trait TableSink: Send {
    /// Starts the next table (a sheet in XLSX, a file in CSV).
    fn start(&mut self, name: String, headers: Vec<String>) -> anyhow::Result<()>;
    /// Adds a row to the table started last.
    fn row(&mut self, cells: Vec<Cell>) -> anyhow::Result<()>;
}

/// One value in a table; its kind decides the cell type in XLSX.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Empty,
    Text(String),
    Int(i64),
    Number(f64),
    /// A share, 0.0–1.0; shown as a percentage.
    Share(f64),
    /// A day, from milliseconds since the epoch, in the configured time zone.
    Date(i64),
    /// A moment, from milliseconds since the epoch, in the configured time zone.
    DateTime(i64),
}

impl Cell {
    pub fn text(s: impl Into<String>) -> Cell {
        Cell::Text(s.into())
    }

    pub fn date(ms: Option<i64>) -> Cell {
        ms.map_or(Cell::Empty, Cell::Date)
    }

    pub fn datetime(ms: Option<i64>) -> Cell {
        ms.map_or(Cell::Empty, Cell::DateTime)
    }

    pub fn number(value: Option<f64>) -> Cell {
        value.map_or(Cell::Empty, Cell::Number)
    }

    /// `part` of `whole` as a share; empty when there is no whole.
    pub fn share_of(part: i64, whole: i64) -> Cell {
        share(part, whole).map_or(Cell::Empty, |p| Cell::Share(p / 100.0))
    }
}

/// `part / whole` as a percentage, None when there is no whole.
pub fn share(part: i64, whole: i64) -> Option<f64> {
    (whole > 0).then(|| part as f64 * 100.0 / whole as f64)
}

/// The median of `values`, None when there are none.
pub fn median(mut values: Vec<f64>) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    values.sort_by(f64::total_cmp);
    let mid = values.len() / 2;
    Some(if values.len().is_multiple_of(2) {
        (values[mid - 1] + values[mid]) / 2.0
    } else {
        values[mid]
    })
}

/// Days between two moments given in milliseconds.
pub fn days_between(from_ms: i64, to_ms: i64) -> f64 {
    (to_ms - from_ms) as f64 / 86_400_000.0
}

/// A whole number with thousands separators: `1.234` (German) or `1,234` (English).
pub fn format_count(lang: Lang, n: i64) -> String {
    let digits = n.unsigned_abs().to_string();
    let separator = match lang {
        Lang::De => '.',
        Lang::En => ',',
    };
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(separator);
        }
        out.push(c);
    }
    if n < 0 { format!("-{out}") } else { out }
}

/// A number with one decimal: `4,5` (German) or `4.5` (English).
pub fn format_decimal(lang: Lang, value: f64) -> String {
    let text = format!("{value:.1}");
    match lang {
        Lang::De => text.replace('.', ","),
        Lang::En => text,
    }
}

/// A percentage, rounded to a whole number: `43 %` (German) or `43%` (English).
pub fn format_percent(lang: Lang, value: f64) -> String {
    match lang {
        Lang::De => format!("{} %", value.round() as i64),
        Lang::En => format!("{}%", value.round() as i64),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_read_the_way_each_language_writes_them() {
        assert_eq!(format_count(Lang::De, 1_234_567), "1.234.567");
        assert_eq!(format_count(Lang::En, 1_234), "1,234");
        assert_eq!(format_count(Lang::De, 999), "999");
        assert_eq!(format_count(Lang::De, -1000), "-1.000");
        assert_eq!(format_decimal(Lang::De, 4.25), "4,2");
        assert_eq!(format_percent(Lang::De, 42.6), "43 %");
        assert_eq!(format_percent(Lang::En, 42.4), "42%");
    }

    #[test]
    fn median_of_odd_and_even_counts() {
        assert_eq!(median(vec![]), None);
        assert_eq!(median(vec![5.0, 1.0, 3.0]), Some(3.0));
        assert_eq!(median(vec![4.0, 1.0, 3.0, 2.0]), Some(2.5));
        assert_eq!(share(1, 3).map(|p| p.round()), Some(33.0));
        assert_eq!(share(1, 0), None);
    }
}
