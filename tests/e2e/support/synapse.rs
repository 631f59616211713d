//! A real Synapse homeserver in a temporary directory, driven through `scripts/synapse`.

use super::{SERVER_NAME, repo_root};
use hmac::{Hmac, KeyInit, Mac};
use sha1::Sha1;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;
use tempfile::TempDir;

/// One running Synapse; stopped (and its directory removed) on drop.
pub struct Synapse {
    /// Directory holding homeserver.yaml, the SQLite database and the logs.
    pub dir: PathBuf,
    /// `http://127.0.0.1:PORT`, without a trailing slash.
    pub base_url: String,
    /// Shared secret for admin registration.
    pub shared_secret: String,
    tmp: Option<TempDir>,
}

fn script() -> PathBuf {
    repo_root().join("scripts/synapse")
}

fn run_script(args: &[&str]) -> String {
    let output = Command::new(script())
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("cannot run scripts/synapse: {e}"));
    if !output.status.success() {
        panic!(
            "scripts/synapse {} failed ({}):\n{}{}",
            args.join(" "),
            output.status,
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        );
    }
    String::from_utf8_lossy(&output.stdout).trim().to_string()
}

/// Installs Synapse into <repo>/.venv once per test process (a no-op when the stamp matches).
fn ensure_installed() {
    static INSTALLED: OnceLock<()> = OnceLock::new();
    INSTALLED.get_or_init(|| {
        run_script(&["install"]);
    });
}

impl Synapse {
    /// Starts a fresh homeserver in a new temporary directory. Unless `default_rate_limits`,
    /// every rate limit is raised far out of reach.
    pub fn start(default_rate_limits: bool) -> Synapse {
        ensure_installed();
        let tmp = tempfile::Builder::new()
            .prefix("lotse-synapse-")
            .tempdir()
            .expect("create a temporary directory");
        let mut synapse = Synapse::start_in(tmp.path(), default_rate_limits);
        synapse.tmp = Some(tmp);
        synapse
    }

    /// Starts (or restarts) a homeserver in `dir`, which is kept after drop.
    pub fn start_in(dir: &Path, default_rate_limits: bool) -> Synapse {
        ensure_installed();
        let dir = dir.to_path_buf();
        let base_url = start_script(&dir, default_rate_limits);
        let shared_secret = std::fs::read_to_string(dir.join("shared_secret"))
            .expect("read shared_secret")
            .trim()
            .to_string();
        Synapse {
            dir,
            base_url,
            shared_secret,
            tmp: None,
        }
    }

    /// The port Synapse listens on (stable across restarts).
    pub fn port(&self) -> u16 {
        self.base_url
            .rsplit(':')
            .next()
            .and_then(|p| p.parse().ok())
            .expect("port in base_url")
    }

    pub fn server_name(&self) -> &'static str {
        SERVER_NAME
    }

    /// Stops the homeserver (SIGTERM, then SIGKILL); harmless when already stopped.
    pub fn stop(&self) {
        run_script(&["stop", &self.dir.to_string_lossy()]);
    }

    /// Starts the homeserver again in the same directory, on the same port.
    pub fn restart(&self) {
        let url = start_script(&self.dir, false);
        assert_eq!(url, self.base_url, "Synapse came back on another URL");
    }

    /// Registers a user through the shared-secret admin API; returns the full user id.
    pub async fn register(&self, localpart: &str, password: &str, admin: bool) -> String {
        let http = reqwest::Client::new();
        let url = format!("{}/_synapse/admin/v1/register", self.base_url);
        let nonce: serde_json::Value = http
            .get(&url)
            .send()
            .await
            .expect("GET register nonce")
            .json()
            .await
            .expect("nonce JSON");
        let nonce = nonce["nonce"].as_str().expect("nonce in response").to_string();
        let mut mac = Hmac::<Sha1>::new_from_slice(self.shared_secret.as_bytes()).expect("HMAC key");
        for (i, part) in [nonce.as_str(), localpart, password].iter().enumerate() {
            if i > 0 {
                mac.update(b"\0");
            }
            mac.update(part.as_bytes());
        }
        mac.update(b"\0");
        mac.update(if admin {
            b"admin".as_slice()
        } else {
            b"notadmin".as_slice()
        });
        let body = serde_json::json!({
            "nonce": nonce,
            "username": localpart,
            "password": password,
            "admin": admin,
            "mac": hex::encode(mac.finalize().into_bytes()),
        });
        let response = http.post(&url).json(&body).send().await.expect("POST register");
        let status = response.status();
        let reply: serde_json::Value = response.json().await.unwrap_or_default();
        assert!(status.is_success(), "registering {localpart} failed: {status} {reply}");
        reply["user_id"].as_str().expect("user_id in response").to_string()
    }

    /// The homeserver's own log (WARNING level unless SYNAPSE_LOG_LEVEL was set).
    pub fn log(&self) -> String {
        std::fs::read_to_string(self.dir.join("homeserver.log")).unwrap_or_default()
    }
}

fn start_script(dir: &Path, default_rate_limits: bool) -> String {
    let dir_arg = dir.to_string_lossy().to_string();
    let owner = std::process::id().to_string();
    let mut args = vec!["start", dir_arg.as_str(), "--owner-pid", owner.as_str()];
    if default_rate_limits {
        args.push("--default-rate-limits");
    }
    run_script(&args)
}

impl Drop for Synapse {
    fn drop(&mut self) {
        let _ = Command::new(script()).arg("stop").arg(&self.dir).output();
        if std::thread::panicking()
            && let Some(tmp) = self.tmp.take()
        {
            eprintln!("test failed: keeping the Synapse directory {}", tmp.keep().display());
        }
    }
}
