//! The account's security from the game against the real server: a counsellor made by
//! `counsellor add` logs in at the desk with the one-time password and must choose their own
//! before the desk (or the live connection) does anything; a young person lists where the
//! account is logged in, changes the password (other sessions end, this one goes on), logs one
//! other device out from the list, and logs out everywhere (every session ends, this device's
//! too).
#![allow(clippy::expect_used, clippy::unwrap_used)] // a failing test may panic

#[path = "../../game/tests/support/mod.rs"]
mod support;

mod common;

use bevy::prelude::*;
use lernwelt::features::account::{Account, AccountAction, AccountRequest};
use lernwelt::features::desk::Desk;
use lernwelt::i18n::Language;
use lernwelt::net::live::Live;
use lernwelt_protocol::{Role, routes};

use common::*;

fn state(app: &App) -> String {
    let request = app.world().resource::<AccountRequest>();
    format!(
        "account {:?}, login {:?}, change {:?}, listing {:?}, everywhere {:?}, live {:?}, desk {:?}",
        app.world().resource::<Account>(),
        request.error,
        request.change,
        request.listing,
        request.everywhere,
        app.world().resource::<Live>().state(),
        app.world().resource::<Desk>().error,
    )
}

fn request(app: &App) -> &AccountRequest {
    app.world().resource::<AccountRequest>()
}

fn account(app: &App) -> &Account {
    app.world().resource::<Account>()
}

/// Lets the game run `frames` frames with real time passing (requests come back meanwhile).
fn run(app: &mut App, frames: u32) {
    for _ in 0..frames {
        app.update();
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
}

/// Asks for a password change and waits for its answer.
fn change(app: &mut App, current: &str, new: &str) {
    app.world_mut()
        .write_message(AccountAction::ChangePassword {
            current: current.into(),
            new: new.into(),
        });
    app.update();
    until(app, "the answer to the change", state, |a| {
        !request(a).change.busy()
    });
}

#[test]
fn a_new_counsellor_chooses_their_own_password_before_the_desk_opens() {
    let (addr, counsellor) = start_server_with_new_counsellor("Frau_Neumann", "de,ar");
    let server = format!("http://{addr}");
    let mut app = at_the_desk(&server, &counsellor, "first-password");
    until(
        &mut app,
        "logged in with the one-time password",
        state,
        |a| account(a).logged_in() && account(a).role == Role::Counsellor,
    );
    assert!(account(&app).password_change_required, "{}", state(&app));

    // Until the change the desk asks the server nothing (it would be refused) and the live
    // connection stays closed (the server would refuse the token and end the session here).
    run(&mut app, 150);
    let desk = app.world().resource::<Desk>();
    assert!(!desk.loaded && desk.error.is_none(), "{}", state(&app));
    assert!(!app.world().resource::<Live>().ready(), "{}", state(&app));
    assert!(
        account(&app).logged_in(),
        "still logged in: {}",
        state(&app)
    );

    // A wrong one-time password and a guessable new one are refused, and change nothing.
    change(
        &mut app,
        "nicht das Passwort",
        "Kaffeetasse Regenbogen Fahrrad",
    );
    assert_eq!(
        request(&app).change.error.as_deref(),
        Some("net-error-current-password-wrong"),
        "{}",
        state(&app)
    );
    change(&mut app, &counsellor.password, "1234567890");
    assert_eq!(
        request(&app).change.error.as_deref(),
        Some("net-error-password-too-weak"),
        "{}",
        state(&app)
    );
    assert!(account(&app).password_change_required);

    // Her own password: the desk opens (the inbox comes) and the live connection runs.
    let own = "Kaffeetasse Regenbogen Fahrrad";
    change(&mut app, &counsellor.password, own);
    assert!(request(&app).change.done, "{}", state(&app));
    assert!(!account(&app).password_change_required, "{}", state(&app));
    until(&mut app, "the desk loaded and live", state, |a| {
        a.world().resource::<Desk>().loaded && a.world().resource::<Live>().ready()
    });
    assert!(
        app.world().resource::<Desk>().error.is_none(),
        "{}",
        state(&app)
    );

    // The one-time password no longer opens the account; her own does, with nothing to change.
    let login = |password: &str| {
        post_answer(
            &server,
            routes::SESSIONS,
            None,
            &serde_json::json!({ "nickname": counsellor.name, "password": password,
                "totp": counsellor.next_code() }),
        )
    };
    let (status, _) = login(&counsellor.password);
    assert_eq!(status, 401, "the one-time password is over");
    let (status, body) = login(own);
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["password_change_required"], false, "{body}");
}

