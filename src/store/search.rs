//! Finds where a piece of text is stored: every table and column of Lotse's database whose value
//! contains it. For data-protection checks ("is this user id stored anywhere?") and their tests.

use super::{Backend, Store};
use anyhow::Result;

impl Store {
    /// `table.column` of every column, in every table, with a value containing `needle`.
    pub async fn columns_containing(&self, needle: &str) -> Result<Vec<String>> {
        let columns: Vec<(String, String)> = match self.backend {
            Backend::Sqlite => {
                sqlx::query_as(
                    "SELECT m.name, p.name FROM sqlite_master m, pragma_table_info(m.name) p \
                     WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' ORDER BY m.name, p.cid",
                )
                .fetch_all(&self.pool)
                .await?
            }
            Backend::Postgres => {
                sqlx::query_as(
                    "SELECT CAST(table_name AS TEXT), CAST(column_name AS TEXT) FROM information_schema.columns \
                     WHERE table_schema = current_schema() ORDER BY table_name, ordinal_position",
                )
                .fetch_all(&self.pool)
                .await?
            }
        };
        let pattern = super::like_pattern(needle);
        let mut found = vec![];
        for (table, column) in columns {
            // Names come from the database's own catalogue, quoted; the needle is a bound value.
            let sql = format!(
                "SELECT COUNT(*) FROM \"{}\" WHERE CAST(\"{}\" AS TEXT) LIKE $1 ESCAPE '\\'",
                table.replace('"', "\"\""),
                column.replace('"', "\"\"")
            );
            let (count,): (i64,) = sqlx::query_as(sqlx::AssertSqlSafe(sql))
                .bind(&pattern)
                .fetch_one(&self.pool)
                .await?;
            if count > 0 {
                found.push(format!("{table}.{column}"));
            }
        }
        Ok(found)
    }
}
