//! The counsellors' desk against the real server: a counsellor logs in with password and
//! authenticator code, sees a young person's live-chat enquiry in the inbox, takes it, gets the
//! young person's message live and answers; sets an absence notice the young person sees;
//! marks a callback done (the number is gone); sees a colleague for the hand-over (and the
//! colleague sees this desk open); closes the conversation; hides a reported forum post; and
//! deals with a young person's report of someone in a place. The young person's side is plain
//! HTTP here, and a raw WebSocket for the places.
#![allow(clippy::expect_used, clippy::unwrap_used)] // a failing test may panic

#[path = "../../game/tests/support/mod.rs"]
mod support;

mod common;

use bevy::prelude::*;
use lernwelt::core::clock::now;
use lernwelt::core::state::Place;
use lernwelt::features::account::{Account, AccountRequest};
use lernwelt::features::counselling::outbox::{Opening, OutboxAction, Subject};
use lernwelt::features::counselling::{Thread, Threads};
use lernwelt::features::desk::{Desk, DeskAction};
use lernwelt::i18n::Language;
use lernwelt::net::live::Live;
use lernwelt_protocol::{
    ClientMsg, EnquiryId, EnquiryStatus, PostModerationAction, Role, ServerMsg, Side, routes,
};

use common::*;

fn state(app: &App) -> String {
    format!(
        "account {:?} / {:?}, desk {:?} refused {:?} ({} in inbox), threads {:?}, thread {:?}",
        app.world().resource::<Account>(),
        app.world().resource::<AccountRequest>().error,
        app.world().resource::<Desk>().error,
        app.world().resource::<Desk>().refused,
        app.world().resource::<Desk>().inbox.len(),
        app.world().resource::<Threads>().error,
        app.world().resource::<Thread>().error,
    )
}

fn desk(app: &App) -> &Desk {
    app.world().resource::<Desk>()
}

fn enquiry(app: &App, id: i64) -> Option<lernwelt_protocol::EnquiryView> {
    app.world()
        .resource::<Threads>()
        .list
        .iter()
        .find(|e| e.id.0 == id)
        .cloned()
}

