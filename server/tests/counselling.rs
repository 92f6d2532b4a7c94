//! Counselling and counsellor accounts driven from outside over HTTP, once on SQLite and once
//! on PostgreSQL: the authorisation matrix, the second factor, the accept race, idempotent
//! resends, history, hand-over, callbacks and retention, unread counts, absence notices and
//! bad input. Every case runs as `sqlite::<case>` and `postgres::<case>`.

#![allow(clippy::expect_used, clippy::unwrap_used)]

#[macro_use]
mod support;

use axum::http::StatusCode;
use lernwelt_protocol::{
    AccountId, AgeBand, ClientMessageId, EnquiryId, EnquiryStatus, ErrorCode, Language, Languages,
    MessageText, Mode, Nickname, Role, Topic, routes,
};
use lernwelt_server::Settings;
use lernwelt_server::rate_limit::RateLimit;
use lernwelt_server::retention;
use lernwelt_server::sessions;
use lernwelt_server::store::{Created, NewAccount, NewEnquiry};
use serde_json::{Value, json};
use std::time::Duration;
use support::{
    Bad, Counsellor, Harness, Reply, Req, add_counsellor, admin, bad, login_counsellor,
    register_youth, test_settings,
};

on_both_backends!(
    counsellor_admin_commands_add_list_disable,
    counsellor_login_needs_a_valid_unused_totp_code,
    staff_account_without_second_factor_gets_nothing,
    authorisation_matrix,
    concurrent_accepts_exactly_one_wins,
    resends_make_no_duplicates,
    history_catches_up_since_an_id,
    hand_over_to_a_colleague_who_speaks_the_language,
    callback_seen_only_by_the_acceptor_and_deleted_when_done,
    retention_deletes_old_callbacks_and_closed_threads,
    retention_deletes_accounts_nobody_used_for_two_years,
    unread_counts_for_each_side,
    absence_notice_is_shown_to_the_young_person,
    closing_by_either_side,
    disabling_a_counsellor_returns_enquiries_to_the_inbox,
    inbox_filters_by_language_and_topic,
    deleting_a_youth_account_deletes_its_enquiries,
    open_enquiries_and_posting_are_limited,
    bad_counselling_input_gets_4xx_json_and_changes_nothing,
    inbox_pages_after_the_last_one_seen,
    spam_closes_and_blocks_until_an_admin_lifts_it,
    stored_rows_that_today_refuses_are_shown_neutralised,
);

fn path(pattern: &str, id: EnquiryId) -> String {
    routes::enquiry_path(pattern, id)
}

fn now() -> i64 {
    sessions::now().0
}

fn mail(language: &str, message: &str, client_message_id: &str) -> Value {
    json!({
        "topic": "work",
        "language": language,
        "mode": "mail",
        "message": message,
        "client_message_id": client_message_id,
    })
}

fn callback(language: &str, phone: &str, client_message_id: &str) -> Value {
    json!({
        "topic": "housing",
        "language": language,
        "mode": "callback",
        "message": "Bitte rufen Sie mich an.",
        "client_message_id": client_message_id,
        "callback": { "phone": phone, "window": { "from": now(), "until": now() + 7200 } },
    })
}

async fn create(h: &Harness, token: &str, body: &Value) -> Reply {
    Req::post(routes::ENQUIRIES)
        .bearer(token)
        .json(body)
        .send(&h.app)
        .await
}

/// Opens a mail enquiry; its id.
async fn open(h: &Harness, token: &str, language: &str, client_message_id: &str) -> EnquiryId {
    let reply = create(
        h,
        token,
        &mail(language, "Ich suche Arbeit.", client_message_id),
    )
    .await;
    assert_eq!(reply.status, StatusCode::CREATED, "{:?}", reply.json());
    EnquiryId(reply.json()["id"].as_i64().unwrap())
}

async fn accept(h: &Harness, token: &str, id: EnquiryId) -> Reply {
    Req::post(&path(routes::ENQUIRY_ACCEPT, id))
        .bearer(token)
        .send(&h.app)
        .await
}

async fn send(h: &Harness, token: &str, id: EnquiryId, client_id: &str, text: &str) -> Reply {
    Req::post(&path(routes::ENQUIRY_MESSAGES, id))
        .bearer(token)
        .json(&json!({ "client_message_id": client_id, "text": text }))
        .send(&h.app)
        .await
}

async fn get(h: &Harness, token: &str, uri: &str) -> Reply {
    Req::get(uri).bearer(token).send(&h.app).await
}

async fn post(h: &Harness, token: &str, uri: &str) -> Reply {
    Req::post(uri).bearer(token).send(&h.app).await
}

/// The enquiry as `token` sees it (asserting 200).
async fn enquiry(h: &Harness, token: &str, id: EnquiryId) -> Value {
    let reply = get(h, token, &path(routes::ENQUIRY, id)).await;
    assert_eq!(reply.status, StatusCode::OK, "{:?}", reply.json());
    reply.json()
}

