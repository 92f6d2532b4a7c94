//! The HTTP API driven from outside through the `Router`, once on SQLite and once on
//! PostgreSQL: every case below runs as `sqlite::<case>` and `postgres::<case>`.

#![allow(clippy::expect_used, clippy::unwrap_used)]

#[macro_use]
mod support;

use axum::http::StatusCode;
use lernwelt_protocol::{AgeBand, ErrorCode, Language, Languages, Nickname, Role, routes};
use lernwelt_server::Settings;
use lernwelt_server::lockout::LockoutPolicy;
use lernwelt_server::rate_limit::RateLimit;
use lernwelt_server::sessions;
use lernwelt_server::store::{NewAccount, StoreError};
use serde_json::{Value, json};
use std::time::Duration;
use support::{
    Bad, Harness, LogBuffer, Req, add_counsellor, bad, login_counsellor, register_youth,
    test_settings,
};

on_both_backends!(
    health_reports_ok,
    register_login_me_logout_round_trip,
    duplicate_nickname_is_refused_ignoring_case,
    look_alike_and_mixed_script_nicknames_are_refused,
    bad_registrations_get_4xx_json_and_store_nothing,
    bad_logins_get_4xx_json_and_store_nothing,
    wrong_password_gets_401_and_no_session,
    missing_malformed_unknown_and_expired_tokens_get_401,
    delete_account_removes_the_account_and_its_sessions,
    registration_and_login_are_rate_limited_per_address,
    wrong_passwords_make_the_account_wait_from_any_address,
    unknown_routes_and_methods_get_json_errors,
    concurrent_registrations_of_one_nickname_make_one_account,
    logs_hold_no_personal_data,
    api_answers_are_never_cached_and_hsts_comes_only_over_tls,
);

fn registration(nickname: &str) -> Value {
    json!({
        "nickname": nickname,
        "password": "sehr-geheim-123",
        "age_band": "18_21",
        "languages": ["ar", "de"],
    })
}

async fn register(h: &Harness, nickname: &str) -> String {
    let reply = Req::post(routes::ACCOUNTS)
        .json(&registration(nickname))
        .send(&h.app)
        .await;
    assert_eq!(reply.status, StatusCode::CREATED, "{:?}", reply.json());
    reply.token()
}

async fn login(h: &Harness, nickname: &str, password: &str) -> support::Reply {
    Req::post(routes::SESSIONS)
        .json(&json!({ "nickname": nickname, "password": password }))
        .send(&h.app)
        .await
}

async fn health_reports_ok(h: Harness) {
    let reply = Req::get(routes::HEALTH).send(&h.app).await;
    assert_eq!(reply.status, StatusCode::OK);
    assert_eq!(reply.json(), json!({ "status": "ok" }));
}

async fn register_login_me_logout_round_trip(h: Harness) {
    let reply = Req::post(routes::ACCOUNTS)
        .json(&registration("Ляйла_07"))
        .send(&h.app)
        .await;
    assert_eq!(reply.status, StatusCode::CREATED);
    let body = reply.json();
    let first = body["token"].as_str().unwrap().to_owned();
    assert_eq!(first.len(), 64);
    assert!(body["expires_at"].as_i64().unwrap() > body["account"]["created_at"].as_i64().unwrap());
    let account = &body["account"];
    assert_eq!(account["nickname"], "Ляйла_07");
    assert_eq!(account["role"], "youth");
    assert_eq!(account["age_band"], "18_21");
    assert_eq!(account["languages"], json!(["ar", "de"]));
    assert_eq!(
        account.as_object().unwrap().len(),
        6,
        "no hash or other internals in {account}"
    );

    let me = Req::get(routes::ME).bearer(&first).send(&h.app).await;
    assert_eq!(me.status, StatusCode::OK);
    assert_eq!(&me.json(), account);

    // Login ignores the nickname's case and opens a second session.
    let reply = login(&h, "ляйла_07", "sehr-geheim-123").await;
    assert_eq!(reply.status, StatusCode::OK);
    assert_eq!(&reply.json()["account"], account);
    let second = reply.token();
    assert_ne!(first, second);
    assert_eq!(h.counts().await.sessions, 2);

    let out = Req::delete(routes::CURRENT_SESSION)
        .bearer(&first)
        .send(&h.app)
        .await;
    assert_eq!(out.status, StatusCode::NO_CONTENT);
    assert_eq!(h.counts().await.sessions, 1);
    Req::get(routes::ME)
        .bearer(&first)
        .send(&h.app)
        .await
        .expect_error(StatusCode::UNAUTHORIZED, ErrorCode::Unauthenticated);
    Req::delete(routes::CURRENT_SESSION)
        .bearer(&first)
        .send(&h.app)
        .await
        .expect_error(StatusCode::UNAUTHORIZED, ErrorCode::Unauthenticated);
    let still = Req::get(routes::ME).bearer(&second).send(&h.app).await;
    assert_eq!(still.status, StatusCode::OK);
}

