//! Presence over a real WebSocket: young people and counsellors enter places, see each other
//! appear, step and vanish; impossible steps are corrected and seen by nobody; doors lead only
//! from near the door; room chat reaches those in view, is limited and never stored; a broken
//! connection's avatar stays for a grace period and a reconnect takes it over; a crowd is cut
//! to the nearest avatars plus counsellors.

#![allow(clippy::expect_used, clippy::unwrap_used)]

#[macro_use]
mod support;

use axum::http::StatusCode;
use futures_util::SinkExt;
use lernwelt_layout::Layout;
use lernwelt_protocol::presence::{Spot, Step};
use lernwelt_protocol::{ErrorCode, Place, Role, routes};
use lernwelt_server::AppState;
use lernwelt_server::presence::room::Grace;
use lernwelt_server::presence::view::NEAREST;
use serde_json::{Value, json};
use std::net::SocketAddr;
use std::time::Duration;
use support::avatars::{Client, arrive, arrive_at, from, moved, room_line, step_of};
use support::ws::{listen, next_of, none_of, put};
use support::{Harness, Req, add_counsellor, login_counsellor, register_youth, test_settings};
use tokio_tungstenite::tungstenite::Message;

on_both_backends!(
    others_appear_step_and_vanish,
    impossible_steps_are_corrected_and_seen_by_nobody,
    one_arrives_only_at_arrival_points,
    room_chat_reaches_those_in_view_and_is_limited,
    counsellors_are_marked_and_show_their_availability,
    a_broken_connection_is_not_a_goodbye,
    a_silent_avatar_leaves_and_is_told,
    a_crowd_is_cut_to_the_nearest_and_counsellors,
    a_young_person_asks_and_a_counsellor_comes,
    a_young_person_blocks_someone_for_themselves,
    a_report_carries_the_last_lines_to_the_counsellors,
    a_counsellor_mutes_and_sends_out,
);

async fn youths(h: &Harness, names: &[&str]) -> (SocketAddr, Vec<Client>) {
    let addr = listen(h.state.clone()).await;
    let mut clients = Vec::new();
    for name in names {
        let token = register_youth(h, name).await;
        clients.push(Client::new(addr, &token).await);
    }
    (addr, clients)
}

async fn others_appear_step_and_vanish(h: Harness) {
    let (_, mut clients) = youths(&h, &["amal", "bora"]).await;
    let mut b = clients.pop().unwrap();
    let mut a = clients.pop().unwrap();
    let entered = a.enter("job_centre", arrive()).await;
    assert_eq!(entered["type"], "entered", "{entered}");
    assert_eq!(entered["others"], json!([]));
    let start = step_of(&entered);
    // The server puts a first arrival at the place's spawn point.
    let layout = Layout::of(Place::JobCentre).unwrap();
    let ((x, z), _) = layout.arrival(None);
    assert_eq!(start.at, Spot::from_metres(x, z).unwrap());

    let entered = b.enter("job_centre", arrive()).await;
    assert_eq!(entered["type"], "entered", "{entered}");
    let amal = b.view.handle_of("amal").expect("amal is in b's first view");
    assert_eq!(b.view.by_handle[&amal]["role"], "youth");
    a.until("bora to appear", |v| v.handle_of("bora").is_some())
        .await;

    // A walks half a metre: B's copy follows, in binary batches of eight bytes per step.
    let to = moved(start, 0.5, 0.0);
    a.step(to).await;
    b.until("amal's step", |v| v.steps.get(&amal) == Some(&to))
        .await;
    // Standing still costs nobody anything: a repeated step sends nothing.
    a.step(to).await;
    let (bytes, _) = b.quiet_for(Duration::from_millis(300)).await;
    assert_eq!(bytes, 0, "nothing is sent for someone who stands still");

    // Leaving: B sees A vanish at once.
    put(&mut a.ws, &json!({ "type": "leave" })).await;
    b.until("amal to vanish", |v| v.handle_of("amal").is_none())
        .await;
    // Steps after leaving are refused with an error frame.
    a.step(to).await;
    let refused = next_of(&mut a.ws, "error").await;
    assert_eq!(refused["code"], "invalid_value");
}

