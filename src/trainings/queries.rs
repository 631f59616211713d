//! SQL of the trainings module (SQLite and PostgreSQL alike). Everything that depends on how many
//! seats are taken first locks the training row with `lock`, so concurrent sign-ups serialise.

use crate::store::Tx;
use anyhow::Result;

/// `trainings.status` of a planned training; a cancelled one is `abgesagt`.
pub const PLANNED: &str = "geplant";
pub const CANCELLED: &str = "abgesagt";
/// `training_participants.state`.
pub const CONFIRMED: &str = "angemeldet";
pub const WAITING: &str = "warteliste";

const COLUMNS: &str = "id, title, level, starts_at, duration_minutes, place, capacity, departments, status, created_by";

/// One training as stored.
#[derive(Debug, Clone, PartialEq)]
pub struct Training {
    pub id: i64,
    pub title: String,
    pub level: String,
    pub starts_at: i64,
    pub duration_minutes: i64,
    pub place: String,
    pub capacity: i64,
    pub departments: String,
    pub status: String,
    pub created_by: String,
}

type Row = (i64, String, String, i64, i64, String, i64, String, String, String);

fn training(
    (id, title, level, starts_at, duration_minutes, place, capacity, departments, status, created_by): Row,
) -> Training {
    Training {
        id,
        title,
        level,
        starts_at,
        duration_minutes,
        place,
        capacity,
        departments,
        status,
        created_by,
    }
}

impl Training {
    pub fn is_cancelled(&self) -> bool {
        self.status == CANCELLED
    }
}

/// A training to store.
pub struct NewTraining<'a> {
    pub title: &'a str,
    pub level: &'a str,
    pub starts_at: i64,
    pub duration_minutes: i64,
    pub place: &'a str,
    pub capacity: i64,
    pub departments: &'a str,
    pub created_by: &'a str,
    pub room_id: &'a str,
}

pub async fn insert(tx: &mut Tx, t: &NewTraining<'_>, now_ms: i64) -> Result<i64> {
    let (id,): (i64,) = sqlx::query_as(
        "INSERT INTO trainings (title, level, starts_at, duration_minutes, place, capacity, departments, \
         status, created_by, room_id, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11) RETURNING id",
    )
    .bind(t.title)
    .bind(t.level)
    .bind(t.starts_at)
    .bind(t.duration_minutes)
    .bind(t.place)
    .bind(t.capacity)
    .bind(t.departments)
    .bind(PLANNED)
    .bind(t.created_by)
    .bind(t.room_id)
    .bind(now_ms)
    .fetch_one(&mut **tx)
    .await?;
    Ok(id)
}

pub async fn get(tx: &mut Tx, id: i64) -> Result<Option<Training>> {
    let sql = format!("SELECT {COLUMNS} FROM trainings WHERE id = $1");
    let row: Option<Row> = sqlx::query_as(sqlx::AssertSqlSafe(sql))
        .bind(id)
        .fetch_optional(&mut **tx)
        .await?;
    Ok(row.map(training))
}

/// Reads training `id` and locks its row until the transaction ends: a write on SQLite (which
/// takes the database's write lock), a row lock on PostgreSQL. Every later statement of the
/// transaction then sees the seats as they are (READ COMMITTED takes a new snapshot per statement).
pub async fn lock(tx: &mut Tx, id: i64, now_ms: i64) -> Result<Option<Training>> {
    let sql = format!("UPDATE trainings SET updated_at = $2 WHERE id = $1 RETURNING {COLUMNS}");
    let row: Option<Row> = sqlx::query_as(sqlx::AssertSqlSafe(sql))
        .bind(id)
        .bind(now_ms)
        .fetch_optional(&mut **tx)
        .await?;
    Ok(row.map(training))
}

/// Planned trainings starting after `now_ms`, earliest first.
pub async fn upcoming(tx: &mut Tx, now_ms: i64, limit: i64) -> Result<Vec<Training>> {
    let sql =
        format!("SELECT {COLUMNS} FROM trainings WHERE status = $1 AND starts_at > $2 ORDER BY starts_at, id LIMIT $3");
    let rows: Vec<Row> = sqlx::query_as(sqlx::AssertSqlSafe(sql))
        .bind(PLANNED)
        .bind(now_ms)
        .bind(limit)
        .fetch_all(&mut **tx)
        .await?;
    Ok(rows.into_iter().map(training).collect())
}

