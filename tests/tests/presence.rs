//! Presence between two headless games and the real server over real WebSockets: two young
//! people in the job centre see each other, chat and wave; when one walks (click-to-walk, through the
//! physics), the other's copy of that avatar follows to where it stopped; when one goes
//! through the door to the company, it vanishes from the job centre and appears to whoever is
//! in the company; the same with the two games on two server instances joined by NATS. A
//! young person asks at the kiosk for a counsellor to come; the counsellor
//! sees the request on the room list, goes in, and the young person is told who came.
#![allow(clippy::expect_used, clippy::unwrap_used)] // a failing test may panic

#[path = "../../game/tests/support/mod.rs"]
mod support;

mod common;

use std::time::{Duration, Instant};

use bevy::prelude::*;
use lernwelt::core::LocalPlayer;
use lernwelt::core::state::{AppState, Place};
use lernwelt::features::presence::{Notice, Presence, RemoteAvatar};
use lernwelt::i18n::Language;
use lernwelt::interact::{GoTo, OpenPanel};
use lernwelt::net::live::Live;
use lernwelt::player::WalkTarget;
use lernwelt_protocol::presence::Emote;
use lernwelt_protocol::{ClientMsg, ErrorCode, Role, ServerMsg};

use common::*;

/// Where the copy of `name` stands in `app`, if it is in view.
fn copy_of(app: &mut App, name: &str) -> Option<Vec3> {
    let mut query = app.world_mut().query::<(&RemoteAvatar, &GlobalTransform)>();
    query
        .iter(app.world())
        .find(|(avatar, _)| avatar.name == name)
        .map(|(_, at)| at.translation())
}

fn own(app: &mut App) -> Vec3 {
    let mut query = app
        .world_mut()
        .query_filtered::<&Transform, With<LocalPlayer>>();
    query
        .single(app.world())
        .expect("the own avatar")
        .translation
}

fn seen(app: &App) -> String {
    let presence = app.world().resource::<Presence>();
    format!(
        "entered {:?}, others {:?}",
        presence.entered,
        presence
            .others
            .by_handle
            .values()
            .map(|r| r.view.name.as_str().to_owned())
            .collect::<Vec<_>>()
    )
}

/// Steps both games, no faster than their clocks run (each update is one 60th of a second
/// of game time), until `done` holds.
fn until_both(
    a: &mut App,
    b: &mut App,
    what: &str,
    mut done: impl FnMut(&mut App, &mut App) -> bool,
) {
    let start = Instant::now();
    let mut frames = 0u32;
    while !done(a, b) {
        assert!(
            start.elapsed() < Duration::from_secs(60),
            "timed out waiting for {what}; a: {}; b: {}",
            seen(a),
            seen(b)
        );
        a.update();
        b.update();
        frames += 1;
        let game_time = Duration::from_secs_f32(frames as f32 / 60.0);
        if let Some(ahead) = game_time.checked_sub(start.elapsed()) {
            std::thread::sleep(ahead);
        }
    }
}

fn ready_to_walk(app: &mut App) {
    // The young person registered at the counselling kiosk; close it to walk.
    app.world_mut().resource_mut::<OpenPanel>().0 = None;
    app.update();
}

#[test]
fn two_young_people_see_each_other_walk_and_go_through_a_door() {
    let (addr, _) = start_server_with(None);
    let server = format!("http://{addr}");
    see_each_other_walk_and_go_through_a_door(&server, &server);
}

/// The same with each game on its own server instance, the two joined by the real NATS server.
#[test]
fn on_two_instances_over_nats_too() {
    let (one, two, _) = start_two_instances(&[]);
    see_each_other_walk_and_go_through_a_door(&format!("http://{one}"), &format!("http://{two}"));
}

