//! The places as data, without Bevy: `assets/world/<place>.ron` describes each room's size,
//! furniture, signs, NPCs, kiosks, doors and lights, so staff can rearrange a room without
//! touching Rust. The game builds the rooms from it; the server checks avatar moves against it
//! ([`Layout::walkable`]), so both agree on where one can stand.
//!
//! Coordinates are metres on the floor plane: `x` to the east, `z` to the south, the room
//! centred on the origin. A yaw is in degrees around the vertical axis; yaw 0 faces +z and yaw 90
//! faces +x (Bevy's `Quat::from_rotation_y`), see [`ahead`].

mod walk;

use serde::Deserialize;

pub use lernwelt_protocol::Place;

/// How close (metres, on the floor plane) the player must be to use a kiosk.
pub const KIOSK_REACH: f32 = 2.2;
/// How close the player must be to talk to an NPC.
pub const NPC_REACH: f32 = 2.4;
/// How close the player must be to use a door.
pub const DOOR_REACH: f32 = 1.5;
/// How far in front of a door one arrives through it.
pub const ARRIVAL_DISTANCE: f32 = 2.0;

/// A colour written as `#rrggbb` (or the short `#rgb`).
#[derive(Deserialize, Clone, Debug, PartialEq)]
#[serde(transparent)]
pub struct Hex(pub String);

impl Hex {
    /// The sRGB bytes, or an error naming the bad text.
    pub fn rgb(&self) -> Result<[u8; 3], String> {
        let bad = |why: &str| format!("bad colour '{}': {why}", self.0);
        let digits = self.0.strip_prefix('#').unwrap_or(&self.0);
        if !digits.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(bad("not a hex number"));
        }
        // Only ASCII hex digits from here on, so byte slicing is safe.
        let byte = |s: &str| u8::from_str_radix(s, 16).map_err(|e| bad(&e.to_string()));
        match digits.len() {
            6 => Ok([
                byte(&digits[0..2])?,
                byte(&digits[2..4])?,
                byte(&digits[4..6])?,
            ]),
            3 => {
                let nibble = |i: usize| byte(&digits[i..=i]).map(|v| v * 17);
                Ok([nibble(0)?, nibble(1)?, nibble(2)?])
            }
            _ => Err(bad("expected #rrggbb")),
        }
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

/// What a kiosk, desk or NPC opens; the game maps it to its panel.
#[derive(Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum KioskKind {
    Counselling,
    Forum,
    Interview,
    Documents,
    /// The counsellors' desk behind the staff door.
    Desk,
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
    pub panel: Option<KioskKind>,
    /// A lesson (`assets/dialogue/lesson/<id>.ron`) the NPC offers after its line.
    #[serde(default)]
    pub lesson: Option<String>,
}

