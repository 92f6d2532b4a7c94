//! The load driver shared by `benches/load` and the smoke test `tests/load_smoke.rs`: starts a
//! server in process (the real [`lernwelt_server::app`] on SQLite or PostgreSQL, or a bare
//! WebSocket relay as the baseline), sets up conversations through the real HTTP API, opens a
//! WebSocket per young person and per counsellor, sends counselling messages at a fixed rate
//! (open loop) and measures send → ack and send → delivery at the other party's socket.

use futures_util::stream::{SplitSink, SplitStream};
use futures_util::{SinkExt, StreamExt};
use lernwelt_protocol::{
    AccountId, ClientMsg, EnquiryId, MessageId, MessageView, ServerMsg, Side, Timestamp, routes,
};
use lernwelt_server::passwords::Passwords;
use lernwelt_server::rate_limit::RateLimit;
use lernwelt_server::store::{PostgresStore, SqliteStore};
use lernwelt_server::totp::{self, TotpSecret};
use lernwelt_server::ws::Hub;
use lernwelt_server::{AppState, Settings, Store, admin, app, sessions};
use serde_json::{Value, json};
use sqlx::Connection;
use std::collections::HashMap;
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::sync::atomic::{AtomicU8, AtomicU32, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpSocket, TcpStream};
use tokio::sync::mpsc;
use tokio_tungstenite::WebSocketStream;
use tokio_tungstenite::tungstenite::Message;

/// A boxed error with a readable message.
pub type BenchError = Box<dyn std::error::Error + Send + Sync>;

/// What to run a load against.
#[derive(Debug, Clone)]
pub enum Target {
    /// The server on a fresh SQLite file in a temporary directory.
    Sqlite,
    /// The server on a fresh database created through this admin URL (dropped afterwards).
    Postgres {
        /// `postgres://user@host/db`; `db` is only used to create and drop the fresh one.
        admin_url: String,
    },
    /// A bare WebSocket relay with the same frames: no auth, no database, no limits.
    Baseline,
}

impl Target {
    /// The name in the report.
    #[must_use]
    pub fn name(&self) -> &'static str {
        match self {
            Self::Sqlite => "sqlite",
            Self::Postgres { .. } => "postgresql",
            Self::Baseline => "baseline",
        }
    }
}

/// The shape of the load.
#[derive(Debug, Clone)]
pub struct LoadOptions {
    /// Messages per second, all conversations together.
    pub rate: u32,
    /// How long messages are sent.
    pub duration: Duration,
    /// Concurrent conversations (one young person each).
    pub conversations: usize,
    /// Conversations per counsellor (each counsellor has one socket for all of theirs).
    pub per_counsellor: usize,
    /// Characters of each message's text.
    pub text_chars: usize,
    /// How long to wait for the last deliveries after sending stops.
    pub drain: Duration,
}

impl Default for LoadOptions {
    fn default() -> Self {
        Self {
            rate: 500,
            duration: Duration::from_secs(10),
            conversations: 50,
            per_counsellor: 10,
            text_chars: 120,
            drain: Duration::from_secs(10),
        }
    }
}

/// Percentiles of a set of latencies.
#[derive(Debug, Clone, Copy, Default)]
pub struct Stats {
    /// Median.
    pub p50: Duration,
    /// 95th percentile.
    pub p95: Duration,
    /// 99th percentile.
    pub p99: Duration,
    /// Largest.
    pub max: Duration,
}

impl Stats {
    /// Nearest-rank percentiles of `micros`.
    #[must_use]
    pub fn of(mut micros: Vec<u64>) -> Self {
        micros.sort_unstable();
        let at = |q: f64| -> Duration {
            if micros.is_empty() {
                return Duration::ZERO;
            }
            // Nearest rank: the smallest value with at least q of all at or below it.
            let rank = (q * micros.len() as f64).ceil() as usize;
            Duration::from_micros(micros[rank.clamp(1, micros.len()) - 1])
        };
        Self {
            p50: at(0.50),
            p95: at(0.95),
            p99: at(0.99),
            max: micros
                .last()
                .map_or(Duration::ZERO, |m| Duration::from_micros(*m)),
        }
    }
}

/// The result of one load run.
#[derive(Debug, Clone)]
pub struct Report {
    /// Target name.
    pub target: &'static str,
    /// Messages scheduled.
    pub scheduled: usize,
    /// Messages written to a socket.
    pub sent: usize,
    /// Messages that arrived at the other party exactly once.
    pub delivered_once: usize,
    /// Deliveries beyond the first of a message.
    pub duplicates: usize,
    /// Messages that never arrived.
    pub missing: usize,
    /// Messages acknowledged to the sender.
    pub acked: usize,
    /// Error frames received, with the first codes seen.
    pub errors: usize,
    /// A few error codes, for the reader.
    pub error_codes: Vec<String>,
    /// From the first send to the last send.
    pub send_window: Duration,
    /// From the first send to the last delivery.
    pub delivery_window: Duration,
    /// Send → delivery at the other party's socket.
    pub delivery: Stats,
    /// Send → ack at the sender's socket.
    pub ack: Stats,
    /// Time to set up accounts, enquiries and sockets.
    pub setup: Duration,
}

