//! Configuration: command-line flags (each also settable by an environment variable), the
//! admin subcommands, and the tunable settings derived from the flags.

use crate::admin::Command;
use crate::client_ip::Cidr;
use crate::lockout::LockoutPolicy;
use crate::passwords::PasswordParams;
use crate::rate_limit::RateLimit;
use crate::serve::Transport;
use clap::Parser;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

/// `lernwelt-server` flags. With none it listens on 127.0.0.1:8080 with SQLite in `./data`;
/// with a subcommand it runs that admin command on the same database and exits.
#[derive(Parser, Clone)]
#[command(
    name = "lernwelt-server",
    version,
    about = "The Lernwelt companion server"
)]
pub struct Config {
    /// An admin command instead of serving.
    #[command(subcommand)]
    pub command: Option<Command>,

    /// Address and port to listen on.
    #[arg(long, env = "LERNWELT_LISTEN", default_value = "127.0.0.1:8080")]
    pub listen: SocketAddr,

    /// Directory for the SQLite database and other data; created if missing.
    #[arg(long, env = "LERNWELT_DATA_DIR", default_value = "data", global = true)]
    pub data_dir: PathBuf,

    /// `postgres://user:password@host/db` to use PostgreSQL instead of SQLite in the data
    /// directory (`sqlite:/path/file.db` picks another SQLite file).
    #[arg(
        long,
        env = "LERNWELT_DATABASE_URL",
        hide_env_values = true,
        global = true
    )]
    pub database_url: Option<String>,

    /// Days a login stays valid.
    #[arg(long, env = "LERNWELT_SESSION_DAYS", default_value_t = 30,
          value_parser = clap::value_parser!(u32).range(1..=365))]
    pub session_days: u32,

    /// Days a closed counselling thread is kept before it is deleted with its messages.
    #[arg(long, env = "LERNWELT_CLOSED_RETENTION_DAYS", default_value_t = 90,
          value_parser = clap::value_parser!(u32).range(1..=3650))]
    pub closed_retention_days: u32,

    /// Days an open enquiry nobody writes in is kept open; then it is closed (and deleted
    /// after the closed-thread days like any closed one).
    #[arg(long, env = "LERNWELT_ABANDONED_ENQUIRY_DAYS", default_value_t = 180,
          value_parser = clap::value_parser!(u32).range(7..=3650))]
    pub abandoned_enquiry_days: u32,

    /// Days a young person's account nobody uses (no login, no request) is kept; then it is
    /// deleted with everything in it. Staff accounts are never deleted by time.
    #[arg(long, env = "LERNWELT_INACTIVE_ACCOUNT_DAYS", default_value_t = 730,
          value_parser = clap::value_parser!(u32).range(30..=3650))]
    pub inactive_account_days: u32,

    /// Serve the game's browser build (`web/dist`, made by `scripts/build-web`) from this
    /// directory at `/`, beside the API, so the page and the API share one address.
    #[arg(long, env = "LERNWELT_WEB_DIR")]
    pub web_dir: Option<PathBuf>,

    /// Fill a new, empty data directory with a demo counsellor, young people, enquiries and
    /// forum topics for trying both sides on this machine, and write their logins to
    /// `demo-accounts.json` there. Refused unless listening on a loopback address with SQLite.
    #[arg(long)]
    pub demo: bool,

    /// Connections open at once (live-chat sockets included); more clients wait.
    #[arg(long, env = "LERNWELT_MAX_CONNECTIONS", default_value_t = 4096,
          value_parser = clap::value_parser!(u32).range(1..=1_000_000))]
    pub max_connections: u32,

    /// Reverse proxies (addresses or networks, comma-separated, e.g. `127.0.0.1,10.0.0.0/8`)
    /// whose `Forwarded`/`X-Forwarded-For` header names the client for rate limits. Without
    /// it the headers are ignored and the connecting address counts.
    #[arg(
        long = "trusted-proxy",
        env = "LERNWELT_TRUSTED_PROXIES",
        value_delimiter = ','
    )]
    pub trusted_proxies: Vec<Cidr>,

    /// `nats://host:port` of a NATS server through which several instances of this server
    /// share the places (who is where, room chat, requests for a counsellor) and the live
    /// chat's pushes. Without it the instance is on its own.
    #[arg(long, env = "LERNWELT_BROKER", hide_env_values = true)]
    pub broker: Option<String>,

    /// The subjects' prefix on the broker: instances with the same one share their places.
    #[arg(long, env = "LERNWELT_BROKER_PREFIX", default_value = "lernwelt")]
    pub broker_prefix: String,
}

