//! The hand-over to a counsellor against the real server (in process, on a fresh SQLite file,
//! over real HTTP): a practice interview's review goes out as a new enquiry after an anonymous
//! account is made; a letter written while the server cannot be reached waits on the device,
//! survives a restart of the game, and arrives once.
#![allow(clippy::expect_used, clippy::unwrap_used)] // a failing test may panic

#[path = "../../game/tests/support/mod.rs"]
mod support;

mod common;

use std::net::SocketAddr;
use std::time::{Duration, Instant};

use bevy::prelude::*;
use common::{get, start_server_with};
use lernwelt::core::state::Place;
use lernwelt::dev::play_demo;
use lernwelt::features::account::{Account, AccountAction, AccountRequest};
use lernwelt::features::counselling::outbox::{
    Opening, Outbox, OutboxAction, Sender, Status, Subject,
};
use lernwelt::features::interview::scripts::Scripts;
use lernwelt::features::interview::{Interview, Stage, report};
use lernwelt::i18n::{Language, Locales};
use lernwelt::net::ServerUrl;
use lernwelt_protocol::{AgeBand, EnquiriesResponse, MessagesResponse, routes};
use support::*;

fn game(server: &str, settings: &std::path::Path) -> App {
    common::game(server, settings, Place::InterviewRoom, Language::Ar)
}

fn start_server() -> SocketAddr {
    start_server_with(None).0
}

/// Steps the game until `done` holds.
fn until(app: &mut App, what: &str, done: impl Fn(&App) -> bool) {
    common::until(
        app,
        what,
        |a| {
            format!(
                "status {:?}, account error {:?}",
                a.world().resource::<Sender>().status,
                a.world().resource::<AccountRequest>().error
            )
        },
        done,
    );
}

fn status(app: &App) -> Status {
    app.world().resource::<Sender>().status.clone()
}

/// The demo interview played to its end; returns its report.
fn finished_interview(app: &mut App) -> String {
    let scripts = app.world().resource::<Scripts>().clone();
    let mut interview = app.world_mut().resource_mut::<Interview>();
    play_demo(&mut interview, &scripts, None).expect("demo interview");
    let Stage::Review { review, .. } = &interview.0 else {
        panic!("the demo ends in a review");
    };
    let review = review.clone();
    report(&review, app.world().resource::<Locales>())
}

fn send(app: &mut App, text: &str) {
    app.world_mut().write_message(OutboxAction::Send {
        subject: Subject::Interview,
        opening: Opening::default(),
        language: Language::Ar,
        text: text.to_owned(),
    });
}

/// The texts of an enquiry's messages, part labels removed, joined.
fn thread_text(server: &str, enquiry: i64, token: &str) -> String {
    let path = routes::enquiry_path(
        routes::ENQUIRY_MESSAGES,
        lernwelt_protocol::EnquiryId(enquiry),
    );
    let messages: MessagesResponse = get(server, &path, token);
    messages
        .messages
        .iter()
        .map(|m| {
            let text = m.text.as_str();
            match text.strip_prefix('[').and_then(|t| t.split_once("] ")) {
                Some((_, rest)) => rest.to_owned(),
                None => text.to_owned(),
            }
        })
        .collect()
}

#[test]
fn a_review_reaches_the_server_as_an_enquiry_after_an_account_is_made() {
    let addr = start_server();
    let server = format!("http://{addr}");
    let settings = temp_file("handover");
    let mut app = game(&server, &settings);
    let text = finished_interview(&mut app);
    assert!(text.contains("Übungsinterview"), "{text}");
    assert!(text.contains("→"), "the transcript has the answers: {text}");

    send(&mut app, &text);
    until(&mut app, "the account form", |a| {
        status(a) == Status::NeedAccount
    });
    // A nickname the server refuses is explained, and nothing is sent meanwhile.
    app.world_mut().write_message(AccountAction::Register {
        nickname: "x".into(),
        password: "ein langes Passwort".into(),
        age_band: AgeBand::From18To21,
        language: Language::Ar,
        remember: false,
    });
    frames(&mut app, 2);
    assert_eq!(
        app.world().resource::<AccountRequest>().error.as_deref(),
        Some("net-error-nickname-too-short")
    );
    app.world_mut().write_message(AccountAction::Register {
        nickname: "نجمة_17".into(),
        password: "ein langes Passwort".into(),
        age_band: AgeBand::From18To21,
        language: Language::Ar,
        remember: false,
    });
    until(&mut app, "the letter delivered", |a| {
        matches!(status(a), Status::Sent(_))
    });
    let outbox = app.world().resource::<Outbox>().clone();
    assert!(outbox.letters.is_empty());
    let enquiry = outbox.delivered.last().expect("delivered").enquiry;
    let account = app.world().resource::<Account>().clone();
    assert_eq!(account.nickname, "نجمة_17");
    let token = account.token.expect("logged in");

    // The server holds the whole report, in order, once; the enquiry is in Arabic.
    assert_eq!(thread_text(&server, enquiry, &token), text);
    let mine: EnquiriesResponse = get(&server, routes::ENQUIRIES, &token);
    assert_eq!(mine.enquiries.len(), 1);
    assert_eq!(mine.enquiries[0].language, Language::Ar);

    // "Stay logged in" was not ticked: the login is not written to the device at all.
    let dir = settings.parent().unwrap();
    assert!(
        !dir.join("account.json").exists(),
        "a login nobody asked to keep stays off the disk"
    );
    let stored = std::fs::read_to_string(dir.join("outbox.json")).expect("outbox kept");
    assert!(stored.contains(&enquiry.to_string()));

    // A restart of the game on this (maybe shared) device: nobody is logged in any more.
    drop(app);
    let app = game(&server, &settings);
    assert!(!app.world().resource::<Account>().logged_in());
}

