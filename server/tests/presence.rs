//! Presence over a real WebSocket: young people and counsellors enter places, see each other
//! appear, step and vanish; impossible steps are corrected and seen by nobody; doors lead only
//! from near the door; room chat reaches those in view, is limited and never stored; a broken
//! connection's avatar stays for a grace period and a reconnect takes it over; a crowd is cut
//! to the nearest avatars plus counsellors.

#![allow(clippy::expect_used, clippy::unwrap_used)]

#[macro_use]
mod support;

use futures_util::{SinkExt, StreamExt};
use lernwelt_layout::Layout;
use lernwelt_protocol::presence::{Gait, Heading, Spot, Step, decode_steps, encode_step};
use lernwelt_protocol::{Place, Role};
use lernwelt_server::AppState;
use lernwelt_server::presence::room::Grace;
use lernwelt_server::presence::view::NEAREST;
use serde_json::{Value, json};
use std::collections::HashMap;
use std::net::SocketAddr;
use std::time::Duration;
use support::ws::{WAIT, Ws, listen, login, next_of, none_of, put};
use support::{Harness, add_counsellor, login_counsellor, register_youth, test_settings};
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
);

/// What a test client knows: the avatars in view by handle, as a game client would keep them.
#[derive(Default, Debug)]
struct View {
    by_handle: HashMap<u16, Value>,
    steps: HashMap<u16, Step>,
}

impl View {
    fn handle_of(&self, name: &str) -> Option<u16> {
        self.by_handle
            .iter()
            .find(|(_, avatar)| avatar["name"] == name)
            .map(|(handle, _)| *handle)
    }

    fn take(&mut self, frame: &Value) {
        match frame["type"].as_str() {
            Some("entered") => {
                for avatar in frame["others"].as_array().unwrap() {
                    self.appear(avatar);
                }
            }
            Some("appear") => self.appear(&frame["avatar"]),
            Some("vanish") => {
                let handle = frame["handle"].as_u64().unwrap() as u16;
                self.by_handle.remove(&handle);
                self.steps.remove(&handle);
            }
            _ => {}
        }
    }

    fn appear(&mut self, avatar: &Value) {
        let handle = avatar["handle"].as_u64().unwrap() as u16;
        let step: Step = serde_json::from_value(avatar["step"].clone()).unwrap();
        self.by_handle.insert(handle, avatar.clone());
        self.steps.insert(handle, step);
    }
}

/// One client: its socket and what it has seen.
struct Client {
    ws: Ws,
    view: View,
}

impl Client {
    async fn new(addr: SocketAddr, token: &str) -> Self {
        Self {
            ws: login(addr, token).await,
            view: View::default(),
        }
    }

    /// Enters `place` (with `from` and `at` from `how`) and returns the `entered` frame (or
    /// the error frame).
    async fn enter(&mut self, place: &str, how: Value) -> Value {
        let mut frame = json!({ "type": "enter", "place": place });
        for (key, value) in how.as_object().unwrap() {
            frame[key] = value.clone();
        }
        put(&mut self.ws, &frame).await;
        loop {
            let frame = self.json().await.expect("an answer to enter");
            if frame["type"] == "entered" || frame["type"] == "error" {
                return frame;
            }
        }
    }

    async fn step(&mut self, step: Step) {
        let frame = encode_step(step).to_vec();
        self.ws.send(Message::binary(frame)).await.unwrap();
    }

    /// The next JSON frame, taking in binary step batches and presence frames on the way.
    async fn json(&mut self) -> Option<Value> {
        loop {
            let frame = tokio::time::timeout(WAIT, self.ws.next())
                .await
                .expect("a frame in time");
            match frame {
                Some(Ok(Message::Text(text))) => {
                    let frame: Value = serde_json::from_str(&text).unwrap();
                    self.view.take(&frame);
                    return Some(frame);
                }
                Some(Ok(Message::Binary(bytes))) => self.batch(&bytes),
                Some(Ok(Message::Close(_)) | Err(_)) | None => return None,
                Some(Ok(_)) => {}
            }
        }
    }

    fn batch(&mut self, bytes: &[u8]) {
        for (handle, step) in decode_steps(bytes).expect("a well-formed batch") {
            assert!(
                self.view.by_handle.contains_key(&handle),
                "a step for handle {handle} that never appeared"
            );
            self.view.steps.insert(handle, step);
        }
    }

    /// Reads frames until `done(view)` holds, or fails after the wait.
    async fn until(&mut self, what: &str, done: impl Fn(&View) -> bool) {
        let deadline = tokio::time::Instant::now() + WAIT;
        while !done(&self.view) {
            let frame = tokio::time::timeout_at(deadline, self.ws.next())
                .await
                .unwrap_or_else(|_| panic!("waited in vain for {what}: {:?}", self.view));
            match frame {
                Some(Ok(Message::Text(text))) => {
                    self.view.take(&serde_json::from_str(&text).unwrap());
                }
                Some(Ok(Message::Binary(bytes))) => self.batch(&bytes),
                Some(Ok(_)) => {}
                _ => panic!("closed while waiting for {what}"),
            }
        }
    }

    /// Reads for `time` and returns the binary bytes and JSON frames seen.
    async fn quiet_for(&mut self, time: Duration) -> (usize, Vec<Value>) {
        let deadline = tokio::time::Instant::now() + time;
        let (mut bytes, mut frames) = (0, Vec::new());
        while let Ok(frame) = tokio::time::timeout_at(deadline, self.ws.next()).await {
            match frame {
                Some(Ok(Message::Text(text))) => {
                    let frame: Value = serde_json::from_str(&text).unwrap();
                    self.view.take(&frame);
                    frames.push(frame);
                }
                Some(Ok(Message::Binary(b))) => {
                    bytes += b.len();
                    self.batch(&b);
                }
                Some(Ok(_)) => {}
                _ => break,
            }
        }
        (bytes, frames)
    }
}

fn arrive() -> Value {
    json!({})
}

fn arrive_at(x: f32, z: f32) -> Value {
    json!({ "at": Spot::from_metres(x, z).unwrap() })
}

fn from(place: &str) -> Value {
    json!({ "from": place })
}

fn step_of(frame: &Value) -> Step {
    serde_json::from_value(frame["step"].clone()).unwrap()
}

fn moved(step: Step, dx: f32, dz: f32) -> Step {
    let (x, z) = step.at.metres();
    Step {
        at: Spot::from_metres(x + dx, z + dz).unwrap(),
        heading: Heading::from_degrees(90.0),
        gait: Gait::Walk,
    }
}

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

/// The counsellor's latest room list line for `place`, reading until `done` holds for it.
async fn room_line(staff: &mut Client, place: &str, done: impl Fn(&Value) -> bool) -> Value {
    loop {
        let frame = staff.json().await.expect("the room list");
        if frame["type"] != "rooms" {
            continue;
        }
        let rooms = frame["rooms"].as_array().unwrap();
        assert_eq!(rooms.len(), 3, "every place is listed: {frame}");
        let line = rooms.iter().find(|r| r["place"] == place).unwrap().clone();
        if done(&line) {
            return line;
        }
    }
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
