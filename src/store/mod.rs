//! Database access: one pool over SQLite (default, WAL) or PostgreSQL, migrations, and the
//! bookkeeping tables every module shares (processed events, outbox, key/value meta).

mod columns;
mod errors;
pub mod fulltext;
mod meta;
mod outbox;
mod processed;
mod rows;
mod search;
pub mod tallies;
mod update;

use anyhow::{Context, Result};
use sqlx::any::{AnyPoolOptions, install_default_drivers};
use sqlx::{Any, AnyPool, ConnectOptions, Transaction};
use std::str::FromStr;
use std::sync::{Arc, OnceLock};
use std::time::Duration;

pub use columns::{Column, DERIVED_SUFFIX, Match, StoredRow, like_pattern, replace_in};
pub use errors::refuses_the_data;
pub use outbox::{OUTBOX_BATCH, Queued, Turn};
pub use rows::{ROWS_PER_STATEMENT, values_list};
pub use update::update_column;

/// Which database engine is behind the pool; SQL is written to work on both.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// Handle to the database; cheap to clone.
#[derive(Clone, Debug)]
pub struct Store {
    pool: AnyPool,
    backend: Backend,
    /// The database's instance id once read (see `instance_id`); it never changes.
    instance: Arc<OnceLock<String>>,
}

pub type Tx = Transaction<'static, Any>;

static SQLITE_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("migrations/sqlite");
static POSTGRES_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("migrations/postgres");

impl Store {
    /// Connects to `url` (`sqlite://path` or `postgres://…`); a SQLite file is created if missing.
    pub async fn connect(url: &str) -> Result<Store> {
        install_default_drivers();
        let backend = if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Backend::Postgres
        } else if url.starts_with("sqlite:") {
            Backend::Sqlite
        } else {
            anyhow::bail!("database.url must start with sqlite:// or postgres://");
        };
        let pool = match backend {
            Backend::Sqlite => {
                let options = sqlx::sqlite::SqliteConnectOptions::from_str(url)
                    .context("database.url is not a valid SQLite URL")?
                    .create_if_missing(true)
                    .journal_mode(sqlx::sqlite::SqliteJournalMode::Wal)
                    // FULL: every commit reaches the disk before it returns, so an acknowledged
                    // submission survives a power cut too (NORMAL would only survive a crash).
                    .synchronous(sqlx::sqlite::SqliteSynchronous::Full)
                    .busy_timeout(Duration::from_secs(30));
                let url = options.to_url_lossy();
                // Build the file (and WAL mode) once with the typed options, then share it via Any.
                let pool = sqlx::sqlite::SqlitePoolOptions::new()
                    .max_connections(4)
                    .connect_with(options)
                    .await
                    .context("could not open the SQLite database")?;
                pool.close().await;
                AnyPoolOptions::new()
                    .max_connections(4)
                    // A SQLite connection is a file handle that cannot hang up: checking it before
                    // each use would only cost a round trip to its worker thread per transaction.
                    .test_before_acquire(false)
                    .after_connect(|conn, _| {
                        Box::pin(async move {
                            use sqlx::Executor;
                            conn.execute(
                                // secure_delete: erased rows (anonymous submissions' bookkeeping) are
                                // overwritten in the file, not just unlinked.
                                "PRAGMA busy_timeout = 30000; PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL; \
                                 PRAGMA secure_delete = ON;",
                            )
                            .await?;
                            Ok(())
                        })
                    })
                    .connect(url.as_str())
                    .await
                    .context("could not open the SQLite database")?
            }
            Backend::Postgres => AnyPoolOptions::new()
                .max_connections(8)
                // An unreachable server shows up as an error (and a retry) within seconds.
                .acquire_timeout(Duration::from_secs(5))
                .connect(url)
                .await
                .context("could not connect to PostgreSQL")?,
        };
        Ok(Store {
            pool,
            backend,
            instance: Arc::default(),
        })
    }

    /// Applies all pending migrations for this backend.
    pub async fn migrate(&self) -> Result<()> {
        let migrator = match self.backend {
            Backend::Sqlite => &SQLITE_MIGRATIONS,
            Backend::Postgres => &POSTGRES_MIGRATIONS,
        };
        migrator.run(&self.pool).await.context("database migration failed")?;
        Ok(())
    }

    pub fn pool(&self) -> &AnyPool {
        &self.pool
    }

    pub fn backend(&self) -> Backend {
        self.backend
    }

    pub async fn begin(&self) -> Result<Tx> {
        self.pool
            .begin()
            .await
            .context("could not start a database transaction")
    }

    /// A trivial query: does the database answer?
    pub async fn ping(&self) -> Result<()> {
        sqlx::query("SELECT 1").execute(&self.pool).await?;
        Ok(())
    }

    pub async fn close(&self) {
        self.pool.close().await;
    }
}
