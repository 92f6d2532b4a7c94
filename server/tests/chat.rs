//! Live chat over a real WebSocket: a server on a TCP port 0, clients with tokio-tungstenite,
//! on SQLite and PostgreSQL. Messages sent over the socket are acknowledged after they are
//! stored, arrive live at the other party and are in the HTTP history; resends make no
//! duplicates; typing, counsellor presence and the waiting room are pushed; other people's
//! enquiries, oversize and garbage frames and floods are refused with error frames.

#![allow(clippy::expect_used, clippy::unwrap_used)]

#[macro_use]
mod support;

use axum::http::StatusCode;
use futures_util::SinkExt;
use lernwelt_protocol::chat::FRAME_MAX_BYTES;
use lernwelt_protocol::{AgeBand, EnquiryId, Language, Languages, Nickname, Role, routes};
use lernwelt_server::rate_limit::RateLimit;
use lernwelt_server::sessions;
use lernwelt_server::store::NewAccount;
use lernwelt_server::ws::CONNECTIONS_PER_ACCOUNT_MAX;
use lernwelt_server::{Settings, app};
use serde_json::{Value, json};
use std::time::Duration;
use support::ws::{WAIT, connect, listen, login, next, next_of, none_of, put};
use support::{
    Harness, LogBuffer, Req, YOUTH_PASSWORD, add_counsellor, admin, login_counsellor,
    register_youth, test_settings,
};
use tokio_tungstenite::tungstenite::Message;

on_both_backends!(
    auth_is_required_first,
    messages_arrive_live_both_ways_and_are_in_the_history,
    resend_after_reconnect_makes_no_duplicate,
    typing_is_relayed,
    other_peoples_enquiries_are_refused,
    waiting_room_positions,
    counsellor_online_notice,
    oversize_and_garbage_frames_get_error_frames_and_store_nothing,
    frame_flood_is_rate_limited_and_closed,
    logout_ends_the_connection,
    an_expired_session_ends_its_connection,
    binary_and_ping_frames_count_against_their_budgets,
    a_silent_connection_is_dropped_by_the_heartbeat,
    logs_hold_no_personal_data,
    connections_per_account_are_limited,
);

fn chat(language: &str, client_message_id: &str) -> Value {
    json!({
        "topic": "work",
        "language": language,
        "mode": "chat",
        "message": "Kann ich chatten?",
        "client_message_id": client_message_id,
    })
}

async fn open_chat(h: &Harness, token: &str, client_message_id: &str) -> EnquiryId {
    let reply = Req::post(routes::ENQUIRIES)
        .bearer(token)
        .json(&chat("de", client_message_id))
        .send(&h.app)
        .await;
    assert_eq!(reply.status, StatusCode::CREATED, "{:?}", reply.json());
    EnquiryId(reply.json()["id"].as_i64().unwrap())
}

async fn accept(h: &Harness, token: &str, id: EnquiryId) {
    let reply = Req::post(&routes::enquiry_path(routes::ENQUIRY_ACCEPT, id))
        .bearer(token)
        .send(&h.app)
        .await;
    assert_eq!(reply.status, StatusCode::OK, "{:?}", reply.json());
}

async fn history(h: &Harness, token: &str, id: EnquiryId) -> Vec<Value> {
    let reply = Req::get(&routes::enquiry_path(routes::ENQUIRY_MESSAGES, id))
        .bearer(token)
        .send(&h.app)
        .await;
    assert_eq!(reply.status, StatusCode::OK, "{:?}", reply.json());
    reply.json()["messages"].as_array().unwrap().clone()
}

fn send_frame(id: EnquiryId, client_message_id: &str, text: &str) -> Value {
    json!({ "type": "send", "enquiry_id": id.0, "client_message_id": client_message_id, "text": text })
}

/// A young person with an accepted chat enquiry, and the counsellor who has it.
struct Pair {
    youth: String,
    counsellor: String,
    enquiry: EnquiryId,
}

async fn pair(h: &Harness) -> Pair {
    let youth = register_youth(h, "mira").await;
    let counsellor = add_counsellor(h, "berater", "de").await;
    let counsellor = login_counsellor(h, &counsellor).await;
    let enquiry = open_chat(h, &youth, "first").await;
    accept(h, &counsellor, enquiry).await;
    Pair {
        youth,
        counsellor,
        enquiry,
    }
}

