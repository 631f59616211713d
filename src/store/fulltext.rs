//! Full-text search that finds the same on both backends: texts are reduced to search terms here,
//! once (German stems, in plain ASCII), and each backend's index only looks words up: SQLite's
//! FTS5 table (unicode61, remove_diacritics) and a GIN index over PostgreSQL's `tsvector`.
//!
//! PostgreSQL's own `german` configuration would stem a second time and drop stop words SQLite
//! keeps, so its `tsvector` is built with `simple` over terms that are stemmed already, with the
//! Snowball German stemmer that configuration uses.

use super::Tx;
use rust_stemmers::{Algorithm, Stemmer};
use std::sync::LazyLock;

static GERMAN: LazyLock<Stemmer> = LazyLock::new(|| Stemmer::create(Algorithm::German));

/// The search terms of `text`, separated by spaces: each word lowercased, stemmed ("Prüfungen"
/// and "Prüfung" give `prufung`, "Straße" and "Strasse" give `strass`) and written in ASCII
/// ("Café" gives `cafe`). A word is a run of letters and digits; everything else separates.
pub fn terms(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in words(&text.to_lowercase()) {
        let stem = GERMAN.stem(word);
        for part in words(&deunicode::deunicode(&stem).to_lowercase()) {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(part);
        }
    }
    out
}

fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty())
}

/// A search for every word of `query`, each matching the start of a term ("prüf" finds
/// "Prüfung"), for `condition`; None if the query holds no word at all.
pub fn query(tx: &Tx, query: &str) -> Option<String> {
    let terms = terms(query);
    if terms.is_empty() {
        return None;
    }
    // Terms are letters and digits only, so they cannot be read as either syntax's operators.
    Some(if is_sqlite(tx) {
        terms
            .split(' ')
            .map(|t| format!("\"{t}\"*"))
            .collect::<Vec<_>>()
            .join(" ")
    } else {
        terms
            .split(' ')
            .map(|t| format!("{t}:*"))
            .collect::<Vec<_>>()
            .join(" & ")
    })
}

/// Where a table's search terms are indexed.
pub struct Index {
    /// The table's id column, qualified as the query names it (`i.id`).
    pub id: &'static str,
    /// The column with the terms, qualified the same way (`i.search_terms`).
    pub terms: &'static str,
    /// SQLite's FTS5 table over that column (its rowid is the id).
    pub sqlite_table: &'static str,
}

/// An SQL condition that holds for the rows whose terms match the search bound as `param`
/// (from `query`). PostgreSQL's expression is the one its GIN index is built on.
pub fn condition(tx: &Tx, index: &Index, param: &str) -> String {
    if is_sqlite(tx) {
        format!(
            "{} IN (SELECT rowid FROM {table} WHERE {table} MATCH {param})",
            index.id,
            table = index.sqlite_table
        )
    } else {
        format!(
            "to_tsvector('simple', COALESCE({}, '')) @@ to_tsquery('simple', {param})",
            index.terms
        )
    }
}

fn is_sqlite(tx: &Tx) -> bool {
    tx.backend_name().eq_ignore_ascii_case("sqlite")
}

#[cfg(test)]
mod tests {
    use super::terms;

    #[test]
    fn words_are_stemmed_folded_and_split() {
        assert_eq!(terms("Prüfung"), terms("PRÜFUNGEN"));
        assert_eq!(terms("Straße"), terms("Strasse"));
        assert_eq!(terms("Café"), "cafe");
        assert_eq!(terms("KI-Strategie, 2027!"), format!("ki {} 2027", terms("strategie")));
        assert_eq!(terms("  \"*:& ()"), "");
        assert!(terms("Übersetzung").starts_with("ubersetz"), "{}", terms("Übersetzung"));
        assert!(terms("Pruefung").starts_with("pruef"), "{}", terms("Pruefung"));
    }
}
