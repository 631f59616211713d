//! `lotse backup --out DIR` while the bot runs: a consistent snapshot of Lotse's database
//! (SQLite: `VACUUM INTO`; PostgreSQL: `pg_dump`), then of every SQLite file of the Matrix store,
//! the crypto store last so that it holds every key the database's events need. The copy of the
//! store carries a marker: a bot started from it begins new room keys (see `RESTORE_MARKER`).

use crate::config::{Config, redact_url};
use anyhow::{Context, Result, bail};
use sqlx::ConnectOptions;
use sqlx::sqlite::SqliteConnectOptions;
use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::time::Duration;

/// A file in the Matrix store that says "this store was restored from a backup": the bot then
/// starts new outgoing room keys once, so that no key index is used a second time.
pub const RESTORE_MARKER: &str = "lotse-restored-from-backup";
/// The database file of a SQLite backup, and the dump of a PostgreSQL one.
pub const DATABASE_FILE: &str = "lotse.sqlite";
pub const DUMP_FILE: &str = "lotse.pgdump";
/// The folder of the Matrix store's copy.
pub const STORE_DIR: &str = "matrix-store";
/// The crypto store is copied last: it must be at least as new as everything before it.
const CRYPTO_STORE: &str = "matrix-sdk-crypto.sqlite3";

/// What was written, for the admin.
#[derive(Debug)]
pub struct Written {
    pub files: Vec<PathBuf>,
}

/// Takes the backup into `out`, which must not exist yet or be empty. `taken_at` goes into the
/// marker. The backup is written into `<out>.partial` and renamed to `out` once complete, so a
/// folder named `out` is always a whole backup; a failed one leaves nothing behind.
pub async fn run(config: &Config, out: &Path, taken_at: &str) -> Result<Written> {
    let store_files = store_files(&config.matrix.store_path)?;
    check_empty(out)?;
    let partial = partial_path(out)?;
    if partial.exists() {
        // Left by a backup that was killed halfway.
        std::fs::remove_dir_all(&partial).with_context(|| format!("cannot remove {}", partial.display()))?;
    }
    create_private(&partial)?;
    let written = match write_all(config, store_files, &partial, taken_at).await {
        Ok(written) => written,
        Err(e) => {
            let _ = std::fs::remove_dir_all(&partial);
            return Err(e.context("the backup is incomplete and was removed; nothing was written to --out"));
        }
    };
    // rename(2) replaces an empty folder in one step, so `out` is never half there.
    if let Err(e) = std::fs::rename(&partial, out) {
        let _ = std::fs::remove_dir_all(&partial);
        return Err(anyhow::Error::new(e).context(format!(
            "the backup was complete but could not be moved to {} (it must be on the same filesystem as \
             its parent folder, not a mount point); it was removed, run lotse backup again",
            out.display()
        )));
    }
    let parent = out
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    if let Err(e) = std::fs::File::open(parent).and_then(|folder| folder.sync_all()) {
        // The backup is complete in `out`; only its folder entry may not be on disk yet.
        tracing::warn!(error = %e, "the backup is complete, but its folder could not be synced to disk");
    }
    let files = written
        .iter()
        .map(|file| out.join(file.strip_prefix(&partial).unwrap_or(file)))
        .collect();
    Ok(Written { files })
}

/// `<out>.partial`, beside `out`.
fn partial_path(out: &Path) -> Result<PathBuf> {
    let name = out.file_name().context("--out needs a folder name")?;
    let mut partial = name.to_os_string();
    partial.push(".partial");
    Ok(out.with_file_name(partial))
}

