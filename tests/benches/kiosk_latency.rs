//! `cargo bench -p lernwelt-tests --bench kiosk_latency [-- N]`: from a counsellor's send to the
//! young person's kiosk having it, end to end on this machine. The real server (in process, on
//! SQLite), a counsellor who sends over HTTP, and the headless game as the young person with
//! the chat thread open and its live connection ready. For each of N messages (default 200)
//! the clock runs from just before the counsellor's POST until the open thread in the game holds
//! the message (pushed over the WebSocket, or fetched). Prints one JSON line: messages, p50,
//! p90, p99 and max in milliseconds, and how many arrived by push. Budget (issue 9): p99 ≤ 100 ms.

#![allow(clippy::expect_used, clippy::unwrap_used)] // a failing benchmark may panic

#[path = "../../game/tests/support/mod.rs"]
mod support;

#[path = "../tests/common/mod.rs"]
mod common;

use std::time::{Duration, Instant};

use bevy::prelude::*;
use lernwelt::features::counselling::outbox::{Opening, OutboxAction, Subject};
use lernwelt::features::counselling::{CounsellingAction, Thread, Threads};
use lernwelt::i18n::Language;
use lernwelt::net::live::Live;
use lernwelt_protocol::{EnquiryId, Mode, Topic, routes};

use common::{accept, post, start_server_configured, until, young_person};

fn state(app: &App) -> String {
    format!(
        "live {:?}, threads {:?}, thread {:?}",
        app.world().resource::<Live>().state(),
        app.world().resource::<Threads>().error,
        app.world().resource::<Thread>().error,
    )
}

fn main() {
    let messages: usize = std::env::args()
        .skip(1)
        .find_map(|a| a.parse().ok())
        .unwrap_or(200);
    // Production settings, but no flood guard on the counsellor's messages: this measures
    // delivery, not the post limit (30 at once, then one every 2 s).
    let settings = lernwelt_server::Settings {
        post_limit: lernwelt_server::rate_limit::RateLimit {
            burst: 10_000,
            refill_every: Duration::from_millis(1),
        },
        ..lernwelt_server::Settings::default()
    };
    let (addr, mut made) = start_server_configured(&[("Frau_Messer", "de")], settings);
    let counsellor = made.pop().expect("a counsellor");
    let server = format!("http://{addr}");

    // The young person asks by live chat at the kiosk; the counsellor takes it.
    let mut app = young_person(&server, "messung_17", Language::De);
    app.world_mut().write_message(OutboxAction::Send {
        subject: Subject::Kiosk,
        opening: Opening::New {
            topic: Topic::Work,
            mode: Mode::Chat,
            callback: None,
        },
        language: Language::De,
        text: "Hallo, ich messe die Zeit.".into(),
    });
    until(&mut app, "the question listed", state, |a| {
        a.world().resource::<Threads>().list.len() == 1
    });
    let id = app.world().resource::<Threads>().list[0].id.0;
    let staff = counsellor.log_in(&server);
    accept(&server, &staff, id);
    app.world_mut().write_message(CounsellingAction::Open(id));
    until(&mut app, "the thread open", state, |a| {
        a.world().resource::<Thread>().loaded
    });

    let path = routes::enquiry_path(routes::ENQUIRY_MESSAGES, EnquiryId(id));
    let pushed_before = app.world().resource::<Thread>().pushed;
    let mut took = Vec::with_capacity(messages);
    for n in 0..messages {
        let text = format!("Antwort {n}: alles gut.");
        let start = Instant::now();
        let _: serde_json::Value = post(
            &server,
            &path,
            Some(&staff),
            &serde_json::json!({ "client_message_id": format!("bench-{n}"), "text": text }),
        );
        loop {
            let thread = app.world().resource::<Thread>();
            if thread.messages.iter().any(|m| m.text.as_str() == text) {
                break;
            }
            assert!(
                start.elapsed() < Duration::from_secs(10),
                "message {n} arrives; {}",
                state(&app)
            );
            app.update();
        }
        took.push(start.elapsed().as_secs_f64() * 1000.0);
        // A moment between messages, as between a counsellor's lines.
        std::thread::sleep(Duration::from_millis(20));
    }
    let pushed = app.world().resource::<Thread>().pushed - pushed_before;
    took.sort_by(f64::total_cmp);
    let at = |q: f64| took[((took.len() as f64 - 1.0) * q).round() as usize];
    println!(
        "{}",
        serde_json::json!({
            "bench": "kiosk_latency",
            "messages": messages,
            "pushed": pushed,
            "p50_ms": (at(0.5) * 10.0).round() / 10.0,
            "p90_ms": (at(0.9) * 10.0).round() / 10.0,
            "p99_ms": (at(0.99) * 10.0).round() / 10.0,
            "max_ms": (at(1.0) * 10.0).round() / 10.0,
        })
    );
}