/// Ids of the enquiries in a counsellor's inbox.
async fn inbox(h: &Harness, token: &str, query: &str) -> Vec<i64> {
    let reply = get(h, token, &format!("{}{query}", routes::INBOX)).await;
    assert_eq!(reply.status, StatusCode::OK, "{:?}", reply.json());
    reply.json()["enquiries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|item| item["enquiry"]["id"].as_i64().unwrap())
        .collect()
}

/// Ids of the caller's own enquiries.
async fn own(h: &Harness, token: &str) -> Vec<i64> {
    let reply = get(h, token, routes::ENQUIRIES).await;
    assert_eq!(reply.status, StatusCode::OK, "{:?}", reply.json());
    reply.json()["enquiries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["id"].as_i64().unwrap())
        .collect()
}

/// The texts of an enquiry's messages after `since`, and `more`.
async fn history(h: &Harness, token: &str, id: EnquiryId, query: &str) -> (Vec<Value>, bool) {
    let reply = get(
        h,
        token,
        &format!("{}{query}", path(routes::ENQUIRY_MESSAGES, id)),
    )
    .await;
    assert_eq!(reply.status, StatusCode::OK, "{:?}", reply.json());
    let body = reply.json();
    (
        body["messages"].as_array().unwrap().clone(),
        body["more"].as_bool().unwrap(),
    )
}

async fn counsellor_admin_commands_add_list_disable(h: Harness) {
    let output = admin(
        &h,
        &[
            "counsellor",
            "add",
            "--name",
            "Frau_Ünal",
            "--languages",
            "de,ar",
        ],
    )
    .await
    .unwrap();
    assert!(
        output.contains("Frau_Ünal") && output.contains("de,ar"),
        "{output}"
    );
    let unal = Counsellor::from_enrolment("Frau_Ünal", &output);
    assert_eq!(unal.password.chars().count(), 20);
    assert!(output.contains("otpauth://totp/Lernwelt:Frau_%C3%9Cnal?secret="));
    assert!(output.contains("&issuer=Lernwelt&algorithm=SHA1&digits=6&period=30"));
    add_counsellor(&h, "Herr_Krasniqi", "sq").await;

    // Names are unique among all accounts, without regard to case.
    register_youth(&h, "lena").await;
    for taken in ["frau_ünal", "LENA"] {
        let error = admin(
            &h,
            &["counsellor", "add", "--name", taken, "--languages", "de"],
        )
        .await
        .unwrap_err();
        assert!(error.to_string().contains("exists already"), "{error}");
    }
    let error = admin(
        &h,
        &["counsellor", "add", "--name", "Neu", "--languages", "de,de"],
    )
    .await
    .unwrap_err();
    assert!(error.to_string().contains("languages_duplicate"), "{error}");

    let list = admin(&h, &["counsellor", "list"]).await.unwrap();
    let lines: Vec<&str> = list.lines().collect();
    assert_eq!(lines.len(), 3, "{list}");
    assert!(lines[0].starts_with("NAME"), "{list}");
    assert!(lines[1].starts_with("Frau_Ünal") && lines[1].contains("de,ar"));
    assert!(lines[1].contains("active"), "{list}");
    assert!(lines[2].starts_with("Herr_Krasniqi") && lines[2].contains(" sq "));
    assert!(!list.contains(&unal.password), "no secrets in the list");
    assert!(!list.contains("otpauth"), "no secrets in the list");

    // Disabling ends the sessions and every later login.
    let token = login_counsellor(&h, &unal).await;
    assert_eq!(get(&h, &token, routes::INBOX).await.status, StatusCode::OK);
    let output = admin(&h, &["counsellor", "disable", "--name", "FRAU_ÜNAL"])
        .await
        .unwrap();
    assert!(output.contains("disabled"), "{output}");
    get(&h, &token, routes::INBOX)
        .await
        .expect_error(StatusCode::UNAUTHORIZED, ErrorCode::Unauthenticated);
    let before = h.counts().await;
    Req::post(routes::SESSIONS)
        .json(&json!({
            "nickname": unal.name, "password": unal.password, "totp": unal.next_code().await,
        }))
        .send(&h.app)
        .await
        .expect_error(StatusCode::UNAUTHORIZED, ErrorCode::InvalidCredentials);
    assert_eq!(
        h.counts().await,
        before,
        "a disabled counsellor gets no session"
    );
    let list = admin(&h, &["counsellor", "list"]).await.unwrap();
    assert!(list.lines().nth(1).unwrap().contains("disabled"), "{list}");
    // Young people and unknown names cannot be disabled.
    for name in ["lena", "niemand"] {
        let error = admin(&h, &["counsellor", "disable", "--name", name])
            .await
            .unwrap_err();
        assert!(error.to_string().contains("no counsellor"), "{error}");
    }
}

async fn counsellor_login_needs_a_valid_unused_totp_code(h: Harness) {
    let c = add_counsellor(&h, "Beraterin", "de").await;
    let login = |body: Value| {
        let app = h.app.clone();
        async move { Req::post(routes::SESSIONS).json(&body).send(&app).await }
    };
    let before = h.counts().await;
    // Password alone: the second factor is asked for, and no session is made; a wrong
    // password alone gets the same answer (it tells nothing about the password).
    for password in [c.password.as_str(), "falsch-falsch"] {
        let error = login(json!({ "nickname": "beraterin", "password": password }))
            .await
            .expect_error(StatusCode::UNAUTHORIZED, ErrorCode::TotpRequired);
        assert_eq!(error.field.as_deref(), Some("totp"));
    }
    // A wrong code: the same answer as a wrong password, so neither tells that the password
    // was right.
    let right = c.next_code().await;
    let wrong = format!("{:06}", (right.parse::<u32>().unwrap() + 1) % 1_000_000);
    login(json!({ "nickname": "Beraterin", "password": c.password, "totp": wrong }))
        .await
        .expect_error(StatusCode::UNAUTHORIZED, ErrorCode::InvalidCredentials);
    // A code of long ago.
    let old = format!(
        "{:06}",
        c.secret
            .code_at_step(lernwelt_server::totp::step_of(sessions::now()) - 20)
    );
    if old != right {
        login(json!({ "nickname": "Beraterin", "password": c.password, "totp": old }))
            .await
            .expect_error(StatusCode::UNAUTHORIZED, ErrorCode::InvalidCredentials);
    }
    // A right code with a wrong password tells nothing about the code.
    login(json!({ "nickname": "Beraterin", "password": "falsch-falsch", "totp": right }))
        .await
        .expect_error(StatusCode::UNAUTHORIZED, ErrorCode::InvalidCredentials);
    // Malformed codes are refused as input.
    for malformed in [json!("12345"), json!("12a456"), json!(123456)] {
        let reply = login(json!({
            "nickname": "Beraterin", "password": c.password, "totp": malformed,
        }))
        .await;
        assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(reply.error().field.as_deref(), Some("totp"));
    }
    assert_eq!(h.counts().await, before, "no session for any of these");

    // Password and a fresh code: a staff session, shorter than a young person's.
    let reply =
        login(json!({ "nickname": "Beraterin", "password": c.password, "totp": right })).await;
    assert_eq!(reply.status, StatusCode::OK, "{:?}", reply.json());
    let body = reply.json();
    assert_eq!(body["account"]["role"], "counsellor");
    assert_eq!(body["account"]["languages"], json!(["de"]));
    assert!(body["account"].get("age_band").is_none(), "{body}");
    let lifetime = body["expires_at"].as_i64().unwrap() - now();
    assert!((1790..=1800).contains(&lifetime), "{lifetime}");
    // The same code again is a replay.
    login(json!({ "nickname": "Beraterin", "password": c.password, "totp": right }))
        .await
        .expect_error(StatusCode::UNAUTHORIZED, ErrorCode::InvalidCredentials);
    assert_eq!(h.counts().await.sessions, before.sessions + 1);
    // Staff accounts are disabled by an admin, not deleted by themselves.
    let token = body["token"].as_str().unwrap().to_owned();
    Req::delete(routes::ME)
        .bearer(&token)
        .send(&h.app)
        .await
        .expect_error(StatusCode::FORBIDDEN, ErrorCode::Forbidden);
    assert_eq!(get(&h, &token, routes::ME).await.status, StatusCode::OK);

    // A young person needs no code, and one sent along is ignored.
    register_youth(&h, "jung").await;
    let reply =
        login(json!({ "nickname": "jung", "password": "sehr-geheim-123", "totp": "000000" })).await;
    assert_eq!(reply.status, StatusCode::OK);
    assert_eq!(reply.json()["account"]["age_band"], "18_21");
}

async fn staff_account_without_second_factor_gets_nothing(h: Harness) {
    // A counsellor row without a TOTP secret (as an import might make one).
    let (token, session) =
        sessions::new_session(sessions::now(), Duration::from_secs(60), false).unwrap();
    let hash = {
        let passwords = lernwelt_server::passwords::Passwords::new(
            lernwelt_server::passwords::PasswordParams::insecure_fast_for_tests(),
            1,
        )
        .unwrap();
        passwords.hash("sehr-geheim-123").await.unwrap()
    };
    h.store
        .create_account(
            &NewAccount {
                nickname: Nickname::try_from("ohne_totp").unwrap(),
                password_hash: hash,
                role: Role::Counsellor,
                age_band: AgeBand::Over27,
                languages: Languages::try_from(vec![Language::De]).unwrap(),
                created_at: sessions::now(),
            },
            &session,
        )
        .await
        .unwrap();
    let before = h.counts().await;
    // Without a code the code is asked for (as for every staff name); with one, nothing.
    for (body, code) in [
        (
            json!({ "nickname": "ohne_totp", "password": "sehr-geheim-123" }),
            ErrorCode::TotpRequired,
        ),
        (
            json!({ "nickname": "ohne_totp", "password": "sehr-geheim-123", "totp": "123456" }),
            ErrorCode::InvalidCredentials,
        ),
    ] {
        Req::post(routes::SESSIONS)
            .json(&body)
            .send(&h.app)
            .await
            .expect_error(StatusCode::UNAUTHORIZED, code);
    }
    assert_eq!(h.counts().await, before);
    // The session stored with the row was not made by a login with a second factor: a staff
    // account's session counts only then.
    Req::get(routes::ME)
        .bearer(token.expose())
        .send(&h.app)
        .await
        .expect_error(StatusCode::UNAUTHORIZED, ErrorCode::Unauthenticated);
}

async fn authorisation_matrix(h: Harness) {
    let a = register_youth(&h, "youth_a").await;
    let b = register_youth(&h, "youth_b").await;
    let de = login_counsellor(&h, &add_counsellor(&h, "berater_de", "de,en").await).await;
    let de2 = login_counsellor(&h, &add_counsellor(&h, "beraterin_de", "de").await).await;
    let ar = login_counsellor(&h, &add_counsellor(&h, "berater_ar", "ar").await).await;
    let id = open(&h, &a, "de", "a-1").await;
    let b_own = open(&h, &b, "de", "b-1").await;
    let send_body = json!({ "client_message_id": "x-1", "text": "Hallo" });
    let handover_body = json!({ "to": "beraterin_de" });
    let absence_body = json!({ "text": "Urlaub", "until": now() + 3600 });

    // Nobody without a session gets anything.
    for (method, uri) in [
        ("GET", routes::ENQUIRIES.to_owned()),
        ("POST", routes::ENQUIRIES.to_owned()),
        ("GET", routes::INBOX.to_owned()),
        ("GET", routes::ABSENCE.to_owned()),
        ("GET", path(routes::ENQUIRY, id)),
        ("GET", path(routes::ENQUIRY_MESSAGES, id)),
        ("POST", path(routes::ENQUIRY_MESSAGES, id)),
        ("POST", path(routes::ENQUIRY_ACCEPT, id)),
        ("POST", path(routes::ENQUIRY_CLOSE, id)),
    ] {
        let req = if method == "GET" {
            Req::get(&uri)
        } else {
            Req::post(&uri).json(&send_body)
        };
        req.send(&h.app)
            .await
            .expect_error(StatusCode::UNAUTHORIZED, ErrorCode::Unauthenticated);
    }

    // Young person B never sees A's enquiry: 404 for every way in, as for one that does
    // not exist.
    let before = h.counts().await;
    for uri in [
        path(routes::ENQUIRY, id),
        path(routes::ENQUIRY_MESSAGES, id),
        path(routes::ENQUIRY, EnquiryId(999_999)),
    ] {
        get(&h, &b, &uri)
            .await
            .expect_error(StatusCode::NOT_FOUND, ErrorCode::EnquiryNotFound);
    }
    send(&h, &b, id, "b-2", "Ich lese mit")
        .await
        .expect_error(StatusCode::NOT_FOUND, ErrorCode::EnquiryNotFound);
    post(&h, &b, &path(routes::ENQUIRY_CLOSE, id))
        .await
        .expect_error(StatusCode::NOT_FOUND, ErrorCode::EnquiryNotFound);
    Req::post(&path(routes::ENQUIRY_READ, id))
        .bearer(&b)
        .json(&json!({ "up_to": 1 }))
        .send(&h.app)
        .await
        .expect_error(StatusCode::NOT_FOUND, ErrorCode::EnquiryNotFound);
    assert_eq!(own(&h, &b).await, [b_own.0]);
    assert_eq!(h.counts().await, before);

    // Young people may not use the counsellors' routes: 403, even before their bodies are read.
    for token in [&a, &b] {
        get(&h, token, routes::INBOX)
            .await
            .expect_error(StatusCode::FORBIDDEN, ErrorCode::Forbidden);
        post(&h, token, &path(routes::ENQUIRY_ACCEPT, id))
            .await
            .expect_error(StatusCode::FORBIDDEN, ErrorCode::Forbidden);
        post(&h, token, &path(routes::ENQUIRY_CALLBACK_DONE, id))
            .await
            .expect_error(StatusCode::FORBIDDEN, ErrorCode::Forbidden);
        Req::post(&path(routes::ENQUIRY_HANDOVER, id))
            .bearer(token)
            .raw_json("{broken")
            .send(&h.app)
            .await
            .expect_error(StatusCode::FORBIDDEN, ErrorCode::Forbidden);
        get(&h, token, routes::ABSENCE)
            .await
            .expect_error(StatusCode::FORBIDDEN, ErrorCode::Forbidden);
        Req::put(routes::ABSENCE)
            .bearer(token)
            .json(&absence_body)
            .send(&h.app)
            .await
            .expect_error(StatusCode::FORBIDDEN, ErrorCode::Forbidden);
    }
    // Counsellors do not open enquiries.
    create(&h, &de, &mail("de", "Test", "c-1"))
        .await
        .expect_error(StatusCode::FORBIDDEN, ErrorCode::Forbidden);
    assert_eq!(h.counts().await, before);

    // A counsellor of another language does not see the enquiry at all.
    assert!(inbox(&h, &ar, "").await.is_empty());
    get(&h, &ar, &path(routes::ENQUIRY, id))
        .await
        .expect_error(StatusCode::NOT_FOUND, ErrorCode::EnquiryNotFound);
    accept(&h, &ar, id)
        .await
        .expect_error(StatusCode::NOT_FOUND, ErrorCode::EnquiryNotFound);

    // A counsellor of its language reads it in the inbox, but writes only after accepting.
    assert_eq!(inbox(&h, &de, "").await, [id.0, b_own.0]);
    assert_eq!(enquiry(&h, &de, id).await["status"], "new");
    assert_eq!(history(&h, &de, id, "").await.0.len(), 1);
    send(&h, &de, id, "d-1", "Hallo")
        .await
        .expect_error(StatusCode::CONFLICT, ErrorCode::EnquiryNotAccepted);
    post(&h, &de, &path(routes::ENQUIRY_CLOSE, id))
        .await
        .expect_error(StatusCode::CONFLICT, ErrorCode::EnquiryNotAccepted);
    Req::post(&path(routes::ENQUIRY_HANDOVER, id))
        .bearer(&de)
        .json(&handover_body)
        .send(&h.app)
        .await
        .expect_error(StatusCode::CONFLICT, ErrorCode::EnquiryNotAccepted);
    assert_eq!(h.counts().await, before);

    let accepted = accept(&h, &de, id).await;
    assert_eq!(accepted.status, StatusCode::OK);
    assert_eq!(accepted.json()["counsellor"], "berater_de");
    // Now it is the accepting counsellor's: colleagues no longer see it.
    accept(&h, &de2, id)
        .await
        .expect_error(StatusCode::CONFLICT, ErrorCode::EnquiryTaken);
    get(&h, &de2, &path(routes::ENQUIRY, id))
        .await
        .expect_error(StatusCode::NOT_FOUND, ErrorCode::EnquiryNotFound);
    send(&h, &de2, id, "d2-1", "Ich auch")
        .await
        .expect_error(StatusCode::NOT_FOUND, ErrorCode::EnquiryNotFound);
    assert_eq!(inbox(&h, &de2, "").await, [b_own.0]);
    assert_eq!(
        send(&h, &de, id, "d-1", "Hallo").await.status,
        StatusCode::CREATED
    );
    assert_eq!(own(&h, &de).await, [id.0]);
    assert!(own(&h, &de2).await.is_empty());
    // And B still sees nothing of it, A all of it.
    get(&h, &b, &path(routes::ENQUIRY_MESSAGES, id))
        .await
        .expect_error(StatusCode::NOT_FOUND, ErrorCode::EnquiryNotFound);
    assert_eq!(history(&h, &a, id, "").await.0.len(), 2);
}

async fn concurrent_accepts_exactly_one_wins(h: Harness) {
    let youth = register_youth(&h, "wartend").await;
    let mut tokens = Vec::new();
    for name in ["eins_de", "zwei_de", "drei_de"] {
        tokens.push(login_counsellor(&h, &add_counsellor(&h, name, "de").await).await);
    }
    let mut wins = std::collections::HashMap::new();
    for round in 0..5 {
        let id = open(&h, &youth, "de", &format!("race-{round}")).await;
        let mut tasks = tokio::task::JoinSet::new();
        for (i, token) in tokens.iter().enumerate() {
            let app = h.app.clone();
            let token = token.clone();
            tasks.spawn(async move {
                let reply = Req::post(&path(routes::ENQUIRY_ACCEPT, id))
                    .bearer(&token)
                    .send(&app)
                    .await;
                (i, reply)
            });
        }
        let mut winners = Vec::new();
        while let Some(joined) = tasks.join_next().await {
            let (i, reply) = joined.unwrap();
            if reply.status == StatusCode::OK {
                winners.push(i);
            } else {
                reply.expect_error(StatusCode::CONFLICT, ErrorCode::EnquiryTaken);
            }
        }
        assert_eq!(winners.len(), 1, "round {round}: exactly one accept wins");
        let winner = winners[0];
        *wins.entry(winner).or_insert(0) += 1;
        let seen = enquiry(&h, &youth, id).await;
        assert_eq!(seen["status"], "accepted");
        assert_eq!(
            seen["counsellor"],
            ["eins_de", "zwei_de", "drei_de"][winner]
        );
        // The winner may accept again (a retry), the others still may not.
        assert_eq!(accept(&h, &tokens[winner], id).await.status, StatusCode::OK);
    }
}

async fn resends_make_no_duplicates(h: Harness) {
    let youth = register_youth(&h, "sendet").await;
    let c = login_counsellor(&h, &add_counsellor(&h, "empfaengt", "ar").await).await;
    let body = mail("ar", "مرحبا، أحتاج مساعدة", "first-1");
    let first = create(&h, &youth, &body).await;
    assert_eq!(first.status, StatusCode::CREATED);
    let id = EnquiryId(first.json()["id"].as_i64().unwrap());
    let counts = h.counts().await;
    // The answer was lost; the client sends the same request again.
    let again = create(&h, &youth, &body).await;
    assert_eq!(again.status, StatusCode::OK);
    assert_eq!(again.json()["id"], id.0);
    assert_eq!(h.counts().await, counts);

    assert_eq!(accept(&h, &c, id).await.status, StatusCode::OK);
    let sent = send(&h, &youth, id, "m-2", "هل أنتم هناك؟").await;
    assert_eq!(sent.status, StatusCode::CREATED);
    let stored = sent.json();
    assert_eq!(stored["from"], "youth");
    assert_eq!(stored["client_message_id"], "m-2");
    let counts = h.counts().await;
    for _ in 0..2 {
        let resent = send(&h, &youth, id, "m-2", "هل أنتم هناك؟").await;
        assert_eq!(resent.status, StatusCode::OK);
        assert_eq!(resent.json(), stored);
    }
    assert_eq!(h.counts().await, counts);

    // An id already used for a reply, or for another question, opens nothing and answers
    // with no one's thread.
    for (what, body) in [
        ("a reply's id", mail("ar", "سؤال جديد", "m-2")),
        ("another question's id", mail("ar", "سؤال آخر", "first-1")),
    ] {
        let refused = create(&h, &youth, &body).await;
        refused.expect_error(StatusCode::CONFLICT, ErrorCode::ClientMessageIdReused);
        assert!(refused.json().get("id").is_none(), "{what}");
    }
    assert_eq!(h.counts().await, counts);

    // The same when the reply takes the id only after the handler looked (a race): the store
    // itself finds the id taken and says so, instead of naming the reply's thread.
    let youth_id = AccountId(
        Req::get(routes::ME)
            .bearer(&youth)
            .send(&h.app)
            .await
            .json()["id"]
            .as_i64()
            .unwrap(),
    );
    let store = &h.state.store;
    for (id, text, expected) in [
        ("m-2", "سؤال جديد", Created::Reused),
        ("first-1", "سؤال آخر", Created::Reused),
        ("first-1", "مرحبا، أحتاج مساعدة", Created::Existing(id)),
    ] {
        let racing = NewEnquiry {
            youth: youth_id,
            topic: Topic::Work,
            language: Language::Ar,
            mode: Mode::Mail,
            client_message_id: ClientMessageId::try_from(id.to_owned()).unwrap(),
            text: MessageText::try_from(text.to_owned()).unwrap(),
            callback: None,
            now: lernwelt_protocol::Timestamp(now()),
            open_max: 5,
        };
        assert_eq!(
            store.create_enquiry(&racing).await.unwrap(),
            expected,
            "{id}"
        );
    }
    assert_eq!(h.counts().await, counts);

    // Several copies of one message at once (a reconnect storm): one is stored, all get it.
    let mut tasks = tokio::task::JoinSet::new();
    for _ in 0..5 {
        let app = h.app.clone();
        let token = youth.clone();
        tasks.spawn(async move {
            Req::post(&path(routes::ENQUIRY_MESSAGES, id))
                .bearer(&token)
                .json(&json!({ "client_message_id": "m-3", "text": "نسخة" }))
                .send(&app)
                .await
        });
    }
    let mut ids = Vec::new();
    let mut created = 0;
    while let Some(reply) = tasks.join_next().await {
        let reply = reply.unwrap();
        assert!(reply.status.is_success(), "{:?}", reply.json());
        created += usize::from(reply.status == StatusCode::CREATED);
        ids.push(reply.json()["id"].as_i64().unwrap());
    }
    assert_eq!(created, 1);
    ids.dedup();
    assert_eq!(ids.len(), 1, "every copy got the one stored message");
    assert_eq!(h.counts().await.messages, counts.messages + 1);

    // Client ids are per author: the counsellor may use the same one.
    assert_eq!(
        send(&h, &c, id, "m-2", "نعم").await.status,
        StatusCode::CREATED
    );
    // But the young person may not reuse one in another enquiry.
    let other = open(&h, &youth, "de", "other-1").await;
    let error = send(&h, &youth, other, "m-2", "Hallo")
        .await
        .expect_error(StatusCode::CONFLICT, ErrorCode::ClientMessageIdReused);
    assert_eq!(error.field.as_deref(), Some("client_message_id"));
    // A new enquiry with the id of a later message opens nothing and answers with no thread.
    let before = h.counts().await;
    let refused = create(&h, &youth, &mail("de", "egal", "m-3"))
        .await
        .expect_error(StatusCode::CONFLICT, ErrorCode::ClientMessageIdReused);
    assert_eq!(refused.field.as_deref(), Some("client_message_id"));
    assert_eq!(h.counts().await, before);
    assert_eq!(history(&h, &youth, id, "").await.0.len(), 4);
}

async fn history_catches_up_since_an_id(h: Harness) {
    let youth = register_youth(&h, "liest").await;
    let c = login_counsellor(&h, &add_counsellor(&h, "schreibt", "tr").await).await;
    let id = open(&h, &youth, "tr", "h-0").await;
    accept(&h, &c, id).await;
    for i in 1..=6 {
        let (token, side) = if i % 2 == 0 { (&youth, "y") } else { (&c, "c") };
        let reply = send(
            &h,
            token,
            id,
            &format!("h-{side}-{i}"),
            &format!("Nachricht {i}"),
        )
        .await;
        assert_eq!(reply.status, StatusCode::CREATED);
    }
    let (all, more) = history(&h, &youth, id, "").await;
    assert!(!more);
    assert_eq!(all.len(), 7);
    let ids: Vec<i64> = all.iter().map(|m| m["id"].as_i64().unwrap()).collect();
    assert!(
        ids.windows(2).all(|w| w[0] < w[1]),
        "in storage order: {ids:?}"
    );
    assert_eq!(all[0]["text"], "Ich suche Arbeit.");
    assert_eq!(all[1]["from"], "counsellor");
    assert_eq!(all[1]["author"], "schreibt");
    assert_eq!(all[2]["from"], "youth");
    assert_eq!(
        all[2]["author"],
        Value::Null,
        "young people stay unnamed in the thread"
    );

    // Catch up from the newest message the client has.
    let (rest, more) = history(&h, &c, id, &format!("?since={}", ids[3])).await;
    assert!(!more);
    assert_eq!(rest, all[4..]);
    let (none, more) = history(&h, &c, id, &format!("?since={}", ids[6])).await;
    assert!(none.is_empty() && !more);
    // Page by page.
    let (page, more) = history(&h, &youth, id, "?limit=3").await;
    assert!(more);
    assert_eq!(page, all[..3]);
    let (page, more) = history(&h, &youth, id, &format!("?since={}&limit=3", ids[2])).await;
    assert!(more);
    assert_eq!(page, all[3..6]);
    let (page, more) = history(&h, &youth, id, &format!("?since={}&limit=3", ids[5])).await;
    assert!(!more);
    assert_eq!(page, all[6..]);
    // Bad queries are refused with a code.
    for query in [
        "?since=abc",
        "?limit=0",
        "?limit=201",
        "?limit=-1",
        "?page=2",
        "?since=",
    ] {
        let reply = get(
            &h,
            &youth,
            &format!("{}{query}", path(routes::ENQUIRY_MESSAGES, id)),
        )
        .await;
        assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY, "{query}");
        assert_eq!(reply.error().code, ErrorCode::InvalidValue, "{query}");
    }
}

async fn hand_over_to_a_colleague_who_speaks_the_language(h: Harness) {
    let youth = register_youth(&h, "wechselt").await;
    let first = login_counsellor(&h, &add_counsellor(&h, "erste", "ru,de").await).await;
    let second = login_counsellor(&h, &add_counsellor(&h, "zweite", "ru").await).await;
    login_counsellor(&h, &add_counsellor(&h, "dritte", "de").await).await;
    add_counsellor(&h, "vierte", "ru").await;
    admin(&h, &["counsellor", "disable", "--name", "vierte"])
        .await
        .unwrap();
    let id = open(&h, &youth, "ru", "w-1").await;
    accept(&h, &first, id).await;
    send(&h, &youth, id, "w-2", "Ещё вопрос").await;
    send(&h, &first, id, "w-3", "Ответ").await;
    let hand = |to: &str| {
        let app = h.app.clone();
        let first = first.clone();
        let body = json!({ "to": to });
        async move {
            Req::post(&path(routes::ENQUIRY_HANDOVER, id))
                .bearer(&first)
                .json(&body)
                .send(&app)
                .await
        }
    };
    // The hand-over lists the other active counsellors (not the disabled one, not oneself),
    // with their languages and a running absence notice; nobody has a live connection here.
    let absent = Req::put(routes::ABSENCE)
        .bearer(&second)
        .json(&json!({ "text": "Bis Montag", "until": sessions::now().0 + 3600 }))
        .send(&h.app)
        .await;
    assert_eq!(absent.status, StatusCode::OK);
    let listed = get(&h, &first, routes::COLLEAGUES).await;
    assert_eq!(listed.status, StatusCode::OK);
    let listed = listed.json();
    let names: Vec<&str> = listed["colleagues"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["dritte", "zweite"]);
    assert_eq!(listed["colleagues"][1]["languages"], json!(["ru"]));
    assert_eq!(listed["colleagues"][1]["online"], false);
    assert_eq!(listed["colleagues"][1]["absence"]["text"], "Bis Montag");
    assert!(listed["colleagues"][0]["absence"].is_null());
    get(&h, &youth, routes::COLLEAGUES)
        .await
        .expect_error(StatusCode::FORBIDDEN, ErrorCode::Forbidden);

    let before = h.counts().await;
    for (to, code) in [
        ("ERSTE", ErrorCode::ColleagueIsSelf),
        ("niemand", ErrorCode::ColleagueNotFound),
        ("wechselt", ErrorCode::ColleagueNotFound),
        ("vierte", ErrorCode::ColleagueNotFound),
        ("dritte", ErrorCode::ColleagueLacksLanguage),
    ] {
        let error = hand(to)
            .await
            .expect_error(StatusCode::UNPROCESSABLE_ENTITY, code);
        assert_eq!(error.field.as_deref(), Some("to"), "{to}");
    }
    assert_eq!(h.counts().await, before);
    assert_eq!(enquiry(&h, &youth, id).await["counsellor"], "erste");

    let reply = hand("Zweite").await;
    assert_eq!(reply.status, StatusCode::NO_CONTENT);
    // The first counsellor has let go of it entirely.
    get(&h, &first, &path(routes::ENQUIRY, id))
        .await
        .expect_error(StatusCode::NOT_FOUND, ErrorCode::EnquiryNotFound);
    send(&h, &first, id, "w-4", "Noch was")
        .await
        .expect_error(StatusCode::NOT_FOUND, ErrorCode::EnquiryNotFound);
    hand("zweite")
        .await
        .expect_error(StatusCode::NOT_FOUND, ErrorCode::EnquiryNotFound);
    assert!(own(&h, &first).await.is_empty());
    // The colleague has it, with the whole thread unread.
    assert_eq!(own(&h, &second).await, [id.0]);
    let seen = enquiry(&h, &second, id).await;
    assert_eq!(seen["status"], "accepted");
    assert_eq!(seen["unread"], 2);
    assert_eq!(history(&h, &second, id, "").await.0.len(), 3);
    assert_eq!(
        send(&h, &second, id, "w-5", "Здравствуйте").await.status,
        StatusCode::CREATED
    );
    let seen = enquiry(&h, &youth, id).await;
    assert_eq!(seen["counsellor"], "zweite");
    assert_eq!(seen["unread"], 2);
}

async fn callback_seen_only_by_the_acceptor_and_deleted_when_done(h: Harness) {
    let youth = register_youth(&h, "ruft_an").await;
    let acceptor = login_counsellor(&h, &add_counsellor(&h, "telefon", "sq").await).await;
    let colleague = login_counsellor(&h, &add_counsellor(&h, "kollege", "sq").await).await;
    let reply = create(&h, &youth, &callback("sq", "+355 69 123 4567", "cb-1")).await;
    assert_eq!(reply.status, StatusCode::CREATED, "{:?}", reply.json());
    let view = reply.json();
    let id = EnquiryId(view["id"].as_i64().unwrap());
    assert_eq!(view["mode"], "callback");
    assert_eq!(
        view["callback"],
        Value::Null,
        "not shown back to the young person"
    );
    assert_eq!(h.counts().await.callbacks, 1);
    // Not in the inbox either, nor before accepting.
    let items = get(&h, &colleague, routes::INBOX).await.json();
    assert_eq!(items["enquiries"][0]["enquiry"]["callback"], Value::Null);
    assert_eq!(enquiry(&h, &acceptor, id).await["callback"], Value::Null);

    let accepted = accept(&h, &acceptor, id).await.json();
    assert_eq!(accepted["callback"]["phone"], "+355691234567");
    assert!(accepted["callback"]["window"]["until"].as_i64().unwrap() > now());
    assert_eq!(
        enquiry(&h, &acceptor, id).await["callback"]["phone"],
        "+355691234567"
    );
    assert_eq!(enquiry(&h, &youth, id).await["callback"], Value::Null);
    get(&h, &colleague, &path(routes::ENQUIRY, id))
        .await
        .expect_error(StatusCode::NOT_FOUND, ErrorCode::EnquiryNotFound);
    post(&h, &colleague, &path(routes::ENQUIRY_CALLBACK_DONE, id))
        .await
        .expect_error(StatusCode::NOT_FOUND, ErrorCode::EnquiryNotFound);

    let done = post(&h, &acceptor, &path(routes::ENQUIRY_CALLBACK_DONE, id)).await;
    assert_eq!(done.status, StatusCode::OK);
    let done = done.json();
    assert_eq!(done["callback"], Value::Null);
    assert!(done["callback_done_at"].as_i64().is_some());
    assert_eq!(h.counts().await.callbacks, 0, "the phone number is deleted");
    assert_eq!(
        enquiry(&h, &youth, id).await["callback_done_at"],
        done["callback_done_at"]
    );
    post(&h, &acceptor, &path(routes::ENQUIRY_CALLBACK_DONE, id))
        .await
        .expect_error(StatusCode::CONFLICT, ErrorCode::CallbackNotPending);

    // A mail enquiry has no callback to mark done.
    let mail_id = open(&h, &youth, "sq", "cb-2").await;
    accept(&h, &acceptor, mail_id).await;
    post(&h, &acceptor, &path(routes::ENQUIRY_CALLBACK_DONE, mail_id))
        .await
        .expect_error(StatusCode::CONFLICT, ErrorCode::CallbackNotPending);

    // Closing deletes a pending callback too.
    let second = create(&h, &youth, &callback("sq", "0151 2345678", "cb-3"))
        .await
        .json();
    let second = EnquiryId(second["id"].as_i64().unwrap());
    assert_eq!(h.counts().await.callbacks, 1);
    assert_eq!(
        post(&h, &youth, &path(routes::ENQUIRY_CLOSE, second))
            .await
            .status,
        StatusCode::OK
    );
    assert_eq!(h.counts().await.callbacks, 0);
}

/// The retention job as it runs `days` days from now under `policy`.
async fn retention_after(h: &Harness, days: i64, policy: retention::Policy) -> retention::Deleted {
    let at = lernwelt_protocol::Timestamp(now() + days * 24 * 3600);
    retention::run_once(h.store.as_ref(), &h.state.lockout, at, policy)
        .await
        .unwrap()
}

async fn retention_deletes_old_callbacks_and_closed_threads(h: Harness) {
    let youth = register_youth(&h, "vergisst").await;
    let c = login_counsellor(&h, &add_counsellor(&h, "loescht", "de").await).await;
    // A callback ten to twelve days ahead.
    let mut late = callback("de", "+49 30 1234567", "r-1");
    late["callback"]["window"] =
        json!({ "from": now() + 10 * 86_400, "until": now() + 12 * 86_400 });
    let pending = create(&h, &youth, &late).await.json();
    let pending = EnquiryId(pending["id"].as_i64().unwrap());
    let closed = open(&h, &youth, "de", "r-2").await;
    accept(&h, &c, closed).await;
    send(&h, &c, closed, "r-3", "Alles klar").await;
    post(&h, &c, &path(routes::ENQUIRY_CLOSE, closed)).await;
    let kept = open(&h, &youth, "de", "r-4").await;
    let start = h.counts().await;
    assert_eq!(
        (start.enquiries, start.messages, start.callbacks),
        (3, 4, 1)
    );
    assert_eq!(start.sessions, 2);

    let day = 24 * 3600;
    let policy = retention::Policy {
        closed: Duration::from_secs(30 * day as u64),
        ..retention::Policy::default()
    };
    let run = |days: i64| retention_after(&h, days, policy);
    let status = |id: EnquiryId| {
        let store = h.store.clone();
        async move { store.enquiry(id).await.unwrap().map(|e| e.status) }
    };
    let deleted = run(12).await;
    assert_eq!((deleted.callbacks, deleted.enquiries), (0, 0));
    assert_eq!(
        deleted.limits, 2,
        "the young person's and the counsellor's post buckets are full again"
    );
    assert_eq!(deleted.sessions, 2, "sessions expire through the same job");
    assert_eq!(
        h.counts().await.callbacks,
        1,
        "kept until its window and a day are over"
    );
    // A day after the window's end the phone number goes, done or not; the enquiry stays.
    let deleted = run(14).await;
    assert_eq!(
        (deleted.sessions, deleted.callbacks, deleted.enquiries),
        (0, 1, 0)
    );
    let after = h.counts().await;
    assert_eq!((after.enquiries, after.callbacks), (3, 0));
    assert_eq!(status(pending).await, Some(EnquiryStatus::New));
    // After the configured days closed threads go with their messages; open ones stay.
    assert_eq!(run(29).await.enquiries, 0);
    let deleted = run(31).await;
    assert_eq!(deleted.enquiries, 1);
    let after = h.counts().await;
    assert_eq!((after.enquiries, after.messages), (2, 2));
    assert_eq!(status(closed).await, None);
    assert_eq!(status(kept).await, Some(EnquiryStatus::New));
    // Open enquiries nobody wrote in for the abandonment period (180 days) are closed, not
    // deleted; they go once they have been closed for the closed retention like any other.
    let deleted = run(179).await;
    assert_eq!((deleted.abandoned, deleted.enquiries), (0, 0));
    let deleted = run(181).await;
    assert_eq!((deleted.abandoned, deleted.enquiries), (2, 0));
    assert_eq!(status(kept).await, Some(EnquiryStatus::Closed));
    assert_eq!(status(pending).await, Some(EnquiryStatus::Closed));
    assert_eq!(run(181 + 29).await.enquiries, 0);
    assert_eq!(run(181 + 31).await.enquiries, 2);
    assert_eq!(h.counts().await.enquiries, 0);
    assert_eq!(h.counts().await.accounts, 2, "accounts stay for two years");
}

async fn retention_deletes_accounts_nobody_used_for_two_years(h: Harness) {
    let day = 24 * 3600;
    let sleeper = register_youth(&h, "schlaeft").await;
    let awake = register_youth(&h, "wach_bleibt").await;
    let staff = add_counsellor(&h, "bleibt_immer", "de").await;
    login_counsellor(&h, &staff).await;
    let thread = open(&h, &sleeper, "de", "s-1").await;
    open(&h, &awake, "de", "s-2").await;
    // "wach_bleibt" uses the account again 500 days on (a request with the session).
    h.store
        .touch_session(
            &lernwelt_server::sessions::hash_token(&awake),
            lernwelt_protocol::Timestamp(now() + 500 * day),
        )
        .await
        .unwrap();
    let run = |days: i64| retention_after(&h, days, retention::Policy::default());
    assert_eq!(run(729).await.accounts, 0);
    let start = h.counts().await;
    assert_eq!(start.accounts, 3);
    // Two years without use: the account goes with its enquiry and messages, as "delete my
    // account" would delete it; the one used since and the counsellor stay.
    assert_eq!(run(731).await.accounts, 1);
    let after = h.counts().await;
    assert_eq!(after.accounts, 2);
    assert!(h.store.enquiry(thread).await.unwrap().is_none());
    Req::get(routes::ME)
        .bearer(&sleeper)
        .send(&h.app)
        .await
        .expect_error(StatusCode::UNAUTHORIZED, ErrorCode::Unauthenticated);
    assert_eq!(run(500 + 729).await.accounts, 0);
    assert_eq!(run(500 + 731).await.accounts, 1);
    // Staff accounts are never deleted by time.
    assert_eq!(run(5000).await.accounts, 0);
    assert_eq!(h.counts().await.accounts, 1);
}

async fn unread_counts_for_each_side(h: Harness) {
    let youth = register_youth(&h, "zaehlt").await;
    let c = login_counsellor(&h, &add_counsellor(&h, "antwortet", "en").await).await;
    let id = open(&h, &youth, "en", "u-1").await;
    send(&h, &youth, id, "u-2", "One more thing").await;
    assert_eq!(
        enquiry(&h, &c, id).await["unread"],
        2,
        "inbox shows the waiting messages"
    );
    accept(&h, &c, id).await;
    assert_eq!(enquiry(&h, &c, id).await["unread"], 2);
    assert_eq!(
        enquiry(&h, &youth, id).await["unread"],
        0,
        "own messages are never unread"
    );

    let first = send(&h, &c, id, "u-3", "Hello").await.json()["id"]
        .as_i64()
        .unwrap();
    send(&h, &c, id, "u-4", "How can I help?").await;
    assert_eq!(enquiry(&h, &youth, id).await["unread"], 2);
    assert_eq!(
        enquiry(&h, &c, id).await["unread"],
        0,
        "replying marks the thread read"
    );
    let mark = |token: &str, up_to: i64| {
        let app = h.app.clone();
        let token = token.to_owned();
        async move {
            Req::post(&path(routes::ENQUIRY_READ, id))
                .bearer(&token)
                .json(&json!({ "up_to": up_to }))
                .send(&app)
                .await
        }
    };
    let reply = mark(&youth, first).await;
    assert_eq!(reply.status, StatusCode::OK);
    assert_eq!(reply.json()["unread"], 1);
    // Marks never move back.
    assert_eq!(mark(&youth, 1).await.json()["unread"], 1);
    // A mark past the newest message is cut to it: later messages are still unread.
    assert_eq!(mark(&youth, 1_000_000_000).await.json()["unread"], 0);
    send(&h, &c, id, "u-5", "Are you there?").await;
    assert_eq!(enquiry(&h, &youth, id).await["unread"], 1);
    let listed = get(&h, &youth, routes::ENQUIRIES).await.json();
    assert_eq!(listed["enquiries"][0]["unread"], 1);

    send(&h, &youth, id, "u-6", "Yes!").await;
    let listed = get(&h, &c, routes::ENQUIRIES).await.json();
    assert_eq!(listed["enquiries"][0]["unread"], 1);
    let newest = history(&h, &c, id, "").await.0.last().unwrap()["id"]
        .as_i64()
        .unwrap();
    assert_eq!(mark(&c, newest).await.json()["unread"], 0);
    assert_eq!(
        enquiry(&h, &youth, id).await["unread"],
        0,
        "youth sent the newest"
    );
}

async fn absence_notice_is_shown_to_the_young_person(h: Harness) {
    let youth = register_youth(&h, "fragt").await;
    let other = register_youth(&h, "wartet").await;
    let c = login_counsellor(&h, &add_counsellor(&h, "urlaub", "de").await).await;
    let id = open(&h, &youth, "de", "a-1").await;
    let waiting = open(&h, &other, "de", "a-2").await;
    accept(&h, &c, id).await;
    assert_eq!(
        get(&h, &c, routes::ABSENCE).await.json(),
        json!({ "absence": null })
    );

    let until = now() + 3 * 24 * 3600;
    let notice =
        json!({ "text": "Bis Montag im Urlaub. Meine Kollegin vertritt mich.", "until": until });
    let set = Req::put(routes::ABSENCE)
        .bearer(&c)
        .json(&notice)
        .send(&h.app)
        .await;
    assert_eq!(set.status, StatusCode::OK);
    assert_eq!(set.json(), json!({ "absence": notice }));
    assert_eq!(
        get(&h, &c, routes::ABSENCE).await.json(),
        json!({ "absence": notice })
    );
    assert_eq!(enquiry(&h, &youth, id).await["absence"], notice);
    assert_eq!(
        get(&h, &youth, routes::ENQUIRIES).await.json()["enquiries"][0]["absence"],
        notice
    );
    // Only for enquiries the counsellor has, and only for the young person.
    assert_eq!(enquiry(&h, &other, waiting).await["absence"], Value::Null);
    assert_eq!(enquiry(&h, &c, id).await["absence"], Value::Null);

    let cleared = Req::delete(routes::ABSENCE).bearer(&c).send(&h.app).await;
    assert_eq!(cleared.status, StatusCode::NO_CONTENT);
    assert_eq!(enquiry(&h, &youth, id).await["absence"], Value::Null);
    assert_eq!(
        get(&h, &c, routes::ABSENCE).await.json(),
        json!({ "absence": null })
    );
}

async fn closing_by_either_side(h: Harness) {
    let youth = register_youth(&h, "schliesst").await;
    let c = login_counsellor(&h, &add_counsellor(&h, "beendet", "de").await).await;
    // The young person withdraws an enquiry nobody has accepted yet.
    let withdrawn = open(&h, &youth, "de", "z-1").await;
    let closed = post(&h, &youth, &path(routes::ENQUIRY_CLOSE, withdrawn)).await;
    assert_eq!(closed.status, StatusCode::OK);
    assert_eq!(closed.json()["status"], "closed");
    assert!(closed.json()["closed_at"].as_i64().is_some());
    assert!(inbox(&h, &c, "").await.is_empty());
    accept(&h, &c, withdrawn)
        .await
        .expect_error(StatusCode::CONFLICT, ErrorCode::EnquiryClosed);

    // The counsellor closes an accepted one; nobody writes to it any more.
    let id = open(&h, &youth, "de", "z-2").await;
    accept(&h, &c, id).await;
    send(&h, &youth, id, "z-3", "Danke!").await;
    let closed = post(&h, &c, &path(routes::ENQUIRY_CLOSE, id)).await;
    assert_eq!(closed.json()["status"], "closed");
    let before = h.counts().await;
    send(&h, &youth, id, "z-4", "Noch eine Frage")
        .await
        .expect_error(StatusCode::CONFLICT, ErrorCode::EnquiryClosed);
    send(&h, &c, id, "z-5", "Gern")
        .await
        .expect_error(StatusCode::CONFLICT, ErrorCode::EnquiryClosed);
    assert_eq!(h.counts().await, before);
    // A resend of a message stored before closing still gets its acknowledgement.
    assert_eq!(
        send(&h, &youth, id, "z-3", "Danke!").await.status,
        StatusCode::OK
    );
    // Closing again is harmless; the thread stays readable.
    assert_eq!(
        post(&h, &youth, &path(routes::ENQUIRY_CLOSE, id))
            .await
            .status,
        StatusCode::OK
    );
    assert_eq!(
        post(&h, &c, &path(routes::ENQUIRY_CLOSE, id)).await.status,
        StatusCode::OK
    );
    assert_eq!(history(&h, &youth, id, "").await.0.len(), 2);
    assert_eq!(own(&h, &c).await, [id.0]);
}

async fn disabling_a_counsellor_returns_enquiries_to_the_inbox(h: Harness) {
    let youth = register_youth(&h, "bleibt").await;
    let leaving = login_counsellor(&h, &add_counsellor(&h, "geht", "de").await).await;
    let staying = login_counsellor(&h, &add_counsellor(&h, "bleibt_da", "de").await).await;
    let id = open(&h, &youth, "de", "d-1").await;
    accept(&h, &leaving, id).await;
    send(&h, &leaving, id, "d-2", "Ich melde mich").await;
    assert!(inbox(&h, &staying, "").await.is_empty());
    let output = admin(&h, &["counsellor", "disable", "--name", "geht"])
        .await
        .unwrap();
    assert!(
        output.contains("1 accepted enquiries went back"),
        "{output}"
    );
    assert_eq!(inbox(&h, &staying, "").await, [id.0]);
    assert_eq!(enquiry(&h, &youth, id).await["status"], "new");
    assert_eq!(accept(&h, &staying, id).await.status, StatusCode::OK);
    assert_eq!(history(&h, &staying, id, "").await.0.len(), 2);
}

async fn inbox_filters_by_language_and_topic(h: Harness) {
    let youth = register_youth(&h, "viele").await;
    let de_en = login_counsellor(&h, &add_counsellor(&h, "zwei_sprachen", "de,en").await).await;
    let tr = login_counsellor(&h, &add_counsellor(&h, "tuerkisch", "tr").await).await;
    let mut ids = Vec::new();
    for (i, (language, topic)) in [
        ("de", "work"),
        ("tr", "school"),
        ("en", "housing"),
        ("de", "everyday_life"),
    ]
    .into_iter()
    .enumerate()
    {
        let mut body = mail(language, "Frage", &format!("f-{i}"));
        body["topic"] = json!(topic);
        let reply = create(&h, &youth, &body).await;
        assert_eq!(reply.status, StatusCode::CREATED);
        ids.push(reply.json()["id"].as_i64().unwrap());
    }
    assert_eq!(inbox(&h, &de_en, "").await, [ids[0], ids[2], ids[3]]);
    assert_eq!(inbox(&h, &tr, "").await, [ids[1]]);
    assert_eq!(inbox(&h, &de_en, "?topic=everyday_life").await, [ids[3]]);
    assert!(inbox(&h, &tr, "?topic=work").await.is_empty());
    let item = &get(&h, &de_en, routes::INBOX).await.json()["enquiries"][0];
    assert_eq!(item["first_message"]["text"], "Frage");
    assert_eq!(item["first_message"]["from"], "youth");
    assert_eq!(item["enquiry"]["topic"], "work");
    for query in ["?topic=cooking", "?lang=de"] {
        let reply = get(&h, &de_en, &format!("{}{query}", routes::INBOX)).await;
        assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY, "{query}");
    }
    // Accepted ones leave the inbox.
    accept(&h, &de_en, EnquiryId(ids[0])).await;
    assert_eq!(inbox(&h, &de_en, "").await, [ids[2], ids[3]]);
}

