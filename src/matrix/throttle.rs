//! Throttling by the homeserver, told once per episode: the first rate-limited send logs one
//! warning with the hint how to exempt the bot, later waits only count, and the first send that
//! goes through again says how many waits the episode took. Every wait counts in the metrics.

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::Duration;

static THROTTLED: AtomicBool = AtomicBool::new(false);
static WAITS: AtomicU64 = AtomicU64::new(0);

/// A send was refused with "too many requests" and waits `wait` before it tries again.
pub fn waiting(wait: Duration) {
    WAITS.fetch_add(1, Ordering::Relaxed);
    crate::service::metrics::rate_limit_wait();
    if THROTTLED.swap(true, Ordering::Relaxed) {
        tracing::debug!(wait_ms = wait.as_millis() as u64, "rate-limited; waiting");
    } else {
        tracing::warn!(
            wait_ms = wait.as_millis() as u64,
            "rate-limited by the homeserver: replies wait until it lets them through. Exempt the bot \
             account from rate limits (Synapse: admin API override_ratelimit; see README \"Rate limits\")"
        );
    }
}

/// A send went through: ends a throttled episode, if one was running.
pub fn passed() {
    if THROTTLED.swap(false, Ordering::Relaxed) {
        let waits = WAITS.swap(0, Ordering::Relaxed);
        tracing::info!(waits, "no longer rate-limited by the homeserver");
    }
}
