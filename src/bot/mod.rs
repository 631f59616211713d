//! The transport-agnostic core: takes an `Inbound`, commits its effects and the replies it owes
//! in one transaction, keyed by the event id so that nothing is processed twice.

pub mod access;
mod arrival;
pub mod audit;
pub mod calendar;
pub mod commands;
pub mod context;
pub mod dialog;
mod dispatch;
pub mod erasure;
pub mod error;
pub mod general;
pub mod help;
pub mod i18n;
pub mod limits;
pub mod markdown;
pub mod parser;
pub mod people;
pub mod registry;
pub mod report;
pub mod retention;
pub mod roster;
pub mod settings;
pub mod types;
pub mod users;

use crate::clock::Clock;
use crate::config::Config;
use crate::service::metrics;
use crate::store::{self, Store};
use anyhow::Result;
use context::Ctx;
use error::CoreError;
use i18n::Lang;
use roster::TeamRoster;
use settings::{Feature, Features};
use std::sync::Arc;
use tokio::sync::Notify;
use types::Inbound;

/// The command an event ran and how, as the metrics count it.
type Command = (&'static str, metrics::CommandOutcome);

/// What became of one inbound event.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Handled {
    /// Effects and replies are committed.
    Processed,
    /// The event had been processed before; nothing was done.
    Duplicate,
}

/// What processing one event left to do: its replies (committed with the batch) and what to
/// wake after the commit.
struct Effects {
    replies: Vec<types::Outbound>,
    anonymous: bool,
    reminders_changed: bool,
    /// The person this event erased, if it did.
    erased: Option<erasure::Erasure>,
    command: Option<Command>,
}

/// The bot's core; cheap to clone.
#[derive(Clone, Debug)]
pub struct Bot {
    store: Store,
    clock: Arc<dyn Clock>,
    outbox_ready: Arc<Notify>,
    reminders_scheduled: Arc<Notify>,
    settings: Arc<Settings>,
    roster: TeamRoster,
    /// When abandoned dialogs were last swept (ms).
    last_dialog_sweep: Arc<std::sync::atomic::AtomicI64>,
    /// Whether processed-event rows of anonymous submissions may wait to be erased (true at
    /// start: a previous run may have left some), so most syncs need no write for it.
    anonymous_marked: Arc<std::sync::atomic::AtomicBool>,
    /// The largest file the homeserver accepts, in bytes; 0 while unknown.
    upload_limit: Arc<std::sync::atomic::AtomicU64>,
    /// The rooms' members, once the transport has said how to find them.
    directory: Arc<std::sync::OnceLock<Arc<dyn people::Directory>>>,
}

/// The parts of the configuration the core needs.
#[derive(Debug, Clone)]
pub struct Settings {
    pub bot_user_id: String,
    /// Names the bot answers to at the start of a message, including its user id and localpart.
    pub names: Vec<String>,
    pub default_language: Lang,
    pub dialog_timeout_ms: i64,
    pub timezone: chrono_tz::Tz,
    pub team: Vec<String>,
    /// Room id of the strategy team's room (reminders for the team go there).
    pub strategy_room: Option<String>,
    /// Whom to ask about the team's commands (`access.contact`), named in the refusal.
    pub access_contact: Option<String>,
    /// Each capability's own settings, from its section of the configuration.
    pub features: Features,
    /// The periods of `[privacy]`.
    pub retention: retention::RetentionSettings,
}

impl Settings {
    pub fn from_config(config: &Config) -> Settings {
        let user_id = config.matrix.user_id.clone();
        let localpart = user_id
            .trim_start_matches('@')
            .split(':')
            .next()
            .unwrap_or_default()
            .to_string();
        let mut names = config.bot.names.clone();
        names.push(user_id.clone());
        names.push(localpart);
        Settings {
            bot_user_id: user_id,
            names,
            default_language: Lang::parse(&config.bot.default_language).unwrap_or(Lang::De),
            dialog_timeout_ms: config.bot.dialog_timeout_minutes * 60_000,
            timezone: config.bot.timezone.parse().unwrap_or(chrono_tz::Europe::Berlin),
            team: config.access.team.clone(),
            strategy_room: config.access.strategy_room.clone(),
            access_contact: config
                .access
                .contact
                .as_deref()
                .map(str::trim)
                .filter(|c| !c.is_empty())
                .map(str::to_string),
            features: config.features.clone(),
            retention: retention::RetentionSettings::from_table(&config.privacy).unwrap_or_else(|e| {
                tracing::error!(error = %e, "[privacy] is invalid; using its defaults");
                retention::RetentionSettings::defaults()
            }),
        }
    }

