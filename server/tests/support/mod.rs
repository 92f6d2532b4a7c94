//! Test harness: builds the server's `Router` over a fresh database (a temporary SQLite file,
//! or a freshly created PostgreSQL database that is dropped afterwards) and sends requests to
//! it with `oneshot`, as a client would.
//!
//! PostgreSQL is expected at `LERNWELT_TEST_POSTGRES_URL` (default
//! `postgres://postgres@127.0.0.1:5432/test`; that database is only used to create and drop
//! the per-test ones). If it cannot be reached the PostgreSQL half fails when `CI` is set and is
//! skipped with a loud note otherwise.

#![allow(clippy::expect_used, clippy::unwrap_used)]
// Each test binary uses its own part of the harness.
#![allow(dead_code)]

/// Generates one test per case and backend: `sqlite::<case>` and `postgres::<case>`.
macro_rules! on_both_backends {
    ($($case:ident),* $(,)?) => {
        mod sqlite {
            $(
                #[tokio::test]
                async fn $case() {
                    super::support::run(super::support::Backend::Sqlite, super::$case).await;
                }
            )*
        }
        mod postgres {
            $(
                #[tokio::test]
                async fn $case() {
                    super::support::run(super::support::Backend::Postgres, super::$case).await;
                }
            )*
        }
    };
}

pub mod avatars;
pub mod process;
pub mod ws;

use axum::Router;
use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::http::{HeaderMap, Method, Request, StatusCode, header};
use clap::Parser;
use http_body_util::BodyExt;
use lernwelt_protocol::routes;
use lernwelt_protocol::{ApiError, ErrorCode};
use lernwelt_server::admin;
use lernwelt_server::lockout::LockoutPolicy;
use lernwelt_server::passwords::{PasswordParams, Passwords};
use lernwelt_server::presence::room::Grace;
use lernwelt_server::rate_limit::RateLimit;
use lernwelt_server::serve::Transport;
use lernwelt_server::sessions;
use lernwelt_server::store::{PostgresStore, RowCounts, SqliteStore};
use lernwelt_server::totp::{self, TotpSecret};
use lernwelt_server::{AppState, Settings, Store, app};
use serde::Serialize;
use serde_json::{Value, json};
use sqlx::Connection;
use std::cell::Cell;
use std::future::Future;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

/// Which database a test runs on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// Settings for tests: cheap password hashing and limits too high to get in the way.
pub fn test_settings() -> Settings {
    let plenty = RateLimit {
        burst: 10_000,
        refill_every: Duration::from_millis(1),
    };
    Settings {
        session_ttl: Duration::from_secs(3600),
        staff_session_ttl: Duration::from_secs(1800),
        password_params: PasswordParams::insecure_fast_for_tests(),
        hash_concurrency: 4,
        register_limit: plenty,
        login_limit: plenty,
        login_lockout: LockoutPolicy::default(),
        post_limit: plenty,
        flag_limit: plenty,
        reaction_limit: plenty,
        ws_frame_limit: plenty,
        ws_step_limit: plenty,
        presence_grace: Grace::default(),
        ws_heartbeat: Duration::from_secs(20),
        retention: lernwelt_server::retention::Policy {
            closed: Duration::from_secs(30 * 24 * 3600),
            ..lernwelt_server::retention::Policy::default()
        },
        retention_every: Duration::from_secs(3600),
        web_dir: None,
        transport: Transport::default(),
        trusted_proxies: Vec::new(),
        ws_connect_limit: plenty,
    }
}

/// A server over its own fresh database.
pub struct Harness {
    pub store: Arc<dyn Store>,
    pub app: Router,
    /// What `app` was made from (its live-chat hub and settings, for serving it over TCP).
    pub state: AppState,
    /// Held to be dropped after the test: the temporary SQLite directory or the PostgreSQL
    /// database.
    cleanup: (Option<tempfile::TempDir>, Option<PgDatabase>),
}

impl Harness {
    /// Another router over the same database, with other settings.
    pub fn app_with(&self, settings: Settings) -> Router {
        app(self.state_with(settings))
    }

    /// Another server state over the same database, with other settings.
    pub fn state_with(&self, settings: Settings) -> AppState {
        AppState::new(self.store.clone(), settings).expect("state")
    }

