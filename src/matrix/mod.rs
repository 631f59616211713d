//! The Matrix adapter: the only code that knows Matrix. `run` logs in, syncs, feeds events to the
//! core and sends what the core owes, until shutdown.
//!
//! Files: `session` (login/restore, cross-signing), `sync` (the committed sync loop),
//! `restored` (the first start from a backup), `timeline` (gaps and pre-join history), `events` (one event → core, with retry), `convert` and
//! `body` (Matrix event → meaning), `undecryptable` (events waiting for keys), `invites`
//! (allowlist), `strategy_room` (who is on the team), `sender` and `content` (the outbox), `retry` (backoff, error kinds, stop signal),
//! `verification` (emoji verification of the bot's session), `throttle` (rate-limit episodes).

mod body;
mod content;
mod convert;
mod directory;
mod events;
mod invites;
pub mod logging;
mod replies_first;
mod restored;
mod retry;
mod sender;
mod session;
mod strategy_room;
mod sync;
mod throttle;
mod timeline;
mod turns;
mod undecryptable;
mod verification;

use crate::bot::Bot;
use crate::config::Config;
use anyhow::Result;
use retry::Stop;
use std::future::Future;

/// The log filter when `LOTSE_LOG` is not set: Lotse at `info`, the Matrix SDK's chatter only
/// from `warn` on.
pub const DEFAULT_LOG_FILTER: &str = "info,matrix_sdk=warn,matrix_sdk_crypto=warn,matrix_sdk_base=warn,\
     matrix_sdk::http_client=off,matrix_sdk_crypto::backups=error";

/// Connects to the homeserver and serves until `shutdown` resolves; then finishes the event being
/// committed and the message being sent, and returns. Unsent outbox rows stay for the next start.
pub async fn run(config: &Config, bot: Bot, shutdown: impl Future<Output = ()>) -> Result<()> {
    let stop = Stop::new();
    let signal = {
        let stop = stop.clone();
        async move {
            shutdown.await;
            stop.trigger();
        }
    };
    let serve = serve(config, bot, stop.clone());
    tokio::pin!(signal);
    tokio::pin!(serve);
    // Run until `serve` ends; once the signal fired, keep driving `serve` so it can wind down.
    tokio::select! {
        result = &mut serve => result,
        () = &mut signal => serve.await,
    }
}

async fn serve(config: &Config, bot: Bot, stop: Stop) -> Result<()> {
    let Some(client) = session::connect(config, bot.store(), stop.clone()).await? else {
        return Ok(()); // stopped while connecting
    };
    session::bootstrap_cross_signing(&client, &config.matrix).await;
    restored::start_new_room_keys(&client, &config.matrix.store_path).await;
    restored::warn_on_duplicate_one_time_keys(&client);
    match client.load_or_fetch_max_upload_size().await {
        Ok(bytes) => bot.set_upload_limit(bytes.into()),
        Err(e) => tracing::warn!(error = %e, "the homeserver's upload limit is unknown; large files may be refused"),
    }

    bot.set_directory(std::sync::Arc::new(directory::RoomMembers { client: client.clone() }));
    verification::listen(&client, bot.clone(), &config.access.invite_allowlist);
    let replies_first = replies_first::RepliesFirst::default();
    let sender = tokio::spawn(sender::run(
        client.clone(),
        bot.clone(),
        stop.clone(),
        replies_first.clone(),
    ));
    let reminders = {
        let stop = stop.clone();
        let scheduled = bot.reminders_scheduled();
        tokio::spawn(crate::reminders::task::run(bot.clone(), scheduled, async move {
            stop.wait().await
        }))
    };
    let syncing = sync::Syncer::new(client, bot, &config.access, stop.clone(), replies_first).await;
    let result = match syncing {
        Ok(syncer) => syncer.run().await,
        Err(e) => Err(e),
    };
    if result.is_err() {
        // The sync loop gave up (e.g. the access token was revoked): stop the sender as well.
        stop.trigger();
    }
    if let Err(e) = sender.await {
        tracing::error!(error = %e, "the outbox sender task ended abnormally");
    }
    if let Err(e) = reminders.await {
        tracing::error!(error = %e, "the reminder task ended abnormally");
    }
    result
}
