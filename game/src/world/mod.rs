//! The three places: built from their layout data when entered, despawned when left.

pub mod audio;
pub mod door;
pub mod layout;
pub mod npc;
pub mod sign;

use std::collections::HashMap;

use bevy::ecs::system::SystemParam;
use bevy::light::NotShadowCaster;
use bevy::prelude::*;
use bevy_rapier3d::prelude::*;

use crate::core::settings::Settings;
use crate::core::state::{AppState, InWorld, Place};
use crate::i18n::Tr;
use crate::interact::{Action, Interactable, PanelKind};
use layout::{
    Block, DOOR_REACH, DoorDef, KIOSK_REACH, KioskDef, Layout, Shape, SignDef, yaw_rotation,
};
use sign::{Sign, SignFonts, SignText};

/// Thickness of the outer walls.
const WALL: f32 = 0.3;

/// Where the player came from, to arrive at the right door.
#[derive(Resource, Default, Debug, Clone, Copy)]
pub struct CameFrom(pub Option<Place>);

/// The arrival point computed for the place being entered; also triggered as an event once the
/// place is built, so the avatar (which the world does not know) can stand there.
#[derive(Resource, Event, Debug, Clone, Copy)]
pub struct Arrival {
    pub place: Place,
    pub position: Vec3,
    pub yaw: f32,
}

/// A thing that belongs to a place's furniture (used by tests and tools to count them).
#[derive(Component, Debug)]
pub struct PlacePiece(pub Place);

/// The visible part of an outer wall, lowered while the camera is behind it so the room
/// stays in view (the collider on the parent keeps its full height).
#[derive(Component, Debug)]
pub struct CutawayWall {
    /// Horizontal direction from the room's centre through this wall.
    pub outward: Vec3,
    pub height: f32,
}

/// How high a cut-away wall still stands, in metres.
const CUTAWAY_HEIGHT: f32 = 0.35;

/// Builds and removes the places.
pub struct WorldPlugin;

impl Plugin for WorldPlugin {
    fn build(&self, app: &mut App) {
        app.init_resource::<CameFrom>()
            .add_plugins((door::DoorPlugin, npc::NpcPlugin))
            .add_systems(
                Update,
                (refresh_signs, cut_away_walls).run_if(in_state(InWorld)),
            );
        for place in Place::ALL {
            app.add_systems(OnEnter(AppState::InWorld(place)), spawn_place(place));
        }
    }
}

/// The shapes people are made of (the own avatar, the NPCs and everyone else in a place).
/// Each is built once per drawing system and shared by every person, with few triangles:
/// Bevy's default sphere has 20,480, these a few hundred, so a room of fifty people stays
/// cheap to draw on a phone.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PersonShape {
    Legs,
    Torso,
    Head,
    Hair,
    Eye,
    /// A counsellor's badge over the head.
    Badge,
}

impl PersonShape {
    fn mesh(self) -> Mesh {
        match self {
            PersonShape::Legs => Cuboid::new(0.34, 0.9, 0.22).into(),
            PersonShape::Torso => Capsule3d::new(0.25, 0.42)
                .mesh()
                .longitudes(12)
                .latitudes(6)
                .build(),
            PersonShape::Head => Sphere::new(0.17).mesh().uv(12, 8),
            PersonShape::Hair => Sphere::new(0.16).mesh().uv(12, 8),
            PersonShape::Eye => Sphere::new(0.025).mesh().uv(6, 4),
            PersonShape::Badge => Sphere::new(0.09).mesh().uv(12, 8),
        }
    }
}

/// Meshes and materials when rendering is on; `None` in headless tests.
#[derive(SystemParam)]
pub struct Visuals<'w, 's> {
    meshes: Option<ResMut<'w, Assets<Mesh>>>,
    materials: Option<ResMut<'w, Assets<StandardMaterial>>>,
    images: Option<ResMut<'w, Assets<Image>>>,
    cache: Local<'s, HashMap<([u8; 4], bool), Handle<StandardMaterial>>>,
    shapes: Local<'s, HashMap<PersonShape, Handle<Mesh>>>,
    bodies: Local<'s, HashMap<Vec<BodyPartKey>, Handle<Mesh>>>,
}

