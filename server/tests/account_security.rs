//! Accounts and sessions hardened, driven from outside over HTTP (and the live chat over a real
//! WebSocket), once on SQLite and once on PostgreSQL: password strength at registration and
//! change, the password change that ends every other session, a counsellor's forced change of
//! the admin-made password, the sessions list, "log out everywhere", the password asked again
//! before an account is deleted, the admin's TOTP re-enrolment and new one-time password, and
//! security events in the log without personal data.

#![allow(clippy::expect_used, clippy::unwrap_used)]

#[macro_use]
mod support;

use axum::http::StatusCode;
use lernwelt_protocol::{AccountId, EnquiryId, ErrorCode, routes};
use lernwelt_server::lockout::LockoutPolicy;
use lernwelt_server::rate_limit::RateLimit;
use lernwelt_server::sessions;
use lernwelt_server::store::RowCounts;
use lernwelt_server::{AppState, Settings, app};
use serde_json::{Value, json};
use std::time::Duration;
use support::ws::{Ws, listen, next, next_of, put};
use support::{
    Counsellor, Harness, LogBuffer, Reply, Req, add_counsellor, admin, login_counsellor,
    register_youth, test_settings,
};

on_both_backends!(
    weak_passwords_are_refused_at_registration,
    a_password_change_ends_every_other_session_and_socket,
    bad_password_changes_are_refused_and_change_nothing,
    wrong_current_passwords_make_the_account_wait,
    a_counsellor_must_change_the_admin_made_password_first,
    the_sessions_list_shows_times_and_the_current_session,
    log_out_everywhere_ends_every_session_and_socket,
    one_session_ends_from_the_list,
    deleting_an_account_needs_the_password,
    an_admin_gives_a_counsellor_a_new_totp_secret,
    an_admin_gives_a_counsellor_a_new_one_time_password,
    security_events_are_logged_without_personal_data,
    wrong_passwords_and_limits_count_across_instances,
);

/// The password `register_youth` gives every young person.
const PASSWORD: &str = "sehr-geheim-123";
/// A strong new password.
const NEW_PASSWORD: &str = "Fenster-Blume-Wolke-7";

async fn login(h: &Harness, nickname: &str, password: &str) -> Reply {
    Req::post(routes::SESSIONS)
        .json(&json!({ "nickname": nickname, "password": password }))
        .send(&h.app)
        .await
}

async fn login_ok(h: &Harness, nickname: &str, password: &str) -> String {
    let reply = login(h, nickname, password).await;
    assert_eq!(reply.status, StatusCode::OK, "{:?}", reply.json());
    assert_eq!(reply.json()["password_change_required"], json!(false));
    reply.token()
}

async fn change_password(h: &Harness, token: &str, body: &Value) -> Reply {
    Req::post(routes::ME_PASSWORD)
        .bearer(token)
        .json(body)
        .send(&h.app)
        .await
}

async fn status_of(h: &Harness, token: &str, path: &str) -> StatusCode {
    Req::get(path).bearer(token).send(&h.app).await.status
}

async fn sessions_of(h: &Harness, token: &str) -> Vec<Value> {
    let reply = Req::get(routes::SESSIONS).bearer(token).send(&h.app).await;
    assert_eq!(reply.status, StatusCode::OK, "{:?}", reply.json());
    reply.json()["sessions"].as_array().unwrap().clone()
}

/// A counsellor logged in with the one-time password, before changing it: the token and the
/// login answer.
async fn first_login(h: &Harness, c: &Counsellor) -> (String, Value) {
    let reply = Req::post(routes::SESSIONS)
        .json(&json!({ "nickname": c.name, "password": c.password, "totp": c.next_code().await }))
        .send(&h.app)
        .await;
    assert_eq!(reply.status, StatusCode::OK, "{:?}", reply.json());
    (reply.token(), reply.json())
}

/// Asserts that a live-chat socket is still open and answering: a typing notice for no
/// enquiry gets its error frame.
async fn assert_open(ws: &mut Ws) {
    put(ws, &json!({ "type": "typing", "enquiry_id": 999_999 })).await;
    assert_eq!(next_of(ws, "error").await["code"], "enquiry_not_found");
}

async fn weak_passwords_are_refused_at_registration(h: Harness) {
    let register = |nickname: &'static str, password: &'static str| {
        let app = h.app.clone();
        async move {
            Req::post(routes::ACCOUNTS)
                .json(&json!({
                    "nickname": nickname, "password": password,
                    "age_band": "16_17", "languages": ["de"],
                }))
                .send(&app)
                .await
        }
    };
    let before = h.counts().await;
    for (nickname, password) in [
        ("lena_07", "1234567890"),
        ("lena_07", "qwertzuiop"),
        ("lena_07", "passwort123"),
        // The nickname is public: as the password (in any case) it is refused.
        ("Sonnenblume_22", "Sonnenblume_22"),
        ("Sonnenblume_22", "sonnenblume_22"),
    ] {
        let error = register(nickname, password)
            .await
            .expect_error(StatusCode::UNPROCESSABLE_ENTITY, ErrorCode::PasswordTooWeak);
        assert_eq!(error.field.as_deref(), Some("password"), "{password}");
    }
    assert_eq!(
        h.counts().await,
        before,
        "nothing stored for a weak password"
    );
    // Length is still checked first, as a field rule.
    register("lena_07", "kurz").await.expect_error(
        StatusCode::UNPROCESSABLE_ENTITY,
        ErrorCode::PasswordTooShort,
    );
    // The passwords the game's tests and scripts use pass.
    for (nickname, password) in [
        ("lena_07", PASSWORD),
        ("mert_17", "ein langes Passwort"),
        ("neu_hier", "ein-langes-passwort-1"),
    ] {
        assert_eq!(
            register(nickname, password).await.status,
            StatusCode::CREATED,
            "{password}"
        );
    }
}

