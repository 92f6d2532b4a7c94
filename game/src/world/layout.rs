//! The places as data (`assets/world/<place>.ron`, read by the `lernwelt-layout` crate, which the
//! server shares to check moves) and what the game adds to it: Bevy colours, rotations and
//! positions.

use bevy::prelude::*;

pub use lernwelt_layout::{
    Block, DOOR_REACH, DoorDef, Hex, KIOSK_REACH, KioskDef, KioskKind, LampDef, Layout, NPC_REACH,
    NpcDef, Shape, SignDef, source,
};

use crate::core::state::Place;

/// The colour of a layout's `#rrggbb`, or an error naming the bad text.
pub fn color(hex: &Hex) -> Result<Color, String> {
    hex.rgb().map(|[r, g, b]| Color::srgb_u8(r, g, b))
}

/// Where someone coming from `from` appears in `layout`: the point on the floor and the facing
/// in degrees (see [`Layout::arrival`]).
pub fn arrival(layout: &Layout, from: Option<Place>) -> (Vec3, f32) {
    let ((x, z), yaw) = layout.arrival(from);
    (Vec3::new(x, 0.0, z), yaw)
}

/// Rotation for a yaw in degrees (0 faces +Z).
pub fn yaw_rotation(yaw_degrees: f32) -> Quat {
    Quat::from_rotation_y(yaw_degrees.to_radians())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The layout crate turns and places things without Bevy; it must agree with the rotation
    /// the game builds the rooms with.
    #[test]
    fn the_layout_crate_turns_like_bevy() {
        for yaw in [0.0, 30.0, 90.0, -120.0, 180.0, 271.0] {
            let bevy = yaw_rotation(yaw) * Vec3::Z;
            let (x, z) = lernwelt_layout::ahead((0.0, 0.0), yaw, 1.0);
            assert!(
                (bevy.x - x).abs() < 1e-5 && (bevy.z - z).abs() < 1e-5,
                "{yaw}"
            );
        }
        let layout = Layout::of(Place::Company).unwrap_or_else(|e| panic!("{e}"));
        let (at, yaw) = arrival(&layout, Some(Place::JobCentre));
        let door = layout.door_to(Place::JobCentre).expect("door back");
        let expected =
            Vec3::new(door.pos.0, 0.0, door.pos.1) + yaw_rotation(door.yaw) * Vec3::Z * 2.0;
        assert!(at.distance(expected) < 1e-5, "{at} vs {expected}");
        assert_eq!(yaw, door.yaw);
    }

    #[test]
    fn colours_convert_to_bevy() {
        let c = color(&Hex("#1d4e89".into())).expect("colour");
        assert_eq!(c.to_srgba().to_u8_array(), [0x1d, 0x4e, 0x89, 255]);
        assert!(color(&Hex("#zz0000".into())).is_err());
    }

    /// The walkable check the server uses agrees with the colliders the game builds: a turned
    /// box covers what Bevy's rotation of its collider covers.
    #[test]
    fn walkable_turns_boxes_like_bevy() {
        for yaw in [30.0, -30.0, 90.0, 135.0] {
            let room = Layout::parse(&format!(
                "(size: (10.0, 10.0), wall_height: 3.0, floor: \"#808080\", walls: \"#ffffff\", \
                 spawn: (0.0, 4.0), spawn_yaw: 0.0, blocks: [(name: \"slab\", \
                 pos: (1.0, 0.0, -1.0), size: (0.4, 1.0, 3.0), color: \"#000000\", yaw: {yaw})])"
            ))
            .unwrap_or_else(|e| panic!("{e}"));
            let centre = Vec3::new(1.0, 0.0, -1.0);
            // Points in the slab's own frame: inside near both ends, outside beside them.
            for (local, inside) in [
                (Vec3::new(0.15, 0.0, 1.4), true),
                (Vec3::new(-0.15, 0.0, -1.4), true),
                (Vec3::new(0.3, 0.0, 1.4), false),
                (Vec3::new(1.4, 0.0, 0.15), false),
            ] {
                let p = centre + yaw_rotation(yaw) * local;
                assert_eq!(
                    room.walkable((p.x, p.z), 0.0),
                    !inside,
                    "yaw {yaw}, {local}"
                );
            }
        }
    }
}
