//! SQL for concerns; identical on SQLite and PostgreSQL. Anonymous rows carry no user, room or
//! event id, and their creation time only to the day.

use crate::store::Tx;
use anyhow::Result;

/// A concern as the handlers see it (never the code of an anonymous one).
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ConcernRow {
    pub id: i64,
    pub category: String,
    pub body: String,
    pub idea_id: Option<i64>,
    /// The submitter; None for anonymous concerns.
    pub author: Option<String>,
    /// 1 for anonymous concerns.
    pub anonymous: i64,
    pub answer: Option<String>,
    pub answered_by: Option<String>,
    pub answered_at: Option<i64>,
    pub created_at: i64,
}

impl ConcernRow {
    pub fn is_anonymous(&self) -> bool {
        self.anonymous != 0
    }
}

/// Who submitted a new concern.
pub enum Submitter<'a> {
    Named {
        user: &'a str,
        room_id: &'a str,
        source_event_id: &'a str,
    },
    /// Nothing about the person; only the code that lets them read the answer.
    Anonymous { code: &'a str },
}

pub struct NewConcern<'a> {
    pub category: &'a str,
    pub body: &'a str,
    pub idea_id: Option<i64>,
    pub submitter: Submitter<'a>,
    /// Now for named concerns; midnight of the day for anonymous ones.
    pub created_at: i64,
}

pub async fn insert(tx: &mut Tx, concern: &NewConcern<'_>) -> Result<i64> {
    let (author, room_id, event_id, code, anonymous) = match concern.submitter {
        Submitter::Named {
            user,
            room_id,
            source_event_id,
        } => (Some(user), Some(room_id), Some(source_event_id), None, 0_i64),
        Submitter::Anonymous { code } => (None, None, None, Some(code), 1),
    };
    let (id,): (i64,) = sqlx::query_as(
        "INSERT INTO concerns (category, body, idea_id, author, room_id, source_event_id, anonymous, \
         answer_code, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
    )
    .bind(concern.category)
    .bind(concern.body)
    .bind(concern.idea_id)
    .bind(author)
    .bind(room_id)
    .bind(event_id)
    .bind(anonymous)
    .bind(code)
    .bind(concern.created_at)
    .fetch_one(&mut **tx)
    .await?;
    Ok(id)
}

const SELECT: &str = "SELECT id, category, body, idea_id, author, anonymous, answer, answered_by, answered_at, \
     created_at FROM concerns";

pub async fn get(tx: &mut Tx, id: i64) -> Result<Option<ConcernRow>> {
    Ok(sqlx::query_as(sqlx::AssertSqlSafe(format!("{SELECT} WHERE id = $1")))
        .bind(id)
        .fetch_optional(&mut **tx)
        .await?)
}

/// The anonymous concern with this code (already normalised).
pub async fn by_code(tx: &mut Tx, code: &str) -> Result<Option<ConcernRow>> {
    Ok(
        sqlx::query_as(sqlx::AssertSqlSafe(format!("{SELECT} WHERE answer_code = $1")))
            .bind(code)
            .fetch_optional(&mut **tx)
            .await?,
    )
}

pub async fn code_taken(tx: &mut Tx, code: &str) -> Result<bool> {
    let row: Option<(i64,)> = sqlx::query_as("SELECT id FROM concerns WHERE answer_code = $1")
        .bind(code)
        .fetch_optional(&mut **tx)
        .await?;
    Ok(row.is_some())
}

pub async fn set_answer(tx: &mut Tx, id: i64, answer: &str, by: &str, now_ms: i64) -> Result<()> {
    sqlx::query("UPDATE concerns SET answer = $1, answered_by = $2, answered_at = $3 WHERE id = $4")
        .bind(answer)
        .bind(by)
        .bind(now_ms)
        .bind(id)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// Answered or not.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AnswerState {
    Open,
    Answered,
}

/// Which concerns `!bedenken liste` shows.
#[derive(Debug, Default, Clone, Copy)]
pub struct Filter {
    pub category: Option<&'static str>,
    pub state: Option<AnswerState>,
    pub idea: Option<i64>,
}

enum Param {
    Text(&'static str),
    Number(i64),
}

/// The newest `limit` concerns matching `filter`, and how many match in all.
pub async fn list(tx: &mut Tx, filter: &Filter, limit: i64) -> Result<(Vec<ConcernRow>, i64)> {
    let mut conditions = vec!["1 = 1".to_string()];
    let mut params = vec![];
    if let Some(category) = filter.category {
        params.push(Param::Text(category));
        conditions.push(format!("category = ${}", params.len()));
    }
    if let Some(idea) = filter.idea {
        params.push(Param::Number(idea));
        conditions.push(format!("idea_id = ${}", params.len()));
    }
    match filter.state {
        Some(AnswerState::Open) => conditions.push("answer IS NULL".into()),
        Some(AnswerState::Answered) => conditions.push("answer IS NOT NULL".into()),
        None => {}
    }
    let filter_sql = conditions.join(" AND ");
    let rows_sql = format!(
        "{SELECT} WHERE {filter_sql} ORDER BY id DESC LIMIT ${}",
        params.len() + 1
    );
    let count_sql = format!("SELECT COUNT(*) FROM concerns WHERE {filter_sql}");
    let mut rows = sqlx::query_as::<_, ConcernRow>(sqlx::AssertSqlSafe(rows_sql));
    let mut count = sqlx::query_as::<_, (i64,)>(sqlx::AssertSqlSafe(count_sql));
    for param in &params {
        match *param {
            Param::Text(text) => {
                rows = rows.bind(text);
                count = count.bind(text);
            }
            Param::Number(n) => {
                rows = rows.bind(n);
                count = count.bind(n);
            }
        }
    }
    let rows = rows.bind(limit).fetch_all(&mut **tx).await?;
    let (total,) = count.fetch_one(&mut **tx).await?;
    Ok((rows, total))
}

/// How many concerns refer to an idea, and how many of them are answered.
pub async fn count_for_idea(tx: &mut Tx, idea_id: i64) -> Result<(i64, i64)> {
    Ok(
        sqlx::query_as("SELECT COUNT(*), COUNT(answer) FROM concerns WHERE idea_id = $1")
            .bind(idea_id)
            .fetch_one(&mut **tx)
            .await?,
    )
}

/// Blanks the text of the (named) concern created by `event_id`; anonymous ones keep no event id.
pub async fn blank_text_from_event(tx: &mut Tx, event_id: &str, room: &str) -> Result<u64> {
    Ok(
        sqlx::query("UPDATE concerns SET body = '' WHERE source_event_id = $1 AND room_id = $2")
            .bind(event_id)
            .bind(room)
            .execute(&mut **tx)
            .await?
            .rows_affected(),
    )
}
