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

/// The search terms of `text` for the index, separated by spaces: each word's stem, lowercased
/// and in ASCII ("Prüfungen" and "Prüfung" give `prufung`, "Straße" and "Strasse" give `strass`,
/// "Café" gives `cafe`), and the whole word as well where it is longer than its stem, so that the
/// start of a word finds it even past its stem ("verwaltun" finds `verwaltung`, stem `verwalt`).
/// A word is a run of letters and digits; everything else separates.
pub fn terms(text: &str) -> String {
    let mut out: Vec<String> = vec![];
    for word in words(&text.to_lowercase()) {
        let stem = ascii_terms(&GERMAN.stem(word));
        let whole = ascii_terms(word);
        let longer = whole != stem;
        out.extend(stem);
        if longer {
            out.extend(whole);
        }
    }
    out.join(" ")
}

/// The stems a query looks for: as `terms`, without the whole words.
fn query_terms(query: &str) -> Vec<String> {
    words(&query.to_lowercase())
        .flat_map(|word| ascii_terms(&GERMAN.stem(word)))
        .collect()
}

/// Longer terms are cut here, on both sides alike (PostgreSQL refuses query words over 2 KiB and
/// leaves such words out of its index; SQLite would keep them).
const MAX_TERM: usize = 100;

fn ascii_terms(word: &str) -> Vec<String> {
    words(&deunicode::deunicode(word).to_lowercase())
        .map(|part| part.chars().take(MAX_TERM).collect())
        .collect()
}

fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty())
}

/// A search for every word of `query`, each matching the start of a term ("prüf" finds
/// "Prüfung"), to bind for `matching`; None if the query holds no word at all.
pub fn query(tx: &Tx, query: &str) -> Option<String> {
    let terms = query_terms(query);
    if terms.is_empty() {
        return None;
    }
    // Terms are letters and digits only, so they cannot be read as either syntax's operators.
    let (pattern, and) = if is_sqlite(tx) {
        ("\"{}\"*", " ")
    } else {
        ("{}:*", " & ")
    };
    Some(
        terms
            .iter()
            .map(|t| pattern.replace("{}", t))
            .collect::<Vec<_>>()
            .join(and),
    )
}

/// Where a table's search terms are indexed.
pub struct Index {
    pub table: &'static str,
    /// The column with the terms.
    pub terms: &'static str,
    /// SQLite's FTS5 table over that column (its rowid is the table's `id`).
    pub sqlite_table: &'static str,
}

/// A query for the ids (column `id`) of the rows whose terms match the search bound as `param`
/// (from `query`), read from the index alone. PostgreSQL's expression is the one its GIN index is
/// built on; used as a materialised common table expression, so that its planner looks the words
/// up first instead of testing every row in the order of a list.
pub fn matching(tx: &Tx, index: &Index, param: &str) -> String {
    if is_sqlite(tx) {
        format!(
            "SELECT rowid AS id FROM {table} WHERE {table} MATCH {param}",
            table = index.sqlite_table
        )
    } else {
        format!(
            "SELECT id FROM {} WHERE to_tsvector('simple', COALESCE({}, '')) @@ to_tsquery('simple', {param})",
            index.table, index.terms
        )
    }
}

fn is_sqlite(tx: &Tx) -> bool {
    tx.backend_name().eq_ignore_ascii_case("sqlite")
}

#[cfg(test)]
mod tests {
    use super::{MAX_TERM, query_terms, terms};

    #[test]
    fn words_are_stemmed_folded_and_split() {
        assert_eq!(query_terms("Prüfung"), query_terms("PRÜFUNGEN"));
        assert_eq!(query_terms("Straße"), query_terms("Strasse"));
        assert_eq!(terms("Café"), "cafe");
        assert_eq!(query_terms("KI-Strategie, 2027!")[0], "ki");
        assert_eq!(query_terms("KI-Strategie, 2027!")[2], "2027");
        assert_eq!(terms("  \"*:& ()"), "");
        assert!(query_terms("Übersetzung")[0].starts_with("ubersetz"));
        assert!(query_terms("Pruefung")[0].starts_with("pruef"));
    }

    #[test]
    fn the_index_holds_stem_and_word_so_that_a_word_start_finds_it() {
        let stored = terms("Verwaltung");
        let stored: Vec<&str> = stored.split(' ').collect();
        for typed in ["verwalt", "verwaltun", "Verwaltung", "Verwaltungen"] {
            let wanted = &query_terms(typed)[0];
            assert!(
                stored.iter().any(|t| t.starts_with(wanted.as_str())),
                "{typed}: {stored:?}"
            );
        }
    }

    #[test]
    fn terms_are_ascii_letters_and_digits_of_bounded_length() {
        let long = "x".repeat(3 * MAX_TERM);
        for text in ["Ärger über Öl", "日本語のテキスト", "🦄 – ∑", &long, "ﬁ ǅ İ"] {
            for term in terms(text).split(' ').filter(|t| !t.is_empty()) {
                assert!(term.len() <= MAX_TERM, "{term}");
                assert!(
                    term.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit()),
                    "{term:?} of {text:?}"
                );
            }
        }
    }
}
