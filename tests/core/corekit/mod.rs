//! Drives the core without Matrix: a bot over a fresh SQLite file or PostgreSQL schema,
//! a movable clock, and helpers that send a message and return the replies it produced.
#![allow(dead_code)]

pub mod concerns;
pub mod team;

use lotse::bot::types::{Inbound, InboundKind, Outbound};
use lotse::bot::{Bot, Handled, Settings};
use lotse::clock::ManualClock;
use lotse::store::Store;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

pub const BOT: &str = "@lotse:example.org";
pub const ROOM: &str = "!dept:example.org";
/// The strategy team member named in the configuration (`access.team`).
pub const TEAM: &str = "@team:example.org";
/// The strategy team's room (`access.strategy_room`); team reminders go there.
pub const STRATEGY_ROOM: &str = "!strategie:example.org";

/// A test bot and everything needed to talk to it.
pub struct TestBot {
    pub bot: Bot,
    pub clock: Arc<ManualClock>,
    pub backend: &'static str,
    counter: AtomicU64,
    _dir: Option<tempfile::TempDir>,
}

/// Where every test bot's clock starts (2026-09-21, a Monday, in Europe/Berlin).
pub const START_MS: i64 = 1_790_000_000_000;

pub fn settings() -> Settings {
    Settings {
        bot_user_id: BOT.into(),
        names: vec!["Lotse".into(), BOT.into(), "lotse".into()],
        default_language: lotse::bot::i18n::Lang::De,
        dialog_timeout_ms: 30 * 60_000,
        timezone: chrono_tz::Europe::Berlin,
        strategy_room: Some(STRATEGY_ROOM.to_string()),
        team: vec![TEAM.into()],
        access_contact: None,
        features: lotse::bot::settings::Features::defaults(),
        retention: lotse::bot::retention::RetentionSettings::defaults(),
    }
}

/// The test settings with capability sections from `toml` (e.g. `[ethics]\ngates = false`).
pub fn settings_with(toml: &str) -> Settings {
    let mut settings = settings();
    let table: toml::Table = toml::from_str(toml).expect("test settings are TOML");
    settings.features = lotse::bot::settings::Features::load(&table).expect("valid test settings");
    settings
}

/// The test settings without the ethics gates, for tests of the lifecycle itself.
pub fn settings_without_gates() -> Settings {
    settings_with("[ethics]\ngates = false")
}

impl TestBot {
    pub async fn sqlite() -> TestBot {
        Self::sqlite_with(settings()).await
    }

    pub async fn sqlite_with(settings: Settings) -> TestBot {
        let dir = tempfile::tempdir().expect("temp dir");
        let url = format!("sqlite://{}/lotse.sqlite", dir.path().display());
        Self::with_url(&url, "sqlite", Some(dir), settings).await
    }

    /// A bot on a fresh schema of the PostgreSQL named by LOTSE_TEST_POSTGRES_URL, if set.
    pub async fn postgres() -> Option<TestBot> {
        Self::postgres_with(settings()).await
    }

    pub async fn postgres_with(settings: Settings) -> Option<TestBot> {
        let url = fresh_postgres_schema().await?;
        Some(Self::with_url(&url, "postgres", None, settings).await)
    }