async fn write_all(config: &Config, store_files: Vec<PathBuf>, out: &Path, taken_at: &str) -> Result<Vec<PathBuf>> {
    let mut files = vec![];
    let url = &config.database.url;
    if url.starts_with("postgres") {
        files.push(dump_postgres(url, &out.join(DUMP_FILE)).await?);
    } else {
        let target = out.join(DATABASE_FILE);
        snapshot(
            SqliteConnectOptions::from_str(url).context("database.url is not a valid SQLite URL")?,
            &target,
        )
        .await
        .context("cannot snapshot Lotse's database")?;
        files.push(target);
    }
    let store_copy = out.join(STORE_DIR);
    std::fs::create_dir_all(&store_copy)?;
    for source in store_files {
        let name = source.file_name().context("a store file has a name")?;
        let target = store_copy.join(name);
        if is_sqlite(&source)? {
            let options = SqliteConnectOptions::new().filename(&source).create_if_missing(false);
            snapshot(options, &target)
                .await
                .with_context(|| format!("cannot snapshot {}", source.display()))?;
        } else {
            std::fs::copy(&source, &target).with_context(|| format!("cannot copy {}", source.display()))?;
        }
        files.push(target);
    }
    let marker = store_copy.join(RESTORE_MARKER);
    std::fs::write(&marker, format!("backup taken at {taken_at}\n"))?;
    files.push(marker);
    for file in &files {
        std::fs::File::open(file)?.sync_all()?;
    }
    std::fs::File::open(&store_copy)?.sync_all()?;
    std::fs::File::open(out)?.sync_all()?;
    Ok(files)
}

fn check_empty(out: &Path) -> Result<()> {
    if out.exists() {
        let mut entries = std::fs::read_dir(out).with_context(|| format!("--out {} is not a folder", out.display()))?;
        if entries.next().is_some() {
            bail!(
                "--out {} is not empty; give a new folder for each backup",
                out.display()
            );
        }
    }
    Ok(())
}

fn create_private(out: &Path) -> Result<()> {
    use std::os::unix::fs::DirBuilderExt;
    // The copy holds the team's data and the bot's keys: for the bot's user only.
    std::fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(out)
        .with_context(|| format!("cannot create {}", out.display()))
}

/// A consistent copy of a live SQLite database (WAL lets the bot go on writing meanwhile).
async fn snapshot(source: SqliteConnectOptions, target: &Path) -> Result<()> {
    let mut connection = source
        .busy_timeout(Duration::from_secs(30))
        .create_if_missing(false)
        .connect()
        .await?;
    let target = target.to_str().context("the backup path is not valid UTF-8")?;
    sqlx::query("VACUUM INTO $1")
        .bind(target)
        .execute(&mut connection)
        .await?;
    Ok(())
}

/// The store's files, the crypto store last; WAL, shared-memory and journal files are part of
/// their database's snapshot.
fn store_files(store: &Path) -> Result<Vec<PathBuf>> {
    let entries =
        std::fs::read_dir(store).with_context(|| format!("cannot read matrix.store_path {}", store.display()))?;
    let mut files = vec![];
    for entry in entries {
        let path = entry?.path();
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let transient = ["-wal", "-shm", "-journal"].iter().any(|suffix| name.ends_with(suffix));
        if path.is_file() && !transient && name != RESTORE_MARKER {
            files.push(path);
        }
    }
    files.sort_by_key(|path| (path.file_name().is_some_and(|n| n == CRYPTO_STORE), path.clone()));
    if !files
        .iter()
        .any(|path| path.file_name().is_some_and(|n| n == CRYPTO_STORE))
    {
        bail!(
            "matrix.store_path {} holds no crypto store; is it the store of the running bot?",
            store.display()
        );
    }
    Ok(files)
}

fn is_sqlite(path: &Path) -> Result<bool> {
    use std::io::Read;
    let mut header = [0u8; 16];
    let read = std::fs::File::open(path)?.read(&mut header)?;
    Ok(read == 16 && &header == b"SQLite format 3\0")
}