#[test]
fn a_letter_waits_while_the_server_is_away_survives_a_restart_and_arrives_once() {
    let addr = start_server();
    let server = format!("http://{addr}");
    let settings = temp_file("handover-offline");
    let mut app = game(&server, &settings);
    let text = finished_interview(&mut app);

    // First an account, with one short letter through.
    send(
        &mut app,
        "Hallo, ich habe eine Frage zu meinem Übungsinterview.",
    );
    until(&mut app, "the account form", |a| {
        status(a) == Status::NeedAccount
    });
    app.world_mut().write_message(AccountAction::Register {
        nickname: "sonnenblume".into(),
        password: "noch ein Passwort".into(),
        age_band: AgeBand::From16To17,
        language: Language::Ar,
        remember: true,
    });
    until(&mut app, "the first letter", |a| {
        matches!(status(a), Status::Sent(_))
    });

    // The server cannot be reached: the letter waits, nothing is lost.
    app.world_mut().resource_mut::<ServerUrl>().0 = common::dead_address();
    send(&mut app, &text);
    until(&mut app, "waiting", |a| {
        matches!(status(a), Status::Waiting(_))
    });
    assert!(app.world().resource::<Outbox>().letters.len() == 1);
    drop(app);
    let kept = std::fs::read_to_string(settings.with_file_name("outbox.json")).unwrap();
    let kept: Outbox = serde_json::from_str(&kept).unwrap();
    assert!(
        kept.letters.len() == 1,
        "the waiting letter is kept on the device"
    );

    // The game starts again (with the server back): the letter goes out by itself.
    let mut app = game(&server, &settings);
    until(&mut app, "the second letter", |a| {
        matches!(status(a), Status::Sent(_))
    });
    let token = app
        .world()
        .resource::<Account>()
        .token
        .clone()
        .expect("still logged in");
    let mine: EnquiriesResponse = get(&server, routes::ENQUIRIES, &token);
    assert_eq!(mine.enquiries.len(), 2, "each letter once");
    let second = app
        .world()
        .resource::<Outbox>()
        .delivered
        .last()
        .unwrap()
        .enquiry;
    assert_eq!(thread_text(&server, second, &token), text);
}

/// The status of `GET /api/me` with `token`.
fn me_status(server: &str, token: &str) -> u16 {
    let mut request = ehttp::Request::get(format!("{server}{}", routes::ME));
    request
        .headers
        .insert("Authorization", format!("Bearer {token}"));
    ehttp::fetch_blocking(&request)
        .expect("GET answered")
        .status
}

#[test]
fn a_send_needs_a_new_tick_and_logging_out_and_forgetting_leave_nothing_behind() {
    use std::os::unix::fs::PermissionsExt;
    let addr = start_server();
    let server = format!("http://{addr}");
    let settings = temp_file("handover-forget");
    let dir = settings.parent().unwrap().to_owned();
    let mut app = game(&server, &settings);
    app.world_mut().write_message(AccountAction::Register {
        nickname: "mond_und_sterne".into(),
        password: "ein sehr langes Passwort".into(),
        age_band: AgeBand::From22To27,
        language: Language::Ar,
        remember: true,
    });
    until(&mut app, "logged in", |a| {
        a.world().resource::<Account>().logged_in()
    });
    frames(&mut app, 2);
    let token = app.world().resource::<Account>().token.clone().unwrap();
    assert_eq!(me_status(&server, &token), 200);
    // Kept because the person asked for it, and readable by nobody else.
    let mode = std::fs::metadata(dir.join("account.json"))
        .expect("kept")
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o600);

    // The review is handed over with consent; the consent is used up by that one letter.
    let text = finished_interview(&mut app);
    let mut consent = true;
    let action = lernwelt::features::handover::send_with_consent(
        &mut consent,
        Subject::Interview,
        Language::Ar,
        Some(text),
    )
    .expect("sent with consent");
    app.world_mut().write_message(action);
    until(&mut app, "the letter delivered", |a| {
        matches!(status(a), Status::Sent(_))
    });
    assert!(!consent);
    frames(&mut app, 2);
    assert!(dir.join("outbox.json").exists());

    // Log out: the session ends on the server too.
    app.world_mut().write_message(AccountAction::LogOut);
    frames(&mut app, 2);
    assert!(!app.world().resource::<Account>().logged_in());
    assert!(!dir.join("account.json").exists());
    let start = Instant::now();
    while me_status(&server, &token) != 401 {
        assert!(
            start.elapsed() < Duration::from_secs(30),
            "session still open"
        );
        std::thread::sleep(Duration::from_millis(20));
    }

    // Delete my data on this device: every file the game kept beside the settings goes.
    std::fs::write(dir.join("documents.json"), "{}").unwrap();
    app.world_mut()
        .trigger(lernwelt::core::storage::ForgetDevice);
    frames(&mut app, 3);
    let left: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert!(left.is_empty(), "left on the device: {left:?}");
    assert_eq!(*app.world().resource::<Outbox>(), Outbox::default());
}