async fn auth_is_required_first(h: Harness) {
    let youth = register_youth(&h, "mira").await;
    let addr = listen(h.state.clone()).await;

    let mut ws = connect(addr).await;
    put(&mut ws, &json!({ "type": "typing", "enquiry_id": 1 })).await;
    let error = next(&mut ws).await.unwrap();
    assert_eq!(error["type"], "error");
    assert_eq!(error["code"], "unauthenticated");
    assert!(next(&mut ws).await.is_none(), "closed after the refusal");

    let mut ws = connect(addr).await;
    put(&mut ws, &json!({ "type": "auth", "token": "0".repeat(64) })).await;
    assert_eq!(next(&mut ws).await.unwrap()["code"], "unauthenticated");
    assert!(next(&mut ws).await.is_none());

    let mut ws = connect(addr).await;
    ws.send(Message::text("not json")).await.unwrap();
    assert_eq!(next(&mut ws).await.unwrap()["code"], "unauthenticated");
    assert!(next(&mut ws).await.is_none());

    login(addr, &youth).await;

    // An admin takes no part in counselling (a session as the TOTP login makes it).
    let now = sessions::now();
    let (token, session) = sessions::new_session(now, Duration::from_secs(3600), true).unwrap();
    h.store
        .create_account(
            &NewAccount {
                nickname: Nickname::try_from("verwaltung").unwrap(),
                password_hash: "not-a-login".to_owned(),
                role: Role::Admin,
                age_band: AgeBand::From18To21,
                languages: Languages::try_from(vec![Language::De]).unwrap(),
                created_at: now,
            },
            &session,
        )
        .await
        .unwrap();
    let mut ws = connect(addr).await;
    put(&mut ws, &json!({ "type": "auth", "token": token.0 })).await;
    assert_eq!(next(&mut ws).await.unwrap()["code"], "forbidden");
    assert!(next(&mut ws).await.is_none());
}

async fn messages_arrive_live_both_ways_and_are_in_the_history(h: Harness) {
    let p = pair(&h).await;
    let addr = listen(h.state.clone()).await;
    let mut youth = login(addr, &p.youth).await;
    let mut counsellor = login(addr, &p.counsellor).await;

    put(
        &mut youth,
        &send_frame(p.enquiry, "y-1", "Hallo, ist jemand da?"),
    )
    .await;
    let ack = next_of(&mut youth, "ack").await;
    assert_eq!(ack["client_message_id"], "y-1");
    let pushed = next_of(&mut counsellor, "message").await;
    assert_eq!(pushed["message"]["text"], "Hallo, ist jemand da?");
    assert_eq!(pushed["message"]["id"], ack["message_id"]);
    assert_eq!(pushed["message"]["from"], "youth");

    put(
        &mut counsellor,
        &send_frame(p.enquiry, "c-1", "Ja, ich bin da."),
    )
    .await;
    let ack2 = next_of(&mut counsellor, "ack").await;
    let pushed = next_of(&mut youth, "message").await;
    assert_eq!(pushed["message"]["text"], "Ja, ich bin da.");
    assert_eq!(pushed["message"]["from"], "counsellor");

    // A reply over HTTP arrives live as well.
    let reply = Req::post(&routes::enquiry_path(routes::ENQUIRY_MESSAGES, p.enquiry))
        .bearer(&p.counsellor)
        .json(&json!({ "client_message_id": "c-2", "text": "Worum geht es?" }))
        .send(&h.app)
        .await;
    assert_eq!(reply.status, StatusCode::CREATED);
    assert_eq!(
        next_of(&mut youth, "message").await["message"]["text"],
        "Worum geht es?"
    );

    let texts: Vec<Value> = history(&h, &p.youth, p.enquiry)
        .await
        .into_iter()
        .map(|m| m["text"].clone())
        .collect();
    assert_eq!(
        texts,
        [
            "Kann ich chatten?",
            "Hallo, ist jemand da?",
            "Ja, ich bin da.",
            "Worum geht es?"
        ]
    );
    let since = ack["message_id"].as_i64().unwrap();
    let uri = format!(
        "{}?since={since}",
        routes::enquiry_path(routes::ENQUIRY_MESSAGES, p.enquiry)
    );
    let reply = Req::get(&uri).bearer(&p.youth).send(&h.app).await;
    let later = reply.json()["messages"].as_array().unwrap().clone();
    assert_eq!(later[0]["id"], ack2["message_id"]);
    assert_eq!(later.len(), 2);
}

