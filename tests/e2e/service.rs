//! Running Lotse as a service, end to end with the real binary: `/healthz` and `/metrics` move
//! with the commands and follow the homeserver down and up again; a backup taken while commands
//! arrive restores into the same device.

use crate::support::scenario::{BOT_PASSWORD, assert_each_answered_once, bot_in_room, count_ideas, sqlite_url};
use crate::support::{LotseProcess, Synapse, WAIT};
use matrix_sdk::ruma::OwnedEventId;
use std::time::{Duration, Instant};

const TOKEN: &str = "scrape-secret-for-the-test";

fn free_port() -> u16 {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind a free port");
    listener.local_addr().expect("local address").port()
}

/// The value of one series (`name` or `name{labels}`) on a Prometheus page.
fn value(page: &str, series: &str) -> Option<f64> {
    page.lines()
        .filter(|line| !line.starts_with('#'))
        .find_map(|line| line.strip_prefix(series)?.strip_prefix(' ')?.trim().parse().ok())
}

async fn health(http: &reqwest::Client, base: &str) -> (u16, serde_json::Value) {
    match http.get(format!("{base}/healthz")).send().await {
        Ok(response) => {
            let status = response.status().as_u16();
            (status, response.json().await.unwrap_or_default())
        }
        Err(_) => (0, serde_json::Value::Null),
    }
}