async fn duplicate_nickname_is_refused_ignoring_case(h: Harness) {
    register(&h, "Lena.K").await;
    register(&h, "Анна").await;
    let before = h.counts().await;
    for taken in ["Lena.K", "lena.k", "LENA.K", "аННА"] {
        let error = Req::post(routes::ACCOUNTS)
            .json(&registration(taken))
            .send(&h.app)
            .await
            .expect_error(StatusCode::CONFLICT, ErrorCode::NicknameTaken);
        assert_eq!(error.field.as_deref(), Some("nickname"));
    }
    assert_eq!(h.counts().await, before);

    // The database itself refuses it too (what decides when two registrations race).
    let (_, session) =
        sessions::new_session(sessions::now(), Duration::from_secs(60), false).unwrap();
    let refused = h
        .store
        .create_account(&youth_account("LENA.k"), &session)
        .await;
    assert!(
        matches!(refused, Err(StoreError::NicknameTaken)),
        "{refused:?}"
    );
    assert_eq!(
        h.counts().await,
        before,
        "the failed transaction left no session behind"
    );
}

/// Sends every case and checks the error it gets and that nothing was stored.
async fn assert_all_refused(h: &Harness, uri: &str, cases: Vec<Bad>) {
    let before = h.counts().await;
    for case in cases {
        let mut req = Req::post(uri).body(case.body.clone());
        if let Some(content_type) = case.content_type {
            req = req.header("content-type", content_type);
        }
        let reply = req.send(&h.app).await;
        assert_eq!(
            (reply.status, reply.error().code),
            (case.status, case.code),
            "{}",
            case.what
        );
        assert_eq!(reply.error().field.as_deref(), case.field, "{}", case.what);
        assert_eq!(h.counts().await, before, "{} stored something", case.what);
    }
}

async fn bad_registrations_get_4xx_json_and_store_nothing(h: Harness) {
    use ErrorCode as E;
    use StatusCode as S;
    register(&h, "schon_da").await;
    let with = |key: &str, value: Value| {
        let mut body = registration("neu_hier");
        body[key] = value;
        serde_json::to_vec(&body).unwrap()
    };
    let mut oversized = registration("neu_hier");
    oversized["padding"] = json!("x".repeat(lernwelt_protocol::limits::MAX_BODY_BYTES));
    let mut cases = vec![
        bad(
            "too short password",
            with("password", json!("kurz")),
            S::UNPROCESSABLE_ENTITY,
            E::PasswordTooShort,
            Some("password"),
        ),
        bad(
            "too long password",
            with("password", json!("p".repeat(129))),
            S::UNPROCESSABLE_ENTITY,
            E::PasswordTooLong,
            Some("password"),
        ),
        bad(
            "too short nickname",
            with("nickname", json!("ab")),
            S::UNPROCESSABLE_ENTITY,
            E::NicknameTooShort,
            Some("nickname"),
        ),
        bad(
            "nickname with a space",
            with("nickname", json!("neu hier")),
            S::UNPROCESSABLE_ENTITY,
            E::NicknameInvalidCharacters,
            Some("nickname"),
        ),
        bad(
            "unknown field",
            with("email", json!("a@example.org")),
            S::UNPROCESSABLE_ENTITY,
            E::UnknownField,
            Some("email"),
        ),
        bad(
            "nickname as a number",
            with("nickname", json!(12345)),
            S::UNPROCESSABLE_ENTITY,
            E::WrongType,
            Some("nickname"),
        ),
        bad(
            "languages as a string",
            with("languages", json!("de")),
            S::UNPROCESSABLE_ENTITY,
            E::WrongType,
            Some("languages"),
        ),
        bad(
            "password as null",
            with("password", Value::Null),
            S::UNPROCESSABLE_ENTITY,
            E::WrongType,
            Some("password"),
        ),
        bad(
            "unknown language",
            with("languages", json!(["de", "fr"])),
            S::UNPROCESSABLE_ENTITY,
            E::InvalidValue,
            Some("languages.1"),
        ),
        bad(
            "no language",
            with("languages", json!([])),
            S::UNPROCESSABLE_ENTITY,
            E::LanguagesEmpty,
            Some("languages"),
        ),
        bad(
            "language twice",
            with("languages", json!(["de", "de"])),
            S::UNPROCESSABLE_ENTITY,
            E::LanguagesDuplicate,
            Some("languages"),
        ),
        bad(
            "unknown age band",
            with("age_band", json!("42")),
            S::UNPROCESSABLE_ENTITY,
            E::InvalidValue,
            Some("age_band"),
        ),
        bad(
            "missing field",
            br#"{"nickname":"neu_hier","password":"sehr-geheim-123"}"#.to_vec(),
            S::UNPROCESSABLE_ENTITY,
            E::MissingField,
            Some("age_band"),
        ),
        bad(
            "array body",
            b"[]".to_vec(),
            S::UNPROCESSABLE_ENTITY,
            E::WrongType,
            None,
        ),
        bad(
            "broken JSON",
            br#"{"nickname":"neu_hier","#.to_vec(),
            S::BAD_REQUEST,
            E::InvalidJson,
            None,
        ),
        bad(
            "not JSON",
            b"nickname=neu_hier".to_vec(),
            S::BAD_REQUEST,
            E::InvalidJson,
            None,
        ),
        bad(
            "empty body",
            Vec::new(),
            S::BAD_REQUEST,
            E::InvalidJson,
            None,
        ),
        bad(
            "trailing garbage",
            [
                serde_json::to_vec(&registration("neu_hier")).unwrap(),
                b"}".to_vec(),
            ]
            .concat(),
            S::BAD_REQUEST,
            E::InvalidJson,
            None,
        ),
        bad(
            "invalid UTF-8",
            b"{\"nickname\":\"neu_\xc3\x28hier\"}".to_vec(),
            S::BAD_REQUEST,
            E::InvalidUtf8,
            None,
        ),
        bad(
            "oversized body",
            serde_json::to_vec(&oversized).unwrap(),
            S::PAYLOAD_TOO_LARGE,
            E::PayloadTooLarge,
            None,
        ),
        bad(
            "taken nickname",
            serde_json::to_vec(&registration("SCHON_DA")).unwrap(),
            S::CONFLICT,
            E::NicknameTaken,
            Some("nickname"),
        ),
    ];
    cases.push(Bad {
        content_type: None,
        ..bad(
            "no content type",
            serde_json::to_vec(&registration("neu_hier")).unwrap(),
            S::UNSUPPORTED_MEDIA_TYPE,
            E::UnsupportedMediaType,
            None,
        )
    });
    cases.push(Bad {
        content_type: Some("text/plain"),
        ..bad(
            "text content type",
            serde_json::to_vec(&registration("neu_hier")).unwrap(),
            S::UNSUPPORTED_MEDIA_TYPE,
            E::UnsupportedMediaType,
            None,
        )
    });
    assert_all_refused(&h, routes::ACCOUNTS, cases).await;

    // A body announced as too large is refused before it is read.
    let before = h.counts().await;
    Req::post(routes::ACCOUNTS)
        .raw_json(serde_json::to_vec(&registration("neu_hier")).unwrap())
        .header("content-length", "1000000")
        .send(&h.app)
        .await
        .expect_error(StatusCode::PAYLOAD_TOO_LARGE, ErrorCode::PayloadTooLarge);
    assert_eq!(h.counts().await, before);

    // And the good body is still accepted afterwards.
    register(&h, "neu_hier").await;
}

