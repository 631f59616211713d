//! Every metric Lotse exports, named in one place, and the one function per thing that is
//! counted. No label carries a user, a room, an event or a text: labels are fixed words
//! (an event kind, a command name, an outcome).

use ::metrics::{counter, describe_counter, describe_gauge, describe_histogram, gauge, histogram};
use metrics_exporter_prometheus::{Matcher, PrometheusBuilder, PrometheusHandle};
use std::time::Duration;

const EVENTS: &str = "lotse_events_total";
const COMMANDS: &str = "lotse_commands_total";
const REPLIES_SENT: &str = "lotse_replies_sent_total";
const SEND_FAILURES: &str = "lotse_send_failures_total";
const OUTBOX_DEPTH: &str = "lotse_outbox_depth";
const OUTBOX_OLDEST: &str = "lotse_outbox_oldest_age_seconds";
const SYNC_LAG: &str = "lotse_sync_lag_seconds";
const LAST_SYNC: &str = "lotse_last_sync_age_seconds";
const RATE_LIMIT_WAITS: &str = "lotse_rate_limit_waits_total";
const REMINDERS_PENDING: &str = "lotse_reminders_pending";
const REMINDERS_SENT: &str = "lotse_reminders_sent_total";
const DB_ERRORS: &str = "lotse_db_errors_total";
const TRANSACTION: &str = "lotse_db_transaction_seconds";
const BUILD_INFO: &str = "lotse_build_info";

/// Transactions take milliseconds; a slow disk or a busy PostgreSQL shows in the upper buckets.
const TRANSACTION_BUCKETS: &[f64] = &[0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0];
/// From the homeserver's timestamp to the commit: sub-second normally, minutes after an outage.
const SYNC_LAG_BUCKETS: &[f64] = &[0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 300.0, 3600.0];

/// Installs the process-wide recorder and describes every metric; from now on the counters count.
pub fn install() -> anyhow::Result<PrometheusHandle> {
    let handle = PrometheusBuilder::new()
        .set_buckets_for_metric(Matcher::Full(TRANSACTION.into()), TRANSACTION_BUCKETS)?
        .set_buckets_for_metric(Matcher::Full(SYNC_LAG.into()), SYNC_LAG_BUCKETS)?
        .install_recorder()?;
    describe_counter!(EVENTS, "Events handled, by kind (message, edit, redaction, reaction).");
    describe_counter!(
        COMMANDS,
        "Commands handled, by command name and outcome (ran, refused)."
    );
    describe_counter!(
        REPLIES_SENT,
        "Messages and files the homeserver accepted (not redactions or leaving a room)."
    );
    describe_counter!(SEND_FAILURES, "Failed sends: retried (will be sent later) or given up.");
    describe_gauge!(OUTBOX_DEPTH, "Messages waiting to be sent.");
    describe_gauge!(
        OUTBOX_OLDEST,
        "Age of the oldest message waiting to be sent (0 when none waits)."
    );
    describe_histogram!(SYNC_LAG, "From the homeserver's timestamp of an event to its commit.");
    describe_gauge!(
        LAST_SYNC,
        "Seconds since the last successful sync (-1 before the first)."
    );
    describe_counter!(RATE_LIMIT_WAITS, "Times the homeserver throttled a send.");
    describe_gauge!(REMINDERS_PENDING, "Reminders planned and not yet due or sent.");
    describe_counter!(REMINDERS_SENT, "Reminders that queued at least one message.");
    describe_counter!(
        DB_ERRORS,
        "Database operations that failed (and were retried or refused)."
    );
    describe_histogram!(
        TRANSACTION,
        "Duration of the transaction that handles a batch of events."
    );
    describe_gauge!(BUILD_INFO, "Always 1; the version is in the label.");
    gauge!(BUILD_INFO, "version" => env!("CARGO_PKG_VERSION")).set(1.0);
    Ok(handle)
}

/// One event handled and committed; `kind` is a fixed word.
pub fn event_handled(kind: &'static str) {
    counter!(EVENTS, "kind" => kind).increment(1);
}

/// Whether a command ran or was refused (a team command from someone outside the team).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CommandOutcome {
    Ran,
    Refused,
}

/// One command handled; `name` is the command's registered name.
pub fn command(name: &'static str, outcome: CommandOutcome) {
    let outcome = match outcome {
        CommandOutcome::Ran => "ran",
        CommandOutcome::Refused => "refused",
    };
    counter!(COMMANDS, "command" => name, "outcome" => outcome).increment(1);
}

pub fn reply_sent() {
    counter!(REPLIES_SENT).increment(1);
}

/// A send failed; `outcome` is `retried` or `given_up`.
pub fn send_failed(outcome: &'static str) {
    counter!(SEND_FAILURES, "outcome" => outcome).increment(1);
}

pub fn rate_limit_wait() {
    counter!(RATE_LIMIT_WAITS).increment(1);
}

pub fn reminder_sent() {
    counter!(REMINDERS_SENT).increment(1);
}

pub fn db_error() {
    counter!(DB_ERRORS).increment(1);
}

pub fn transaction(took: Duration) {
    histogram!(TRANSACTION).record(took.as_secs_f64());
}

/// An event committed `lag_ms` after the homeserver stamped it.
pub fn sync_lag(lag_ms: i64) {
    histogram!(SYNC_LAG).record(lag_ms.max(0) as f64 / 1000.0);
}

/// The figures read from the database at each scrape.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Backlog {
    pub outbox_depth: i64,
    pub outbox_oldest_age_ms: i64,
    pub reminders_pending: i64,
}

pub fn backlog(backlog: Backlog) {
    gauge!(OUTBOX_DEPTH).set(backlog.outbox_depth as f64);
    gauge!(OUTBOX_OLDEST).set(backlog.outbox_oldest_age_ms.max(0) as f64 / 1000.0);
    gauge!(REMINDERS_PENDING).set(backlog.reminders_pending as f64);
}

pub fn last_sync_age(age_ms: Option<i64>) {
    gauge!(LAST_SYNC).set(age_ms.map_or(-1.0, |ms| ms.max(0) as f64 / 1000.0));
}