async fn deleting_a_youth_account_deletes_its_enquiries(h: Harness) {
    let youth = register_youth(&h, "loescht_sich").await;
    let other = register_youth(&h, "bleibt_hier").await;
    let c = login_counsellor(&h, &add_counsellor(&h, "sieht_es", "de").await).await;
    let id = open(&h, &youth, "de", "del-1").await;
    accept(&h, &c, id).await;
    send(&h, &c, id, "del-2", "Antwort").await;
    create(&h, &youth, &callback("de", "+49 170 1234567", "del-3")).await;
    let kept = open(&h, &other, "de", "del-4").await;
    let before = h.counts().await;
    assert_eq!(
        (before.enquiries, before.messages, before.callbacks),
        (3, 4, 1)
    );
    assert_eq!(
        Req::delete(routes::ME)
            .bearer(&youth)
            .json(&json!({ "password": "sehr-geheim-123" }))
            .send(&h.app)
            .await
            .status,
        StatusCode::NO_CONTENT
    );
    let after = h.counts().await;
    assert_eq!(
        (after.enquiries, after.messages, after.callbacks),
        (1, 1, 0)
    );
    get(&h, &c, &path(routes::ENQUIRY, id))
        .await
        .expect_error(StatusCode::NOT_FOUND, ErrorCode::EnquiryNotFound);
    assert!(own(&h, &c).await.is_empty());
    enquiry(&h, &other, kept).await;
}