async fn bad_logins_get_4xx_json_and_store_nothing(h: Harness) {
    use ErrorCode as E;
    use StatusCode as S;
    register(&h, "lena").await;
    let cases = vec![
        bad(
            "unknown field",
            br#"{"nickname":"lena","password":"sehr-geheim-123","remember":true}"#.to_vec(),
            S::UNPROCESSABLE_ENTITY,
            E::UnknownField,
            Some("remember"),
        ),
        bad(
            "empty password",
            br#"{"nickname":"lena","password":""}"#.to_vec(),
            S::UNPROCESSABLE_ENTITY,
            E::PasswordEmpty,
            Some("password"),
        ),
        bad(
            "password as number",
            br#"{"nickname":"lena","password":1234567890}"#.to_vec(),
            S::UNPROCESSABLE_ENTITY,
            E::WrongType,
            Some("password"),
        ),
        bad(
            "missing password",
            br#"{"nickname":"lena"}"#.to_vec(),
            S::UNPROCESSABLE_ENTITY,
            E::MissingField,
            Some("password"),
        ),
        bad(
            "broken JSON",
            br#"{"nickname":"lena""#.to_vec(),
            S::BAD_REQUEST,
            E::InvalidJson,
            None,
        ),
        bad(
            "invalid UTF-8",
            b"{\"nickname\":\"\xff\xfe\"}".to_vec(),
            S::BAD_REQUEST,
            E::InvalidUtf8,
            None,
        ),
    ];
    assert_all_refused(&h, routes::SESSIONS, cases).await;
}

async fn wrong_password_gets_401_and_no_session(h: Harness) {
    register(&h, "Ömer").await;
    let before = h.counts().await;
    let error = login(&h, "Ömer", "falsch-falsch-falsch")
        .await
        .expect_error(StatusCode::UNAUTHORIZED, ErrorCode::InvalidCredentials);
    assert_eq!(error.field, None);
    // An unknown nickname gets exactly the same answer.
    let unknown = login(&h, "niemand", "sehr-geheim-123").await;
    let unknown_error =
        unknown.expect_error(StatusCode::UNAUTHORIZED, ErrorCode::InvalidCredentials);
    assert_eq!(unknown_error, error);
    assert_eq!(h.counts().await, before);
    assert_eq!(
        login(&h, "ömer", "sehr-geheim-123").await.status,
        StatusCode::OK
    );
}

