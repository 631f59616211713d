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

    /// The value of text column `column` (as `fields::FIELDS` names it), if it is one.
    pub fn text(&self, column: &str) -> Option<&str> {
        Some(match column {
            "name" => &self.name,
            "vendor" => &self.vendor,
            "product" => &self.product,
            "version" => &self.version,
            "department" => &self.department,
            "purpose" => &self.purpose,
            "procedure" => &self.procedure,
            "status" => &self.status,
            "role" => &self.role,
            "personal_data" => &self.personal_data,
            "legal_basis" => &self.legal_basis,
            "affected" => &self.affected,
            "oversight" => &self.oversight,
            "log_retention" => &self.log_retention,
            "transparency_notice" => &self.transparency_notice,
            "eu_registration" => &self.eu_registration,
            "owner" => self.owner.as_deref().unwrap_or_default(),
            _ => return None,
        })
    }

    /// The value of date column `column`, if it is one and set.
    pub fn date(&self, column: &str) -> Option<i64> {
        match column {
            "staff_informed_at" => self.staff_informed_at,
            "council_informed_at" => self.council_informed_at,
            "fria_at" => self.fria_at,
            "dpia_at" => self.dpia_at,
            "next_review_at" => self.next_review_at,
            _ => None,
        }
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
    /// The name is the linked idea's title.
    pub name_from_idea: bool,
    pub reported_by: Option<&'a str>,
    pub source_event_id: Option<&'a str>,
    pub room_id: &'a str,
    pub next_review_at: i64,
    pub created_by: &'a str,
}

pub async fn insert(tx: &mut Tx, new: &NewTool<'_>, now_ms: i64) -> Result<i64> {
    let (id,): (i64,) = sqlx::query_as(
        "INSERT INTO ai_tools (name, vendor, department, purpose, procedure, status, personal_data, \
         owner, idea_id, name_from_idea, reported_by, source_event_id, room_id, next_review_at, created_by, \
         created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $16) RETURNING id",
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
    .bind(i64::from(new.name_from_idea))
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
}

/// Whose list it is: what the reader may see at all.
#[derive(Debug, Clone, PartialEq)]
pub enum Reach {
    Everything,
    /// A promoter: their Fachbereich, and what they reported or own.
    Department {
        department: String,
        user: String,
    },
    /// What this person reported or owns.
    Own(String),
}

enum Value {
    Text(String),
    Number(i64),
}

/// The WHERE clause of a list and its values, numbered `$1…` in order.
fn condition(reach: &Reach, filter: &Filter) -> (String, Vec<Value>) {
    let mut values = vec![];
    let mut next = |value: Value| {
        values.push(value);
        format!("${}", values.len())
    };
    let reach_sql = match reach {
        Reach::Everything => "1 = 1".to_string(),
        Reach::Department { department, user } => {
            // Fachbereiche are compared without regard to case, as `!kompetenz` does.
            let d = next(Value::Text(department.clone()));
            let u = next(Value::Text(user.clone()));
            format!("(LOWER(department) = LOWER({d}) OR reported_by = {u} OR owner = {u})")
        }
        Reach::Own(user) => {
            let u = next(Value::Text(user.clone()));
            format!("(reported_by = {u} OR owner = {u})")
        }
    };
    let filter_sql = match filter {
        Filter::All => "1 = 1".to_string(),
        Filter::Department(d) => format!("LOWER(department) = LOWER({})", next(Value::Text(d.clone()))),
        Filter::Risk(r) => format!("risk_class = {}", next(Value::Text(r.clone()))),
        Filter::Status(s) => format!("status = {}", next(Value::Text(s.clone()))),
        Filter::DueBy(by) => format!(
            "status <> 'abgeschaltet' AND (retriage = 1 OR (next_review_at IS NOT NULL AND next_review_at <= {}))",
            next(Value::Number(*by))
        ),
        Filter::Drafts => "draft = 1".to_string(),
    };
    (format!("{reach_sql} AND {filter_sql}"), values)
}

/// One page of a list (at most `limit` entries, by number or by due date) and the total.
pub async fn list(tx: &mut Tx, reach: &Reach, filter: &Filter, limit: i64) -> Result<(Vec<Tool>, i64)> {
    let (condition, values) = condition(reach, filter);
    let order = if matches!(filter, Filter::DueBy(_)) {
        "COALESCE(next_review_at, 0), id"
    } else {
        "id"
    };
    let page = format!("{SELECT_TOOL} WHERE {condition} ORDER BY {order} LIMIT {limit}");
    let count = format!("SELECT COUNT(*) FROM ai_tools WHERE {condition}");
    let mut rows = sqlx::query_as::<_, Tool>(sqlx::AssertSqlSafe(page));
    let mut total = sqlx::query_as::<_, (i64,)>(sqlx::AssertSqlSafe(count));
    for value in &values {
        match value {
            Value::Text(text) => {
                rows = rows.bind(text.clone());
                total = total.bind(text.clone());
            }
            Value::Number(n) => {
                rows = rows.bind(*n);
                total = total.bind(*n);
            }
        }
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

/// Blanks the texts an entry took from event `event_id` in `room` (its name and purpose); returns
/// how many entries.
pub async fn blank_texts_from_event(tx: &mut Tx, event_id: &str, room: &str) -> Result<u64> {
    let done = sqlx::query(
        "UPDATE ai_tools SET name = '', purpose = '', source_event_id = NULL \
         WHERE source_event_id = $1 AND room_id = $2",
    )
    .bind(event_id)
    .bind(room)
    .execute(&mut **tx)
    .await?;
    Ok(done.rows_affected())
}

/// Entries whose name is still a copy of their idea's title: (entry, idea).
pub async fn named_after_ideas(tx: &mut Tx) -> Result<Vec<(i64, i64)>> {
    Ok(
        sqlx::query_as("SELECT id, idea_id FROM ai_tools WHERE name_from_idea = 1 AND idea_id IS NOT NULL")
            .fetch_all(&mut **tx)
            .await?,
    )
}
