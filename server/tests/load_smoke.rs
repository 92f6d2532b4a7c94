//! Smoke test of the load benchmark's driver (`benches/load`): a short, slow run on SQLite,
//! PostgreSQL and the baseline relay, in which every message must be acknowledged and
//! delivered exactly once. No timing is asserted: the figures are the benchmark's business.

#![allow(clippy::expect_used, clippy::unwrap_used)]

#[allow(dead_code)]
#[path = "../benches/load/driver.rs"]
mod driver;

use driver::{LoadOptions, Target};
use std::time::Duration;

fn options() -> LoadOptions {
    LoadOptions {
        rate: 40,
        duration: Duration::from_secs(1),
        conversations: 4,
        per_counsellor: 2,
        text_chars: 40,
        drain: Duration::from_secs(30),
    }
}

fn every_message_once(target: &Target) {
    let report = driver::run_load(target, &options()).expect("load run");
    assert_eq!(report.scheduled, 40, "{report:?}");
    assert_eq!(report.sent, report.scheduled, "{report:?}");
    assert_eq!(report.acked, report.scheduled, "{report:?}");
    assert_eq!(report.delivered_once, report.scheduled, "{report:?}");
    assert_eq!(report.duplicates, 0, "{report:?}");
    assert_eq!(report.missing, 0, "{report:?}");
    assert_eq!(report.errors, 0, "{report:?}");
}

#[test]
fn baseline_delivers_every_message_once() {
    every_message_once(&Target::Baseline);
}

#[test]
fn sqlite_delivers_every_message_once() {
    every_message_once(&Target::Sqlite);
}

#[test]
fn postgres_delivers_every_message_once() {
    let admin_url = std::env::var("LERNWELT_TEST_POSTGRES_URL")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/test".to_owned());
    let reachable = std::net::TcpStream::connect_timeout(
        &"127.0.0.1:5432".parse().unwrap(),
        Duration::from_secs(2),
    )
    .is_ok()
        || !admin_url.contains("127.0.0.1:5432");
    if !reachable && std::env::var_os("CI").is_none() {
        eprintln!(
            "\n!!!!!!!! PostgreSQL at {admin_url} is not reachable: the PostgreSQL load smoke \
             test is SKIPPED. Start it with: . scripts/services.sh && lernwelt_ensure_postgres\n"
        );
        return;
    }
    every_message_once(&Target::Postgres { admin_url });
}