async fn impossible_steps_are_corrected_and_seen_by_nobody(h: Harness) {
    let (_, mut clients) = youths(&h, &["amal", "bora"]).await;
    let mut b = clients.pop().unwrap();
    let mut a = clients.pop().unwrap();
    let start = step_of(&a.enter("company", arrive()).await);
    b.enter("company", arrive()).await;
    a.until("bora", |v| v.handle_of("bora").is_some()).await;

    // Ten metres in one step is faster than anyone runs.
    a.step(moved(start, 10.0, 0.0)).await;
    let corrected = next_of(&mut a.ws, "corrected").await;
    assert_eq!(step_of(&corrected), start);
    // Into a solid block (the centre of the first solid one) is not walkable.
    let layout = Layout::of(Place::Company).unwrap();
    let block = layout.blocks.iter().find(|b| b.solid).unwrap();
    let inside = Step {
        at: Spot::from_metres(block.pos.0, block.pos.2).unwrap(),
        ..start
    };
    let near = start.at.distance(inside.at);
    assert!(near > 0.0);
    a.step(inside).await;
    assert_eq!(step_of(&next_of(&mut a.ws, "corrected").await), start);
    // A frame that is not one step: an error frame, the connection stays.
    a.ws.send(Message::binary(vec![1, 2, 3])).await.unwrap();
    assert_eq!(next_of(&mut a.ws, "error").await["code"], "invalid_value");
    let (bytes, _) = b.quiet_for(Duration::from_millis(300)).await;
    assert_eq!(bytes, 0, "no refused step reaches anyone");
    // A good step still works.
    let fine = moved(start, 0.3, 0.0);
    a.step(fine).await;
    let amal = b.view.handle_of("amal").unwrap();
    b.until("the good step", |v| v.steps.get(&amal) == Some(&fine))
        .await;
}

async fn one_arrives_only_at_arrival_points(h: Harness) {
    let (_, mut clients) = youths(&h, &["amal", "bora", "cem"]).await;
    let mut c = clients.pop().unwrap();
    let mut b = clients.pop().unwrap();
    let mut a = clients.pop().unwrap();
    let job_centre = Layout::of(Place::JobCentre).unwrap();
    let company = Layout::of(Place::Company).unwrap();
    let spot = |((x, z), _): ((f32, f32), f32)| Spot::from_metres(x, z).unwrap();
    b.enter("job_centre", arrive()).await;
    c.enter("company", arrive()).await;

    // A connection's first entry may go on at a walkable spot of its own (a reconnect); a
    // spot inside furniture is not taken.
    let (x, z) = job_centre.spawn;
    let block = job_centre.blocks.iter().find(|b| b.solid).unwrap();
    let entered = a
        .enter("job_centre", arrive_at(block.pos.0, block.pos.2))
        .await;
    assert_eq!(step_of(&entered).at, Spot::from_metres(x, z).unwrap());
    let mut d = Client::new(
        listen(h.state.clone()).await,
        &register_youth(&h, "dana").await,
    )
    .await;
    let entered = d.enter("job_centre", arrive_at(x + 1.5, z)).await;
    assert_eq!(step_of(&entered).at, Spot::from_metres(x + 1.5, z).unwrap());
    // Later entries of the same connection stand at arrival points only.
    let entered = d.enter("job_centre", arrive_at(x + 2.0, z)).await;
    assert_eq!(step_of(&entered).at, Spot::from_metres(x, z).unwrap());
    b.until("amal", |v| v.handle_of("amal").is_some()).await;

    // Through the door to the company: in front of the company's door from the job centre.
    let entered = a.enter("company", from("job_centre")).await;
    assert_eq!(entered["type"], "entered", "{entered}");
    assert_eq!(
        step_of(&entered).at,
        spot(company.arrival(Some(Place::JobCentre)))
    );
    assert!(
        entered["others"]
            .as_array()
            .unwrap()
            .iter()
            .any(|o| o["name"] == "cem")
    );
    b.until("amal gone from the job centre", |v| {
        v.handle_of("amal").is_none()
    })
    .await;
    c.until("amal in the company", |v| v.handle_of("amal").is_some())
        .await;
    let amal = c.view.handle_of("amal").unwrap();
    assert_eq!(
        c.view.steps[&amal].at,
        spot(company.arrival(Some(Place::JobCentre)))
    );

    // Back into the job centre (as the list mode goes, from anywhere): at its door from the
    // company, where the others see the avatar appear.
    a.enter("job_centre", from("company")).await;
    b.until("amal at the job centre's door", |v| {
        v.handle_of("amal").is_some_and(|h| {
            v.steps.get(&h).map(|s| s.at) == Some(spot(job_centre.arrival(Some(Place::Company))))
        })
    })
    .await;
    c.until("amal gone from the company", |v| {
        v.handle_of("amal").is_none()
    })
    .await;
    // An unknown place is refused with an error frame; the avatar stays where it is.
    put(&mut a.ws, &json!({ "type": "enter", "place": "rooftop" })).await;
    assert_eq!(next_of(&mut a.ws, "error").await["code"], "invalid_value");
    none_of(&mut b.ws, "vanish").await;
}

