//! SQL for ideas, supporters and comments; identical on SQLite and PostgreSQL.

use crate::bot::registry::RecordInfo;
use crate::store::{ROWS_PER_STATEMENT, Tx, fulltext, values_list};
use anyhow::Result;

use super::status::WITHDRAWN;

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct IdeaRow {
    pub id: i64,
    pub title: String,
    pub description: String,
    pub department: String,
    pub benefit: String,
    pub author: String,
    pub status: String,
    pub supporters: i64,
    pub comments: i64,
}

pub struct NewIdea<'a> {
    pub title: &'a str,
    pub description: &'a str,
    pub department: &'a str,
    pub benefit: &'a str,
    pub author: &'a str,
    pub room_id: &'a str,
    pub source_event_id: Option<&'a str>,
}

/// Where the search terms of ideas are kept and indexed (migration 0017).
const SEARCH: fulltext::Index = fulltext::Index {
    table: "ideas",
    terms: "search_terms",
    sqlite_table: "ideas_fts",
};

/// What a search looks through: title, description, department and benefit.
fn search_terms(title: &str, description: &str, department: &str, benefit: &str) -> String {
    fulltext::terms(&format!("{title}\n{description}\n{department}\n{benefit}"))
}

pub async fn insert(tx: &mut Tx, idea: &NewIdea<'_>, now_ms: i64) -> Result<i64> {
    let (id,): (i64,) = sqlx::query_as(
        "INSERT INTO ideas (title, description, department, benefit, author, search_terms, source_event_id, \
         room_id, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9) RETURNING id",
    )
    .bind(idea.title)
    .bind(idea.description)
    .bind(idea.department)
    .bind(idea.benefit)
    .bind(idea.author)
    .bind(search_terms(
        idea.title,
        idea.description,
        idea.department,
        idea.benefit,
    ))
    .bind(idea.source_event_id)
    .bind(idea.room_id)
    .bind(now_ms)
    .fetch_one(&mut **tx)
    .await?;
    Ok(id)
}

/// The columns of an `IdeaRow`, from `ideas i`.
const COLUMNS: &str = "SELECT i.id, i.title, i.description, i.department, i.benefit, i.author, i.status, \
     i.supporters, \
     (SELECT COUNT(*) FROM idea_comments c WHERE c.idea_id = i.id) AS comments";

pub async fn get(tx: &mut Tx, id: i64) -> Result<Option<IdeaRow>> {
    Ok(
        sqlx::query_as(sqlx::AssertSqlSafe(format!("{COLUMNS} FROM ideas i WHERE i.id = $1")))
            .bind(id)
            .fetch_optional(&mut **tx)
            .await?,
    )
}

/// What other capabilities may know of idea `id` (see `registry::Records`).
pub async fn info(tx: &mut Tx, id: i64) -> Result<Option<RecordInfo>> {
    Ok(get(tx, id).await?.map(|idea| RecordInfo {
        withdrawn: idea.status == WITHDRAWN,
        title: idea.title,
    }))
}

