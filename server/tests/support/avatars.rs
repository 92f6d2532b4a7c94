//! Presence test clients: a socket that keeps the avatars in view by handle, as a game client
//! would (appear, vanish, binary step batches), and small helpers to enter, step and read the
//! counsellors' room list.

use super::ws::{WAIT, Ws, login, put};
use futures_util::{SinkExt, StreamExt};
use lernwelt_protocol::presence::{Gait, Heading, Spot, Step, decode_steps, encode_step};
use serde_json::{Value, json};
use std::collections::HashMap;
use std::net::SocketAddr;
use std::time::Duration;
use tokio_tungstenite::tungstenite::Message;

/// What a test client knows: the avatars in view by handle, as a game client would keep them.
#[derive(Default, Debug)]
pub struct View {
    pub by_handle: HashMap<u16, Value>,
    pub steps: HashMap<u16, Step>,
    /// The names of those that vanished, in order.
    pub vanished: Vec<String>,
}

impl View {
    pub fn handle_of(&self, name: &str) -> Option<u16> {
        self.by_handle
            .iter()
            .find(|(_, avatar)| avatar["name"] == name)
            .map(|(handle, _)| *handle)
    }

    pub fn take(&mut self, frame: &Value) {
        match frame["type"].as_str() {
            Some("entered") => {
                for avatar in frame["others"].as_array().unwrap() {
                    self.appear(avatar);
                }
            }
            Some("appear") => self.appear(&frame["avatar"]),
            Some("vanish") => {
                let handle = frame["handle"].as_u64().unwrap() as u16;
                if let Some(avatar) = self.by_handle.remove(&handle) {
                    self.vanished
                        .push(avatar["name"].as_str().unwrap_or("").to_owned());
                }
                self.steps.remove(&handle);
            }
            _ => {}
        }
    }

    pub fn appear(&mut self, avatar: &Value) {
        let handle = avatar["handle"].as_u64().unwrap() as u16;
        let step: Step = serde_json::from_value(avatar["step"].clone()).unwrap();
        self.by_handle.insert(handle, avatar.clone());
        self.steps.insert(handle, step);
    }
}

/// One client: its socket and what it has seen.
pub struct Client {
    pub ws: Ws,
    pub view: View,
}

impl Client {
    pub async fn new(addr: SocketAddr, token: &str) -> Self {
        Self {
            ws: login(addr, token).await,
            view: View::default(),
        }
    }

    /// Enters `place` (with `from` and `at` from `how`) and returns the `entered` frame (or
    /// the error frame).
    pub async fn enter(&mut self, place: &str, how: Value) -> Value {
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

    pub async fn step(&mut self, step: Step) {
        let frame = encode_step(step).to_vec();
        self.ws.send(Message::binary(frame)).await.unwrap();
    }

    /// The next JSON frame, taking in binary step batches and presence frames on the way.
    pub async fn json(&mut self) -> Option<Value> {
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

    pub fn batch(&mut self, bytes: &[u8]) {
        for (handle, step) in decode_steps(bytes).expect("a well-formed batch") {
            assert!(
                self.view.by_handle.contains_key(&handle),
                "a step for handle {handle} that never appeared"
            );
            self.view.steps.insert(handle, step);
        }
    }

    /// The next JSON frame of type `kind`, keeping the view up to date on the way.
    pub async fn next_of(&mut self, kind: &str) -> Value {
        loop {
            let frame = self
                .json()
                .await
                .unwrap_or_else(|| panic!("closed before {kind}"));
            if frame["type"] == kind {
                return frame;
            }
        }
    }

    /// Reads frames until `done(view)` holds, or fails after the wait.
    pub async fn until(&mut self, what: &str, done: impl Fn(&View) -> bool) {
        self.until_within(what, WAIT, done).await;
    }

    /// Reads frames until `done(view)` holds, or fails after `wait`.
    pub async fn until_within(&mut self, what: &str, wait: Duration, done: impl Fn(&View) -> bool) {
        let deadline = tokio::time::Instant::now() + wait;
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
    pub async fn quiet_for(&mut self, time: Duration) -> (usize, Vec<Value>) {
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

pub fn arrive() -> Value {
    json!({})
}

pub fn arrive_at(x: f32, z: f32) -> Value {
    json!({ "at": Spot::from_metres(x, z).unwrap() })
}

pub fn from(place: &str) -> Value {
    json!({ "from": place })
}

pub fn step_of(frame: &Value) -> Step {
    serde_json::from_value(frame["step"].clone()).unwrap()
}

pub fn moved(step: Step, dx: f32, dz: f32) -> Step {
    let (x, z) = step.at.metres();
    Step {
        at: Spot::from_metres(x + dx, z + dz).unwrap(),
        heading: Heading::from_degrees(90.0),
        gait: Gait::Walk,
    }
}

/// The counsellor's latest room list line for `place`, reading until `done` holds for it.
pub async fn room_line(staff: &mut Client, place: &str, done: impl Fn(&Value) -> bool) -> Value {
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
