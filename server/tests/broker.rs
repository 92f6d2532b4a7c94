//! Several server instances joined by the real NATS server (`--broker`): young people on one
//! instance see those on the other walk, talk and leave; a request for a counsellor on one is
//! answered by a counsellor on the other; a counsellor's reply, a logout and "a counsellor is
//! online" reach connections elsewhere; a reconnect to the other instance takes the avatar over
//! unseen; and when an instance is killed its avatars vanish from the other within seconds,
//! and its people come back through the other.
//!
//! Each test uses a subject prefix of its own, so tests running at once do not hear each other.
//! NATS must answer at `LERNWELT_TEST_NATS_URL` (default `nats://127.0.0.1:4222`) in CI.

#![allow(clippy::expect_used, clippy::unwrap_used)]

#[macro_use]
mod support;

use axum::Router;
use axum::http::StatusCode;
use lernwelt_protocol::routes;
use lernwelt_protocol::{EnquiryId, Place};
use lernwelt_server::broker::{Link, Nats};
use lernwelt_server::presence::room::Grace;
use lernwelt_server::{AppState, app};
use serde_json::{Value, json};
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;
use support::avatars::{Client, arrive, arrive_at, moved, room_line, step_of};
use support::process::Server;
use support::ws::{listen, login, next, next_of, put};
use support::{
    Harness, Req, add_counsellor, broker_prefix, login_counsellor, nats_url, register_youth,
    test_settings,
};

on_both_backends!(
    young_people_on_two_instances_share_a_place,
    a_counsellor_on_the_other_instance_answers_a_request,
    live_chat_reaches_connections_on_the_other_instance,
    a_reconnect_to_the_other_instance_takes_the_avatar_over,
);

/// One server instance in this process: its router and its address.
struct Instance {
    app: Router,
    addr: SocketAddr,
}

/// Two instances over the harness's database, joined by NATS under a prefix of this test's
/// own, each serving on a port of its own; `None` if NATS is unreachable outside CI.
async fn two_instances(h: &Harness) -> Option<(Instance, Instance)> {
    let url = nats_url()?;
    let prefix = broker_prefix();
    let mut settings = test_settings();
    settings.presence_grace = Grace {
        lost: Duration::from_millis(300),
        silent: Duration::from_secs(15),
    };
    let mut instances = Vec::new();
    for _ in 0..2 {
        let nats = Nats::connect(&url, &prefix).await.expect("connect to NATS");
        let state = AppState::shared(h.store.clone(), settings.clone(), Link::new(Arc::new(nats)))
            .await
            .expect("state");
        instances.push(Instance {
            app: app(state.clone()),
            addr: listen(state).await,
        });
    }
    let b = instances.pop()?;
    let a = instances.pop()?;
    Some((a, b))
}

