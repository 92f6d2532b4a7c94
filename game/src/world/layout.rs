//! The places as data: `assets/world/<place>.ron` describes each room's size, furniture,
//! signs, NPCs, kiosks, doors and lights, so staff can rearrange a room without touching Rust.

use bevy::prelude::*;
use serde::Deserialize;

use crate::core::state::Place;
use crate::interact::PanelKind;

/// A colour written as `#rrggbb`.
#[derive(Deserialize, Clone, Debug, PartialEq)]
#[serde(transparent)]
pub struct Hex(pub String);

impl Hex {
    /// The colour, or an error naming the bad text.
    pub fn color(&self) -> Result<Color, String> {
        Srgba::hex(&self.0)
            .map(Color::from)
            .map_err(|e| format!("bad colour '{}': {e}", self.0))
    }
}

/// A furniture shape.
#[derive(Deserialize, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    /// An axis-aligned box (rotated by `yaw`).
    Box,
    /// An upright cylinder; `size.0` is the diameter.
    Cylinder,
}

/// A piece of furniture or an inner wall.
#[derive(Deserialize, Clone, Debug)]
#[serde(deny_unknown_fields)]
pub struct Block {
    pub name: String,
    #[serde(default = "box_shape")]
    pub shape: Shape,
    /// Centre in x and z, bottom in y (metres).
    pub pos: (f32, f32, f32),
    /// Width (x), height (y), depth (z).
    pub size: (f32, f32, f32),
    pub color: Hex,
    /// Degrees around the vertical axis.
    #[serde(default)]
    pub yaw: f32,
    /// Whether it blocks walking (floor markings and lamps do not).
    #[serde(default = "yes")]
    pub solid: bool,
    /// Whether it glows (screens, lamps).
    #[serde(default)]
    pub glow: bool,
}

fn box_shape() -> Shape {
    Shape::Box
}

fn yes() -> bool {
    true
}

/// A sign with translated text.
#[derive(Deserialize, Clone, Debug)]
#[serde(deny_unknown_fields)]
pub struct SignDef {
    /// Locale key of the text.
    pub text: String,
    /// Optional `{ $number }` argument.
    #[serde(default)]
    pub number: Option<i64>,
    /// Centre of the sign.
    pub pos: (f32, f32, f32),
    pub yaw: f32,
    /// Width and height in metres.
    pub size: (f32, f32),
    pub background: Hex,
    pub color: Hex,
}

/// What an NPC does when talked to.
#[derive(Deserialize, Clone, Debug)]
#[serde(deny_unknown_fields)]
pub struct NpcDef {
    pub id: String,
    /// Locale key of the role name.
    pub name: String,
    /// Locale key of what the NPC says.
    pub line: String,
    pub pos: (f32, f32),
    pub yaw: f32,
    pub shirt: Hex,
    #[serde(default)]
    pub seated: bool,
    /// A panel the NPC opens instead of a short talk (the interviewer opens the interview).
    #[serde(default)]
    pub panel: Option<PanelKind>,
    /// A lesson (`assets/dialogue/lesson/<id>.ron`) the NPC offers after its line.
    #[serde(default)]
    pub lesson: Option<String>,
}

/// A kiosk, board or desk that opens a panel.
#[derive(Deserialize, Clone, Debug)]
#[serde(deny_unknown_fields)]
pub struct KioskDef {
    pub kind: PanelKind,
    /// Locale key of its name.
    pub name: String,
    pub pos: (f32, f32),
    pub yaw: f32,
}

/// A door to another place.
#[derive(Deserialize, Clone, Debug)]
#[serde(deny_unknown_fields)]
pub struct DoorDef {
    pub to: Place,
    /// Locale key of the label above it.
    pub label: String,
    /// Position on the wall (x, z); the door faces into the room along `yaw`.
    pub pos: (f32, f32),
    pub yaw: f32,
}

/// A ceiling lamp.
#[derive(Deserialize, Clone, Debug)]
#[serde(deny_unknown_fields)]
pub struct LampDef {
    pub pos: (f32, f32, f32),
    #[serde(default = "lamp_intensity")]
    pub intensity: f32,
}

fn lamp_intensity() -> f32 {
    250_000.0
}

/// One whole place.
#[derive(Deserialize, Clone, Debug)]
#[serde(deny_unknown_fields)]
pub struct Layout {
    /// Inner width (x) and depth (z) of the room, centred on the origin.
    pub size: (f32, f32),
    pub wall_height: f32,
    pub floor: Hex,
    pub walls: Hex,
    /// Where one arrives when no door leads here (x, z) and the facing in degrees.
    pub spawn: (f32, f32),
    pub spawn_yaw: f32,
    #[serde(default)]
    pub blocks: Vec<Block>,
    #[serde(default)]
    pub signs: Vec<SignDef>,
    #[serde(default)]
    pub npcs: Vec<NpcDef>,
    #[serde(default)]
    pub kiosks: Vec<KioskDef>,
    #[serde(default)]
    pub doors: Vec<DoorDef>,
    #[serde(default)]
    pub lamps: Vec<LampDef>,
}

