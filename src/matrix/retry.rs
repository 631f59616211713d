//! Waiting and giving up: exponential backoff, the stop signal every loop listens to, and the
//! classification of Matrix errors into rate limits, transient and permanent failures.

use matrix_sdk::ruma::api::error::{ErrorKind, RetryAfter};
use std::sync::Arc;
use std::time::{Duration, SystemTime};
use tokio::sync::watch;

/// Exponential backoff between `min` and `max`, doubling on every failure.
#[derive(Debug, Clone)]
pub(super) struct Backoff {
    min: Duration,
    max: Duration,
    next: Duration,
}

impl Backoff {
    pub(super) fn new(min: Duration, max: Duration) -> Backoff {
        Backoff { min, max, next: min }
    }

    /// 1 s doubling to 30 s: the standard for reconnects and retries.
    pub(super) fn standard() -> Backoff {
        Backoff::new(Duration::from_secs(1), Duration::from_secs(30))
    }

    /// The delay to wait now; the following one is twice as long (up to the maximum).
    pub(super) fn next_delay(&mut self) -> Duration {
        let delay = self.next;
        self.next = (self.next * 2).min(self.max);
        delay
    }

    pub(super) fn reset(&mut self) {
        self.next = self.min;
    }
}

/// The shutdown signal, shared by all loops. Cheap to clone.
#[derive(Debug, Clone)]
pub(super) struct Stop {
    tx: Arc<watch::Sender<bool>>,
    rx: watch::Receiver<bool>,
}

impl Stop {
    pub(super) fn new() -> Stop {
        let (tx, rx) = watch::channel(false);
        Stop { tx: Arc::new(tx), rx }
    }

    pub(super) fn trigger(&self) {
        self.tx.send_replace(true);
    }

    pub(super) fn is_set(&self) -> bool {
        *self.rx.borrow()
    }

    /// Resolves once shutdown was requested.
    pub(super) async fn wait(&self) {
        let mut rx = self.rx.clone();
        // The sender lives inside every `Stop`, so this only returns when the flag is set.
        let _ = rx.wait_for(|stopped| *stopped).await;
    }

    /// Sleeps for `delay`; returns true if shutdown was requested meanwhile (or before).
    pub(super) async fn sleep(&self, delay: Duration) -> bool {
        if self.is_set() {
            return true;
        }
        tokio::select! {
            () = tokio::time::sleep(delay) => self.is_set(),
            () = self.wait() => true,
        }
    }
}

/// What to do about a failed Matrix request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Failure {
    /// M_LIMIT_EXCEEDED: wait (as long as the server asks, if it says) and retry.
    RateLimited(Option<Duration>),
    /// Network trouble or a server error: retry with backoff.
    Transient,
    /// The request can never succeed (forbidden, not found, bad input): give up.
    Permanent,
}

/// Sorts an SDK error into rate limit, transient or permanent.
pub(super) fn classify(error: &matrix_sdk::Error) -> Failure {
    use matrix_sdk::Error;
    if let Some(kind) = error.client_api_error_kind() {
        return classify_kind(kind, error.as_client_api_error().map(|e| e.status_code.as_u16()));
    }
    match error {
        Error::Http(http) => classify_http(http),
        Error::WrongRoomState(_)
        | Error::Identifier(_)
        | Error::Url(_)
        | Error::SerdeJson(_)
        | Error::AuthenticationRequired
        | Error::InsufficientData => Failure::Permanent,
        // Crypto and store hiccups, timeouts, unknown errors: worth another try.
        _ => Failure::Transient,
    }
}

pub(super) fn classify_http(error: &matrix_sdk::HttpError) -> Failure {
    if let Some(kind) = error.client_api_error_kind() {
        return classify_kind(kind, error.as_client_api_error().map(|e| e.status_code.as_u16()));
    }
    match error.as_client_api_error().map(|e| e.status_code.as_u16()) {
        Some(status) => classify_status(status),
        // No Matrix error body: a network failure, a proxy page, or an unreadable response.
        None => Failure::Transient,
    }
}

