//! Where the simulated avatars stand and how they walk.
//!
//! A run's *split* puts the avatars into groups; each group stands in one area of one place
//! and its members walk inside it. With three groups or fewer every group has a whole place;
//! with more, the groups share the three places (each place gets at least one, the rest in
//! proportion to floor area) and each place is cut into a grid of cells with a gap between
//! them, so that the server's interest management (the 24 nearest) keeps the groups apart as
//! far as the floor allows.
//!
//! A [`Walker`] takes a stride of [`STRIDE`] each tick (1.4 m/s at 10 Hz, well under the
//! server's 6 m/s), turns a little at random, and turns somewhere else when the next stride
//! would leave its area or touch a wall or solid furniture, checked against the same layouts
//! the server checks ([`lernwelt_layout`]) with a little more than the server's radius, so the
//! server has no reason to correct it.

use lernwelt_layout::{Layout, ahead};
use lernwelt_protocol::Place;
use lernwelt_protocol::presence::{Gait, Heading, Spot, Step};
use lernwelt_server::presence::room::RADIUS;

/// Metres per step: 1.4 m/s at 10 steps a second.
pub const STRIDE: f32 = 0.14;
/// Clearance beyond the server's radius, so that rounding to centimetres never makes a step
/// the walker took for walkable unwalkable for the server.
const CLEARANCE: f32 = 0.05;
/// Space between two groups' cells in one place, in metres (half of it on each side).
const GAP: f32 = 2.0;
/// Headings tried before a boxed-in walker steps back to where it came from.
const TRIES: usize = 24;

/// A rectangle of floor, in metres from the place's centre.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Area {
    /// Smallest x and z.
    pub min: (f32, f32),
    /// Largest x and z.
    pub max: (f32, f32),
}

impl Area {
    /// Whether (x, z) lies inside.
    #[must_use]
    pub fn contains(&self, (x, z): (f32, f32)) -> bool {
        (self.min.0..=self.max.0).contains(&x) && (self.min.1..=self.max.1).contains(&z)
    }

    /// The whole floor of `layout`.
    fn whole(layout: &Layout) -> Self {
        let (w, d) = (layout.size.0 / 2.0, layout.size.1 / 2.0);
        Self {
            min: (-w, -d),
            max: (w, d),
        }
    }

    /// Smaller by `by` on every side, unless that leaves less than two metres across.
    fn shrunk(self, by: f32) -> Self {
        if self.max.0 - self.min.0 < 2.0 * by + 2.0 || self.max.1 - self.min.1 < 2.0 * by + 2.0 {
            return self;
        }
        Self {
            min: (self.min.0 + by, self.min.1 + by),
            max: (self.max.0 - by, self.max.1 - by),
        }
    }
}

/// The three places' layouts, in [`Place::ALL`] order.
#[derive(Debug)]
pub struct Layouts(Vec<(Place, Layout)>);

impl Layouts {
    /// The layouts built into the game and the server.
    pub fn load() -> Result<Self, String> {
        Place::ALL
            .into_iter()
            .map(|place| Ok((place, Layout::of(place)?)))
            .collect::<Result<Vec<_>, String>>()
            .map(Self)
    }

    /// The layout of `place`.
    #[must_use]
    pub fn of(&self, place: Place) -> Option<&Layout> {
        self.0.iter().find(|(p, _)| *p == place).map(|(_, l)| l)
    }
}

/// Avatars that stand and walk together.
#[derive(Clone, Debug)]
pub struct Group {
    /// The place.
    pub place: Place,
    /// Where its members walk.
    pub area: Area,
    /// How many.
    pub clients: usize,
}

/// How a run's avatars are spread.
#[derive(Clone, Debug)]
pub struct Split {
    /// `groups x clients-per-group`, as in the issue (`3x333`).
    pub label: String,
    /// The groups; avatar `i` belongs to the group whose range holds it, in order.
    pub groups: Vec<Group>,
}

impl Split {
    /// `groups` groups sharing `clients` avatars (the first groups get one more when it does
    /// not divide evenly).
    pub fn new(groups: usize, clients: usize, layouts: &Layouts) -> Result<Self, String> {
        if groups == 0 || clients < groups {
            return Err(format!(
                "a split needs at least one group and one avatar per group ({groups} groups, {clients} avatars)"
            ));
        }
        let mut out = Vec::with_capacity(groups);
        let mut index = 0;
        for (place, cells) in cells_per_place(groups, layouts) {
            let layout = layouts.of(place).ok_or(format!("no layout for {place}"))?;
            for area in grid(Area::whole(layout), cells) {
                let clients = clients / groups + usize::from(index < clients % groups);
                out.push(Group {
                    place,
                    area: if cells > 1 {
                        area.shrunk(GAP / 2.0)
                    } else {
                        area
                    },
                    clients,
                });
                index += 1;
            }
        }
        Ok(Self {
            label: format!("{groups}x{}", clients / groups),
            groups: out,
        })
    }