/// A kiosk, board or desk that opens a panel.
#[derive(Deserialize, Clone, Debug)]
#[serde(deny_unknown_fields)]
pub struct KioskDef {
    pub kind: KioskKind,
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

/// The point `distance` metres ahead of `(x, z)` when facing `yaw` degrees (0 faces +z, 90
/// faces +x: the direction Bevy's `Quat::from_rotation_y(yaw)` turns +z to).
pub fn ahead((x, z): (f32, f32), yaw: f32, distance: f32) -> (f32, f32) {
    let (sin, cos) = yaw.to_radians().sin_cos();
    (x + sin * distance, z + cos * distance)
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

    /// The door of this place that leads to `to`, if there is one.
    pub fn door_to(&self, to: Place) -> Option<&DoorDef> {
        self.doors.iter().find(|d| d.to == to)
    }

    fn validate(&self) -> Result<(), String> {
        let positive = |v: f32| v.is_finite() && v > 0.0;
        if !positive(self.size.0) || !positive(self.size.1) || !positive(self.wall_height) {
            return Err("room size and wall height must be positive".into());
        }
        self.floor.rgb()?;
        self.walls.rgb()?;
        if !self.contains(self.spawn, 0.4) {
            return Err("spawn point lies outside the room".into());
        }
        for b in &self.blocks {
            b.color.rgb()?;
            if !positive(b.size.0) || !positive(b.size.1) || !positive(b.size.2) {
                return Err(format!("block '{}' needs a positive size", b.name));
            }
        }
        for s in &self.signs {
            s.background.rgb()?;
            s.color.rgb()?;
        }
        for n in &self.npcs {
            n.shirt.rgb()?;
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

    /// Where someone coming from `from` appears, as ((x, z), yaw in degrees): [`ARRIVAL_DISTANCE`]
    /// in front of the door that leads back there, facing into the room; otherwise the spawn
    /// point.
    pub fn arrival(&self, from: Option<Place>) -> ((f32, f32), f32) {
        match from.and_then(|f| self.door_to(f)) {
            Some(door) => (ahead(door.pos, door.yaw, ARRIVAL_DISTANCE), door.yaw),
            None => (self.spawn, self.spawn_yaw),
        }
    }
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
                    back.door_to(place).is_some(),
                    "{} has no door back to {place}",
                    door.to
                );
                let (arrive, _) = back.arrival(Some(place));
                assert!(back.contains(arrive, 0.3), "arrival in {} outside", door.to);
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

    #[test]
    fn arrival_is_in_front_of_the_door_back_or_the_spawn() {
        let company = Layout::of(Place::Company).unwrap_or_else(|e| panic!("{e}"));
        let door = company
            .door_to(Place::JobCentre)
            .expect("door to the job centre");
        assert_eq!((door.pos, door.yaw), ((-6.0, 8.0), 180.0));
        let ((x, z), yaw) = company.arrival(Some(Place::JobCentre));
        assert!(
            (x + 6.0).abs() < 1e-5 && (z - 6.0).abs() < 1e-5,
            "({x}, {z})"
        );
        assert_eq!(yaw, 180.0);
        assert_eq!(company.arrival(None), (company.spawn, company.spawn_yaw));
        // No door of the company leads to the company: the spawn point.
        assert_eq!(
            company.arrival(Some(Place::Company)),
            (company.spawn, company.spawn_yaw)
        );
        assert!(company.door_to(Place::Company).is_none());
    }

    #[test]
    fn ahead_follows_the_yaw_convention() {
        let close =
            |(a, b): (f32, f32), (c, d): (f32, f32)| (a - c).abs() < 1e-5 && (b - d).abs() < 1e-5;
        assert!(close(ahead((1.0, 2.0), 0.0, 1.0), (1.0, 3.0)));
        assert!(close(ahead((1.0, 2.0), 90.0, 1.0), (2.0, 2.0)));
        assert!(close(ahead((1.0, 2.0), 180.0, 2.0), (1.0, 0.0)));
        assert!(close(ahead((1.0, 2.0), -90.0, 1.0), (0.0, 2.0)));
    }

    #[test]
    fn hex_colours() {
        let rgb = |s: &str| Hex(s.into()).rgb();
        assert_eq!(rgb("#1d4e89"), Ok([0x1d, 0x4e, 0x89]));
        assert_eq!(rgb("#FFFFFF"), Ok([255, 255, 255]));
        assert_eq!(rgb("#fc0"), Ok([0xff, 0xcc, 0x00]));
        assert_eq!(rgb("a8dadc"), Ok([0xa8, 0xda, 0xdc]));
        for bad in [
            "",
            "#",
            "#12345",
            "#1234567",
            "#zzzzzz",
            "#+12345",
            "#ääää",
            "#11223344",
        ] {
            let err = rgb(bad).expect_err(bad);
            assert!(err.contains("colour") && err.contains(bad), "{err}");
        }
    }

    #[test]
    fn kiosk_kinds_and_old_place_names_read() {
        let layout = Layout::of(Place::InterviewRoom).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(layout.kiosks[0].kind, KioskKind::Documents);
        assert_eq!(layout.npcs[0].panel, Some(KioskKind::Interview));
        // Files written before places were snake_case still read.
        let old = source(Place::InterviewRoom).replace("to: company", "to: Company");
        assert_ne!(old, source(Place::InterviewRoom));
        let layout = Layout::parse(&old).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(layout.doors[0].to, Place::Company);
    }
}