async fn a_password_change_ends_every_other_session_and_socket(h: Harness) {
    let addr = listen(h.state.clone()).await;
    let here = register_youth(&h, "amira").await;
    let phone = login_ok(&h, "amira", PASSWORD).await;
    let tablet = login_ok(&h, "amira", PASSWORD).await;
    let other = register_youth(&h, "dritan").await;
    let mut phone_ws = support::ws::login(addr, &phone).await;
    let mut here_ws = support::ws::login(addr, &here).await;
    let mut other_ws = support::ws::login(addr, &other).await;

    let reply = change_password(
        &h,
        &here,
        &json!({ "current_password": PASSWORD, "new_password": NEW_PASSWORD }),
    )
    .await;
    assert_eq!(reply.status, StatusCode::NO_CONTENT, "{:?}", reply.body);
    assert!(reply.body.is_empty());

    // The other sessions end at once, their sockets too.
    for token in [&phone, &tablet] {
        Req::get(routes::ME)
            .bearer(token)
            .send(&h.app)
            .await
            .expect_error(StatusCode::UNAUTHORIZED, ErrorCode::Unauthenticated);
    }
    assert_eq!(
        next_of(&mut phone_ws, "error").await["code"],
        "unauthenticated"
    );
    assert!(next(&mut phone_ws).await.is_none(), "closed");
    // The session the change was made with goes on, and so does its socket and other accounts.
    assert_eq!(status_of(&h, &here, routes::ME).await, StatusCode::OK);
    assert_eq!(status_of(&h, &other, routes::ME).await, StatusCode::OK);
    assert_open(&mut here_ws).await;
    assert_open(&mut other_ws).await;
    assert_eq!(sessions_of(&h, &here).await.len(), 1);

    // The old password is gone, the new one logs in.
    login(&h, "amira", PASSWORD)
        .await
        .expect_error(StatusCode::UNAUTHORIZED, ErrorCode::InvalidCredentials);
    login_ok(&h, "AMIRA", NEW_PASSWORD).await;
}

