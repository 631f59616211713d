//! Every text column of every table, on either backend: the rows that name a person
//! (`rows_naming`, for their export), and replacing an id or a name throughout
//! (`replace_everywhere`, with `replace_in` deciding what counts as an occurrence), as erasure
//! needs.

use super::{Store, Tx};
use anyhow::Result;

/// A table and one of its text columns.
pub type Column = (String, String);

/// The migration bookkeeping holds SQL, never anyone's data.
const NOT_DATA: &str = "_sqlx_migrations";
/// Tables named so hold counts that triggers derive from other tables' rows (e.g. a report's
/// weekly tallies): they follow those rows, an erasure included, and are never rewritten or
/// exported as anyone's data themselves.
pub const DERIVED_SUFFIX: &str = "_tallies";

impl Store {
    /// The text columns of every table the migrations created, but derived ones.
    pub async fn text_columns(tx: &mut Tx) -> Result<Vec<Column>> {
        let mut columns = Self::columns(tx, true).await?;
        columns.retain(|(table, _)| !table.ends_with(DERIVED_SUFFIX));
        Ok(columns)
    }

    /// The columns of every table, in table and column order: only the text columns of the
    /// migrations' tables, or every column of every table (their bookkeeping too). The one place
    /// that reads either backend's catalogue.
    pub async fn columns(tx: &mut Tx, only_text: bool) -> Result<Vec<Column>> {
        let sqlite = tx.backend_name().eq_ignore_ascii_case("sqlite");
        let sql = match (sqlite, only_text) {
            (true, true) => {
                "SELECT m.name, p.name FROM sqlite_master m JOIN pragma_table_info(m.name) p \
                 WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name <> $1 \
                 AND upper(p.type) = 'TEXT' ORDER BY m.name, p.cid"
            }
            (true, false) => {
                "SELECT m.name, p.name FROM sqlite_master m JOIN pragma_table_info(m.name) p \
                 WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' ORDER BY m.name, p.cid"
            }
            (false, true) => {
                "SELECT CAST(table_name AS TEXT), CAST(column_name AS TEXT) FROM information_schema.columns \
                 WHERE table_schema = current_schema() AND data_type = 'text' AND table_name <> $1 \
                 ORDER BY table_name, ordinal_position"
            }
            (false, false) => {
                "SELECT CAST(table_name AS TEXT), CAST(column_name AS TEXT) FROM information_schema.columns \
                 WHERE table_schema = current_schema() ORDER BY table_name, ordinal_position"
            }
        };
        let query = sqlx::query_as(sql);
        let query = if only_text { query.bind(NOT_DATA) } else { query };
        Ok(query.fetch_all(&mut **tx).await?)
    }

    /// Replaces `needle`, found as `how` says, by `replacement` in every text column of every
    /// table; returns how many values changed. Table and column names come from the database's
    /// own catalogue; the values are rewritten one distinct value at a time.
    pub async fn replace_everywhere(tx: &mut Tx, needle: &str, replacement: &str, how: Match) -> Result<u64> {
        if needle.is_empty() || (how == Match::Name && !is_name_worth_replacing(needle, replacement)) {
            return Ok(0);
        }
        let mut changed = 0;
        for (table, column) in Self::text_columns(tx).await? {
            // LIKE ignores ASCII case on SQLite only; lower() on both sides makes the backends
            // agree, and `replace_in` then decides exactly.
            let sql = format!("SELECT DISTINCT {column} FROM {table} WHERE lower({column}) LIKE $1 ESCAPE '\\'");
            let values: Vec<(String,)> = sqlx::query_as(sqlx::AssertSqlSafe(sql))
                .bind(like_pattern(&needle.to_lowercase()))
                .fetch_all(&mut **tx)
                .await?;
            for (old,) in values {
                let Some(new) = replace_in(&old, needle, replacement, how) else {
                    continue;
                };
                let sql = format!("UPDATE {table} SET {column} = $1 WHERE {column} = $2");
                changed += sqlx::query(sqlx::AssertSqlSafe(sql))
                    .bind(&new)
                    .bind(&old)
                    .execute(&mut **tx)
                    .await?
                    .rows_affected();
            }
        }
        Ok(changed)
    }
}

/// How a value is recognised inside a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Match {
    /// A Matrix id (`@anna:example.org`, `!room:example.org`): exactly, and not as the start of
    /// a longer one (`@anna:example.org.uk`).
    Identifier,
    /// A name (a localpart) as a word of its own, in any case; never inside an id, an address,
    /// a number or another word (`@anna-lena:…`, `anna.b`, `Johanna`).
    Name,
}

/// A name is replaced only if it reads as one: three characters or more, not a number, and not
/// part of the replacement itself (erasing `@person:…` must not rewrite "gelöschte Person 3").
fn is_name_worth_replacing(name: &str, replacement: &str) -> bool {
    name.chars().count() >= 3
        && !name.chars().all(|c| c.is_ascii_digit())
        && !replacement.to_lowercase().contains(&name.to_lowercase())
}