    /// A connection pool of its own to this harness's database, as a second server process
    /// over the same database has.
    pub async fn second_store(&self) -> Arc<dyn Store> {
        match &self.cleanup {
            (Some(dir), _) => Arc::new(
                SqliteStore::open(&dir.path().join(SQLITE_FILE))
                    .await
                    .expect("open the SQLite file again"),
            ),
            (_, Some(db)) => Arc::new(
                PostgresStore::connect(&db.url)
                    .await
                    .expect("connect to the test database again"),
            ),
            (None, None) => panic!("a harness without a database"),
        }
    }

    /// Row counts of every table.
    pub async fn counts(&self) -> RowCounts {
        self.store.counts().await.expect("counts")
    }

    /// Runs `statement` on the database itself, past the server (as an older version of it
    /// could have written), with `text` as its one parameter `$1`.
    pub async fn sql(&self, statement: &'static str, text: &str) {
        // The same statement on either backend's own connection type.
        macro_rules! run_on {
            ($connect:expr) => {{
                let mut conn = $connect.await.expect("connect to the database");
                sqlx::query(statement)
                    .bind(text)
                    .execute(&mut conn)
                    .await
                    .expect(statement);
                conn.close().await.expect("close");
            }};
        }
        match &self.cleanup {
            (Some(dir), _) => {
                let file = dir.path().join(SQLITE_FILE);
                run_on!(sqlx::SqliteConnection::connect(&format!(
                    "sqlite://{}",
                    file.display()
                )))
            }
            (_, Some(db)) => run_on!(sqlx::PgConnection::connect(&db.url)),
            (None, None) => panic!("a harness without a database"),
        }
    }
}

/// The SQLite file of a harness, in its temporary directory.
const SQLITE_FILE: &str = "test.sqlite3";

/// Runs `case` on a fresh server over `backend`.
pub async fn run<F, Fut>(backend: Backend, case: F)
where
    F: FnOnce(Harness) -> Fut,
    Fut: Future<Output = ()>,
{
    let harness = match backend {
        Backend::Sqlite => {
            let dir = tempfile::tempdir().expect("temp dir");
            let store = SqliteStore::open(&dir.path().join(SQLITE_FILE))
                .await
                .expect("open sqlite");
            harness(Arc::new(store), (Some(dir), None))
        }
        Backend::Postgres => {
            let Some(db) = PgDatabase::create().await else {
                return;
            };
            let store = PostgresStore::connect(&db.url)
                .await
                .expect("connect to the test database");
            harness(Arc::new(store), (None, Some(db)))
        }
    };
    case(harness).await;
}

fn harness(
    store: Arc<dyn Store>,
    cleanup: (Option<tempfile::TempDir>, Option<PgDatabase>),
) -> Harness {
    let state = AppState::new(store.clone(), test_settings()).expect("state");
    let app = app(state.clone());
    Harness {
        state,
        store,
        app,
        cleanup,
    }
}

/// A PostgreSQL database made for one test and dropped (even after a panic) when this goes.
pub struct PgDatabase {
    admin_url: String,
    name: String,
    /// The URL of the fresh database.
    pub url: String,
}