impl Report {
    /// Messages sent per second over the send window.
    #[must_use]
    pub fn sent_per_second(&self) -> f64 {
        per_second(self.sent, self.send_window)
    }

    /// Messages delivered per second from the first send to the last delivery.
    #[must_use]
    pub fn delivered_per_second(&self) -> f64 {
        per_second(self.delivered_once, self.delivery_window)
    }
}

fn per_second(count: usize, window: Duration) -> f64 {
    if window.is_zero() {
        0.0
    } else {
        count as f64 / window.as_secs_f64()
    }
}

/// Production settings with the limits a load from one address and a few accounts would hit
/// raised: registration and login per address, messages per account, frames per connection.
/// Password hashing, session lengths and everything else stay as in production.
#[must_use]
pub fn bench_settings() -> Settings {
    let plenty = RateLimit {
        burst: 1_000_000,
        refill_every: Duration::from_micros(1),
    };
    Settings {
        register_limit: plenty,
        login_limit: plenty,
        post_limit: plenty,
        ws_frame_limit: plenty,
        ..Settings::default()
    }
}

// ---------------------------------------------------------------------------------------------
// The server, in its own thread with its own runtime (two workers, as on the 2-core machines),
// so the load generator's runtime does not share a scheduler with it.

/// A server running in this process; stopped and cleaned up when dropped.
pub struct InProcessServer {
    /// Where it listens.
    pub addr: SocketAddr,
    /// `counsellor add` output for each counsellor made at start.
    pub enrolments: Vec<(String, String)>,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Drop for InProcessServer {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// Starts the server (or the baseline relay) for `target`, with `counsellors` counsellors
/// (languages `de`) made by the admin command for the real server.
pub fn start_server(
    target: &Target,
    counsellors: usize,
    baseline_pairs: Vec<(EnquiryId, AccountId, AccountId)>,
) -> Result<InProcessServer, BenchError> {
    let target = target.clone();
    let (ready_tx, ready_rx) = std::sync::mpsc::channel::<Result<_, String>>();
    let (stop_tx, stop_rx) = tokio::sync::oneshot::channel::<()>();
    let thread = std::thread::Builder::new()
        .name("bench-server".into())
        .spawn(move || {
            let runtime = match tokio::runtime::Builder::new_multi_thread()
                .worker_threads(2)
                .thread_name("bench-server-worker")
                .enable_all()
                .build()
            {
                Ok(runtime) => runtime,
                Err(e) => {
                    let _ = ready_tx.send(Err(format!("server runtime: {e}")));
                    return;
                }
            };
            runtime.block_on(async move {
                let mut cleanup = Cleanup::default();
                let built = build_router(&target, counsellors, baseline_pairs, &mut cleanup).await;
                let (router, hub, enrolments) = match built {
                    Ok(built) => built,
                    Err(e) => {
                        let _ = ready_tx.send(Err(e.to_string()));
                        return;
                    }
                };
                let listener = match tokio::net::TcpListener::bind("127.0.0.1:0").await {
                    Ok(listener) => listener,
                    Err(e) => {
                        let _ = ready_tx.send(Err(format!("bind: {e}")));
                        return;
                    }
                };
                let addr = match listener.local_addr() {
                    Ok(addr) => addr,
                    Err(e) => {
                        let _ = ready_tx.send(Err(format!("local address: {e}")));
                        return;
                    }
                };
                let _ = ready_tx.send(Ok((addr, enrolments)));
                let stop = async move {
                    let _ = stop_rx.await;
                };
                let transport = bench_settings().transport;
                let served =
                    lernwelt_server::serve::serve(listener, router, transport, hub, stop).await;
                if let Err(e) = served {
                    eprintln!("bench server stopped with an error: {e}");
                }
                cleanup.finish().await;
            });
        })?;
    let (addr, enrolments) = ready_rx
        .recv()
        .map_err(|_| "the server thread ended before it listened")??;
    Ok(InProcessServer {
        addr,
        enrolments,
        stop: Some(stop_tx),
        thread: Some(thread),
    })
}

/// What to remove after a run: the temporary directory, the fresh PostgreSQL database.
#[derive(Default)]
struct Cleanup {
    dir: Option<tempfile::TempDir>,
    postgres: Option<(PostgresStore, PgDatabase)>,
}

impl Cleanup {
    async fn finish(self) {
        if let Some((store, db)) = self.postgres {
            store.close().await;
            if let Err(e) = db.drop_database().await {
                eprintln!("could not drop the bench database {}: {e}", db.name);
            }
        }
        drop(self.dir);
    }
}

async fn build_router(
    target: &Target,
    counsellors: usize,
    baseline_pairs: Vec<(EnquiryId, AccountId, AccountId)>,
    cleanup: &mut Cleanup,
) -> Result<(axum::Router, Hub, Vec<(String, String)>), BenchError> {
    let store: Arc<dyn Store> = match target {
        Target::Baseline => {
            let router = baseline::router(baseline_pairs);
            return Ok((router, Hub::default(), Vec::new()));
        }
        Target::Sqlite => {
            let dir = tempfile::tempdir()?;
            let store = SqliteStore::open(&dir.path().join("bench.sqlite3")).await?;
            cleanup.dir = Some(dir);
            Arc::new(store)
        }
        Target::Postgres { admin_url } => {
            let db = PgDatabase::create(admin_url).await?;
            let store = match PostgresStore::connect(&db.url).await {
                Ok(store) => store,
                Err(e) => {
                    let _ = db.drop_database().await;
                    return Err(e.into());
                }
            };
            cleanup.postgres = Some((store.clone(), db));
            Arc::new(store)
        }
    };
    let settings = bench_settings();
    let passwords = Passwords::new(settings.password_params, 2)?;
    let mut enrolments = Vec::new();
    for k in 0..counsellors {
        let name = format!("Bench_C{k}");
        let config = <lernwelt_server::Config as clap::Parser>::try_parse_from([
            "lernwelt-server",
            "counsellor",
            "add",
            "--name",
            &name,
            "--languages",
            "de",
        ])?;
        let Some(command) = config.command.as_ref() else {
            return Err("no admin command".into());
        };
        let output = admin::execute(store.as_ref(), &passwords, command, sessions::now())
            .await
            .map_err(|e| e.to_string())?;
        enrolments.push((name, output));
    }
    let state = AppState::new(store, settings)?;
    let hub = state.hub.clone();
    Ok((app(state), hub, enrolments))
}

/// A PostgreSQL database made for one run.
struct PgDatabase {
    admin_url: String,
    name: String,
    url: String,
}

impl PgDatabase {
    async fn create(admin_url: &str) -> Result<Self, BenchError> {
        let mut admin = sqlx::PgConnection::connect(admin_url)
            .await
            .map_err(|e| format!("PostgreSQL at {admin_url} is not reachable: {e}"))?;
        let mut random = [0u8; 8];
        getrandom::fill(&mut random).map_err(|e| e.to_string())?;
        let suffix: String = random.iter().map(|b| format!("{b:02x}")).collect();
        let name = format!("lw_bench_{suffix}");
        sqlx::query(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
            .execute(&mut admin)
            .await?;
        // A diagnostic knob: `LERNWELT_BENCH_PG_SET="synchronous_commit=off"` (comma-separated
        // `name=value` pairs) sets these on the fresh database only.
        if let Ok(pairs) = std::env::var("LERNWELT_BENCH_PG_SET") {
            for pair in pairs.split(',').filter(|p| !p.trim().is_empty()) {
                let (key, value) = pair
                    .split_once('=')
                    .ok_or("LERNWELT_BENCH_PG_SET: name=value")?;
                let safe = |t: &str| t.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
                if !safe(key.trim()) || !safe(value.trim()) {
                    return Err("LERNWELT_BENCH_PG_SET: letters, digits and _ only".into());
                }
                sqlx::query(sqlx::AssertSqlSafe(format!(
                    "ALTER DATABASE {name} SET {} = {}",
                    key.trim(),
                    value.trim()
                )))
                .execute(&mut admin)
                .await?;
            }
        }
        admin.close().await.ok();
        let url = match admin_url.rfind('/') {
            Some(slash) if admin_url[..slash].contains("://") => {
                format!("{}/{name}", &admin_url[..slash])
            }
            _ => return Err("the PostgreSQL URL must end in /<database>".into()),
        };
        Ok(Self {
            admin_url: admin_url.to_owned(),
            name,
            url,
        })
    }

    async fn drop_database(&self) -> Result<(), BenchError> {
        let mut admin = sqlx::PgConnection::connect(&self.admin_url).await?;
        sqlx::query(sqlx::AssertSqlSafe(format!(
            "DROP DATABASE IF EXISTS {} WITH (FORCE)",
            self.name
        )))
        .execute(&mut admin)
        .await?;
        admin.close().await?;
        Ok(())
    }
}

/// A fresh PostgreSQL database for a server process; dropped by [`drop_postgres_database`].
pub async fn create_postgres_database(admin_url: &str) -> Result<(String, String), BenchError> {
    let db = PgDatabase::create(admin_url).await?;
    Ok((db.name, db.url))
}

/// Drops a database made by [`create_postgres_database`].
pub async fn drop_postgres_database(admin_url: &str, name: &str) -> Result<(), BenchError> {
    PgDatabase {
        admin_url: admin_url.to_owned(),
        name: name.to_owned(),
        url: String::new(),
    }
    .drop_database()
    .await
}

// ---------------------------------------------------------------------------------------------
// A small HTTP/1.1 client (one request per connection), enough for the JSON API.

/// One HTTP request; status and JSON body (`Null` when empty). `from` picks the local address
/// (any 127.x.y.z), since registration is limited per client address.
pub async fn http(
    addr: SocketAddr,
    from: Option<Ipv4Addr>,
    method: &str,
    path: &str,
    token: Option<&str>,
    body: Option<&Value>,
) -> Result<(u16, Value), BenchError> {
    let mut stream = connect_tcp(addr, from).await?;
    let body = body.map(Value::to_string).unwrap_or_default();
    let mut request = format!(
        "{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\nContent-Length: {}\r\n",
        body.len()
    );
    if !body.is_empty() {
        request.push_str("Content-Type: application/json\r\n");
    }
    if let Some(token) = token {
        request.push_str(&format!("Authorization: Bearer {token}\r\n"));
    }
    request.push_str("\r\n");
    request.push_str(&body);
    stream.write_all(request.as_bytes()).await?;
    let mut answer = Vec::new();
    stream.read_to_end(&mut answer).await?;
    let text = String::from_utf8_lossy(&answer);
    let (head, body) = text.split_once("\r\n\r\n").ok_or("no end of headers")?;
    let status: u16 = head
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .ok_or("no status")?;
    let value = if body.trim().is_empty() {
        Value::Null
    } else {
        serde_json::from_str(body)?
    };
    Ok((status, value))
}

async fn connect_tcp(addr: SocketAddr, from: Option<Ipv4Addr>) -> Result<TcpStream, BenchError> {
    let socket = TcpSocket::new_v4()?;
    if let Some(from) = from {
        socket.bind(SocketAddr::new(IpAddr::V4(from), 0))?;
    }
    socket.set_nodelay(true)?;
    let stream = socket.connect(addr).await?;
    stream.set_nodelay(true)?;
    Ok(stream)
}

/// `(status, body)` unless the status is `want`.
fn expect_status(what: &str, want: u16, got: (u16, Value)) -> Result<Value, BenchError> {
    if got.0 == want {
        Ok(got.1)
    } else {
        Err(format!("{what}: HTTP {} {}", got.0, got.1).into())
    }
}

/// Registers a young person (languages `de`, `ar`); the bearer token.
pub async fn register_youth(
    addr: SocketAddr,
    from: Option<Ipv4Addr>,
    nickname: &str,
) -> Result<String, BenchError> {
    let reply = http(
        addr,
        from,
        "POST",
        routes::ACCOUNTS,
        None,
        Some(&json!({
            "nickname": nickname,
            "password": "load-test-password-1",
            "age_band": "18_21",
            "languages": ["de", "ar"],
        })),
    )
    .await?;
    let body = expect_status("register", 201, reply)?;
    body["token"]
        .as_str()
        .map(str::to_owned)
        .ok_or_else(|| "no token".into())
}

/// Logs in a counsellor from its `counsellor add` output with a fresh TOTP code, and changes
/// the one-time password at this first login.
async fn login_counsellor(
    addr: SocketAddr,
    name: &str,
    enrolment: &str,
) -> Result<String, BenchError> {
    let mut lines = enrolment.lines();
    lines
        .find(|l| l.starts_with("One-time password"))
        .ok_or("no password in the enrolment")?;
    let password = lines.next().ok_or("no password line")?.trim().to_owned();
    let secret = enrolment
        .lines()
        .find(|l| l.starts_with("otpauth://totp/"))
        .and_then(|uri| {
            uri.split(['?', '&'])
                .find_map(|p| p.strip_prefix("secret="))
        })
        .and_then(totp::decode_base32)
        .ok_or("no TOTP secret in the enrolment")?;
    let secret = TotpSecret::from_bytes(secret);
    let code = format!("{:06}", secret.code_at_step(totp::step_of(sessions::now())));
    let reply = http(
        addr,
        None,
        "POST",
        routes::SESSIONS,
        None,
        Some(&json!({ "nickname": name, "password": password, "totp": code })),
    )
    .await?;
    let body = expect_status("counsellor login", 200, reply)?;
    let token = body["token"]
        .as_str()
        .map(str::to_owned)
        .ok_or("no token")?;
    if body["password_change_required"] == json!(true) {
        // The first login: the one-time password is changed, as the server asks.
        let reply = http(
            addr,
            None,
            "POST",
            routes::ME_PASSWORD,
            Some(&token),
            Some(&json!({
                "current_password": password,
                "new_password": format!("{password} geändert"),
            })),
        )
        .await?;
        expect_status("password change", 204, reply)?;
    }
    Ok(token)
}

// ---------------------------------------------------------------------------------------------
// WebSockets.

type Ws = WebSocketStream<TcpStream>;

/// Opens `/api/ws` (or the baseline's `/ws?account=N`) and, for the real server, authenticates;
/// returns after `ready`.
pub async fn open_socket(
    addr: SocketAddr,
    from: Option<Ipv4Addr>,
    path: &str,
    token: Option<&str>,
) -> Result<Ws, BenchError> {
    let stream = connect_tcp(addr, from).await?;
    let (mut ws, _) = tokio_tungstenite::client_async(format!("ws://{addr}{path}"), stream).await?;
    if let Some(token) = token {
        ws.send(Message::text(
            json!({ "type": "auth", "token": token }).to_string(),
        ))
        .await?;
    }
    loop {
        let frame = tokio::time::timeout(Duration::from_secs(30), ws.next())
            .await
            .map_err(|_| "no ready frame in 30 s")?;
        match frame {
            Some(Ok(Message::Text(text))) => match serde_json::from_str::<ServerMsg>(&text)? {
                ServerMsg::Ready => return Ok(ws),
                ServerMsg::Error { code, .. } => {
                    return Err(format!("refused: {code:?}").into());
                }
                _ => {}
            },
            Some(Ok(_)) => {}
            Some(Err(e)) => return Err(e.into()),
            None => return Err("closed before ready".into()),
        }
    }
}

/// One conversation: an accepted chat enquiry between a young person and a counsellor.
#[derive(Debug, Clone, Copy)]
struct Conversation {
    enquiry: EnquiryId,
    /// Index of the young person's socket.
    youth: usize,
    /// Index of the counsellor's socket.
    counsellor: usize,
}

/// Shared record of every message of a run.
struct Tracker {
    origin: Instant,
    /// Nanoseconds since `origin` + 1 at send (0: not sent).
    sent_at: Vec<AtomicU64>,
    delivered: Vec<AtomicU8>,
    acked: Vec<AtomicU8>,
    delivery_micros: Mutex<Vec<u64>>,
    ack_micros: Mutex<Vec<u64>>,
    last_delivery: AtomicU64,
    first_send: AtomicU64,
    last_send: AtomicU64,
    errors: AtomicU32,
    error_codes: Mutex<Vec<String>>,
    run: String,
}

impl Tracker {
    fn nanos(&self) -> u64 {
        u64::try_from(self.origin.elapsed().as_nanos()).unwrap_or(u64::MAX - 1) + 1
    }

    fn seq_of(&self, client_message_id: &str) -> Option<usize> {
        client_message_id
            .strip_prefix(self.run.as_str())?
            .parse()
            .ok()
            .filter(|seq| *seq < self.sent_at.len())
    }

    fn latency_micros(&self, seq: usize, now: u64) -> Option<u64> {
        let sent = self.sent_at[seq].load(Ordering::Acquire);
        (sent > 0).then(|| now.saturating_sub(sent) / 1000)
    }

    fn on_frame(&self, text: &str) {
        let now = self.nanos();
        let Ok(msg) = serde_json::from_str::<ServerMsg>(text) else {
            self.error("unparsable frame".into());
            return;
        };
        match msg {
            ServerMsg::Ack {
                client_message_id, ..
            } => {
                if let Some(seq) = self.seq_of(client_message_id.as_str())
                    && self.acked[seq].fetch_add(1, Ordering::AcqRel) == 0
                    && let Some(micros) = self.latency_micros(seq, now)
                {
                    lock(&self.ack_micros).push(micros);
                }
            }
            ServerMsg::Message { message } => {
                if let Some(seq) = self.seq_of(message.client_message_id.as_str()) {
                    let before = self.delivered[seq].fetch_add(1, Ordering::AcqRel);
                    if before == 0
                        && let Some(micros) = self.latency_micros(seq, now)
                    {
                        lock(&self.delivery_micros).push(micros);
                    }
                    self.last_delivery.fetch_max(now, Ordering::AcqRel);
                }
            }
            ServerMsg::Error { code, .. } => self.error(format!("{code:?}")),
            _ => {}
        }
    }

    fn error(&self, code: String) {
        self.errors.fetch_add(1, Ordering::Relaxed);
        let mut codes = lock(&self.error_codes);
        if codes.len() < 5 && !codes.contains(&code) {
            codes.push(code);
        }
    }

    fn complete(&self) -> bool {
        let sent = |i: usize| self.sent_at[i].load(Ordering::Acquire) > 0;
        (0..self.sent_at.len()).all(|i| {
            !sent(i)
                || (self.delivered[i].load(Ordering::Acquire) > 0
                    && self.acked[i].load(Ordering::Acquire) > 0)
        })
    }
}

fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(|e| e.into_inner())
}

/// A message to write: its sequence number and enquiry.
type Outgoing = (usize, EnquiryId);

async fn writer(
    mut sink: SplitSink<Ws, Message>,
    mut queue: mpsc::UnboundedReceiver<Outgoing>,
    tracker: Arc<Tracker>,
    padding: String,
) {
    while let Some((seq, enquiry)) = queue.recv().await {
        let frame = json!({
            "type": "send",
            "enquiry_id": enquiry.0,
            "client_message_id": format!("{}{seq}", tracker.run),
            "text": format!("Nachricht {seq}: {padding}"),
        })
        .to_string();
        let now = tracker.nanos();
        tracker.sent_at[seq].store(now, Ordering::Release);
        tracker.first_send.fetch_min(now, Ordering::AcqRel);
        tracker.last_send.fetch_max(now, Ordering::AcqRel);
        if sink.send(Message::text(frame)).await.is_err() {
            tracker.sent_at[seq].store(0, Ordering::Release);
            tracker.error("socket closed while sending".into());
            break;
        }
    }
    let _ = sink.close().await;
}

async fn reader(mut stream: SplitStream<Ws>, tracker: Arc<Tracker>) {
    while let Some(frame) = stream.next().await {
        match frame {
            Ok(Message::Text(text)) => tracker.on_frame(&text),
            Ok(Message::Close(_)) | Err(_) => break,
            Ok(_) => {}
        }
    }
}

/// Sets up `options.conversations` conversations on the target and sends the load; the report.
/// Runs its own client runtime; blocks until done.
pub fn run_load(target: &Target, options: &LoadOptions) -> Result<Report, BenchError> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .thread_name("bench-client")
        .enable_all()
        .build()?;
    runtime.block_on(run_load_async(target, options))
}

async fn run_load_async(target: &Target, options: &LoadOptions) -> Result<Report, BenchError> {
    let conversations = options.conversations.max(1);
    let per_counsellor = options.per_counsellor.max(1);
    let counsellors = conversations.div_ceil(per_counsellor);
    let setup_started = Instant::now();
    // Sockets: young people 0..conversations, then counsellors.
    let baseline_pairs: Vec<(EnquiryId, AccountId, AccountId)> = (0..conversations)
        .map(|i| {
            let id = i64::try_from(i).unwrap_or(i64::MAX);
            (
                EnquiryId(id + 1),
                AccountId(id + 1),
                AccountId(1_000_000 + id / i64::try_from(per_counsellor).unwrap_or(1)),
            )
        })
        .collect();
    let server = start_server(target, counsellors, baseline_pairs.clone())?;
    let addr = server.addr;
    let mut sockets: Vec<Ws> = Vec::new();
    let mut convs = Vec::new();
    if matches!(target, Target::Baseline) {
        for (_, youth, _) in &baseline_pairs {
            sockets.push(open_socket(addr, None, &format!("/ws?account={}", youth.0), None).await?);
        }
        for k in 0..counsellors {
            let account = 1_000_000 + k;
            sockets.push(open_socket(addr, None, &format!("/ws?account={account}"), None).await?);
        }
        for (i, (enquiry, _, _)) in baseline_pairs.iter().enumerate() {
            convs.push(Conversation {
                enquiry: *enquiry,
                youth: i,
                counsellor: conversations + i / per_counsellor,
            });
        }
    } else {
        let mut counsellor_tokens = Vec::new();
        for (name, enrolment) in &server.enrolments {
            counsellor_tokens.push(login_counsellor(addr, name, enrolment).await?);
        }
        // Young people register (Argon2 on the server's blocking pool) and open chat enquiries,
        // all at once.
        let mut joins = tokio::task::JoinSet::new();
        for i in 0..conversations {
            joins.spawn(async move {
                let token = register_youth(addr, None, &format!("bench_y{i}")).await?;
                let reply = http(
                    addr,
                    None,
                    "POST",
                    routes::ENQUIRIES,
                    Some(&token),
                    Some(&json!({
                        "topic": "work",
                        "language": "de",
                        "mode": "chat",
                        "message": "Hallo, ich habe eine Frage.",
                        "client_message_id": format!("open-{i}"),
                    })),
                )
                .await?;
                let body = expect_status("open enquiry", 201, reply)?;
                let id = body["id"].as_i64().ok_or("no enquiry id")?;
                Ok::<_, BenchError>((i, token, EnquiryId(id)))
            });
        }
        let mut youths: Vec<Option<(String, EnquiryId)>> = vec![None; conversations];
        while let Some(joined) = joins.join_next().await {
            let (i, token, id) = joined??;
            youths[i] = Some((token, id));
        }
        let youths: Vec<(String, EnquiryId)> = youths.into_iter().flatten().collect();
        for (i, (_, enquiry)) in youths.iter().enumerate() {
            let k = i / per_counsellor;
            let token = counsellor_tokens.get(k).ok_or("counsellor missing")?;
            let path = format!("/api/counselling/enquiries/{}/accept", enquiry.0);
            let reply = http(addr, None, "POST", &path, Some(token), None).await?;
            expect_status("accept", 200, reply)?;
            convs.push(Conversation {
                enquiry: *enquiry,
                youth: i,
                counsellor: conversations + k,
            });
        }
        for (token, _) in &youths {
            sockets.push(open_socket(addr, None, routes::CHAT_WS, Some(token)).await?);
        }
        for token in &counsellor_tokens {
            sockets.push(open_socket(addr, None, routes::CHAT_WS, Some(token)).await?);
        }
    }
    let setup = setup_started.elapsed();

    let rate = f64::from(options.rate.max(1));
    let total = (rate * options.duration.as_secs_f64()).round() as usize;
    let mut random = [0u8; 4];
    getrandom::fill(&mut random).map_err(|e| e.to_string())?;
    let tracker = Arc::new(Tracker {
        origin: Instant::now(),
        sent_at: (0..total).map(|_| AtomicU64::new(0)).collect(),
        delivered: (0..total).map(|_| AtomicU8::new(0)).collect(),
        acked: (0..total).map(|_| AtomicU8::new(0)).collect(),
        delivery_micros: Mutex::new(Vec::with_capacity(total)),
        ack_micros: Mutex::new(Vec::with_capacity(total)),
        last_delivery: AtomicU64::new(0),
        first_send: AtomicU64::new(u64::MAX),
        last_send: AtomicU64::new(0),
        errors: AtomicU32::new(0),
        error_codes: Mutex::new(Vec::new()),
        run: format!(
            "L{:02x}{:02x}{:02x}{:02x}-",
            random[0], random[1], random[2], random[3]
        ),
    });
    let padding: String = "abcdefghij "
        .chars()
        .cycle()
        .take(options.text_chars)
        .collect();
    let mut queues = Vec::new();
    let mut tasks = Vec::new();
    for ws in sockets {
        let (sink, stream) = ws.split();
        let (tx, rx) = mpsc::unbounded_channel();
        queues.push(tx);
        tasks.push(tokio::spawn(writer(
            sink,
            rx,
            tracker.clone(),
            padding.clone(),
        )));
        tasks.push(tokio::spawn(reader(stream, tracker.clone())));
    }

    // Open loop: message i is handed to its sender's socket at start + i / rate, whatever
    // happened to earlier ones. Conversations take turns; within one, the sides alternate.
    let start = tokio::time::Instant::now() + Duration::from_millis(50);
    for seq in 0..total {
        tokio::time::sleep_until(start + Duration::from_secs_f64(seq as f64 / rate)).await;
        let conv = convs[seq % convs.len()];
        let socket = if (seq / convs.len()) % 2 == 0 {
            conv.youth
        } else {
            conv.counsellor
        };
        if queues[socket].send((seq, conv.enquiry)).is_err() {
            tracker.error("writer gone".into());
        }
    }
    let deadline = Instant::now() + options.drain;
    while !tracker.complete() && Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    // A little longer, to see duplicates that would come after the first delivery.
    tokio::time::sleep(Duration::from_millis(200)).await;
    drop(queues);
    for task in &tasks {
        task.abort();
    }
    drop(server);

    let sent = tracker
        .sent_at
        .iter()
        .filter(|s| s.load(Ordering::Acquire) > 0)
        .count();
    let delivered_once = tracker
        .delivered
        .iter()
        .filter(|d| d.load(Ordering::Acquire) == 1)
        .count();
    let duplicates = tracker
        .delivered
        .iter()
        .map(|d| usize::from(d.load(Ordering::Acquire).saturating_sub(1)))
        .sum();
    let missing = tracker
        .delivered
        .iter()
        .filter(|d| d.load(Ordering::Acquire) == 0)
        .count();
    let acked = tracker
        .acked
        .iter()
        .filter(|a| a.load(Ordering::Acquire) > 0)
        .count();
    let first = tracker.first_send.load(Ordering::Acquire);
    let window = |end: u64| Duration::from_nanos(end.saturating_sub(first));
    Ok(Report {
        target: target.name(),
        scheduled: total,
        sent,
        delivered_once,
        duplicates,
        missing,
        acked,
        errors: tracker.errors.load(Ordering::Relaxed) as usize,
        error_codes: lock(&tracker.error_codes).clone(),
        send_window: window(tracker.last_send.load(Ordering::Acquire)),
        delivery_window: window(tracker.last_delivery.load(Ordering::Acquire)),
        delivery: Stats::of(std::mem::take(&mut *lock(&tracker.delivery_micros))),
        ack: Stats::of(std::mem::take(&mut *lock(&tracker.ack_micros))),
        setup,
    })
}

// ---------------------------------------------------------------------------------------------
// The baseline: the same frames relayed by a bare axum WebSocket server.

mod baseline {
    use super::{AccountId, ClientMsg, EnquiryId, HashMap, MessageId, MessageView, ServerMsg};
    use super::{Side, Timestamp, lock};
    use axum::Router;
    use axum::extract::ws::{Message, WebSocket, WebSocketUpgrade};
    use axum::extract::{Query, State};
    use axum::response::Response;
    use axum::routing::get;
    use std::sync::atomic::{AtomicI64, Ordering};
    use std::sync::{Arc, Mutex};
    use tokio::sync::mpsc;