/// `text` with every occurrence of `needle` (as `how` says) replaced; None if there was none.
pub fn replace_in(text: &str, needle: &str, replacement: &str, how: Match) -> Option<String> {
    if needle.is_empty() || (how == Match::Name && !is_name_worth_replacing(needle, replacement)) {
        return None;
    }
    let spans: Vec<(usize, usize)> = match how {
        Match::Identifier => text
            .match_indices(needle)
            .map(|(start, found)| (start, start + found.len()))
            .filter(|&(start, end)| {
                let before = text[..start].chars().next_back();
                let after = text[end..].chars().next();
                !before.is_some_and(char::is_alphanumeric)
                    && !after.is_some_and(|c| c.is_alphanumeric() || ".-_:".contains(c))
            })
            .collect(),
        Match::Name => regex::RegexBuilder::new(&regex::escape(needle))
            .case_insensitive(true)
            .build()
            .ok()?
            .find_iter(text)
            .map(|m| (m.start(), m.end()))
            .filter(|&(start, end)| stands_alone(text, start, end))
            .collect(),
    };
    if spans.is_empty() {
        return None;
    }
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    for (start, end) in spans {
        out.push_str(&text[last..start]);
        out.push_str(replacement);
        last = end;
    }
    out.push_str(&text[last..]);
    Some(out)
}

/// True if `text[start..end]` is a word of its own: not glued to letters or digits, nor to the
/// characters that join the parts of ids, addresses and numbers. A full stop after it ends a
/// sentence unless a letter or digit follows.
fn stands_alone(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let mut rest = text[end..].chars();
    let joined_before = before.is_some_and(|c| c.is_alphanumeric() || "@!$#.-_=/+%:'".contains(c));
    let joined_after = match rest.next() {
        Some('.') => rest.next().is_some_and(char::is_alphanumeric),
        Some(c) => c.is_alphanumeric() || ":-_=/+%@".contains(c),
        None => false,
    };
    !joined_before && !joined_after
}

/// One stored row, column by column (text, whole numbers, decimals or null).
pub type StoredRow = serde_json::Map<String, serde_json::Value>;

impl Store {
    /// Every row of every table in which some text column is exactly `value`, by table: the rows
    /// that name a person as themselves (author, participant, scorer, actor, …), not the texts of
    /// others that mention them.
    pub async fn rows_naming(tx: &mut Tx, value: &str) -> Result<Vec<(String, Vec<StoredRow>)>> {
        let mut by_table: Vec<(String, Vec<String>)> = vec![];
        for (table, column) in Self::text_columns(tx).await? {
            match by_table.last_mut() {
                Some((last, columns)) if *last == table => columns.push(column),
                _ => by_table.push((table, vec![column])),
            }
        }
        let mut found = vec![];
        for (table, columns) in by_table {
            let condition = columns
                .iter()
                .map(|c| format!("{c} = $1"))
                .collect::<Vec<_>>()
                .join(" OR ");
            let sql = format!("SELECT * FROM {table} WHERE {condition}");
            let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
                .bind(value)
                .fetch_all(&mut **tx)
                .await?;
            if !rows.is_empty() {
                found.push((table, rows.iter().map(stored_row).collect()));
            }
        }
        Ok(found)
    }
}

fn stored_row(row: &sqlx::any::AnyRow) -> StoredRow {
    use sqlx::{Column as _, Row as _};
    let mut out = StoredRow::new();
    for (i, column) in row.columns().iter().enumerate() {
        let value = if let Ok(v) = row.try_get::<Option<String>, _>(i) {
            v.map_or(serde_json::Value::Null, serde_json::Value::String)
        } else if let Ok(v) = row.try_get::<Option<i64>, _>(i) {
            v.map_or(serde_json::Value::Null, |n| n.into())
        } else if let Ok(v) = row.try_get::<Option<f64>, _>(i) {
            v.map_or(serde_json::Value::Null, |n| n.into())
        } else {
            serde_json::Value::Null
        };
        out.insert(column.name().to_string(), value);
    }
    out
}

/// `%needle%` with LIKE's wildcards in `needle` taken literally; use with `ESCAPE '\'`.
pub fn like_pattern(needle: &str) -> String {
    let mut pattern = String::with_capacity(needle.len() + 2);
    pattern.push('%');
    for c in needle.chars() {
        if matches!(c, '%' | '_' | '\\') {
            pattern.push('\\');
        }
        pattern.push(c);
    }
    pattern.push('%');
    pattern
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_id_is_replaced_but_not_a_longer_one_it_starts() {
        let text = "@anna:example.org und @anna:example.org.uk, https://matrix.to/#/@anna:example.org";
        assert_eq!(
            replace_in(text, "@anna:example.org", "X", Match::Identifier).as_deref(),
            Some("X und @anna:example.org.uk, https://matrix.to/#/X")
        );
        assert_eq!(
            replace_in("@anna:example.orgs", "@anna:example.org", "X", Match::Identifier),
            None
        );
    }

    #[test]
    fn a_name_is_replaced_as_a_word_but_never_inside_ids_numbers_or_words() {
        let text = "Anna meint: danke, anna. Nicht Johanna, @anna:kreis.de, anna-lena, anna.b, $x-anna-y";
        assert_eq!(
            replace_in(text, "anna", "P", Match::Name).as_deref(),
            Some("P meint: danke, P. Nicht Johanna, @anna:kreis.de, anna-lena, anna.b, $x-anna-y")
        );
        assert_eq!(
            replace_in(r#"{"idea":12}"#, "12", "P", Match::Name),
            None,
            "numbers are not names"
        );
        assert_eq!(
            replace_in("gelöschte Person 3", "person", "gelöschte Person 4", Match::Name),
            None
        );
        assert_eq!(replace_in("al", "al", "P", Match::Name), None, "too short to be a name");
    }

    #[test]
    fn wildcards_are_taken_literally() {
        assert_eq!(like_pattern("@a_b:x%y"), "%@a\\_b:x\\%y%");
    }
}