/// One part of a whole-body mesh as a cache key: shape, colour, offset in millimetres.
type BodyPartKey = (PersonShape, [u8; 4], [i32; 3]);

/// A person's parts (offset from the body's centre, shape, colour) as one mesh, each part's
/// colour in its vertices: drawn in one go with one shared material, so people of the same
/// colours are drawn together (a crowd of fifty is a handful of draws, not three hundred).
pub fn body_mesh(parts: &[(Vec3, PersonShape, Color)]) -> Mesh {
    let mut body: Option<Mesh> = None;
    for &(offset, shape, color) in parts {
        let mut part = shape
            .mesh()
            .transformed_by(Transform::from_translation(offset));
        let colour = color.to_linear().to_f32_array();
        part.insert_attribute(Mesh::ATTRIBUTE_COLOR, vec![colour; part.count_vertices()]);
        match body.as_mut() {
            None => body = Some(part),
            // Every part has the same attributes (position, normal, uv, colour) and topology,
            // the only things a merge can refuse.
            Some(body) => {
                if let Err(err) = body.merge(&part) {
                    error!("a body part did not fit: {err}");
                }
            }
        }
    }
    body.unwrap_or_else(|| Mesh::from(Sphere::new(0.0)))
}

impl Visuals<'_, '_> {
    /// A mesh handle, if rendering.
    pub fn mesh(&mut self, mesh: impl Into<Mesh>) -> Option<Mesh3d> {
        self.meshes.as_mut().map(|m| Mesh3d(m.add(mesh)))
    }

    /// A (shared) plain material of `color`, glowing if asked.
    pub fn material(
        &mut self,
        color: Color,
        glow: bool,
    ) -> Option<MeshMaterial3d<StandardMaterial>> {
        let key = (color.to_srgba().to_u8_array(), glow);
        if let Some(handle) = self.cache.get(&key) {
            return Some(MeshMaterial3d(handle.clone()));
        }
        let materials = self.materials.as_mut()?;
        let handle = materials.add(StandardMaterial {
            base_color: color,
            emissive: if glow {
                LinearRgba::from(color) * 2.0
            } else {
                LinearRgba::BLACK
            },
            perceptual_roughness: 0.85,
            ..default()
        });
        self.cache.insert(key, handle.clone());
        Some(MeshMaterial3d(handle))
    }

    /// Gives an entity a part of a person: the shared mesh of `shape` in a shared material.
    pub fn dress_person(
        &mut self,
        entity: &mut EntityCommands,
        shape: PersonShape,
        color: Color,
        glow: bool,
    ) {
        let Some(meshes) = self.meshes.as_mut() else {
            return;
        };
        let mesh = self
            .shapes
            .entry(shape)
            .or_insert_with(|| meshes.add(shape.mesh()))
            .clone();
        if let Some(material) = self.material(color, glow) {
            entity.insert((Mesh3d(mesh), material));
        }
    }

    /// Gives an entity a whole person (see [`body_mesh`]), shared by everyone built alike.
    pub fn dress_body(
        &mut self,
        entity: &mut EntityCommands,
        parts: &[(Vec3, PersonShape, Color)],
    ) {
        let Some(meshes) = self.meshes.as_mut() else {
            return;
        };
        let key = parts
            .iter()
            .map(|&(offset, shape, color)| {
                let mm = (offset * 1000.0).round();
                let colour = color.to_srgba().to_u8_array();
                (shape, colour, [mm.x as i32, mm.y as i32, mm.z as i32])
            })
            .collect();
        let mesh = self
            .bodies
            .entry(key)
            .or_insert_with(|| meshes.add(body_mesh(parts)))
            .clone();
        // White, so the vertices' colours show as they are.
        if let Some(material) = self.material(Color::WHITE, false) {
            entity.insert((Mesh3d(mesh), material));
        }
    }

    /// Adds mesh and material to an entity when rendering.
    pub fn dress(
        &mut self,
        entity: &mut EntityCommands,
        mesh: impl Into<Mesh>,
        color: Color,
        glow: bool,
    ) {
        if let (Some(mesh), Some(material)) = (self.mesh(mesh), self.material(color, glow)) {
            entity.insert((mesh, material));
        }
    }
}

