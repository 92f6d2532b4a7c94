//! Headless tests of the world: the real core plugins (physics, places, avatar, interaction,
//! settings) stepped frame by frame with fixed time and injected keyboard input.

use crate::support::*;
use bevy::input::ButtonState;
use bevy::prelude::*;
use lernwelt::core::settings::{Quality, Settings, SettingsStore};
use lernwelt::core::state::{AppState, Place};
use lernwelt::i18n::Language;
use lernwelt::interact::{Focus, OpenPanel, Panel, PanelKind};
use lernwelt::player::WalkTarget;
use lernwelt::world::PlacePiece;
use lernwelt::world::sign::{Sign, SignText};

#[test]
fn walking_moves_the_avatar_and_the_floor_holds_it() {
    let mut app = headless(Place::JobCentre);
    frames(&mut app, 30);
    let start = player_pos(&mut app);
    // The camera starts behind the avatar looking north (-z): W walks north.
    hold(&mut app, KeyCode::KeyW, 60);
    let after = player_pos(&mut app);
    assert!(
        start.z - after.z > 1.8,
        "walked only {} m",
        start.z - after.z
    );
    assert!((after.x - start.x).abs() < 0.1, "drifted sideways");
    // Standing on the floor: the capsule centre stays at its height, it neither sinks nor flies.
    assert!(
        (after.y - lernwelt::player::CENTRE_HEIGHT).abs() < 0.15,
        "height {}",
        after.y
    );
    // Running is faster than walking.
    let before_run = player_pos(&mut app);
    key(&mut app, KeyCode::ShiftLeft, ButtonState::Pressed);
    hold(&mut app, KeyCode::KeyS, 30);
    let ran = player_pos(&mut app).z - before_run.z;
    assert!(ran > 1.9, "ran only {ran} m in half a second");
}

#[test]
fn a_wall_stops_the_avatar() {
    let mut app = headless(Place::JobCentre);
    frames(&mut app, 10);
    // In the south-west corner area, free of furniture: walk west (A) for three seconds.
    teleport(&mut app, Vec3::new(-8.5, 0.0, -5.0));
    hold(&mut app, KeyCode::KeyA, 180);
    let pos = player_pos(&mut app);
    // The inner face of the west wall is at x = -11; the capsule's radius is 0.3.
    assert!(pos.x > -10.75, "walked into the wall: x = {}", pos.x);
    assert!(pos.x < -10.5, "did not reach the wall: x = {}", pos.x);
}

#[test]
fn furniture_blocks_too() {
    let mut app = headless(Place::JobCentre);
    frames(&mut app, 10);
    // South of the reception desk (its front face is at z = -4.15), walk north into it.
    teleport(&mut app, Vec3::new(0.5, 0.0, -2.5));
    hold(&mut app, KeyCode::KeyW, 120);
    let pos = player_pos(&mut app);
    assert!(pos.z > -4.15 + 0.25, "walked into the desk: z = {}", pos.z);
}

#[test]
fn a_door_switches_the_place_and_removes_the_old_one() {
    let mut app = headless(Place::JobCentre);
    frames(&mut app, 10);
    let job_centre_pieces = count_pieces(&mut app, Place::JobCentre);
    assert!(job_centre_pieces > 20);
    // The door to the company is in the north wall at x = 7.5: walk into it.
    teleport(&mut app, Vec3::new(7.5, 0.0, -5.5));
    // Walk north until the place changes (the fade takes a moment), then let go.
    key(&mut app, KeyCode::KeyW, ButtonState::Pressed);
    for _ in 0..150 {
        app.update();
        if state(&app) != AppState::InWorld(Place::JobCentre) {
            break;
        }
    }
    key(&mut app, KeyCode::KeyW, ButtonState::Released);
    frames(&mut app, 10);
    assert_eq!(state(&app), AppState::InWorld(Place::Company));
    assert_eq!(
        count_pieces(&mut app, Place::JobCentre),
        0,
        "old place not despawned"
    );
    assert!(count_pieces(&mut app, Place::Company) > 20);
    // One avatar, standing in front of the company's door back to the job centre.
    let pos = player_pos(&mut app);
    assert!(
        Vec2::new(pos.x + 6.0, pos.z - 6.0).length() < 0.6,
        "arrived at {pos}"
    );
    // And back again with E at the door.
    teleport(&mut app, Vec3::new(-6.0, 0.0, 6.6));
    frames(&mut app, 2);
    tap(&mut app, KeyCode::KeyE);
    frames(&mut app, 40);
    assert_eq!(state(&app), AppState::InWorld(Place::JobCentre));
}

fn count_pieces(app: &mut App, place: Place) -> usize {
    let mut q = app.world_mut().query::<&PlacePiece>();
    q.iter(app.world()).filter(|p| p.0 == place).count()
}

fn sign_text(app: &mut App, key: &str) -> String {
    let mut q = app.world_mut().query::<(&Sign, &SignText)>();
    q.iter(app.world())
        .find(|(s, _)| s.key == key)
        .map(|(_, t)| t.0.clone())
        .unwrap_or_else(|| panic!("no sign {key}"))
}