async fn open_enquiries_and_posting_are_limited(h: Harness) {
    let youth = register_youth(&h, "ungeduldig").await;
    let mut ids = Vec::new();
    for i in 0..5 {
        ids.push(open(&h, &youth, "de", &format!("l-{i}")).await);
    }
    let before = h.counts().await;
    create(&h, &youth, &mail("de", "Noch eine", "l-5"))
        .await
        .expect_error(StatusCode::CONFLICT, ErrorCode::TooManyOpenEnquiries);
    assert_eq!(h.counts().await, before);
    post(&h, &youth, &path(routes::ENQUIRY_CLOSE, ids[0])).await;
    assert_eq!(
        create(&h, &youth, &mail("de", "Jetzt", "l-5")).await.status,
        StatusCode::CREATED
    );

    // Twenty at once cannot pass the cap together: the count and the insert are one step.
    let eager = register_youth(&h, "eilig").await;
    let tries: Vec<_> = (0..20)
        .map(|i| {
            let app = h.app.clone();
            let body = mail("de", "Gleichzeitig", &format!("p-{i}"));
            let eager = eager.clone();
            tokio::spawn(async move {
                Req::post(routes::ENQUIRIES)
                    .bearer(&eager)
                    .json(&body)
                    .send(&app)
                    .await
                    .status
            })
        })
        .collect();
    let mut created = 0;
    for attempt in tries {
        match attempt.await.unwrap() {
            StatusCode::CREATED => created += 1,
            StatusCode::CONFLICT => {}
            other => panic!("unexpected {other}"),
        }
    }
    assert_eq!(created, 5, "exactly the cap is created");
    assert_eq!(own(&h, &eager).await.len(), 5);

    // Posting is limited per account.
    let limited = h.app_with(Settings {
        post_limit: RateLimit {
            burst: 2,
            refill_every: Duration::from_secs(3600),
        },
        ..test_settings()
    });
    let post_one = |token: &str, client_id: &str| {
        Req::post(&path(routes::ENQUIRY_MESSAGES, ids[1]))
            .bearer(token)
            .json(&json!({ "client_message_id": client_id, "text": "schnell" }))
    };
    for i in 0..2 {
        let reply = post_one(&youth, &format!("fast-{i}")).send(&limited).await;
        assert_eq!(reply.status, StatusCode::CREATED);
    }
    let before = h.counts().await;
    let reply = post_one(&youth, "fast-2").send(&limited).await;
    reply.expect_error(StatusCode::TOO_MANY_REQUESTS, ErrorCode::RateLimited);
    assert!(reply.headers.contains_key("retry-after"));
    assert_eq!(h.counts().await, before);
    // A resend of a stored message is still acknowledged.
    assert_eq!(
        post_one(&youth, "fast-1").send(&limited).await.status,
        StatusCode::OK
    );
    // Another account has its own bucket.
    let other = register_youth(&h, "geduldig").await;
    let other_id = open(&h, &other, "de", "o-1").await;
    let reply = Req::post(&path(routes::ENQUIRY_MESSAGES, other_id))
        .bearer(&other)
        .json(&json!({ "client_message_id": "o-2", "text": "hallo" }))
        .send(&limited)
        .await;
    assert_eq!(reply.status, StatusCode::CREATED);
}

