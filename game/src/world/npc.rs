//! The people in the places: built from simple shapes with an upper body and a head that can
//! move, so an NPC breathes, looks at the player and reacts to an answer (a nod, a smile and a
//! lean forward, or leaning back with a tilted head) — animation by code.

use bevy::prelude::*;
use bevy_rapier3d::prelude::*;

use super::layout::{NPC_REACH, NpcDef, yaw_rotation};
use super::{PersonShape, PlacePiece, Visuals, color_or_grey};
use crate::core::LocalPlayer;
use crate::core::state::{AppState, InWorld, Place};
use crate::interact::{Action, Interactable, PanelKind};
use lernwelt_dialogue::Reaction;

/// An NPC, by its layout id.
#[derive(Component, Debug)]
pub struct Npc {
    pub id: String,
    /// The yaw it was placed with, in radians.
    pub rest_yaw: f32,
}

/// The pivot of an NPC's upper body (at the hips).
#[derive(Component, Debug)]
pub struct NpcUpperBody;

/// The pivot of an NPC's head (at the neck).
#[derive(Component, Debug)]
pub struct NpcHead;

/// A reaction being played, with the seconds since it began.
#[derive(Component, Debug, Clone, Copy)]
pub struct NpcReaction {
    pub reaction: Reaction,
    pub elapsed: f32,
}

/// How long a reaction lasts, in seconds.
const REACTION_SECONDS: f32 = 1.6;

/// NPC animation.
pub struct NpcPlugin;

impl Plugin for NpcPlugin {
    fn build(&self, app: &mut App) {
        app.add_systems(
            Update,
            (turn_towards_player, animate).run_if(in_state(InWorld)),
        );
    }
}

/// Spawns one NPC with its collider and interaction.
pub(super) fn spawn(commands: &mut Commands, visuals: &mut Visuals, npc: &NpcDef, place: Place) {
    let sit = if npc.seated { 0.35 } else { 0.0 };
    let shirt = color_or_grey(&npc.shirt);
    let hips = 0.9 - sit;
    let neck = 1.45 - sit;
    let mut root = commands.spawn((
        Name::new(format!("npc {}", npc.id)),
        Npc {
            id: npc.id.clone(),
            rest_yaw: npc.yaw.to_radians(),
        },
        DespawnOnExit(AppState::InWorld(place)),
        PlacePiece(place),
        Transform::from_translation(Vec3::new(npc.pos.0, 0.0, npc.pos.1))
            .with_rotation(yaw_rotation(npc.yaw)),
        Visibility::default(),
        Collider::compound(vec![(
            Vec3::new(0.0, 0.85, 0.0),
            Quat::IDENTITY,
            Collider::capsule_y(0.5, 0.28),
        )]),
        Interactable {
            action: Action::Talk {
                name: npc.name.clone(),
                line: npc.line.clone(),
                panel: npc.panel.map(PanelKind::from),
                lesson: npc.lesson.clone(),
            },
            name_key: npc.name.clone(),
            range: NPC_REACH,
        },
    ));
    let skin = Color::srgb(0.78, 0.6, 0.47);
    let hair = Color::srgb(0.16, 0.11, 0.08);
    let eye = Color::srgb(0.05, 0.05, 0.05);
    root.with_children(|children| {
        let mut legs = children.spawn(Transform::from_xyz(0.0, hips / 2.0, 0.0));
        visuals.dress(
            &mut legs,
            Cuboid::new(0.34, hips, 0.22),
            Color::srgb(0.18, 0.2, 0.25),
            false,
        );
        children
            .spawn((
                NpcUpperBody,
                Transform::from_xyz(0.0, hips, 0.0),
                Visibility::default(),
            ))
            .with_children(|upper| {
                let mut torso = upper.spawn(Transform::from_xyz(0.0, 0.25, 0.0));
                visuals.dress_person(&mut torso, PersonShape::Torso, shirt, false);
                upper
                    .spawn((
                        NpcHead,
                        Transform::from_xyz(0.0, neck - hips, 0.0),
                        Visibility::default(),
                    ))
                    .with_children(|head| {
                        let parts = [
                            (Vec3::new(0.0, 0.17, 0.0), PersonShape::Head, skin),
                            (Vec3::new(0.0, 0.29, -0.03), PersonShape::Hair, hair),
                            (Vec3::new(-0.06, 0.2, 0.15), PersonShape::Eye, eye),
                            (Vec3::new(0.06, 0.2, 0.15), PersonShape::Eye, eye),
                        ];
                        for (offset, shape, color) in parts {
                            let mut part = head.spawn(Transform::from_translation(offset));
                            visuals.dress_person(&mut part, shape, color, false);
                        }
                    });
            });
    });
}

