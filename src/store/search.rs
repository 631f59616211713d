//! Finds where a piece of text is stored: every table and column of Lotse's database whose value
//! contains it. For data-protection checks ("is this user id stored anywhere?") and their tests.

use super::Store;
use anyhow::Result;

impl Store {
    /// `table.column` of every column, in every table, with a value containing `needle`.
    pub async fn columns_containing(&self, needle: &str) -> Result<Vec<String>> {
        let mut tx = self.begin().await?;
        let columns = Self::columns(&mut tx, false).await?;
        tx.rollback().await?;
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
