//! Doors between places: walking into one (or using it) fades out, switches the place and
//! fades back in.

use bevy::prelude::*;

use crate::core::LocalPlayer;
use crate::core::state::{AppState, InWorld, Place};
use crate::interact::GoTo;

use super::CameFrom;

/// How long each half of the fade takes, in seconds.
pub const FADE_SECONDS: f32 = 0.35;
/// How close to a door (metres on the floor plane) walking triggers it.
const TRIGGER_DISTANCE: f32 = 0.8;

/// A door's destination; walking into it starts the transition.
#[derive(Component, Debug, Clone, Copy)]
pub struct DoorTrigger {
    pub to: Place,
}

/// A change of place in progress.
#[derive(Resource, Debug, Default)]
pub struct Transition {
    /// Where to go, while fading out.
    pub to: Option<Place>,
    /// 0 = clear, 1 = black.
    pub fade: f32,
}

impl Transition {
    /// Whether the screen is (partly) faded or fading.
    pub fn active(&self) -> bool {
        self.to.is_some() || self.fade > 0.0
    }
}

/// Door triggers and the fade.
pub struct DoorPlugin;

impl Plugin for DoorPlugin {
    fn build(&self, app: &mut App) {
        app.init_resource::<Transition>().add_systems(
            Update,
            (walk_into_doors, start_transitions, advance_transition)
                .chain()
                .run_if(in_state(InWorld)),
        );
    }
}

// Doors and the avatar are root entities, so their `Transform` is their place in the world;
// `GlobalTransform` would still be the origin in the frame they spawn.
fn walk_into_doors(
    player: Query<&Transform, With<LocalPlayer>>,
    doors: Query<(&Transform, &DoorTrigger)>,
    mut go: MessageWriter<GoTo>,
    transition: Res<Transition>,
) {
    if transition.active() {
        return;
    }
    let Ok(player) = player.single() else {
        return;
    };
    let p = player.translation;
    for (door, trigger) in &doors {
        let d = door.translation;
        if Vec2::new(d.x - p.x, d.z - p.z).length() < TRIGGER_DISTANCE {
            go.write(GoTo(trigger.to));
        }
    }
}

fn start_transitions(
    mut requests: MessageReader<GoTo>,
    mut transition: ResMut<Transition>,
    state: Res<State<AppState>>,
) {
    for GoTo(place) in requests.read() {
        if transition.to.is_none() && *state.get() != AppState::InWorld(*place) {
            transition.to = Some(*place);
        }
    }
}

fn advance_transition(
    time: Res<Time>,
    mut transition: ResMut<Transition>,
    state: Res<State<AppState>>,
    mut next: ResMut<NextState<AppState>>,
    mut came_from: ResMut<CameFrom>,
) {
    let step = time.delta_secs() / FADE_SECONDS;
    if let Some(to) = transition.to {
        transition.fade = (transition.fade + step).min(1.0);
        if transition.fade >= 1.0 {
            if let AppState::InWorld(from) = state.get() {
                came_from.0 = Some(*from);
            }
            next.set(AppState::InWorld(to));
            transition.to = None;
        }
    } else if transition.fade > 0.0 {
        transition.fade = (transition.fade - step).max(0.0);
    }
}