fn unprocessable(what: &'static str, body: &Value, code: ErrorCode, field: &'static str) -> Bad {
    bad(
        what,
        serde_json::to_vec(body).unwrap(),
        StatusCode::UNPROCESSABLE_ENTITY,
        code,
        Some(field),
    )
}

/// Sends every case to `uri` with `method` as `token`; each gets its error and nothing stored
/// changes.
async fn refused(h: &Harness, method: &str, uri: &str, token: &str, cases: Vec<Bad>) {
    let before = h.counts().await;
    for case in cases {
        let mut req = match method {
            "PUT" => Req::put(uri),
            _ => Req::post(uri),
        }
        .bearer(token)
        .body(case.body.clone());
        if let Some(content_type) = case.content_type {
            req = req.header("content-type", content_type);
        }
        let reply = req.send(&h.app).await;
        assert_eq!(
            (reply.status, reply.error().code),
            (case.status, case.code),
            "{}: {}",
            case.what,
            String::from_utf8_lossy(&reply.body)
        );
        assert_eq!(reply.error().field.as_deref(), case.field, "{}", case.what);
        assert_eq!(h.counts().await, before, "{} stored something", case.what);
    }
}

async fn bad_counselling_input_gets_4xx_json_and_changes_nothing(h: Harness) {
    use ErrorCode as E;
    use StatusCode as S;
    let youth = register_youth(&h, "vertippt").await;
    let c = login_counsellor(&h, &add_counsellor(&h, "prueft", "de").await).await;
    let id = open(&h, &youth, "de", "ok-1").await;
    accept(&h, &c, id).await;

    let base = mail("de", "Hallo", "new-1");
    let with = |key: &str, value: Value| {
        let mut body = base.clone();
        body[key] = value;
        body
    };
    let cb = |phone: Value, window: Value| {
        let mut body = callback("de", "+49 30 123456", "new-2");
        body["callback"] = json!({ "phone": phone, "window": window });
        body
    };
    let window = json!({ "from": now(), "until": now() + 3600 });
    let mut oversized = base.clone();
    oversized["message"] = json!("ä".repeat(lernwelt_protocol::limits::MAX_BODY_BYTES / 2 + 1));
    let mut cases = vec![
        unprocessable(
            "empty message",
            &with("message", json!("")),
            E::MessageEmpty,
            "message",
        ),
        unprocessable(
            "blank message",
            &with("message", json!(" \n\t")),
            E::MessageEmpty,
            "message",
        ),
        unprocessable(
            "only invisible fillers",
            &with("message", json!("\u{200B}\u{2800}\u{3164}")),
            E::MessageEmpty,
            "message",
        ),
        unprocessable(
            "a bidi override",
            &with("message", json!("Hallo \u{202E}olaH")),
            E::TextInvalidCharacters,
            "message",
        ),
        unprocessable(
            "4001 characters",
            &with("message", json!("x".repeat(4001))),
            E::MessageTooLong,
            "message",
        ),
        unprocessable(
            "NUL in message",
            &with("message", json!("a\u{0}b")),
            E::TextInvalidCharacters,
            "message",
        ),
        unprocessable(
            "escape in message",
            &with("message", json!("\u{1b}[2J")),
            E::TextInvalidCharacters,
            "message",
        ),
        unprocessable(
            "message as number",
            &with("message", json!(7)),
            E::WrongType,
            "message",
        ),
        unprocessable(
            "unknown topic",
            &with("topic", json!("jobs")),
            E::InvalidValue,
            "topic",
        ),
        unprocessable(
            "unknown language",
            &with("language", json!("fr")),
            E::InvalidValue,
            "language",
        ),
        unprocessable(
            "unknown mode",
            &with("mode", json!("fax")),
            E::InvalidValue,
            "mode",
        ),
        unprocessable(
            "empty client id",
            &with("client_message_id", json!("")),
            E::ClientMessageIdInvalid,
            "client_message_id",
        ),
        unprocessable(
            "client id with space",
            &with("client_message_id", json!("a b")),
            E::ClientMessageIdInvalid,
            "client_message_id",
        ),
        unprocessable(
            "long client id",
            &with("client_message_id", json!("a".repeat(65))),
            E::ClientMessageIdInvalid,
            "client_message_id",
        ),
        unprocessable(
            "unknown field",
            &with("email", json!("a@b.de")),
            E::UnknownField,
            "email",
        ),
        unprocessable(
            "callback with mail",
            &with(
                "callback",
                json!({ "phone": "+4930123456", "window": window }),
            ),
            E::CallbackNotAllowed,
            "callback",
        ),
        unprocessable(
            "callback missing",
            &with("mode", json!("callback")),
            E::CallbackRequired,
            "callback",
        ),
        unprocessable(
            "short phone",
            &cb(json!("01234"), window.clone()),
            E::PhoneInvalid,
            "callback.phone",
        ),
        unprocessable(
            "21-character phone",
            &cb(json!("+49 30 1234 5678 9012"), window.clone()),
            E::PhoneInvalid,
            "callback.phone",
        ),
        unprocessable(
            "letters in phone",
            &cb(json!("+49 30 CALL ME"), window.clone()),
            E::PhoneInvalid,
            "callback.phone",
        ),
        unprocessable(
            "phone as number",
            &cb(json!(4930123456_i64), window.clone()),
            E::WrongType,
            "callback.phone",
        ),
        unprocessable(
            "window reversed",
            &cb(
                json!("+4930123456"),
                json!({ "from": now() + 60, "until": now() }),
            ),
            E::CallbackWindowInvalid,
            "callback.window",
        ),
        unprocessable(
            "window over",
            &cb(
                json!("+4930123456"),
                json!({ "from": now() - 7200, "until": now() - 3600 }),
            ),
            E::CallbackWindowInvalid,
            "callback.window",
        ),
        unprocessable(
            "window too far ahead",
            &cb(
                json!("+4930123456"),
                json!({ "from": now() + 20 * 86400, "until": now() + 20 * 86400 + 60 }),
            ),
            E::CallbackWindowInvalid,
            "callback.window",
        ),
        unprocessable(
            "window too long",
            &cb(
                json!("+4930123456"),
                json!({ "from": now(), "until": now() + 8 * 86400 }),
            ),
            E::CallbackWindowInvalid,
            "callback.window",
        ),
        unprocessable(
            "window field unknown",
            &cb(
                json!("+4930123456"),
                json!({ "from": now(), "until": now() + 60, "tz": "CET" }),
            ),
            E::UnknownField,
            "callback.window.tz",
        ),
        unprocessable(
            "window missing until",
            &cb(json!("+4930123456"), json!({ "from": now() })),
            E::MissingField,
            "callback.window.until",
        ),
        bad(
            "broken JSON",
            b"{\"topic\":".to_vec(),
            S::BAD_REQUEST,
            E::InvalidJson,
            None,
        ),
        bad(
            "invalid UTF-8",
            b"{\"message\":\"\xff\"}".to_vec(),
            S::BAD_REQUEST,
            E::InvalidUtf8,
            None,
        ),
        bad(
            "lone surrogate",
            br#"{"message":"\ud800"}"#.to_vec(),
            S::BAD_REQUEST,
            E::InvalidJson,
            None,
        ),
        bad(
            "oversized",
            serde_json::to_vec(&oversized).unwrap(),
            S::PAYLOAD_TOO_LARGE,
            E::PayloadTooLarge,
            None,
        ),
    ];
    cases.push(Bad {
        content_type: None,
        ..bad(
            "no content type",
            serde_json::to_vec(&base).unwrap(),
            S::UNSUPPORTED_MEDIA_TYPE,
            E::UnsupportedMediaType,
            None,
        )
    });
    refused(&h, "POST", routes::ENQUIRIES, &youth, cases).await;
    // 4000 characters are fine, also of four bytes each (16,000 bytes of emoji).
    let longest = with("message", json!("😀".repeat(4000)));
    assert_eq!(
        create(&h, &youth, &longest).await.status,
        StatusCode::CREATED
    );

    let reply =
        |text: Value, client_id: Value| json!({ "client_message_id": client_id, "text": text });
    let messages = path(routes::ENQUIRY_MESSAGES, id);
    for token in [&youth, &c] {
        refused(
            &h,
            "POST",
            &messages,
            token,
            vec![
                unprocessable(
                    "empty text",
                    &reply(json!(""), json!("r-1")),
                    E::MessageEmpty,
                    "text",
                ),
                unprocessable(
                    "invisible text",
                    &reply(json!("\u{FEFF}\u{2800}"), json!("r-1")),
                    E::MessageEmpty,
                    "text",
                ),
                unprocessable(
                    "long text",
                    &reply(json!("y".repeat(4001)), json!("r-1")),
                    E::MessageTooLong,
                    "text",
                ),
                unprocessable(
                    "bell in text",
                    &reply(json!("ding\u{7}"), json!("r-1")),
                    E::TextInvalidCharacters,
                    "text",
                ),
                unprocessable(
                    "null text",
                    &reply(Value::Null, json!("r-1")),
                    E::WrongType,
                    "text",
                ),
                unprocessable(
                    "bad client id",
                    &reply(json!("Hallo"), json!("r/1")),
                    E::ClientMessageIdInvalid,
                    "client_message_id",
                ),
                unprocessable(
                    "missing text",
                    &json!({ "client_message_id": "r-1" }),
                    E::MissingField,
                    "text",
                ),
                unprocessable(
                    "extra field",
                    &json!({ "client_message_id": "r-1", "text": "x", "from": "counsellor" }),
                    E::UnknownField,
                    "from",
                ),
                bad(
                    "array",
                    b"[]".to_vec(),
                    S::UNPROCESSABLE_ENTITY,
                    E::WrongType,
                    None,
                ),
            ],
        )
        .await;
    }
    refused(
        &h,
        "POST",
        &path(routes::ENQUIRY_READ, id),
        &youth,
        vec![
            unprocessable(
                "up_to as text",
                &json!({ "up_to": "neu" }),
                E::WrongType,
                "up_to",
            ),
            unprocessable("up_to missing", &json!({}), E::MissingField, "up_to"),
        ],
    )
    .await;
    refused(
        &h,
        "POST",
        &path(routes::ENQUIRY_HANDOVER, id),
        &c,
        vec![
            unprocessable(
                "name with space",
                &json!({ "to": "a b c" }),
                E::NicknameInvalidCharacters,
                "to",
            ),
            unprocessable("name as number", &json!({ "to": 5 }), E::WrongType, "to"),
        ],
    )
    .await;
    let absence = |text: Value, until: Value| json!({ "text": text, "until": until });
    refused(
        &h,
        "PUT",
        routes::ABSENCE,
        &c,
        vec![
            unprocessable(
                "empty notice",
                &absence(json!(""), json!(now() + 60)),
                E::AbsenceTextEmpty,
                "text",
            ),
            unprocessable(
                "long notice",
                &absence(json!("u".repeat(501)), json!(now() + 60)),
                E::AbsenceTextTooLong,
                "text",
            ),
            unprocessable(
                "absence over",
                &absence(json!("weg"), json!(now() - 60)),
                E::AbsenceUntilInvalid,
                "until",
            ),
            unprocessable(
                "absence for years",
                &absence(json!("weg"), json!(now() + 400 * 86400)),
                E::AbsenceUntilInvalid,
                "until",
            ),
            unprocessable(
                "until as text",
                &absence(json!("weg"), json!("morgen")),
                E::WrongType,
                "until",
            ),
        ],
    )
    .await;
    assert_eq!(
        get(&h, &c, routes::ABSENCE).await.json(),
        json!({ "absence": null })
    );

    // Ids in the path that are not enquiries.
    for raw in ["abc", "-1", "0", "99999999999999999999", "1.5"] {
        get(&h, &youth, &format!("/api/counselling/enquiries/{raw}"))
            .await
            .expect_error(StatusCode::NOT_FOUND, ErrorCode::EnquiryNotFound);
    }
    assert_eq!(
        history(&h, &youth, id, "").await.0.len(),
        1,
        "nothing was added"
    );
}

