//! Its part of erasing a person: their sign-ups and waiting places go (a freed seat passes to the
//! next one waiting, who is told as usual); their attendance evidence becomes a count per
//! Fachbereich and level that names nobody; trainings they planned or recorded stay under their
//! tombstone.

use super::queries::{self, CONFIRMED};
use super::signup::fill_seats;
use crate::bot::context::Ctx;
use crate::bot::erasure::{Erasure, Fate, Tally, tallies};
use anyhow::Result;

pub async fn erase(ctx: &mut Ctx<'_>, erasure: &Erasure) -> Result<Vec<Tally>> {
    let user = erasure.user.as_str();
    let places: Vec<(i64, String)> =
        sqlx::query_as("SELECT training_id, state FROM training_participants WHERE user_id = $1 ORDER BY training_id")
            .bind(user)
            .fetch_all(&mut **ctx.tx)
            .await?;
    let (mut seats, mut waiting, mut past) = (0, 0, 0);
    for (id, state) in &places {
        let Some(training) = queries::lock(ctx.tx, *id, ctx.now_ms).await? else {
            continue;
        };
        queries::remove_participant(ctx.tx, *id, user).await?;
        if training.is_cancelled() || training.starts_at <= ctx.now_ms {
            past += 1;
        } else if state == CONFIRMED {
            seats += 1;
            fill_seats(ctx, &training).await?;
        } else {
            waiting += 1;
        }
    }
    let attended = count_attendance(ctx, erasure).await?;
    let (planned,): (i64,) = sqlx::query_as(
        "SELECT (SELECT COUNT(*) FROM trainings WHERE created_by = $1) \
         + (SELECT COUNT(*) FROM training_attendance WHERE recorded_by = $1)",
    )
    .bind(user)
    .fetch_one(&mut **ctx.tx)
    .await?;
    Ok(tallies([
        Tally::of("erase-training-seats", seats, Fate::Erased),
        Tally::of("erase-training-waiting", waiting, Fate::Erased),
        Tally::of("erase-training-past-signups", past, Fate::Erased),
        Tally::of("erase-attendance-counted", attended, Fate::Kept),
        Tally::of("erase-trainings-kept", planned, Fate::Kept),
    ]))
}

/// Moves the person's attendance into the anonymous counts; returns how many attendances.
async fn count_attendance(ctx: &mut Ctx<'_>, erasure: &Erasure) -> Result<i64> {
    let by_level: Vec<(String, i64)> =
        sqlx::query_as("SELECT level, COUNT(*) FROM training_attendance WHERE user_id = $1 GROUP BY level")
            .bind(&erasure.user)
            .fetch_all(&mut **ctx.tx)
            .await?;
    let department = erasure.department.clone().unwrap_or_default();
    let mut total = 0;
    for (level, count) in by_level {
        sqlx::query(
            "INSERT INTO training_attendance_erased (department, level, attendees) VALUES ($1, $2, $3) \
             ON CONFLICT (department, level) DO UPDATE \
             SET attendees = training_attendance_erased.attendees + excluded.attendees",
        )
        .bind(&department)
        .bind(&level)
        .bind(count)
        .execute(&mut **ctx.tx)
        .await?;
        total += count;
    }
    sqlx::query("DELETE FROM training_attendance WHERE user_id = $1")
        .bind(&erasure.user)
        .execute(&mut **ctx.tx)
        .await?;
    Ok(total)
}