impl std::fmt::Debug for Config {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // The database URL may hold a password.
        f.debug_struct("Config")
            .field("listen", &self.listen)
            .field("data_dir", &self.data_dir)
            .field("database_url", &self.database_url.as_ref().map(|_| "…"))
            .field("session_days", &self.session_days)
            .field("closed_retention_days", &self.closed_retention_days)
            .field("abandoned_enquiry_days", &self.abandoned_enquiry_days)
            .field("inactive_account_days", &self.inactive_account_days)
            .field("web_dir", &self.web_dir)
            .field("demo", &self.demo)
            .field("max_connections", &self.max_connections)
            .field("trusted_proxies", &self.trusted_proxies)
            .field("broker", &self.broker.as_ref().map(|_| "…"))
            .field("broker_prefix", &self.broker_prefix)
            .field("command", &self.command.as_ref().map(|_| "…"))
            .finish()
    }
}

const DAY_SECS: u64 = 24 * 60 * 60;

/// Settings of a running server. `Default` is what production uses; tests lower the costs.
#[derive(Debug, Clone)]
pub struct Settings {
    /// How long a young person's session lasts.
    pub session_ttl: Duration,
    /// How long a staff session lasts (a working day).
    pub staff_session_ttl: Duration,
    /// Argon2id cost.
    pub password_params: PasswordParams,
    /// Password hashes computed at once (each holds its memory and a core).
    pub hash_concurrency: usize,
    /// Registrations per client address.
    pub register_limit: RateLimit,
    /// Login attempts per client address.
    pub login_limit: RateLimit,
    /// Waiting after wrong passwords and codes, per account.
    pub login_lockout: LockoutPolicy,
    /// Counselling messages (enquiries and replies) per account.
    pub post_limit: RateLimit,
    /// Forum flags per account.
    pub flag_limit: RateLimit,
    /// Forum reactions per account.
    pub reaction_limit: RateLimit,
    /// Frames per live-chat connection.
    pub ws_frame_limit: RateLimit,
    /// Steps (binary frames) per live-chat connection.
    pub ws_step_limit: RateLimit,
    /// How long an avatar stays whose connection broke or went silent.
    pub presence_grace: crate::presence::room::Grace,
    /// Live-chat connections opened per client address.
    pub ws_connect_limit: RateLimit,
    /// How often a live-chat connection is pinged (and its session checked); one that has not
    /// answered for two and a half of these is dropped.
    pub ws_heartbeat: Duration,
    /// How long closed threads, abandoned enquiries and unused accounts are kept.
    pub retention: crate::retention::Policy,
    /// How often the retention job runs.
    pub retention_every: Duration,
    /// The browser build served at `/`, if any.
    pub web_dir: Option<PathBuf>,
    /// Timeouts, the connection cap and the shutdown's grace period.
    pub transport: Transport,
    /// Proxies whose forwarding headers name the client ([`crate::client_ip`]).
    pub trusted_proxies: Vec<Cidr>,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            session_ttl: Duration::from_secs(30 * 24 * 60 * 60),
            staff_session_ttl: Duration::from_secs(12 * 60 * 60),
            password_params: PasswordParams::default(),
            hash_concurrency: std::thread::available_parallelism().map_or(2, |n| n.get()),
            // Generous, because a school, library or shelter puts many young people behind
            // one address: 10 at once, then one a minute.
            register_limit: RateLimit {
                burst: 10,
                refill_every: Duration::from_secs(60),
            },
            // 20 at once, then one every 3 seconds: enough for a classroom, slow for guessing.
            login_limit: RateLimit {
                burst: 20,
                refill_every: Duration::from_secs(3),
            },
            login_lockout: LockoutPolicy::default(),
            // 30 at once, then one every 2 seconds: a fast typist in a chat, not a flood.
            post_limit: RateLimit {
                burst: 30,
                refill_every: Duration::from_secs(2),
            },
            // Ten reports at once, then one every six minutes: someone cleaning up after a
            // troll, not someone flagging a whole forum away.
            flag_limit: RateLimit {
                burst: 10,
                refill_every: Duration::from_secs(6 * 60),
            },
            // 30 at once, then one every 2 seconds: reading and thanking, not a script.
            reaction_limit: RateLimit {
                burst: 30,
                refill_every: Duration::from_secs(2),
            },
            // 20 at once, then five a second: typing notices and messages of a fast typist.
            ws_frame_limit: RateLimit {
                burst: 20,
                refill_every: Duration::from_millis(200),
            },
            // The game steps ten times a second; twice that, with a burst for what a stalled
            // mobile network delivers at once.
            ws_step_limit: RateLimit {
                burst: 40,
                refill_every: Duration::from_millis(50),
            },
            presence_grace: crate::presence::room::Grace::default(),
            // A classroom opening the game at once behind one address, then one a second: a
            // client reconnecting with backoff never meets it, a loop without one does.
            ws_connect_limit: RateLimit {
                burst: 60,
                refill_every: Duration::from_secs(1),
            },
            // Under the 30–60 s after which mobile networks and proxies drop a quiet
            // connection, and a vanished phone is gone within 50 s.
            ws_heartbeat: Duration::from_secs(20),
            retention: crate::retention::Policy::default(),
            retention_every: Duration::from_secs(60 * 60),
            web_dir: None,
            transport: Transport::default(),
            trusted_proxies: Vec::new(),
        }
    }
}