/// The embedded layout text of a place.
pub fn source(place: Place) -> &'static str {
    match place {
        Place::JobCentre => include_str!("../../../assets/world/job_centre.ron"),
        Place::Company => include_str!("../../../assets/world/company.ron"),
        Place::InterviewRoom => include_str!("../../../assets/world/interview_room.ron"),
    }
}

impl Layout {
    /// Parses and checks a layout.
    pub fn parse(text: &str) -> Result<Self, String> {
        let layout: Layout = ron::from_str(text).map_err(|e| e.to_string())?;
        layout.validate()?;
        Ok(layout)
    }

    /// The layout of `place`; the embedded files are checked by tests, so failure is a bug,
    /// reported with the reason.
    pub fn of(place: Place) -> Result<Self, String> {
        Self::parse(source(place)).map_err(|e| format!("assets/world/{place}.ron: {e}"))
    }

    /// Whether (x, z) is inside the room, `margin` metres from the walls.
    pub fn contains(&self, (x, z): (f32, f32), margin: f32) -> bool {
        x.abs() <= self.size.0 / 2.0 - margin && z.abs() <= self.size.1 / 2.0 - margin
    }

    fn validate(&self) -> Result<(), String> {
        let positive = |v: f32| v.is_finite() && v > 0.0;
        if !positive(self.size.0) || !positive(self.size.1) || !positive(self.wall_height) {
            return Err("room size and wall height must be positive".into());
        }
        self.floor.color()?;
        self.walls.color()?;
        if !self.contains(self.spawn, 0.4) {
            return Err("spawn point lies outside the room".into());
        }
        for b in &self.blocks {
            b.color.color()?;
            if !positive(b.size.0) || !positive(b.size.1) || !positive(b.size.2) {
                return Err(format!("block '{}' needs a positive size", b.name));
            }
        }
        for s in &self.signs {
            s.background.color()?;
            s.color.color()?;
        }
        for n in &self.npcs {
            n.shirt.color()?;
            if !self.contains(n.pos, 0.2) {
                return Err(format!("NPC '{}' stands outside the room", n.id));
            }
        }
        for k in &self.kiosks {
            if !self.contains(k.pos, 0.1) {
                return Err(format!("kiosk '{}' stands outside the room", k.name));
            }
        }
        for d in &self.doors {
            if self.contains(d.pos, 0.5) {
                return Err(format!("door to {} is not on a wall", d.to));
            }
        }
        Ok(())
    }

    /// Where someone coming from `from` appears: in front of the door that leads back there,
    /// facing into the room; otherwise the spawn point.
    pub fn arrival(&self, from: Option<Place>) -> (Vec3, f32) {
        if let Some(door) = from.and_then(|f| self.doors.iter().find(|d| d.to == f)) {
            let facing = Quat::from_rotation_y(door.yaw.to_radians()) * Vec3::Z;
            let pos = Vec3::new(door.pos.0, 0.0, door.pos.1) + facing * 2.0;
            return (pos, door.yaw);
        }
        (Vec3::new(self.spawn.0, 0.0, self.spawn.1), self.spawn_yaw)
    }
}

/// Rotation for a yaw in degrees (0 faces +Z).
pub fn yaw_rotation(yaw_degrees: f32) -> Quat {
    Quat::from_rotation_y(yaw_degrees.to_radians())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_place_parses_and_has_its_doors() {
        for place in Place::ALL {
            let layout = Layout::of(place).unwrap_or_else(|e| panic!("{e}"));
            assert!(!layout.doors.is_empty(), "{place} has no door");
            for door in &layout.doors {
                let back = Layout::of(door.to).unwrap_or_else(|e| panic!("{e}"));
                assert!(
                    back.doors.iter().any(|d| d.to == place),
                    "{} has no door back to {place}",
                    door.to
                );
                let (arrive, _) = back.arrival(Some(place));
                assert!(
                    back.contains((arrive.x, arrive.z), 0.3),
                    "arrival in {} outside",
                    door.to
                );
            }
        }
    }

    #[test]
    fn bad_layouts_are_rejected_with_a_reason() {
        let base = source(Place::InterviewRoom);
        assert!(Layout::parse("(").is_err());
        let bad_colour = base.replacen("floor: \"#", "floor: \"#zz", 1);
        assert!(
            Layout::parse(&bad_colour)
                .expect_err("bad colour")
                .contains("colour")
        );
    }
}
