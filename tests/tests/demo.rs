//! `scripts/run --demo` end to end: the real server started as `lernwelt-server --demo` does it
//! (its `run` on a new data directory on 127.0.0.1), and the game started with `--demo` and
//! the logins file the server wrote. The desk's "fill in the demo counsellor" gives a login the
//! server takes (password and authenticator code) and the desk shows the demo inbox, callback
//! and moderation queue; then the demo young person logs in at the kiosk and finds the
//! counsellor's answer.
#![allow(clippy::expect_used, clippy::unwrap_used)] // a failing test may panic

#[path = "../../game/tests/support/mod.rs"]
mod support;

mod common;

use std::path::PathBuf;
use std::time::{Duration, Instant};

use bevy::prelude::*;
use clap::Parser;
use lernwelt::core::options::LaunchOptions;
use lernwelt::core::settings::SettingsStore;
use lernwelt::core::state::Place;
use lernwelt::features::account::demo::DemoLogins;
use lernwelt::features::account::{Account, AccountAction, AccountRequest};
use lernwelt::features::counselling::Threads;
use lernwelt::features::desk::Desk;
use lernwelt::i18n::Language;
use lernwelt::interact::{OpenPanel, Panel, PanelKind};
use lernwelt_protocol::{Mode, Role};
use support::{headless_options, temp_file};

use common::until;

/// Starts `lernwelt-server --listen 127.0.0.1:PORT --data-dir NEW --demo` in this process; the
/// address and the logins file once the server answers.
fn start_demo_server() -> (String, PathBuf) {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port();
    let dir = tempfile::tempdir().expect("temp dir").keep().join("demo");
    let config = lernwelt_server::Config::try_parse_from([
        "lernwelt-server".to_owned(),
        "--listen".to_owned(),
        format!("127.0.0.1:{port}"),
        "--data-dir".to_owned(),
        dir.display().to_string(),
        "--demo".to_owned(),
    ])
    .expect("flags parse");
    common::serve_in_background(async move {
        lernwelt_server::run(config)
            .await
            .expect("the demo server runs");
    });
    let file = dir.join(lernwelt_protocol::demo::DEMO_FILE);
    let start = Instant::now();
    while !(file.exists() && std::net::TcpStream::connect(("127.0.0.1", port)).is_ok()) {
        assert!(
            start.elapsed() < Duration::from_secs(60),
            "the demo server started"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    (format!("http://127.0.0.1:{port}"), file)
}

fn state(app: &App) -> String {
    format!(
        "account {:?} / {:?}, desk {:?} ({} in inbox, {} in queue), threads {:?} ({})",
        app.world().resource::<Account>(),
        app.world().resource::<AccountRequest>().error,
        app.world().resource::<Desk>().error,
        app.world().resource::<Desk>().inbox.len(),
        app.world().resource::<Desk>().queue.len(),
        app.world().resource::<Threads>().error,
        app.world().resource::<Threads>().list.len(),
    )
}

#[test]
fn the_demo_accounts_work_on_both_sides() {
    let (server, logins) = start_demo_server();
    let settings = temp_file("demo");
    let mut app = headless_options(
        LaunchOptions {
            scene: Some(Place::JobCentre),
            lang: Some(Language::De),
            server: Some(server),
            demo: Some(logins),
            ..Default::default()
        },
        SettingsStore::at(&settings),
    );
    let demo = app
        .world()
        .get_resource::<DemoLogins>()
        .expect("the game read the demo logins")
        .clone();

    // At the staff door, "fill in the demo counsellor", then "log in".
    app.world_mut().resource_mut::<OpenPanel>().0 = Some(Panel::Kiosk(PanelKind::Desk));
    let filled = demo.counsellor(0);
    assert_eq!(filled.nickname, "Demo-Beraterin");
    app.world_mut().write_message(AccountAction::Login {
        nickname: filled.nickname,
        password: filled.password,
        totp: filled.totp,
        remember: false,
    });
    until(&mut app, "the demo desk", state, |a| {
        let desk = a.world().resource::<Desk>();
        a.world().resource::<Account>().role == Role::Counsellor
            && desk.inbox.len() == 2
            && desk.queue.len() == 1
            && a.world()
                .resource::<Threads>()
                .list
                .iter()
                .any(|e| e.mode == Mode::Callback && e.callback.is_some())
    });

    // The demo young person at the counselling kiosk.
    app.world_mut().write_message(AccountAction::LogOut);
    app.update();
    app.world_mut().resource_mut::<OpenPanel>().0 = Some(Panel::Kiosk(PanelKind::Counselling));
    let filled = demo.youth();
    assert_eq!(filled.nickname, "Demo-Amira");
    assert_eq!(filled.totp, None);
    app.world_mut().write_message(AccountAction::Login {
        nickname: filled.nickname,
        password: filled.password,
        totp: None,
        remember: false,
    });
    until(&mut app, "the young person's demo threads", state, |a| {
        let threads = a.world().resource::<Threads>();
        a.world().resource::<Account>().role == Role::Youth
            && threads.list.len() == 2
            && threads
                .list
                .iter()
                .any(|e| e.language == Language::Ar && e.unread > 0)
    });
}
