//! Every text column of every table, on either backend: every row that holds a value
//! (`rows_containing`, for a person's export), and replacing it throughout
//! (`replace_everywhere`, `replace_word_everywhere`), as erasure needs.

use super::{Store, Tx};
use anyhow::Result;

/// A table and one of its text columns.
pub type Column = (String, String);

/// The migration bookkeeping holds SQL, never anyone's data.
const NOT_DATA: &str = "_sqlx_migrations";

impl Store {
    /// The text columns of every table the migrations created.
    pub async fn text_columns(tx: &mut Tx) -> Result<Vec<Column>> {
        let sql = if tx.backend_name().eq_ignore_ascii_case("sqlite") {
            "SELECT m.name, p.name FROM sqlite_master m JOIN pragma_table_info(m.name) p \
             WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name <> $1 \
             AND upper(p.type) = 'TEXT' ORDER BY m.name, p.cid"
        } else {
            "SELECT CAST(table_name AS TEXT), CAST(column_name AS TEXT) FROM information_schema.columns \
             WHERE table_schema = current_schema() AND data_type = 'text' AND table_name <> $1 \
             ORDER BY table_name, ordinal_position"
        };
        Ok(sqlx::query_as(sql).bind(NOT_DATA).fetch_all(&mut **tx).await?)
    }

    /// Replaces `needle` by `replacement` in every text column of every table; returns how many
    /// values changed. Table and column names come from the database's own catalogue.
    pub async fn replace_everywhere(tx: &mut Tx, needle: &str, replacement: &str) -> Result<u64> {
        if needle.is_empty() {
            return Ok(0);
        }
        let mut changed = 0;
        for (table, column) in Self::text_columns(tx).await? {
            let sql = format!(
                "UPDATE {table} SET {column} = REPLACE({column}, $1, $2) \
                 WHERE {column} LIKE $3 ESCAPE '\\' AND REPLACE({column}, $1, $2) <> {column}"
            );
            changed += sqlx::query(sqlx::AssertSqlSafe(sql))
                .bind(needle)
                .bind(replacement)
                .bind(like_pattern(needle))
                .execute(&mut **tx)
                .await?
                .rows_affected();
        }
        Ok(changed)
    }

    /// Replaces `word` where it stands as a word of its own (any case) in every text column, by
    /// `replacement`; returns how many values changed. For names that are also ordinary text.
    pub async fn replace_word_everywhere(tx: &mut Tx, word: &str, replacement: &str) -> Result<u64> {
        if word.trim().is_empty() {
            return Ok(0);
        }
        let pattern = word_pattern(word)?;
        let mut changed = 0;
        for (table, column) in Self::text_columns(tx).await? {
            // LIKE is case-insensitive for ASCII on SQLite only; lower() makes both agree.
            let sql = format!("SELECT DISTINCT {column} FROM {table} WHERE lower({column}) LIKE $1 ESCAPE '\\'");
            let values: Vec<(String,)> = sqlx::query_as(sqlx::AssertSqlSafe(sql))
                .bind(like_pattern(&word.to_lowercase()))
                .fetch_all(&mut **tx)
                .await?;
            for (old,) in values {
                let new = pattern.replace_all(&old, replacement);
                if new == old {
                    continue;
                }
                let sql = format!("UPDATE {table} SET {column} = $1 WHERE {column} = $2");
                changed += sqlx::query(sqlx::AssertSqlSafe(sql))
                    .bind(new.as_ref())
                    .bind(&old)
                    .execute(&mut **tx)
                    .await?
                    .rows_affected();
            }
        }
        Ok(changed)
    }
}

/// `word` standing as a word of its own, in any case.
pub fn word_pattern(word: &str) -> Result<regex::Regex> {
    Ok(regex::RegexBuilder::new(&format!(r"\b{}\b", regex::escape(word)))
        .case_insensitive(true)
        .build()?)
}

/// One stored row, column by column (text, whole numbers, decimals or null).
pub type StoredRow = serde_json::Map<String, serde_json::Value>;

impl Store {
    /// Every row of every table in which some text column holds `needle`, by table.
    pub async fn rows_containing(tx: &mut Tx, needle: &str) -> Result<Vec<(String, Vec<StoredRow>)>> {
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
                .map(|c| format!("{c} LIKE $1 ESCAPE '\\'"))
                .collect::<Vec<_>>()
                .join(" OR ");
            let sql = format!("SELECT * FROM {table} WHERE {condition}");
            let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
                .bind(like_pattern(needle))
                .fetch_all(&mut **tx)
                .await?;
            let rows: Vec<StoredRow> = rows
                .iter()
                .map(stored_row)
                .filter(|row| row.values().any(|v| v.as_str().is_some_and(|s| s.contains(needle))))
                .collect();
            if !rows.is_empty() {
                found.push((table, rows));
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
    use super::like_pattern;

    #[test]
    fn wildcards_are_taken_literally() {
        assert_eq!(like_pattern("@a_b:x%y"), "%@a\\_b:x\\%y%");
    }
}