fn color_or_grey(hex: &layout::Hex) -> Color {
    layout::color(hex).unwrap_or(Color::srgb(0.5, 0.5, 0.5))
}

/// The system that builds `place`.
fn spawn_place(
    place: Place,
) -> impl FnMut(Commands, Visuals, Tr, Res<CameFrom>, Option<Res<SignFonts>>) {
    move |mut commands, mut visuals, tr, came_from, fonts| {
        let layout = match Layout::of(place) {
            Ok(layout) => layout,
            Err(err) => {
                error!("{err}");
                return;
            }
        };
        let scope = DespawnOnExit(AppState::InWorld(place));
        build_shell(&mut commands, &mut visuals, &layout, place);
        for block in &layout.blocks {
            spawn_block(&mut commands, &mut visuals, block, place);
        }
        for sign in &layout.signs {
            spawn_sign(
                &mut commands,
                &mut visuals,
                sign,
                place,
                &tr,
                fonts.as_deref(),
            );
        }
        for npc in &layout.npcs {
            npc::spawn(&mut commands, &mut visuals, npc, place);
        }
        for kiosk in &layout.kiosks {
            spawn_kiosk(&mut commands, &mut visuals, kiosk, place);
        }
        for door in &layout.doors {
            spawn_door(
                &mut commands,
                &mut visuals,
                door,
                place,
                &tr,
                fonts.as_deref(),
            );
        }
        for lamp in &layout.lamps {
            commands.spawn((
                Name::new("lamp"),
                scope.clone(),
                PlacePiece(place),
                Transform::from_translation(Vec3::new(lamp.pos.0, lamp.pos.1, lamp.pos.2)),
                PointLight {
                    intensity: lamp.intensity,
                    range: 6.0,
                    shadow_maps_enabled: false,
                    ..default()
                },
            ));
        }
        let (position, yaw) = layout::arrival(&layout, came_from.0);
        let arrival = Arrival {
            place,
            position,
            yaw,
        };
        commands.insert_resource(arrival);
        commands.trigger(arrival);
    }
}

fn build_shell(commands: &mut Commands, visuals: &mut Visuals, layout: &Layout, place: Place) {
    let (w, d) = layout.size;
    let h = layout.wall_height;
    let scope = DespawnOnExit(AppState::InWorld(place));
    let floor_color = color_or_grey(&layout.floor);
    let mut floor = commands.spawn((
        Name::new("floor"),
        scope.clone(),
        PlacePiece(place),
        Transform::from_xyz(0.0, -0.1, 0.0),
        Collider::cuboid(w / 2.0 + WALL, 0.1, d / 2.0 + WALL),
    ));
    visuals.dress(
        &mut floor,
        Cuboid::new(w + 2.0 * WALL, 0.2, d + 2.0 * WALL),
        floor_color,
        false,
    );
    let wall_color = color_or_grey(&layout.walls);
    let walls = [
        (
            "wall north",
            Vec3::new(0.0, h / 2.0, -d / 2.0 - WALL / 2.0),
            Vec3::new(w + 2.0 * WALL, h, WALL),
        ),
        (
            "wall south",
            Vec3::new(0.0, h / 2.0, d / 2.0 + WALL / 2.0),
            Vec3::new(w + 2.0 * WALL, h, WALL),
        ),
        (
            "wall west",
            Vec3::new(-w / 2.0 - WALL / 2.0, h / 2.0, 0.0),
            Vec3::new(WALL, h, d),
        ),
        (
            "wall east",
            Vec3::new(w / 2.0 + WALL / 2.0, h / 2.0, 0.0),
            Vec3::new(WALL, h, d),
        ),
    ];
    for (name, pos, size) in walls {
        let outward = Vec3::new(pos.x, 0.0, pos.z).normalize_or_zero();
        let mut wall = commands.spawn((
            Name::new(name),
            scope.clone(),
            PlacePiece(place),
            Transform::from_translation(pos),
            Visibility::default(),
            Collider::cuboid(size.x / 2.0, size.y / 2.0, size.z / 2.0),
        ));
        wall.with_children(|children| {
            let mut visual = children.spawn((
                Transform::default(),
                CutawayWall {
                    outward,
                    height: size.y,
                },
            ));
            visuals.dress(
                &mut visual,
                Cuboid::new(size.x, size.y, size.z),
                wall_color,
                false,
            );
        });
        // A skirting board makes the room read as a room from above.
        let mut skirting = commands.spawn((
            Name::new("skirting"),
            scope.clone(),
            PlacePiece(place),
            Transform::from_translation(Vec3::new(pos.x, 0.06, pos.z)),
        ));
        visuals.dress(
            &mut skirting,
            Cuboid::new(size.x + 0.04, 0.12, size.z + 0.04),
            Color::srgb(0.35, 0.33, 0.31),
            false,
        );
    }
}