/// Sets one column of a training; `column` is a fixed name from the caller, never user input.
pub async fn set_text(tx: &mut Tx, id: i64, column: &'static str, value: &str, now_ms: i64) -> Result<()> {
    crate::store::update_column(tx, "trainings", id, column, value, now_ms).await
}

/// Sets one number column of a training; `column` is a fixed name from the caller.
pub async fn set_number(tx: &mut Tx, id: i64, column: &'static str, value: i64, now_ms: i64) -> Result<()> {
    crate::store::update_column(tx, "trainings", id, column, value, now_ms).await
}

/// Seats taken and people waiting.
pub async fn counts(tx: &mut Tx, id: i64) -> Result<(i64, i64)> {
    let (confirmed, waiting): (i64, i64) = sqlx::query_as(
        "SELECT COUNT(CASE WHEN state = $2 THEN 1 END), COUNT(CASE WHEN state = $3 THEN 1 END) \
         FROM training_participants WHERE training_id = $1",
    )
    .bind(id)
    .bind(CONFIRMED)
    .bind(WAITING)
    .fetch_one(&mut **tx)
    .await?;
    Ok((confirmed, waiting))
}

/// The participants in `state`, in the order they signed up.
pub async fn participants(tx: &mut Tx, id: i64, state: &str) -> Result<Vec<String>> {
    let rows: Vec<(String,)> =
        sqlx::query_as("SELECT user_id FROM training_participants WHERE training_id = $1 AND state = $2 ORDER BY id")
            .bind(id)
            .bind(state)
            .fetch_all(&mut **tx)
            .await?;
    Ok(rows.into_iter().map(|(u,)| u).collect())
}