#[test]
fn a_counsellor_works_at_the_desk() {
    let (addr, mut counsellors) =
        start_server_with_all(&[("Frau_Kaya", "tr,de"), ("Herr_Aydin", "tr")]);
    let colleague = counsellors.pop().expect("a colleague");
    let counsellor = counsellors.pop().expect("a counsellor");
    let server = format!("http://{addr}");

    // A young person asks for a live chat in Turkish, and for a callback.
    let youth: serde_json::Value = post(
        &server,
        routes::ACCOUNTS,
        None,
        &serde_json::json!({ "nickname": "mert_17", "password": "ein langes Passwort",
            "age_band": "16_17", "languages": ["tr"] }),
    );
    let youth = youth["token"].as_str().unwrap().to_owned();
    let chat: serde_json::Value = post(
        &server,
        routes::ENQUIRIES,
        Some(&youth),
        &serde_json::json!({ "topic": "work", "language": "tr", "mode": "chat",
            "message": "Merhaba, yarın iş görüşmem var. Ne giymeliyim?", "client_message_id": "y-1" }),
    );
    let chat = chat["id"].as_i64().unwrap();
    let window_from = now().plus_seconds(3600).0;
    let call: serde_json::Value = post(
        &server,
        routes::ENQUIRIES,
        Some(&youth),
        &serde_json::json!({ "topic": "school", "language": "tr", "mode": "callback",
            "message": "Lütfen beni arayın.", "client_message_id": "y-2",
            "callback": { "phone": "0151 2345678",
                "window": { "from": window_from, "until": window_from + 7200 } } }),
    );
    let call = call["id"].as_i64().unwrap();

    // The counsellor opens the desk and logs in with the authenticator's code.
    let mut app = at_the_desk(&server, &counsellor, "desk");
    until(&mut app, "the inbox with both enquiries", state, |a| {
        a.world().resource::<Account>().role == Role::Counsellor && desk(a).inbox.len() == 2
    });
    assert!(
        desk(&app)
            .inbox
            .iter()
            .any(|i| i.first_message.text.as_str().contains("iş görüşmem")),
        "the inbox shows the first message"
    );

    // Taking the chat opens it; it leaves the inbox.
    app.world_mut().write_message(DeskAction::Accept(chat));
    until(&mut app, "the chat taken and open", state, |a| {
        let thread = a.world().resource::<Thread>();
        thread.enquiry == Some(chat) && thread.loaded && desk(a).inbox.len() == 1
    });

    // The young person writes: it arrives live.
    until(&mut app, "live", state, |a| {
        a.world().resource::<Live>().ready()
    });
    let _: serde_json::Value = post(
        &server,
        &routes::enquiry_path(routes::ENQUIRY_MESSAGES, EnquiryId(chat)),
        Some(&youth),
        &serde_json::json!({ "client_message_id": "y-3", "text": "Takım elbise mi?" }),
    );
    until(&mut app, "the message pushed", state, |a| {
        let thread = a.world().resource::<Thread>();
        thread.pushed >= 1
            && thread
                .messages
                .iter()
                .any(|m| m.text.as_str() == "Takım elbise mi?")
    });

    // The answer goes out through the outbox and reaches the young person.
    app.world_mut().write_message(OutboxAction::Send {
        subject: Subject::Kiosk,
        opening: Opening::Reply { enquiry: chat },
        language: Language::Tr,
        text: "Temiz bir gömlek yeterli.".into(),
    });
    let start = std::time::Instant::now();
    loop {
        let messages: serde_json::Value = get(
            &server,
            &routes::enquiry_path(routes::ENQUIRY_MESSAGES, EnquiryId(chat)),
            &youth,
        );
        let found = messages["messages"]
            .as_array()
            .unwrap()
            .iter()
            .any(|m| m["text"] == "Temiz bir gömlek yeterli." && m["from"] == "counsellor");
        if found {
            break;
        }
        assert!(
            start.elapsed().as_secs() < 30,
            "the answer arrives; {}",
            state(&app)
        );
        for _ in 0..10 {
            app.update();
            std::thread::sleep(std::time::Duration::from_millis(5));
        }
    }
    let read = app.world().resource::<Thread>();
    assert!(read.messages.iter().any(|m| m.from == Side::Youth));

    // An absence notice: the young person sees it on the conversation.
    app.world_mut().write_message(DeskAction::SetAbsence(
        "Ab Montag bin ich wieder da.".into(),
        now().plus_seconds(3 * 86_400),
    ));
    until(&mut app, "the absence set", state, |a| {
        desk(a).absence.is_some()
    });
    let mine: serde_json::Value = get(&server, routes::ENQUIRIES, &youth);
    let shown = mine["enquiries"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["id"] == chat)
        .unwrap()["absence"]["text"]
        .clone();
    assert_eq!(shown, "Ab Montag bin ich wieder da.");
    app.world_mut().write_message(DeskAction::ClearAbsence);
    until(&mut app, "the absence cleared", state, |a| {
        desk(a).absence.is_none()
    });

    // The callback: taken, the number shows, "done" deletes it.
    app.world_mut().write_message(DeskAction::Accept(call));
    until(&mut app, "the callback listed", state, |a| {
        enquiry(a, call).is_some_and(|e| e.callback.is_some())
    });
    let number = enquiry(&app, call).unwrap().callback.unwrap().phone;
    assert_eq!(number.as_str(), "01512345678");
    app.world_mut()
        .write_message(DeskAction::CallbackDone(call));
    until(&mut app, "the callback done", state, |a| {
        enquiry(a, call).is_some_and(|e| e.callback.is_none() && e.callback_done_at.is_some())
    });

    // A colleague is faster: the desk says so, and the enquiry leaves the inbox.
    let third: serde_json::Value = post(
        &server,
        routes::ENQUIRIES,
        Some(&youth),
        &serde_json::json!({ "topic": "housing", "language": "tr", "mode": "mail",
            "message": "Ev arıyorum.", "client_message_id": "y-4" }),
    );
    let third = third["id"].as_i64().unwrap();
    app.world_mut().write_message(DeskAction::Refresh);
    until(&mut app, "the third enquiry in the inbox", state, |a| {
        desk(a).inbox.iter().any(|i| i.enquiry.id.0 == third)
    });
    let faster = colleague.log_in(&server);

    // The hand-over's list: the colleague sees this desk open (its live connection), and the
    // desk lists the colleague, who has none.
    let listed: serde_json::Value = get(&server, routes::COLLEAGUES, &faster);
    assert_eq!(listed["colleagues"][0]["name"], "Frau_Kaya");
    assert_eq!(listed["colleagues"][0]["online"], true, "{listed}");
    app.world_mut().write_message(DeskAction::Refresh);
    until(&mut app, "the colleague listed", state, |a| {
        desk(a)
            .colleagues
            .iter()
            .any(|c| c.name.as_str() == "Herr_Aydin" && !c.online)
    });

    let _: serde_json::Value = post(
        &server,
        &routes::enquiry_path(routes::ENQUIRY_ACCEPT, EnquiryId(third)),
        Some(&faster),
        &serde_json::json!({}),
    );
    app.world_mut().write_message(DeskAction::Accept(third));
    until(&mut app, "told a colleague took it", state, |a| {
        desk(a).refused
            == Some(lernwelt::net::NetError::Refused(
                lernwelt_protocol::ErrorCode::EnquiryTaken,
            ))
    });
    assert_eq!(
        desk(&app).refused.as_ref().map(|e| e.key()),
        Some("net-error-enquiry-taken".to_owned())
    );
    until(
        &mut app,
        "the taken enquiry gone from the inbox",
        state,
        |a| !desk(a).inbox.iter().any(|i| i.enquiry.id.0 == third),
    );

    // Closing the chat.
    app.world_mut().write_message(DeskAction::Close(chat));
    until(&mut app, "the chat closed", state, |a| {
        enquiry(a, chat).is_some_and(|e| e.status == EnquiryStatus::Closed)
    });

    // A reported forum post reaches the queue, and the counsellor hides it.
    let thread: serde_json::Value = post(
        &server,
        routes::FORUM_THREADS,
        Some(&youth),
        &serde_json::json!({ "category": "work", "language": "tr", "title": "Reklam",
            "text": "Ucuz telefon satıyorum, beni arayın!" }),
    );
    let posts: serde_json::Value = get(
        &server,
        &routes::forum_path(routes::FORUM_THREAD_POSTS, thread["id"].as_i64().unwrap()),
        &youth,
    );
    let post_id = posts["posts"][0]["id"].as_i64().unwrap();
    let _: serde_json::Value = post(
        &server,
        &routes::forum_path(routes::FORUM_POST_FLAG, post_id),
        Some(&youth),
        &serde_json::json!({}),
    );
    app.world_mut().write_message(DeskAction::Refresh);
    until(&mut app, "the reported post queued", state, |a| {
        desk(a).queue.iter().any(|p| p.id.0 == post_id && !p.hidden)
    });
    app.world_mut().write_message(DeskAction::Moderate(
        lernwelt_protocol::PostId(post_id),
        PostModerationAction::Hide,
    ));
    // A decision takes it out of the queue; hidden with its title, the thread is gone from
    // the young people's list.
    until(&mut app, "the decided post out of the queue", state, |a| {
        !desk(a).queue.iter().any(|p| p.id.0 == post_id)
    });
    let listed: serde_json::Value = get(&server, routes::FORUM_THREADS, &youth);
    assert_eq!(listed["threads"], serde_json::json!([]), "{listed}");
}

