//! Setting one column of one row by id, with `updated_at`: the statement behind every
//! "change one field" command. Table and column are fixed names from the caller, never input.

use super::Tx;
use anyhow::Result;
use sqlx::Any;

/// `UPDATE <table> SET <column> = value, updated_at = now WHERE id = id`.
pub async fn update_column<'a, T>(
    tx: &mut Tx,
    table: &'static str,
    id: i64,
    column: &'static str,
    value: T,
    now_ms: i64,
) -> Result<()>
where
    T: sqlx::Encode<'a, Any> + sqlx::Type<Any> + Send + 'a,
{
    let sql = format!("UPDATE {table} SET {column} = $1, updated_at = $2 WHERE id = $3");
    sqlx::query(sqlx::AssertSqlSafe(sql))
        .bind(value)
        .bind(now_ms)
        .bind(id)
        .execute(&mut **tx)
        .await?;
    Ok(())
}