    #[derive(Clone)]
    struct Relay {
        /// Enquiry → (young person, counsellor).
        pairs: Arc<HashMap<EnquiryId, (AccountId, AccountId)>>,
        conns: Arc<Mutex<HashMap<AccountId, Vec<mpsc::Sender<ServerMsg>>>>>,
        next_id: Arc<AtomicI64>,
    }

    #[derive(serde::Deserialize)]
    struct Join {
        account: i64,
    }

    pub(super) fn router(pairs: Vec<(EnquiryId, AccountId, AccountId)>) -> Router {
        let relay = Relay {
            pairs: Arc::new(pairs.into_iter().map(|(e, y, c)| (e, (y, c))).collect()),
            conns: Arc::default(),
            next_id: Arc::new(AtomicI64::new(1)),
        };
        Router::new().route("/ws", get(upgrade)).with_state(relay)
    }

    async fn upgrade(
        State(relay): State<Relay>,
        Query(join): Query<Join>,
        ws: WebSocketUpgrade,
    ) -> Response {
        ws.on_upgrade(move |socket| serve(relay, AccountId(join.account), socket))
    }

    async fn send(socket: &mut WebSocket, msg: &ServerMsg) -> bool {
        match serde_json::to_string(msg) {
            Ok(text) => socket.send(Message::Text(text.into())).await.is_ok(),
            Err(_) => false,
        }
    }