async fn resend_after_reconnect_makes_no_duplicate(h: Harness) {
    let p = pair(&h).await;
    let addr = listen(h.state.clone()).await;
    let mut youth = login(addr, &p.youth).await;
    put(&mut youth, &send_frame(p.enquiry, "once", "Nur einmal.")).await;
    let first = next_of(&mut youth, "ack").await;
    youth.close(None).await.unwrap();
    let before = h.counts().await.messages;

    let mut youth = login(addr, &p.youth).await;
    put(&mut youth, &send_frame(p.enquiry, "once", "Nur einmal.")).await;
    let again = next_of(&mut youth, "ack").await;
    assert_eq!(again["message_id"], first["message_id"]);
    assert_eq!(h.counts().await.messages, before);
    assert_eq!(history(&h, &p.youth, p.enquiry).await.len(), 2);
}

async fn typing_is_relayed(h: Harness) {
    let p = pair(&h).await;
    let addr = listen(h.state.clone()).await;
    let mut youth = login(addr, &p.youth).await;
    let mut counsellor = login(addr, &p.counsellor).await;
    put(
        &mut youth,
        &json!({ "type": "typing", "enquiry_id": p.enquiry.0 }),
    )
    .await;
    let typing = next_of(&mut counsellor, "typing").await;
    assert_eq!(typing["enquiry_id"], p.enquiry.0);
    assert_eq!(typing["from"], "youth");
    put(
        &mut counsellor,
        &json!({ "type": "typing", "enquiry_id": p.enquiry.0 }),
    )
    .await;
    assert_eq!(next_of(&mut youth, "typing").await["from"], "counsellor");
}

async fn other_peoples_enquiries_are_refused(h: Harness) {
    let p = pair(&h).await;
    let other_youth = register_youth(&h, "tarek").await;
    let colleague = add_counsellor(&h, "kollegin", "de").await;
    let colleague = login_counsellor(&h, &colleague).await;
    let addr = listen(h.state.clone()).await;
    let mut owner = login(addr, &p.youth).await;
    let before = h.counts().await.messages;

    for token in [&other_youth, &colleague] {
        let mut ws = login(addr, token).await;
        put(&mut ws, &send_frame(p.enquiry, "intruder", "Hallo?")).await;
        assert_eq!(next_of(&mut ws, "error").await["code"], "enquiry_not_found");
        put(
            &mut ws,
            &json!({ "type": "typing", "enquiry_id": p.enquiry.0 }),
        )
        .await;
        assert_eq!(next_of(&mut ws, "error").await["code"], "enquiry_not_found");
        put(
            &mut ws,
            &send_frame(EnquiryId(999_999), "nowhere", "Hallo?"),
        )
        .await;
        assert_eq!(next_of(&mut ws, "error").await["code"], "enquiry_not_found");
    }
    none_of(&mut owner, "message").await;
    none_of(&mut owner, "typing").await;
    assert_eq!(h.counts().await.messages, before);
}

async fn waiting_room_positions(h: Harness) {
    let first = register_youth(&h, "erste").await;
    let second = register_youth(&h, "zweite").await;
    let counsellor = add_counsellor(&h, "berater", "de").await;
    let counsellor = login_counsellor(&h, &counsellor).await;
    let addr = listen(h.state.clone()).await;

    let a = open_chat(&h, &first, "a").await;
    let b = open_chat(&h, &second, "b").await;
    let mut ws_a = login(addr, &first).await;
    let position = next_of(&mut ws_a, "position").await;
    assert_eq!(position["enquiry_id"], a.0);
    assert_eq!(position["position"], 1);
    let mut ws_b = login(addr, &second).await;
    let position = next_of(&mut ws_b, "position").await;
    assert_eq!(position["enquiry_id"], b.0);
    assert_eq!(position["position"], 2);

    accept(&h, &counsellor, a).await;
    let position = next_of(&mut ws_b, "position").await;
    assert_eq!(position["enquiry_id"], b.0);
    assert_eq!(position["position"], 1);
}