async fn missing_malformed_unknown_and_expired_tokens_get_401(h: Harness) {
    register(&h, "sara").await;
    let check = |reply: support::Reply| {
        reply.expect_error(StatusCode::UNAUTHORIZED, ErrorCode::Unauthenticated);
        assert_eq!(
            reply
                .headers
                .get("www-authenticate")
                .and_then(|v| v.to_str().ok()),
            Some("Bearer")
        );
    };
    check(Req::get(routes::ME).send(&h.app).await);
    check(
        Req::get(routes::ME)
            .bearer("not-a-token")
            .send(&h.app)
            .await,
    );
    check(
        Req::get(routes::ME)
            .header("authorization", "Basic c2FyYTpzZWNyZXQ=")
            .send(&h.app)
            .await,
    );
    check(
        Req::get(routes::ME)
            .bearer(&"ab".repeat(32))
            .send(&h.app)
            .await,
    );
    check(
        Req::delete(routes::ME)
            .bearer(&"cd".repeat(32))
            .send(&h.app)
            .await,
    );

    // A session that has run out (lifetime zero) is refused like an unknown one.
    let expiring = h.app_with(Settings {
        session_ttl: Duration::ZERO,
        ..test_settings()
    });
    let reply = Req::post(routes::SESSIONS)
        .json(&json!({ "nickname": "sara", "password": "sehr-geheim-123" }))
        .send(&expiring)
        .await;
    assert_eq!(reply.status, StatusCode::OK);
    let expired = reply.token();
    check(Req::get(routes::ME).bearer(&expired).send(&h.app).await);
    check(Req::delete(routes::ME).bearer(&expired).send(&h.app).await);
    assert_eq!(
        h.counts().await.accounts,
        1,
        "an expired token deleted nothing"
    );
}

async fn delete_account_removes_the_account_and_its_sessions(h: Harness) {
    let first = register(&h, "Dritan").await;
    let second = login(&h, "dritan", "sehr-geheim-123").await.token();
    let other = register(&h, "andere").await;
    assert_eq!(h.counts().await.accounts, 2);
    assert_eq!(h.counts().await.sessions, 3);

    let reply = Req::delete(routes::ME)
        .bearer(&first)
        .json(&json!({ "password": "sehr-geheim-123" }))
        .send(&h.app)
        .await;
    assert_eq!(reply.status, StatusCode::NO_CONTENT);
    assert!(reply.body.is_empty());
    let after = h.counts().await;
    assert_eq!(
        (after.accounts, after.sessions),
        (1, 1),
        "only the other account is left"
    );

    for token in [&first, &second] {
        Req::get(routes::ME)
            .bearer(token)
            .send(&h.app)
            .await
            .expect_error(StatusCode::UNAUTHORIZED, ErrorCode::Unauthenticated);
    }
    login(&h, "Dritan", "sehr-geheim-123")
        .await
        .expect_error(StatusCode::UNAUTHORIZED, ErrorCode::InvalidCredentials);
    assert_eq!(
        Req::get(routes::ME)
            .bearer(&other)
            .send(&h.app)
            .await
            .status,
        StatusCode::OK
    );
    // The nickname is free again.
    register(&h, "dritan").await;
}