/// A standing NPC turns slowly towards a player who comes near; seated ones keep facing the
/// table (their head follows instead, in [`animate`]).
fn turn_towards_player(
    time: Res<Time>,
    player: Query<&Transform, With<LocalPlayer>>,
    mut npcs: Query<(&Npc, &mut Transform), Without<LocalPlayer>>,
) {
    let Ok(player) = player.single() else {
        return;
    };
    for (npc, mut transform) in &mut npcs {
        let to_player = player.translation - transform.translation;
        let near = to_player.xz().length() < 3.5;
        let wanted = if near {
            to_player.x.atan2(to_player.z)
        } else {
            npc.rest_yaw
        };
        let current = transform.rotation.to_euler(EulerRot::YXZ).0;
        let mut delta = (wanted - current + std::f32::consts::PI).rem_euclid(std::f32::consts::TAU)
            - std::f32::consts::PI;
        // Never turn the back on the rest direction by more than a quarter turn.
        let off_rest = (wanted - npc.rest_yaw + std::f32::consts::PI)
            .rem_euclid(std::f32::consts::TAU)
            - std::f32::consts::PI;
        if off_rest.abs() > std::f32::consts::FRAC_PI_2 {
            delta = (npc.rest_yaw - current + std::f32::consts::PI)
                .rem_euclid(std::f32::consts::TAU)
                - std::f32::consts::PI;
        }
        let step = delta.clamp(-2.0, 2.0) * (time.delta_secs() * 3.0).min(1.0);
        if step.abs() > 1e-4 {
            transform.rotation = Quat::from_rotation_y(current + step);
        }
    }
}

/// Breathing, and the reaction being played: pleased = two nods and a slight lean forward,
/// neutral = one small nod, doubtful = lean back with the head tilted.
fn animate(
    time: Res<Time>,
    mut commands: Commands,
    mut npcs: Query<(Entity, &Children, Option<&mut NpcReaction>), With<Npc>>,
    mut uppers: Query<(&mut Transform, &Children), (With<NpcUpperBody>, Without<NpcHead>)>,
    mut heads: Query<&mut Transform, (With<NpcHead>, Without<NpcUpperBody>)>,
) {
    let t = time.elapsed_secs();
    let dt = time.delta_secs();
    for (entity, children, reaction) in &mut npcs {
        let (mut lean, mut nod, mut tilt) = (0.0_f32, 0.0_f32, 0.0_f32);
        if let Some(mut reaction) = reaction {
            reaction.elapsed += dt;
            let x = (reaction.elapsed / REACTION_SECONDS).clamp(0.0, 1.0);
            // Rises and falls back to rest over the reaction's time.
            let envelope = (x * std::f32::consts::PI).sin();
            match reaction.reaction {
                Reaction::Pleased => {
                    nod = 0.25 * (x * std::f32::consts::TAU * 2.0).sin().max(0.0);
                    lean = 0.12 * envelope;
                }
                Reaction::Neutral => {
                    nod = 0.15 * (x * std::f32::consts::TAU).sin().max(0.0);
                }
                Reaction::Doubtful => {
                    lean = -0.16 * envelope;
                    tilt = 0.2 * envelope;
                }
            }
            if reaction.elapsed >= REACTION_SECONDS {
                commands.entity(entity).remove::<NpcReaction>();
            }
        }
        let breath = 0.015 * (t * 1.7).sin();
        for child in children.iter() {
            let Ok((mut upper, upper_children)) = uppers.get_mut(child) else {
                continue;
            };
            upper.rotation = Quat::from_rotation_x(lean + breath);
            for head in upper_children.iter() {
                if let Ok(mut head) = heads.get_mut(head) {
                    head.rotation = Quat::from_rotation_x(nod) * Quat::from_rotation_z(tilt);
                }
            }
        }
    }
}