async fn bad_password_changes_are_refused_and_change_nothing(h: Harness) {
    let token = register_youth(&h, "Sonnenblume_22").await;
    let second = login_ok(&h, "sonnenblume_22", PASSWORD).await;
    let before = h.counts().await;
    let cases: Vec<(&str, Value, StatusCode, ErrorCode, Option<&str>)> = vec![
        (
            "wrong current password",
            json!({ "current_password": "falsch-falsch", "new_password": NEW_PASSWORD }),
            StatusCode::FORBIDDEN,
            ErrorCode::CurrentPasswordWrong,
            Some("current_password"),
        ),
        (
            "the same password again",
            json!({ "current_password": PASSWORD, "new_password": PASSWORD }),
            StatusCode::UNPROCESSABLE_ENTITY,
            ErrorCode::PasswordUnchanged,
            Some("new_password"),
        ),
        (
            "a sequence",
            json!({ "current_password": PASSWORD, "new_password": "1234567890" }),
            StatusCode::UNPROCESSABLE_ENTITY,
            ErrorCode::PasswordTooWeak,
            Some("new_password"),
        ),
        (
            "the nickname",
            json!({ "current_password": PASSWORD, "new_password": "Sonnenblume_22" }),
            StatusCode::UNPROCESSABLE_ENTITY,
            ErrorCode::PasswordTooWeak,
            Some("new_password"),
        ),
        (
            "too short",
            json!({ "current_password": PASSWORD, "new_password": "kurz" }),
            StatusCode::UNPROCESSABLE_ENTITY,
            ErrorCode::PasswordTooShort,
            Some("new_password"),
        ),
        (
            "too long",
            json!({ "current_password": PASSWORD, "new_password": "x".repeat(129) }),
            StatusCode::UNPROCESSABLE_ENTITY,
            ErrorCode::PasswordTooLong,
            Some("new_password"),
        ),
        (
            "empty current password",
            json!({ "current_password": "", "new_password": NEW_PASSWORD }),
            StatusCode::UNPROCESSABLE_ENTITY,
            ErrorCode::PasswordEmpty,
            Some("current_password"),
        ),
        (
            "missing current password",
            json!({ "new_password": NEW_PASSWORD }),
            StatusCode::UNPROCESSABLE_ENTITY,
            ErrorCode::MissingField,
            Some("current_password"),
        ),
        (
            "unknown field",
            json!({ "current_password": PASSWORD, "new_password": NEW_PASSWORD, "totp": "1" }),
            StatusCode::UNPROCESSABLE_ENTITY,
            ErrorCode::UnknownField,
            Some("totp"),
        ),
        (
            "number",
            json!({ "current_password": PASSWORD, "new_password": 1_234_567_890 }),
            StatusCode::UNPROCESSABLE_ENTITY,
            ErrorCode::WrongType,
            Some("new_password"),
        ),
    ];
    for (what, body, status, code, field) in cases {
        let error = change_password(&h, &token, &body)
            .await
            .expect_error(status, code);
        assert_eq!(error.field.as_deref(), field, "{what}");
        assert_eq!(h.counts().await, before, "{what}: nothing changed");
    }
    // Broken bodies and missing tokens.
    Req::post(routes::ME_PASSWORD)
        .bearer(&token)
        .raw_json(r#"{"current_password":"#)
        .send(&h.app)
        .await
        .expect_error(StatusCode::BAD_REQUEST, ErrorCode::InvalidJson);
    Req::post(routes::ME_PASSWORD)
        .bearer(&token)
        .body(PASSWORD)
        .send(&h.app)
        .await
        .expect_error(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            ErrorCode::UnsupportedMediaType,
        );
    let right = json!({ "current_password": PASSWORD, "new_password": NEW_PASSWORD });
    Req::post(routes::ME_PASSWORD)
        .json(&right)
        .send(&h.app)
        .await
        .expect_error(StatusCode::UNAUTHORIZED, ErrorCode::Unauthenticated);
    assert_eq!(h.counts().await, before);
    // Both sessions still work, and the password is still the old one.
    for t in [&token, &second] {
        assert_eq!(status_of(&h, t, routes::ME).await, StatusCode::OK);
    }
    login_ok(&h, "sonnenblume_22", PASSWORD).await;
}

async fn wrong_current_passwords_make_the_account_wait(h: Harness) {
    let app = h.app_with(Settings {
        login_lockout: LockoutPolicy {
            free_failures: 2,
            first_wait: Duration::from_secs(60),
            max_wait: Duration::from_secs(3600),
            forget_after: Duration::from_secs(3600),
        },
        ..test_settings()
    });
    let token = register_youth(&h, "ziel").await;
    let wrong = json!({ "current_password": "falsch-falsch", "new_password": NEW_PASSWORD });
    let right = json!({ "current_password": PASSWORD, "new_password": NEW_PASSWORD });
    let send = |body: Value| {
        let (app, token) = (app.clone(), token.clone());
        async move {
            Req::post(routes::ME_PASSWORD)
                .bearer(&token)
                .json(&body)
                .send(&app)
                .await
        }
    };
    for _ in 0..3 {
        send(wrong.clone())
            .await
            .expect_error(StatusCode::FORBIDDEN, ErrorCode::CurrentPasswordWrong);
    }
    // A stolen session cannot guess the password faster than a login could: the account now
    // waits, for the right password too, for logins and for deleting the account.
    let reply = send(right.clone()).await;
    reply.expect_error(StatusCode::TOO_MANY_REQUESTS, ErrorCode::RateLimited);
    assert!(reply.headers.contains_key("retry-after"));
    Req::post(routes::SESSIONS)
        .json(&json!({ "nickname": "ziel", "password": PASSWORD }))
        .send(&app)
        .await
        .expect_error(StatusCode::TOO_MANY_REQUESTS, ErrorCode::RateLimited);
    Req::delete(routes::ME)
        .bearer(&token)
        .json(&json!({ "password": PASSWORD }))
        .send(&app)
        .await
        .expect_error(StatusCode::TOO_MANY_REQUESTS, ErrorCode::RateLimited);
    assert_eq!(h.counts().await.accounts, 1);
    // The password did not change.
    assert_eq!(
        login(&h, "ziel", NEW_PASSWORD).await.status,
        StatusCode::UNAUTHORIZED
    );
}

async fn a_counsellor_must_change_the_admin_made_password_first(h: Harness) {
    let c = add_counsellor(&h, "Frau_Ünal", "de,ar").await;
    let addr = listen(h.state.clone()).await;
    let (token, body) = first_login(&h, &c).await;
    assert_eq!(body["password_change_required"], json!(true), "{body}");
    assert_eq!(body["account"]["role"], "counsellor");

    // Every staff route says what to do first …
    for path in [
        routes::INBOX,
        routes::ENQUIRIES,
        routes::ABSENCE,
        routes::COLLEAGUES,
        routes::FORUM_CATEGORIES,
        routes::FORUM_MODERATION_QUEUE,
    ] {
        Req::get(path)
            .bearer(&token)
            .send(&h.app)
            .await
            .expect_error(StatusCode::FORBIDDEN, ErrorCode::PasswordChangeRequired);
    }
    Req::post(routes::FORUM_THREADS)
        .bearer(&token)
        .json(&json!({ "category": "work", "title": "Hallo", "language": "de", "text": "Hi" }))
        .send(&h.app)
        .await
        .expect_error(StatusCode::FORBIDDEN, ErrorCode::PasswordChangeRequired);
    assert_eq!(h.counts().await.forum_threads, 0);
    // … and so does the live chat.
    let mut ws = support::ws::connect(addr).await;
    put(&mut ws, &json!({ "type": "auth", "token": token })).await;
    assert_eq!(next_of(&mut ws, "error").await["code"], "unauthenticated");
    // The own account and sessions stay open.
    assert_eq!(status_of(&h, &token, routes::ME).await, StatusCode::OK);
    assert_eq!(sessions_of(&h, &token).await.len(), 1);

    // A weak new password or the one-time one again is refused; a good one is taken.
    change_password(
        &h,
        &token,
        &json!({ "current_password": c.password, "new_password": "1234567890" }),
    )
    .await
    .expect_error(StatusCode::UNPROCESSABLE_ENTITY, ErrorCode::PasswordTooWeak);
    change_password(
        &h,
        &token,
        &json!({ "current_password": c.password, "new_password": c.password }),
    )
    .await
    .expect_error(
        StatusCode::UNPROCESSABLE_ENTITY,
        ErrorCode::PasswordUnchanged,
    );
    assert_eq!(
        status_of(&h, &token, routes::INBOX).await,
        StatusCode::FORBIDDEN
    );
    let reply = change_password(
        &h,
        &token,
        &json!({ "current_password": c.password, "new_password": NEW_PASSWORD }),
    )
    .await;
    assert_eq!(reply.status, StatusCode::NO_CONTENT, "{:?}", reply.body);
    // The same session may now do everything, the live chat included.
    assert_eq!(status_of(&h, &token, routes::INBOX).await, StatusCode::OK);
    support::ws::login(addr, &token).await;
    // The one-time password no longer works; the new one needs no further change.
    let reply = Req::post(routes::SESSIONS)
        .json(&json!({ "nickname": c.name, "password": c.password, "totp": "000000" }))
        .send(&h.app)
        .await;
    reply.expect_error(StatusCode::UNAUTHORIZED, ErrorCode::InvalidCredentials);
    let reply = Req::post(routes::SESSIONS)
        .json(&json!({ "nickname": c.name, "password": NEW_PASSWORD, "totp": c.next_code().await }))
        .send(&h.app)
        .await;
    assert_eq!(reply.status, StatusCode::OK, "{:?}", reply.json());
    assert_eq!(reply.json()["password_change_required"], json!(false));
    // A young person never has to.
    let reply = Req::post(routes::ACCOUNTS)
        .json(&json!({
            "nickname": "lena", "password": PASSWORD, "age_band": "18_21", "languages": ["de"],
        }))
        .send(&h.app)
        .await;
    assert_eq!(reply.json()["password_change_required"], json!(false));
}

async fn the_sessions_list_shows_times_and_the_current_session(h: Harness) {
    let first = register_youth(&h, "amira").await;
    let second = login_ok(&h, "amira", PASSWORD).await;
    let other = register_youth(&h, "dritan").await;
    let now = sessions::now().0;

    let list = sessions_of(&h, &second).await;
    assert_eq!(list.len(), 2, "only the own sessions: {list:?}");
    for session in &list {
        let keys: Vec<&str> = session
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        assert_eq!(
            keys,
            ["created_at", "current", "expires_at", "id", "last_used_at"],
            "times and the session's name only, nothing identifying"
        );
        let created = session["created_at"].as_i64().unwrap();
        assert!((now - 60..=now + 1).contains(&created), "{session}");
        assert!(session["expires_at"].as_i64().unwrap() > now);
        assert!(session["last_used_at"].as_i64().unwrap() >= created);
    }
    let current: Vec<bool> = list
        .iter()
        .map(|s| s["current"].as_bool().unwrap())
        .collect();
    assert_eq!(current.iter().filter(|c| **c).count(), 1, "{list:?}");
    assert_eq!(sessions_of(&h, &other).await.len(), 1);
    assert!(
        !Req::get(routes::SESSIONS)
            .bearer(&first)
            .send(&h.app)
            .await
            .json()
            .to_string()
            .contains(&first),
        "no token in the list"
    );

    // A session made an hour ago and used now shows when it was used.
    let account = lernwelt_protocol::AccountId(
        Req::get(routes::ME)
            .bearer(&first)
            .send(&h.app)
            .await
            .json()["id"]
            .as_i64()
            .unwrap(),
    );
    let (old_token, old) = sessions::new_session(
        lernwelt_protocol::Timestamp(now - 3600),
        Duration::from_secs(7200),
        false,
    )
    .unwrap();
    h.store.create_session(account, &old).await.unwrap();
    let list = sessions_of(&h, &first).await;
    assert_eq!(list.len(), 3);
    let idle = list
        .iter()
        .find(|s| s["created_at"] == json!(now - 3600))
        .unwrap();
    assert_eq!(idle["last_used_at"], json!(now - 3600), "not used yet");
    assert_eq!(
        status_of(&h, old_token.expose(), routes::ME).await,
        StatusCode::OK
    );
    let list = sessions_of(&h, &first).await;
    let idle = list
        .iter()
        .find(|s| s["created_at"] == json!(now - 3600))
        .unwrap();
    let used = idle["last_used_at"].as_i64().unwrap();
    assert!(used >= now, "the use was noted: {used} < {now}");
    // An expired session is not listed.
    let (_, expired) = sessions::new_session(
        lernwelt_protocol::Timestamp(now - 7200),
        Duration::from_secs(60),
        false,
    )
    .unwrap();
    h.store.create_session(account, &expired).await.unwrap();
    assert_eq!(sessions_of(&h, &first).await.len(), 3);
}

async fn log_out_everywhere_ends_every_session_and_socket(h: Harness) {
    let addr = listen(h.state.clone()).await;
    let here = register_youth(&h, "amira").await;
    let phone = login_ok(&h, "amira", PASSWORD).await;
    let other = register_youth(&h, "dritan").await;
    let mut here_ws = support::ws::login(addr, &here).await;
    let mut phone_ws = support::ws::login(addr, &phone).await;
    let mut other_ws = support::ws::login(addr, &other).await;
    let before = h.counts().await;

    let reply = Req::delete(routes::SESSIONS)
        .bearer(&here)
        .send(&h.app)
        .await;
    assert_eq!(reply.status, StatusCode::NO_CONTENT, "{:?}", reply.body);
    for token in [&here, &phone] {
        Req::get(routes::ME)
            .bearer(token)
            .send(&h.app)
            .await
            .expect_error(StatusCode::UNAUTHORIZED, ErrorCode::Unauthenticated);
    }
    for ws in [&mut here_ws, &mut phone_ws] {
        assert_eq!(next_of(ws, "error").await["code"], "unauthenticated");
        assert!(next(ws).await.is_none(), "closed");
    }
    assert_eq!(
        h.counts().await,
        RowCounts {
            sessions: before.sessions - 2,
            ..before
        },
        "only the sessions went"
    );
    // Another account is not touched; the password still logs in.
    assert_eq!(status_of(&h, &other, routes::ME).await, StatusCode::OK);
    assert_open(&mut other_ws).await;
    login_ok(&h, "amira", PASSWORD).await;
    // Without a valid session it does nothing.
    Req::delete(routes::SESSIONS)
        .bearer(&here)
        .send(&h.app)
        .await
        .expect_error(StatusCode::UNAUTHORIZED, ErrorCode::Unauthenticated);
    Req::delete(routes::SESSIONS)
        .send(&h.app)
        .await
        .expect_error(StatusCode::UNAUTHORIZED, ErrorCode::Unauthenticated);
    assert_eq!(status_of(&h, &other, routes::ME).await, StatusCode::OK);

    // A counsellor who has not changed the admin-made password yet may log out everywhere.
    let c = add_counsellor(&h, "Herr_Krasniqi", "sq").await;
    let (token, _) = first_login(&h, &c).await;
    let reply = Req::delete(routes::SESSIONS)
        .bearer(&token)
        .send(&h.app)
        .await;
    assert_eq!(reply.status, StatusCode::NO_CONTENT);
    assert_eq!(
        status_of(&h, &token, routes::ME).await,
        StatusCode::UNAUTHORIZED
    );
}

async fn deleting_an_account_needs_the_password(h: Harness) {
    let token = register_youth(&h, "geht_bald").await;
    let before = h.counts().await;
    let delete = |body: Option<Value>| {
        let (app, token) = (h.app.clone(), token.clone());
        async move {
            let request = Req::delete(routes::ME).bearer(&token);
            match body {
                Some(body) => request.json(&body),
                None => request,
            }
            .send(&app)
            .await
        }
    };
    // A session left open on a shared phone is not enough.
    delete(None).await.expect_error(
        StatusCode::UNSUPPORTED_MEDIA_TYPE,
        ErrorCode::UnsupportedMediaType,
    );
    let error = delete(Some(json!({})))
        .await
        .expect_error(StatusCode::UNPROCESSABLE_ENTITY, ErrorCode::MissingField);
    assert_eq!(error.field.as_deref(), Some("password"));
    let error = delete(Some(json!({ "password": "falsch-falsch" })))
        .await
        .expect_error(StatusCode::FORBIDDEN, ErrorCode::CurrentPasswordWrong);
    assert_eq!(error.field.as_deref(), Some("password"));
    delete(Some(json!({ "password": "" })))
        .await
        .expect_error(StatusCode::UNPROCESSABLE_ENTITY, ErrorCode::PasswordEmpty);
    delete(Some(json!({ "password": PASSWORD, "confirm": true })))
        .await
        .expect_error(StatusCode::UNPROCESSABLE_ENTITY, ErrorCode::UnknownField);
    assert_eq!(h.counts().await, before, "nothing deleted");
    assert_eq!(status_of(&h, &token, routes::ME).await, StatusCode::OK);

    let reply = delete(Some(json!({ "password": PASSWORD }))).await;
    assert_eq!(reply.status, StatusCode::NO_CONTENT, "{:?}", reply.body);
    assert_eq!(h.counts().await.accounts, before.accounts - 1);
    login(&h, "geht_bald", PASSWORD)
        .await
        .expect_error(StatusCode::UNAUTHORIZED, ErrorCode::InvalidCredentials);

    // Staff accounts are never deleted this way, with or without their password.
    let c = add_counsellor(&h, "Beraterin", "de").await;
    let staff = login_counsellor(&h, &c).await;
    for body in [json!({ "password": c.current_password() }), json!({})] {
        Req::delete(routes::ME)
            .bearer(&staff)
            .json(&body)
            .send(&h.app)
            .await
            .expect_error(StatusCode::FORBIDDEN, ErrorCode::Forbidden);
    }
    assert_eq!(status_of(&h, &staff, routes::INBOX).await, StatusCode::OK);
}

async fn an_admin_gives_a_counsellor_a_new_totp_secret(h: Harness) {
    let state = h.state_with(Settings {
        ws_heartbeat: Duration::from_millis(200),
        ..test_settings()
    });
    let addr = listen(state).await;
    let old = add_counsellor(&h, "Frau_Yilmaz", "tr,de").await;
    let token = login_counsellor(&h, &old).await;
    let mut ws = support::ws::login(addr, &token).await;
    let before = h.counts().await;

    let output = admin(&h, &["counsellor", "reset-totp", "--name", "FRAU_YILMAZ"])
        .await
        .unwrap();
    assert!(output.contains("new TOTP secret"), "{output}");
    let uri = output
        .lines()
        .find(|l| l.starts_with("otpauth://totp/Lernwelt:Frau_Yilmaz?secret="))
        .expect("a new enrolment URI");
    let old_uri = old.secret.enrolment_uri("Frau_Yilmaz");
    assert_ne!(uri, old_uri, "a new secret");
    assert!(
        !output.contains(&old.password) && !output.contains(&old.new_password()),
        "no password is printed"
    );
    // The phone that may be lost no longer has a session: HTTP at once, the live chat within
    // a heartbeat.
    assert_eq!(
        status_of(&h, &token, routes::INBOX).await,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(next_of(&mut ws, "error").await["code"], "unauthenticated");
    assert_eq!(h.counts().await.sessions, before.sessions - 1);

    // The old authenticator's codes are refused; the new one's work (the password is kept).
    let reply = Req::post(routes::SESSIONS)
        .json(&json!({
            "nickname": "Frau_Yilmaz", "password": old.current_password(),
            "totp": old.next_code().await,
        }))
        .send(&h.app)
        .await;
    reply.expect_error(StatusCode::UNAUTHORIZED, ErrorCode::InvalidCredentials);
    let enrolment = format!("One-time password\n{}\n{uri}\n", old.current_password());
    let new = Counsellor::from_enrolment("Frau_Yilmaz", &enrolment);
    let reply = Req::post(routes::SESSIONS)
        .json(&json!({
            "nickname": "frau_yilmaz", "password": old.current_password(),
            "totp": new.next_code().await,
        }))
        .send(&h.app)
        .await;
    assert_eq!(reply.status, StatusCode::OK, "{:?}", reply.json());
    assert_eq!(reply.json()["password_change_required"], json!(false));

    // Only counsellors, by a valid name.
    register_youth(&h, "lena").await;
    for name in ["lena", "niemand"] {
        let error = admin(&h, &["counsellor", "reset-totp", "--name", name])
            .await
            .unwrap_err();
        assert!(error.to_string().contains("no counsellor"), "{error}");
    }
    assert_eq!(
        status_of(&h, &reply.token(), routes::INBOX).await,
        StatusCode::OK
    );
}

async fn an_admin_gives_a_counsellor_a_new_one_time_password(h: Harness) {
    let old = add_counsellor(&h, "Herr_Berisha", "sq,de").await;
    let token = login_counsellor(&h, &old).await;
    let output = admin(
        &h,
        &["counsellor", "reset-password", "--name", "herr_berisha"],
    )
    .await
    .unwrap();
    assert!(output.contains("new one-time password"), "{output}");
    assert!(
        !output.contains(&old.password) && !output.contains(&old.new_password()),
        "no old password is printed"
    );
    // The forgotten password's sessions are over, and the password no longer opens anything.
    assert_eq!(
        status_of(&h, &token, routes::INBOX).await,
        StatusCode::UNAUTHORIZED
    );
    let reply = Req::post(routes::SESSIONS)
        .json(&json!({
            "nickname": "Herr_Berisha", "password": old.current_password(),
            "totp": old.next_code().await,
        }))
        .send(&h.app)
        .await;
    reply.expect_error(StatusCode::UNAUTHORIZED, ErrorCode::InvalidCredentials);
    // The new one-time password with the same authenticator: it must be changed first.
    let password = output
        .lines()
        .skip_while(|l| !l.starts_with("One-time password"))
        .nth(1)
        .expect("the new password")
        .trim()
        .to_owned();
    let reply = Req::post(routes::SESSIONS)
        .json(&json!({
            "nickname": "Herr_Berisha", "password": password, "totp": old.next_code().await,
        }))
        .send(&h.app)
        .await;
    assert_eq!(reply.status, StatusCode::OK, "{:?}", reply.json());
    assert_eq!(reply.json()["password_change_required"], json!(true));
    let fresh = reply.token();
    Req::get(routes::INBOX)
        .bearer(&fresh)
        .send(&h.app)
        .await
        .expect_error(StatusCode::FORBIDDEN, ErrorCode::PasswordChangeRequired);
    let changed = change_password(
        &h,
        &fresh,
        &json!({ "current_password": password, "new_password": NEW_PASSWORD }),
    )
    .await;
    assert_eq!(changed.status, StatusCode::NO_CONTENT);
    assert_eq!(status_of(&h, &fresh, routes::INBOX).await, StatusCode::OK);
    // Only counsellors, by name.
    register_youth(&h, "lena").await;
    for name in ["lena", "niemand"] {
        let error = admin(&h, &["counsellor", "reset-password", "--name", name])
            .await
            .unwrap_err();
        assert!(error.to_string().contains("no counsellor"), "{error}");
    }
}

async fn security_events_are_logged_without_personal_data(h: Harness) {
    let buffer = LogBuffer::default();
    let writer = buffer.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_ansi(false)
        .with_writer(move || writer.clone())
        .finish();
    let _guard = tracing::subscriber::set_default(subscriber);
    let app = h.app_with(Settings {
        login_lockout: LockoutPolicy {
            free_failures: 1,
            first_wait: Duration::from_secs(60),
            max_wait: Duration::from_secs(3600),
            forget_after: Duration::from_secs(3600),
        },
        post_limit: RateLimit {
            burst: 1,
            refill_every: Duration::from_secs(3600),
        },
        ..test_settings()
    });
    let addr = "198.51.100.77:4000";
    let send = |request: Req| {
        let app = app.clone();
        async move { request.client_addr(addr).send(&app).await }
    };
    let nickname = "Geheimname_42";
    let token = register_youth(&h, nickname).await;
    let id = Req::get(routes::ME)
        .bearer(&token)
        .send(&h.app)
        .await
        .json()["id"]
        .as_i64()
        .unwrap();
    let attempt = |password: &str| {
        Req::post(routes::SESSIONS).json(&json!({ "nickname": nickname, "password": password }))
    };
    let second = send(attempt(PASSWORD)).await.token();
    // A wrong current password at a change (free), a wrong login (now the account waits), the
    // right one while it waits, an unknown nickname.
    send(
        Req::post(routes::ME_PASSWORD).bearer(&second).json(
            &json!({ "current_password": "Falsches-Passwort-3", "new_password": NEW_PASSWORD }),
        ),
    )
    .await
    .expect_error(StatusCode::FORBIDDEN, ErrorCode::CurrentPasswordWrong);
    send(attempt("Falsches-Passwort-1"))
        .await
        .expect_error(StatusCode::UNAUTHORIZED, ErrorCode::InvalidCredentials);
    send(attempt(PASSWORD))
        .await
        .expect_error(StatusCode::TOO_MANY_REQUESTS, ErrorCode::RateLimited);
    send(
        Req::post(routes::SESSIONS)
            .json(&json!({ "nickname": "Unbekannt_9", "password": "Passwort-Unbekannt" })),
    )
    .await;
    // A counsellor's wrong and replayed codes.
    let c = add_counsellor(&h, "Frau_Geheim", "de").await;
    let code = c.next_code().await;
    let wrong = format!("{:06}", (code.parse::<u32>().unwrap() + 1) % 1_000_000);
    let staff_login = |totp: &str| {
        Req::post(routes::SESSIONS)
            .json(&json!({ "nickname": c.name, "password": c.password, "totp": totp }))
    };
    send(staff_login(&wrong)).await;
    let staff = send(staff_login(&code)).await.token();
    send(staff_login(&code)).await;
    // The password change, and log out everywhere.
    let changed = send(
        Req::post(routes::ME_PASSWORD)
            .bearer(&staff)
            .json(&json!({ "current_password": c.password, "new_password": c.new_password() })),
    )
    .await;
    assert_eq!(changed.status, StatusCode::NO_CONTENT);
    let out = send(Req::delete(routes::SESSIONS).bearer(&staff)).await;
    assert_eq!(out.status, StatusCode::NO_CONTENT);
    // Over a limit of the account's own (a second question at once), and a counsellor's route.
    for k in 0..2 {
        send(Req::post(routes::ENQUIRIES).bearer(&second).json(&json!({
            "topic": "work", "language": "de", "mode": "mail",
            "message": "Hallo", "client_message_id": format!("sec-{k}"),
        })))
        .await;
    }
    send(Req::get(routes::INBOX).bearer(&second))
        .await
        .expect_error(StatusCode::FORBIDDEN, ErrorCode::Forbidden);

    let logs = buffer.text();
    let security: Vec<&str> = logs.lines().filter(|l| l.contains(" security: ")).collect();
    let has = |event: &str, account: Option<i64>| {
        security.iter().any(|l| {
            l.contains(&format!("event=\"{event}\""))
                && account.is_none_or(|a| l.contains(&format!("account={a} ")))
                && l.contains("client=")
        })
    };
    assert!(has("login_succeeded", Some(id)), "{logs}");
    assert!(has("login_failed", Some(id)), "{logs}");
    assert!(has("lockout_started", Some(id)), "{logs}");
    assert!(has("locked_out", Some(id)), "{logs}");
    assert!(has("login_unknown_account", None), "{logs}");
    assert!(has("reauthentication_failed", Some(id)), "{logs}");
    assert!(has("totp_failed", None), "{logs}");
    assert!(has("totp_replayed", None), "{logs}");
    assert!(has("password_changed", None), "{logs}");
    assert!(has("logged_out_everywhere", None), "{logs}");
    // Refusals inside a request name the account (the address hash is the limiter's).
    for event in ["rate_limited", "forbidden"] {
        let named = format!("event=\"{event}\"");
        let account = format!("account={id}");
        assert!(
            security
                .iter()
                .any(|l| l.contains(&named) && l.split_whitespace().any(|w| w == account)),
            "{event}: {logs}"
        );
    }
    let secret_base32 = lernwelt_server::totp::base32(c.secret.as_bytes());
    for secret in [
        nickname,
        &nickname.to_lowercase(),
        "Unbekannt_9",
        "Frau_Geheim",
        PASSWORD,
        "Falsches-Passwort",
        "Passwort-Unbekannt",
        NEW_PASSWORD,
        &c.password,
        &c.new_password(),
        &token,
        &second,
        &staff,
        &secret_base32,
        "198.51.100.77",
    ] {
        assert!(!logs.contains(secret), "the logs hold {secret:?}:\n{logs}");
    }
    let digits: Vec<&str> = logs.split(|c: char| !c.is_ascii_digit()).collect();
    for code in [&code, &wrong] {
        assert!(
            !digits.contains(&code.as_str()),
            "the logs hold a code:\n{logs}"
        );
    }
}

async fn one_session_ends_from_the_list(h: Harness) {
    let addr = listen(h.state.clone()).await;
    let here = register_youth(&h, "selin").await;
    let left_open = login_ok(&h, "selin", PASSWORD).await;
    let other = register_youth(&h, "jonas").await;
    let mut here_ws = support::ws::login(addr, &here).await;
    let mut left_ws = support::ws::login(addr, &left_open).await;

    let list = sessions_of(&h, &here).await;
    assert_eq!(list.len(), 2);
    let ids: Vec<&str> = list.iter().map(|s| s["id"].as_str().unwrap()).collect();
    for id in &ids {
        assert_eq!(id.len(), 16, "{id}");
        assert!(id.chars().all(|c| c.is_ascii_hexdigit()), "{id}");
        assert!(
            !left_open.contains(id) && !here.contains(id),
            "no part of a token"
        );
    }
    let elsewhere = list.iter().find(|s| s["current"] == false).unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned();

    // Someone else's account cannot end it, nor can a made-up name; nothing changes.
    let before = h.counts().await;
    for (token, id) in [
        (&other, elsewhere.as_str()),
        (&here, "0123456789abcdef"),
        (&here, "x"),
    ] {
        Req::delete(&routes::session_path(id))
            .bearer(token)
            .send(&h.app)
            .await
            .expect_error(StatusCode::NOT_FOUND, ErrorCode::NotFound);
    }
    assert_eq!(h.counts().await, before);

    // The own list's name ends that session and closes its live chat; this one stays.
    let reply = Req::delete(&routes::session_path(&elsewhere))
        .bearer(&here)
        .send(&h.app)
        .await;
    assert_eq!(reply.status, StatusCode::NO_CONTENT, "{:?}", reply.body);
    assert_eq!(
        status_of(&h, &left_open, routes::ME).await,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        next_of(&mut left_ws, "error").await["code"],
        "unauthenticated"
    );
    assert!(next(&mut left_ws).await.is_none(), "closed");
    assert_eq!(status_of(&h, &here, routes::ME).await, StatusCode::OK);
    assert_open(&mut here_ws).await;
    assert_eq!(sessions_of(&h, &here).await.len(), 1);
    assert_eq!(h.counts().await.sessions, before.sessions - 1);
    // Once more: it is gone.
    Req::delete(&routes::session_path(&elsewhere))
        .bearer(&here)
        .send(&h.app)
        .await
        .expect_error(StatusCode::NOT_FOUND, ErrorCode::NotFound);
}

/// Two server instances over one database, each with a connection pool of its own as two
/// processes have: wrong passwords and the per-account limits count together, so a second
/// instance gives neither more guesses nor more posts; the bucket's last turn goes to one
/// request only, when requests race on both; and deleting the account deletes its counts.
async fn wrong_passwords_and_limits_count_across_instances(h: Harness) {
    let settings = || Settings {
        login_lockout: LockoutPolicy {
            free_failures: 2,
            first_wait: Duration::from_secs(60),
            max_wait: Duration::from_secs(3600),
            forget_after: Duration::from_secs(3600),
        },
        post_limit: RateLimit {
            burst: 3,
            refill_every: Duration::from_secs(3600),
        },
        ..test_settings()
    };
    let a = h.app_with(settings());
    let b = app(AppState::new(h.second_store().await, settings()).expect("second instance"));
    let token = register_youth(&h, "wandert").await;
    let id = AccountId(me(&h, &token).await["id"].as_i64().unwrap());
    let login_on = |app: &axum::Router, password: &'static str| {
        let app = app.clone();
        async move {
            Req::post(routes::SESSIONS)
                .json(&json!({ "nickname": "wandert", "password": password }))
                .send(&app)
                .await
        }
    };

    // Two free typos, one on each instance; the third, back on the first, starts the wait …
    for app in [&a, &b, &a] {
        login_on(app, "falsch-falsch")
            .await
            .expect_error(StatusCode::UNAUTHORIZED, ErrorCode::InvalidCredentials);
    }
    // … which holds on both, for the right password too.
    for app in [&b, &a] {
        let reply = login_on(app, PASSWORD).await;
        reply.expect_error(StatusCode::TOO_MANY_REQUESTS, ErrorCode::RateLimited);
        assert!(reply.headers.contains_key("retry-after"));
    }
    let failures = h.store.login_failures(id).await.unwrap().expect("counted");
    assert_eq!(failures.count, 3);

    // Three posts in the bucket, whichever instance takes them: the enquiry on one, a
    // message on the other, then a race of eight on both for the last turn.
    let enquiry = Req::post(routes::ENQUIRIES)
        .bearer(&token)
        .json(&json!({
            "topic": "work", "language": "de", "mode": "mail",
            "message": "Ich suche Arbeit.", "client_message_id": "x-0",
        }))
        .send(&a)
        .await;
    assert_eq!(enquiry.status, StatusCode::CREATED, "{:?}", enquiry.json());
    let messages = routes::enquiry_path(
        routes::ENQUIRY_MESSAGES,
        EnquiryId(enquiry.json()["id"].as_i64().unwrap()),
    );
    let post_on = |app: &axum::Router, n: usize| {
        let (app, request) = (
            app.clone(),
            Req::post(&messages)
                .bearer(&token)
                .json(&json!({ "client_message_id": format!("x-{n}"), "text": "noch was" })),
        );
        async move { request.send(&app).await }
    };
    assert_eq!(post_on(&b, 1).await.status, StatusCode::CREATED);
    let before = h.counts().await;
    let racing: Vec<_> = (2..10)
        .map(|n| {
            let app = if n % 2 == 0 { a.clone() } else { b.clone() };
            let request = post_on(&app, n);
            tokio::spawn(async move { request.await.status })
        })
        .collect();
    let mut created = 0;
    for attempt in racing {
        match attempt.await.unwrap() {
            StatusCode::CREATED => created += 1,
            StatusCode::TOO_MANY_REQUESTS => {}
            other => panic!("unexpected {other}"),
        }
    }
    assert_eq!(created, 1, "one racer got the last turn");
    assert_eq!(h.counts().await.messages, before.messages + 1);
    for app in [&a, &b] {
        post_on(app, 99)
            .await
            .expect_error(StatusCode::TOO_MANY_REQUESTS, ErrorCode::RateLimited);
    }

    // Deleting the account deletes its counts with it. It still waits after the wrong
    // passwords, so deleting it must wait as well; once the wait is over (here: the count
    // starts again, as after a right login), one wrong try is counted and the right one
    // deletes the account and the count.
    let delete_with = |password: &'static str| {
        Req::delete(routes::ME)
            .bearer(&token)
            .json(&json!({ "password": password }))
            .send(&b)
    };
    delete_with(PASSWORD)
        .await
        .expect_error(StatusCode::TOO_MANY_REQUESTS, ErrorCode::RateLimited);
    h.store.clear_login_failures(id).await.unwrap();
    delete_with("falsch-falsch")
        .await
        .expect_error(StatusCode::FORBIDDEN, ErrorCode::CurrentPasswordWrong);
    assert_eq!(
        h.store.login_failures(id).await.unwrap().map(|f| f.count),
        Some(1)
    );
    let reply = delete_with(PASSWORD).await;
    assert_eq!(reply.status, StatusCode::NO_CONTENT, "{:?}", reply.json());
    assert_eq!(h.store.login_failures(id).await.unwrap(), None);
}

/// `GET /api/me` as `token`.
async fn me(h: &Harness, token: &str) -> Value {
    let reply = Req::get(routes::ME).bearer(token).send(&h.app).await;
    assert_eq!(reply.status, StatusCode::OK);
    reply.json()
}
