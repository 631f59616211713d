//! SQL for the team's view of ideas: lifecycle fields, scores, promoters; same on SQLite and PostgreSQL.

use super::criteria::ScoreSet;
use crate::store::Tx;
use anyhow::Result;

/// An idea with the fields the strategy team works with.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct TeamIdea {
    pub id: i64,
    pub title: String,
    pub department: String,
    pub author: String,
    pub status: String,
    pub owner: Option<String>,
    pub status_reason: Option<String>,
    pub next_reassessment_at: Option<i64>,
}

const SELECT_IDEA: &str = "SELECT id, title, department, author, status, owner, status_reason, \
     next_reassessment_at FROM ideas";

pub async fn idea(tx: &mut Tx, id: i64) -> Result<Option<TeamIdea>> {
    Ok(
        sqlx::query_as(sqlx::AssertSqlSafe(format!("{SELECT_IDEA} WHERE id = $1")))
            .bind(id)
            .fetch_optional(&mut **tx)
            .await?,
    )
}

/// Every idea that is not withdrawn, for the portfolio (ranked in Rust).
pub async fn open_ideas(tx: &mut Tx) -> Result<Vec<TeamIdea>> {
    Ok(sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "{SELECT_IDEA} WHERE status <> '{}' ORDER BY id",
        crate::ideas::api::WITHDRAWN
    )))
    .fetch_all(&mut **tx)
    .await?)
}

/// Ideas whose re-assessment is due on or before `until_ms`, earliest first.
pub async fn due_for_reassessment(tx: &mut Tx, until_ms: i64) -> Result<Vec<TeamIdea>> {
    Ok(sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "{SELECT_IDEA} WHERE next_reassessment_at IS NOT NULL AND next_reassessment_at <= $1 \
         ORDER BY next_reassessment_at, id"
    )))
    .bind(until_ms)
    .fetch_all(&mut **tx)
    .await?)
}

pub async fn set_status(
    tx: &mut Tx,
    id: i64,
    status: &str,
    reason: Option<&str>,
    next_reassessment_at: Option<i64>,
    now_ms: i64,
) -> Result<()> {
    sqlx::query(
        "UPDATE ideas SET status = $1, status_reason = $2, next_reassessment_at = $3, \
         status_changed_at = $4, updated_at = $4 WHERE id = $5",
    )
    .bind(status)
    .bind(reason)
    .bind(next_reassessment_at)
    .bind(now_ms)
    .bind(id)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

pub async fn set_owner(tx: &mut Tx, id: i64, owner: Option<&str>, now_ms: i64) -> Result<()> {
    sqlx::query("UPDATE ideas SET owner = $1, updated_at = $2 WHERE id = $3")
        .bind(owner)
        .bind(now_ms)
        .bind(id)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// Records a re-assessment: the next one falls due at `next_ms`.
pub async fn set_reassessed(tx: &mut Tx, id: i64, next_ms: i64, now_ms: i64) -> Result<()> {
    sqlx::query("UPDATE ideas SET next_reassessment_at = $1, last_reassessed_at = $2, updated_at = $2 WHERE id = $3")
        .bind(next_ms)
        .bind(now_ms)
        .bind(id)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// Stores a team member's score for an idea, replacing their earlier one.
pub async fn upsert_score(tx: &mut Tx, idea_id: i64, scorer: &str, scores: &ScoreSet, now_ms: i64) -> Result<()> {
    sqlx::query(
        "INSERT INTO idea_scores (idea_id, scorer, wirkung, akzeptanz, skalierung, machbarkeit, effizienz, \
         buerger, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9) \
         ON CONFLICT (idea_id, scorer) DO UPDATE SET wirkung = excluded.wirkung, \
         akzeptanz = excluded.akzeptanz, skalierung = excluded.skalierung, \
         machbarkeit = excluded.machbarkeit, effizienz = excluded.effizienz, buerger = excluded.buerger, \
         updated_at = excluded.updated_at",
    )
    .bind(idea_id)
    .bind(scorer)
    .bind(scores[0])
    .bind(scores[1])
    .bind(scores[2])
    .bind(scores[3])
    .bind(scores[4])
    .bind(scores[5])
    .bind(now_ms)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

type ScoreRow = (i64, String, i64, i64, i64, i64, i64, i64);

const SELECT_SCORES: &str = "SELECT idea_id, scorer, wirkung, akzeptanz, skalierung, machbarkeit, effizienz, \
     buerger FROM idea_scores";

fn to_entry((idea_id, scorer, a, b, c, d, e, f): ScoreRow) -> (i64, String, ScoreSet) {
    (idea_id, scorer, [a, b, c, d, e, f])
}

/// Every member's current score for one idea, by scorer.
pub async fn scores_of(tx: &mut Tx, idea_id: i64) -> Result<Vec<(String, ScoreSet)>> {
    let rows: Vec<ScoreRow> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "{SELECT_SCORES} WHERE idea_id = $1 ORDER BY scorer"
    )))
    .bind(idea_id)
    .fetch_all(&mut **tx)
    .await?;
    Ok(rows
        .into_iter()
        .map(to_entry)
        .map(|(_, scorer, s)| (scorer, s))
        .collect())
}

/// Every current score, as (idea, scores), for ranking.
pub async fn all_scores(tx: &mut Tx) -> Result<Vec<(i64, ScoreSet)>> {
    let rows: Vec<ScoreRow> = sqlx::query_as(sqlx::AssertSqlSafe(SELECT_SCORES))
        .fetch_all(&mut **tx)
        .await?;
    Ok(rows.into_iter().map(to_entry).map(|(id, _, s)| (id, s)).collect())
}

/// Names `user` promoter of `department` (one Fachbereich per person; naming again replaces it).
pub async fn set_promoter(tx: &mut Tx, user: &str, department: &str, by: &str, now_ms: i64) -> Result<()> {
    sqlx::query(
        "INSERT INTO promoters (user_id, department, appointed_by, created_at) VALUES ($1, $2, $3, $4) \
         ON CONFLICT (user_id) DO UPDATE SET department = excluded.department, \
         appointed_by = excluded.appointed_by, created_at = excluded.created_at",
    )
    .bind(user)
    .bind(department)
    .bind(by)
    .bind(now_ms)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Removes `user`'s promoter role; false if they had none.
pub async fn remove_promoter(tx: &mut Tx, user: &str) -> Result<bool> {
    let done = sqlx::query("DELETE FROM promoters WHERE user_id = $1")
        .bind(user)
        .execute(&mut **tx)
        .await?;
    Ok(done.rows_affected() > 0)
}

/// All promoters as (user, Fachbereich), by Fachbereich.
pub async fn promoters(tx: &mut Tx) -> Result<Vec<(String, String)>> {
    Ok(
        sqlx::query_as("SELECT user_id, department FROM promoters ORDER BY department, user_id")
            .fetch_all(&mut **tx)
            .await?,
    )
}