/// Polls `/healthz` until it answers `status`; returns its body.
async fn wait_for_health(http: &reqwest::Client, base: &str, status: u16, timeout: Duration) -> serde_json::Value {
    let deadline = Instant::now() + timeout;
    loop {
        let (got, body) = health(http, base).await;
        if got == status {
            return body;
        }
        assert!(
            Instant::now() < deadline,
            "/healthz stayed at {got} {body}, expected {status}"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn health_and_metrics_follow_the_commands_and_the_homeserver() {
    let synapse = Synapse::start(false);
    let dir = tempfile::tempdir().unwrap();
    let listen = format!("127.0.0.1:{}", free_port());
    let env = [
        ("LOTSE_METRICS_LISTEN", listen.as_str()),
        ("LOTSE_METRICS_TOKEN", TOKEN),
    ];
    let (_lotse, bot_id, people, room) = bot_in_room(&synapse, dir.path(), &["anna"], &env).await;
    let anna = &people[0];
    let base = format!("http://{listen}");
    let http = reqwest::Client::new();

    let reply = anna.ask(&room, &bot_id, "!idee Metriken für den Betrieb").await;
    assert!(reply.contains("#1"), "{reply}");
    anna.ask(&room, &bot_id, "!ideen").await;
    // Anna is not on the strategy team.
    anna.ask(&room, &bot_id, "!portfolio").await;
    let body = wait_for_health(&http, &base, 200, Duration::from_secs(30)).await;
    assert_eq!(body["status"], "ok", "{body}");
    assert_eq!(body["database"], "ok", "{body}");

    let refused = http.get(format!("{base}/metrics")).send().await.unwrap();
    assert_eq!(
        refused.status().as_u16(),
        401,
        "without the token the figures stay closed"
    );
    let wrong = http
        .get(format!("{base}/metrics"))
        .bearer_auth("wrong")
        .send()
        .await
        .unwrap();
    assert_eq!(wrong.status().as_u16(), 401);
    let page = http
        .get(format!("{base}/metrics"))
        .bearer_auth(TOKEN)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let at_least = |series: &str, minimum: f64| {
        let found = value(&page, series);
        assert!(
            found.is_some_and(|v| v >= minimum),
            "{series} = {found:?}, expected ≥ {minimum}\n{page}"
        );
    };
    at_least("lotse_commands_total{command=\"hilfe\",outcome=\"ran\"}", 1.0);
    at_least("lotse_commands_total{command=\"idee\",outcome=\"ran\"}", 1.0);
    at_least("lotse_commands_total{command=\"ideen\",outcome=\"ran\"}", 1.0);
    at_least("lotse_commands_total{command=\"portfolio\",outcome=\"refused\"}", 1.0);
    at_least("lotse_events_total{kind=\"message\"}", 3.0);
    at_least("lotse_replies_sent_total", 3.0);
    at_least("lotse_db_transaction_seconds_count", 3.0);
    at_least("lotse_sync_lag_seconds_count", 3.0);
    at_least("lotse_outbox_depth", 0.0);
    at_least("lotse_outbox_oldest_age_seconds", 0.0);
    at_least("lotse_reminders_pending", 0.0);
    at_least("lotse_last_sync_age_seconds", 0.0);
    let version = format!("lotse_build_info{{version=\"{}\"}}", env!("CARGO_PKG_VERSION"));
    assert_eq!(value(&page, &version), Some(1.0), "{page}");
    for personal in [
        bot_id.as_str(),
        anna.user_id.as_str(),
        room.as_str(),
        "Metriken",
        "localhost",
    ] {
        assert!(!page.contains(personal), "the metrics name {personal}:\n{page}");
    }

    synapse.stop();
    let body = wait_for_health(&http, &base, 503, Duration::from_secs(60)).await;
    assert_eq!(body["status"], "unhealthy", "{body}");
    assert!(body["reason"].as_str().is_some_and(|r| r.contains("sync")), "{body}");
    synapse.restart();
    wait_for_health(&http, &base, 200, Duration::from_secs(90)).await;
    let reply = anna.ask(&room, &bot_id, "!hilfe").await;
    assert!(!reply.is_empty());
}

fn copy_folder(from: &std::path::Path, to: &std::path::Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(&path, to.join(path.file_name().unwrap())).unwrap();
    }
}

/// The README's restore drill: back up while commands arrive in an encrypted room, lose the bot,
/// restore into a fresh folder and start from it.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_backup_taken_while_commands_arrive_restores_into_the_same_device() {
    let synapse = Synapse::start(false);
    let live = tempfile::tempdir().unwrap();
    let (mut lotse, bot_id, people, _) = bot_in_room(&synapse, live.path(), &["anna"], &[]).await;
    let anna = &people[0];
    let room = anna.create_room("Vertraulich", true, &[&bot_id]).await;
    anna.wait_for_member(&room, &bot_id, WAIT).await;

    let mut before = vec![];
    for i in 0..5 {
        before.push(anna.send_text(&room, &format!("!idee Vor der Sicherung {i}")).await);
    }
    let replies = anna.wait_for_notices(&room, &bot_id, before.len(), WAIT).await;
    assert_each_answered_once(&before, &replies);
    assert!(replies.iter().all(|r| r.encrypted), "the room is encrypted");

    let backup = live.path().join("sicherung");
    let sending = async {
        let mut sent = vec![];
        for i in 0..10 {
            sent.push(anna.send_text(&room, &format!("!idee Während der Sicherung {i}")).await);
        }
        sent
    };
    let taking = tokio::process::Command::new(env!("CARGO_BIN_EXE_lotse"))
        .arg("backup")
        .arg("--config")
        .arg(&lotse.config_path)
        .arg("--out")
        .arg(&backup)
        .env_remove("LOTSE_LOG")
        .output();
    let (during, taken) = tokio::join!(sending, taking);
    let taken = taken.expect("run lotse backup");
    let said = String::from_utf8_lossy(&taken.stdout);
    assert!(
        taken.status.success(),
        "{said}{}",
        String::from_utf8_lossy(&taken.stderr)
    );
    assert!(said.contains("matrix-sdk-crypto.sqlite3"), "{said}");
    let replies = anna.wait_for_notices(&room, &bot_id, during.len(), WAIT).await;
    assert_each_answered_once(&during, &replies);
    let mut after = vec![];
    for i in 0..3 {
        after.push(anna.send_text(&room, &format!("!idee Nach der Sicherung {i}")).await);
    }
    anna.wait_for_notices(&room, &bot_id, after.len(), WAIT).await;
    lotse.kill(); // the machine is lost

    let restored = tempfile::tempdir().unwrap();
    std::fs::copy(backup.join("lotse.sqlite"), restored.path().join("lotse.sqlite")).unwrap();
    copy_folder(&backup.join("matrix-store"), &restored.path().join("matrix-store"));
    let restarted = LotseProcess::start(
        &synapse,
        "lotse",
        BOT_PASSWORD,
        &[("LOTSE_LOG", "info")],
        restored.path(),
    );
    let reply = anna.ask(&room, &bot_id, "!idee Nach der Wiederherstellung").await;
    assert!(reply.contains('#'), "{reply}");

    let log = restarted.log();
    assert!(
        log.contains("restoring the saved Matrix session"),
        "the same device:\n{log}"
    );
    assert!(!log.contains("logged in with password"), "no new device:\n{log}");
    assert!(log.contains("started from a backup"), "{log}");
    assert!(
        !restored
            .path()
            .join("matrix-store")
            .join("lotse-restored-from-backup")
            .exists()
    );

    // Every reply in the room, read back decrypted: nothing from before the backup twice, and
    // every later command answered at least once.
    let history = anna.history_messages(&room, &bot_id).await;
    let answers = |command: &OwnedEventId| {
        history
            .iter()
            .filter(|m| m.in_reply_to.as_deref() == Some(command.as_str()))
            .count()
    };
    for command in &before {
        assert_eq!(answers(command), 1, "a command from before the backup is answered once");
    }
    for command in during.iter().chain(&after) {
        assert!(answers(command) >= 1, "every later command is answered");
    }
    let url = sqlite_url(restored.path());
    assert_eq!(count_ideas(&url, "Vor der Sicherung").await, (5, 5));
    assert_eq!(count_ideas(&url, "Während der Sicherung").await, (10, 10));
    assert_eq!(
        count_ideas(&url, "Nach der Sicherung").await,
        (3, 3),
        "read again from the homeserver"
    );
    assert_eq!(count_ideas(&url, "Nach der Wiederherstellung").await, (1, 1));
}
