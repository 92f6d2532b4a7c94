//! `--demo` from outside. The binary refuses anything but a new data directory on a loopback
//! address with SQLite, and then writes nothing; on a new directory the demo logins written to
//! `demo-accounts.json` work, and the counsellor's inbox, callbacks and moderation queue, the
//! young person's enquiries and the forum hold the demo.

#![allow(clippy::expect_used, clippy::unwrap_used)]

#[allow(unused_macros)] // --demo is SQLite only: no per-backend cases
mod support;

use axum::http::StatusCode;
use lernwelt_protocol::demo::{DEMO_FILE, DemoAccounts};
use lernwelt_protocol::{
    EnquiriesResponse, InboxResponse, Language, Mode, ModerationQueueResponse, ThreadsResponse,
    routes,
};
use lernwelt_server::passwords::{PasswordParams, Passwords};
use lernwelt_server::totp::{TotpSecret, decode_base32};
use lernwelt_server::{AppState, app};
use lernwelt_server::{demo, sessions};
use serde_json::json;
use std::path::Path;
use std::process::Command;
use support::Req;

/// Runs `lernwelt-server --demo` with `args`; whether it failed, and what it printed.
fn demo_refused(args: &[&str], data_dir: &Path) -> String {
    let output = Command::new(env!("CARGO_BIN_EXE_lernwelt-server"))
        .arg("--demo")
        .args(args)
        .arg("--data-dir")
        .arg(data_dir)
        .env_remove("LERNWELT_DATABASE_URL")
        .env_remove("LERNWELT_LISTEN")
        .env("RUST_LOG", "info")
        .output()
        .expect("run lernwelt-server");
    assert!(!output.status.success(), "--demo {args:?} was not refused");
    format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    )
}

#[test]
fn demo_refuses_a_reachable_address_another_database_or_a_used_directory() {
    let dir = tempfile::tempdir().unwrap();
    let new = dir.path().join("new");

    let said = demo_refused(&["--listen", "0.0.0.0:0"], &new);
    assert!(said.contains("only on a loopback address"), "{said}");
    assert!(!new.exists(), "nothing is created");

    let said = demo_refused(
        &[
            "--listen",
            "127.0.0.1:0",
            "--database-url",
            "postgres://nobody@127.0.0.1:1/none",
        ],
        &new,
    );
    assert!(said.contains("leave out --database-url"), "{said}");
    assert!(!new.exists(), "nothing is created");

    let used = dir.path().join("used");
    std::fs::create_dir(&used).unwrap();
    std::fs::write(used.join("notes.txt"), "real data").unwrap();
    let said = demo_refused(&["--listen", "127.0.0.1:0"], &used);
    assert!(said.contains("new, empty data directory"), "{said}");
    let left: Vec<_> = std::fs::read_dir(&used)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(left, ["notes.txt"], "the used directory is left alone");
}

#[tokio::test]
async fn demo_fills_a_new_directory_with_both_sides() {
    // As `lernwelt-server --demo` does it: the database and the logins in one new directory.
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let store = lernwelt_server::store::open(&data, None).await.unwrap();
    let h = Harness {
        app: app(AppState::new(store.clone(), support::test_settings()).unwrap()),
        store,
    };
    {
        let dir = &data;
        let passwords = Passwords::new(PasswordParams::insecure_fast_for_tests(), 2).unwrap();
        demo::seed(h.store.as_ref(), &passwords, dir, sessions::now())
            .await
            .expect("the demo is made");

        let file = dir.join(DEMO_FILE);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&file).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600, "only the owner reads the logins");
        }
        let logins: DemoAccounts = serde_json::from_slice(&std::fs::read(&file).unwrap()).unwrap();

        // The counsellor logs in with the password and the authenticator's code.
        let secret = TotpSecret::from_bytes(
            decode_base32(logins.counsellor.totp_secret.as_deref().expect("a secret")).unwrap(),
        );
        let reply = Req::post(routes::SESSIONS)
            .json(&json!({
                "nickname": logins.counsellor.nickname.as_str(),
                "password": logins.counsellor.password.expose(),
                "totp": secret.code_at(sessions::now()),
            }))
            .send(&h.app)
            .await;
        assert_eq!(reply.status, StatusCode::OK, "{:?}", reply.json());
        let staff = reply.token();

        let inbox: InboxResponse = serde_json::from_value(
            Req::get(routes::INBOX)
                .bearer(&staff)
                .send(&h.app)
                .await
                .json(),
        )
        .unwrap();
        let mut languages: Vec<Language> =
            inbox.enquiries.iter().map(|i| i.enquiry.language).collect();
        languages.sort_by_key(|l| l.code());
        assert_eq!(languages, [Language::De, Language::Tr], "two new enquiries");

        let mine: EnquiriesResponse = serde_json::from_value(
            Req::get(routes::ENQUIRIES)
                .bearer(&staff)
                .send(&h.app)
                .await
                .json(),
        )
        .unwrap();
        assert_eq!(mine.enquiries.len(), 2, "an answered letter and a callback");
        let callback = mine
            .enquiries
            .iter()
            .find(|e| e.mode == Mode::Callback)
            .and_then(|e| e.callback.as_ref())
            .expect("the callback with its number");
        assert_eq!(callback.phone.as_str(), "015123456789");
        assert!(callback.window.from() > sessions::now(), "a window to come");

        let queue: ModerationQueueResponse = serde_json::from_value(
            Req::get(routes::FORUM_MODERATION_QUEUE)
                .bearer(&staff)
                .send(&h.app)
                .await
                .json(),
        )
        .unwrap();
        assert_eq!(queue.posts.len(), 1, "one flagged post waits");
        assert_eq!(queue.posts[0].flags, Some(2));
        assert!(!queue.posts[0].hidden, "two flags do not hide it yet");

        // The young person logs in and finds two enquiries, one with the counsellor's answers.
        let reply = Req::post(routes::SESSIONS)
            .json(&json!({
                "nickname": logins.youth.nickname.as_str(),
                "password": logins.youth.password.expose(),
            }))
            .send(&h.app)
            .await;
        assert_eq!(reply.status, StatusCode::OK, "{:?}", reply.json());
        let youth = reply.token();
        let theirs: EnquiriesResponse = serde_json::from_value(
            Req::get(routes::ENQUIRIES)
                .bearer(&youth)
                .send(&h.app)
                .await
                .json(),
        )
        .unwrap();
        assert_eq!(theirs.enquiries.len(), 2);
        assert!(
            theirs
                .enquiries
                .iter()
                .any(|e| e.language == Language::Ar && e.unread > 0),
            "an answer waits to be read"
        );

        let board: ThreadsResponse = serde_json::from_value(
            Req::get(routes::FORUM_THREADS)
                .bearer(&youth)
                .send(&h.app)
                .await
                .json(),
        )
        .unwrap();
        assert_eq!(board.threads.len(), 4);
        assert!(board.threads[0].pinned && board.threads[0].by_staff);
        let mut seen: Vec<&str> = board.threads.iter().map(|t| t.language.code()).collect();
        seen.sort_unstable();
        assert_eq!(seen, ["ar", "de", "de", "ru"]);

        // A second demo into the same directory is refused (the logins file exists).
        assert!(
            demo::seed(h.store.as_ref(), &passwords, dir, sessions::now())
                .await
                .is_err()
        );
    }
}

/// The server over the demo's store.
struct Harness {
    store: std::sync::Arc<dyn lernwelt_server::Store>,
    app: axum::Router,
}
