//! Live chat at the kiosk against the real server over a real WebSocket: the young person's
//! chat question waits in line while no counsellor for its language is online, the counsellor
//! comes online, takes it, types and answers, and the answer appears in the open thread by
//! push; the person's typing reaches the counsellor. When the network breaks the game says so,
//! comes back by itself and catches up on what was written meanwhile.
#![allow(clippy::expect_used, clippy::unwrap_used)] // a failing test may panic

#[path = "../../game/tests/support/mod.rs"]
mod support;

mod common;

use bevy::prelude::*;
use lernwelt::features::counselling::outbox::{Opening, OutboxAction, Sender, Subject};
use lernwelt::features::counselling::{CounsellingAction, LiveChat, Thread, Threads};
use lernwelt::i18n::Language;
use lernwelt::net::live::{Live, LiveState};
use lernwelt_protocol::{ClientMsg, EnquiryId, MessageText, Mode, ServerMsg, Side, Topic, routes};

use common::*;

fn state(app: &App) -> String {
    format!(
        "live {:?}, sending {:?}, threads {:?}, thread {:?}, chat {:?}",
        app.world().resource::<Live>().state(),
        app.world().resource::<Sender>().status,
        app.world().resource::<Threads>().error,
        app.world().resource::<Thread>().error,
        app.world().resource::<LiveChat>(),
    )
}

fn chat(app: &App) -> &LiveChat {
    app.world().resource::<LiveChat>()
}

fn ask(app: &mut App, mode: Mode, language: Language, text: &str) -> i64 {
    app.world_mut().write_message(OutboxAction::Send {
        subject: Subject::Kiosk,
        opening: Opening::New {
            topic: Topic::Work,
            mode,
            callback: None,
        },
        language,
        text: text.to_owned(),
    });
    until(app, "the question in the list", state, |a| {
        a.world().resource::<Threads>().list.len() == 1
    });
    app.world().resource::<Threads>().list[0].id.0
}

#[test]
fn a_live_chat_waits_in_line_then_talks_live() {
    let (addr, counsellor) = start_server_with(Some(("Herr_Berisha", "sq,de")));
    let counsellor = counsellor.expect("a counsellor");
    let server = format!("http://{addr}");
    let mut app = young_person(&server, "drita_17", Language::Sq);

    // Nobody for Albanian is online: the kiosk knows, and the chat question waits first in line.
    until(&mut app, "told nobody is online", state, |a| {
        chat(a).counsellor_online(Language::Sq) == Some(false)
    });
    let id = ask(
        &mut app,
        Mode::Chat,
        Language::Sq,
        "Përshëndetje, kam një pyetje për punën.",
    );
    until(&mut app, "the place in line", state, |a| {
        chat(a).position(id) == Some(1)
    });

    // The counsellor comes online: the young person is told at once.
    let staff = counsellor.log_in(&server);
    let mut desk = Socket::connect(&server, &staff);
    until(&mut app, "told a counsellor is online", state, |a| {
        chat(a).counsellor_online(Language::Sq) == Some(true)
    });

    // The counsellor takes the question; the person reads the thread.
    accept(&server, &staff, id);
    app.world_mut().write_message(CounsellingAction::Refresh);
    app.world_mut().write_message(CounsellingAction::Open(id));
    until(&mut app, "the thread with the question", state, |a| {
        let thread = a.world().resource::<Thread>();
        thread.loaded && thread.messages.len() == 1
    });
    until(&mut app, "the place in line gone once taken", state, |a| {
        chat(a).position(id).is_none()
    });

    // The counsellor types: the person sees it.
    desk.send(&ClientMsg::Typing {
        enquiry_id: EnquiryId(id),
    });
    until(&mut app, "the counsellor typing", state, |a| {
        chat(a).typing_in(id)
    });

    // The person types: the counsellor sees it.
    app.world_mut().write_message(CounsellingAction::Typing(id));
    let start = std::time::Instant::now();
    while !desk.seen(|f| {
        *f == ServerMsg::Typing {
            enquiry_id: EnquiryId(id),
            from: Side::Youth,
        }
    }) {
        assert!(
            start.elapsed().as_secs() < 30,
            "the desk sees the typing; {}; the desk got {}",
            state(&app),
            desk.frames()
        );
        app.update();
        std::thread::sleep(std::time::Duration::from_millis(5));
    }

    // The counsellor answers over the socket: it is stored (acknowledged) and appears in the
    // open thread by push, not by asking.
    let answer = "Përshëndetje Drita! Po, të ndihmoj me kënaqësi.";
    desk.send(&ClientMsg::Send {
        enquiry_id: EnquiryId(id),
        client_message_id: "desk-1".to_owned().try_into().expect("an id"),
        text: MessageText::try_from(answer.to_owned()).expect("a text"),
    });
    until(&mut app, "the answer pushed into the thread", state, |a| {
        let thread = a.world().resource::<Thread>();
        thread.messages.len() == 2 && thread.pushed == 1
    });
    let thread = app.world().resource::<Thread>();
    assert_eq!(thread.messages[1].from, Side::Counsellor);
    assert_eq!(thread.messages[1].text.as_str(), answer);
    assert!(
        !chat(&app).typing_in(id),
        "the answer ends the typing notice"
    );
    assert!(desk.seen(|f| matches!(f, ServerMsg::Ack { .. })));

    // The counsellor leaves: the person is told.
    drop(desk);
    until(&mut app, "told the counsellor left", state, |a| {
        chat(a).counsellor_online(Language::Sq) == Some(false)
    });
}

#[test]
fn the_live_connection_comes_back_after_a_break_and_catches_up() {
    let (addr, counsellor) = start_server_with(Some(("Frau_Petrova", "ru,de")));
    let counsellor = counsellor.expect("a counsellor");
    let server = format!("http://{addr}");
    let relay = Relay::to(addr);
    let mut app = young_person(&format!("http://{}", relay.addr), "masha_16", Language::Ru);
    let id = ask(
        &mut app,
        Mode::Chat,
        Language::Ru,
        "Здравствуйте! Как найти место для практики?",
    );
    let staff = counsellor.log_in(&server);
    accept(&server, &staff, id);
    app.world_mut().write_message(CounsellingAction::Open(id));
    until(&mut app, "the thread", state, |a| {
        a.world().resource::<Thread>().loaded
    });

    // The network goes: the game notices and waits to try again.
    relay.cut();
    until(&mut app, "the connection lost", state, |a| {
        a.world().resource::<Live>().state() == LiveState::Lost
    });
    assert!(app.world().resource::<Live>().retry_in().is_some());

    // Meanwhile the counsellor answers; nothing can reach the phone.
    let answer = "Привет, Маша! Давай посмотрим вместе.";
    let _: serde_json::Value = post(
        &server,
        &routes::enquiry_path(routes::ENQUIRY_MESSAGES, EnquiryId(id)),
        Some(&staff),
        &serde_json::json!({ "client_message_id": "staff-1", "text": answer }),
    );
    for _ in 0..50 {
        app.update();
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    assert_eq!(app.world().resource::<Thread>().messages.len(), 1);

    // The network is back: the game reconnects by itself and fetches what it missed.
    relay.restore();
    until(&mut app, "live again with the answer", state, |a| {
        let thread = a.world().resource::<Thread>();
        a.world().resource::<Live>().ready()
            && thread.messages.iter().any(|m| m.text.as_str() == answer)
    });
    let thread = app.world().resource::<Thread>();
    assert_eq!(
        thread.messages.len(),
        2,
        "each message once: {:?}",
        thread.messages
    );
}