fn spawn_block(commands: &mut Commands, visuals: &mut Visuals, block: &Block, place: Place) {
    let (w, h, d) = block.size;
    let mut e = commands.spawn((
        Name::new(block.name.clone()),
        DespawnOnExit(AppState::InWorld(place)),
        PlacePiece(place),
        Transform::from_translation(Vec3::new(block.pos.0, block.pos.1 + h / 2.0, block.pos.2))
            .with_rotation(yaw_rotation(block.yaw)),
    ));
    let color = color_or_grey(&block.color);
    match block.shape {
        Shape::Box => {
            if block.solid {
                e.insert(Collider::cuboid(w / 2.0, h / 2.0, d / 2.0));
            }
            visuals.dress(&mut e, Cuboid::new(w, h, d), color, block.glow);
        }
        Shape::Cylinder => {
            if block.solid {
                e.insert(Collider::cylinder(h / 2.0, w / 2.0));
            }
            visuals.dress(&mut e, Cylinder::new(w / 2.0, h), color, block.glow);
        }
    }
}

fn spawn_sign(
    commands: &mut Commands,
    visuals: &mut Visuals,
    def: &SignDef,
    place: Place,
    tr: &Tr,
    fonts: Option<&SignFonts>,
) {
    let sign = Sign {
        key: def.text.clone(),
        number: def.number,
        size: Vec2::new(def.size.0, def.size.1),
        background: color_or_grey(&def.background),
        color: color_or_grey(&def.color),
    };
    let transform = Transform::from_translation(Vec3::new(def.pos.0, def.pos.1, def.pos.2))
        .with_rotation(yaw_rotation(def.yaw));
    spawn_sign_entity(commands, visuals, sign, transform, place, tr, fonts);
}

fn sign_text(tr: &Tr, sign: &Sign) -> String {
    match sign.number {
        Some(n) => tr.with(&sign.key, "number", n),
        None => tr.get(&sign.key),
    }
}

fn spawn_sign_entity(
    commands: &mut Commands,
    visuals: &mut Visuals,
    sign: Sign,
    transform: Transform,
    place: Place,
    tr: &Tr,
    fonts: Option<&SignFonts>,
) {
    let text = sign_text(tr, &sign);
    let mut e = commands.spawn((
        Name::new(format!("sign {}", sign.key)),
        DespawnOnExit(AppState::InWorld(place)),
        PlacePiece(place),
        transform,
        SignText(text.clone()),
    ));
    if let (Some(fonts), Some(images), Some(mesh)) = (
        fonts,
        visuals.images.as_mut(),
        visuals
            .meshes
            .as_mut()
            .map(|m| m.add(Rectangle::new(sign.size.x, sign.size.y))),
    ) {
        let image = images.add(sign::sign_image(fonts, &sign, &text, tr.language()));
        if let Some(materials) = visuals.materials.as_mut() {
            let material = materials.add(StandardMaterial {
                base_color_texture: Some(image),
                unlit: true,
                ..default()
            });
            e.insert((Mesh3d(mesh), MeshMaterial3d(material), NotShadowCaster));
        }
    }
    e.insert(sign);
}

