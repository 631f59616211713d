//! Collects what every registered capability contributes: the sections of a report, and the
//! tables an export asks for (`alles`: every table, and the report's key figures as a sheet).

use super::files::Files;
use crate::bot::registry::{self, Export};
use crate::bot::report::{Cell, Scope, Section, Table};
use crate::store::Tx;
use anyhow::Result;

/// The word after `!export` that asks for every table.
pub const ALL: &str = "alles";
pub const ALL_ALIASES: &[&str] = &["all", "alle"];
/// File name of the key-figures sheet as a CSV file.
const KEY_FIGURES_FILE: &str = "kennzahlen";

/// Every capability's report section, in registry order.
pub async fn sections(tx: &mut Tx, scope: &Scope<'_>) -> Result<Vec<Section>> {
    let mut sections = Vec::new();
    for capability in registry::all() {
        if let Some(report) = capability.report {
            sections.push(report(tx, scope).await?);
        }
    }
    Ok(sections)
}

/// Every table offered to `!export`, in registry order.
pub fn exports() -> impl Iterator<Item = &'static Export> {
    registry::all().iter().flat_map(|c| c.tables.iter())
}

/// What `!export <word>` asks for.
#[derive(Clone, Copy)]
pub enum Wanted {
    One(&'static Export),
    All,
}

impl Wanted {
    pub fn parse(word: &str) -> Option<Wanted> {
        let word = word.to_lowercase();
        if word == ALL || ALL_ALIASES.contains(&word.as_str()) {
            return Some(Wanted::All);
        }
        exports()
            .find(|e| e.name == word || e.aliases.contains(&word.as_str()))
            .map(Wanted::One)
    }

    /// The word that names it (for file names and the command-line hint).
    pub fn name(self) -> &'static str {
        match self {
            Wanted::One(export) => export.name,
            Wanted::All => ALL,
        }
    }
}

/// Writes the tables asked for to `files`, each under the name of its CSV file.
pub async fn tables(tx: &mut Tx, scope: &Scope<'_>, wanted: Wanted, files: &mut Files) -> Result<()> {
    match wanted {
        Wanted::One(export) => {
            files.next_file(export.name);
            (export.table)(tx, scope, files).await?;
        }
        Wanted::All => {
            let figures = key_figures(scope, &sections(tx, scope).await?);
            files.next_file(KEY_FIGURES_FILE);
            figures.write_to(files)?;
            for export in exports() {
                files.next_file(export.name);
                (export.table)(tx, scope, files).await?;
            }
        }
    }
    Ok(())
}

/// The report's key figures as a table: the same numbers `!bericht` shows for the same period,
/// after two rows that say which period and when.
pub fn key_figures(scope: &Scope<'_>, sections: &[Section]) -> Table {
    let area = scope.t("report-key-figures-report", &[]);
    let period = match scope.period.from_ms {
        None => Cell::Text(scope.t("report-period-start", &[])),
        Some(from) => Cell::Date(from),
    };
    let mut rows = vec![
        vec![
            Cell::text(&area),
            Cell::Text(scope.t("report-key-figures-from", &[])),
            period,
        ],
        vec![
            Cell::text(&area),
            Cell::Text(scope.t("report-key-figures-as-of", &[])),
            Cell::DateTime(scope.now_ms),
        ],
    ];
    rows.extend(sections.iter().flat_map(|section| {
        section
            .figures
            .iter()
            .map(|f| vec![Cell::text(&section.heading), Cell::text(&f.name), f.value.clone()])
    }));
    Table {
        name: scope.t("report-key-figures-sheet", &[]),
        headers: vec![
            scope.t("report-key-figures-area", &[]),
            scope.t("report-key-figures-name", &[]),
            scope.t("report-key-figures-value", &[]),
        ],
        rows,
    }
}