/// Amal (Arabic, on `server_a`) and bora (German, on `server_b`) in the job centre: they see
/// each other, chat and wave; amal walks and bora's copy follows; amal goes through the door
/// and bora follows her into the company.
fn see_each_other_walk_and_go_through_a_door(server_a: &str, server_b: &str) {
    let mut a = young_person(server_a, "amal_16", Language::Ar);
    let mut b = young_person(server_b, "bora_17", Language::De);
    ready_to_walk(&mut a);
    ready_to_walk(&mut b);

    until_both(&mut a, &mut b, "each to see the other", |a, b| {
        copy_of(a, "bora_17").is_some() && copy_of(b, "amal_16").is_some()
    });
    // Amal says hello in Arabic: it is in bora's room chat; a line too long never leaves.
    let say = |app: &mut App, text: &str| {
        app.world_mut()
            .resource_scope(|world, mut presence: Mut<Presence>| {
                let mut live = world.resource_mut::<Live>();
                presence.say(&mut live, "amal_16", false, text)
            })
    };
    assert_eq!(
        say(&mut a, &"a".repeat(201)),
        Err(ErrorCode::MessageTooLong)
    );
    assert_eq!(say(&mut a, "مرحبا!"), Ok(()));
    // Her own bubble shows the line too, as the others see it over her head.
    assert_eq!(
        a.world()
            .resource::<Presence>()
            .own_said
            .as_ref()
            .map(|(text, _)| text.as_str()),
        Some("مرحبا!")
    );
    until_both(&mut a, &mut b, "the line at bora's", |_, b| {
        b.world()
            .resource::<Presence>()
            .log
            .iter()
            .any(|line| line.name == "amal_16" && line.text == "مرحبا!")
    });
    assert_eq!(
        b.world().resource::<Presence>().log.len(),
        1,
        "only the one line"
    );
    // Bora waves with the key 1: amal sees the gesture on bora's copy.
    support::tap(&mut b, KeyCode::Digit1);
    until_both(&mut a, &mut b, "bora's wave", |a, _| {
        a.world()
            .resource::<Presence>()
            .others
            .by_handle
            .values()
            .any(|r| {
                r.view.name.as_str() == "bora_17" && r.gesture.map(|g| g.0) == Some(Emote::Wave)
            })
    });
    assert_eq!(
        b.world().resource::<Presence>().own_gesture.map(|g| g.0),
        Some(Emote::Wave),
        "bora's own bubble waves too"
    );

    let before = copy_of(&mut b, "amal_16").unwrap();
    assert!(
        before.distance(own(&mut a)) < 0.1,
        "the copy stands where amal stands"
    );

    // Amal walks two metres towards the reception, through the physics.
    let goal = own(&mut a) + Vec3::new(0.0, 0.0, -2.0);
    a.world_mut().resource_mut::<WalkTarget>().0 = Some((goal, None));
    until_both(&mut a, &mut b, "amal to arrive", |a, _| {
        a.world().resource::<WalkTarget>().0.is_none()
    });
    let arrived = own(&mut a);
    assert!(
        arrived.distance(before) > 1.5,
        "amal walked: {before} → {arrived}"
    );
    // Bora's copy follows, smoothly and a little behind, to where amal stopped.
    let mut path = Vec::new();
    until_both(&mut a, &mut b, "the copy to follow", |_, b| {
        let at = copy_of(b, "amal_16").unwrap_or(Vec3::NAN);
        path.push(at);
        at.xz().distance(arrived.xz()) < 0.05
    });
    let steps: Vec<f32> = path
        .windows(2)
        .map(|w| w[0].xz().distance(w[1].xz()))
        .collect();
    let largest = steps.iter().copied().fold(0.0, f32::max);
    assert!(
        largest < 0.2,
        "the copy glides (at most {largest} m in one frame, walking is 0.04)"
    );

    // Amal goes through the door to the company: gone from the job centre at once.
    a.world_mut().write_message(GoTo(Place::Company));
    until_both(&mut a, &mut b, "amal to leave the job centre", |a, b| {
        *a.world().resource::<State<AppState>>().get() == AppState::InWorld(Place::Company)
            && copy_of(b, "amal_16").is_none()
    });
    until_both(&mut a, &mut b, "amal in the company, alone", |a, _| {
        a.world().resource::<Presence>().entered == Some(Place::Company)
    });
    assert!(copy_of(&mut a, "bora_17").is_none());
    // Bora follows: amal sees bora come in at the door.
    b.world_mut().write_message(GoTo(Place::Company));
    until_both(&mut a, &mut b, "bora in the company", |a, b| {
        copy_of(a, "bora_17").is_some() && copy_of(b, "amal_16").is_some()
    });
}