async fn registration_and_login_are_rate_limited_per_address(h: Harness) {
    let app = h.app_with(Settings {
        register_limit: RateLimit {
            burst: 2,
            refill_every: Duration::from_secs(3600),
        },
        login_limit: RateLimit {
            burst: 3,
            refill_every: Duration::from_secs(3600),
        },
        ..test_settings()
    });
    let register_from = |nickname: &str, addr: &str| {
        Req::post(routes::ACCOUNTS)
            .json(&registration(nickname))
            .client_addr(addr)
    };
    assert_eq!(
        register_from("eins", "192.0.2.10:5000")
            .send(&app)
            .await
            .status,
        StatusCode::CREATED
    );
    assert_eq!(
        register_from("zwei", "192.0.2.10:5001")
            .send(&app)
            .await
            .status,
        StatusCode::CREATED
    );
    let before = h.counts().await;
    let reply = register_from("drei", "192.0.2.10:5002").send(&app).await;
    reply.expect_error(StatusCode::TOO_MANY_REQUESTS, ErrorCode::RateLimited);
    let retry_after: u64 = reply.headers["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=3600).contains(&retry_after));
    assert_eq!(
        h.counts().await,
        before,
        "a refused registration stores nothing"
    );
    // Bad bodies count too: the limit is checked before the body is read.
    register_from("drei", "192.0.2.10:5003")
        .body("{")
        .send(&app)
        .await
        .expect_error(StatusCode::TOO_MANY_REQUESTS, ErrorCode::RateLimited);
    // Another address has its own bucket.
    assert_eq!(
        register_from("drei", "198.51.100.7:5000")
            .send(&app)
            .await
            .status,
        StatusCode::CREATED
    );

    let login_from = |password: &str, addr: &str| {
        Req::post(routes::SESSIONS)
            .json(&json!({ "nickname": "eins", "password": password }))
            .client_addr(addr)
    };
    for _ in 0..3 {
        login_from("falsch-falsch", "203.0.113.5:4000")
            .send(&app)
            .await
            .expect_error(StatusCode::UNAUTHORIZED, ErrorCode::InvalidCredentials);
    }
    // Now even the right password is refused from there, without being checked.
    login_from("sehr-geheim-123", "203.0.113.5:4000")
        .send(&app)
        .await
        .expect_error(StatusCode::TOO_MANY_REQUESTS, ErrorCode::RateLimited);
    assert_eq!(
        login_from("sehr-geheim-123", "203.0.113.6:4000")
            .send(&app)
            .await
            .status,
        StatusCode::OK
    );
    // Other routes are not limited.
    assert_eq!(
        Req::get(routes::HEALTH)
            .client_addr("203.0.113.5:4000")
            .send(&app)
            .await
            .status,
        StatusCode::OK
    );
}

async fn unknown_routes_and_methods_get_json_errors(h: Harness) {
    Req::get("/api/nothing-here")
        .send(&h.app)
        .await
        .expect_error(StatusCode::NOT_FOUND, ErrorCode::NotFound);
    Req::get(routes::ACCOUNTS)
        .send(&h.app)
        .await
        .expect_error(StatusCode::METHOD_NOT_ALLOWED, ErrorCode::MethodNotAllowed);
    Req::post(routes::ME)
        .raw_json("{}")
        .send(&h.app)
        .await
        .expect_error(StatusCode::METHOD_NOT_ALLOWED, ErrorCode::MethodNotAllowed);
}

async fn look_alike_and_mixed_script_nicknames_are_refused(h: Harness) {
    register(&h, "lena.k").await;
    register(&h, "ace_17").await;
    register(&h, "لينا").await;
    let before = h.counts().await;
    // Each in one script, but drawn the same as a nickname that exists: fullwidth letters,
    // Cyrillic а с е, the Arabic tatweel, the digit 1 for l.
    for look_alike in ["ｌｅｎａ.ｋ", "асе_17", "لـينا", "1ena.k"] {
        let error = Req::post(routes::ACCOUNTS)
            .json(&registration(look_alike))
            .send(&h.app)
            .await
            .expect_error(StatusCode::CONFLICT, ErrorCode::NicknameTaken);
        assert_eq!(error.field.as_deref(), Some("nickname"), "{look_alike}");
    }
    // Latin with a Cyrillic е, Latin with an Arabic-Indic digit.
    for mixed in ["l\u{0435}na_neu", "lena٣"] {
        Req::post(routes::ACCOUNTS)
            .json(&registration(mixed))
            .send(&h.app)
            .await
            .expect_error(
                StatusCode::UNPROCESSABLE_ENTITY,
                ErrorCode::NicknameMixedScripts,
            );
    }
    // A Hangul filler is a letter that draws nothing.
    Req::post(routes::ACCOUNTS)
        .json(&registration("lena\u{3164}"))
        .send(&h.app)
        .await
        .expect_error(
            StatusCode::UNPROCESSABLE_ENTITY,
            ErrorCode::NicknameInvalidCharacters,
        );
    assert_eq!(h.counts().await, before);
    // Names that only resemble each other a little are free, and the first still logs in.
    register(&h, "lina.k").await;
    register(&h, "лена").await;
    assert_eq!(
        login(&h, "lena.k", "sehr-geheim-123").await.status,
        StatusCode::OK
    );

    // A counsellor's name is held to the same rules.
    let error = add_counsellor_named(&h, "ace_17").await;
    assert!(error.contains("looks the same"), "{error}");
    let error = add_counsellor_named(&h, "Fr\u{0430}u_Weber").await;
    assert!(error.contains("one script"), "{error}");
}

/// Runs `counsellor add` for `name`; its refusal.
async fn add_counsellor_named(h: &Harness, name: &str) -> String {
    match support::admin(
        h,
        &["counsellor", "add", "--name", name, "--languages", "de"],
    )
    .await
    {
        Ok(_) => panic!("{name} was added"),
        Err(e) => e.to_string(),
    }
}

async fn concurrent_registrations_of_one_nickname_make_one_account(h: Harness) {
    let mut tasks = tokio::task::JoinSet::new();
    for i in 0..6 {
        let app = h.app.clone();
        // Different case each time: the canonical form is what must be unique.
        let nickname = if i % 2 == 0 { "Zeynep" } else { "zeynep" };
        tasks.spawn(async move {
            Req::post(routes::ACCOUNTS)
                .json(&registration(nickname))
                .send(&app)
                .await
        });
    }
    let mut created = 0;
    while let Some(reply) = tasks.join_next().await {
        let reply = reply.expect("task");
        if reply.status == StatusCode::CREATED {
            created += 1;
        } else {
            reply.expect_error(StatusCode::CONFLICT, ErrorCode::NicknameTaken);
        }
    }
    assert_eq!(created, 1);
    let counts = h.counts().await;
    assert_eq!((counts.accounts, counts.sessions), (1, 1));
}

async fn logs_hold_no_personal_data(h: Harness) {
    let buffer = LogBuffer::default();
    let writer = buffer.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_ansi(false)
        .with_writer(move || writer.clone())
        .finish();
    let _guard = tracing::subscriber::set_default(subscriber);

    let nickname = "Geheimname_77";
    let password = "Passwort-Nicht-Loggen";
    let addr = "192.0.2.199:4711";
    let body = json!({
        "nickname": nickname, "password": password, "age_band": "16_17", "languages": ["sq"],
    });
    let token = Req::post(routes::ACCOUNTS)
        .json(&body)
        .client_addr(addr)
        .send(&h.app)
        .await
        .token();
    Req::post(routes::ACCOUNTS)
        .json(&body)
        .client_addr(addr)
        .send(&h.app)
        .await
        .expect_error(StatusCode::CONFLICT, ErrorCode::NicknameTaken);
    Req::post(routes::SESSIONS)
        .json(&json!({ "nickname": nickname, "password": "Falsches-Passwort" }))
        .client_addr(addr)
        .send(&h.app)
        .await
        .expect_error(StatusCode::UNAUTHORIZED, ErrorCode::InvalidCredentials);
    Req::post(routes::ACCOUNTS)
        .raw_json(format!(r#"{{"nickname":"{nickname}","password":7}}"#))
        .send(&h.app)
        .await
        .expect_error(StatusCode::UNPROCESSABLE_ENTITY, ErrorCode::WrongType);
    Req::get(routes::ME).bearer(&token).send(&h.app).await;

    // Counselling: message texts, the phone number, the absence notice, the counsellor's
    // one-time password, TOTP secret and codes.
    let message = "Mein-geheimes-Anliegen-123";
    let reply_text = "Antwort-der-Beraterin-456";
    let typed_phone = "+49 151 2345 6789";
    let notice = "Abwesend-bis-Montag-789";
    let counsellor = add_counsellor(&h, "Frau_Geheim", "sq,de").await;
    let created = Req::post(routes::ENQUIRIES)
        .bearer(&token)
        .json(&json!({
            "topic": "residence", "language": "sq", "mode": "callback",
            "message": message, "client_message_id": "log-1",
            "callback": { "phone": typed_phone, "window": {
                "from": sessions::now().0, "until": sessions::now().0 + 3600 } },
        }))
        .send(&h.app)
        .await;
    assert_eq!(created.status, StatusCode::CREATED);
    let id = lernwelt_protocol::EnquiryId(created.json()["id"].as_i64().unwrap());
    let path = |pattern| routes::enquiry_path(pattern, id);
    let code = counsellor.next_code().await;
    Req::post(routes::SESSIONS)
        .json(&json!({ "nickname": counsellor.name, "password": counsellor.password }))
        .send(&h.app)
        .await
        .expect_error(StatusCode::UNAUTHORIZED, ErrorCode::TotpRequired);
    let staff = login_counsellor(&h, &counsellor).await;
    Req::post(routes::SESSIONS)
        .json(
            &json!({ "nickname": counsellor.name, "password": counsellor.password, "totp": code }),
        )
        .send(&h.app)
        .await;
    Req::post(&path(routes::ENQUIRY_ACCEPT))
        .bearer(&staff)
        .send(&h.app)
        .await;
    let sent = Req::post(&path(routes::ENQUIRY_MESSAGES))
        .bearer(&staff)
        .json(&json!({ "client_message_id": "log-2", "text": reply_text }))
        .send(&h.app)
        .await;
    assert_eq!(sent.status, StatusCode::CREATED);
    Req::post(&path(routes::ENQUIRY_MESSAGES))
        .bearer(&token)
        .json(&json!({ "client_message_id": "log-3", "text": format!("{message}\u{0}") }))
        .send(&h.app)
        .await
        .expect_error(
            StatusCode::UNPROCESSABLE_ENTITY,
            ErrorCode::TextInvalidCharacters,
        );
    Req::put(routes::ABSENCE)
        .bearer(&staff)
        .json(&json!({ "text": notice, "until": sessions::now().0 + 600 }))
        .send(&h.app)
        .await;
    Req::get(&path(routes::ENQUIRY))
        .bearer(&staff)
        .send(&h.app)
        .await;
    Req::get(&path(routes::ENQUIRY_MESSAGES))
        .bearer(&token)
        .send(&h.app)
        .await;
    let done = Req::post(&path(routes::ENQUIRY_CALLBACK_DONE))
        .bearer(&staff)
        .send(&h.app)
        .await;
    assert_eq!(done.status, StatusCode::OK);
    // Forum: a thread title, its first post, a reply, a flag and a moderation decision.
    let title = "Geheimer-Forumstitel-321";
    let first_post = "Geheimer-Forumsbeitrag-654";
    let forum_reply = "Geheime-Forumsantwort-987";
    let thread = Req::post(routes::FORUM_THREADS)
        .bearer(&token)
        .json(
            &json!({ "category": "housing", "title": title, "language": "sq", "text": first_post }),
        )
        .send(&h.app)
        .await;
    assert_eq!(thread.status, StatusCode::CREATED);
    let thread_id = thread.json()["id"].as_i64().unwrap();
    let posted = Req::post(&routes::forum_path(routes::FORUM_THREAD_POSTS, thread_id))
        .bearer(&staff)
        .json(&json!({ "text": forum_reply }))
        .send(&h.app)
        .await;
    assert_eq!(posted.status, StatusCode::CREATED);
    let post_id = posted.json()["id"].as_i64().unwrap();
    Req::post(&routes::forum_path(routes::FORUM_POST_FLAG, post_id))
        .bearer(&token)
        .send(&h.app)
        .await;
    Req::post(&routes::forum_path(routes::FORUM_POST_MODERATION, post_id))
        .bearer(&staff)
        .json(&json!({ "action": "hide" }))
        .send(&h.app)
        .await;
    Req::post(&routes::forum_path(routes::FORUM_THREAD_POSTS, thread_id))
        .bearer(&token)
        .json(&json!({ "text": format!("{forum_reply}\u{7}") }))
        .send(&h.app)
        .await
        .expect_error(
            StatusCode::UNPROCESSABLE_ENTITY,
            ErrorCode::TextInvalidCharacters,
        );
    Req::get(&routes::forum_path(routes::FORUM_THREAD_POSTS, thread_id))
        .bearer(&token)
        .send(&h.app)
        .await;
    let deleted = Req::delete(routes::ME)
        .bearer(&token)
        .json(&json!({ "password": password }))
        .send(&h.app)
        .await;
    assert_eq!(deleted.status, StatusCode::NO_CONTENT);

    let logs = buffer.text();
    assert!(logs.contains("forum post moderated"), "{logs}");
    assert!(
        logs.contains("/api/accounts"),
        "requests are logged: {logs}"
    );
    assert!(logs.contains("account_deleted"), "{logs}");
    assert!(logs.contains("enquiry accepted"), "{logs}");
    assert!(
        logs.contains("/api/counselling/enquiries/{id}/messages"),
        "{logs}"
    );
    let secret_base32 = lernwelt_server::totp::base32(counsellor.secret.as_bytes());
    for secret in [
        nickname,
        &nickname.to_lowercase(),
        password,
        "Falsches-Passwort",
        &token,
        &staff,
        "192.0.2.199",
        message,
        reply_text,
        notice,
        typed_phone,
        "+4915123456789",
        &counsellor.password,
        &counsellor.new_password(),
        &secret_base32,
        "Frau_Geheim",
        title,
        first_post,
        forum_reply,
    ] {
        assert!(!logs.contains(secret), "the logs hold {secret:?}:\n{logs}");
    }
    // A six-digit code may turn up inside a timing figure by chance; as a number of its own
    // it must not.
    let digits: Vec<&str> = logs.split(|c: char| !c.is_ascii_digit()).collect();
    assert!(
        !digits.contains(&code.as_str()),
        "the logs hold the TOTP code:\n{logs}"
    );
}

async fn wrong_passwords_make_the_account_wait_from_any_address(h: Harness) {
    let app = h.app_with(Settings {
        login_lockout: LockoutPolicy {
            free_failures: 3,
            first_wait: Duration::from_millis(400),
            max_wait: Duration::from_secs(3600),
            forget_after: Duration::from_secs(3600),
        },
        ..test_settings()
    });
    register_youth(&h, "ziel").await;
    register_youth(&h, "andere").await;
    let attempt = |nickname: &'static str, password: &'static str, addr: String| {
        let app = app.clone();
        async move {
            Req::post(routes::SESSIONS)
                .json(&json!({ "nickname": nickname, "password": password }))
                .client_addr(&addr)
                .send(&app)
                .await
        }
    };
    // Three wrong guesses from three addresses are free …
    for n in 0..3 {
        attempt("ziel", "falsch-falsch", format!("198.51.100.{n}:4000"))
            .await
            .expect_error(StatusCode::UNAUTHORIZED, ErrorCode::InvalidCredentials);
    }
    // … the fourth makes the account wait, whatever the address …
    attempt("ziel", "falsch-falsch", "203.0.113.1:4000".into())
        .await
        .expect_error(StatusCode::UNAUTHORIZED, ErrorCode::InvalidCredentials);
    let before = h.counts().await;
    let reply = attempt("ziel", "sehr-geheim-123", "203.0.113.2:4000".into()).await;
    reply.expect_error(StatusCode::TOO_MANY_REQUESTS, ErrorCode::RateLimited);
    assert!(reply.headers.contains_key("retry-after"));
    assert_eq!(
        h.counts().await,
        before,
        "no session while it waits, even with the right password"
    );
    // … while other accounts log in as before.
    assert_eq!(
        attempt("andere", "sehr-geheim-123", "203.0.113.1:4000".into())
            .await
            .status,
        StatusCode::OK
    );
    // After the wait the right password works and clears the count.
    tokio::time::sleep(Duration::from_millis(450)).await;
    assert_eq!(
        attempt("ziel", "sehr-geheim-123", "203.0.113.2:4000".into())
            .await
            .status,
        StatusCode::OK
    );
    attempt("ziel", "falsch-falsch", "203.0.113.3:4000".into())
        .await
        .expect_error(StatusCode::UNAUTHORIZED, ErrorCode::InvalidCredentials);
}

async fn api_answers_are_never_cached_and_hsts_comes_only_over_tls(h: Harness) {
    let no_store = |reply: &support::Reply| {
        reply
            .headers
            .get("cache-control")
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned)
    };
    let hsts = |reply: &support::Reply| reply.headers.contains_key("strict-transport-security");
    // The new session's token, the own account, and an error: none may be cached.
    let reply = Req::post(routes::ACCOUNTS)
        .json(&registration("cache_frei"))
        .send(&h.app)
        .await;
    assert_eq!(reply.status, StatusCode::CREATED);
    assert_eq!(no_store(&reply).as_deref(), Some("no-store"));
    let token = reply.token();
    // The auth scheme in any case (RFC 9110).
    for scheme in ["bearer", "BEARER", "Bearer"] {
        let me = Req::get(routes::ME)
            .header("authorization", &format!("{scheme} {token}"))
            .send(&h.app)
            .await;
        assert_eq!(me.status, StatusCode::OK, "{scheme}");
        assert_eq!(no_store(&me).as_deref(), Some("no-store"));
    }
    let refused = Req::get(routes::ME)
        .header("authorization", &format!("Basic {token}"))
        .send(&h.app)
        .await;
    refused.expect_error(StatusCode::UNAUTHORIZED, ErrorCode::Unauthenticated);
    assert_eq!(no_store(&refused).as_deref(), Some("no-store"));
    // Plain HTTP (as these requests are): no HSTS, which would mean nothing there.
    assert!(!hsts(&reply));

    // Behind a trusted proxy that says the client came over TLS: HSTS. The same header from
    // anyone else, or the proxy without it, changes nothing.
    let proxied = h.app_with(Settings {
        trusted_proxies: vec!["10.0.0.0/8".parse().unwrap()],
        ..test_settings()
    });
    let health = |peer: &str, proto: Option<&str>| {
        let mut req = Req::get(routes::HEALTH).client_addr(peer);
        if let Some(proto) = proto {
            req = req.header("x-forwarded-proto", proto);
        }
        req.send(&proxied)
    };
    assert!(hsts(&health("10.1.2.3:443", Some("https")).await));
    assert!(!hsts(&health("10.1.2.3:443", Some("http")).await));
    assert!(!hsts(&health("10.1.2.3:443", None).await));
    assert!(!hsts(&health("203.0.113.7:5000", Some("https")).await));
    let me = Req::get(routes::ME)
        .bearer(&token)
        .client_addr("10.1.2.3:443")
        .header("forwarded", "for=198.51.100.4;proto=https")
        .send(&proxied)
        .await;
    assert_eq!(me.status, StatusCode::OK);
    assert!(hsts(&me) && no_store(&me).as_deref() == Some("no-store"));
}

/// Accounts made before skeletons were stored get theirs when the server starts; of two old
/// look-alikes the older keeps it, and a new look-alike of either is refused.
#[tokio::test]
async fn old_accounts_get_their_skeleton_at_start() {
    use lernwelt_server::store::{SqliteStore, Store};
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.sqlite3");
    let store = SqliteStore::open(&path).await.unwrap();
    let (_, session) =
        sessions::new_session(sessions::now(), Duration::from_secs(60), false).unwrap();
    for name in ["lena", "асе"] {
        let (_, session) =
            sessions::new_session(sessions::now(), Duration::from_secs(60), false).unwrap();
        store
            .create_account(&youth_account(name), &session)
            .await
            .unwrap();
    }
    store.close().await;
    // As they were before migration 0009: no skeletons, and a Latin "ace" that looks like the
    // Cyrillic "асе" made later.
    let raw = sqlx::SqlitePool::connect(&format!("sqlite://{}", path.display()))
        .await
        .unwrap();
    sqlx::query("UPDATE accounts SET nickname_skeleton = NULL")
        .execute(&raw)
        .await
        .unwrap();
    sqlx::query(
        "INSERT INTO accounts (nickname, nickname_canonical, password_hash, role, age_band, \
         languages, created_at, last_seen_at) SELECT 'ace', 'ace', password_hash, role, \
         age_band, languages, created_at, last_seen_at FROM accounts WHERE nickname = 'lena'",
    )
    .execute(&raw)
    .await
    .unwrap();
    raw.close().await;

    let store = SqliteStore::open(&path).await.unwrap();
    let raw = sqlx::SqlitePool::connect(&format!("sqlite://{}", path.display()))
        .await
        .unwrap();
    let skeletons: Vec<(String, Option<String>)> =
        sqlx::query_as("SELECT nickname, nickname_skeleton FROM accounts ORDER BY id")
            .fetch_all(&raw)
            .await
            .unwrap();
    raw.close().await;
    assert_eq!(
        skeletons,
        [
            ("lena".to_owned(), Some("lena".to_owned())),
            ("асе".to_owned(), Some("ace".to_owned())),
            ("ace".to_owned(), None),
        ]
    );
    assert!(matches!(
        store
            .create_account(&youth_account("ｌｅｎａ"), &session)
            .await,
        Err(StoreError::NicknameTaken)
    ));
    store.close().await;
}

/// A young person's account to store directly (the password hash is a well-formed dummy).
fn youth_account(nickname: &str) -> NewAccount {
    NewAccount {
        nickname: Nickname::try_from(nickname).unwrap(),
        password_hash: "$argon2id$v=19$m=8,t=1,p=1$c2FsdHNhbHQ$aGFzaA".to_owned(),
        role: Role::Youth,
        age_band: AgeBand::Over27,
        languages: Languages::try_from(vec![Language::De]).unwrap(),
        created_at: sessions::now(),
    }
}