/// One inbox page: the ids, whether more come, how many wait in all.
async fn inbox_page(h: &Harness, token: &str, query: &str) -> (Vec<i64>, bool, i64) {
    let reply = get(h, token, &format!("{}{query}", routes::INBOX)).await;
    assert_eq!(reply.status, StatusCode::OK, "{:?}", reply.json());
    let body = reply.json();
    let ids = body["enquiries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|item| item["enquiry"]["id"].as_i64().unwrap())
        .collect();
    (
        ids,
        body["more"].as_bool().unwrap(),
        body["waiting"].as_i64().unwrap(),
    )
}

async fn inbox_pages_after_the_last_one_seen(h: Harness) {
    let counsellor = login_counsellor(&h, &add_counsellor(&h, "viel_zu_tun", "de").await).await;
    let colleague = login_counsellor(&h, &add_counsellor(&h, "kollegin", "de").await).await;
    let turkish = login_counsellor(&h, &add_counsellor(&h, "tuerkisch", "tr").await).await;
    // Twelve enquiries from three young people (five may be open each).
    let mut all = Vec::new();
    for person in 0..3 {
        let youth = register_youth(&h, &format!("fragt_{person}")).await;
        for i in 0..4 {
            all.push(open(&h, &youth, "de", &format!("p{person}-{i}")).await.0);
        }
    }
    let other = register_youth(&h, "auf_tuerkisch").await;
    let elsewhere = open(&h, &other, "tr", "tr-1").await;

    let (first, more, waiting) = inbox_page(&h, &counsellor, "?limit=5").await;
    assert_eq!((first.len(), more, waiting), (5, true, 12));
    // A colleague takes the first of the next page meanwhile: the next page starts after the
    // last one seen, so nothing is skipped and nothing shown twice.
    accept(&h, &colleague, EnquiryId(all[5])).await;
    let after = |id: i64| format!("?limit=5&after={id}");
    let (second, more, waiting) = inbox_page(&h, &counsellor, &after(first[4])).await;
    assert_eq!((second.as_slice(), more, waiting), (&all[6..11], true, 11));
    let (third, more, _) = inbox_page(&h, &counsellor, &after(second[4])).await;
    assert_eq!((third.as_slice(), more), (&all[11..], false));
    assert_eq!(first, all[..5]);
    // The default page holds them all.
    let (everything, more, _) = inbox_page(&h, &counsellor, "").await;
    assert_eq!((everything.len(), more), (11, false));

    // Not a page: zero, too many, an enquiry that does not exist or is in another language.
    for query in [
        "?limit=0".to_owned(),
        "?limit=101".to_owned(),
        "?after=999999".to_owned(),
        format!("?after={}", elsewhere.0),
        "?after=abc".to_owned(),
    ] {
        get(&h, &counsellor, &format!("{}{query}", routes::INBOX))
            .await
            .expect_error(StatusCode::UNPROCESSABLE_ENTITY, ErrorCode::InvalidValue);
    }
    assert_eq!(inbox_page(&h, &turkish, "").await.0, [elsewhere.0]);
}

async fn mark_spam(h: &Harness, token: &str, id: EnquiryId, block: bool) -> Reply {
    Req::post(&path(routes::ENQUIRY_SPAM, id))
        .bearer(token)
        .json(&json!({ "block": block }))
        .send(&h.app)
        .await
}

async fn spam_closes_and_blocks_until_an_admin_lifts_it(h: Harness) {
    let youth = register_youth(&h, "werbung_24").await;
    let counsellor = login_counsellor(&h, &add_counsellor(&h, "frau_klar", "de").await).await;
    let arabic = login_counsellor(&h, &add_counsellor(&h, "nur_arabisch", "ar").await).await;

    // From the inbox, without blocking: closed as spam, the callback number gone, and the
    // young person sees why; they may still ask something else.
    let reply = create(&h, &youth, &callback("de", "+49 170 7654321", "sp-1")).await;
    let first = EnquiryId(reply.json()["id"].as_i64().unwrap());
    mark_spam(&h, &arabic, first, false)
        .await
        .expect_error(StatusCode::NOT_FOUND, ErrorCode::EnquiryNotFound);
    Req::post(&path(routes::ENQUIRY_SPAM, first))
        .bearer(&youth)
        .json(&json!({ "block": true }))
        .send(&h.app)
        .await
        .expect_error(StatusCode::FORBIDDEN, ErrorCode::Forbidden);
    let marked = mark_spam(&h, &counsellor, first, false).await;
    assert_eq!(marked.status, StatusCode::OK, "{:?}", marked.json());
    assert_eq!(marked.json()["status"], "closed");
    assert_eq!(h.counts().await.callbacks, 0);
    let seen = enquiry(&h, &youth, first).await;
    assert_eq!(
        (seen["status"].clone(), seen["closed_as_spam"].clone()),
        (json!("closed"), json!(true))
    );
    // Closed from the inbox, it was never this counsellor's: it is out of their sight.
    mark_spam(&h, &counsellor, first, true)
        .await
        .expect_error(StatusCode::NOT_FOUND, ErrorCode::EnquiryNotFound);

    // An accepted one, with blocking: nothing more from this account, in no enquiry.
    let second = open(&h, &youth, "de", "sp-2").await;
    let third = open(&h, &youth, "de", "sp-3").await;
    accept(&h, &counsellor, second).await;
    accept(&h, &counsellor, third).await;
    assert_eq!(
        mark_spam(&h, &counsellor, second, true).await.status,
        StatusCode::OK
    );
    assert_eq!(enquiry(&h, &youth, third).await["closed_as_spam"], false);
    mark_spam(&h, &counsellor, second, true)
        .await
        .expect_error(StatusCode::CONFLICT, ErrorCode::EnquiryClosed);
    let before = h.counts().await;
    create(&h, &youth, &mail("de", "Noch mehr Werbung", "sp-4"))
        .await
        .expect_error(StatusCode::FORBIDDEN, ErrorCode::CounsellingBlocked);
    send(&h, &youth, third, "sp-5", "Kauf jetzt!")
        .await
        .expect_error(StatusCode::FORBIDDEN, ErrorCode::CounsellingBlocked);
    assert_eq!(h.counts().await, before, "a blocked account stores nothing");
    // The counsellor can still answer and close the other one.
    assert_eq!(
        send(&h, &counsellor, third, "sp-6", "Ich schließe das.")
            .await
            .status,
        StatusCode::CREATED
    );

    // The admin sees the block and lifts it; then the young person may write again.
    let listed = admin(&h, &["account", "blocked"]).await.unwrap();
    assert!(listed.contains("werbung_24"), "{listed}");
    let lifted = admin(&h, &["account", "unblock", "--name", "WERBUNG_24"])
        .await
        .unwrap();
    assert!(
        lifted.contains("may write to counselling again"),
        "{lifted}"
    );
    assert!(
        admin(&h, &["account", "unblock", "--name", "werbung_24"])
            .await
            .is_err()
    );
    assert!(
        admin(&h, &["account", "unblock", "--name", "frau_klar"])
            .await
            .is_err()
    );
    let listed = admin(&h, &["account", "blocked"]).await.unwrap();
    assert!(!listed.contains("werbung_24"), "{listed}");
    assert_eq!(
        send(
            &h,
            &youth,
            third,
            "sp-7",
            "Entschuldigung, das war mein Bruder."
        )
        .await
        .status,
        StatusCode::CREATED
    );
}

/// Rows stored before today's rules (a bidi override, an invisible-only post, such a title, an
/// absence notice or callback number a later rule refuses, a language or place this version
/// does not know) are shown neutralised or left out, never as a 500 that would hide the whole
/// conversation, the forum or the queue.
async fn stored_rows_that_today_refuses_are_shown_neutralised(h: Harness) {
    let youth = register_youth(&h, "alte_texte").await;
    let c = login_counsellor(&h, &add_counsellor(&h, "alt_beraterin", "de").await).await;
    let id = open(&h, &youth, "de", "old-1").await;
    accept(&h, &c, id).await;
    let absence = json!({ "text": "Im Urlaub.", "until": now() + 3600 });
    let set = Req::put(routes::ABSENCE)
        .bearer(&c)
        .json(&absence)
        .send(&h.app)
        .await;
    assert_eq!(set.status, StatusCode::OK);
    let called = create(&h, &youth, &callback("de", "+49 170 1234567", "old-2")).await;
    assert_eq!(called.status, StatusCode::CREATED, "{:?}", called.json());
    let thread = Req::post(routes::FORUM_THREADS)
        .bearer(&youth)
        .json(
            &json!({ "category": "work", "title": "Alte Frage", "language": "de",
            "text": "Wer kann helfen?" }),
        )
        .send(&h.app)
        .await
        .json()["id"]
        .as_i64()
        .unwrap();
    // As an older server could have stored them.
    for (statement, text) in [
        ("UPDATE messages SET body = $1", "\u{202E}Hallo\u{1}!"),
        ("UPDATE forum_posts SET body = $1", "\u{2800}"),
        ("UPDATE forum_threads SET title = $1", "\u{202E}\n"),
        (
            "UPDATE accounts SET absence_text = $1 WHERE absence_text IS NOT NULL",
            "\u{202B}Im Urlaub.\u{202C}",
        ),
        ("UPDATE callbacks SET phone = $1", "0170 abc"),
        (
            "UPDATE accounts SET languages = $1 WHERE role = 'youth'",
            "xx,de",
        ),
    ] {
        h.sql(statement, text).await;
    }

    let messages = get(&h, &youth, &path(routes::ENQUIRY_MESSAGES, id)).await;
    assert_eq!(messages.status, StatusCode::OK, "{:?}", messages.json());
    assert_eq!(messages.json()["messages"][0]["text"], "Hallo!");
    assert_eq!(
        enquiry(&h, &youth, id).await["absence"]["text"],
        "Im Urlaub."
    );
    let mine = get(&h, &youth, routes::ENQUIRIES).await;
    assert_eq!(mine.status, StatusCode::OK, "{:?}", mine.json());
    let inbox = get(&h, &c, routes::INBOX).await;
    assert_eq!(inbox.status, StatusCode::OK, "{:?}", inbox.json());
    let me = get(&h, &youth, routes::ME).await;
    assert_eq!(me.status, StatusCode::OK, "{:?}", me.json());
    assert_eq!(me.json()["languages"], json!(["de"]));
    let posts = get(
        &h,
        &youth,
        &routes::forum_path(routes::FORUM_THREAD_POSTS, thread),
    )
    .await;
    assert_eq!(posts.status, StatusCode::OK, "{:?}", posts.json());
    assert_eq!(posts.json()["posts"][0]["text"], "…");
    let threads = get(&h, &youth, routes::FORUM_THREADS).await;
    assert_eq!(threads.status, StatusCode::OK, "{:?}", threads.json());
    assert_eq!(threads.json()["threads"][0]["title"], "………");
    // What the server sends passes the rules its clients check with.
    let text: lernwelt_protocol::MessagesResponse = serde_json::from_slice(&messages.body).unwrap();
    assert_eq!(text.messages.len(), 1);
    let listed: lernwelt_protocol::ThreadsResponse = serde_json::from_slice(&threads.body).unwrap();
    assert_eq!(listed.threads.len(), 1);
    let _: lernwelt_protocol::EnquiriesResponse = serde_json::from_slice(&mine.body).unwrap();
}

/// `secure_delete`: what a young person deletes (their account, with its enquiries, messages
/// and callback number) is overwritten in the SQLite file, not only unlinked from it. The
/// file is read byte by byte after the store is closed (which folds the write-ahead log in).
#[tokio::test]
async fn deleted_texts_and_numbers_do_not_stay_in_the_sqlite_file() {
    use lernwelt_server::store::SqliteStore;
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("deleted.sqlite3");
    let serve = |store: std::sync::Arc<SqliteStore>| {
        lernwelt_server::app(lernwelt_server::AppState::new(store, test_settings()).unwrap())
    };
    let secret = "Geheimnis-Zxq-4711";
    let phone = "+49 170 9876543";
    // The number is kept in a normal form; its digits are in it however it is written.
    let digits = "1709876543";
    let in_file = |needle: &str| {
        let bytes = std::fs::read(&file).unwrap();
        bytes.windows(needle.len()).any(|w| w == needle.as_bytes())
    };

    let store = std::sync::Arc::new(SqliteStore::open(&file).await.unwrap());
    let app = serve(store.clone());
    let register = json!({ "nickname": "loescht_alles", "password": "sehr-geheim-123",
        "age_band": "18_21", "languages": ["de"] });
    let youth = Req::post(routes::ACCOUNTS)
        .json(&register)
        .send(&app)
        .await
        .token();
    for body in [
        mail("de", &format!("{secret} in einer Nachricht"), "del-1"),
        callback("de", phone, "del-2"),
    ] {
        let created = Req::post(routes::ENQUIRIES)
            .bearer(&youth)
            .json(&body)
            .send(&app)
            .await;
        assert_eq!(created.status, StatusCode::CREATED, "{:?}", created.json());
    }
    drop(app);
    store.close().await;
    // Closing folds the write-ahead log into the file: the texts are there now, so the check
    // below can fail.
    for needle in [secret, digits, "loescht_alles"] {
        assert!(
            in_file(needle),
            "{needle:?} should be in the file before deleting"
        );
    }

    let store = std::sync::Arc::new(SqliteStore::open(&file).await.unwrap());
    let app = serve(store.clone());
    let gone = Req::delete(routes::ME)
        .bearer(&youth)
        .json(&json!({ "password": "sehr-geheim-123" }))
        .send(&app)
        .await;
    assert!(gone.status.is_success(), "{}", gone.status);
    drop(app);
    store.close().await;
    for needle in [secret, digits, "loescht_alles"] {
        assert!(!in_file(needle), "{needle:?} is still in the file");
    }
}