#[test]
fn a_young_person_asks_at_the_kiosk_and_a_counsellor_comes() {
    let (addr, counsellor) = start_server_with(Some(("Frau_Demir", "de,tr")));
    let counsellor = counsellor.expect("a counsellor");
    let server = format!("http://{addr}");
    let mut young = young_person(&server, "emre_17", Language::Tr);
    until(&mut young, "in the job centre on the server", seen, |a| {
        a.world().resource::<Presence>().entered == Some(Place::JobCentre)
    });
    // The counsellor is at the desk: the room list shows nobody waiting yet.
    let mut desk = Socket::connect(&server, &counsellor.log_in(&server));
    let waiting = |desk: &Socket, name: &str| {
        desk.seen(|f| {
            matches!(f, ServerMsg::Rooms { rooms } if rooms.iter().any(|r| {
                r.place == Place::JobCentre && r.waiting.iter().any(|w| w.name.as_str() == name)
            }))
        })
    };
    // The young person asks, as the kiosk's button does.
    let asked = young
        .world_mut()
        .resource_scope(|world, mut presence: Mut<Presence>| {
            presence.ask(&mut world.resource_mut::<Live>(), true)
        });
    assert!(asked, "asking works once the place is entered");
    until(&mut young, "the request noted", seen, |a| {
        a.world().resource::<Presence>().asked
    });
    until(&mut young, "the counsellor's list to show it", seen, |_| {
        waiting(&desk, "emre_17")
    });
    // The counsellor goes into the job centre: the young person is told who came.
    desk.send(&ClientMsg::Enter {
        place: Place::JobCentre,
        from: None,
        at: None,
    });
    until(&mut young, "told who came", seen, |a| {
        let presence = a.world().resource::<Presence>();
        !presence.asked && presence.coming.as_ref().map(|c| c.0.as_str()) == Some("Frau_Demir")
    });
    until(&mut young, "the counsellor's avatar, marked", seen, |a| {
        a.world()
            .resource::<Presence>()
            .others
            .by_handle
            .values()
            .any(|r| r.view.name.as_str() == "Frau_Demir" && r.view.role == Role::Counsellor)
    });
}