    /// Parses `3x333` or `3` (the part before `x` is the number of groups; the avatars are
    /// always `clients`, so `--clients 300` scales every split).
    pub fn parse(text: &str, clients: usize, layouts: &Layouts) -> Result<Self, String> {
        let groups = text.split('x').next().unwrap_or_default().trim();
        let groups: usize = groups
            .parse()
            .map_err(|_| format!("split {text:?}: expected GROUPSxCLIENTS such as 3x333"))?;
        Self::new(groups, clients, layouts)
    }

    /// The places used.
    #[must_use]
    pub fn places(&self) -> usize {
        Place::ALL
            .iter()
            .filter(|p| self.groups.iter().any(|g| g.place == **p))
            .count()
    }

    /// What the split means, when it is not simply one group per place.
    #[must_use]
    pub fn note(&self) -> Option<String> {
        (self.groups.len() > Place::ALL.len()).then(|| {
            let per_place: Vec<String> = Place::ALL
                .iter()
                .map(|p| {
                    let n = self.groups.iter().filter(|g| g.place == *p).count();
                    format!("{n} in {p}")
                })
                .collect();
            format!(
                "only three places exist: the {} groups stand in their own areas ({}), each a grid cell of its place with a {GAP} m gap to the next, so interest management keeps them apart as far as the floor allows",
                self.groups.len(),
                per_place.join(", ")
            )
        })
    }

    /// The group of every avatar, in order.
    #[must_use]
    pub fn group_of_each(&self) -> Vec<usize> {
        self.groups
            .iter()
            .enumerate()
            .flat_map(|(g, group)| std::iter::repeat_n(g, group.clients))
            .collect()
    }
}

/// How many groups each place hosts: one place per group up to three, else every place at
/// least one and the rest by floor area (largest remainder).
fn cells_per_place(groups: usize, layouts: &Layouts) -> Vec<(Place, usize)> {
    if groups <= Place::ALL.len() {
        return Place::ALL
            .into_iter()
            .take(groups)
            .map(|p| (p, 1))
            .collect();
    }
    let area = |p: Place| layouts.of(p).map_or(0.0, |l| l.size.0 * l.size.1);
    let total: f32 = Place::ALL.into_iter().map(area).sum();
    let rest = groups - Place::ALL.len();
    let shares: Vec<f32> = Place::ALL
        .into_iter()
        .map(|p| rest as f32 * area(p) / total.max(1.0))
        .collect();
    let mut counts: Vec<usize> = shares.iter().map(|s| 1 + s.floor() as usize).collect();
    let mut by_remainder: Vec<usize> = (0..shares.len()).collect();
    by_remainder.sort_by(|a, b| {
        let fraction = |i: usize| shares[i] - shares[i].floor();
        fraction(*b).total_cmp(&fraction(*a))
    });
    let mut left = groups - counts.iter().sum::<usize>();
    for i in by_remainder.into_iter().cycle() {
        if left == 0 {
            break;
        }
        counts[i] += 1;
        left -= 1;
    }
    Place::ALL.into_iter().zip(counts).collect()
}

/// `cells` cells of `area` in a grid of cells about as wide as deep, row by row.
fn grid(area: Area, cells: usize) -> Vec<Area> {
    let (w, d) = (area.max.0 - area.min.0, area.max.1 - area.min.1);
    let cols = ((cells as f32 * w / d).sqrt().round() as usize).clamp(1, cells);
    let rows = cells.div_ceil(cols);
    let (cw, cd) = (w / cols as f32, d / rows as f32);
    (0..cells)
        .map(|i| {
            let (col, row) = ((i % cols) as f32, (i / cols) as f32);
            Area {
                min: (area.min.0 + col * cw, area.min.1 + row * cd),
                max: (area.min.0 + (col + 1.0) * cw, area.min.1 + (row + 1.0) * cd),
            }
        })
        .collect()
}

/// One simulated avatar's feet.
#[derive(Debug, Clone)]
pub struct Walker {
    /// Where it stands (always a whole centimetre, as sent).
    at: Spot,
    /// Where it stood before (a boxed-in walker steps back there).
    before: Spot,
    /// Facing in degrees.
    yaw: f32,
    area: Area,
    rng: fastrand::Rng,
}