async fn young_people_on_two_instances_share_a_place(h: Harness) {
    let Some((one, two)) = two_instances(&h).await else {
        return;
    };
    let mut amal = Client::new(one.addr, &register_youth(&h, "amal").await).await;
    let mut bora = Client::new(two.addr, &register_youth(&h, "bora").await).await;
    let entered = amal.enter("job_centre", arrive()).await;
    assert_eq!(entered["type"], "entered", "{entered}");
    let start = step_of(&entered);
    bora.enter("job_centre", arrive()).await;
    bora.until("amal from the other instance", |v| {
        v.handle_of("amal").is_some()
    })
    .await;
    amal.until("bora from the other instance", |v| {
        v.handle_of("bora").is_some()
    })
    .await;
    let seen = bora.view.handle_of("amal").unwrap();
    assert_eq!(bora.view.by_handle[&seen]["role"], "youth");

    // Amal walks on instance one: bora's copy on instance two follows, in binary batches.
    let mut to = start;
    for _ in 0..5 {
        to = moved(to, 0.3, 0.0);
        amal.step(to).await;
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    bora.until("amal's last step", |v| v.steps.get(&seen) == Some(&to))
        .await;

    // Room chat and gestures cross too, under the speaker's handle on each side.
    put(&mut bora.ws, &json!({ "type": "say", "text": "Merhaba!" })).await;
    let said = next_of(&mut amal.ws, "said").await;
    let bora_there = amal.view.handle_of("bora").unwrap();
    assert_eq!(said["handle"], bora_there);
    assert_eq!(said["text"], "Merhaba!");
    put(&mut amal.ws, &json!({ "type": "emote", "emote": "wave" })).await;
    let waved = next_of(&mut bora.ws, "emoted").await;
    assert_eq!(
        (waved["handle"].clone(), waved["emote"].clone()),
        (json!(seen), json!("wave"))
    );

    // Amal leaves: she vanishes on the other instance at once, not after a silence.
    put(&mut amal.ws, &json!({ "type": "leave" })).await;
    bora.until_within("amal to vanish", Duration::from_secs(2), |v| {
        v.handle_of("amal").is_none()
    })
    .await;
    assert_eq!(bora.view.vanished, ["amal"]);
}

async fn a_counsellor_on_the_other_instance_answers_a_request(h: Harness) {
    let Some((one, two)) = two_instances(&h).await else {
        return;
    };
    let counsellor = add_counsellor(&h, "Frau_Weber", "de,ar").await;
    let staff_token = login_counsellor(&h, &counsellor).await;
    let mut amal = Client::new(one.addr, &register_youth(&h, "amal").await).await;
    let mut staff = Client::new(two.addr, &staff_token).await;
    amal.enter("company", arrive()).await;
    put(&mut amal.ws, &json!({ "type": "ask_counsellor" })).await;
    assert_eq!(next_of(&mut amal.ws, "asked").await["waiting"], json!(true));

    // The counsellor on instance two sees who waits on instance one, and comes.
    let line = room_line(&mut staff, "company", |l| {
        !l["waiting"].as_array().unwrap().is_empty()
    })
    .await;
    assert_eq!(line["youth"], 1);
    assert_eq!(line["waiting"][0]["name"], "amal");
    let entered = staff.enter("company", arrive()).await;
    assert_eq!(entered["type"], "entered", "{entered}");
    let coming = next_of(&mut amal.ws, "counsellor_coming").await;
    assert_eq!(coming["name"], "Frau_Weber");
    assert_eq!(
        next_of(&mut amal.ws, "asked").await["waiting"],
        json!(false)
    );
    // Amal sees her walk in, marked as a counsellor; the list shows nobody waiting.
    amal.until("the counsellor", |v| v.handle_of("Frau_Weber").is_some())
        .await;
    let handle = amal.view.handle_of("Frau_Weber").unwrap();
    assert_eq!(amal.view.by_handle[&handle]["role"], "counsellor");
    assert_eq!(amal.view.by_handle[&handle]["availability"], "available");
    let line = room_line(&mut staff, "company", |l| {
        l["counsellors"] == 1 && l["waiting"].as_array().unwrap().is_empty()
    })
    .await;
    assert_eq!(line["youth"], 1);
    // Her availability crosses too.
    put(
        &mut staff.ws,
        &json!({ "type": "availability", "availability": "busy" }),
    )
    .await;
    let changed = next_of(&mut amal.ws, "availability_changed").await;
    assert_eq!(
        (changed["handle"].clone(), changed["availability"].clone()),
        (json!(handle), json!("busy"))
    );
}

async fn open_chat(router: &Router, token: &str) -> EnquiryId {
    let reply = Req::post(routes::ENQUIRIES)
        .bearer(token)
        .json(&json!({
            "topic": "work",
            "language": "de",
            "mode": "chat",
            "message": "Kann ich chatten?",
            "client_message_id": "first",
        }))
        .send(router)
        .await;
    assert_eq!(reply.status, StatusCode::CREATED, "{:?}", reply.json());
    EnquiryId(reply.json()["id"].as_i64().unwrap())
}

/// The next `counsellor_online` push for German.
async fn german_online(ws: &mut support::ws::Ws) -> Value {
    loop {
        let frame = next_of(ws, "counsellor_online").await;
        if frame["language"] == "de" {
            return frame["online"].clone();
        }
    }
}

async fn live_chat_reaches_connections_on_the_other_instance(h: Harness) {
    let Some((one, two)) = two_instances(&h).await else {
        return;
    };
    let youth = register_youth(&h, "mira").await;
    let counsellor = add_counsellor(&h, "berater", "de").await;
    let counsellor = login_counsellor(&h, &counsellor).await;
    let mut youth_ws = login(one.addr, &youth).await;
    assert_eq!(german_online(&mut youth_ws).await, json!(false));
    // The counsellor opens the desk on instance two: the young person on one is told.
    let mut desk = login(two.addr, &counsellor).await;
    assert_eq!(german_online(&mut youth_ws).await, json!(true));

    let enquiry = open_chat(&one.app, &youth).await;
    let accept = Req::post(&routes::enquiry_path(routes::ENQUIRY_ACCEPT, enquiry))
        .bearer(&counsellor)
        .send(&two.app)
        .await;
    assert_eq!(accept.status, StatusCode::OK, "{:?}", accept.json());
    // A reply over HTTP on instance two reaches the young person's socket on one.
    let reply = Req::post(&routes::enquiry_path(routes::ENQUIRY_MESSAGES, enquiry))
        .bearer(&counsellor)
        .json(&json!({ "client_message_id": "c-1", "text": "Ja, ich bin da." }))
        .send(&two.app)
        .await;
    assert_eq!(reply.status, StatusCode::CREATED, "{:?}", reply.json());
    let pushed = next_of(&mut youth_ws, "message").await;
    assert_eq!(pushed["message"]["text"], "Ja, ich bin da.");
    // And the young person's line on one reaches the desk on two.
    put(
        &mut youth_ws,
        &json!({ "type": "send", "enquiry_id": enquiry.0, "client_message_id": "y-1",
                 "text": "Danke!" }),
    )
    .await;
    next_of(&mut youth_ws, "ack").await;
    let pushed = next_of(&mut desk, "message").await;
    assert_eq!(pushed["message"]["text"], "Danke!");

    // The desk closes on two: one hears that nobody is online for German any more.
    drop(desk);
    assert_eq!(german_online(&mut youth_ws).await, json!(false));
    // A logout on instance two ends the young person's socket on one.
    let logout = Req::delete(routes::CURRENT_SESSION)
        .bearer(&youth)
        .send(&two.app)
        .await;
    assert!(logout.status.is_success(), "{:?}", logout.status);
    loop {
        match next(&mut youth_ws).await {
            None => break,
            Some(frame) if frame["type"] == "error" => {
                assert_eq!(frame["code"], "unauthenticated");
            }
            Some(_) => {}
        }
    }
}

async fn a_reconnect_to_the_other_instance_takes_the_avatar_over(h: Harness) {
    let Some((one, two)) = two_instances(&h).await else {
        return;
    };
    let amal_token = register_youth(&h, "amal").await;
    let mut amal = Client::new(one.addr, &amal_token).await;
    let mut bora = Client::new(two.addr, &register_youth(&h, "bora").await).await;
    let start = step_of(&amal.enter("job_centre", arrive()).await);
    bora.enter("job_centre", arrive()).await;
    bora.until("amal", |v| v.handle_of("amal").is_some()).await;
    let seen = bora.view.handle_of("amal").unwrap();
    let there = moved(start, 0.4, 0.0);
    amal.step(there).await;
    bora.until("amal's step", |v| v.steps.get(&seen) == Some(&there))
        .await;

    // Amal's connection to instance one breaks; she comes back through instance two and goes
    // on where she stood. Bora never sees her vanish, only walk on.
    drop(amal);
    let mut amal = Client::new(two.addr, &amal_token).await;
    let (x, z) = there.at.metres();
    let entered = amal.enter("job_centre", arrive_at(x, z)).await;
    assert_eq!(step_of(&entered).at, there.at, "{entered}");
    let on = moved(there, 0.4, 0.0);
    amal.step(on).await;
    bora.until("amal walking on", |v| v.steps.get(&seen) == Some(&on))
        .await;
    // Well past instance one's grace for the broken connection: still there, never vanished.
    let (_, frames) = bora.quiet_for(Duration::from_millis(1500)).await;
    assert!(
        bora.view.vanished.is_empty(),
        "amal vanished: {frames:?} {:?}",
        bora.view
    );
    assert_eq!(bora.view.handle_of("amal"), Some(seen));
}

/// The real binary twice, on one SQLite database and one NATS subject prefix: killing one
/// instance makes its avatars vanish from the other within seconds, and its people come back
/// through the other.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn when_an_instance_dies_the_room_heals() {
    let Some(url) = nats_url() else {
        return;
    };
    let prefix = broker_prefix();
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let args = ["--broker", url.as_str(), "--broker-prefix", prefix.as_str()];
    let one = Server::start(&data, None, &args);
    let two = Server::start(&data, None, &args);
    let register = |server: &Server, nickname: &str| {
        let (status, session) = server.request(
            "POST",
            routes::ACCOUNTS,
            None,
            Some(&json!({
                "nickname": nickname,
                "password": "ein-langes-Passwort-fuer-Tests",
                "age_band": "18_21",
                "languages": ["de"],
            })),
        );
        assert_eq!(status, 201, "{session}");
        session["token"].as_str().unwrap().to_owned()
    };
    let amal_token = register(&one, "amal");
    let bora_token = register(&two, "bora");
    let mut amal = Client::new(one.addr, &amal_token).await;
    let mut bora = Client::new(two.addr, &bora_token).await;
    let start = step_of(&amal.enter(Place::JobCentre.id(), arrive()).await);
    bora.enter(Place::JobCentre.id(), arrive()).await;
    bora.until("amal from instance one", |v| v.handle_of("amal").is_some())
        .await;

    one.kill();
    bora.until_within(
        "amal to vanish with her instance",
        Duration::from_secs(8),
        |v| v.handle_of("amal").is_none(),
    )
    .await;
    // Amal's game reconnects to the instance that is left and goes on where she stood.
    drop(amal);
    let mut amal = Client::new(two.addr, &amal_token).await;
    let (x, z) = start.at.metres();
    let entered = amal.enter(Place::JobCentre.id(), arrive_at(x, z)).await;
    assert_eq!(entered["type"], "entered", "{entered}");
    assert!(
        entered["others"]
            .as_array()
            .unwrap()
            .iter()
            .any(|o| o["name"] == "bora"),
        "{entered}"
    );
    bora.until("amal back", |v| v.handle_of("amal").is_some())
        .await;
    two.kill();
}
