//! SQL for the team's view of ideas: lifecycle fields, scores, promoters; same on SQLite and PostgreSQL.

use super::criteria::ScoreSet;
use crate::store::Tx;
use anyhow::Result;
use sqlx::any::AnyArguments;

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

/// One idea of the portfolio, with its weighted score (None while unscored), how many team
/// members scored it, and the mean of each criterion (in the order of `criteria::CRITERIA`).
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ScoredIdea {
    #[sqlx(flatten)]
    pub idea: TeamIdea,
    pub score: Option<f64>,
    pub scores: i64,
    #[sqlx(flatten)]
    pub means: CriterionMeans,
}

/// The mean of each criterion's scores, None while unscored; columns named after the criteria.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct CriterionMeans {
    pub mean_wirkung: Option<f64>,
    pub mean_akzeptanz: Option<f64>,
    pub mean_skalierung: Option<f64>,
    pub mean_machbarkeit: Option<f64>,
    pub mean_effizienz: Option<f64>,
    pub mean_buerger: Option<f64>,
}

impl CriterionMeans {
    /// In the order of `criteria::CRITERIA`; None while unscored.
    pub fn in_order(&self) -> Option<[f64; 6]> {
        Some([
            self.mean_wirkung?,
            self.mean_akzeptanz?,
            self.mean_skalierung?,
            self.mean_machbarkeit?,
            self.mean_effizienz?,
            self.mean_buerger?,
        ])
    }
}

/// Which ideas a portfolio shows: those in `status`, or every idea but the withdrawn and the
/// rejected ones.
fn portfolio_filter(status: Option<&str>) -> String {
    match status {
        Some(_) => "i.status = $1".to_string(),
        None => format!(
            "i.status NOT IN ('{}', '{}')",
            crate::ideas::api::WITHDRAWN,
            crate::ideas::api::Status::Rejected.as_str()
        ),
    }
}

/// How many ideas the portfolio for `status` holds (from the ideas' tallies by status,
/// migration 0020).
pub async fn portfolio_size(tx: &mut Tx, status: Option<&str>) -> Result<i64> {
    let sql = format!(
        "SELECT CAST(COALESCE(SUM(i.tally), 0) AS BIGINT) FROM idea_status_tallies i WHERE {}",
        portfolio_filter(status)
    );
    let mut query = sqlx::query_as::<_, (i64,)>(sqlx::AssertSqlSafe(sql));
    if let Some(status) = status {
        query = query.bind(status);
    }
    Ok(query.fetch_one(&mut **tx).await?.0)
}

/// The whole portfolio by status: how many ideas, and how many of them are scored.
pub async fn portfolio_by_status(tx: &mut Tx) -> Result<Vec<(String, i64, i64)>> {
    // One statement, so that both counts see the same state on PostgreSQL too.
    let sql = format!(
        "SELECT i.status, CAST(i.tally AS BIGINT), CAST(COALESCE(c.scored, 0) AS BIGINT) \
         FROM idea_status_tallies i LEFT JOIN \
         (SELECT x.status, COUNT(DISTINCT s.idea_id) AS scored FROM idea_scores s \
          JOIN ideas x ON x.id = s.idea_id GROUP BY x.status) c ON c.status = i.status \
         WHERE {}",
        portfolio_filter(None)
    );
    Ok(sqlx::query_as(sqlx::AssertSqlSafe(sql)).fetch_all(&mut **tx).await?)
}

/// Which part of the ranking to read.
enum Part {
    /// Of the scored ideas only, `limit` after the first `offset`.
    ScoredPage {
        offset: i64,
        limit: i64,
    },
    Whole,
}

/// The portfolio ranked in the database: the weighted mean of each criterion's mean (`weights`
/// in the order of `criteria::CRITERIA`), best first, unscored ideas last, ties and unscored ones
/// by number. The statement and its arguments; only the part asked for is read.
fn ranking(status: Option<&str>, weights: &[f64; 6], part: Part) -> (String, AnyArguments) {
    let mut args = AnyArguments::default();
    let mut next = 0;
    let mut bind = |args: &mut AnyArguments, add: &dyn Fn(&mut AnyArguments)| {
        add(args);
        next += 1;
        format!("${next}")
    };
    if let Some(status) = status {
        bind(&mut args, &|a| add(a, status.to_string()));
    }
    let total_weight: f64 = weights.iter().sum();
    // As `criteria::weighted_score`: without a usable weight nothing has a score.
    let usable = total_weight > 0.0 && total_weight.is_finite();
    // Sum over count in floating point, as `criteria::criterion_means` computes it (PostgreSQL's
    // AVG of integers is a decimal that rounds differently). The scores are summed per idea first
    // (`a`) and joined to their ideas by key, so a page of the scored ideas reads only those.
    let mean = |key: &str| format!("(CAST(a.sum_{key} AS DOUBLE PRECISION) / NULLIF(a.scores, 0))");
    let score = if usable {
        let weighted: Vec<String> = super::criteria::CRITERIA
            .iter()
            .zip(weights)
            .map(|(criterion, weight)| {
                let weight = *weight;
                let at = bind(&mut args, &|a| add(a, weight));
                format!("CAST({at} AS DOUBLE PRECISION) * {}", mean(criterion.key()))
            })
            .collect();
        let total_at = bind(&mut args, &|a| add(a, total_weight));
        format!("({}) / CAST({total_at} AS DOUBLE PRECISION)", weighted.join(" + "))
    } else {
        "CAST(NULL AS DOUBLE PRECISION)".to_string()
    };
    let means: Vec<String> = super::criteria::CRITERIA
        .iter()
        .map(|c| format!("{} AS mean_{}", mean(c.key()), c.key()))
        .collect();
    let sums: Vec<String> = super::criteria::CRITERIA
        .iter()
        .map(|c| format!("SUM(s.{key}) AS sum_{key}", key = c.key()))
        .collect();
    let (join, paging) = match part {
        Part::ScoredPage { offset, limit } => {
            let limit_at = bind(&mut args, &|a| add(a, limit));
            let offset_at = bind(&mut args, &|a| add(a, offset));
            ("JOIN", format!(" LIMIT {limit_at} OFFSET {offset_at}"))
        }
        Part::Whole => ("LEFT JOIN", String::new()),
    };
    let sql = format!(
        "SELECT i.id, i.title, i.department, i.author, i.status, i.owner, i.status_reason, \
         i.next_reassessment_at, {score} AS score, COALESCE(a.scores, 0) AS scores, {means} \
         FROM ideas i {join} \
         (SELECT s.idea_id, COUNT(*) AS scores, {sums} FROM idea_scores s GROUP BY s.idea_id) a \
         ON a.idea_id = i.id WHERE {filter} \
         ORDER BY CASE WHEN a.scores IS NULL THEN 1 ELSE 0 END, score DESC, i.id{paging}",
        means = means.join(", "),
        sums = sums.join(", "),
        filter = portfolio_filter(status),
    );
    (sql, args)
}

