//! The third-party plugins, set up as Lernwelt uses them (their cargo features are chosen in the
//! workspace's `Cargo.toml`): egui draws the interface, Rapier keeps the avatar out of walls.

use bevy_egui::EguiPlugin;
use bevy_rapier3d::prelude::{NoUserData, RapierPhysicsPlugin};

/// Physics for walking: a kinematic character controller against static colliders.
pub fn physics() -> RapierPhysicsPlugin<NoUserData> {
    RapierPhysicsPlugin::<NoUserData>::default()
}

/// The interface's immediate-mode UI, drawn in its own pass after `Update`.
pub fn egui() -> EguiPlugin {
    EguiPlugin::default()
}
