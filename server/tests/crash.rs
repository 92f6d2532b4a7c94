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
use serde_json::json;
use std::path::Path;
use support::PgDatabase;
use support::process::Server;

const NICKNAME: &str = "absturz_test";
const PASSWORD: &str = "sehr-geheim-123";
const TEXT: &str = "Diese Nachricht muss den Absturz überleben.";

fn message_survives_sigkill(data_dir: &Path, database_url: Option<&str>) {
    let server = Server::start(data_dir, database_url, &[]);
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

    let server = Server::start(data_dir, database_url, &[]);
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