fn classify_kind(kind: &ErrorKind, status: Option<u16>) -> Failure {
    match kind {
        ErrorKind::LimitExceeded(data) => Failure::RateLimited(data.retry_after.as_ref().and_then(retry_delay)),
        ErrorKind::Forbidden
        | ErrorKind::NotFound
        | ErrorKind::UnknownToken(_)
        | ErrorKind::MissingToken
        | ErrorKind::BadJson
        | ErrorKind::NotJson
        | ErrorKind::InvalidParam
        | ErrorKind::MissingParam
        | ErrorKind::TooLarge
        | ErrorKind::Unrecognized
        | ErrorKind::UnsupportedRoomVersion
        | ErrorKind::IncompatibleRoomVersion(_)
        | ErrorKind::UserDeactivated
        | ErrorKind::InviteBlocked
        | ErrorKind::UnableToAuthorizeJoin
        | ErrorKind::UnableToGrantJoin => Failure::Permanent,
        _ => status.map_or(Failure::Transient, classify_status),
    }
}

fn classify_status(status: u16) -> Failure {
    match status {
        429 => Failure::RateLimited(None),
        408 | 500..=599 => Failure::Transient,
        400..=499 => Failure::Permanent,
        _ => Failure::Transient,
    }
}

/// Longest rate-limit wait we accept from a server; a longer one is cut to this and retried.
const MAX_RATE_LIMIT_WAIT: Duration = Duration::from_secs(300);

fn retry_delay(retry_after: &RetryAfter) -> Option<Duration> {
    let delay = match retry_after {
        RetryAfter::Delay(delay) => *delay,
        RetryAfter::DateTime(at) => at.duration_since(SystemTime::now()).unwrap_or_default(),
    };
    Some(delay.min(MAX_RATE_LIMIT_WAIT))
}

/// True when the homeserver no longer accepts our access token.
pub(super) fn is_unknown_token(error: &matrix_sdk::Error) -> bool {
    matches!(error.client_api_error_kind(), Some(ErrorKind::UnknownToken(_)))
}

/// Runs a database operation until it succeeds; None if shutdown came first.
pub(super) async fn retry_db<T, F, Fut>(stop: &Stop, mut op: F) -> Option<T>
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = anyhow::Result<T>>,
{
    let mut backoff = Backoff::standard();
    loop {
        match op().await {
            Ok(value) => return Some(value),
            Err(e) => {
                let wait = backoff.next_delay();
                tracing::error!(error = %format!("{e:#}"), wait_s = wait.as_secs(), "database unavailable; retrying");
                crate::service::metrics::db_error();
                if stop.sleep(wait).await {
                    return None;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_up_to_the_maximum_and_resets() {
        let mut b = Backoff::standard();
        let delays: Vec<u64> = (0..7).map(|_| b.next_delay().as_secs()).collect();
        assert_eq!(delays, vec![1, 2, 4, 8, 16, 30, 30]);
        b.reset();
        assert_eq!(b.next_delay().as_secs(), 1);
    }

    #[test]
    fn status_codes_are_sorted() {
        assert_eq!(classify_status(429), Failure::RateLimited(None));
        assert_eq!(classify_status(502), Failure::Transient);
        assert_eq!(classify_status(403), Failure::Permanent);
        assert_eq!(classify_status(404), Failure::Permanent);
    }

    #[test]
    fn rate_limit_keeps_the_servers_delay() {
        let mut data = matrix_sdk::ruma::api::error::LimitExceededErrorData::new();
        data.retry_after = Some(RetryAfter::Delay(Duration::from_millis(1500)));
        let kind = ErrorKind::LimitExceeded(data);
        assert_eq!(
            classify_kind(&kind, Some(429)),
            Failure::RateLimited(Some(Duration::from_millis(1500)))
        );
    }

    #[tokio::test]
    async fn stop_interrupts_sleep() {
        let stop = Stop::new();
        assert!(!stop.is_set());
        let other = stop.clone();
        let sleeper = tokio::spawn(async move { other.sleep(Duration::from_secs(3600)).await });
        stop.trigger();
        assert!(sleeper.await.unwrap_or(false));
    }
}
