//! Where an avatar may stand: the same room walls and solid furniture the game turns into
//! colliders, seen from above, so the server can check moves without a physics engine.

use crate::{Block, Layout, Shape};

impl Layout {
    /// Whether an upright avatar of `radius` metres can stand with its centre at (x, z).
    ///
    /// It must be inside the room at least `radius` from the outer walls and outside the
    /// footprint of every `solid` block, each footprint grown by `radius` (a box's corners grow
    /// round, as a round avatar touches them). This is the game's collider set seen from above:
    /// a box is centred on `pos` (x, z) and turned by `yaw` degrees the way Bevy's
    /// `Quat::from_rotation_y` turns (yaw 90 lays the box's depth along x); a cylinder has the
    /// diameter `size.0`; blocks that are not solid have no collider. Every solid block counts
    /// whatever its height, as the player's capsule (1.7 m, no stepping up) reaches all of them.
    /// Kiosks, NPCs and door frames are not blocks and not checked here.
    ///
    /// Touching a footprint exactly is allowed. A non-finite position or a negative or
    /// non-finite radius is never walkable.
    pub fn walkable(&self, (x, z): (f32, f32), radius: f32) -> bool {
        if !(x.is_finite() && z.is_finite() && radius.is_finite() && radius >= 0.0) {
            return false;
        }
        self.contains((x, z), radius)
            && !self
                .blocks
                .iter()
                .filter(|b| b.solid)
                .any(|b| blocks((x, z), b, radius))
    }
}

/// Whether a disc of `radius` at `point` overlaps the footprint of `block`.
fn blocks(point: (f32, f32), block: &Block, radius: f32) -> bool {
    let dx = point.0 - block.pos.0;
    let dz = point.1 - block.pos.2;
    match block.shape {
        Shape::Cylinder => {
            let reach = block.size.0 / 2.0 + radius;
            dx * dx + dz * dz < reach * reach
        }
        Shape::Box => {
            // Into the box's own frame: turn back by its yaw. Turning (x, z) by +yaw gives
            // (x cos + z sin, -x sin + z cos), so the inverse is the line below.
            let (sin, cos) = block.yaw.to_radians().sin_cos();
            let local_x = dx * cos - dz * sin;
            let local_z = dx * sin + dz * cos;
            let (half_w, half_d) = (block.size.0 / 2.0, block.size.2 / 2.0);
            let out_x = (local_x.abs() - half_w).max(0.0);
            let out_z = (local_z.abs() - half_d).max(0.0);
            let inside = local_x.abs() < half_w && local_z.abs() < half_d;
            inside || out_x * out_x + out_z * out_z < radius * radius
        }
    }
}

#[cfg(test)]
mod tests {
    use std::collections::VecDeque;

    use super::*;
    use crate::{DOOR_REACH, KIOSK_REACH, NPC_REACH, Place, ahead};

    /// The player's capsule radius in the game.
    const AVATAR: f32 = 0.3;

    fn layout(place: Place) -> Layout {
        Layout::of(place).unwrap_or_else(|e| panic!("{e}"))
    }

    /// The first walkable point on the line from `pos` along `yaw`, from half a metre out to
    /// `reach`: where the player stands to use a kiosk or talk to an NPC.
    fn standing_point(
        layout: &Layout,
        pos: (f32, f32),
        yaw: f32,
        reach: f32,
    ) -> Option<(f32, f32)> {
        (10..)
            .map(|step| step as f32 * 0.05)
            .take_while(|d| *d <= reach - 0.05)
            .map(|d| ahead(pos, yaw, d))
            .find(|p| layout.walkable(*p, AVATAR))
    }

    /// The spots a visitor must reach in a place: the spawn, every arrival, and where one
    /// stands to use each kiosk and NPC, with a name for messages.
    fn spots(place: Place) -> Vec<(String, (f32, f32))> {
        let layout = layout(place);
        let mut spots = vec![("spawn".to_owned(), layout.spawn)];
        for door in &layout.doors {
            let (at, _) = layout.arrival(Some(door.to));
            spots.push((format!("arrival from {}", door.to), at));
        }
        for kiosk in &layout.kiosks {
            let at = standing_point(&layout, kiosk.pos, kiosk.yaw, KIOSK_REACH)
                .unwrap_or_else(|| panic!("{place}: nowhere to stand at kiosk {:?}", kiosk.kind));
            spots.push((format!("kiosk {:?}", kiosk.kind), at));
        }
        for npc in &layout.npcs {
            let at = standing_point(&layout, npc.pos, npc.yaw, NPC_REACH)
                .unwrap_or_else(|| panic!("{place}: nowhere to stand at NPC {}", npc.id));
            spots.push((format!("NPC {}", npc.id), at));
        }
        spots
    }

