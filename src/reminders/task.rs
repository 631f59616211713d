//! The one task that sends reminders: it sleeps until the earliest pending reminder is due (or
//! until new ones are scheduled), fires what is due — after downtime, everything overdue, once —
//! and goes back to sleep. It never polls: at most one look per hour when nothing is pending.

use super::{fire_due, next_due_at, plan_recurring};
use crate::bot::Bot;
use crate::service::metrics;
use std::future::Future;
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::Notify;

/// Longest sleep: picks up wall-clock jumps (NTP, suspend) without polling.
const MAX_SLEEP: Duration = Duration::from_secs(3600);
/// Pause after a failed round (database unreachable, a reminder that cannot be composed).
const RETRY_AFTER: Duration = Duration::from_secs(30);

/// Runs until `shutdown` resolves. `scheduled` is notified whenever reminders were scheduled.
pub async fn run(bot: Bot, scheduled: Arc<Notify>, shutdown: impl Future<Output = ()>) {
    tokio::pin!(shutdown);
    let mut recurring_planned = false;
    loop {
        if !recurring_planned {
            match plan_recurring(&bot).await {
                Ok(()) => recurring_planned = true,
                Err(e) => {
                    tracing::error!(error = %format!("{e:#}"), "cannot plan the daily sweep yet; trying again shortly");
                    metrics::db_error();
                }
            }
        }
        let sleep = round(&bot).await;
        tokio::select! {
            () = tokio::time::sleep(sleep) => {}
            () = scheduled.notified() => {}
            () = &mut shutdown => return,
        }
    }
}

/// Fires what is due; returns how long to sleep until the next reminder.
async fn round(bot: &Bot) -> Duration {
    if let Err(e) = fire_due(bot).await {
        tracing::error!(error = %format!("{e:#}"), "cannot read the reminders (database unreachable?); trying again shortly");
        metrics::db_error();
        return RETRY_AFTER;
    }
    match next_due_at(bot.store()).await {
        Ok(Some(due_at)) => sleep_until(due_at, bot.now_ms()),
        Ok(None) => MAX_SLEEP,
        Err(e) => {
            tracing::error!(error = %format!("{e:#}"), "cannot read the reminders (database unreachable?); trying again shortly");
            metrics::db_error();
            RETRY_AFTER
        }
    }
}

/// The sleep until `due_at`; a reminder still pending at or before `now` failed this round.
fn sleep_until(due_at: i64, now_ms: i64) -> Duration {
    if due_at <= now_ms {
        return RETRY_AFTER;
    }
    let wait = u64::try_from(due_at - now_ms).unwrap_or(0);
    Duration::from_millis(wait).min(MAX_SLEEP)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sleeps_until_the_next_reminder_but_never_longer_than_an_hour() {
        assert_eq!(sleep_until(61_000, 1_000), Duration::from_secs(60));
        assert_eq!(sleep_until(10 * 3_600_000, 0), MAX_SLEEP);
        assert_eq!(
            sleep_until(5, 5),
            RETRY_AFTER,
            "a reminder still due failed: no busy loop"
        );
    }
}
