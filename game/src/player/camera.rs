//! The third-person camera: orbits the avatar (right mouse drag or touch drag), zooms with
//! the wheel, never passes through walls; a click or tap on the floor walks there.

use bevy::input::mouse::{AccumulatedMouseMotion, AccumulatedMouseScroll, MouseScrollUnit};
use bevy::prelude::*;
use bevy::transform::TransformSystems;
use bevy::window::PrimaryWindow;
use bevy_egui::input::EguiWantsInput;
use bevy_rapier3d::prelude::*;

use super::{Player, WalkTarget};
use crate::core::state::{AppState, InWorld};
use crate::interact::{Interactable, OpenPanel};

/// Closest and farthest zoom.
pub const DISTANCE_RANGE: (f32, f32) = (2.0, 12.0);
const PITCH_RANGE: (f32, f32) = (0.12, 1.25);
/// Height of the point the camera looks at, above the capsule's centre.
const LOOK_HEIGHT: f32 = 0.75;
/// How far ahead of the avatar the camera aims, in metres.
const LOOK_AHEAD: f32 = 2.5;

/// The orbit around the avatar.
#[derive(Component, Debug, Clone, Copy)]
pub struct OrbitCamera {
    /// Radians around the vertical axis; 0 puts the camera on the +z side of the avatar.
    pub yaw: f32,
    /// Radians above the horizon.
    pub pitch: f32,
    /// Wanted distance (walls may pull the camera closer).
    pub distance: f32,
}

impl Default for OrbitCamera {
    fn default() -> Self {
        Self {
            yaw: 0.0,
            // Steep enough to look over the walls of the open-topped rooms.
            pitch: 0.8,
            distance: 9.0,
        }
    }
}

/// A fixed shot (eye, target) that replaces the orbit while set — the interview frames the
/// conversation this way. The camera glides to it and back.
#[derive(Resource, Debug, Default)]
pub struct FramedShot(pub Option<(Vec3, Vec3)>);

/// Turning asked for by touch (radians this frame), written by the touch controls.
#[derive(Resource, Debug, Default)]
pub struct LookInput(pub Vec2);

/// A point on the screen that was clicked or tapped, to walk to.
#[derive(Message, Debug, Clone, Copy)]
pub struct PointerWalk(pub Vec2);

/// Camera control.
pub struct CameraPlugin;

impl Plugin for CameraPlugin {
    fn build(&self, app: &mut App) {
        app.init_resource::<LookInput>()
            .init_resource::<FramedShot>()
            .add_message::<PointerWalk>()
            .add_systems(
                Update,
                (orbit_input, mouse_clicks, walk_to_pointer)
                    .chain()
                    .run_if(in_state(InWorld)),
            )
            // Each arrival, through the start screen or a door, faces into the room.
            .add_systems(
                Update,
                face_arrival.run_if(in_state(InWorld).and_then(state_changed::<AppState>)),
            )
            .add_systems(
                PostUpdate,
                follow_player
                    .after(PhysicsSet::Writeback)
                    .before(TransformSystems::Propagate)
                    .run_if(in_state(InWorld)),
            );
    }
}

fn pointer_free(egui: &Option<Res<EguiWantsInput>>) -> bool {
    egui.as_ref().is_none_or(|e| !e.wants_any_pointer_input())
}

fn orbit_input(
    buttons: Res<ButtonInput<MouseButton>>,
    motion: Res<AccumulatedMouseMotion>,
    scroll: Res<AccumulatedMouseScroll>,
    mut look: ResMut<LookInput>,
    egui: Option<Res<EguiWantsInput>>,
    mut cameras: Query<&mut OrbitCamera>,
) {
    let Ok(mut orbit) = cameras.single_mut() else {
        return;
    };
    let mut turn = std::mem::take(&mut look.0);
    if buttons.pressed(MouseButton::Right) && pointer_free(&egui) {
        turn += motion.delta * 0.006;
    }
    orbit.yaw -= turn.x;
    orbit.pitch = (orbit.pitch + turn.y).clamp(PITCH_RANGE.0, PITCH_RANGE.1);
    if pointer_free(&egui) && scroll.delta.y != 0.0 {
        let steps = match scroll.unit {
            MouseScrollUnit::Line => scroll.delta.y,
            MouseScrollUnit::Pixel => scroll.delta.y / 40.0,
        };
        orbit.distance =
            (orbit.distance * (1.0 - steps * 0.1)).clamp(DISTANCE_RANGE.0, DISTANCE_RANGE.1);
    }
}