    #[test]
    fn spawn_arrivals_kiosks_and_npcs_have_room_to_stand() {
        for place in Place::ALL {
            let layout = layout(place);
            for (what, at) in spots(place) {
                assert!(layout.walkable(at, AVATAR), "{place}: {what} at {at:?}");
            }
            // Kiosks stand free: one metre in front of each is walkable.
            for kiosk in &layout.kiosks {
                let at = ahead(kiosk.pos, kiosk.yaw, 1.0);
                assert!(
                    layout.walkable(at, AVATAR),
                    "{place}: kiosk {:?}",
                    kiosk.kind
                );
            }
        }
    }

    /// Every spot can be walked to from the spawn on a 5 cm grid, so no piece of furniture
    /// shuts a kiosk, an NPC or a door off.
    #[test]
    fn every_spot_is_reachable_from_the_spawn() {
        const STEP: f32 = 0.05;
        for place in Place::ALL {
            let layout = layout(place);
            let (nx, nz) = (
                (layout.size.0 / STEP) as i32 + 1,
                (layout.size.1 / STEP) as i32 + 1,
            );
            let cell = |(x, z): (f32, f32)| {
                (
                    ((x + layout.size.0 / 2.0) / STEP).round() as i32,
                    ((z + layout.size.1 / 2.0) / STEP).round() as i32,
                )
            };
            let point = |(i, k): (i32, i32)| {
                (
                    i as f32 * STEP - layout.size.0 / 2.0,
                    k as f32 * STEP - layout.size.1 / 2.0,
                )
            };
            let index = |(i, k): (i32, i32)| (k * nx + i) as usize;
            let mut seen = vec![false; (nx * nz) as usize];
            let start = cell(layout.spawn);
            let mut queue = VecDeque::from([start]);
            seen[index(start)] = true;
            while let Some((i, k)) = queue.pop_front() {
                for next in [(i + 1, k), (i - 1, k), (i, k + 1), (i, k - 1)] {
                    let inside = (0..nx).contains(&next.0) && (0..nz).contains(&next.1);
                    if inside && !seen[index(next)] && layout.walkable(point(next), AVATAR) {
                        seen[index(next)] = true;
                        queue.push_back(next);
                    }
                }
            }
            // A spot counts as reached when a grid point next to it was.
            let reached = |at: (f32, f32)| {
                let (i, k) = cell(at);
                (-1..=1).any(|di| {
                    (-1..=1).any(|dk| {
                        let next = (i + di, k + dk);
                        (0..nx).contains(&next.0) && (0..nz).contains(&next.1) && seen[index(next)]
                    })
                })
            };
            for (what, at) in spots(place) {
                assert!(reached(at), "{place}: {what} at {at:?} cut off");
            }
            for door in &layout.doors {
                let near = (1..)
                    .map(|step| ahead(door.pos, door.yaw, step as f32 * STEP))
                    .take_while(|p| {
                        let d = (p.0 - door.pos.0).hypot(p.1 - door.pos.1);
                        d <= DOOR_REACH
                    })
                    .any(|p| layout.walkable(p, AVATAR) && reached(p));
                assert!(near, "{place}: door to {} out of reach", door.to);
            }
        }
    }

    #[test]
    fn the_centre_of_every_solid_block_is_not_walkable() {
        for place in Place::ALL {
            let layout = layout(place);
            for block in layout.blocks.iter().filter(|b| b.solid) {
                let centre = (block.pos.0, block.pos.2);
                assert!(!layout.walkable(centre, 0.0), "{place}: {}", block.name);
                assert!(!layout.walkable(centre, AVATAR), "{place}: {}", block.name);
            }
        }
    }

    #[test]
    fn outside_the_room_and_near_the_walls_is_not_walkable() {
        let room = layout(Place::InterviewRoom);
        let (half_w, half_d) = (room.size.0 / 2.0, room.size.1 / 2.0);
        assert!(!room.walkable((half_w + 1.0, 0.0), AVATAR));
        assert!(!room.walkable((0.0, -half_d - 0.01), 0.0));
        assert!(!room.walkable((-half_w + 0.2, 2.4), AVATAR));
        assert!(room.walkable((-half_w + 0.2, 2.4), 0.1));
        assert!(!room.walkable((1e9, 1e9), 0.0));
    }

