//! SQL of the Ethik-Check (SQLite and PostgreSQL alike): the stages recorded per use case, and
//! what it reads of the ideas it checks.

use super::stages::{Assessment, Bias, Review, Stage};
use crate::store::Tx;
use anyhow::Result;

/// A stage as recorded.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Recorded {
    pub idea_id: i64,
    pub stage: String,
    pub result: String,
    pub details: String,
    pub recorded_by: String,
    pub recorded_at: i64,
}

impl Recorded {
    /// Its details, if they are of type `T`.
    pub fn details<T: serde::de::DeserializeOwned>(&self) -> Option<T> {
        serde_json::from_str(&self.details).ok()
    }
}

const SELECT: &str = "SELECT idea_id, stage, result, details, recorded_by, recorded_at FROM ethics_records";

pub async fn insert(
    tx: &mut Tx,
    idea: i64,
    stage: Stage,
    result: &str,
    details: &impl serde::Serialize,
    by: &str,
    now_ms: i64,
) -> Result<i64> {
    let (id,): (i64,) = sqlx::query_as(
        "INSERT INTO ethics_records (idea_id, stage, result, details, recorded_by, recorded_at) \
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
    )
    .bind(idea)
    .bind(stage.as_str())
    .bind(result)
    .bind(serde_json::to_string(details)?)
    .bind(by)
    .bind(now_ms)
    .fetch_one(&mut **tx)
    .await?;
    Ok(id)
}

/// Everything recorded for idea `idea`, oldest first.
pub async fn for_idea(tx: &mut Tx, idea: i64) -> Result<Vec<Recorded>> {
    Ok(sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "{SELECT} WHERE idea_id = $1 ORDER BY recorded_at, id"
    )))
    .bind(idea)
    .fetch_all(&mut **tx)
    .await?)
}

/// Everything recorded, oldest first (report, export, annual report).
pub async fn all(tx: &mut Tx) -> Result<Vec<Recorded>> {
    Ok(sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "{SELECT} ORDER BY idea_id, recorded_at, id"
    )))
    .fetch_all(&mut **tx)
    .await?)
}

/// The latest record of `stage` among `records`.
pub fn latest(records: &[Recorded], stage: Stage) -> Option<&Recorded> {
    records.iter().rev().find(|r| r.stage == stage.as_str())
}

/// The bias figures of the latest Bewertung or Überprüfung among `records` that has them.
pub fn latest_bias(records: &[Recorded]) -> Option<Bias> {
    records.iter().rev().find_map(|r| match r.stage.as_str() {
        s if s == Stage::Assessment.as_str() => r.details::<Assessment>()?.bias,
        s if s == Stage::Review.as_str() => r.details::<Review>()?.bias,
        _ => None,
    })
}

/// What the Ethik-Check needs of an idea.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Idea {
    pub id: i64,
    pub title: String,
    pub status: String,
    pub owner: Option<String>,
}

pub async fn idea(tx: &mut Tx, id: i64) -> Result<Option<Idea>> {
    Ok(
        sqlx::query_as("SELECT id, title, status, owner FROM ideas WHERE id = $1")
            .bind(id)
            .fetch_optional(&mut **tx)
            .await?,
    )
}

/// Use cases in pilot or live with nothing recorded (gates off, or from before the check).
pub async fn active_unchecked(tx: &mut Tx) -> Result<Vec<Idea>> {
    Ok(sqlx::query_as(
        "SELECT id, title, status, owner FROM ideas WHERE status IN ('pilot', 'im-betrieb') \
         AND id NOT IN (SELECT idea_id FROM ethics_records) ORDER BY id",
    )
    .fetch_all(&mut **tx)
    .await?)
}

/// The ideas with anything recorded, by number.
pub async fn checked_ideas(tx: &mut Tx) -> Result<Vec<Idea>> {
    Ok(sqlx::query_as(
        "SELECT id, title, status, owner FROM ideas WHERE id IN (SELECT idea_id FROM ethics_records) ORDER BY id",
    )
    .fetch_all(&mut **tx)
    .await?)
}
