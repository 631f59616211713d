//! Which database errors are passing (retry) and which refuse the data (a retry fails the same
//! way), for both engines: the only place that knows SQLite result codes and PostgreSQL states.

/// True when the database answered but refused the data. A busy or locked SQLite file and
/// PostgreSQL's connection, shutdown, resource and serialization errors are passing conditions.
pub fn refuses_the_data(error: &anyhow::Error) -> bool {
    error.chain().any(|cause| match cause.downcast_ref::<sqlx::Error>() {
        Some(sqlx::Error::Database(db)) => !is_passing(db.as_ref()),
        Some(sqlx::Error::Decode(_) | sqlx::Error::ColumnDecode { .. }) => true,
        _ => false,
    }) || error
        .chain()
        .any(|cause| cause.downcast_ref::<serde_json::Error>().is_some())
}

fn is_passing(error: &dyn sqlx::error::DatabaseError) -> bool {
    let code = error.code().unwrap_or_default();
    if error.try_downcast_ref::<sqlx::sqlite::SqliteError>().is_some() {
        passing_sqlite(&code)
    } else {
        passing_postgres(&code)
    }
}

/// SQLite BUSY (5) and LOCKED (6), with their extended codes.
fn passing_sqlite(code: &str) -> bool {
    code.parse::<i32>().is_ok_and(|c| matches!(c & 0xff, 5 | 6))
}

/// PostgreSQL classes 08 (connection), 40 (rollback), 53 (resources), 57 (shutdown).
fn passing_postgres(sqlstate: &str) -> bool {
    ["08", "40", "53", "57"].iter().any(|class| sqlstate.starts_with(class))
}

#[cfg(test)]
mod tests {
    use super::{passing_postgres, passing_sqlite};

    #[test]
    fn busy_databases_and_lost_connections_pass_and_bad_data_does_not() {
        for code in ["5", "517", "6", "262"] {
            assert!(passing_sqlite(code), "{code}");
        }
        for code in ["19", "2067", "1", ""] {
            assert!(!passing_sqlite(code), "{code}");
        }
        for code in ["08006", "57P01", "40001", "53300"] {
            assert!(passing_postgres(code), "{code}");
        }
        for code in ["23505", "22P02", "42P01", ""] {
            assert!(!passing_postgres(code), "{code}");
        }
    }
}
