//! Crash test on the real binary: a young person's message is acknowledged, the server process
//! is killed with SIGKILL, a new process starts on the same database, and after logging in
//! again the message is still there (and a resend of it stores no copy). Once on SQLite in a
//! temporary data directory, once on a fresh PostgreSQL database (which must be reachable
//! when `CI` is set). The test talks plain HTTP/1.1 over `std::net::TcpStream`.

#![allow(clippy::expect_used, clippy::unwrap_used)]

// The harness's `on_both_backends!` is not used here: each backend is one test below.
#[allow(unused_macros)]
mod support;

use lernwelt_protocol::routes;
use serde_json::{Value, json};
use std::io::{Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};
use support::PgDatabase;

/// A running server process, killed (SIGKILL) when dropped if still running.
struct Server {
    child: Child,
    addr: SocketAddr,
}

impl Server {
    /// Starts the binary on a free port and waits until `/healthz` answers 200.
    fn start(data_dir: &Path, database_url: Option<&str>) -> Self {
        let addr = TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap();
        let mut command = Command::new(env!("CARGO_BIN_EXE_lernwelt-server"));
        command
            .arg("--listen")
            .arg(addr.to_string())
            .arg("--data-dir")
            .arg(data_dir)
            .env("RUST_LOG", "warn")
            .stdin(Stdio::null())
            .stdout(Stdio::null());
        if let Some(url) = database_url {
            command.arg("--database-url").arg(url);
        }
        let mut server = Self {
            child: command.spawn().expect("start lernwelt-server"),
            addr,
        };
        let deadline = Instant::now() + Duration::from_secs(60);
        loop {
            if let Some(status) = server.child.try_wait().unwrap() {
                panic!("the server exited at start: {status}");
            }
            if let Ok((200, _)) = server.try_request("GET", routes::HEALTH, None, None) {
                return server;
            }
            assert!(Instant::now() < deadline, "the server did not come up");
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// SIGKILL: no shutdown code runs.
    fn kill(mut self) {
        self.child.kill().expect("SIGKILL");
        let status = self.child.wait().unwrap();
        assert!(!status.success(), "killed, not exited: {status}");
    }

    fn request(
        &self,
        method: &str,
        path: &str,
        token: Option<&str>,
        body: Option<&Value>,
    ) -> (u16, Value) {
        self.try_request(method, path, token, body)
            .unwrap_or_else(|e| panic!("{method} {path}: {e}"))
    }

    /// One HTTP/1.1 request on its own connection; the status and the JSON body (`Null` if
    /// empty).
    fn try_request(
        &self,
        method: &str,
        path: &str,
        token: Option<&str>,
        body: Option<&Value>,
    ) -> std::io::Result<(u16, Value)> {
        let mut stream = TcpStream::connect_timeout(&self.addr, Duration::from_secs(5))?;
        stream.set_read_timeout(Some(Duration::from_secs(30)))?;
        let body = body.map(Value::to_string).unwrap_or_default();
        let mut head = format!(
            "{method} {path} HTTP/1.1\r\nHost: {}\r\nConnection: close\r\nContent-Length: {}\r\n",
            self.addr,
            body.len()
        );
        if !body.is_empty() {
            head.push_str("Content-Type: application/json\r\n");
        }
        if let Some(token) = token {
            head.push_str(&format!("Authorization: Bearer {token}\r\n"));
        }
        head.push_str("\r\n");
        stream.write_all(head.as_bytes())?;
        stream.write_all(body.as_bytes())?;
        let mut response = Vec::new();
        stream.read_to_end(&mut response)?;
        let text = String::from_utf8(response).expect("UTF-8 response");
        let (head, body) = text.split_once("\r\n\r\n").expect("end of head");
        let status: u16 = head
            .split(' ')
            .nth(1)
            .and_then(|s| s.parse().ok())
            .expect("status line");
        assert!(
            !head
                .to_ascii_lowercase()
                .contains("transfer-encoding: chunked"),
            "expected a Content-Length body"
        );
        let json = if body.is_empty() {
            Value::Null
        } else {
            serde_json::from_str(body).expect("JSON body")
        };
        Ok((status, json))
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

const NICKNAME: &str = "absturz_test";
const PASSWORD: &str = "sehr-geheim-123";
const TEXT: &str = "Diese Nachricht muss den Absturz überleben.";

fn message_survives_sigkill(data_dir: &Path, database_url: Option<&str>) {
    let server = Server::start(data_dir, database_url);
    let (status, session) = server.request(
        "POST",
        routes::ACCOUNTS,
        None,
        Some(&json!({
            "nickname": NICKNAME,
            "password": PASSWORD,
            "age_band": "18_21",
            "languages": ["de"],
        })),
    );
    assert_eq!(status, 201, "{session}");
    let token = session["token"].as_str().unwrap().to_owned();
    let (status, enquiry) = server.request(
        "POST",
        routes::ENQUIRIES,
        Some(&token),
        Some(&json!({
            "topic": "work",
            "language": "de",
            "mode": "mail",
            "message": "Ich suche Arbeit.",
            "client_message_id": "crash-1",
        })),
    );
    assert_eq!(status, 201, "{enquiry}");
    let id = enquiry["id"].as_i64().unwrap();
    let messages = routes::ENQUIRY_MESSAGES.replace("{id}", &id.to_string());
    let reply = json!({ "client_message_id": "crash-2", "text": TEXT });
    let (status, acknowledged) = server.request("POST", &messages, Some(&token), Some(&reply));
    assert_eq!(status, 201, "{acknowledged}");

    // The acknowledgement is in: kill at once, no graceful shutdown.
    server.kill();

    let server = Server::start(data_dir, database_url);
    let (status, session) = server.request(
        "POST",
        routes::SESSIONS,
        None,
        Some(&json!({ "nickname": NICKNAME, "password": PASSWORD })),
    );
    assert_eq!(status, 200, "{session}");
    let token = session["token"].as_str().unwrap().to_owned();
    let (status, history) = server.request("GET", &messages, Some(&token), None);
    assert_eq!(status, 200, "{history}");
    let history = history["messages"].as_array().unwrap().clone();
    assert_eq!(history.len(), 2, "{history:?}");
    assert_eq!(
        history[1], acknowledged,
        "the acknowledged message, unchanged"
    );
    assert_eq!(history[1]["text"], TEXT);

    // A resend after the crash finds the stored message and makes no copy.
    let (status, resent) = server.request("POST", &messages, Some(&token), Some(&reply));
    assert_eq!(status, 200, "{resent}");
    assert_eq!(resent, acknowledged);
    let (_, history) = server.request("GET", &messages, Some(&token), None);
    assert_eq!(history["messages"].as_array().unwrap().len(), 2);
    server.kill();
}

#[test]
fn sqlite_acknowledged_message_survives_sigkill() {
    let dir = tempfile::tempdir().unwrap();
    message_survives_sigkill(&dir.path().join("data"), None);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 1)]
async fn postgres_acknowledged_message_survives_sigkill() {
    let Some(db) = PgDatabase::create().await else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let data_dir = dir.path().join("data");
    let url = db.url.clone();
    tokio::task::spawn_blocking(move || message_survives_sigkill(&data_dir, Some(&url)))
        .await
        .unwrap();
    drop(db);
}
