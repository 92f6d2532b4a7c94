//! The player's avatar: a kinematic character on rapier that walks with the keyboard, a touch
//! joystick, or towards a clicked point, and never walks through walls or furniture.

pub mod camera;
pub mod touch;

use bevy::prelude::*;
use bevy_rapier3d::prelude::*;

use crate::core::LocalPlayer;
use crate::core::state::{AppState, InWorld, Place};
use crate::interact::{Activate, Interactable, OpenPanel};
use crate::world::door::Transition;
use crate::world::{Arrival, PersonShape, Visuals};

/// Walking speed in metres per second.
pub const WALK_SPEED: f32 = 2.4;
/// Running speed.
pub const RUN_SPEED: f32 = 4.6;
/// Height of the capsule's centre above the feet.
pub const CENTRE_HEIGHT: f32 = 0.85;
/// Height of an avatar's root above the floor when standing (the capsule's centre and the
/// controller's skin): the own avatar and the others stand alike.
pub const ROOT_HEIGHT: f32 = CENTRE_HEIGHT + 0.05;
const GRAVITY: f32 = 9.81;

/// The player's avatar.
#[derive(Component, Debug, Default)]
pub struct Player {
    /// Downward speed while falling.
    vertical_speed: f32,
    /// The way the avatar faces, in radians (0 faces +z).
    pub facing: f32,
    /// Seconds the avatar has been pushing against something on its way to a target.
    stuck_for: f32,
}

/// The avatar's visible body (turned to face the walking direction).
#[derive(Component, Debug)]
pub struct PlayerBody;

/// Where movement input wants to go this frame: x to the right, y forward (camera space),
/// length up to 1. Keyboard and touch joystick both write it.
#[derive(Resource, Debug, Default, Clone, Copy)]
pub struct MoveInput {
    /// From the keyboard, rewritten every frame.
    pub keys: Vec2,
    /// From the touch joystick, kept until the finger moves or lifts.
    pub touch: Vec2,
    pub run: bool,
}

impl MoveInput {
    /// The direction to walk: keys win over the joystick.
    pub fn direction(&self) -> Vec2 {
        if self.keys != Vec2::ZERO {
            self.keys
        } else {
            self.touch.clamp_length_max(1.0)
        }
    }
}

/// A point the player clicked or tapped, with the thing to use on arrival.
#[derive(Resource, Debug, Default, Clone, Copy)]
pub struct WalkTarget(pub Option<(Vec3, Option<Entity>)>);

/// System sets of the player feature.
#[derive(SystemSet, Debug, Clone, PartialEq, Eq, Hash)]
pub enum PlayerSystems {
    /// Reads keyboard and other input into [`MoveInput`].
    Input,
    /// Moves the character.
    Move,
}

/// Avatar movement and camera.
pub struct PlayerPlugin;

impl Plugin for PlayerPlugin {
    fn build(&self, app: &mut App) {
        app.init_resource::<MoveInput>()
            .init_resource::<WalkTarget>()
            .add_plugins(camera::CameraPlugin)
            .add_observer(stand_at_arrival)
            .configure_sets(
                Update,
                (
                    PlayerSystems::Input.in_set(crate::core::AppSystems::Input),
                    PlayerSystems::Move.in_set(crate::core::AppSystems::Game),
                )
                    .chain()
                    .run_if(in_state(InWorld)),
            )
            .add_systems(Update, keyboard_input.in_set(PlayerSystems::Input))
            .add_systems(
                Update,
                (move_player, turn_body).chain().in_set(PlayerSystems::Move),
            )
            .add_systems(OnExit(InWorld), clear_targets)
            // A panel that opens stops a walk on its way (a tap on a button never walks on).
            .add_systems(
                Update,
                clear_targets
                    .in_set(PlayerSystems::Input)
                    .run_if(resource_changed::<OpenPanel>.and_then(panel_open)),
            )
            .add_systems(Update, clear_targets.run_if(state_changed::<AppState>));
    }
}

/// The avatar appears where the world says the person arrives.
fn stand_at_arrival(arrival: On<Arrival>, mut commands: Commands, mut visuals: Visuals) {
    spawn(
        &mut commands,
        &mut visuals,
        arrival.position,
        arrival.yaw,
        arrival.place,
    );
}

/// Spawns the avatar standing at `feet`, facing `yaw_degrees`, as part of `place`.
pub fn spawn(
    commands: &mut Commands,
    visuals: &mut Visuals,
    feet: Vec3,
    yaw_degrees: f32,
    place: Place,
) {
    let facing = yaw_degrees.to_radians();
    let mut root = commands.spawn((
        Name::new("player"),
        Player {
            facing,
            ..default()
        },
        LocalPlayer,
        DespawnOnExit(AppState::InWorld(place)),
        Transform::from_translation(feet + Vec3::Y * ROOT_HEIGHT),
        Visibility::default(),
        RigidBody::KinematicPositionBased,
        Collider::capsule_y(CENTRE_HEIGHT - 0.3, 0.3),
        KinematicCharacterController {
            offset: CharacterLength::Absolute(0.02),
            snap_to_ground: Some(CharacterLength::Absolute(0.3)),
            autostep: None,
            slide: true,
            ..default()
        },
    ));
    root.with_children(|children| {
        let mut body = children.spawn((
            PlayerBody,
            Transform::from_rotation(Quat::from_rotation_y(facing)),
            Visibility::default(),
        ));
        visuals.dress_body(&mut body, &body_parts(Color::srgb(0.96, 0.52, 0.19)));
    });
}