async fn room_chat_reaches_those_in_view_and_is_limited(h: Harness) {
    let (_, mut clients) = youths(&h, &["amal", "bora", "cem"]).await;
    let mut c = clients.pop().unwrap();
    let mut b = clients.pop().unwrap();
    let mut a = clients.pop().unwrap();
    a.enter("interview_room", arrive()).await;
    b.enter("interview_room", arrive()).await;
    c.enter("company", arrive()).await;
    b.until("amal", |v| v.handle_of("amal").is_some()).await;
    let amal = b.view.handle_of("amal").unwrap();

    put(
        &mut a.ws,
        &json!({ "type": "say", "text": "  مرحبا، hallo!  " }),
    )
    .await;
    let said = next_of(&mut b.ws, "said").await;
    assert_eq!(said["handle"], amal);
    assert_eq!(said["text"], "مرحبا، hallo!");
    put(&mut a.ws, &json!({ "type": "emote", "emote": "wave" })).await;
    let emoted = next_of(&mut b.ws, "emoted").await;
    assert_eq!(
        (emoted["handle"].clone(), emoted["emote"].clone()),
        (json!(amal), json!("wave"))
    );
    // Another place hears nothing.
    none_of(&mut c.ws, "said").await;
    // Bad lines: an error frame each, nothing relayed.
    for (line, code) in [
        ("", "message_empty"),
        ("\u{202E}olleh", "text_invalid_characters"),
    ] {
        put(&mut a.ws, &json!({ "type": "say", "text": line })).await;
        assert_eq!(next_of(&mut a.ws, "error").await["code"], code, "{line:?}");
    }
    let long = "a".repeat(201);
    put(&mut a.ws, &json!({ "type": "say", "text": long })).await;
    assert_eq!(
        next_of(&mut a.ws, "error").await["code"],
        "message_too_long"
    );
    // A burst of three (the wave was the second), then wait.
    put(&mut a.ws, &json!({ "type": "say", "text": "drei" })).await;
    put(&mut a.ws, &json!({ "type": "say", "text": "vier" })).await;
    assert_eq!(next_of(&mut a.ws, "error").await["code"], "rate_limited");
    assert_eq!(next_of(&mut b.ws, "said").await["text"], "drei");
    none_of(&mut b.ws, "said").await;
    // Someone who enters later does not get earlier lines.
    let late_token = register_youth(&h, "dana").await;
    let addr = listen(h.state.clone()).await;
    let mut late = Client::new(addr, &late_token).await;
    late.enter("interview_room", arrive()).await;
    none_of(&mut late.ws, "said").await;
}