impl Walker {
    /// A walker on a random walkable spot of `area`, seeded by `seed`; `None` if none was found.
    #[must_use]
    pub fn start(layout: &Layout, area: Area, seed: u64) -> Option<Self> {
        let mut rng = fastrand::Rng::with_seed(seed);
        for _ in 0..10_000 {
            let x = area.min.0 + rng.f32() * (area.max.0 - area.min.0);
            let z = area.min.1 + rng.f32() * (area.max.1 - area.min.1);
            let Some(at) = Spot::from_metres(x, z) else {
                continue;
            };
            if area.contains(at.metres()) && layout.walkable(at.metres(), RADIUS + CLEARANCE) {
                return Some(Self {
                    at,
                    before: at,
                    yaw: rng.f32() * 360.0,
                    area,
                    rng,
                });
            }
        }
        None
    }

    /// Where it stands.
    #[must_use]
    pub fn spot(&self) -> Spot {
        self.at
    }

    /// The server put it elsewhere (a correction, or its answer to entering).
    pub fn put(&mut self, at: Spot) {
        self.at = at;
        self.before = at;
    }

    /// The next step: a stride ahead, turning a little; at an obstacle or the area's edge
    /// another heading; boxed in, back to where it came from.
    pub fn step(&mut self, layout: &Layout) -> Step {
        self.yaw += self.rng.f32() * 20.0 - 10.0;
        for attempt in 0..TRIES {
            let yaw = if attempt == 0 {
                self.yaw
            } else {
                self.yaw + 60.0 + self.rng.f32() * 240.0
            };
            let (x, z) = ahead(self.at.metres(), yaw, STRIDE);
            let Some(next) = Spot::from_metres(x, z) else {
                continue;
            };
            if next != self.at
                && self.area.contains(next.metres())
                && layout.walkable(next.metres(), RADIUS + CLEARANCE)
            {
                self.yaw = yaw.rem_euclid(360.0);
                return self.go(next);
            }
        }
        let back = self.before;
        self.yaw = (self.yaw + 180.0).rem_euclid(360.0);
        self.go(back)
    }

    fn go(&mut self, next: Spot) -> Step {
        self.before = self.at;
        self.at = next;
        Step {
            at: next,
            heading: Heading::from_degrees(self.yaw),
            gait: Gait::Walk,
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]
    use super::*;
    use lernwelt_server::presence::room::MAX_SPEED;

    #[test]
    fn splits_put_every_avatar_in_a_group_and_ten_groups_over_three_places() {
        let layouts = Layouts::load().unwrap();
        for (groups, clients) in [(1, 1000), (3, 1000), (10, 1000), (10, 300)] {
            let split = Split::new(groups, clients, &layouts).unwrap();
            assert_eq!(split.groups.len(), groups);
            assert_eq!(split.group_of_each().len(), clients);
            assert_eq!(split.places(), groups.min(3));
        }
        let ten = Split::new(10, 1000, &layouts).unwrap();
        assert_eq!(ten.label, "10x100");
        assert!(ten.note().is_some());
        // Cells of one place do not overlap.
        for (i, a) in ten.groups.iter().enumerate() {
            for b in &ten.groups[i + 1..] {
                if a.place == b.place {
                    let apart = a.area.max.0 <= b.area.min.0
                        || b.area.max.0 <= a.area.min.0
                        || a.area.max.1 <= b.area.min.1
                        || b.area.max.1 <= a.area.min.1;
                    assert!(apart, "{a:?} overlaps {b:?}");
                }
            }
        }
        assert_eq!(Split::parse("3x333", 300, &layouts).unwrap().label, "3x100");
        assert!(Split::parse("many", 300, &layouts).is_err());
    }

    /// Property: in every area of every split, walkers take only steps the server takes:
    /// walkable with the server's radius, inside their area, never farther than a stride
    /// (far under what the server allows in a tenth of a second), and always somewhere new.
    #[test]
    fn the_walker_never_leaves_the_walkable_floor_or_its_area() {
        let layouts = Layouts::load().unwrap();
        let mut steps = 0;
        for groups in [1, 3, 10] {
            let split = Split::new(groups, 1000, &layouts).unwrap();
            for (g, group) in split.groups.iter().enumerate() {
                let layout = layouts.of(group.place).unwrap();
                for w in 0..8 {
                    let seed = (groups * 1000 + g * 10 + w) as u64;
                    let mut walker = Walker::start(layout, group.area, seed)
                        .unwrap_or_else(|| panic!("no room in {group:?}"));
                    for _ in 0..3_000 {
                        let before = walker.spot();
                        let step = walker.step(layout);
                        let at = step.at.metres();
                        assert!(layout.walkable(at, RADIUS), "{group:?}: {step:?}");
                        assert!(group.area.contains(at), "{group:?}: {step:?}");
                        assert_ne!(step.at, before, "a step that goes nowhere");
                        let moved = before.distance(step.at);
                        assert!(moved <= STRIDE + 0.015, "{moved} m in one step");
                        assert!(moved <= MAX_SPEED * 0.1);
                        steps += 1;
                    }
                }
            }
        }
        assert_eq!(steps, (1 + 3 + 10) * 8 * 3_000);
    }
}
