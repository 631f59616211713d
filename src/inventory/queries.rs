//! SQL of the inventory (SQLite and PostgreSQL alike): entries, their reviews, and the lists.

use crate::store::Tx;
use anyhow::Result;

/// One entry of the inventory as stored.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Tool {
    pub id: i64,
    pub name: String,
    pub vendor: String,
    pub product: String,
    pub version: String,
    pub department: String,
    pub purpose: String,
    pub procedure: String,
    pub status: String,
    pub draft: i64,
    pub role: String,
    pub personal_data: String,
    pub legal_basis: String,
    pub affected: String,
    pub oversight: String,
    pub staff_informed_at: Option<i64>,
    pub council_informed_at: Option<i64>,
    pub log_retention: String,
    pub transparency_notice: String,
    pub risk_class: String,
    pub triage: String,
    pub triaged_at: Option<i64>,
    pub retriage: i64,
    pub fria_at: Option<i64>,
    pub fria_summary: String,
    pub dpia_at: Option<i64>,
    pub eu_registration: String,
    pub owner: Option<String>,
    pub idea_id: Option<i64>,
    pub reported_by: Option<String>,
    pub next_review_at: Option<i64>,
    pub last_reviewed_at: Option<i64>,
    pub created_at: i64,
}

const SELECT_TOOL: &str = "SELECT id, name, vendor, product, version, department, purpose, procedure, \
     status, draft, role, personal_data, legal_basis, affected, oversight, staff_informed_at, \
     council_informed_at, log_retention, transparency_notice, risk_class, triage, triaged_at, retriage, \
     fria_at, fria_summary, dpia_at, eu_registration, owner, idea_id, reported_by, next_review_at, \
     last_reviewed_at, created_at FROM ai_tools";

impl Tool {
    pub fn is_draft(&self) -> bool {
        self.draft != 0
    }
}

/// A new entry; the rest is filled in with `!ki-tool #N ändern`.
pub struct NewTool<'a> {
    pub name: &'a str,
    pub vendor: &'a str,
    pub department: &'a str,
    pub purpose: &'a str,
    pub procedure: &'a str,
    pub status: &'a str,
    pub personal_data: &'a str,
    pub owner: Option<&'a str>,
    pub idea_id: Option<i64>,
    pub reported_by: Option<&'a str>,
    pub source_event_id: Option<&'a str>,
    pub room_id: &'a str,
    pub next_review_at: i64,
    pub created_by: &'a str,
}

pub async fn insert(tx: &mut Tx, new: &NewTool<'_>, now_ms: i64) -> Result<i64> {
    let (id,): (i64,) = sqlx::query_as(
        "INSERT INTO ai_tools (name, vendor, department, purpose, procedure, status, personal_data, \
         owner, idea_id, reported_by, source_event_id, room_id, next_review_at, created_by, created_at, \
         updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $15) \
         RETURNING id",
    )
    .bind(new.name)
    .bind(new.vendor)
    .bind(new.department)
    .bind(new.purpose)
    .bind(new.procedure)
    .bind(new.status)
    .bind(new.personal_data)
    .bind(new.owner)
    .bind(new.idea_id)
    .bind(new.reported_by)
    .bind(new.source_event_id)
    .bind(new.room_id)
    .bind(new.next_review_at)
    .bind(new.created_by)
    .bind(now_ms)
    .fetch_one(&mut **tx)
    .await?;
    Ok(id)
}

pub async fn get(tx: &mut Tx, id: i64) -> Result<Option<Tool>> {
    Ok(
        sqlx::query_as(sqlx::AssertSqlSafe(format!("{SELECT_TOOL} WHERE id = $1")))
            .bind(id)
            .fetch_optional(&mut **tx)
            .await?,
    )
}

/// The entry linked to idea `idea_id`, if any (the oldest, should there be several).
pub async fn for_idea(tx: &mut Tx, idea_id: i64) -> Result<Option<Tool>> {
    Ok(sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "{SELECT_TOOL} WHERE idea_id = $1 ORDER BY id LIMIT 1"
    )))
    .bind(idea_id)
    .fetch_optional(&mut **tx)
    .await?)
}

/// Sets one text column; `column` comes from `fields::FIELDS` or this module, never from input.
pub async fn set_text(tx: &mut Tx, id: i64, column: &'static str, value: &str, now_ms: i64) -> Result<()> {
    crate::store::update_column(tx, "ai_tools", id, column, value, now_ms).await
}

/// Sets one number column (or clears it); `column` comes from `fields::FIELDS` or this module.
pub async fn set_number(tx: &mut Tx, id: i64, column: &'static str, value: Option<i64>, now_ms: i64) -> Result<()> {
    crate::store::update_column(tx, "ai_tools", id, column, value, now_ms).await
}

