//! The HTTP endpoint of `[metrics]`: `/healthz` for the service manager or a load balancer,
//! `/metrics` in Prometheus' text format, optionally behind a bearer token.

use super::{health, metrics};
use crate::clock::Clock;
use crate::config::MetricsConfig;
use crate::store::Store;
use anyhow::{Context, Result};
use axum::Router;
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use metrics_exporter_prometheus::PrometheusHandle;
use std::sync::Arc;
use std::time::Duration;

/// A database that takes longer than this to answer `SELECT 1` counts as not answering.
const DATABASE_CHECK: Duration = Duration::from_secs(3);
/// How often histogram samples are folded into their buckets between scrapes.
const UPKEEP: Duration = Duration::from_secs(5);

#[derive(Clone)]
struct Endpoint {
    store: Store,
    clock: Arc<dyn Clock>,
    prometheus: PrometheusHandle,
    token: Option<Arc<str>>,
    max_sync_age_ms: i64,
}

/// Installs the metrics recorder, binds `config.listen` and serves until the process ends.
/// Fails when the address cannot be bound: the admin asked for the endpoint and would miss it.
pub async fn start(config: &MetricsConfig, store: Store, clock: Arc<dyn Clock>) -> Result<()> {
    let prometheus = metrics::install().context("cannot set up the metrics")?;
    let listener = tokio::net::TcpListener::bind(&config.listen)
        .await
        .with_context(|| format!("metrics.listen: cannot listen on {}", config.listen))?;
    let loopback = listener.local_addr().is_ok_and(|a| a.ip().is_loopback());
    if !loopback && config.token.is_none() {
        tracing::warn!(
            listen = %config.listen,
            "the metrics endpoint listens beyond this machine without metrics.token; anyone who reaches it can read the figures"
        );
    }
    tracing::info!(listen = %config.listen, "health check at /healthz and metrics at /metrics");
    let upkeep = prometheus.clone();
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(UPKEEP);
        loop {
            tick.tick().await;
            upkeep.run_upkeep();
        }
    });
    let endpoint = Endpoint {
        store,
        clock,
        prometheus,
        token: config.token.as_deref().map(Arc::from),
        max_sync_age_ms: config.max_sync_age_seconds * 1000,
    };
    let app = Router::new()
        .route("/healthz", get(healthz))
        .route("/metrics", get(metrics_page))
        .with_state(endpoint);
    tokio::spawn(async move {
        if let Err(e) = axum::serve(listener, app).await {
            tracing::error!(error = %e, "the metrics endpoint stopped");
        }
    });
    Ok(())
}

async fn healthz(State(endpoint): State<Endpoint>) -> Response {
    let database = match tokio::time::timeout(DATABASE_CHECK, endpoint.store.ping()).await {
        Ok(Ok(())) => Ok(()),
        Ok(Err(e)) => {
            // The details (user, host, path) go to the log, not to whoever asks.
            tracing::warn!(error = %format!("{e:#}"), "health check: the database does not answer");
            metrics::db_error();
            Err("see the bot's log".to_string())
        }
        Err(_) => Err(format!("no answer within {} s", DATABASE_CHECK.as_secs())),
    };
    let verdict = health::judge(
        health::sync_state(),
        database,
        endpoint.clock.now_ms(),
        endpoint.max_sync_age_ms,
    );
    let status = if verdict.healthy {
        StatusCode::OK
    } else {
        StatusCode::SERVICE_UNAVAILABLE
    };
    let json = HeaderValue::from_static("application/json");
    (status, [(header::CONTENT_TYPE, json)], verdict.body.to_string()).into_response()
}

async fn metrics_page(State(endpoint): State<Endpoint>, headers: HeaderMap) -> Response {
    if let Some(token) = &endpoint.token
        && !bearer_matches(&headers, token)
    {
        let challenge = HeaderValue::from_static("Bearer");
        return (
            StatusCode::UNAUTHORIZED,
            [(header::WWW_AUTHENTICATE, challenge)],
            "token required\n",
        )
            .into_response();
    }
    let now_ms = endpoint.clock.now_ms();
    match tokio::time::timeout(DATABASE_CHECK, backlog(&endpoint.store, now_ms)).await {
        Ok(Ok(backlog)) => metrics::backlog(backlog),
        // The figures keep their last values; the error is counted and the page still served.
        Ok(Err(_)) | Err(_) => metrics::db_error(),
    }
    metrics::last_sync_age(health::sync_state().last_ok_ms.map(|at| now_ms - at));
    let text = HeaderValue::from_static("text/plain; version=0.0.4; charset=utf-8");
    (
        StatusCode::OK,
        [(header::CONTENT_TYPE, text)],
        endpoint.prometheus.render(),
    )
        .into_response()
}

async fn backlog(store: &Store, now_ms: i64) -> Result<metrics::Backlog> {
    let (outbox_depth, oldest) = store.outbox_backlog().await?;
    Ok(metrics::Backlog {
        outbox_depth,
        outbox_oldest_age_ms: oldest.map_or(0, |created| now_ms - created),
        reminders_pending: crate::reminders::pending_count(store).await?,
    })
}

/// `Authorization: Bearer <token>`, compared in constant time.
fn bearer_matches(headers: &HeaderMap, token: &str) -> bool {
    let Some(given) = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
    else {
        return false;
    };
    let (given, token) = (given.trim().as_bytes(), token.as_bytes());
    given.len() == token.len() && given.iter().zip(token).fold(0u8, |acc, (a, b)| acc | (a ^ b)) == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with_authorization(value: &str) -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert(header::AUTHORIZATION, HeaderValue::from_str(value).unwrap());
        headers
    }

    #[test]
    fn only_the_exact_bearer_token_passes() {
        assert!(bearer_matches(&with_authorization("Bearer s3cret"), "s3cret"));
        assert!(!bearer_matches(&with_authorization("Bearer s3cre"), "s3cret"));
        assert!(!bearer_matches(&with_authorization("Bearer s3cretX"), "s3cret"));
        assert!(!bearer_matches(&with_authorization("Basic s3cret"), "s3cret"));
        assert!(!bearer_matches(&HeaderMap::new(), "s3cret"));
    }
}