impl PgDatabase {
    /// A fresh database, dropped with the value; `None` (after a loud note) if PostgreSQL is
    /// unreachable and `CI` is not set.
    pub async fn create() -> Option<Self> {
        let admin_url = std::env::var("LERNWELT_TEST_POSTGRES_URL")
            .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/test".to_owned());
        let mut admin = match sqlx::PgConnection::connect(&admin_url).await {
            Ok(conn) => conn,
            Err(e) => {
                if std::env::var_os("CI").is_some() {
                    panic!(
                        "PostgreSQL at {admin_url} is not reachable ({e}); CI must run the \
                         PostgreSQL half of the suite (scripts/services.sh starts it)"
                    );
                }
                eprintln!(
                    "\n!!!!!!!! PostgreSQL at {admin_url} is not reachable ({e}): the PostgreSQL \
                     half of this test is SKIPPED. Start it with: \
                     . scripts/services.sh && lernwelt_ensure_postgres\n"
                );
                return None;
            }
        };
        let mut random = [0u8; 8];
        getrandom::fill(&mut random).expect("random");
        let suffix: String = random.iter().map(|b| format!("{b:02x}")).collect();
        let name = format!("lw_test_{suffix}");
        sqlx::query(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
            .execute(&mut admin)
            .await
            .expect("create the test database");
        admin.close().await.ok();
        let url = match admin_url.rfind('/') {
            Some(slash) if admin_url[..slash].contains("://") => {
                format!("{}/{name}", &admin_url[..slash])
            }
            _ => panic!("LERNWELT_TEST_POSTGRES_URL must end in /<database>"),
        };
        Some(Self {
            admin_url,
            name,
            url,
        })
    }
}

impl Drop for PgDatabase {
    fn drop(&mut self) {
        let admin_url = self.admin_url.clone();
        let name = self.name.clone();
        // Drop runs inside the test's runtime, which cannot be blocked on: use a thread with
        // its own small runtime. FORCE closes connections the test's pool still holds.
        let dropped = std::thread::spawn(move || {
            let runtime = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .expect("runtime");
            runtime.block_on(async move {
                let mut admin = sqlx::PgConnection::connect(&admin_url).await?;
                sqlx::query(sqlx::AssertSqlSafe(format!(
                    "DROP DATABASE IF EXISTS {name} WITH (FORCE)"
                )))
                .execute(&mut admin)
                .await?;
                admin.close().await
            })
        })
        .join();
        if !matches!(dropped, Ok(Ok(()))) {
            eprintln!("could not drop the test database {}", self.name);
        }
    }
}

/// A response as the tests look at it.
#[derive(Debug)]
pub struct Reply {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: Vec<u8>,
}

impl Reply {
    /// The body as JSON.
    pub fn json(&self) -> Value {
        serde_json::from_slice(&self.body).unwrap_or_else(|e| {
            panic!(
                "body is not JSON ({e}): {:?}",
                String::from_utf8_lossy(&self.body)
            )
        })
    }

    /// The body as an `ApiError`, after checking it is served as JSON.
    pub fn error(&self) -> ApiError {
        assert_eq!(
            self.headers
                .get(header::CONTENT_TYPE)
                .and_then(|v| v.to_str().ok()),
            Some("application/json"),
            "error bodies are JSON"
        );
        serde_json::from_slice(&self.body).unwrap_or_else(|e| {
            panic!(
                "body is not an ApiError ({e}): {:?}",
                String::from_utf8_lossy(&self.body)
            )
        })
    }

    /// Asserts status and error code; returns the error.
    #[track_caller]
    pub fn expect_error(&self, status: StatusCode, code: ErrorCode) -> ApiError {
        assert_eq!(
            self.status,
            status,
            "body: {}",
            String::from_utf8_lossy(&self.body)
        );
        let error = self.error();
        assert_eq!(error.code, code);
        error
    }

    /// The bearer token of a `SessionResponse` body.
    pub fn token(&self) -> String {
        self.json()["token"].as_str().expect("token").to_owned()
    }
}

/// A request to send.
pub struct Req {
    request: Request<Body>,
}

impl Req {
    pub fn new(method: Method, uri: &str) -> Self {
        Self {
            request: Request::builder()
                .method(method)
                .uri(uri)
                .body(Body::empty())
                .expect("request"),
        }
    }

    pub fn get(uri: &str) -> Self {
        Self::new(Method::GET, uri)
    }

    pub fn post(uri: &str) -> Self {
        Self::new(Method::POST, uri)
    }

    pub fn delete(uri: &str) -> Self {
        Self::new(Method::DELETE, uri)
    }

    pub fn put(uri: &str) -> Self {
        Self::new(Method::PUT, uri)
    }

    /// A JSON body made from `value`.
    pub fn json(self, value: &impl Serialize) -> Self {
        self.raw_json(serde_json::to_vec(value).expect("serialise"))
    }

    /// These bytes as an `application/json` body.
    pub fn raw_json(self, bytes: impl Into<Vec<u8>>) -> Self {
        self.header(header::CONTENT_TYPE.as_str(), "application/json")
            .body(bytes)
    }

    /// These bytes as the body, with no content type.
    pub fn body(mut self, bytes: impl Into<Vec<u8>>) -> Self {
        *self.request.body_mut() = Body::from(bytes.into());
        self
    }

    pub fn header(mut self, name: &'static str, value: &str) -> Self {
        self.request
            .headers_mut()
            .insert(name, value.parse().expect("header value"));
        self
    }