#[test]
fn a_young_person_changes_the_password_ends_a_session_and_logs_out_everywhere() {
    let (addr, _) = start_server_with(None);
    let server = format!("http://{addr}");
    let mut app = young_person(&server, "lina_16", Language::Ar);
    let first = "ein langes Passwort";
    let phone_token = account(&app).token.clone().expect("the game's session");
    // The same account is open on a second device.
    let other: serde_json::Value = post(
        &server,
        routes::SESSIONS,
        None,
        &serde_json::json!({ "nickname": "lina_16", "password": first }),
    );
    let other = other["token"].as_str().expect("a token").to_owned();

    // Where the account is logged in: two sessions, this one marked.
    app.world_mut().write_message(AccountAction::ListSessions);
    until(&mut app, "two sessions listed", state, |a| {
        request(a).listing.done && request(a).sessions.len() == 2
    });
    let current: Vec<bool> = request(&app).sessions.iter().map(|s| s.current).collect();
    assert_eq!(current.iter().filter(|c| **c).count(), 1, "{current:?}");

    // A new password: the other device is out, this one stays in and live.
    let second = "Sonnenblume Bahnsteig Kartoffel";
    change(&mut app, first, second);
    assert!(request(&app).change.done, "{}", state(&app));
    assert_eq!(get_status(&server, routes::ME, &other), 401);
    assert_eq!(get_status(&server, routes::ME, &phone_token), 200);
    app.world_mut().write_message(AccountAction::ListSessions);
    app.update();
    until(&mut app, "one session listed", state, |a| {
        request(a).listing.done && request(a).sessions.len() == 1
    });
    run(&mut app, 20);
    assert!(app.world().resource::<Live>().ready(), "{}", state(&app));

    // A device left logged in (a friend's phone) is logged out from the list; this one stays.
    let login_elsewhere = || {
        let answer: serde_json::Value = post(
            &server,
            routes::SESSIONS,
            None,
            &serde_json::json!({ "nickname": "lina_16", "password": second }),
        );
        answer["token"].as_str().expect("a token").to_owned()
    };
    let friends_phone = login_elsewhere();
    app.world_mut().write_message(AccountAction::ListSessions);
    until(&mut app, "the friend's phone listed", state, |a| {
        request(a).listing.done && request(a).sessions.len() == 2
    });
    let there = request(&app)
        .sessions
        .iter()
        .find(|s| !s.current)
        .expect("the other session")
        .id
        .clone();
    app.world_mut()
        .write_message(AccountAction::EndSession(there));
    until(&mut app, "the friend's phone logged out", state, |a| {
        request(a).ending.done && request(a).listing.done && request(a).sessions.len() == 1
    });
    assert_eq!(get_status(&server, routes::ME, &friends_phone), 401);
    assert_eq!(get_status(&server, routes::ME, &phone_token), 200);
    assert!(account(&app).logged_in());

    // Log out everywhere: a third session and this device's end; the game is logged out.
    let third = login_elsewhere();
    app.world_mut()
        .write_message(AccountAction::LogOutEverywhere);
    until(&mut app, "logged out everywhere", state, |a| {
        request(a).everywhere.done && !account(a).logged_in()
    });
    assert_eq!(get_status(&server, routes::ME, &third), 401);
    assert_eq!(get_status(&server, routes::ME, &phone_token), 401);
    assert!(request(&app).sessions.is_empty());
    run(&mut app, 20);
    assert!(!app.world().resource::<Live>().ready(), "{}", state(&app));
}