    /// The settings of the capability that reads `T` (see `settings::Section`).
    pub fn feature<T: std::any::Any + Send + Sync>(&self) -> &T {
        self.features.get::<T>()
    }

    /// Replaces one capability's settings (tests and tools that start from the defaults).
    pub fn set_feature<T: std::any::Any + Send + Sync>(&mut self, settings: T) {
        self.features.insert(Feature::new(settings));
    }
}

impl Bot {
    pub fn new(store: Store, settings: Settings, clock: Arc<dyn Clock>) -> Bot {
        Bot {
            store,
            clock,
            outbox_ready: Arc::new(Notify::new()),
            reminders_scheduled: Arc::new(Notify::new()),
            roster: TeamRoster::new(settings.team.iter().cloned()),
            last_dialog_sweep: Arc::new(std::sync::atomic::AtomicI64::new(0)),
            anonymous_marked: Arc::new(std::sync::atomic::AtomicBool::new(true)),
            upload_limit: Arc::default(),
            directory: Arc::default(),
            settings: Arc::new(settings),
        }
    }

    /// The strategy team. The transport keeps it current: after every sync it calls
    /// `bot.team_roster().set_strategy_room_members(ids)` with the strategy room's members of
    /// power level >= 50. All clones of the bot share it.
    pub fn team_roster(&self) -> &TeamRoster {
        &self.roster
    }

    /// The transport tells the largest file the homeserver accepts (Matrix: `/media/config`),
    /// so that a handler can say so before queueing a file that would be refused.
    pub fn set_upload_limit(&self, bytes: u64) {
        self.upload_limit.store(bytes, std::sync::atomic::Ordering::Relaxed);
    }

    /// The transport tells how to look up a room's members, so that commands can take a person
    /// by display name. Set once; later calls are ignored.
    pub fn set_directory(&self, directory: Arc<dyn people::Directory>) {
        let _ = self.directory.set(directory);
    }

    fn directory(&self) -> Arc<dyn people::Directory> {
        self.directory
            .get()
            .cloned()
            .unwrap_or_else(|| Arc::new(people::NoDirectory))
    }

    fn upload_limit(&self) -> Option<u64> {
        Some(self.upload_limit.load(std::sync::atomic::Ordering::Relaxed)).filter(|b| *b > 0)
    }

    /// The language `user` chose with `!sprache`, or the default one.
    pub async fn language_of(&self, user: &str) -> Lang {
        let chosen = match self.store.begin().await {
            Ok(mut tx) => users::profile(&mut tx, user).await.ok().and_then(|p| p.language),
            Err(_) => None,
        };
        chosen.unwrap_or(self.settings.default_language)
    }

    pub fn store(&self) -> &Store {
        &self.store
    }

    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    pub fn now_ms(&self) -> i64 {
        self.clock.now_ms()
    }

    /// Notified whenever new outbox rows are committed.
    pub fn outbox_ready(&self) -> Arc<Notify> {
        self.outbox_ready.clone()
    }

    /// Notified whenever a handled event scheduled or dropped reminders.
    pub fn reminders_scheduled(&self) -> Arc<Notify> {
        self.reminders_scheduled.clone()
    }

    /// Processes one event exactly once. An error means nothing was committed: retry later
    /// unless it is `Rejected`.
    pub async fn handle(&self, inbound: &Inbound) -> Result<Handled, CoreError> {
        let handled = self.handle_batch(std::slice::from_ref(inbound)).await?;
        Ok(handled[0])
    }