#[test]
fn switching_language_changes_the_signs_at_once() {
    let mut app = headless(Place::JobCentre);
    frames(&mut app, 2);
    assert_eq!(sign_text(&mut app, "world-sign-reception"), "Empfang");
    assert!(sign_text(&mut app, "world-ticket-display").contains("42"));
    app.world_mut().resource_mut::<Settings>().language = Language::Ar;
    frames(&mut app, 1);
    let arabic = sign_text(&mut app, "world-sign-reception");
    assert!(
        lernwelt_text::bidi::has_rtl(&arabic),
        "not Arabic: {arabic}"
    );
    app.world_mut().resource_mut::<Settings>().language = Language::Ru;
    frames(&mut app, 1);
    assert!(
        sign_text(&mut app, "world-sign-reception")
            .chars()
            .any(|c| ('а'..='я').contains(&c))
    );
}

#[test]
fn talking_to_an_npc_and_using_a_kiosk() {
    let mut app = headless(Place::JobCentre);
    frames(&mut app, 5);
    // In front of the reception desk, the receptionist is in reach.
    teleport(&mut app, Vec3::new(0.0, 0.0, -3.6));
    frames(&mut app, 2);
    assert!(
        app.world().resource::<Focus>().0.is_some(),
        "nothing in focus"
    );
    tap(&mut app, KeyCode::KeyE);
    assert_eq!(
        app.world().resource::<OpenPanel>().0,
        Some(Panel::Talk {
            name: "world-npc-receptionist".into(),
            line: "world-npc-receptionist-hello".into(),
            lesson: Some("appointment".into()),
        })
    );
    // While a panel is open the avatar does not walk.
    let before = player_pos(&mut app);
    hold(&mut app, KeyCode::KeyS, 20);
    assert!(player_pos(&mut app).distance(before) < 0.01);
    tap(&mut app, KeyCode::Escape);
    assert_eq!(app.world().resource::<OpenPanel>().0, None);
    // Clicking the counselling kiosk from afar: walk there, then it opens.
    let kiosk = {
        let mut q = app
            .world_mut()
            .query::<(Entity, &lernwelt::interact::Interactable)>();
        q.iter(app.world())
            .find(|(_, i)| i.action == lernwelt::interact::Action::Open(PanelKind::Counselling))
            .map(|(e, _)| e)
            .expect("counselling kiosk")
    };
    teleport(&mut app, Vec3::new(5.0, 0.0, 0.0));
    app.world_mut().resource_mut::<WalkTarget>().0 = Some((Vec3::new(9.9, 0.0, -2.0), Some(kiosk)));
    frames(&mut app, 180);
    assert_eq!(
        app.world().resource::<OpenPanel>().0,
        Some(Panel::Kiosk(PanelKind::Counselling))
    );
}

#[test]
fn tab_reaches_everything_in_range() {
    let mut app = headless(Place::JobCentre);
    frames(&mut app, 5);
    // Between the counselling kiosk and the forum board both are in reach.
    teleport(&mut app, Vec3::new(9.6, 0.0, 0.0));
    frames(&mut app, 2);
    let first = app.world().resource::<Focus>().0.expect("focus");
    tap(&mut app, KeyCode::Tab);
    let second = app.world().resource::<Focus>().0.expect("focus");
    assert_ne!(first, second, "Tab did not move the focus");
    tap(&mut app, KeyCode::Tab);
    assert_eq!(
        app.world().resource::<Focus>().0,
        Some(first),
        "Tab does not cycle"
    );
}

#[test]
fn settings_round_trip_through_storage() {
    let path = temp_file("roundtrip");
    {
        let mut app = headless_with(Place::InterviewRoom, None, SettingsStore::at(&path));
        let mut s = app.world_mut().resource_mut::<Settings>();
        s.language = Language::Tr;
        s.volume = 0.25;
        s.quality = Quality::High;
        s.text_scale = 1.4;
        frames(&mut app, 2);
    }
    let loaded = SettingsStore::at(&path).load();
    assert_eq!(loaded.language, Language::Tr);
    assert_eq!(loaded.volume, 0.25);
    assert_eq!(loaded.quality, Quality::High);
    assert_eq!(loaded.text_scale, 1.4);
    let app = headless_with(Place::InterviewRoom, None, SettingsStore::at(&path));
    assert_eq!(app.world().resource::<Settings>().language, Language::Tr);
}

#[test]
fn a_corrupt_settings_file_falls_back_to_defaults_and_is_kept_aside() {
    let path = temp_file("corrupt");
    std::fs::write(&path, "{\"language\": \"de\", \"volume\": ").expect("write");
    let app = headless_with(Place::Company, None, SettingsStore::at(&path));
    assert_eq!(*app.world().resource::<Settings>(), Settings::default());
    let aside = path.with_extension("json.corrupt");
    assert!(aside.exists(), "corrupt file not kept aside");
    assert!(
        std::fs::read_to_string(aside)
            .expect("read")
            .contains("volume")
    );
    // Binary garbage too.
    std::fs::write(&path, [0xff, 0xfe, 0x00, 0x81]).expect("write");
    assert_eq!(SettingsStore::at(&path).load(), Settings::default());
}