    pub fn bearer(self, token: &str) -> Self {
        self.header(header::AUTHORIZATION.as_str(), &format!("Bearer {token}"))
    }

    /// As if the connection came from `addr`.
    pub fn client_addr(mut self, addr: &str) -> Self {
        let addr: SocketAddr = addr.parse().expect("socket address");
        self.request.extensions_mut().insert(ConnectInfo(addr));
        self
    }

    /// Sends the request through `app` and collects the whole response.
    pub async fn send(self, app: &Router) -> Reply {
        use tower::ServiceExt;
        let response = app.clone().oneshot(self.request).await.expect("infallible");
        let status = response.status();
        let headers = response.headers().clone();
        let body = response
            .into_body()
            .collect()
            .await
            .expect("body")
            .to_bytes()
            .to_vec();
        Reply {
            status,
            headers,
            body,
        }
    }
}

/// Runs an admin command (the words after `lernwelt-server`) on the harness's database.
pub async fn admin(h: &Harness, words: &[&str]) -> Result<String, admin::AdminError> {
    let config = lernwelt_server::Config::try_parse_from(
        std::iter::once("lernwelt-server").chain(words.iter().copied()),
    )
    .expect("admin command parses");
    let passwords = Passwords::new(PasswordParams::insecure_fast_for_tests(), 2).expect("hasher");
    admin::execute(
        h.store.as_ref(),
        &passwords,
        config.command.as_ref().expect("a command"),
        sessions::now(),
    )
    .await
}

/// A counsellor made with `counsellor add`, as the person holding the one-time password and
/// the authenticator app.
pub struct Counsellor {
    pub name: String,
    /// The one-time password `counsellor add` printed.
    pub password: String,
    pub secret: TotpSecret,
    /// The newest TOTP step a code was made for (the server accepts each step once).
    last_step: Cell<i64>,
    /// Whether [`login_counsellor`] has changed the one-time password (to
    /// [`Counsellor::new_password`]), as the server asks at the first login.
    changed: Cell<bool>,
}

impl Counsellor {
    /// What `counsellor add` printed: the one-time password and the enrolment URI.
    pub fn from_enrolment(name: &str, output: &str) -> Self {
        let (password, secret) = admin::read_enrolment(output).expect("an enrolment");
        Self {
            name: name.to_owned(),
            password,
            secret,
            last_step: Cell::new(i64::MIN),
            changed: Cell::new(false),
        }
    }

    /// The password [`login_counsellor`] changes the one-time password to.
    pub fn new_password(&self) -> String {
        format!("{} geändert", self.password)
    }

    /// The password the account has now.
    pub fn current_password(&self) -> String {
        if self.changed.get() {
            self.new_password()
        } else {
            self.password.clone()
        }
    }