/// `n` days.
fn days(n: u32) -> Duration {
    Duration::from_secs(u64::from(n) * DAY_SECS)
}

impl Settings {
    /// The production settings with the flags' session length and retention.
    #[must_use]
    pub fn from_config(config: &Config) -> Self {
        Self {
            session_ttl: Duration::from_secs(u64::from(config.session_days) * DAY_SECS),
            retention: crate::retention::Policy {
                closed: days(config.closed_retention_days),
                abandoned: days(config.abandoned_enquiry_days),
                inactive: days(config.inactive_account_days),
            },
            web_dir: config.web_dir.clone(),
            transport: Transport {
                max_connections: usize::try_from(config.max_connections).unwrap_or(usize::MAX),
                ..Transport::default()
            },
            trusted_proxies: config.trusted_proxies.clone(),
            ..Self::default()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn flags_are_consistent_and_default_to_zero_configuration() {
        Config::command().debug_assert();
        let config = Config::try_parse_from(["lernwelt-server"]).unwrap();
        assert_eq!(config.listen, "127.0.0.1:8080".parse().unwrap());
        assert_eq!(config.data_dir, PathBuf::from("data"));
        assert!(config.database_url.is_none());
        let settings = Settings::from_config(&config);
        assert_eq!(settings.session_ttl, Duration::from_secs(30 * 24 * 3600));
        assert_eq!(settings.retention, crate::retention::Policy::default());
        assert_eq!(
            settings.retention.inactive,
            Duration::from_secs(730 * 24 * 3600)
        );
        assert!(config.command.is_none());
    }

    #[test]
    fn database_flags_also_follow_a_subcommand() {
        let config = Config::try_parse_from([
            "lernwelt-server",
            "counsellor",
            "list",
            "--data-dir",
            "/tmp/x",
        ])
        .unwrap();
        assert_eq!(config.data_dir, PathBuf::from("/tmp/x"));
        assert!(config.command.is_some());
    }

    #[test]
    fn debug_output_hides_the_database_url() {
        let config = Config::try_parse_from([
            "lernwelt-server",
            "--database-url",
            "postgres://lw:hunter2@db/lw",
        ])
        .unwrap();
        assert!(!format!("{config:?}").contains("hunter2"));
    }
}