    /// Processes several events, in order, exactly once each, in one transaction: what one sync
    /// batch brought is committed together (one commit instead of one per event). An error means
    /// nothing of the batch was committed: retry, or hand the events over one by one.
    pub async fn handle_batch(&self, inbounds: &[Inbound]) -> Result<Vec<Handled>, CoreError> {
        let started = std::time::Instant::now();
        let (handled, commands) = self.commit_batch(inbounds).await.inspect_err(|_| metrics::db_error())?;
        metrics::transaction(started.elapsed());
        let now_ms = self.clock.now_ms();
        for ((inbound, handled), command) in inbounds.iter().zip(&handled).zip(commands) {
            if *handled == Handled::Processed {
                metrics::event_handled(inbound.kind.label());
                metrics::sync_lag(now_ms - inbound.timestamp_ms);
                if let Some((name, outcome)) = command {
                    metrics::command(name, outcome);
                }
            }
        }
        Ok(handled)
    }

    /// The batch's outcome per event, and the command each one ran (for the metrics).
    async fn commit_batch(&self, inbounds: &[Inbound]) -> Result<(Vec<Handled>, Vec<Option<Command>>)> {
        let now_ms = self.clock.now_ms();
        let mut tx = self.store.begin().await?;
        let event_ids: Vec<&str> = inbounds.iter().map(|i| i.event_id.as_str()).collect();
        let mut new = Store::mark_all_processed(&mut tx, &event_ids, now_ms).await?;
        let mut handled = Vec::with_capacity(inbounds.len());
        let mut commands = Vec::with_capacity(inbounds.len());
        let mut replies = Vec::new();
        let mut reminders_changed = false;
        for inbound in inbounds {
            // `remove`: an event given twice in one batch is processed once.
            if !new.remove(inbound.event_id.as_str()) {
                handled.push(Handled::Duplicate);
                commands.push(None);
                continue;
            }
            let effects = self.process(&mut tx, inbound, now_ms).await?;
            handled.push(Handled::Processed);
            commands.push(effects.command);
            if let Some(erased) = &effects.erased {
                erasure::forget_in_messages(&mut replies, erased);
            }
            let anonymous = effects.anonymous;
            replies.extend(effects.replies.into_iter().map(|message| store::Queued {
                answer: answers(&message, inbound),
                message,
                erase_when_sent: anonymous,
            }));
            reminders_changed |= effects.reminders_changed;
        }
        Store::outbox_push_all(&mut tx, &replies, now_ms).await?;
        tx.commit().await?;
        if !replies.is_empty() {
            self.outbox_ready.notify_one();
        }
        if reminders_changed {
            self.reminders_scheduled.notify_one();
        }
        Ok((handled, commands))
    }

    /// One new event inside the caller's transaction (its processed-event row already written):
    /// its effects, and the replies it owes for the caller to queue.
    async fn process(&self, tx: &mut store::Tx, inbound: &Inbound, now_ms: i64) -> Result<Effects> {
        let cleaned;
        let inbound = if inbound.kind.needs_cleaning() {
            cleaned = inbound.cleaned();
            &cleaned
        } else {
            inbound
        };
        let (profile, stored_dialog) = arrival::read(tx, &inbound.room_id, &inbound.sender).await?;
        let mut ctx = Ctx {
            tx,
            inbound,
            lang: profile.language.unwrap_or(self.settings.default_language),
            now_ms,
            settings: &self.settings,
            department: profile.department,
            is_team: self.roster.is_member(&inbound.sender),
            roster: &self.roster,
            upload_limit: self.upload_limit(),
            directory: self.directory(),
            reminders_changed: false,
            anonymous: false,
            replies: vec![],
            command: None,
            erased: None,
        };
        dispatch::dispatch(&mut ctx, stored_dialog).await?;
        // Not for an anonymous submission, which leaves no trace (nor for the confirmation of an
        // erasure, which counts as anonymous).
        if inbound.is_direct && !ctx.anonymous {
            users::remember_direct_chat(ctx.tx, &inbound.sender, &inbound.room_id).await?;
        }
        let replies = std::mem::take(&mut ctx.replies);
        let (reminders_changed, anonymous, erased, command) =
            (ctx.reminders_changed, ctx.anonymous, ctx.erased.take(), ctx.command);
        if anonymous {
            Store::mark_anonymous(tx, &inbound.event_id).await?;
            // Set before the commit: if the commit fails, one needless erase follows, no harm.
            self.anonymous_marked.store(true, std::sync::atomic::Ordering::Release);
        }
        Ok(Effects {
            replies,
            anonymous,
            reminders_changed,
            erased,
            command,
        })
    }