/// The state of `user` for training `id`, and their place on the waiting list (1 = next).
pub async fn participation(tx: &mut Tx, id: i64, user: &str) -> Result<Option<(String, i64)>> {
    let row: Option<(i64, String)> =
        sqlx::query_as("SELECT id, state FROM training_participants WHERE training_id = $1 AND user_id = $2")
            .bind(id)
            .bind(user)
            .fetch_optional(&mut **tx)
            .await?;
    let Some((row_id, state)) = row else {
        return Ok(None);
    };
    let (ahead,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM training_participants WHERE training_id = $1 AND state = $2 AND id < $3")
            .bind(id)
            .bind(WAITING)
            .bind(row_id)
            .fetch_one(&mut **tx)
            .await?;
    Ok(Some((state, ahead + 1)))
}

pub async fn add_participant(tx: &mut Tx, id: i64, user: &str, state: &str, now_ms: i64) -> Result<()> {
    sqlx::query(
        "INSERT INTO training_participants (training_id, user_id, state, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $4)",
    )
    .bind(id)
    .bind(user)
    .bind(state)
    .bind(now_ms)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

pub async fn remove_participant(tx: &mut Tx, id: i64, user: &str) -> Result<()> {
    sqlx::query("DELETE FROM training_participants WHERE training_id = $1 AND user_id = $2")
        .bind(id)
        .bind(user)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// Gives the first person on the waiting list a seat; returns who, if anyone was waiting.
pub async fn promote_first(tx: &mut Tx, id: i64, now_ms: i64) -> Result<Option<String>> {
    let first: Option<(i64, String)> = sqlx::query_as(
        "SELECT id, user_id FROM training_participants WHERE training_id = $1 AND state = $2 ORDER BY id LIMIT 1",
    )
    .bind(id)
    .bind(WAITING)
    .fetch_optional(&mut **tx)
    .await?;
    let Some((row_id, user)) = first else {
        return Ok(None);
    };
    sqlx::query("UPDATE training_participants SET state = $1, updated_at = $2 WHERE id = $3")
        .bind(CONFIRMED)
        .bind(now_ms)
        .bind(row_id)
        .execute(&mut **tx)
        .await?;
    Ok(Some(user))
}

/// One's sign-ups for trainings that are planned and not over: (training, state, waiting place).
/// A training whose attendance is recorded for `user` is no sign-up any more but a completion
/// (`completions_of`), even while it is still running.
pub async fn sign_ups_of(tx: &mut Tx, user: &str, now_ms: i64) -> Result<Vec<(Training, String, i64)>> {
    let sql = format!(
        "SELECT {} FROM trainings t JOIN training_participants p ON p.training_id = t.id \
         WHERE p.user_id = $1 AND t.status = $2 AND t.starts_at + t.duration_minutes * 60000 > $3 \
         AND NOT EXISTS (SELECT 1 FROM training_attendance a WHERE a.training_id = t.id AND a.user_id = p.user_id) \
         ORDER BY t.starts_at, t.id",
        COLUMNS
            .split(", ")
            .map(|c| format!("t.{c}"))
            .collect::<Vec<_>>()
            .join(", ")
    );
    let rows: Vec<Row> = sqlx::query_as(sqlx::AssertSqlSafe(sql))
        .bind(user)
        .bind(PLANNED)
        .bind(now_ms)
        .fetch_all(&mut **tx)
        .await?;
    let mut out = vec![];
    for row in rows {
        let t = training(row);
        if let Some((state, place)) = participation(tx, t.id, user).await? {
            out.push((t, state, place));
        }
    }
    Ok(out)
}

/// Records that `user` attended training `t`; false if that was recorded before.
pub async fn add_attendance(tx: &mut Tx, t: &Training, user: &str, by: &str, now_ms: i64) -> Result<bool> {
    let done = sqlx::query(
        "INSERT INTO training_attendance (training_id, user_id, level, attended_at, recorded_by, recorded_at) \
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (training_id, user_id) DO NOTHING",
    )
    .bind(t.id)
    .bind(user)
    .bind(&t.level)
    .bind(t.starts_at)
    .bind(by)
    .bind(now_ms)
    .execute(&mut **tx)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// One completed training of a person.
#[derive(Debug, Clone, PartialEq)]
pub struct Completion {
    pub training_id: i64,
    pub title: String,
    pub level: String,
    pub attended_at: i64,
}

/// The trainings `user` attended, latest first.
pub async fn completions_of(tx: &mut Tx, user: &str) -> Result<Vec<Completion>> {
    let rows: Vec<(i64, String, String, i64)> = sqlx::query_as(
        "SELECT a.training_id, t.title, a.level, a.attended_at FROM training_attendance a \
         JOIN trainings t ON t.id = a.training_id WHERE a.user_id = $1 ORDER BY a.attended_at DESC, a.training_id DESC",
    )
    .bind(user)
    .fetch_all(&mut **tx)
    .await?;
    Ok(rows
        .into_iter()
        .map(|(training_id, title, level, attended_at)| Completion {
            training_id,
            title,
            level,
            attended_at,
        })
        .collect())
}

/// When `user` last attended a training of `level`.
pub async fn last_completion(tx: &mut Tx, user: &str, level: &str) -> Result<Option<i64>> {
    let (at,): (Option<i64>,) =
        sqlx::query_as("SELECT MAX(attended_at) FROM training_attendance WHERE user_id = $1 AND level = $2")
            .bind(user)
            .bind(level)
            .fetch_one(&mut **tx)
            .await?;
    Ok(at)
}

/// Every person's latest completion per level, with their Fachbereich (None: not set).
pub async fn evidence(tx: &mut Tx) -> Result<Vec<(String, Option<String>, String, i64)>> {
    let rows: Vec<(String, Option<String>, String, i64)> = sqlx::query_as(
        "SELECT a.user_id, u.department, a.level, MAX(a.attended_at) FROM training_attendance a \
         LEFT JOIN users u ON u.user_id = a.user_id GROUP BY a.user_id, u.department, a.level \
         ORDER BY a.user_id, a.level",
    )
    .fetch_all(&mut **tx)
    .await?;
    Ok(rows)
}

/// Attendance of erased people, counted per Fachbereich ('' for none) and level.
pub async fn erased_evidence(tx: &mut Tx) -> Result<Vec<(String, String, i64)>> {
    let rows: Vec<(String, String, i64)> = sqlx::query_as(
        "SELECT department, level, attendees FROM training_attendance_erased ORDER BY department, level",
    )
    .fetch_all(&mut **tx)
    .await?;
    Ok(rows)
}