    /// A bot on a database that an earlier version left behind: the migrations before `first_new`
    /// (a file name prefix such as "0017") applied, then `seed` run, then the bot starts and
    /// applies the rest. SQLite, and PostgreSQL when configured.
    pub async fn upgraded(first_new: &str, seed: &[&str]) -> Vec<TestBot> {
        let mut bots = vec![];
        let dir = tempfile::tempdir().expect("temp dir");
        let sqlite = format!("sqlite://{}/lotse.sqlite", dir.path().display());
        let postgres = fresh_postgres_schema().await;
        for (backend, url) in [("sqlite", Some(sqlite)), ("postgres", postgres)] {
            let Some(url) = url else { continue };
            let store = Store::connect(&url).await.expect("database opens");
            let earlier = tempfile::tempdir().expect("temp dir");
            for entry in std::fs::read_dir(format!("migrations/{backend}")).expect("migrations") {
                let path = entry.expect("migration").path();
                let name = path.file_name().unwrap().to_string_lossy().to_string();
                if name.as_str() < first_new {
                    std::fs::copy(&path, earlier.path().join(&name)).expect("copy migration");
                }
            }
            let migrator = sqlx::migrate::Migrator::new(earlier.path())
                .await
                .expect("earlier migrations");
            migrator.run(store.pool()).await.expect("earlier migrations apply");
            for sql in seed {
                sqlx::query(sqlx::AssertSqlSafe(*sql))
                    .execute(store.pool())
                    .await
                    .expect("seed");
            }
            store.close().await;
            bots.push(Self::with_url(&url, backend, None, settings()).await);
        }
        // The SQLite file lives in `dir`, which the first bot keeps.
        if let Some(first) = bots.first_mut() {
            first._dir = Some(dir);
        }
        bots
    }
}

/// A fresh schema of the PostgreSQL named by LOTSE_TEST_POSTGRES_URL, if set, as a URL.
async fn fresh_postgres_schema() -> Option<String> {
    let base = std::env::var("LOTSE_TEST_POSTGRES_URL").ok()?;
    let schema = format!("t{}_{}", std::process::id(), rand_suffix());
    sqlx::any::install_default_drivers();
    let pool = sqlx::AnyPool::connect(&base)
        .await
        .expect("LOTSE_TEST_POSTGRES_URL is reachable");
    sqlx::query(sqlx::AssertSqlSafe(format!("CREATE SCHEMA {schema}")))
        .execute(&pool)
        .await
        .expect("create schema");
    pool.close().await;
    let separator = if base.contains('?') { '&' } else { '?' };
    Some(format!("{base}{separator}options=-c%20search_path%3D{schema}"))
}

impl TestBot {
    async fn with_url(url: &str, backend: &'static str, dir: Option<tempfile::TempDir>, settings: Settings) -> TestBot {
        let store = Store::connect(url).await.expect("database opens");
        store.migrate().await.expect("migrations apply");
        let clock = ManualClock::new(START_MS);
        let bot = Bot::new(store, settings, clock.clone());
        TestBot {
            bot,
            clock,
            backend,
            counter: AtomicU64::new(0),
            _dir: dir,
        }
    }

    /// What the Matrix adapter does after a sync: the strategy room's members with power level >= 50.
    pub fn set_strategy_room_members(&self, users: &[&str]) {
        self.bot
            .team_roster()
            .set_strategy_room_members(users.iter().map(|u| u.to_string()));
    }

    pub fn store(&self) -> &Store {
        self.bot.store()
    }

    pub fn next_event_id(&self) -> String {
        format!("$ev{}", self.counter.fetch_add(1, Ordering::SeqCst))
    }

    /// Sends an event and returns the replies it caused.
    pub async fn event(&self, inbound: Inbound) -> Vec<Outbound> {
        let before = self.max_outbox_id().await;
        let handled = self.bot.handle(&inbound).await.expect("handle succeeds");
        assert_eq!(handled, Handled::Processed, "event {} was new", inbound.event_id);
        self.outbox_after(before).await
    }

    pub fn inbound(&self, user: &str, room: &str, is_direct: bool, kind: InboundKind) -> Inbound {
        Inbound {
            event_id: self.next_event_id(),
            room_id: room.into(),
            sender: user.into(),
            is_direct,
            timestamp_ms: self.clock_now(),
            thread_root: None,
            kind,
        }
    }

    /// A text message from `user` in `room`, not mentioning the bot.
    pub fn message(&self, user: &str, room: &str, is_direct: bool, body: impl Into<String>) -> Inbound {
        let kind = InboundKind::Message {
            body: body.into(),
            mentions_bot: false,
            mentions: vec![],
        };
        self.inbound(user, room, is_direct, kind)
    }

    fn clock_now(&self) -> i64 {
        use lotse::clock::Clock;
        self.clock.now_ms()
    }