/// Stores a triage: class, answers (JSON) and when; a new triage is no longer asked for.
pub async fn set_triage(tx: &mut Tx, id: i64, class: &str, answers: &str, now_ms: i64) -> Result<()> {
    sqlx::query(
        "UPDATE ai_tools SET risk_class = $1, triage = $2, triaged_at = $3, retriage = 0, updated_at = $3 \
         WHERE id = $4",
    )
    .bind(class)
    .bind(answers)
    .bind(now_ms)
    .bind(id)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Records a review and the next due date.
pub async fn add_review(
    tx: &mut Tx,
    id: i64,
    reviewer: &str,
    note: &str,
    next: Option<i64>,
    now_ms: i64,
) -> Result<()> {
    sqlx::query("INSERT INTO ai_tool_reviews (tool_id, reviewer, note, reviewed_at) VALUES ($1, $2, $3, $4)")
        .bind(id)
        .bind(reviewer)
        .bind(note)
        .bind(now_ms)
        .execute(&mut **tx)
        .await?;
    sqlx::query("UPDATE ai_tools SET last_reviewed_at = $1, next_review_at = $2, updated_at = $1 WHERE id = $3")
        .bind(now_ms)
        .bind(next)
        .bind(id)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// A review as recorded.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Review {
    pub reviewer: String,
    pub note: String,
    pub reviewed_at: i64,
}

/// The latest reviews of a tool, newest first, and how many there are in all.
pub async fn reviews(tx: &mut Tx, id: i64, limit: i64) -> Result<(Vec<Review>, i64)> {
    let rows = sqlx::query_as(
        "SELECT reviewer, note, reviewed_at FROM ai_tool_reviews WHERE tool_id = $1 \
         ORDER BY reviewed_at DESC, id DESC LIMIT $2",
    )
    .bind(id)
    .bind(limit)
    .fetch_all(&mut **tx)
    .await?;
    let (count,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM ai_tool_reviews WHERE tool_id = $1")
        .bind(id)
        .fetch_one(&mut **tx)
        .await?;
    Ok((rows, count))
}

/// Which entries a list shows.
#[derive(Debug, Clone, PartialEq)]
pub enum Filter {
    All,
    Department(String),
    Risk(String),
    Status(String),
    /// Review due by this time (or a new triage asked for), not retired.
    DueBy(i64),
    Drafts,
    /// Reported by or owned by this person.
    Own(String),
}

/// One page of a list (at most `limit` entries, oldest first or by due date) and the total.
pub async fn list(tx: &mut Tx, filter: &Filter, limit: i64) -> Result<(Vec<Tool>, i64)> {
    let (condition, order, value): (&str, &str, Option<String>) = match filter {
        Filter::All => ("1 = 1", "id", None),
        // Fachbereiche are compared without regard to case, as `!kompetenz` does.
        Filter::Department(d) => ("LOWER(department) = LOWER($1)", "id", Some(d.clone())),
        Filter::Risk(r) => ("risk_class = $1", "id", Some(r.clone())),
        Filter::Status(s) => ("status = $1", "id", Some(s.clone())),
        Filter::DueBy(_) => (
            "status <> 'abgeschaltet' AND (retriage = 1 OR (next_review_at IS NOT NULL AND next_review_at <= $1))",
            "COALESCE(next_review_at, 0), id",
            None,
        ),
        Filter::Drafts => ("draft = 1", "id", None),
        Filter::Own(user) => ("(reported_by = $1 OR owner = $1)", "id", Some(user.clone())),
    };
    let page = format!("{SELECT_TOOL} WHERE {condition} ORDER BY {order} LIMIT {limit}");
    let count = format!("SELECT COUNT(*) FROM ai_tools WHERE {condition}");
    let mut rows = sqlx::query_as::<_, Tool>(sqlx::AssertSqlSafe(page));
    let mut total = sqlx::query_as::<_, (i64,)>(sqlx::AssertSqlSafe(count));
    if let Some(value) = &value {
        rows = rows.bind(value.clone());
        total = total.bind(value.clone());
    }
    if let Filter::DueBy(by) = filter {
        rows = rows.bind(*by);
        total = total.bind(*by);
    }
    let tools = rows.fetch_all(&mut **tx).await?;
    let (count,) = total.fetch_one(&mut **tx).await?;
    Ok((tools, count))
}

/// Every entry, oldest first (report and export).
pub async fn all(tx: &mut Tx) -> Result<Vec<Tool>> {
    Ok(
        sqlx::query_as(sqlx::AssertSqlSafe(format!("{SELECT_TOOL} ORDER BY id")))
            .fetch_all(&mut **tx)
            .await?,
    )
}

/// Blanks the texts an entry took from event `event_id` in `room`; returns how many entries.
pub async fn blank_texts_from_event(tx: &mut Tx, event_id: &str, room: &str) -> Result<u64> {
    let done = sqlx::query(
        "UPDATE ai_tools SET name = '', purpose = '', vendor = '', source_event_id = NULL \
         WHERE source_event_id = $1 AND room_id = $2",
    )
    .bind(event_id)
    .bind(room)
    .execute(&mut **tx)
    .await?;
    Ok(done.rows_affected())
}
