//! A private PostgreSQL cluster for one test (initdb in a temporary directory, a free loopback
//! port), so a test can stop and start the database without touching the machine's own server.

use std::path::PathBuf;
use std::process::Command;

/// One private cluster; stopped and removed on drop.
pub struct PrivatePostgres {
    dir: tempfile::TempDir,
    bin: PathBuf,
    port: u16,
}

/// The directory of `initdb` and `pg_ctl`: from `pg_config --bindir`, else Debian's layout.
fn bin_dir() -> PathBuf {
    if let Ok(out) = Command::new("pg_config").arg("--bindir").output()
        && out.status.success()
    {
        let dir = PathBuf::from(String::from_utf8_lossy(&out.stdout).trim());
        if dir.join("initdb").exists() {
            return dir;
        }
    }
    let mut versions: Vec<PathBuf> = std::fs::read_dir("/usr/lib/postgresql")
        .map(|entries| entries.flatten().map(|e| e.path().join("bin")).collect())
        .unwrap_or_default();
    versions.sort();
    versions
        .pop()
        .filter(|dir| dir.join("initdb").exists())
        .expect("PostgreSQL server binaries (initdb, pg_ctl) are not installed")
}

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|out| String::from_utf8_lossy(&out.stdout).trim() == "0")
}

fn free_port() -> u16 {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind a free port");
    listener.local_addr().expect("local address").port()
}

impl PrivatePostgres {
    /// Creates and starts a cluster with trust authentication for user `postgres`.
    pub fn start() -> PrivatePostgres {
        let dir = tempfile::Builder::new()
            .prefix("lotse-pg-")
            .tempdir()
            .expect("create a temporary directory");
        if is_root() {
            // PostgreSQL refuses to run as root: the cluster belongs to the postgres user.
            let status = Command::new("chown")
                .args(["postgres:postgres", &dir.path().to_string_lossy()])
                .status()
                .expect("run chown");
            assert!(
                status.success(),
                "cannot hand the cluster directory to the postgres user"
            );
        }
        let postgres = PrivatePostgres {
            bin: bin_dir(),
            port: free_port(),
            dir,
        };
        let data = postgres.data_dir();
        postgres.run(
            "initdb",
            &[
                "-D",
                &data.to_string_lossy(),
                "-A",
                "trust",
                "-U",
                "postgres",
                "--no-sync",
            ],
        );
        postgres.start_again();
        postgres
    }

    fn data_dir(&self) -> PathBuf {
        self.dir.path().join("data")
    }

    /// `postgres://postgres@127.0.0.1:PORT/postgres`
    pub fn url(&self) -> String {
        format!("postgres://postgres@127.0.0.1:{}/postgres", self.port)
    }

    /// Starts the stopped cluster again on the same port; waits until it accepts connections.
    pub fn start_again(&self) {
        let options = format!(
            "-p {} -c listen_addresses=127.0.0.1 -k {} -c fsync=off",
            self.port,
            self.dir.path().display()
        );
        let data = self.data_dir();
        let log = self.dir.path().join("postgres.log");
        self.run(
            "pg_ctl",
            &[
                "-D",
                &data.to_string_lossy(),
                "-o",
                &options,
                "-l",
                &log.to_string_lossy(),
                "-w",
                "start",
            ],
        );
    }

    /// Stops the cluster (fast shutdown: open connections are cut, as in a real outage).
    pub fn stop(&self) {
        let data = self.data_dir();
        self.run("pg_ctl", &["-D", &data.to_string_lossy(), "-m", "fast", "-w", "stop"]);
    }

    /// `tool` from the server binaries, run as the postgres user when the test runs as root.
    fn command(&self, tool: &str) -> Command {
        let program = self.bin.join(tool);
        let mut command = if is_root() {
            let mut c = Command::new("runuser");
            c.args(["-u", "postgres", "--"]).arg(&program);
            c
        } else {
            Command::new(&program)
        };
        command.current_dir(self.dir.path());
        command
    }

    fn run(&self, tool: &str, args: &[&str]) {
        let output = self
            .command(tool)
            .args(args)
            .output()
            .unwrap_or_else(|e| panic!("cannot run {tool}: {e}"));
        assert!(
            output.status.success(),
            "{tool} {} failed:\n{}{}",
            args.join(" "),
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        );
    }
}

impl Drop for PrivatePostgres {
    fn drop(&mut self) {
        let data = self.data_dir();
        let _ = self
            .command("pg_ctl")
            .args(["-D", &data.to_string_lossy(), "-m", "immediate", "stop"])
            .output();
    }
}