    /// A message in the shared room; returns the reply bodies.
    pub async fn say(&self, user: &str, body: &str) -> Vec<String> {
        self.say_in(user, ROOM, false, body).await
    }

    /// A message in the user's DM with the bot; returns the reply bodies.
    pub async fn dm(&self, user: &str, body: &str) -> Vec<String> {
        self.dm_messages(user, body).await.into_iter().map(|o| o.body).collect()
    }

    /// A message in the user's DM with the bot; returns everything it caused.
    pub async fn dm_messages(&self, user: &str, body: &str) -> Vec<Outbound> {
        let inbound = self.message(user, &dm_room(user), true, body);
        self.event(inbound).await
    }

    pub async fn say_in(&self, user: &str, room: &str, is_direct: bool, body: &str) -> Vec<String> {
        let inbound = self.message(user, room, is_direct, body);
        self.event(inbound).await.into_iter().map(|o| o.body).collect()
    }

    /// Exactly one reply, returned as text.
    pub async fn one(&self, user: &str, body: &str) -> String {
        let replies = self.say(user, body).await;
        assert_eq!(
            replies.len(),
            1,
            "one reply to {body:?} on {}, got {replies:?}",
            self.backend
        );
        replies.into_iter().next().unwrap()
    }

    pub async fn max_outbox_id(&self) -> i64 {
        let (id,): (Option<i64>,) = sqlx::query_as("SELECT MAX(id) FROM outbox")
            .fetch_one(self.store().pool())
            .await
            .unwrap();
        id.unwrap_or(0)
    }

    pub async fn outbox_after(&self, id: i64) -> Vec<Outbound> {
        let rows: Vec<(String,)> = sqlx::query_as("SELECT payload FROM outbox WHERE id > $1 ORDER BY id")
            .bind(id)
            .fetch_all(self.store().pool())
            .await
            .unwrap();
        rows.into_iter().map(|(p,)| serde_json::from_str(&p).unwrap()).collect()
    }

    /// What the transport does once every reply is delivered and the sync position has passed.
    pub async fn deliver_everything(&self) {
        for pending in self.store().outbox_pending(1000).await.unwrap() {
            self.store()
                .outbox_mark_sent(pending.id, Some(&format!("$sent{}", pending.id)), 0)
                .await
                .unwrap();
        }
        self.store().forget_anonymous_events().await.unwrap();
    }

    /// Moves the clock forward to `ms` and fires what is due; returns the messages queued.
    pub async fn fire_at(&self, ms: i64) -> Vec<Outbound> {
        use lotse::clock::Clock;
        let now = self.clock.now_ms();
        assert!(ms >= now, "the clock only moves forward");
        self.clock.advance_ms(ms - now);
        let mark = self.max_outbox_id().await;
        lotse::reminders::fire_due(&self.bot).await.expect("fire due reminders");
        self.outbox_after(mark).await
    }

    pub async fn count(&self, sql: &'static str) -> i64 {
        let (n,): (i64,) = sqlx::query_as(sql).fetch_one(self.store().pool()).await.unwrap();
        n
    }
}

/// The room `TestBot::dm` uses for `user`'s direct chat.
pub fn dm_room(user: &str) -> String {
    format!("!dm-{}:example.org", user.trim_start_matches('@').replace(':', "-"))
}

fn rand_suffix() -> String {
    use std::time::{SystemTime, UNIX_EPOCH};
    static N: AtomicU64 = AtomicU64::new(0);
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.subsec_nanos())
        .unwrap_or(0);
    format!("{nanos}_{}", N.fetch_add(1, Ordering::SeqCst))
}

/// Every backend the suite runs on: SQLite always, PostgreSQL when LOTSE_TEST_POSTGRES_URL is set.
pub async fn backends() -> Vec<TestBot> {
    backends_with(settings).await
}

/// Every backend, each bot with the settings `make` returns.
pub async fn backends_with(make: impl Fn() -> Settings) -> Vec<TestBot> {
    let mut all = vec![TestBot::sqlite_with(make()).await];
    if let Some(pg) = TestBot::postgres_with(make()).await {
        all.push(pg);
    }
    all
}