/// `pg_dump --format=custom`; the password goes through the environment, not the command line.
async fn dump_postgres(url: &str, target: &Path) -> Result<PathBuf> {
    let (parsed, password) = pg_dump_url(url)?;
    let mut command = tokio::process::Command::new("pg_dump");
    command
        .arg("--format=custom")
        .arg("--no-owner")
        .arg(format!("--file={}", target.display()))
        .arg(format!("--dbname={parsed}"));
    if let Some(password) = password {
        command.env("PGPASSWORD", password);
    }
    let output = match command.output().await {
        Ok(output) => output,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => bail!(
            "pg_dump is not installed (Debian/Ubuntu: apt install postgresql-client); nothing was copied. \
             Install it and run lotse backup again"
        ),
        Err(e) => return Err(e).context("cannot run pg_dump"),
    };
    if !output.status.success() {
        bail!(
            "pg_dump failed for {}: {}",
            redact_url(url),
            String::from_utf8_lossy(&output.stderr).trim()
        );
    }
    Ok(target.to_path_buf())
}

/// Parameters libpq (and so pg_dump) understands in a connection URL; sqlx's own ones, such as
/// `statement-cache-capacity`, would make pg_dump refuse the URL.
const LIBPQ_PARAMETERS: &[&str] = &[
    "host",
    "hostaddr",
    "port",
    "dbname",
    "user",
    "options",
    "application_name",
    "connect_timeout",
    "sslmode",
    "sslcert",
    "sslkey",
    "sslrootcert",
    "sslcrl",
    "sslpassword",
    "channel_binding",
    "target_session_attrs",
];

/// The URL for pg_dump without the password and without parameters only sqlx knows, and the
/// password decoded (in the URL it is percent-encoded; pg_dump wants it plain).
fn pg_dump_url(url: &str) -> Result<(url::Url, Option<String>)> {
    let mut parsed = url::Url::parse(url).context("database.url is not a valid PostgreSQL URL")?;
    let password = parsed
        .password()
        .map(|p| percent_encoding::percent_decode_str(p).decode_utf8_lossy().into_owned());
    let _ = parsed.set_password(None);
    let kept: Vec<(String, String)> = parsed
        .query_pairs()
        .filter(|(key, _)| LIBPQ_PARAMETERS.contains(&key.as_ref()))
        .map(|(key, value)| (key.into_owned(), value.into_owned()))
        .collect();
    if kept.is_empty() {
        parsed.set_query(None);
    } else {
        parsed.query_pairs_mut().clear().extend_pairs(kept);
    }
    Ok((parsed, password))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pg_dump_gets_the_url_without_password_and_sqlx_parameters() {
        let (url, password) =
            pg_dump_url("postgres://lotse:p%40ss@db.example:5433/lotse?sslmode=require&statement-cache-capacity=0")
                .unwrap();
        assert_eq!(url.as_str(), "postgres://lotse@db.example:5433/lotse?sslmode=require");
        assert_eq!(password.as_deref(), Some("p@ss"));
        let (url, password) = pg_dump_url("postgres://postgres@127.0.0.1/test?statement-cache-capacity=0").unwrap();
        assert_eq!(url.as_str(), "postgres://postgres@127.0.0.1/test");
        assert_eq!(password, None);
    }

    #[test]
    fn the_crypto_store_comes_last_and_transient_files_stay_out() {
        let dir = tempfile::tempdir().unwrap();
        for name in [
            "matrix-sdk-crypto.sqlite3",
            "matrix-sdk-crypto.sqlite3-wal",
            "matrix-sdk-state.sqlite3",
            "matrix-sdk-state.sqlite3-shm",
            "matrix-sdk-media.sqlite3",
            RESTORE_MARKER,
        ] {
            std::fs::write(dir.path().join(name), b"x").unwrap();
        }
        let names: Vec<String> = store_files(dir.path())
            .unwrap()
            .iter()
            .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
            .collect();
        assert_eq!(
            names,
            [
                "matrix-sdk-media.sqlite3",
                "matrix-sdk-state.sqlite3",
                "matrix-sdk-crypto.sqlite3"
            ]
        );
    }

    #[test]
    fn a_folder_with_files_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("old"), b"x").unwrap();
        let error = check_empty(dir.path()).unwrap_err().to_string();
        assert!(error.contains("not empty"), "{error}");
        assert!(check_empty(&dir.path().join("new")).is_ok());
        assert_eq!(
            partial_path(&dir.path().join("new")).unwrap(),
            dir.path().join("new.partial")
        );
    }
}
