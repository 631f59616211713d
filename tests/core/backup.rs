//! `lotse backup` on both backends: a consistent copy of a database that is being written (its
//! WAL included), every SQLite file of the Matrix store with the restore marker, a refusal to
//! write into a folder that holds an earlier backup, and no half backup left after a failure.

use lotse::config::Config;
use lotse::service::backup;
use lotse::store::Store;
use sqlx::ConnectOptions;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode};
use std::path::Path;

fn config(dir: &Path, url: &str) -> Config {
    let text = format!(
        "[matrix]\nhomeserver = \"http://127.0.0.1:8008\"\nuser_id = \"@lotse:localhost\"\npassword = \"pw\"\n\
         store_path = {:?}\n\n[database]\nurl = {:?}\n",
        dir.join("matrix-store").display().to_string(),
        url
    );
    let path = dir.join("lotse.toml");
    std::fs::write(&path, text).unwrap();
    Config::load(&path, |_| None).unwrap()
}

/// A stand-in for the SDK's store: SQLite files in WAL mode whose last rows are still in the
/// WAL (the connection stays open, so nothing is checkpointed), plus a file that is no database.
async fn fake_matrix_store(dir: &Path) -> Vec<sqlx::SqliteConnection> {
    let store = dir.join("matrix-store");
    std::fs::create_dir_all(&store).unwrap();
    let mut open = vec![];
    for name in ["matrix-sdk-state.sqlite3", "matrix-sdk-crypto.sqlite3"] {
        let mut connection = SqliteConnectOptions::new()
            .filename(store.join(name))
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .connect()
            .await
            .unwrap();
        sqlx::query("CREATE TABLE keys (name TEXT)")
            .execute(&mut connection)
            .await
            .unwrap();
        sqlx::query("INSERT INTO keys VALUES ('account')")
            .execute(&mut connection)
            .await
            .unwrap();
        open.push(connection);
    }
    assert!(
        store.join("matrix-sdk-crypto.sqlite3-wal").exists(),
        "the rows are in the WAL"
    );
    std::fs::write(store.join("notes.txt"), "kein SQLite").unwrap();
    open
}

async fn rows_in(file: &Path) -> i64 {
    let mut connection = SqliteConnectOptions::new().filename(file).connect().await.unwrap();
    let (rows,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM keys")
        .fetch_one(&mut connection)
        .await
        .unwrap();
    rows
}

fn assert_store_copied(out: &Path) {
    let copy = out.join(backup::STORE_DIR);
    assert!(
        copy.join(backup::RESTORE_MARKER).exists(),
        "the copy says it is a backup"
    );
    assert_eq!(std::fs::read_to_string(copy.join("notes.txt")).unwrap(), "kein SQLite");
    assert!(
        !copy.join("matrix-sdk-crypto.sqlite3-wal").exists(),
        "one file per database"
    );
}

#[tokio::test]
async fn a_sqlite_backup_holds_what_the_wal_holds_and_the_store_with_its_marker() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("lotse.sqlite").display());
    let store = Store::connect(&url).await.unwrap();
    store.migrate().await.unwrap();
    store.meta_set("sync_token", "s42").await.unwrap();
    let _open = fake_matrix_store(dir.path()).await;
    let config = config(dir.path(), &url);

    // An empty folder made for it beforehand (as the timer's ExecStartPre would) is filled.
    let out = dir.path().join("sicherung");
    std::fs::create_dir(&out).unwrap();
    let written = backup::run(&config, &out, "2026-12-02T02:30:00Z").await.unwrap();
    assert!(written.files.iter().any(|f| f.ends_with("matrix-sdk-crypto.sqlite3")));
    assert!(written.files.iter().all(|f| f.starts_with(&out)), "{:?}", written.files);
    assert!(!dir.path().join("sicherung.partial").exists());
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(&out).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o700, "the backup is for the bot's user only");

    let copy = Store::connect(&format!("sqlite://{}", out.join(backup::DATABASE_FILE).display()))
        .await
        .unwrap();
    assert_eq!(copy.meta_get("sync_token").await.unwrap().as_deref(), Some("s42"));
    copy.close().await;
    for name in ["matrix-sdk-state.sqlite3", "matrix-sdk-crypto.sqlite3"] {
        assert_eq!(rows_in(&out.join(backup::STORE_DIR).join(name)).await, 1, "{name}");
    }
    assert_store_copied(&out);

    let again = backup::run(&config, &out, "2026-12-02T02:31:00Z")
        .await
        .unwrap_err()
        .to_string();
    assert!(again.contains("not empty"), "{again}");
    store.close().await;
}