/// Redraws every sign whose text changed (the language was switched).
fn refresh_signs(
    settings: Res<Settings>,
    tr: Tr,
    fonts: Option<Res<SignFonts>>,
    mut signs: Query<(
        &Sign,
        &mut SignText,
        Option<&MeshMaterial3d<StandardMaterial>>,
    )>,
    mut materials: Option<ResMut<Assets<StandardMaterial>>>,
    mut images: Option<ResMut<Assets<Image>>>,
) {
    if !settings.is_changed() {
        return;
    }
    for (sign, mut shown, material) in &mut signs {
        let text = sign_text(&tr, sign);
        if shown.0 == text {
            continue;
        }
        shown.0 = text.clone();
        if let (Some(fonts), Some(images), Some(materials), Some(material)) = (
            fonts.as_deref(),
            images.as_mut(),
            materials.as_mut(),
            material,
        ) && let Some(mut material) = materials.get_mut(&material.0)
        {
            material.base_color_texture =
                Some(images.add(sign::sign_image(fonts, sign, &text, tr.language())));
        }
    }
}

fn spawn_kiosk(commands: &mut Commands, visuals: &mut Visuals, kiosk: &KioskDef, place: Place) {
    let kind = PanelKind::from(kiosk.kind);
    let mut root = commands.spawn((
        Name::new(format!("kiosk {kind:?}")),
        DespawnOnExit(AppState::InWorld(place)),
        PlacePiece(place),
        Transform::from_translation(Vec3::new(kiosk.pos.0, 0.0, kiosk.pos.1))
            .with_rotation(yaw_rotation(kiosk.yaw)),
        Visibility::default(),
        Interactable {
            action: Action::Open(kind),
            name_key: kiosk.name.clone(),
            range: KIOSK_REACH,
        },
    ));
    // (offset of the centre, size, colour, glows)
    let parts: Vec<(Vec3, Vec3, Color, bool)> = match kind {
        // The staff door: a door in the wall with a code lock that glows.
        PanelKind::Desk => vec![
            (
                Vec3::new(0.0, 1.1, -0.55),
                Vec3::new(1.0, 2.2, 0.08),
                Color::srgb(0.43, 0.35, 0.48),
                false,
            ),
            (
                Vec3::new(0.38, 1.0, -0.5),
                Vec3::new(0.06, 0.06, 0.06),
                Color::srgb(0.85, 0.85, 0.85),
                false,
            ),
            (
                Vec3::new(-0.62, 1.1, -0.5),
                Vec3::new(0.14, 0.22, 0.04),
                Color::srgb(0.3, 0.9, 0.5),
                true,
            ),
        ],
        PanelKind::Counselling => vec![
            (
                Vec3::new(0.0, 0.5, 0.0),
                Vec3::new(0.55, 1.0, 0.4),
                Color::srgb(0.16, 0.62, 0.56),
                false,
            ),
            (
                Vec3::new(0.0, 1.3, 0.02),
                Vec3::new(0.75, 0.6, 0.08),
                Color::srgb(0.1, 0.1, 0.12),
                false,
            ),
            (
                Vec3::new(0.0, 1.3, 0.065),
                Vec3::new(0.65, 0.5, 0.01),
                Color::srgb(0.55, 0.85, 0.95),
                true,
            ),
        ],
        PanelKind::Forum => vec![
            (
                Vec3::new(0.0, 1.45, 0.0),
                Vec3::new(2.2, 1.3, 0.06),
                Color::srgb(0.76, 0.6, 0.42),
                false,
            ),
            (
                Vec3::new(-0.6, 1.7, 0.04),
                Vec3::new(0.4, 0.4, 0.01),
                Color::srgb(1.0, 0.93, 0.45),
                false,
            ),
            (
                Vec3::new(0.05, 1.5, 0.04),
                Vec3::new(0.45, 0.35, 0.01),
                Color::srgb(0.6, 0.85, 1.0),
                false,
            ),
            (
                Vec3::new(0.65, 1.72, 0.04),
                Vec3::new(0.35, 0.45, 0.01),
                Color::srgb(1.0, 0.7, 0.75),
                false,
            ),
            (
                Vec3::new(-0.3, 1.12, 0.04),
                Vec3::new(0.5, 0.3, 0.01),
                Color::srgb(0.7, 1.0, 0.7),
                false,
            ),
            (
                Vec3::new(0.55, 1.15, 0.04),
                Vec3::new(0.4, 0.35, 0.01),
                Color::srgb(1.0, 1.0, 1.0),
                false,
            ),
        ],
        PanelKind::Documents => vec![
            (
                Vec3::new(0.0, 0.37, 0.0),
                Vec3::new(1.6, 0.74, 0.75),
                Color::srgb(0.51, 0.7, 0.6),
                false,
            ),
            (
                Vec3::new(0.0, 0.76, 0.05),
                Vec3::new(0.4, 0.02, 0.3),
                Color::srgb(0.2, 0.2, 0.22),
                false,
            ),
            (
                Vec3::new(0.0, 0.93, -0.1),
                Vec3::new(0.4, 0.28, 0.02),
                Color::srgb(0.55, 0.85, 0.95),
                true,
            ),
            (
                Vec3::new(0.5, 0.76, 0.1),
                Vec3::new(0.25, 0.02, 0.32),
                Color::WHITE,
                false,
            ),
        ],
        PanelKind::Interview => vec![(
            Vec3::new(0.0, 0.5, 0.0),
            Vec3::new(0.6, 1.0, 0.6),
            Color::WHITE,
            false,
        )],
    };
    let footprint = parts[0].1;
    root.insert(Collider::compound(vec![(
        parts[0].0,
        Quat::IDENTITY,
        Collider::cuboid(
            footprint.x / 2.0,
            footprint.y / 2.0,
            footprint.z.max(0.2) / 2.0,
        ),
    )]));
    root.with_children(|children| {
        for (offset, size, color, glow) in parts {
            let mut part = children.spawn(Transform::from_translation(offset));
            visuals.dress(&mut part, Cuboid::new(size.x, size.y, size.z), color, glow);
        }
    });
}