    /// Housekeeping once the transport's sync position has passed every event handled so far:
    /// erases the bookkeeping of anonymous submissions (none of their events can come again) and,
    /// at most once a minute, abandoned dialogs (anonymous drafts as soon as they expire).
    pub async fn position_committed(&self) -> Result<()> {
        if self.anonymous_marked.swap(false, std::sync::atomic::Ordering::AcqRel)
            && let Err(e) = self.store.forget_anonymous_events().await
        {
            self.anonymous_marked.store(true, std::sync::atomic::Ordering::Release);
            return Err(e);
        }
        let now_ms = self.clock.now_ms();
        let last = self.last_dialog_sweep.load(std::sync::atomic::Ordering::Relaxed);
        if now_ms - last >= 60_000 {
            let keep_ms = self.settings.retention.abandoned_dialogs_days * calendar::DAY_MS;
            dialog::sweep_expired(&self.store, now_ms, self.settings.dialog_timeout_ms, keep_ms).await?;
            self.last_dialog_sweep
                .store(now_ms, std::sync::atomic::Ordering::Relaxed);
        }
        Ok(())
    }

    /// The transport could not deliver a file (the homeserver refused it, e.g. as too large):
    /// queues a short notice in its place, so that nobody waits for a file that never comes.
    pub async fn file_refused(&self, row: &types::PendingOutbound) -> Result<()> {
        let Some(file) = &row.message.attachment else {
            return Ok(());
        };
        let mut tx = self.store.begin().await?;
        let lang = match &row.message.destination {
            types::Destination::DirectTo(user) => users::profile(&mut tx, user).await?.language,
            types::Destination::Room(_) => None,
        }
        .unwrap_or(self.settings.default_language);
        let text = i18n::t(lang, "file-refused", &[("file", file.filename.clone().into())]);
        let notice = context::notice(row.message.destination.clone(), text, None);
        Store::outbox_push(&mut tx, &notice, self.clock.now_ms()).await?;
        tx.commit().await?;
        self.outbox_ready.notify_one();
        Ok(())
    }

    /// Gives up on an event that fails the same way every time: records it as processed and tells
    /// the sender, so one broken message cannot hold up everything after it.
    pub async fn give_up(&self, inbound: &Inbound) -> Result<()> {
        let now_ms = self.clock.now_ms();
        let mut tx = self.store.begin().await?;
        if Store::mark_processed(&mut tx, inbound, now_ms).await? {
            let profile = users::profile(&mut tx, &inbound.sender).await.ok();
            let lang = profile
                .and_then(|p| p.language)
                .unwrap_or(self.settings.default_language);
            let mut ctx = Ctx {
                tx: &mut tx,
                inbound,
                lang,
                now_ms,
                settings: &self.settings,
                department: None,
                is_team: self.roster.is_member(&inbound.sender),
                roster: &self.roster,
                upload_limit: self.upload_limit(),
                directory: self.directory(),
                reminders_changed: false,
                anonymous: false,
                replies: vec![],
                command: None,
                erased: None,
            };
            if matches!(inbound.kind, types::InboundKind::Message { .. }) {
                ctx.reply("processing-failed", &[]);
            }
            let replies = std::mem::take(&mut ctx.replies);
            for reply in &replies {
                Store::outbox_push(&mut tx, reply, now_ms).await?;
            }
        }
        tx.commit().await?;
        self.outbox_ready.notify_one();
        Ok(())
    }
}

/// True if `message` answers the sender of `inbound`: in the room they wrote in, or in their
/// direct chat. Notices to other people and to other rooms are bulk messages.
fn answers(message: &types::Outbound, inbound: &Inbound) -> bool {
    match &message.destination {
        types::Destination::Room(room) => *room == inbound.room_id,
        types::Destination::DirectTo(user) => *user == inbound.sender,
    }
}