#[tokio::test]
async fn a_store_without_crypto_keys_is_refused_before_anything_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("lotse.sqlite").display());
    let store = Store::connect(&url).await.unwrap();
    std::fs::create_dir_all(dir.path().join("matrix-store")).unwrap();
    let error = backup::run(&config(dir.path(), &url), &dir.path().join("out"), "now")
        .await
        .unwrap_err()
        .to_string();
    assert!(error.contains("holds no crypto store"), "{error}");
    assert!(!dir.path().join("out").exists());
    store.close().await;
}

#[tokio::test]
async fn a_backup_that_fails_halfway_leaves_no_folder_behind() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("lotse.sqlite").display());
    let store = Store::connect(&url).await.unwrap();
    store.migrate().await.unwrap();
    let _open = fake_matrix_store(dir.path()).await;
    // Looks like SQLite, cannot be read as it: the snapshot of the store fails after the database's.
    let mut broken = b"SQLite format 3\0".to_vec();
    broken.extend([0xAB; 2000]);
    std::fs::write(dir.path().join("matrix-store/matrix-sdk-broken.sqlite3"), broken).unwrap();
    let out = dir.path().join("out");
    let error = backup::run(&config(dir.path(), &url), &out, "now").await.unwrap_err();
    assert!(format!("{error:#}").contains("matrix-sdk-broken.sqlite3"), "{error:#}");
    assert!(error.to_string().contains("incomplete and was removed"), "{error}");
    assert!(
        !out.exists(),
        "no half backup under the name an admin would restore from"
    );
    assert!(!dir.path().join("out.partial").exists());
    store.close().await;
}

#[tokio::test]
async fn a_postgres_backup_is_a_pg_dump_plus_the_store() {
    let Ok(base) = std::env::var("LOTSE_TEST_POSTGRES_URL") else {
        eprintln!("skipped: LOTSE_TEST_POSTGRES_URL is not set (scripts/test sets it)");
        return;
    };
    // A database of its own: other tests create and drop schemas in the shared one meanwhile.
    let name = format!("lotse_backup_{}", std::process::id());
    sqlx::any::install_default_drivers();
    let admin = sqlx::AnyPool::connect(&base).await.unwrap();
    let create = format!("CREATE DATABASE {name}");
    sqlx::query(sqlx::AssertSqlSafe(create)).execute(&admin).await.unwrap();
    let mut url = url::Url::parse(&base).unwrap();
    url.set_path(&name);
    let store = Store::connect(url.as_str()).await.unwrap();
    store.migrate().await.unwrap();
    store.meta_set("sync_token", "s7").await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let _open = fake_matrix_store(dir.path()).await;

    let out = dir.path().join("sicherung");
    let result = backup::run(&config(dir.path(), url.as_str()), &out, "now").await;
    store.close().await;
    let drop = format!("DROP DATABASE {name}");
    sqlx::query(sqlx::AssertSqlSafe(drop)).execute(&admin).await.unwrap();
    result.unwrap();
    let dump = std::fs::read(out.join(backup::DUMP_FILE)).unwrap();
    assert!(dump.starts_with(b"PGDMP"), "a pg_dump archive in custom format");
    assert!(!out.join(backup::DATABASE_FILE).exists());
    assert_store_copied(&out);
}