/// A young person registered over HTTP, with their live connection (ready).
fn youth_socket(server: &str, name: &str) -> Socket {
    let account: serde_json::Value = post(
        server,
        routes::ACCOUNTS,
        None,
        &serde_json::json!({ "nickname": name, "password": "ein langes Passwort",
            "age_band": "16_17", "languages": ["de"] }),
    );
    Socket::connect(server, account["token"].as_str().expect("a token"))
}

/// Waits until `socket` has had a frame like this.
fn wait_for(socket: &Socket, what: &str, like: impl Fn(&ServerMsg) -> bool) {
    let start = std::time::Instant::now();
    while !socket.seen(&like) {
        assert!(
            start.elapsed().as_secs() < 30,
            "waited for {what}; {}",
            socket.frames()
        );
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
}

/// In `place`, `reported` says `lines` and `reporter` reports them, over the real WebSocket as
/// the game would; returns once the server has confirmed the report.
fn report_someone(server: &str, place: Place, reporter: &str, reported: &str, lines: &[&str]) {
    let mut from = youth_socket(server, reporter);
    let mut them = youth_socket(server, reported);
    let enter = ClientMsg::Enter {
        place,
        from: None,
        at: None,
    };
    from.send(&enter);
    wait_for(&from, "entered", |f| matches!(f, ServerMsg::Entered { .. }));
    them.send(&enter);
    // Their handle, as the reporter's connection knows them.
    let handle = std::cell::Cell::new(None);
    wait_for(&from, "them in view", |f| {
        let found = match f {
            ServerMsg::Appear { avatar } => Some(avatar),
            ServerMsg::Entered { others, .. } => {
                others.iter().find(|a| a.name.as_str() == reported)
            }
            _ => None,
        }
        .filter(|a| a.name.as_str() == reported);
        if let Some(avatar) = found {
            handle.set(Some(avatar.handle));
        }
        found.is_some()
    });
    let handle = handle.get().expect("their handle");
    for line in lines {
        let text = lernwelt_protocol::presence::SayText::try_from((*line).to_owned()).unwrap();
        them.send(&ClientMsg::Say { text: text.clone() });
        // Heard, so the server has it before the report.
        wait_for(
            &from,
            "the line",
            |f| matches!(f, ServerMsg::Said { handle: h, text: t } if *h == handle && *t == text),
        );
    }
    from.send(&ClientMsg::Report { handle });
    wait_for(
        &from,
        "the report confirmed",
        |f| matches!(f, ServerMsg::Reported { name } if name.as_str() == reported),
    );
}

#[test]
fn a_counsellor_deals_with_a_report_from_a_room() {
    let (addr, counsellor) = start_server_with(Some(("Frau_Weber", "de")));
    let counsellor = counsellor.expect("a counsellor");
    let server = format!("http://{addr}");

    // The desk opens with the reports from the places: none yet.
    let mut app = at_the_desk(&server, &counsellor, "desk-reports");
    until(&mut app, "the empty queue of reports", state, |a| {
        desk(a).reports_loaded && desk(a).reports.is_empty()
    });

    // In the company, a young person reports someone who wrote in German and Arabic.
    let lines = ["Gib mir deine Handynummer!", "أعطني رقم هاتفك الآن"];
    report_someone(&server, Place::Company, "amal_16", "bora_17", &lines);

    // The desk's refresh brings it, with where, who and the lines in order.
    app.world_mut().write_message(DeskAction::Refresh);
    until(&mut app, "the report on the desk", state, |a| {
        !desk(a).reports.is_empty()
    });
    let report = desk(&app).reports[0].clone();
    assert_eq!(desk(&app).reports.len(), 1);
    assert_eq!(report.place, Place::Company);
    assert_eq!(report.name.as_str(), "bora_17");
    let shown: Vec<&str> = report.lines.iter().map(|l| l.as_str()).collect();
    assert_eq!(shown, lines);
    assert!(
        lernwelt::core::clock::now().0 - report.created_at.0 < 60,
        "reported just now: {report:?}"
    );

    // Done: it leaves the desk, and the server's queue.
    app.world_mut()
        .write_message(DeskAction::ReportDone(report.id));
    until(&mut app, "the report gone from the desk", state, |a| {
        desk(a).reports.is_empty() && desk(a).refused.is_none()
    });
    let token = app
        .world()
        .resource::<Account>()
        .token
        .clone()
        .expect("the desk's session");
    let queue: lernwelt_protocol::presence::RoomReports =
        get(&server, routes::ROOM_REPORTS, &token);
    assert!(queue.reports.is_empty(), "{queue:?}");

    // The desk asked again after "done" and still finds it gone; a second "done" (a colleague
    // was faster) is told and changes nothing.
    for _ in 0..60 {
        app.update();
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    assert!(desk(&app).reports.is_empty() && desk(&app).error.is_none());
    app.world_mut()
        .write_message(DeskAction::ReportDone(report.id));
    until(&mut app, "told it was dealt with", state, |a| {
        desk(a).refused
            == Some(lernwelt::net::NetError::Refused(
                lernwelt_protocol::ErrorCode::ReportNotFound,
            ))
    });
    assert!(desk(&app).reports.is_empty() && desk(&app).error.is_none());
}