/// Which ideas a list shows.
pub enum Listing<'a> {
    Newest,
    Top,
    Mine(&'a str),
    Search(&'a str),
}

/// Up to `limit` ideas of a listing, and how many there are in all.
pub async fn list(tx: &mut Tx, listing: &Listing<'_>, limit: i64) -> Result<(Vec<IdeaRow>, i64)> {
    let open = format!("i.status <> '{WITHDRAWN}'");
    // `from` is what the list is drawn from: every idea, or for a search the ideas whose words
    // the index found (looked up first, whatever the order of the list).
    let (with, from, filter, order, param) = match listing {
        Listing::Newest => (String::new(), "ideas i", open, "i.id DESC", None),
        Listing::Top => (String::new(), "ideas i", open, "i.supporters DESC, i.id DESC", None),
        Listing::Mine(user) => (
            String::new(),
            "ideas i",
            "i.author = $1".to_string(),
            "i.id DESC",
            Some(user.to_string()),
        ),
        Listing::Search(words) => {
            let Some(search) = fulltext::query(tx, words) else {
                return Ok((vec![], 0));
            };
            write_pending_search_terms(tx).await?;
            (
                format!("WITH hits AS MATERIALIZED ({}) ", fulltext::matching(tx, &SEARCH, "$1")),
                "hits h JOIN ideas i ON i.id = h.id",
                open,
                "i.supporters DESC, i.id DESC",
                Some(search),
            )
        }
    };
    let limit_param = if param.is_some() { "$2" } else { "$1" };
    let rows_sql = format!("{with}{COLUMNS} FROM {from} WHERE {filter} ORDER BY {order} LIMIT {limit_param}");
    let count_sql = format!("{with}SELECT COUNT(*) FROM {from} WHERE {filter}");
    let mut rows = sqlx::query_as::<_, IdeaRow>(sqlx::AssertSqlSafe(rows_sql));
    let mut count = sqlx::query_as::<_, (i64,)>(sqlx::AssertSqlSafe(count_sql));
    if let Some(p) = &param {
        rows = rows.bind(p.clone());
        count = count.bind(p.clone());
    }
    let rows = rows.bind(limit).fetch_all(&mut **tx).await?;
    let (total,) = count.fetch_one(&mut **tx).await?;
    Ok((rows, total))
}

/// Writes the search terms of every idea that has none yet (from before the search index, or
/// whose texts an erasure is rewriting), so that a search finds exactly what the texts say; a
/// statement per `ROWS_PER_STATEMENT` ideas.
async fn write_pending_search_terms(tx: &mut Tx) -> Result<()> {
    loop {
        let pending: Vec<(i64, String, String, String, String)> = sqlx::query_as(
            "SELECT id, title, description, department, benefit FROM ideas WHERE search_terms IS NULL \
             ORDER BY id LIMIT $1",
        )
        .bind(ROWS_PER_STATEMENT as i64)
        .fetch_all(&mut **tx)
        .await?;
        if pending.is_empty() {
            return Ok(());
        }
        // VALUES names its columns column1, column2 on both backends.
        let sql = format!(
            "UPDATE ideas SET search_terms = v.column2 FROM (VALUES {}) AS v WHERE ideas.id = v.column1",
            values_list(pending.len(), 2)
        );
        let mut update = sqlx::query(sqlx::AssertSqlSafe(sql));
        for (id, title, description, department, benefit) in pending {
            update = update
                .bind(id)
                .bind(search_terms(&title, &description, &department, &benefit));
        }
        update.execute(&mut **tx).await?;
    }
}

/// Sets aside the search terms of every idea whose texts contain `text` (in any case), to be
/// written anew from the texts by the next search: for an erasure, which rewrites those texts.
pub async fn rewrite_search_terms_mentioning(tx: &mut Tx, text: &str) -> Result<u64> {
    Ok(sqlx::query(
        "UPDATE ideas SET search_terms = NULL WHERE search_terms IS NOT NULL AND \
         lower(title || ' ' || description || ' ' || department || ' ' || benefit) LIKE $1 ESCAPE '\\'",
    )
    .bind(crate::store::like_pattern(&text.to_lowercase()))
    .execute(&mut **tx)
    .await?
    .rows_affected())
}

/// Adds a supporter; false if this person already supports the idea.
pub async fn add_supporter(tx: &mut Tx, id: i64, user: &str, now_ms: i64) -> Result<bool> {
    let done = sqlx::query(
        "INSERT INTO idea_supporters (idea_id, user_id, created_at) VALUES ($1, $2, $3) \
         ON CONFLICT (idea_id, user_id) DO NOTHING",
    )
    .bind(id)
    .bind(user)
    .bind(now_ms)
    .execute(&mut **tx)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// The message it came from: event `event_id` in `room`.
pub struct Source<'a> {
    pub event_id: &'a str,
    pub room: &'a str,
}

pub async fn add_comment(
    tx: &mut Tx,
    id: i64,
    author: &str,
    body: &str,
    source: &Source<'_>,
    now_ms: i64,
) -> Result<i64> {
    let (comment_id,): (i64,) = sqlx::query_as(
        "INSERT INTO idea_comments (idea_id, author, body, source_event_id, room_id, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
    )
    .bind(id)
    .bind(author)
    .bind(body)
    .bind(source.event_id)
    .bind(source.room)
    .bind(now_ms)
    .fetch_one(&mut **tx)
    .await?;
    Ok(comment_id)
}

/// The newest comments of an idea, oldest first.
pub async fn recent_comments(tx: &mut Tx, id: i64, limit: i64) -> Result<Vec<(String, String)>> {
    let mut rows: Vec<(String, String)> =
        sqlx::query_as("SELECT author, body FROM idea_comments WHERE idea_id = $1 ORDER BY id DESC LIMIT $2")
            .bind(id)
            .bind(limit)
            .fetch_all(&mut **tx)
            .await?;
    rows.reverse();
    Ok(rows)
}

pub async fn set_status(tx: &mut Tx, id: i64, status: &str, now_ms: i64) -> Result<()> {
    sqlx::query("UPDATE ideas SET status = $1, updated_at = $2 WHERE id = $3")
        .bind(status)
        .bind(now_ms)
        .bind(id)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// The idea a message created, if any.
pub async fn by_source_event(tx: &mut Tx, event_id: &str) -> Result<Option<IdeaRow>> {
    Ok(sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "{COLUMNS} FROM ideas i WHERE i.source_event_id = $1"
    )))
    .bind(event_id)
    .fetch_optional(&mut **tx)
    .await?)
}

pub async fn update_title(tx: &mut Tx, id: i64, title: &str, now_ms: i64) -> Result<()> {
    let Some(idea) = get(tx, id).await? else { return Ok(()) };
    sqlx::query("UPDATE ideas SET title = $1, search_terms = $2, updated_at = $3 WHERE id = $4")
        .bind(title)
        .bind(search_terms(title, &idea.description, &idea.department, &idea.benefit))
        .bind(now_ms)
        .bind(id)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// Blanks every text of the idea created by `source` and of a comment posted as `source` (a
/// comment stored before its room was kept is matched by event id alone).
pub async fn blank_texts_from_event(tx: &mut Tx, source: &Source<'_>, now_ms: i64) -> Result<u64> {
    let ideas = sqlx::query(
        "UPDATE ideas SET title = '', description = '', benefit = '', search_terms = '', updated_at = $1 \
         WHERE source_event_id = $2 AND room_id = $3",
    )
    .bind(now_ms)
    .bind(source.event_id)
    .bind(source.room)
    .execute(&mut **tx)
    .await?
    .rows_affected();
    let comments = sqlx::query(
        "UPDATE idea_comments SET body = '' WHERE source_event_id = $1 AND (room_id = $2 OR room_id IS NULL)",
    )
    .bind(source.event_id)
    .bind(source.room)
    .execute(&mut **tx)
    .await?
    .rows_affected();
    Ok(ideas + comments)
}