async fn counsellor_online_notice(h: Harness) {
    let youth = register_youth(&h, "mira").await;
    let counsellor = add_counsellor(&h, "berater", "de").await;
    let counsellor = login_counsellor(&h, &counsellor).await;
    let addr = listen(h.state.clone()).await;

    let mut ws = connect(addr).await;
    put(&mut ws, &json!({ "type": "auth", "token": youth })).await;
    let mut seen = Vec::new();
    while seen.len() < 2 {
        let frame = next(&mut ws).await.unwrap();
        if frame["type"] == "counsellor_online" {
            seen.push((frame["language"].clone(), frame["online"].clone()));
        }
    }
    seen.sort_by_key(|(l, _)| l.to_string());
    assert_eq!(
        seen,
        [(json!("ar"), json!(false)), (json!("de"), json!(false))]
    );

    let staff = login(addr, &counsellor).await;
    let notice = next_of(&mut ws, "counsellor_online").await;
    assert_eq!(notice["language"], "de");
    assert_eq!(notice["online"], true);
    drop(staff);
    let notice = next_of(&mut ws, "counsellor_online").await;
    assert_eq!(notice["language"], "de");
    assert_eq!(notice["online"], false);
}

async fn oversize_and_garbage_frames_get_error_frames_and_store_nothing(h: Harness) {
    let p = pair(&h).await;
    let addr = listen(h.state.clone()).await;
    let mut ws = login(addr, &p.youth).await;
    let before = h.counts().await.messages;

    let huge = send_frame(p.enquiry, "huge", &"a".repeat(FRAME_MAX_BYTES));
    put(&mut ws, &huge).await;
    assert_eq!(next_of(&mut ws, "error").await["code"], "payload_too_large");
    // Below that, the text's own rule answers.
    put(&mut ws, &send_frame(p.enquiry, "long", &"a".repeat(4001))).await;
    assert_eq!(next_of(&mut ws, "error").await["code"], "message_too_long");
    ws.send(Message::text("{not json")).await.unwrap();
    assert_eq!(next_of(&mut ws, "error").await["code"], "invalid_json");
    put(
        &mut ws,
        &json!({ "type": "dance", "enquiry_id": p.enquiry.0 }),
    )
    .await;
    assert_eq!(next_of(&mut ws, "error").await["type"], "error");
    put(
        &mut ws,
        &json!({ "type": "send", "enquiry_id": "x", "client_message_id": "a", "text": "b" }),
    )
    .await;
    assert_eq!(next_of(&mut ws, "error").await["type"], "error");
    put(&mut ws, &send_frame(p.enquiry, "blank", "   ")).await;
    assert_eq!(next_of(&mut ws, "error").await["code"], "message_empty");
    put(&mut ws, &json!({ "type": "auth", "token": p.youth })).await;
    assert_eq!(next_of(&mut ws, "error").await["type"], "error");
    // Binary frames carry presence steps: anything else there is refused.
    ws.send(Message::binary(vec![0xff, 0x00, 0x12]))
        .await
        .unwrap();
    assert_eq!(next_of(&mut ws, "error").await["code"], "invalid_value");
    ws.send(Message::text("\u{0}\u{1}")).await.unwrap();
    assert_eq!(next_of(&mut ws, "error").await["type"], "error");
    assert_eq!(h.counts().await.messages, before);

    // The connection is still good, and takes every message HTTP takes: 4000 emoji (16,000
    // bytes) too.
    put(&mut ws, &send_frame(p.enquiry, "fine", "Jetzt richtig.")).await;
    next_of(&mut ws, "ack").await;
    put(&mut ws, &send_frame(p.enquiry, "emoji", &"😀".repeat(4000))).await;
    next_of(&mut ws, "ack").await;
    assert_eq!(h.counts().await.messages, before + 2);
}

