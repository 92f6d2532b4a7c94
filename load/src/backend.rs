//! What the load runs against, each its own process so that its CPU time and memory can be
//! read from `/proc`: the release build of `lernwelt-server` (one, or two joined by a NATS
//! broker, on one SQLite database), or the bare relay of this binary ([`crate::relay`]).
//! Also the accounts: minted straight into the database through the server's public store
//! API before any server starts, since a thousand registrations over HTTP at production
//! Argon2 costs would take minutes.

use lernwelt_protocol::{AgeBand, Language, Languages, Nickname, Role};
use lernwelt_server::Store;
use lernwelt_server::passwords::{PasswordParams, Passwords};
use lernwelt_server::sessions;
use lernwelt_server::store::{NewAccount, SqliteStore};
use std::net::{SocketAddr, TcpListener};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// The nickname of simulated avatar `index`; receivers read the index back from it.
#[must_use]
pub fn nickname(index: usize) -> String {
    format!("load_{index:05}")
}

/// The avatar index in a nickname made by [`nickname`].
#[must_use]
pub fn index_of(nickname: &str) -> Option<usize> {
    nickname.strip_prefix("load_")?.parse().ok()
}

/// Makes `n` young people's accounts (nicknames from [`nickname`]) with a session each in the
/// SQLite file at `db`; their bearer tokens, in order. One real Argon2 hash (production cost)
/// is shared by all: nobody logs in with a password here.
pub async fn mint(db: &Path, n: usize) -> Result<Vec<String>, String> {
    let store = SqliteStore::open(db)
        .await
        .map_err(|e| format!("opening {}: {e}", db.display()))?;
    let passwords = Passwords::new(PasswordParams::default(), 1).map_err(|e| e.to_string())?;
    let hash = passwords
        .hash("load-test-password-1")
        .await
        .map_err(|e| e.to_string())?;
    let languages = Languages::try_from(vec![Language::De]).map_err(|e| e.to_string())?;
    let now = sessions::now();
    let mut tokens = Vec::with_capacity(n);
    for i in 0..n {
        let (token, session) =
            sessions::new_session(now, Duration::from_secs(7 * 24 * 3600), false)
                .map_err(|e| e.to_string())?;
        let account = NewAccount {
            nickname: Nickname::try_from(nickname(i)).map_err(|e| e.to_string())?,
            password_hash: hash.clone(),
            role: Role::Youth,
            age_band: AgeBand::From18To21,
            languages: languages.clone(),
            created_at: now,
        };
        store
            .create_account(&account, &session)
            .await
            .map_err(|e| format!("minting account {i}: {e}"))?;
        tokens.push(token.expose().to_owned());
    }
    store.close().await;
    Ok(tokens)
}

/// A server process, killed when dropped.
#[derive(Debug)]
pub struct Backend {
    child: Child,
    /// Where it listens.
    pub addr: SocketAddr,
    log: PathBuf,
}

impl Drop for Backend {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Backend {
    /// Its process id.
    #[must_use]
    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// `lernwelt-server` at `bin` on the SQLite file `db`, logging to a file in `dir`, joined
    /// to the broker at `broker` if given.
    pub async fn server(
        bin: &Path,
        db: &Path,
        dir: &Path,
        broker: Option<&str>,
        max_connections: usize,
    ) -> Result<Self, String> {
        let addr = free_port()?;
        let mut command = Command::new(bin);
        command
            .arg("--listen")
            .arg(addr.to_string())
            .arg("--data-dir")
            .arg(dir.join("data"))
            .arg("--database-url")
            .arg(format!("sqlite:{}", db.display()))
            .arg("--max-connections")
            .arg(max_connections.max(4096).to_string());
        if let Some(broker) = broker {
            command.arg("--broker").arg(broker);
        }
        Self::spawn(command, addr, dir, "server").await
    }

    /// The bare relay: this binary's hidden `relay` command.
    pub async fn relay(dir: &Path) -> Result<Self, String> {
        let addr = free_port()?;
        let exe = std::env::current_exe().map_err(|e| format!("this binary's path: {e}"))?;
        let mut command = Command::new(exe);
        command.arg("relay").arg("--listen").arg(addr.to_string());
        Self::spawn(command, addr, dir, "relay").await
    }

    async fn spawn(
        mut command: Command,
        addr: SocketAddr,
        dir: &Path,
        what: &str,
    ) -> Result<Self, String> {
        let log = dir.join(format!("{what}-{}.log", addr.port()));
        let file = std::fs::File::create(&log).map_err(|e| format!("{}: {e}", log.display()))?;
        command
            .env("RUST_LOG", "warn")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(file);
        let child = command
            .spawn()
            .map_err(|e| format!("starting the {what}: {e}"))?;
        let mut backend = Self { child, addr, log };
        let started = Instant::now();
        loop {
            if let Ok(Some(status)) = backend.child.try_wait() {
                return Err(format!(
                    "the {what} exited at start ({status}): {}",
                    backend.log_tail()
                ));
            }
            if tokio::net::TcpStream::connect(addr).await.is_ok() {
                return Ok(backend);
            }
            if started.elapsed() > Duration::from_secs(60) {
                return Err(format!(
                    "the {what} did not listen within 60 s: {}",
                    backend.log_tail()
                ));
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }

    /// The last lines of its log, for error messages.
    #[must_use]
    pub fn log_tail(&self) -> String {
        let text = std::fs::read_to_string(&self.log).unwrap_or_default();
        let lines: Vec<&str> = text.lines().rev().take(5).collect();
        if lines.is_empty() {
            "(its log is empty)".to_owned()
        } else {
            lines.into_iter().rev().collect::<Vec<_>>().join(" | ")
        }
    }

    /// Whether it is still running.
    pub fn running(&mut self) -> bool {
        matches!(self.child.try_wait(), Ok(None))
    }
}

fn free_port() -> Result<SocketAddr, String> {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map_err(|e| format!("finding a free port: {e}"))
}

/// Whether the server binary knows `--broker` (several instances through NATS).
pub fn server_has_broker(bin: &Path) -> Result<bool, String> {
    let out = Command::new(bin)
        .arg("--help")
        .output()
        .map_err(|e| format!("{} --help: {e}", bin.display()))?;
    Ok(String::from_utf8_lossy(&out.stdout).contains("--broker"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nicknames_are_valid_and_give_the_index_back() {
        for i in [0, 7, 999, 65_000] {
            let name = nickname(i);
            assert!(Nickname::try_from(name.clone()).is_ok(), "{name}");
            assert_eq!(index_of(&name), Some(i));
        }
        assert_eq!(index_of("someone"), None);
    }
}
