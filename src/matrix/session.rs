//! Login and restore: builds the client on the persistent SQLite state/crypto store, restores the
//! session saved in the meta table (one device for the bot's whole life), logs in only on the very
//! first start, and sets up cross-signing for the bot's device.

use super::retry::{Backoff, Failure, Stop, classify, retry_db};
use crate::config::MatrixConfig;
use crate::store::Store;
use anyhow::{Context, Result, bail};
use matrix_sdk::authentication::matrix::MatrixSession;
use matrix_sdk::config::RequestConfig;
use matrix_sdk::ruma::api::client::uiaa::{AuthData, MatrixUserIdentifier, Password, UserIdentifier};
use matrix_sdk::ruma::{OwnedDeviceId, OwnedUserId};
use matrix_sdk::{Client, SessionMeta, SessionTokens};
use std::time::Duration;

/// Meta key of the serialized `MatrixSession` (user id, device id, access token).
pub(super) const SESSION_KEY: &str = "matrix_session";

/// A ready, logged-in client; None if shutdown was requested while the homeserver was unreachable.
pub(super) async fn connect(config: &crate::config::Config, store: &Store, stop: Stop) -> Result<Option<Client>> {
    let m = &config.matrix;
    let user_id: OwnedUserId = m
        .user_id
        .as_str()
        .try_into()
        .context("matrix.user_id is not a valid user id")?;
    std::fs::create_dir_all(&m.store_path)
        .with_context(|| format!("cannot create matrix.store_path {}", m.store_path.display()))?;
    let client = Client::builder()
        .homeserver_url(&m.homeserver)
        .sqlite_store(&m.store_path, m.store_passphrase.as_deref())
        // Retry a few times inside the SDK; our loops add their own backoff on top.
        .request_config(
            RequestConfig::new()
                .retry_limit(3)
                .max_retry_time(Duration::from_secs(8)),
        )
        .build()
        .await
        .with_context(|| format!("cannot open the Matrix store at {}", m.store_path.display()))?;

    let Some(saved) = retry_db(&stop, || store.meta_get(SESSION_KEY)).await else {
        return Ok(None);
    };
    let session = match saved {
        Some(json) => {
            let session: MatrixSession =
                serde_json::from_str(&json).context("the saved Matrix session in the database is unreadable")?;
            if session.meta.user_id != user_id {
                bail!(
                    "the database holds a Matrix session for {}, but matrix.user_id is {}; \
                     use a fresh database and matrix.store_path for a different bot account",
                    session.meta.user_id,
                    user_id
                );
            }
            tracing::info!(device = %session.meta.device_id, "restoring the saved Matrix session");
            restore(&client, session).await?
        }
        None => match first_session(&client, m, &user_id, &stop).await? {
            Some(session) => session,
            None => return Ok(None),
        },
    };
    let device = session.meta.device_id.clone();
    let json = serde_json::to_string(&session).context("cannot serialize the Matrix session")?;
    // Saved at once, so that a crash never leads to a second device.
    if retry_db(&stop, || store.meta_set(SESSION_KEY, &json)).await.is_none() {
        return Ok(None);
    }
    tracing::info!(user = %user_id, device = %device, "Matrix session ready");
    silence_notifications(&client, &stop).await;
    Ok(Some(client))
}

/// Turns on the account's master push rule: nobody reads the bot's notifications, and without
/// it the homeserver records one for the bot for every message in every room it is in, and
/// counts them again on every sync. A failure only costs that work; the bot runs on. A shutdown
/// meanwhile does not wait for the homeserver.
async fn silence_notifications(client: &Client, stop: &Stop) {
    use matrix_sdk::ruma::api::client::push::set_pushrule_enabled;
    use matrix_sdk::ruma::push::RuleKind;
    let request = set_pushrule_enabled::v3::Request::new(RuleKind::Override, ".m.rule.master".to_owned(), true);
    tokio::select! {
        sent = client.send(request) => {
            if let Err(e) = sent {
                tracing::warn!(error = %e, "could not turn off the bot account's notifications");
            }
        }
        () = stop.wait() => {}
    }
}