/// Left click that did not drag: walk there.
fn mouse_clicks(
    buttons: Res<ButtonInput<MouseButton>>,
    window: Query<&Window, With<PrimaryWindow>>,
    egui: Option<Res<EguiWantsInput>>,
    mut pressed_at: Local<Option<Vec2>>,
    mut walk: MessageWriter<PointerWalk>,
) {
    let Ok(window) = window.single() else {
        return;
    };
    let cursor = window.cursor_position();
    if buttons.just_pressed(MouseButton::Left) {
        *pressed_at = if pointer_free(&egui) { cursor } else { None };
    }
    if buttons.just_released(MouseButton::Left)
        && let (Some(start), Some(end)) = (pressed_at.take(), cursor)
        && start.distance(end) < 8.0
    {
        walk.write(PointerWalk(end));
    }
}

/// Turns a clicked screen point into a walk target: a thing to use, or a spot on the floor.
fn walk_to_pointer(
    mut clicks: MessageReader<PointerWalk>,
    open: Res<OpenPanel>,
    camera: Query<(&Camera, &GlobalTransform), With<OrbitCamera>>,
    player: Query<Entity, With<Player>>,
    rapier: ReadRapierContext,
    parents: Query<&ChildOf>,
    things: Query<&GlobalTransform, With<Interactable>>,
    mut target: ResMut<WalkTarget>,
) {
    let (Ok((camera, camera_transform)), Ok(player), Ok(rapier)) =
        (camera.single(), player.single(), rapier.single())
    else {
        clicks.clear();
        return;
    };
    for PointerWalk(point) in clicks.read() {
        if open.0.is_some() {
            continue;
        }
        let Ok(ray) = camera.viewport_to_world(camera_transform, *point) else {
            continue;
        };
        let filter = QueryFilter::new().exclude_collider(player);
        let Some((hit, intersection)) =
            rapier.cast_ray_and_get_normal(ray.origin, *ray.direction, 200.0, true, filter)
        else {
            continue;
        };
        // The collider may sit on a child; the thing to use is the entity with Interactable.
        let thing = std::iter::once(hit)
            .chain(parents.iter_ancestors(hit))
            .find(|e| things.contains(*e));
        if let Some(thing) = thing
            && let Ok(at) = things.get(thing)
        {
            target.0 = Some((at.translation(), Some(thing)));
        } else if intersection.normal.y > 0.7 {
            target.0 = Some((intersection.point, None));
        }
    }
}

/// Puts the camera behind the avatar when a place is entered.
fn face_arrival(arrival: Option<Res<crate::world::Arrival>>, mut cameras: Query<&mut OrbitCamera>) {
    if let (Some(arrival), Ok(mut orbit)) = (arrival, cameras.single_mut()) {
        orbit.yaw = arrival.yaw.to_radians() + std::f32::consts::PI;
    }
}

fn follow_player(
    player: Query<(Entity, &Transform), With<Player>>,
    mut cameras: Query<(&OrbitCamera, &mut Transform), Without<Player>>,
    rapier: ReadRapierContext,
    shot: Res<FramedShot>,
    time: Res<Time>,
) {
    let (Ok((player, player_transform)), Ok((orbit, mut transform))) =
        (player.single(), cameras.single_mut())
    else {
        return;
    };
    if let Some((eye, target)) = shot.0 {
        // Glide there in about half a second, then hold still.
        let t = (time.delta_secs() * 6.0).min(1.0);
        transform.translation = transform.translation.lerp(eye, t);
        let wanted = Transform::from_translation(transform.translation).looking_at(target, Vec3::Y);
        transform.rotation = transform.rotation.slerp(wanted.rotation, t);
        return;
    }
    // Look a little ahead of the avatar, so more of the room in front is in view.
    let ahead = Vec3::new(-orbit.yaw.sin(), 0.0, -orbit.yaw.cos()) * LOOK_AHEAD;
    let target = player_transform.translation + Vec3::Y * LOOK_HEIGHT + ahead;
    let dir = Vec3::new(
        orbit.yaw.sin() * orbit.pitch.cos(),
        orbit.pitch.sin(),
        orbit.yaw.cos() * orbit.pitch.cos(),
    );
    let mut distance = orbit.distance;
    if let Ok(rapier) = rapier.single() {
        let filter = QueryFilter::new()
            .exclude_collider(player)
            .exclude_sensors();
        if let Some((_, toi)) = rapier.cast_ray(target, dir, distance, true, filter) {
            distance = (toi - 0.25).max(0.4);
        }
    }
    transform.translation = player_transform.translation + Vec3::Y * LOOK_HEIGHT + dir * distance;
    transform.look_at(target, Vec3::Y);
}