    async fn serve(relay: Relay, account: AccountId, mut socket: WebSocket) {
        let (tx, mut rx) = mpsc::channel(256);
        lock(&relay.conns).entry(account).or_default().push(tx);
        if !send(&mut socket, &ServerMsg::Ready).await {
            return;
        }
        loop {
            tokio::select! {
                pushed = rx.recv() => {
                    let Some(msg) = pushed else { break };
                    if !send(&mut socket, &msg).await {
                        break;
                    }
                }
                frame = socket.recv() => {
                    let Some(Ok(Message::Text(text))) = frame else { break };
                    let Ok(ClientMsg::Send { enquiry_id, client_message_id, text }) =
                        serde_json::from_str::<ClientMsg>(&text)
                    else {
                        continue;
                    };
                    let Some((youth, counsellor)) = relay.pairs.get(&enquiry_id).copied() else {
                        continue;
                    };
                    let (other, from) = if account == youth {
                        (counsellor, Side::Youth)
                    } else {
                        (youth, Side::Counsellor)
                    };
                    let id = MessageId(relay.next_id.fetch_add(1, Ordering::Relaxed));
                    let pushed = ServerMsg::Message {
                        message: MessageView {
                            id,
                            enquiry: enquiry_id,
                            client_message_id: client_message_id.clone(),
                            from,
                            author: None,
                            text,
                            created_at: Timestamp(0),
                        },
                    };
                    if let Some(conns) = lock(&relay.conns).get(&other) {
                        for conn in conns {
                            let _ = conn.try_send(pushed.clone());
                        }
                    }
                    let ack = ServerMsg::Ack { client_message_id, message_id: id };
                    if !send(&mut socket, &ack).await {
                        break;
                    }
                }
            }
        }
    }
}
