//! The counselling kiosk against the real server (in process, on a fresh SQLite file, over real
//! HTTP), with a real counsellor on the other side: a young person's question becomes an
//! enquiry, the counsellor's answer shows as an unread reply, reading it marks it read on the
//! server, a reply written while the server is away waits on the device and arrives once.
#![allow(clippy::expect_used, clippy::unwrap_used)] // a failing test may panic

#[path = "../../game/tests/support/mod.rs"]
mod support;

mod common;

use bevy::prelude::*;
use lernwelt::core::state::Place;
use lernwelt::features::account::{Account, AccountAction, AccountRequest};
use lernwelt::features::counselling::outbox::{
    Opening, Outbox, OutboxAction, Sender, Status, Subject,
};
use lernwelt::features::counselling::{CounsellingAction, Thread, Threads};
use lernwelt::i18n::Language;
use lernwelt::interact::{OpenPanel, Panel, PanelKind};
use lernwelt::net::ServerUrl;
use lernwelt_protocol::{
    AgeBand, EnquiriesResponse, EnquiryId, EnquiryStatus, Mode, Side, Topic, routes,
};
use support::temp_file;

use common::*;

fn state(app: &App) -> String {
    format!(
        "sending {:?}, account {:?}, threads error {:?}, thread error {:?}",
        app.world().resource::<Sender>().status,
        app.world().resource::<AccountRequest>().error,
        app.world().resource::<Threads>().error,
        app.world().resource::<Thread>().error,
    )
}

fn write(app: &mut App, opening: Opening, text: &str) {
    app.world_mut().write_message(OutboxAction::Send {
        subject: Subject::Kiosk,
        opening,
        language: Language::Ar,
        text: text.to_owned(),
    });
}

fn threads(app: &App) -> &Threads {
    app.world().resource::<Threads>()
}

#[test]
fn a_question_at_the_kiosk_is_answered_read_and_replied_to() {
    let (addr, counsellor) = start_server_with(Some(("Frau_Yilmaz", "ar,de")));
    let counsellor = counsellor.expect("a counsellor");
    let server = format!("http://{addr}");
    let settings = temp_file("kiosk");
    let mut app = game(&server, &settings, Place::JobCentre, Language::Ar);

    // The person opens the kiosk and makes an account there.
    app.world_mut().resource_mut::<OpenPanel>().0 = Some(Panel::Kiosk(PanelKind::Counselling));
    app.world_mut().write_message(AccountAction::Register {
        nickname: "ياسمين_16".into(),
        password: "ein langes Passwort".into(),
        age_band: AgeBand::From16To17,
        language: Language::Ar,
        remember: false,
    });
    until(&mut app, "the empty list", state, |a| {
        a.world().resource::<Account>().logged_in() && threads(a).loaded
    });
    assert!(threads(&app).list.is_empty());

    // A question about training, by message.
    let question = "مرحبا، أبحث عن تدريب مهني في مجال التمريض. كيف أبدأ؟";
    write(
        &mut app,
        Opening::New {
            topic: Topic::Training,
            mode: Mode::Mail,
            callback: None,
        },
        question,
    );
    until(&mut app, "the question in the list", state, |a| {
        threads(a).list.len() == 1
    });
    let view = threads(&app).list[0].clone();
    assert_eq!(view.topic, Topic::Training);
    assert_eq!(view.language, Language::Ar);
    assert_eq!(view.status, EnquiryStatus::New);
    let id = view.id.0;

    // The counsellor takes it and answers.
    let staff = counsellor.log_in(&server);
    let _: serde_json::Value = post(
        &server,
        &routes::enquiry_path(routes::ENQUIRY_ACCEPT, EnquiryId(id)),
        Some(&staff),
        &serde_json::json!({}),
    );
    let answer = "أهلاً ياسمين! التدريب في التمريض يبدأ عادةً في أغسطس أو أكتوبر.";
    let _: serde_json::Value = post(
        &server,
        &routes::enquiry_path(routes::ENQUIRY_MESSAGES, EnquiryId(id)),
        Some(&staff),
        &serde_json::json!({ "client_message_id": "staff-1", "text": answer }),
    );

    // The kiosk shows the answer as unread, with who looks after the question.
    app.world_mut().write_message(CounsellingAction::Refresh);
    until(&mut app, "the unread answer", state, |a| {
        threads(a).unread() == 1
    });
    let view = threads(&app).list[0].clone();
    assert_eq!(view.status, EnquiryStatus::Accepted);
    assert_eq!(
        view.counsellor.as_ref().map(|n| n.as_str()),
        Some("Frau_Yilmaz")
    );

    // Reading the thread shows both messages in order and marks the answer read.
    app.world_mut().write_message(CounsellingAction::Open(id));
    until(&mut app, "the thread", state, |a| {
        let thread = a.world().resource::<Thread>();
        thread.loaded && thread.messages.len() == 2
    });
    let messages = app.world().resource::<Thread>().messages.clone();
    assert_eq!(messages[0].from, Side::Youth);
    assert_eq!(messages[0].text.as_str(), question);
    assert_eq!(messages[1].from, Side::Counsellor);
    assert_eq!(messages[1].text.as_str(), answer);
    let token = app
        .world()
        .resource::<Account>()
        .token
        .clone()
        .expect("logged in");
    let start = std::time::Instant::now();
    loop {
        app.update();
        let mine: EnquiriesResponse = get(&server, routes::ENQUIRIES, &token);
        if mine.enquiries[0].unread == 0 {
            break;
        }
        assert!(
            start.elapsed().as_secs() < 30,
            "the answer was never marked read on the server"
        );
        std::thread::sleep(std::time::Duration::from_millis(50));
    }

    // A reply, written while the server cannot be reached, waits and then arrives once.
    app.world_mut().resource_mut::<ServerUrl>().0 = dead_address();
    write(
        &mut app,
        Opening::Reply { enquiry: id },
        "شكراً! هل أحتاج إلى شهادة؟",
    );
    until(&mut app, "waiting", state, |a| {
        matches!(a.world().resource::<Sender>().status, Status::Waiting(_))
    });
    assert_eq!(app.world().resource::<Outbox>().letters.len(), 1);
    assert_eq!(
        app.world().resource::<Outbox>().letters[0].enquiry,
        Some(id),
        "the waiting reply knows its thread"
    );
    app.world_mut().resource_mut::<ServerUrl>().0 = server.clone();
    until(&mut app, "the reply in the thread", state, |a| {
        a.world().resource::<Thread>().messages.len() == 3
    });
    let messages = app.world().resource::<Thread>().messages.clone();
    assert_eq!(messages[2].text.as_str(), "شكراً! هل أحتاج إلى شهادة؟");
    assert_eq!(messages[2].from, Side::Youth);
    // Once on the server, and the list still has one thread.
    let path = routes::enquiry_path(routes::ENQUIRY_MESSAGES, EnquiryId(id));
    let on_server: lernwelt_protocol::MessagesResponse = get(&server, &path, &staff);
    assert_eq!(on_server.messages.len(), 3);
    assert!(app.world().resource::<Outbox>().letters.is_empty());
    let mine: EnquiriesResponse = get(&server, routes::ENQUIRIES, &token);
    assert_eq!(mine.enquiries.len(), 1);
}