async fn counsellors_are_marked_and_show_their_availability(h: Harness) {
    let counsellor = add_counsellor(&h, "Frau_Weber", "de,ar").await;
    let staff_token = login_counsellor(&h, &counsellor).await;
    let (addr, mut clients) = youths(&h, &["amal"]).await;
    let mut a = clients.pop().unwrap();
    let mut staff = Client::new(addr, &staff_token).await;
    a.enter("job_centre", arrive()).await;
    staff.enter("job_centre", arrive()).await;
    a.until("the counsellor", |v| v.handle_of("Frau_Weber").is_some())
        .await;
    let handle = a.view.handle_of("Frau_Weber").unwrap();
    assert_eq!(a.view.by_handle[&handle]["role"], "counsellor");
    assert_eq!(a.view.by_handle[&handle]["availability"], "available");
    staff.until("amal", |v| v.handle_of("amal").is_some()).await;
    let amal = staff.view.handle_of("amal").unwrap();
    assert!(staff.view.by_handle[&amal].get("availability").is_none());

    put(
        &mut staff.ws,
        &json!({ "type": "availability", "availability": "busy" }),
    )
    .await;
    let changed = next_of(&mut a.ws, "availability_changed").await;
    assert_eq!(changed["handle"], handle);
    assert_eq!(changed["availability"], "busy");
    // Young people have no availability to set.
    put(
        &mut a.ws,
        &json!({ "type": "availability", "availability": "away" }),
    )
    .await;
    assert_eq!(next_of(&mut a.ws, "error").await["code"], "forbidden");
    assert_eq!(
        Role::Counsellor,
        counsellor_role(&h.state, &staff_token).await
    );
}

async fn counsellor_role(state: &AppState, token: &str) -> Role {
    let hash = lernwelt_server::sessions::hash_token(token);
    state
        .store
        .session_account(&hash, lernwelt_server::sessions::now())
        .await
        .unwrap()
        .unwrap()
        .role
}

async fn a_broken_connection_is_not_a_goodbye(h: Harness) {
    let grace = Grace {
        lost: Duration::from_millis(1500),
        silent: Duration::from_secs(15),
    };
    let addr = listen(h.state_with(lernwelt_server::Settings {
        presence_grace: grace,
        ..test_settings()
    }))
    .await;
    let amal = register_youth(&h, "amal").await;
    let bora = register_youth(&h, "bora").await;
    let mut a = Client::new(addr, &amal).await;
    let mut b = Client::new(addr, &bora).await;
    let start = step_of(&a.enter("job_centre", arrive()).await);
    b.enter("job_centre", arrive()).await;
    b.until("amal", |v| v.handle_of("amal").is_some()).await;
    let handle = b.view.handle_of("amal").unwrap();
    let walked = moved(start, 0.4, 0.0);
    a.step(walked).await;
    b.until("amal's step", |v| v.steps.get(&handle) == Some(&walked))
        .await;

    // The connection breaks; within the grace a new one takes the avatar over where it stood.
    drop(a);
    tokio::time::sleep(Duration::from_millis(500)).await;
    let mut again = Client::new(addr, &amal).await;
    let (x, z) = walked.at.metres();
    let entered = again.enter("job_centre", arrive_at(x, z)).await;
    assert_eq!(step_of(&entered).at, walked.at);
    let (_, frames) = b.quiet_for(grace.lost + Duration::from_millis(500)).await;
    assert!(
        !frames.iter().any(|f| f["type"] == "vanish"),
        "a blip is not a goodbye: {frames:?}"
    );
    let further = moved(walked, 0.3, 0.0);
    again.step(further).await;
    b.until("the same handle moves on", |v| {
        v.steps.get(&handle) == Some(&further)
    })
    .await;

    // Broken for longer than the grace: gone.
    drop(again);
    let (_, frames) = b.quiet_for(Duration::from_millis(700)).await;
    assert!(!frames.iter().any(|f| f["type"] == "vanish"));
    b.until("amal gone after the grace", |v| {
        v.handle_of("amal").is_none()
    })
    .await;
}