async fn frame_flood_is_rate_limited_and_closed(h: Harness) {
    let p = pair(&h).await;
    let mut settings = test_settings();
    settings.ws_frame_limit = RateLimit {
        burst: 5,
        refill_every: Duration::from_secs(3600),
    };
    let addr = listen(h.state_with(settings)).await;
    let mut ws = login(addr, &p.youth).await;
    for _ in 0..5 {
        put(
            &mut ws,
            &json!({ "type": "typing", "enquiry_id": p.enquiry.0 }),
        )
        .await;
    }
    put(&mut ws, &send_frame(p.enquiry, "late", "Zu viel.")).await;
    assert_eq!(next_of(&mut ws, "error").await["code"], "rate_limited");
    let before = h.counts().await.messages;
    let mut refused = 1;
    for i in 0..20 {
        if ws
            .send(Message::text(
                send_frame(p.enquiry, &format!("f{i}"), "x").to_string(),
            ))
            .await
            .is_err()
        {
            break;
        }
    }
    // Pushes (the counsellors' online state sent at connect) may come in between; only the
    // refusals count.
    while let Some(frame) = next(&mut ws).await {
        if frame["type"] != "error" {
            continue;
        }
        assert_eq!(frame["code"], "rate_limited", "{frame}");
        refused += 1;
    }
    assert_eq!(refused, 10, "closed after ten refused frames");
    assert_eq!(h.counts().await.messages, before);
}

async fn logout_ends_the_connection(h: Harness) {
    let p = pair(&h).await;
    let addr = listen(h.state.clone()).await;
    let mut ws = login(addr, &p.youth).await;
    let reply = Req::delete(routes::CURRENT_SESSION)
        .bearer(&p.youth)
        .send(&h.app)
        .await;
    assert!(reply.status.is_success(), "{}", reply.status);
    // At once, without waiting for the client's next frame.
    assert_eq!(next_of(&mut ws, "error").await["code"], "unauthenticated");
    assert!(next(&mut ws).await.is_none(), "closed");

    // Deleting the account ends its connections the same way.
    let youth = register_youth(&h, "geht_weg").await;
    let mut ws = login(addr, &youth).await;
    let reply = Req::delete(routes::ME)
        .bearer(&youth)
        .json(&json!({ "password": "sehr-geheim-123" }))
        .send(&h.app)
        .await;
    assert!(reply.status.is_success(), "{}", reply.status);
    assert_eq!(next_of(&mut ws, "error").await["code"], "unauthenticated");
    assert!(next(&mut ws).await.is_none(), "closed");

    // A counsellor disabled by the admin command (another process, which cannot tell the hub)
    // is ended by the session sweep, without a frame from the client and long before the
    // next heartbeat.
    let c = add_counsellor(&h, "geht_auch", "de").await;
    let token = login_counsellor(&h, &c).await;
    let mut ws = login(addr, &token).await;
    let started = std::time::Instant::now();
    admin(&h, &["counsellor", "disable", "--name", "geht_auch"])
        .await
        .unwrap();
    assert_eq!(next_of(&mut ws, "error").await["code"], "unauthenticated");
    assert!(next(&mut ws).await.is_none(), "closed");
    assert!(started.elapsed() < lernwelt_server::ws::SESSION_SWEEP * 2);
}

async fn an_expired_session_ends_its_connection(h: Harness) {
    let mut settings = test_settings();
    settings.session_ttl = Duration::from_secs(1);
    let state = h.state_with(settings);
    let short = app(state.clone());
    let addr = listen(state).await;
    register_youth(&h, "kurz_da").await;
    let youth = Req::post(routes::SESSIONS)
        .json(&json!({ "nickname": "kurz_da", "password": YOUTH_PASSWORD }))
        .send(&short)
        .await
        .token();
    let mut ws = login(addr, &youth).await;
    let started = std::time::Instant::now();
    assert_eq!(next_of(&mut ws, "error").await["code"], "unauthenticated");
    assert!(next(&mut ws).await.is_none(), "closed");
    // Within the second of the session and one sweep, not at the heartbeat.
    let waited = started.elapsed();
    assert!(
        waited < Duration::from_secs(1) + lernwelt_server::ws::SESSION_SWEEP * 2,
        "{waited:?}"
    );
}