fn spawn_door(
    commands: &mut Commands,
    visuals: &mut Visuals,
    door: &DoorDef,
    place: Place,
    tr: &Tr,
    fonts: Option<&SignFonts>,
) {
    let rotation = yaw_rotation(door.yaw);
    let base = Vec3::new(door.pos.0, 0.0, door.pos.1);
    let facing = rotation * Vec3::Z;
    let mut root = commands.spawn((
        Name::new(format!("door to {}", door.to)),
        DespawnOnExit(AppState::InWorld(place)),
        PlacePiece(place),
        Transform::from_translation(base).with_rotation(rotation),
        Visibility::default(),
        Interactable {
            action: Action::Door(door.to),
            name_key: door.label.clone(),
            range: DOOR_REACH,
        },
        door::DoorTrigger { to: door.to },
        // A sensor, so clicking the door finds it while walking is unaffected.
        Collider::compound(vec![(
            Vec3::new(0.0, 1.1, 0.05),
            Quat::IDENTITY,
            Collider::cuboid(0.65, 1.1, 0.05),
        )]),
        Sensor,
    ));
    let parts = [
        (
            Vec3::new(0.0, 1.1, 0.03),
            Vec3::new(1.3, 2.2, 0.06),
            Color::srgb(0.42, 0.27, 0.17),
        ),
        (
            Vec3::new(0.45, 1.05, 0.08),
            Vec3::new(0.14, 0.04, 0.06),
            Color::srgb(0.85, 0.8, 0.6),
        ),
        (
            Vec3::new(-0.72, 1.15, 0.04),
            Vec3::new(0.12, 2.3, 0.1),
            Color::srgb(0.95, 0.95, 0.95),
        ),
        (
            Vec3::new(0.72, 1.15, 0.04),
            Vec3::new(0.12, 2.3, 0.1),
            Color::srgb(0.95, 0.95, 0.95),
        ),
        (
            Vec3::new(0.0, 2.32, 0.04),
            Vec3::new(1.56, 0.12, 0.1),
            Color::srgb(0.95, 0.95, 0.95),
        ),
    ];
    root.with_children(|children| {
        for (offset, size, color) in parts {
            let mut part = children.spawn(Transform::from_translation(offset));
            visuals.dress(&mut part, Cuboid::new(size.x, size.y, size.z), color, false);
        }
    });
    let label = Sign {
        key: door.label.clone(),
        number: None,
        size: Vec2::new(2.2, 0.36),
        background: Color::srgb(0.15, 0.27, 0.33),
        color: Color::WHITE,
    };
    let at = base + facing * 0.06 + Vec3::Y * 2.66;
    spawn_sign_entity(
        commands,
        visuals,
        label,
        Transform::from_translation(at).with_rotation(rotation),
        place,
        tr,
        fonts,
    );
}