/// Moderation through the games' own calls (as the people panel's buttons make them): amal
/// (on `server_a`) blocks bora (on `server_b`): his copy and lines are gone for her, and come
/// back when she unblocks; she reports him with his last line; the counsellor (a socket on
/// `server_b`) mutes amal (her game refuses her lines) and sends bora out (his game leaves the
/// room and stays out).
fn moderation_in_a_place(server_a: &str, server_b: &str, counsellor: &Counsellor) {
    let mut a = young_person(server_a, "amal_16", Language::Ar);
    let mut b = young_person(server_b, "bora_17", Language::De);
    ready_to_walk(&mut a);
    ready_to_walk(&mut b);
    until_both(&mut a, &mut b, "each to see the other", |a, b| {
        copy_of(a, "bora_17").is_some() && copy_of(b, "amal_16").is_some()
    });
    let handle_at = |app: &App, name: &str| {
        app.world()
            .resource::<Presence>()
            .others
            .by_handle
            .iter()
            .find(|(_, r)| r.view.name.as_str() == name)
            .map(|(h, _)| *h)
            .expect("in view")
    };
    let act = |app: &mut App, msg: ClientMsg| {
        app.world_mut()
            .resource_scope(|world, presence: Mut<Presence>| {
                presence.moderate(&mut world.resource_mut::<Live>(), msg)
            })
    };
    let say = |app: &mut App, me: &str, text: &str| {
        app.world_mut()
            .resource_scope(|world, mut presence: Mut<Presence>| {
                presence.say(&mut world.resource_mut::<Live>(), me, false, text)
            })
    };

    // Amal blocks bora.
    let bora = handle_at(&a, "bora_17");
    assert!(act(&mut a, ClientMsg::Block { handle: bora }));
    until_both(&mut a, &mut b, "bora gone for amal", |a, _| {
        copy_of(a, "bora_17").is_none() && a.world().resource::<Presence>().blocked == ["bora_17"]
    });
    // Bora's line does not reach her (he still sees her, and is not told).
    assert_eq!(say(&mut b, "bora_17", "Hallo Amal!"), Ok(()));
    let start = Instant::now();
    until_both(&mut a, &mut b, "a second to pass", |_, _| {
        start.elapsed() > Duration::from_secs(1)
    });
    assert!(a.world().resource::<Presence>().log.is_empty());
    assert!(copy_of(&mut b, "amal_16").is_some());
    // She shows him again, and reports him: his last line goes with the report.
    let unblocked = a
        .world_mut()
        .resource_scope(|world, presence: Mut<Presence>| {
            presence.unblock(&mut world.resource_mut::<Live>(), "bora_17")
        });
    assert!(unblocked);
    until_both(&mut a, &mut b, "bora back", |a, _| {
        copy_of(a, "bora_17").is_some() && a.world().resource::<Presence>().blocked.is_empty()
    });
    let bora = handle_at(&a, "bora_17");
    assert!(act(&mut a, ClientMsg::Report { handle: bora }));
    until_both(&mut a, &mut b, "the report noted", |a, _| {
        matches!(
            &a.world().resource::<Presence>().notice,
            Some((Notice::Reported(name), _)) if name == "bora_17"
        )
    });
    let staff = counsellor.log_in(server_b);
    let queue: lernwelt_protocol::presence::RoomReports =
        get(server_b, lernwelt_protocol::routes::ROOM_REPORTS, &staff);
    assert_eq!(queue.reports.len(), 1);
    assert_eq!(queue.reports[0].name.as_str(), "bora_17");
    assert_eq!(
        queue.reports[0]
            .lines
            .iter()
            .map(|l| l.as_str())
            .collect::<Vec<_>>(),
        ["Hallo Amal!"]
    );

    // The counsellor comes in (on the other server) and mutes amal for ten minutes.
    let mut desk = Socket::connect(server_b, &staff);
    desk.send(&ClientMsg::Enter {
        place: Place::JobCentre,
        from: None,
        at: None,
    });
    until_both(&mut a, &mut b, "the counsellor in view", |_, _| {
        desk.handle_of("amal_16").is_some() && desk.handle_of("bora_17").is_some()
    });
    let amal = desk.handle_of("amal_16").expect("amal");
    desk.send(&ClientMsg::Mute {
        handle: amal,
        minutes: 10,
    });
    until_both(&mut a, &mut b, "amal muted", |a, _| {
        a.world().resource::<Presence>().muted()
    });
    assert_eq!(
        say(&mut a, "amal_16", "Warum?"),
        Err(ErrorCode::Muted),
        "her game refuses her lines"
    );
    // And sends bora out: his game leaves the job centre and stays out; amal sees him go.
    let bora = desk.handle_of("bora_17").expect("bora");
    desk.send(&ClientMsg::SendOut { handle: bora });
    until_both(&mut a, &mut b, "bora sent out", |a, b| {
        let presence = b.world().resource::<Presence>();
        presence.entered.is_none()
            && presence.out_of(Place::JobCentre).is_some()
            && copy_of(a, "bora_17").is_none()
    });
    let start = Instant::now();
    until_both(&mut a, &mut b, "a second to pass", |_, _| {
        start.elapsed() > Duration::from_secs(1)
    });
    assert_eq!(
        b.world().resource::<Presence>().entered,
        None,
        "he does not come back on his own: {}",
        desk.frames()
    );
}

#[test]
fn moderation_in_a_place_on_one_server() {
    let (addr, counsellor) = start_server_with(Some(("Frau_Demir", "de,tr")));
    let server = format!("http://{addr}");
    moderation_in_a_place(&server, &server, &counsellor.expect("a counsellor"));
}

#[test]
fn moderation_in_a_place_across_two_instances() {
    let (one, two, mut counsellors) = start_two_instances(&[("Frau_Demir", "de,tr")]);
    let counsellor = counsellors.pop().expect("a counsellor");
    moderation_in_a_place(
        &format!("http://{one}"),
        &format!("http://{two}"),
        &counsellor,
    );
}