#[test]
fn another_account_on_the_same_device_sees_none_of_the_first_ones_threads() {
    let (addr, _) = start_server_with(None);
    let server = format!("http://{addr}");
    let settings = temp_file("kiosk-accounts");
    let mut app = game(&server, &settings, Place::JobCentre, Language::De);
    app.world_mut().resource_mut::<OpenPanel>().0 = Some(Panel::Kiosk(PanelKind::Counselling));
    app.world_mut().write_message(AccountAction::Register {
        nickname: "erste_person".into(),
        password: "ein langes Passwort".into(),
        age_band: AgeBand::From18To21,
        language: Language::De,
        remember: false,
    });
    until(&mut app, "logged in", state, |a| {
        a.world().resource::<Account>().logged_in()
    });
    write(
        &mut app,
        Opening::New {
            topic: Topic::Housing,
            mode: Mode::Chat,
            callback: None,
        },
        "Ich suche eine Wohnung.",
    );
    until(&mut app, "the thread in the list", state, |a| {
        threads(a).list.len() == 1
    });
    let first = threads(&app).list[0].id.0;
    app.world_mut()
        .write_message(CounsellingAction::Open(first));
    until(&mut app, "the thread", state, |a| {
        !a.world().resource::<Thread>().messages.is_empty()
    });

    // Log out; a second person logs in on the same device.
    app.world_mut().write_message(AccountAction::LogOut);
    until(&mut app, "logged out", state, |a| {
        !a.world().resource::<Account>().logged_in()
    });
    assert!(
        threads(&app).list.is_empty(),
        "the list went with the account"
    );
    assert!(
        app.world().resource::<Thread>().messages.is_empty(),
        "the open thread went with the account"
    );
    app.world_mut().write_message(AccountAction::Register {
        nickname: "zweite_person".into(),
        password: "ein anderes langes Passwort".into(),
        age_band: AgeBand::From16To17,
        language: Language::De,
        remember: false,
    });
    until(&mut app, "the second person's empty list", state, |a| {
        a.world().resource::<Account>().nickname == "zweite_person" && threads(a).loaded
    });
    assert!(threads(&app).list.is_empty());
}