async fn a_silent_avatar_leaves_and_is_told(h: Harness) {
    let grace = Grace {
        lost: Duration::from_millis(300),
        silent: Duration::from_millis(700),
    };
    let addr = listen(h.state_with(lernwelt_server::Settings {
        presence_grace: grace,
        ..test_settings()
    }))
    .await;
    let mut a = Client::new(addr, &register_youth(&h, "amal").await).await;
    let mut b = Client::new(addr, &register_youth(&h, "bora").await).await;
    a.enter("company", arrive()).await;
    let b_start = step_of(&b.enter("company", arrive()).await);
    // B keeps stepping in place (as a client does while standing); A says nothing.
    let mut gone = false;
    for _ in 0..30 {
        b.step(b_start).await;
        let (_, frames) = b.quiet_for(Duration::from_millis(100)).await;
        if frames.iter().any(|f| f["type"] == "vanish") || b.view.handle_of("amal").is_none() {
            gone = true;
            break;
        }
    }
    assert!(gone, "a silent avatar vanishes");
    let left = next_of(&mut a.ws, "left").await;
    assert_eq!(left["place"], "company");
    // Told so, A enters again as a first arrival.
    let entered = a.enter("company", arrive()).await;
    assert_eq!(entered["type"], "entered", "{entered}");
}

async fn a_crowd_is_cut_to_the_nearest_and_counsellors(h: Harness) {
    let addr = listen(h.state.clone()).await;
    let counsellor = add_counsellor(&h, "Herr_Kaya", "de,tr").await;
    let mut staff = Client::new(addr, &login_counsellor(&h, &counsellor).await).await;
    let mut crowd = Vec::new();
    // More young people than a view holds.
    for i in 0..NEAREST + 6 {
        let token = register_youth(&h, &format!("crowd{i:02}")).await;
        let mut client = Client::new(addr, &token).await;
        let entered = client.enter("job_centre", arrive()).await;
        assert_eq!(entered["type"], "entered", "{entered}");
        crowd.push(client);
    }
    staff.enter("job_centre", arrive()).await;
    let viewer = &mut crowd[0];
    viewer
        .until("the counsellor and a full view", |v| {
            v.handle_of("Herr_Kaya").is_some() && v.by_handle.len() > NEAREST
        })
        .await;
    let (_, _) = viewer.quiet_for(Duration::from_millis(500)).await;
    assert_eq!(
        viewer.view.by_handle.len(),
        NEAREST + 1,
        "the nearest young people and the counsellor"
    );
    // The counsellor sees everyone near too, but also only up to the cap.
    staff
        .until("a full view", |v| v.by_handle.len() >= NEAREST)
        .await;
    assert!(staff.view.by_handle.len() <= lernwelt_server::presence::view::KEEP);
}