/// The session of the first start: from the configured access token, or a password login.
async fn first_session(
    client: &Client,
    m: &MatrixConfig,
    user_id: &OwnedUserId,
    stop: &Stop,
) -> Result<Option<MatrixSession>> {
    if let (Some(token), Some(device)) = (&m.access_token, &m.device_id) {
        tracing::info!(device = %device, "first start: using the configured access token");
        let device_id: OwnedDeviceId = device.as_str().into();
        let session = MatrixSession {
            meta: SessionMeta {
                user_id: user_id.clone(),
                device_id,
            },
            tokens: SessionTokens {
                access_token: token.clone(),
                refresh_token: None,
            },
        };
        return restore(client, session).await.map(Some);
    }
    let Some(password) = &m.password else {
        bail!("matrix.password or matrix.access_token with matrix.device_id must be set for the first login");
    };
    let mut backoff = Backoff::standard();
    loop {
        let mut login = client
            .matrix_auth()
            .login_username(user_id, password)
            .initial_device_display_name(&m.device_name);
        if let Some(device) = &m.device_id {
            login = login.device_id(device);
        }
        match login.send().await {
            Ok(response) => {
                tracing::info!(device = %response.device_id, "first start: logged in with password");
                // The SDK now holds the session; take it (with the token) to save it.
                let session = client
                    .matrix_auth()
                    .session()
                    .context("login succeeded but the SDK has no session")?;
                return Ok(Some(session));
            }
            Err(e) => match classify(&e) {
                Failure::Permanent => {
                    return Err(anyhow::anyhow!("{e}")).context(format!(
                        "login as {user_id} failed; check matrix.user_id and matrix.password"
                    ));
                }
                Failure::RateLimited(wait) => {
                    let wait = wait.unwrap_or_else(|| backoff.next_delay());
                    tracing::warn!(wait_s = wait.as_secs(), "login rate-limited by the homeserver; waiting");
                    if stop.sleep(wait).await {
                        return Ok(None);
                    }
                }
                Failure::Transient => {
                    let wait = backoff.next_delay();
                    tracing::warn!(error = %e, wait_s = wait.as_secs(), "homeserver not reachable for login; retrying");
                    if stop.sleep(wait).await {
                        return Ok(None);
                    }
                }
            },
        }
    }
}

/// Activates `session` on the client (the SDK allows this exactly once per client).
async fn restore(client: &Client, session: MatrixSession) -> Result<MatrixSession> {
    let device = session.meta.device_id.clone();
    client.restore_session(session.clone()).await.with_context(|| {
        format!(
            "cannot restore the Matrix session for device {device}; if matrix.store_path was \
             created for another device, move it away (the bot then needs a new login)"
        )
    })?;
    Ok(session)
}

/// Creates and uploads a cross-signing identity for the bot if it has none yet, so its device is
/// signed by its own identity. Failures are logged and ignored: E2EE works without it.
pub(super) async fn bootstrap_cross_signing(client: &Client, m: &MatrixConfig) {
    let encryption = client.encryption();
    if encryption.cross_signing_status().await.is_some_and(|s| s.is_complete()) {
        tracing::debug!("cross-signing keys already present");
        return;
    }
    let attempt = async {
        match encryption.bootstrap_cross_signing_if_needed(None).await {
            Ok(()) => Ok(()),
            Err(e) => {
                let Some(uiaa) = e.as_uiaa_response() else {
                    return Err(e);
                };
                let Some(password) = &m.password else {
                    return Err(e);
                };
                let mut auth = Password::new(
                    UserIdentifier::Matrix(MatrixUserIdentifier::new(m.user_id.clone())),
                    password.clone(),
                );
                auth.session = uiaa.session.clone();
                encryption.bootstrap_cross_signing(Some(AuthData::Password(auth))).await
            }
        }
    };
    match tokio::time::timeout(Duration::from_secs(60), attempt).await {
        Ok(Ok(())) => {
            let complete = encryption.cross_signing_status().await.is_some_and(|s| s.is_complete());
            if complete {
                tracing::info!("cross-signing is set up for the bot's device");
            } else {
                tracing::warn!(
                    "the bot account already has a cross-signing identity whose private keys this device \
                     does not hold; the device stays unverified (encryption still works)"
                );
            }
        }
        Ok(Err(e)) => {
            tracing::warn!(error = %e, "could not set up cross-signing; continuing without it")
        }
        Err(_) => tracing::warn!("setting up cross-signing timed out; continuing without it"),
    }
}