fn add<T>(args: &mut AnyArguments, value: T)
where
    T: for<'q> sqlx::Encode<'q, sqlx::Any> + sqlx::Type<sqlx::Any>,
{
    // Adding a plain text or number to the arguments cannot fail.
    let _ = sqlx::Arguments::add(args, value);
}

/// One page of the portfolio, ranked in the database (see `ranking`): the scored ideas are
/// ranked among themselves (the few the team has scored, not every idea), the unscored ones
/// follow by number, read along the primary key.
pub async fn portfolio_page(
    tx: &mut Tx,
    status: Option<&str>,
    weights: &[f64; 6],
    offset: i64,
    limit: i64,
) -> Result<Vec<ScoredIdea>> {
    let filter = portfolio_filter(status);
    // Counted from the scores, which are few, not from every idea.
    let sql =
        format!("SELECT COUNT(DISTINCT s.idea_id) FROM idea_scores s JOIN ideas i ON i.id = s.idea_id WHERE {filter}");
    let mut scored = sqlx::query_as::<_, (i64,)>(sqlx::AssertSqlSafe(sql));
    if let Some(status) = status {
        scored = scored.bind(status);
    }
    let (scored,) = scored.fetch_one(&mut **tx).await?;
    let mut page = vec![];
    if offset < scored {
        let (sql, args) = ranking(status, weights, Part::ScoredPage { offset, limit });
        page = sqlx::query_as_with(sqlx::AssertSqlSafe(sql), args)
            .fetch_all(&mut **tx)
            .await?;
    }
    let wanted = limit - page.len() as i64;
    if wanted > 0 {
        let means = super::criteria::CRITERIA
            .iter()
            .map(|c| format!("CAST(NULL AS DOUBLE PRECISION) AS mean_{}", c.key()))
            .collect::<Vec<_>>()
            .join(", ");
        let next = if status.is_some() { 2 } else { 1 };
        let sql = format!(
            "SELECT i.id, i.title, i.department, i.author, i.status, i.owner, i.status_reason, \
             i.next_reassessment_at, CAST(NULL AS DOUBLE PRECISION) AS score, CAST(0 AS BIGINT) AS scores, {means} \
             FROM ideas i WHERE {filter} AND NOT EXISTS (SELECT 1 FROM idea_scores s WHERE s.idea_id = i.id) \
             ORDER BY i.id LIMIT ${next} OFFSET ${}",
            next + 1
        );
        let mut unscored = sqlx::query_as::<_, ScoredIdea>(sqlx::AssertSqlSafe(sql));
        if let Some(status) = status {
            unscored = unscored.bind(status);
        }
        page.extend(
            unscored
                .bind(wanted)
                .bind((offset - scored).max(0))
                .fetch_all(&mut **tx)
                .await?,
        );
    }
    Ok(page)
}

/// The whole portfolio ranked (see `ranking`), one idea at a time as it is read.
pub fn portfolio_ranked<'t>(
    tx: &'t mut Tx,
    weights: &[f64; 6],
) -> impl futures_util::Stream<Item = Result<ScoredIdea, sqlx::Error>> + Send + 't {
    let (sql, args) = ranking(None, weights, Part::Whole);
    sqlx::query_as_with(sqlx::AssertSqlSafe(sql), args).fetch(&mut **tx)
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

/// How many ideas are due for re-assessment on or before `until_ms` (as `due_for_reassessment`),
/// and how many of them before `now_ms`.
pub async fn due_for_reassessment_count(tx: &mut Tx, until_ms: i64, now_ms: i64) -> Result<(i64, i64)> {
    Ok(sqlx::query_as(
        "SELECT COUNT(*), CAST(COALESCE(SUM(CASE WHEN next_reassessment_at < $2 THEN 1 ELSE 0 END), 0) AS BIGINT) \
         FROM ideas WHERE next_reassessment_at IS NOT NULL AND next_reassessment_at <= $1",
    )
    .bind(until_ms)
    .bind(now_ms)
    .fetch_one(&mut **tx)
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