async fn binary_and_ping_frames_count_against_their_budgets(h: Harness) {
    let p = pair(&h).await;
    let mut settings = test_settings();
    let few = RateLimit {
        burst: 2,
        refill_every: Duration::from_secs(3600),
    };
    settings.ws_frame_limit = few;
    settings.ws_step_limit = few;
    let addr = listen(h.state_with(settings)).await;
    let mut ws = login(addr, &p.youth).await;
    // Binary frames (presence steps) have their own budget, bad ones included.
    for _ in 0..2 {
        ws.send(Message::binary(vec![1, 2, 3])).await.unwrap();
        assert_eq!(next_of(&mut ws, "error").await["code"], "invalid_value");
    }
    ws.send(Message::binary(vec![1, 2, 3])).await.unwrap();
    assert_eq!(next_of(&mut ws, "error").await["code"], "rate_limited");
    // Pings count against the budget of the other frames.
    for _ in 0..2 {
        ws.send(Message::Ping(vec![7].into())).await.unwrap();
    }
    put(&mut ws, &send_frame(p.enquiry, "b-1", "Hallo")).await;
    assert_eq!(next_of(&mut ws, "error").await["code"], "rate_limited");
}

async fn a_silent_connection_is_dropped_by_the_heartbeat(h: Harness) {
    let first = login_counsellor(&h, &add_counsellor(&h, "still", "de").await).await;
    let second = login_counsellor(&h, &add_counsellor(&h, "wach", "de").await).await;
    let settings = Settings {
        ws_heartbeat: Duration::from_millis(100),
        ..test_settings()
    };
    let state = h.state_with(settings);
    let app = app(state.clone());
    let addr = listen(state).await;
    let online = |token: String, name: &'static str| {
        let app = app.clone();
        async move {
            let listed = Req::get(routes::COLLEAGUES)
                .bearer(&token)
                .send(&app)
                .await
                .json();
            listed["colleagues"]
                .as_array()
                .unwrap()
                .iter()
                .any(|c| c["name"] == name && c["online"] == true)
        }
    };
    // The first desk goes quiet (a phone that lost its network: it reads nothing and so
    // answers no ping); the second keeps reading, which answers the pings.
    let _silent = login(addr, &first).await;
    let mut awake = login(addr, &second).await;
    assert!(online(second.clone(), "still").await);
    let deadline = tokio::time::Instant::now() + WAIT;
    while online(second.clone(), "still").await {
        assert!(
            tokio::time::Instant::now() < deadline,
            "the silent desk is dropped"
        );
        none_of(&mut awake, "error").await;
    }
    for _ in 0..3 {
        none_of(&mut awake, "error").await;
    }
    assert!(
        online(first.clone(), "wach").await,
        "a desk that answers stays"
    );
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

    let p = pair(&h).await;
    let addr = listen(h.state.clone()).await;
    let mut youth = login(addr, &p.youth).await;
    let mut counsellor = login(addr, &p.counsellor).await;
    let secret = "Mein-Geheimnis-42";
    put(&mut youth, &send_frame(p.enquiry, "geheim-id", secret)).await;
    next_of(&mut youth, "ack").await;
    next_of(&mut counsellor, "message").await;
    put(
        &mut youth,
        &send_frame(p.enquiry, "zu-lang", &secret.repeat(600)),
    )
    .await;
    next_of(&mut youth, "error").await;
    youth
        .send(Message::text(format!("{{{secret}")))
        .await
        .unwrap();
    next_of(&mut youth, "error").await;
    drop(youth);
    drop(counsellor);
    tokio::time::sleep(Duration::from_millis(100)).await;

    let logs = buffer.text();
    // Whether a line shows up at all is not asserted: with tests running on several threads,
    // tracing's per-callsite cache may skip a thread-local subscriber.
    for private in [
        secret,
        "geheim-id",
        "mira",
        p.youth.as_str(),
        p.counsellor.as_str(),
    ] {
        assert!(!logs.contains(private), "{private} in the logs");
    }
}

async fn connections_per_account_are_limited(h: Harness) {
    let youth = register_youth(&h, "mira").await;
    let addr = listen(h.state.clone()).await;
    let mut open = Vec::new();
    for _ in 0..CONNECTIONS_PER_ACCOUNT_MAX {
        open.push(login(addr, &youth).await);
    }
    let mut extra = connect(addr).await;
    put(&mut extra, &json!({ "type": "auth", "token": youth })).await;
    assert_eq!(next_of(&mut extra, "error").await["code"], "rate_limited");
    assert!(next(&mut extra).await.is_none(), "closed");
    // Closing one makes room.
    let mut first = open.remove(0);
    first.close(None).await.unwrap();
    while next(&mut first).await.is_some() {}
    tokio::time::sleep(Duration::from_millis(100)).await;
    login(addr, &youth).await;
}