    /// A code the server has not seen yet, as the authenticator app would show it now (or in
    /// the next step, which the server accepts as clock drift; waits if both are used).
    pub async fn next_code(&self) -> String {
        loop {
            let now = totp::step_of(sessions::now());
            let step = now.max(self.last_step.get().saturating_add(1));
            if step <= now + 1 {
                self.last_step.set(step);
                return format!("{:06}", self.secret.code_at_step(step));
            }
            tokio::time::sleep(Duration::from_secs(1)).await;
        }
    }
}

/// Makes a counsellor with `counsellor add --name … --languages …`.
pub async fn add_counsellor(h: &Harness, name: &str, languages: &str) -> Counsellor {
    let output = admin(
        h,
        &[
            "counsellor",
            "add",
            "--name",
            name,
            "--languages",
            languages,
        ],
    )
    .await
    .expect("counsellor add");
    Counsellor::from_enrolment(name, &output)
}

/// Logs a counsellor in with password and a fresh TOTP code; the bearer token. At the first
/// login the one-time password is changed (to [`Counsellor::new_password`]), as the server
/// asks, so the session may do everything.
pub async fn login_counsellor(h: &Harness, counsellor: &Counsellor) -> String {
    let reply = Req::post(routes::SESSIONS)
        .json(&json!({
            "nickname": counsellor.name,
            "password": counsellor.current_password(),
            "totp": counsellor.next_code().await,
        }))
        .send(&h.app)
        .await;
    assert_eq!(reply.status, StatusCode::OK, "{:?}", reply.json());
    let token = reply.token();
    if reply.json()["password_change_required"] == json!(true) {
        let changed = Req::post(routes::ME_PASSWORD)
            .bearer(&token)
            .json(&json!({
                "current_password": counsellor.password,
                "new_password": counsellor.new_password(),
            }))
            .send(&h.app)
            .await;
        assert_eq!(changed.status, StatusCode::NO_CONTENT, "{:?}", changed.body);
        counsellor.changed.set(true);
    }
    token
}

/// Registers a young person; the bearer token.
/// The password [`register_youth`] gives every young person.
pub const YOUTH_PASSWORD: &str = "sehr-geheim-123";

pub async fn register_youth(h: &Harness, nickname: &str) -> String {
    let reply = Req::post(routes::ACCOUNTS)
        .json(&json!({
            "nickname": nickname,
            "password": YOUTH_PASSWORD,
            "age_band": "18_21",
            "languages": ["ar", "de"],
        }))
        .send(&h.app)
        .await;
    assert_eq!(reply.status, StatusCode::CREATED, "{:?}", reply.json());
    reply.token()
}

/// A new session of a young person made by [`register_youth`] (a login, as on another device).
pub async fn login_youth(h: &Harness, nickname: &str) -> String {
    let reply = Req::post(routes::SESSIONS)
        .json(&json!({ "nickname": nickname, "password": YOUTH_PASSWORD }))
        .send(&h.app)
        .await;
    assert_eq!(reply.status, StatusCode::OK, "{:?}", reply.json());
    reply.token()
}

/// Collects what the server logs while a test runs on this thread.
#[derive(Clone, Default)]
pub struct LogBuffer(pub std::sync::Arc<std::sync::Mutex<Vec<u8>>>);

impl std::io::Write for LogBuffer {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl LogBuffer {
    /// Everything logged so far.
    pub fn text(&self) -> String {
        String::from_utf8(self.0.lock().unwrap().clone()).unwrap()
    }
}

/// A request body that must be refused, and the error it must get.
pub struct Bad {
    pub what: &'static str,
    pub body: Vec<u8>,
    pub content_type: Option<&'static str>,
    pub status: StatusCode,
    pub code: ErrorCode,
    pub field: Option<&'static str>,
}

/// A JSON body that must be refused with `status`, `code` and (optionally) `field`.
pub fn bad(
    what: &'static str,
    body: impl Into<Vec<u8>>,
    status: StatusCode,
    code: ErrorCode,
    field: Option<&'static str>,
) -> Bad {
    Bad {
        what,
        body: body.into(),
        content_type: Some("application/json"),
        status,
        code,
        field,
    }
}

/// The NATS server for the tests of several instances: `LERNWELT_TEST_NATS_URL` (default
/// `nats://127.0.0.1:4222`). `None` (after a loud note) if it does not answer and `CI` is not
/// set; in CI it must (scripts/services.sh starts it).
pub fn nats_url() -> Option<String> {
    let url = std::env::var("LERNWELT_TEST_NATS_URL")
        .unwrap_or_else(|_| "nats://127.0.0.1:4222".to_owned());
    let host = url.trim_start_matches("nats://");
    let reachable = host
        .parse::<SocketAddr>()
        .map_err(|e| e.to_string())
        .and_then(|addr| {
            std::net::TcpStream::connect_timeout(&addr, Duration::from_secs(2))
                .map_err(|e| e.to_string())
        });
    match reachable {
        Ok(_) => Some(url),
        Err(e) if std::env::var_os("CI").is_some() => panic!(
            "NATS at {url} is not reachable ({e}); CI must run the tests of several instances \
             (scripts/services.sh starts it)"
        ),
        Err(e) => {
            eprintln!(
                "\n!!!!!!!! NATS at {url} is not reachable ({e}): this test of several instances \
                 is SKIPPED. Start it with: . scripts/services.sh && lernwelt_ensure_nats\n"
            );
            None
        }
    }
}

/// A subject prefix of its own for one test, so that tests running at once on the same NATS
/// server do not hear each other.
pub fn broker_prefix() -> String {
    let mut random = [0u8; 6];
    getrandom::fill(&mut random).expect("random");
    let suffix: String = random.iter().map(|b| format!("{b:02x}")).collect();
    format!("lwtest.{suffix}")
}