async fn a_young_person_asks_and_a_counsellor_comes(h: Harness) {
    let counsellor = add_counsellor(&h, "Frau_Weber", "de,ar").await;
    let staff_token = login_counsellor(&h, &counsellor).await;
    let (addr, mut clients) = youths(&h, &["amal", "bora"]).await;
    let mut b = clients.pop().unwrap();
    let mut a = clients.pop().unwrap();
    let mut staff = Client::new(addr, &staff_token).await;
    // On connecting a counsellor gets the list: nobody anywhere yet.
    let line = room_line(&mut staff, "company", |_| true).await;
    assert_eq!(
        (line["youth"].clone(), line["waiting"].clone()),
        (json!(0), json!([]))
    );

    a.enter("company", arrive()).await;
    b.enter("company", arrive()).await;
    put(&mut a.ws, &json!({ "type": "ask_counsellor" })).await;
    let asked = next_of(&mut a.ws, "asked").await;
    assert_eq!(
        (asked["place"].clone(), asked["waiting"].clone()),
        (json!("company"), json!(true))
    );
    let line = room_line(&mut staff, "company", |l| {
        !l["waiting"].as_array().unwrap().is_empty()
    })
    .await;
    assert_eq!(line["youth"], 2);
    assert_eq!(line["waiting"][0]["name"], "amal");
    // Bora asks and takes it back.
    put(&mut b.ws, &json!({ "type": "ask_counsellor" })).await;
    assert_eq!(next_of(&mut b.ws, "asked").await["waiting"], json!(true));
    room_line(&mut staff, "company", |l| {
        l["waiting"].as_array().unwrap().len() == 2
    })
    .await;
    put(&mut b.ws, &json!({ "type": "cancel_ask" })).await;
    assert_eq!(next_of(&mut b.ws, "asked").await["waiting"], json!(false));
    room_line(&mut staff, "company", |l| {
        l["waiting"].as_array().unwrap().len() == 1
    })
    .await;
    // Only young people ask.
    put(&mut staff.ws, &json!({ "type": "ask_counsellor" })).await;
    assert_eq!(next_of(&mut staff.ws, "error").await["code"], "forbidden");

    // The counsellor joins the company: at its entrance, and amal is told who came.
    let entered = staff.enter("company", arrive()).await;
    let company = Layout::of(Place::Company).unwrap();
    let (x, z) = company.spawn;
    assert_eq!(step_of(&entered).at, Spot::from_metres(x, z).unwrap());
    let coming = next_of(&mut a.ws, "counsellor_coming").await;
    assert_eq!(coming["name"], "Frau_Weber");
    assert_eq!(next_of(&mut a.ws, "asked").await["waiting"], json!(false));
    none_of(&mut b.ws, "counsellor_coming").await;
    let line = room_line(&mut staff, "company", |l| l["counsellors"] == 1).await;
    assert_eq!(line["waiting"], json!([]));
    // Leaving takes a young person off the list.
    put(&mut b.ws, &json!({ "type": "ask_counsellor" })).await;
    room_line(&mut staff, "company", |l| {
        l["waiting"].as_array().unwrap().len() == 1
    })
    .await;
    put(&mut b.ws, &json!({ "type": "leave" })).await;
    let line = room_line(&mut staff, "company", |l| l["youth"] == 1).await;
    assert_eq!(line["waiting"], json!([]));
}

async fn a_young_person_blocks_someone_for_themselves(h: Harness) {
    let counsellor = add_counsellor(&h, "Frau_Weber", "de").await;
    let staff_token = login_counsellor(&h, &counsellor).await;
    let (addr, mut clients) = youths(&h, &["amal", "bora", "cem"]).await;
    let mut c = clients.pop().unwrap();
    let mut b = clients.pop().unwrap();
    let mut a = clients.pop().unwrap();
    // On connecting a young person hears whom they blocked: nobody yet.
    assert_eq!(next_of(&mut a.ws, "blocked").await["names"], json!([]));
    for client in [&mut a, &mut b, &mut c] {
        client.enter("job_centre", arrive()).await;
    }
    a.until("bora and cem", |v| {
        v.handle_of("bora").is_some() && v.handle_of("cem").is_some()
    })
    .await;
    c.until("bora", |v| v.handle_of("bora").is_some()).await;
    let bora = a.view.handle_of("bora").unwrap();
    put(&mut a.ws, &json!({ "type": "block", "handle": bora })).await;
    assert_eq!(
        next_of(&mut a.ws, "blocked").await["names"],
        json!(["bora"])
    );
    a.until("bora gone for amal", |v| v.handle_of("bora").is_none())
        .await;
    // Bora's lines reach cem, not amal; bora is not told anything and still sees amal.
    put(&mut b.ws, &json!({ "type": "say", "text": "hallo?" })).await;
    assert_eq!(next_of(&mut c.ws, "said").await["text"], "hallo?");
    let (_, frames) = a.quiet_for(Duration::from_millis(400)).await;
    assert!(
        frames
            .iter()
            .all(|f| f["type"] != "said" && f["type"] != "appear"),
        "{frames:?}"
    );
    assert!(b.view.handle_of("amal").is_some());
    // The block is stored: after a reconnect bora stays out of amal's view.
    drop(a);
    let mut a = Client::new(addr, &support::login_youth(&h, "amal").await).await;
    assert_eq!(
        next_of(&mut a.ws, "blocked").await["names"],
        json!(["bora"])
    );
    let entered = a.enter("job_centre", arrive()).await;
    let names: Vec<Value> = entered["others"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["name"].clone())
        .collect();
    assert_eq!(names, [json!("cem")], "{entered}");
    // Unblocking lets bora come into view again.
    put(&mut a.ws, &json!({ "type": "unblock", "name": "bora" })).await;
    assert_eq!(next_of(&mut a.ws, "blocked").await["names"], json!([]));
    a.until("bora back", |v| v.handle_of("bora").is_some())
        .await;

    // Counsellors cannot be blocked, and only young people block.
    let mut staff = Client::new(addr, &staff_token).await;
    staff.enter("job_centre", arrive()).await;
    a.until("the counsellor", |v| v.handle_of("Frau_Weber").is_some())
        .await;
    let weber = a.view.handle_of("Frau_Weber").unwrap();
    put(&mut a.ws, &json!({ "type": "block", "handle": weber })).await;
    assert_eq!(next_of(&mut a.ws, "error").await["code"], "forbidden");
    staff.until("amal", |v| v.handle_of("amal").is_some()).await;
    let amal = staff.view.handle_of("amal").unwrap();
    put(&mut staff.ws, &json!({ "type": "block", "handle": amal })).await;
    assert_eq!(next_of(&mut staff.ws, "error").await["code"], "forbidden");
    // A handle nobody has is refused and blocks nothing.
    put(&mut a.ws, &json!({ "type": "block", "handle": 999 })).await;
    assert_eq!(next_of(&mut a.ws, "error").await["code"], "invalid_value");
    put(&mut a.ws, &json!({ "type": "unblock", "name": "niemand" })).await;
    assert_eq!(next_of(&mut a.ws, "blocked").await["names"], json!([]));
}