    #[test]
    fn nan_infinity_and_bad_radii_are_not_walkable() {
        let room = layout(Place::InterviewRoom);
        assert!(room.walkable(room.spawn, AVATAR));
        assert!(!room.walkable((f32::NAN, 0.0), AVATAR));
        assert!(!room.walkable((0.0, f32::NAN), AVATAR));
        assert!(!room.walkable((f32::INFINITY, 2.4), AVATAR));
        assert!(!room.walkable((0.0, f32::NEG_INFINITY), AVATAR));
        assert!(!room.walkable(room.spawn, f32::NAN));
        assert!(!room.walkable(room.spawn, f32::INFINITY));
        assert!(!room.walkable(room.spawn, -0.1));
    }

    /// A 10 × 10 m room with one block at the centre.
    fn room_with(block: &str) -> Layout {
        let text = format!(
            "(size: (10.0, 10.0), wall_height: 3.0, floor: \"#808080\", walls: \"#ffffff\", \
             spawn: (0.0, 4.0), spawn_yaw: 0.0, blocks: [{block}])"
        );
        Layout::parse(&text).unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn a_rotated_box_blocks_where_it_was_turned_to() {
        // 0.2 m wide, 2 m deep: unturned it lies along z.
        let slab = |yaw: f32| {
            room_with(&format!(
                "(name: \"slab\", pos: (0.0, 0.0, 0.0), size: (0.2, 1.0, 2.0), color: \"#000000\", yaw: {yaw})"
            ))
        };
        let unturned = slab(0.0);
        assert!(!unturned.walkable((0.0, 0.9), 0.0));
        assert!(unturned.walkable((0.9, 0.0), 0.0));
        // Yaw 90 lays the depth along x, as Bevy's rotation about y turns +z to +x.
        let across = slab(90.0);
        assert!(across.walkable((0.0, 0.9), 0.0));
        assert!(!across.walkable((0.9, 0.0), 0.0));
        // Yaw 30 turns the far end towards +x: (sin 30°, cos 30°) · 0.9 is inside, its mirror
        // image across the z axis is not.
        let turned = slab(30.0);
        let (sin, cos) = 30f32.to_radians().sin_cos();
        assert!(!turned.walkable((sin * 0.9, cos * 0.9), 0.0));
        assert!(turned.walkable((-sin * 0.9, cos * 0.9), 0.0));
        assert!(!slab(-30.0).walkable((-sin * 0.9, cos * 0.9), 0.0));
    }

    #[test]
    fn a_turned_square_has_its_corners_on_the_axes() {
        // 2 × 2 m square turned 45°: its corners at (±√2, 0) and (0, ±√2).
        let square = |yaw: f32| {
            room_with(&format!(
                "(name: \"square\", pos: (0.0, 0.0, 0.0), size: (2.0, 1.0, 2.0), color: \"#000000\", yaw: {yaw})"
            ))
        };
        let straight = square(0.0);
        let diamond = square(45.0);
        // The straight square's corner region is free once turned, and the other way round.
        assert!(!straight.walkable((0.9, 0.9), 0.0));
        assert!(diamond.walkable((0.9, 0.9), 0.0));
        assert!(straight.walkable((1.3, 0.0), 0.0));
        assert!(!diamond.walkable((1.3, 0.0), 0.0));
        // A footprint grows by the radius with round corners, as a round avatar touches it:
        // just over 0.3 m beyond a corner is clear, just under is not, and diagonally off a
        // corner the grown box is no longer square.
        let corner = 2f32.sqrt();
        assert!(diamond.walkable((corner + 0.31, 0.0), AVATAR));
        assert!(!diamond.walkable((corner + 0.29, 0.0), AVATAR));
        assert!(!straight.walkable((1.2, 1.2), AVATAR));
        assert!(straight.walkable((1.22, 1.22), AVATAR));
    }

    #[test]
    fn cylinders_use_their_diameter_and_non_solid_blocks_do_not_count() {
        let column = room_with(
            "(name: \"column\", shape: Cylinder, pos: (1.0, 0.0, 1.0), size: (1.0, 3.0, 0.2), color: \"#000000\")",
        );
        assert!(!column.walkable((1.0, 1.4), 0.0));
        assert!(column.walkable((1.0, 1.6), 0.0));
        assert!(!column.walkable((1.0, 1.75), AVATAR));
        assert!(column.walkable((1.0, 1.85), AVATAR));
        // `size.2` plays no part in a cylinder.
        assert!(!column.walkable((1.4, 1.0), 0.0));
        let marking = room_with(
            "(name: \"mat\", pos: (0.0, 0.0, 0.0), size: (3.0, 0.02, 3.0), color: \"#000000\", solid: false)",
        );
        assert!(marking.walkable((0.0, 0.0), AVATAR));
    }
}
