//! Whether Lotse is healthy: the transport reports each sync's outcome here, and `judge` decides
//! from that and a database check. Healthy means the last sync succeeded, it was recent enough,
//! and the database answers.

use serde_json::{Value, json};
use std::sync::atomic::{AtomicBool, AtomicI64, Ordering};

/// Milliseconds since the epoch of the last successful sync; 0 before the first.
static LAST_SYNC_OK_MS: AtomicI64 = AtomicI64::new(0);
static SYNC_FAILING: AtomicBool = AtomicBool::new(false);

/// A sync answered.
pub fn sync_succeeded(now_ms: i64) {
    LAST_SYNC_OK_MS.store(now_ms, Ordering::Relaxed);
    SYNC_FAILING.store(false, Ordering::Relaxed);
}

/// A sync failed (homeserver unreachable, timeouts, errors); the bot retries.
pub fn sync_failed() {
    SYNC_FAILING.store(true, Ordering::Relaxed);
}

/// What the transport reported last.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SyncState {
    pub last_ok_ms: Option<i64>,
    pub failing: bool,
}

pub fn sync_state() -> SyncState {
    let last = LAST_SYNC_OK_MS.load(Ordering::Relaxed);
    SyncState {
        last_ok_ms: (last > 0).then_some(last),
        failing: SYNC_FAILING.load(Ordering::Relaxed),
    }
}

/// The answer of `/healthz`: healthy or not, and a short JSON body that says why.
#[derive(Debug, Clone, PartialEq)]
pub struct Verdict {
    pub healthy: bool,
    pub body: Value,
}

/// `database` is the outcome of a trivial query (its error in words).
pub fn judge(sync: SyncState, database: Result<(), String>, now_ms: i64, max_sync_age_ms: i64) -> Verdict {
    let age_s = sync.last_ok_ms.map(|at| (now_ms - at).max(0) / 1000);
    let problem = if let Err(error) = &database {
        Some(format!("the database does not answer: {error}"))
    } else if sync.last_ok_ms.is_none() {
        Some("no sync with the homeserver has succeeded yet".to_string())
    } else if sync.failing {
        Some("the last sync with the homeserver failed; retrying".to_string())
    } else if age_s.is_some_and(|age| age * 1000 > max_sync_age_ms) {
        Some(format!("no successful sync for more than {} s", max_sync_age_ms / 1000))
    } else {
        None
    };
    let mut body = json!({
        "status": if problem.is_none() { "ok" } else { "unhealthy" },
        "last_sync_seconds_ago": age_s,
        "database": if database.is_ok() { "ok" } else { "unreachable" },
    });
    if let Some(reason) = &problem {
        body["reason"] = json!(reason);
    }
    Verdict {
        healthy: problem.is_none(),
        body,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOW: i64 = 1_800_000_000_000;
    const MAX: i64 = 90_000;

    fn synced(ago_ms: i64, failing: bool) -> SyncState {
        SyncState {
            last_ok_ms: Some(NOW - ago_ms),
            failing,
        }
    }

    #[test]
    fn a_recent_sync_and_an_answering_database_are_healthy() {
        let verdict = judge(synced(5_000, false), Ok(()), NOW, MAX);
        assert!(verdict.healthy);
        assert_eq!(verdict.body["status"], "ok");
        assert_eq!(verdict.body["last_sync_seconds_ago"], 5);
        assert!(verdict.body.get("reason").is_none());
    }

    #[test]
    fn each_failure_is_unhealthy_with_its_reason() {
        let cases = [
            (
                synced(5_000, false),
                Err("timed out".to_string()),
                "database does not answer: timed out",
            ),
            (
                SyncState {
                    last_ok_ms: None,
                    failing: false,
                },
                Ok(()),
                "no sync",
            ),
            (synced(5_000, true), Ok(()), "last sync with the homeserver failed"),
            (synced(91_000, false), Ok(()), "more than 90 s"),
        ];
        for (sync, database, reason) in cases {
            let verdict = judge(sync, database, NOW, MAX);
            assert!(!verdict.healthy, "{sync:?}");
            assert_eq!(verdict.body["status"], "unhealthy");
            let said = verdict.body["reason"].as_str().unwrap();
            assert!(said.contains(reason), "{said}");
        }
    }

    #[test]
    fn exactly_the_limit_is_still_healthy() {
        assert!(judge(synced(MAX, false), Ok(()), NOW, MAX).healthy);
    }
}