#[test]
fn escape_opens_the_menu_and_closes_it_again() {
    let mut app = headless(Place::Company);
    frames(&mut app, 3);
    tap(&mut app, KeyCode::Escape);
    assert_eq!(app.world().resource::<OpenPanel>().0, Some(Panel::Settings));
    tap(&mut app, KeyCode::Escape);
    assert_eq!(app.world().resource::<OpenPanel>().0, None);
}

/// How often the world was entered (`OnEnter(InWorld)`), counted by the test.
#[derive(Resource, Default)]
struct Entered(u32);

#[test]
fn a_door_keeps_the_world_entered_once_closes_a_talk_and_keeps_a_kiosk() {
    use lernwelt::core::state::InWorld;
    use lernwelt::interact::GoTo;
    let mut app = headless(Place::JobCentre);
    app.init_resource::<Entered>()
        .add_systems(OnEnter(InWorld), |mut n: ResMut<Entered>| n.0 += 1);
    frames(&mut app, 3);
    // A kiosk opened from list mode, then list mode's "go there".
    app.world_mut().resource_mut::<OpenPanel>().0 = Some(Panel::Kiosk(PanelKind::Forum));
    app.world_mut().write_message(GoTo(Place::Company));
    frames(&mut app, 60);
    assert_eq!(state(&app), AppState::InWorld(Place::Company));
    assert_eq!(
        app.world().resource::<OpenPanel>().0,
        Some(Panel::Kiosk(PanelKind::Forum)),
        "a kiosk stays open through a door"
    );
    assert_eq!(
        app.world().resource::<Entered>().0,
        0,
        "walking through a door does not enter the world again"
    );
    // A talk belongs to its room: it closes when the place changes.
    app.world_mut().resource_mut::<OpenPanel>().0 = Some(Panel::Talk {
        name: "world-npc-foreman".into(),
        line: "world-npc-foreman-hello".into(),
        lesson: None,
    });
    app.world_mut().write_message(GoTo(Place::InterviewRoom));
    frames(&mut app, 60);
    assert_eq!(state(&app), AppState::InWorld(Place::InterviewRoom));
    assert_eq!(app.world().resource::<OpenPanel>().0, None);
    assert_eq!(app.world().resource::<Entered>().0, 0);
}

#[test]
fn a_panel_that_opens_stops_a_walk_on_its_way() {
    let mut app = headless(Place::JobCentre);
    frames(&mut app, 3);
    teleport(&mut app, Vec3::new(0.0, 0.0, 4.0));
    app.world_mut().resource_mut::<WalkTarget>().0 = Some((Vec3::new(6.0, 0.0, 4.0), None));
    frames(&mut app, 5);
    let walking = player_pos(&mut app);
    assert!(walking.x > 0.05, "the walk began: {walking}");
    app.world_mut().resource_mut::<OpenPanel>().0 = Some(Panel::Settings);
    frames(&mut app, 2);
    assert_eq!(app.world().resource::<WalkTarget>().0, None);
    let stopped = player_pos(&mut app);
    frames(&mut app, 30);
    assert!(player_pos(&mut app).distance(stopped) < 0.01);
}

#[test]
fn keys_a_focused_widget_uses_do_nothing_in_the_world() {
    use lernwelt::core::KeyboardOwner;
    let mut app = headless(Place::JobCentre);
    frames(&mut app, 5);
    teleport(&mut app, Vec3::new(0.0, 0.0, -3.6));
    frames(&mut app, 2);
    assert!(app.world().resource::<Focus>().0.is_some());
    // A button in a panel has the keyboard (the panel just closed, say): Enter is the
    // button's, not the receptionist's; Esc leaves the widget instead of opening the menu.
    *app.world_mut().resource_mut::<KeyboardOwner>() = KeyboardOwner {
        widget: true,
        text: false,
    };
    tap(&mut app, KeyCode::Enter);
    tap(&mut app, KeyCode::Escape);
    assert_eq!(app.world().resource::<OpenPanel>().0, None);
    // Typing into a field: E is a letter, not "use".
    *app.world_mut().resource_mut::<KeyboardOwner>() = KeyboardOwner {
        widget: true,
        text: true,
    };
    tap(&mut app, KeyCode::KeyE);
    assert_eq!(app.world().resource::<OpenPanel>().0, None);
    // Free again: E talks to the receptionist.
    *app.world_mut().resource_mut::<KeyboardOwner>() = KeyboardOwner::default();
    tap(&mut app, KeyCode::KeyE);
    assert!(matches!(
        app.world().resource::<OpenPanel>().0,
        Some(Panel::Talk { .. })
    ));
}