async fn a_report_carries_the_last_lines_to_the_counsellors(h: Harness) {
    let counsellor = add_counsellor(&h, "Frau_Weber", "de").await;
    let staff_token = login_counsellor(&h, &counsellor).await;
    let (_, mut clients) = youths(&h, &["amal", "bora"]).await;
    let mut b = clients.pop().unwrap();
    let mut a = clients.pop().unwrap();
    a.enter("company", arrive()).await;
    b.enter("company", arrive()).await;
    a.until("bora", |v| v.handle_of("bora").is_some()).await;
    for line in ["eins", "zwei"] {
        put(&mut b.ws, &json!({ "type": "say", "text": line })).await;
        next_of(&mut a.ws, "said").await;
    }
    let bora = a.view.handle_of("bora").unwrap();
    put(&mut a.ws, &json!({ "type": "report", "handle": bora })).await;
    assert_eq!(next_of(&mut a.ws, "reported").await["name"], "bora");

    // The counsellors' queue has it, with bora's lines, and not who reported.
    let queue = Req::get(routes::ROOM_REPORTS)
        .bearer(&staff_token)
        .send(&h.app)
        .await;
    assert_eq!(queue.status, StatusCode::OK);
    let reports = queue.json()["reports"].as_array().unwrap().clone();
    assert_eq!(reports.len(), 1, "{reports:?}");
    let report = &reports[0];
    assert_eq!(report["place"], "company");
    assert_eq!(report["name"], "bora");
    assert_eq!(report["lines"], json!(["eins", "zwei"]));
    assert!(!report.to_string().contains("amal"), "{report}");
    // Young people cannot read it.
    let youth_token = support::login_youth(&h, "amal").await;
    Req::get(routes::ROOM_REPORTS)
        .bearer(&youth_token)
        .send(&h.app)
        .await
        .expect_error(StatusCode::FORBIDDEN, ErrorCode::Forbidden);
    // Dealt with: it leaves the queue; a second time, or a made-up id, is 404.
    let id = report["id"].as_i64().unwrap();
    let path = routes::ROOM_REPORT_DONE.replace("{id}", &id.to_string());
    let done = Req::post(&path).bearer(&staff_token).send(&h.app).await;
    assert_eq!(done.status, StatusCode::NO_CONTENT);
    for path in [
        path.as_str(),
        "/api/moderation/rooms/99999/done",
        "/api/moderation/rooms/x/done",
    ] {
        Req::post(path)
            .bearer(&staff_token)
            .send(&h.app)
            .await
            .expect_error(StatusCode::NOT_FOUND, ErrorCode::ReportNotFound);
    }
    let queue = Req::get(routes::ROOM_REPORTS)
        .bearer(&staff_token)
        .send(&h.app)
        .await;
    assert_eq!(queue.json()["reports"], json!([]));
    // Reporting is limited: ten an hour.
    for _ in 0..9 {
        put(&mut a.ws, &json!({ "type": "report", "handle": bora })).await;
        next_of(&mut a.ws, "reported").await;
    }
    put(&mut a.ws, &json!({ "type": "report", "handle": bora })).await;
    assert_eq!(next_of(&mut a.ws, "error").await["code"], "rate_limited");
}