/// The parts of a person's body (offset from the body's centre, shape, colour) in a shirt
/// of `shirt`: the own avatar and the others are built alike.
pub fn body_parts(shirt: Color) -> [(Vec3, PersonShape, Color); 6] {
    let eye = Color::srgb(0.05, 0.05, 0.05);
    [
        (
            Vec3::new(0.0, -0.4, 0.0),
            PersonShape::Legs,
            Color::srgb(0.2, 0.25, 0.45),
        ),
        (Vec3::new(0.0, 0.3, 0.0), PersonShape::Torso, shirt),
        (
            Vec3::new(0.0, 0.78, 0.0),
            PersonShape::Head,
            Color::srgb(0.62, 0.45, 0.33),
        ),
        (
            Vec3::new(0.0, 0.9, -0.03),
            PersonShape::Hair,
            Color::srgb(0.08, 0.06, 0.05),
        ),
        (Vec3::new(-0.06, 0.81, 0.15), PersonShape::Eye, eye),
        (Vec3::new(0.06, 0.81, 0.15), PersonShape::Eye, eye),
    ]
}

fn keyboard_input(
    keys: Res<ButtonInput<KeyCode>>,
    open: Res<OpenPanel>,
    mut input: ResMut<MoveInput>,
    mut target: ResMut<WalkTarget>,
) {
    if open.0.is_some() {
        // Typing into a panel must not walk the avatar.
        input.keys = Vec2::ZERO;
        return;
    }
    let pressed = |a: KeyCode, b: KeyCode| keys.pressed(a) || keys.pressed(b);
    let mut dir = Vec2::ZERO;
    if pressed(KeyCode::KeyW, KeyCode::ArrowUp) {
        dir.y += 1.0;
    }
    if pressed(KeyCode::KeyS, KeyCode::ArrowDown) {
        dir.y -= 1.0;
    }
    if pressed(KeyCode::KeyD, KeyCode::ArrowRight) {
        dir.x += 1.0;
    }
    if pressed(KeyCode::KeyA, KeyCode::ArrowLeft) {
        dir.x -= 1.0;
    }
    input.run = keys.pressed(KeyCode::ShiftLeft) || keys.pressed(KeyCode::ShiftRight);
    input.keys = dir.normalize_or_zero();
    if dir != Vec2::ZERO {
        target.0 = None;
    }
}

/// The world direction for a camera-space input, with the camera orbiting at `view_yaw`.
pub fn world_direction(input: Vec2, view_yaw: f32) -> Vec3 {
    let forward = Vec3::new(-view_yaw.sin(), 0.0, -view_yaw.cos());
    let right = Vec3::new(view_yaw.cos(), 0.0, -view_yaw.sin());
    forward * input.y + right * input.x
}

fn move_player(
    time: Res<Time>,
    input: Res<MoveInput>,
    mut target: ResMut<WalkTarget>,
    transition: Res<Transition>,
    view: Query<&camera::OrbitCamera>,
    mut player: Query<(
        &Transform,
        &mut Player,
        &mut KinematicCharacterController,
        Option<&KinematicCharacterControllerOutput>,
    )>,
    things: Query<(&Transform, &Interactable)>,
    mut activate: MessageWriter<Activate>,
) {
    let Ok((transform, mut player, mut controller, output)) = player.single_mut() else {
        return;
    };
    let dt = time.delta_secs();
    let view_yaw = view.single().map(|c| c.yaw).unwrap_or(0.0);
    let grounded = output.is_some_and(|o| o.grounded);
    let mut horizontal = Vec3::ZERO;
    if transition.to.is_none() {
        let direction = input.direction();
        if direction != Vec2::ZERO {
            let speed = if input.run { RUN_SPEED } else { WALK_SPEED };
            horizontal = world_direction(direction, view_yaw) * speed;
        } else if let Some((point, thing)) = target.0 {
            let here = transform.translation;
            let to = Vec3::new(point.x - here.x, 0.0, point.z - here.z);
            // Using a thing needs only to come within its reach.
            let reach = thing
                .and_then(|e| things.get(e).ok())
                .map(|(_, i)| i.range * 0.8)
                .unwrap_or(0.15);
            if to.length() <= reach {
                target.0 = None;
                if let Some(entity) = thing {
                    activate.write(Activate(entity));
                }
            } else {
                horizontal = to.normalize() * WALK_SPEED;
                if let Some(out) = output {
                    let wanted = out.desired_translation.xz().length();
                    let got = out.effective_translation.xz().length();
                    if wanted > 1e-4 && got < wanted * 0.2 {
                        player.stuck_for += dt;
                    } else {
                        player.stuck_for = 0.0;
                    }
                }
                if player.stuck_for > 0.6 {
                    target.0 = None;
                    player.stuck_for = 0.0;
                }
            }
        }
    }
    if grounded {
        player.vertical_speed = 0.0;
    } else {
        player.vertical_speed = (player.vertical_speed + GRAVITY * dt).min(30.0);
    }
    if horizontal != Vec3::ZERO {
        player.facing = horizontal.x.atan2(horizontal.z);
    }
    let delta = horizontal * dt - Vec3::Y * (player.vertical_speed * dt + 0.001);
    controller.translation = Some(delta);
}

fn turn_body(
    time: Res<Time>,
    player: Query<&Player>,
    mut body: Query<&mut Transform, With<PlayerBody>>,
) {
    let (Ok(player), Ok(mut body)) = (player.single(), body.single_mut()) else {
        return;
    };
    let wanted = Quat::from_rotation_y(player.facing);
    let t = (time.delta_secs() * 12.0).min(1.0);
    body.rotation = body.rotation.slerp(wanted, t);
}

fn panel_open(open: Res<OpenPanel>) -> bool {
    open.0.is_some()
}

fn clear_targets(mut target: ResMut<WalkTarget>, mut input: ResMut<MoveInput>) {
    target.0 = None;
    *input = MoveInput::default();
}