/// Lowers the walls between the camera and the room, raises the others again.
fn cut_away_walls(
    time: Res<Time>,
    camera: Query<&GlobalTransform, With<Camera3d>>,
    parents: Query<&Transform, Without<CutawayWall>>,
    mut walls: Query<(&CutawayWall, &ChildOf, &mut Transform)>,
) {
    let Ok(camera) = camera.single() else {
        return;
    };
    let eye = camera.translation();
    let step = (time.delta_secs() * 8.0).min(1.0);
    for (wall, child_of, mut transform) in &mut walls {
        let Ok(parent) = parents.get(child_of.parent()) else {
            continue;
        };
        let behind = (eye - parent.translation).dot(wall.outward) > 0.0;
        let wanted = if behind {
            CUTAWAY_HEIGHT / wall.height
        } else {
            1.0
        };
        let scale = transform.scale.y + (wanted - transform.scale.y) * step;
        transform.scale.y = scale;
        // Keep the wall standing on the floor while it shrinks.
        transform.translation.y = -wall.height * (1.0 - scale) / 2.0;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use bevy::mesh::VertexAttributeValues;

    #[test]
    fn a_whole_body_is_its_parts_in_place_and_in_their_colours() {
        let red = Color::srgb(1.0, 0.0, 0.0);
        let blue = Color::srgb(0.0, 0.0, 1.0);
        let parts = [
            (Vec3::new(0.0, -0.4, 0.0), PersonShape::Legs, blue),
            (Vec3::new(0.0, 0.78, 0.0), PersonShape::Head, red),
        ];
        let legs = PersonShape::Legs.mesh();
        let head = PersonShape::Head.mesh();
        let body = body_mesh(&parts);
        let (n_legs, n_head) = (legs.count_vertices(), head.count_vertices());
        assert_eq!(body.count_vertices(), n_legs + n_head);
        let index_count = |m: &Mesh| m.indices().map_or(0, |i| i.len());
        assert_eq!(index_count(&body), index_count(&legs) + index_count(&head));
        // Every index points into the body, and the head's into its own vertices.
        let indices: Vec<usize> = body.indices().into_iter().flat_map(|i| i.iter()).collect();
        assert!(indices.iter().all(|&i| i < n_legs + n_head));
        assert!(indices[index_count(&legs)..].iter().all(|&i| i >= n_legs));

        let Some(VertexAttributeValues::Float32x4(colours)) = body.attribute(Mesh::ATTRIBUTE_COLOR)
        else {
            panic!("the body has vertex colours");
        };
        let linear = |c: Color| c.to_linear().to_f32_array();
        assert!(colours[..n_legs].iter().all(|c| *c == linear(blue)));
        assert!(colours[n_legs..].iter().all(|c| *c == linear(red)));

        let Some(VertexAttributeValues::Float32x3(positions)) =
            body.attribute(Mesh::ATTRIBUTE_POSITION)
        else {
            panic!("the body has positions");
        };
        // The head (radius 0.17) sits around 0.78 m, the legs (0.9 m tall) around -0.4 m.
        let ys = |range: &[[f32; 3]]| {
            range.iter().fold((f32::MAX, f32::MIN), |(lo, hi), p| {
                (lo.min(p[1]), hi.max(p[1]))
            })
        };
        let (lo, hi) = ys(&positions[n_legs..]);
        assert!(
            (lo - 0.61).abs() < 1e-4 && (hi - 0.95).abs() < 1e-4,
            "head {lo}..{hi}"
        );
        let (lo, hi) = ys(&positions[..n_legs]);
        assert!(
            (lo + 0.85).abs() < 1e-4 && (hi - 0.05).abs() < 1e-4,
            "legs {lo}..{hi}"
        );
    }
}