async fn a_counsellor_mutes_and_sends_out(h: Harness) {
    let counsellor = add_counsellor(&h, "Frau_Weber", "de").await;
    let staff_token = login_counsellor(&h, &counsellor).await;
    let (addr, mut clients) = youths(&h, &["amal", "bora"]).await;
    let mut b = clients.pop().unwrap();
    let mut a = clients.pop().unwrap();
    let mut staff = Client::new(addr, &staff_token).await;
    for client in [&mut a, &mut b, &mut staff] {
        client.enter("company", arrive()).await;
    }
    staff.until("amal", |v| v.handle_of("amal").is_some()).await;
    b.until("amal", |v| v.handle_of("amal").is_some()).await;
    let amal = staff.view.handle_of("amal").unwrap();
    // Only counsellors moderate, and only for 1 to 60 minutes.
    let bora_sees_amal = b.view.handle_of("amal").unwrap();
    put(
        &mut b.ws,
        &json!({ "type": "mute", "handle": bora_sees_amal, "minutes": 5 }),
    )
    .await;
    assert_eq!(next_of(&mut b.ws, "error").await["code"], "forbidden");
    for minutes in [0, 61] {
        put(
            &mut staff.ws,
            &json!({ "type": "mute", "handle": amal, "minutes": minutes }),
        )
        .await;
        assert_eq!(
            next_of(&mut staff.ws, "error").await["code"],
            "invalid_value"
        );
    }
    put(
        &mut staff.ws,
        &json!({ "type": "mute", "handle": amal, "minutes": 5 }),
    )
    .await;
    let done = staff.next_of("moderated").await;
    assert_eq!(
        (done["name"].clone(), done["action"].clone()),
        (json!("amal"), json!("muted"))
    );
    let muted = next_of(&mut a.ws, "muted").await;
    assert_eq!(
        (muted["place"].clone(), muted["seconds"].clone()),
        (json!("company"), json!(300))
    );
    put(&mut a.ws, &json!({ "type": "say", "text": "hallo" })).await;
    assert_eq!(next_of(&mut a.ws, "error").await["code"], "muted");
    put(&mut a.ws, &json!({ "type": "emote", "emote": "wave" })).await;
    assert_eq!(next_of(&mut a.ws, "error").await["code"], "muted");
    let (_, frames) = b.quiet_for(Duration::from_millis(300)).await;
    assert!(
        frames
            .iter()
            .all(|f| f["type"] != "said" && f["type"] != "emoted"),
        "{frames:?}"
    );

    // Sent out: amal leaves the company for everyone, and may not come back for a while.
    put(
        &mut staff.ws,
        &json!({ "type": "send_out", "handle": amal }),
    )
    .await;
    assert_eq!(staff.next_of("moderated").await["action"], "sent_out");
    let out = next_of(&mut a.ws, "sent_out").await;
    assert_eq!(
        (out["place"].clone(), out["seconds"].clone()),
        (json!("company"), json!(600))
    );
    b.until("amal gone", |v| v.handle_of("amal").is_none())
        .await;
    staff
        .until("amal gone", |v| v.handle_of("amal").is_none())
        .await;
    put(&mut a.ws, &json!({ "type": "enter", "place": "company" })).await;
    let out = next_of(&mut a.ws, "sent_out").await;
    assert_eq!(out["place"], "company");
    none_of(&mut a.ws, "entered").await;
    // The job centre is open.
    let entered = a.enter("job_centre", from("company")).await;
    assert_eq!(entered["type"], "entered", "{entered}");
}
