//! The headless harness shared by the integration tests: the real core plugins stepped frame
//! by frame with fixed time, and keyboard input injected as a window would send it.
#![allow(dead_code)] // each test file uses a different part

use std::path::PathBuf;
use std::time::Duration;

use bevy::input::keyboard::{Key, KeyboardInput};
use bevy::input::{ButtonState, InputPlugin};
use bevy::prelude::*;
use bevy::state::app::StatesPlugin;
use bevy::time::TimeUpdateStrategy;
use lernwelt::CorePlugin;
use lernwelt::core::options::LaunchOptions;
use lernwelt::core::settings::SettingsStore;
use lernwelt::core::state::{AppState, Place};
use lernwelt::i18n::Language;
use lernwelt::player::Player;

pub const FRAME: f32 = 1.0 / 60.0;

pub fn headless_with(scene: Place, lang: Option<Language>, store: SettingsStore) -> App {
    headless_options(
        LaunchOptions {
            scene: Some(scene),
            lang,
            ..Default::default()
        },
        store,
    )
}

/// The core plugins with these launch options, stepped until they are in the options' scene.
pub fn headless_options(options: LaunchOptions, store: SettingsStore) -> App {
    let scene = options.scene.unwrap_or(Place::JobCentre);
    let mut app = App::new();
    app.add_plugins((MinimalPlugins, TransformPlugin, InputPlugin, StatesPlugin))
        .insert_resource(TimeUpdateStrategy::ManualDuration(Duration::from_secs_f32(
            FRAME,
        )))
        .add_plugins(CorePlugin {
            options: LaunchOptions {
                scene: Some(scene),
                ..options
            },
            store,
        });
    for _ in 0..8 {
        app.update();
    }
    assert_eq!(
        state(&app),
        AppState::InWorld(scene),
        "did not arrive in {scene}"
    );
    app
}

pub fn headless(scene: Place) -> App {
    headless_with(scene, Some(Language::De), SettingsStore::none())
}

pub fn state(app: &App) -> AppState {
    *app.world().resource::<State<AppState>>().get()
}

pub fn frames(app: &mut App, n: usize) {
    for _ in 0..n {
        app.update();
    }
}

pub fn player_pos(app: &mut App) -> Vec3 {
    let mut q = app.world_mut().query_filtered::<&Transform, With<Player>>();
    q.single(app.world()).expect("one player").translation
}

/// Moves the avatar. Rapier picks up moves of kinematic bodies from `GlobalTransform`, which
/// is otherwise propagated only after physics has written its own position back.
pub fn teleport(app: &mut App, to: Vec3) {
    let mut q = app
        .world_mut()
        .query_filtered::<(&mut Transform, &mut GlobalTransform), With<Player>>();
    let (mut t, mut g) = q.single_mut(app.world_mut()).expect("one player");
    t.translation = Vec3::new(to.x, t.translation.y, to.z);
    *g = GlobalTransform::from(*t);
    frames(app, 3);
    let at = player_pos(app);
    assert!(
        Vec2::new(at.x - to.x, at.z - to.z).length() < 0.05,
        "teleport to {to} ended at {at}"
    );
}

/// Sends a key event the way a window would, so `just_pressed` works as in the game.
pub fn key(app: &mut App, key: KeyCode, state: ButtonState) {
    app.world_mut().write_message(KeyboardInput {
        key_code: key,
        logical_key: Key::Unidentified(bevy::input::keyboard::NativeKey::Unidentified),
        state,
        text: None,
        repeat: false,
        window: Entity::PLACEHOLDER,
    });
}

pub fn hold(app: &mut App, k: KeyCode, n: usize) {
    key(app, k, ButtonState::Pressed);
    frames(app, n);
    key(app, k, ButtonState::Released);
    frames(app, 1);
}

pub fn tap(app: &mut App, k: KeyCode) {
    hold(app, k, 1);
}

/// A fresh settings file path in its own temporary folder.
pub fn temp_file(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("lernwelt-test-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir.join("settings.json")
}
