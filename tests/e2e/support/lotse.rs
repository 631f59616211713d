//! The real `lotse` binary as a child process, configured against a test Synapse.

use super::{Synapse, user_id};
use std::fs::OpenOptions;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};

/// A running `lotse run`; killed on drop.
pub struct LotseProcess {
    pub data_dir: PathBuf,
    pub config_path: PathBuf,
    pub log_path: PathBuf,
    /// Full user id of the bot.
    pub user_id: String,
    env: Vec<(String, String)>,
    child: Option<Child>,
}

fn toml_string(s: &str) -> String {
    serde_json::to_string(s).expect("string") // a JSON string is a valid TOML basic string
}

impl LotseProcess {
    /// Writes `data_dir/lotse.toml` and starts the bot. `extra_env` holds `LOTSE_*` overrides
    /// (e.g. `LOTSE_ACCESS_TEAM`, `LOTSE_DATABASE_URL`, `LOTSE_ACCESS_INVITE_ALLOWLIST`, `LOTSE_LOG`);
    /// `LOTSE_*` variables of the test process itself are not passed on.
    pub fn start(
        synapse: &Synapse,
        bot_user: &str,
        bot_password: &str,
        extra_env: &[(&str, &str)],
        data_dir: &Path,
    ) -> LotseProcess {
        std::fs::create_dir_all(data_dir).expect("create the bot's data dir");
        let bot_id = user_id(bot_user);
        let config = format!(
            "[matrix]\nhomeserver = {}\nuser_id = {}\npassword = {}\nstore_path = {}\nstore_passphrase = {}\n\n\
             [access]\ninvite_allowlist = [\"localhost\"]\n\n[database]\nurl = {}\n",
            toml_string(&synapse.base_url),
            toml_string(&bot_id),
            toml_string(bot_password),
            toml_string(&data_dir.join("matrix-store").to_string_lossy()),
            toml_string("test-store-passphrase"),
            toml_string(&format!("sqlite://{}", data_dir.join("lotse.sqlite").display())),
        );
        let config_path = data_dir.join("lotse.toml");
        std::fs::write(&config_path, config).expect("write lotse.toml");
        let mut process = LotseProcess {
            data_dir: data_dir.to_path_buf(),
            config_path,
            log_path: data_dir.join("lotse.log"),
            user_id: bot_id,
            env: extra_env.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect(),
            child: None,
        };
        process.spawn();
        process
    }

    fn spawn(&mut self) {
        let log = OpenOptions::new()
            .create(true)
            .append(true)
            .open(&self.log_path)
            .expect("open lotse.log");
        let mut command = Command::new(env!("CARGO_BIN_EXE_lotse"));
        command
            .arg("run")
            .arg("--config")
            .arg(&self.config_path)
            .current_dir(&self.data_dir)
            .stdin(Stdio::null())
            .stdout(log.try_clone().expect("clone log handle"))
            .stderr(log);
        for (key, _) in std::env::vars_os() {
            if key.to_string_lossy().starts_with("LOTSE_") {
                command.env_remove(key);
            }
        }
        command.envs(self.env.iter().map(|(k, v)| (k, v)));
        self.child = Some(command.spawn().expect("spawn the lotse binary"));
    }

    /// Sets (or, with "", clears) a `LOTSE_*` override for the next start.
    pub fn set_env(&mut self, key: &str, value: &str) {
        self.env.retain(|(k, _)| k != key);
        if !value.is_empty() {
            self.env.push((key.to_string(), value.to_string()));
        }
    }

    /// Process id of the running bot.
    pub fn pid(&self) -> Option<u32> {
        self.child.as_ref().map(Child::id)
    }

    /// True while the process has not exited.
    pub fn is_running(&mut self) -> bool {
        self.child.as_mut().is_some_and(|c| matches!(c.try_wait(), Ok(None)))
    }

    /// Kills the bot at once (SIGKILL), as a crash would.
    pub fn kill(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    /// Asks the bot to stop (SIGTERM) and waits up to 30 s for it; kills it after that.
    pub fn terminate(&mut self) -> Option<ExitStatus> {
        let mut child = self.child.take()?;
        let _ = Command::new("kill").arg("-TERM").arg(child.id().to_string()).status();
        let deadline = Instant::now() + Duration::from_secs(30);
        while Instant::now() < deadline {
            if let Ok(Some(status)) = child.try_wait() {
                return Some(status);
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let _ = child.kill();
        child.wait().ok()
    }

    /// Stops the bot gracefully (if running) and starts it again with the same configuration.
    pub fn restart(&mut self) {
        self.terminate();
        self.spawn();
    }

    /// Everything the bot has logged so far (across restarts).
    pub fn log(&self) -> String {
        std::fs::read_to_string(&self.log_path).unwrap_or_default()
    }

    /// Waits until the log contains `needle`; false on timeout.
    pub async fn wait_for_log(&self, needle: &str, timeout: Duration) -> bool {
        let deadline = Instant::now() + timeout;
        while Instant::now() < deadline {
            if self.log().contains(needle) {
                return true;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        self.log().contains(needle)
    }
}

impl Drop for LotseProcess {
    fn drop(&mut self) {
        self.kill();
        if std::thread::panicking() {
            let log = self.log();
            let tail: Vec<&str> = log.lines().rev().take(60).collect();
            eprintln!(
                "--- last lines of {} ---\n{}",
                self.log_path.display(),
                tail.into_iter().rev().collect::<Vec<_>>().join("\n")
            );
        }
    }
}
