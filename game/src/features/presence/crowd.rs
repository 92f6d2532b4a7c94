//! `--bench-avatars N` (developer builds): the place fills with N made-up others, without a
//! server, so the frame benchmark and screenshots measure the real drawing path of a busy
//! room (the avatars of [`super::show_others`], name tags and chat bubbles of [`super::ui`]).
//!
//! The crowd speaks to the game as the server would, as [`LiveEvent`]s read by the presence
//! systems: one `Appear` frame per avatar (names in several scripts, a few counsellors with
//! their availability) once the place is built, then ten batches of steps a second with only
//! those who moved (as the server's interest management sends nothing for someone standing
//! still), and now and then a chat line or a gesture. The walkers go from one spot to another
//! in straight lines across the place's walkable floor ([`Layout::walkable`], the server's
//! own check), with pauses, at their own pace; every step is quantised to the wire's
//! centimetres before it is checked. Name tags are set to "always" for the run (not saved).

use bevy::prelude::*;
use lernwelt_layout::Layout;
use lernwelt_protocol::presence::{
    Availability, AvatarView, Emote, Gait, Heading, SayText, Spot, Step,
};
use lernwelt_protocol::{Nickname, Role, ServerMsg};

use crate::core::automation::ShotHold;
use crate::core::options::LaunchOptions;
use crate::core::settings::{NameTags, Settings};
use crate::core::state::{AppState, InWorld, Place};
use crate::net::live::LiveEvent;
use crate::world::Arrival;

/// Seconds between two batches of steps (the server relays ten a second).
pub const TICK: f32 = 0.1;
/// Metres a walker's centre keeps from walls and solid furniture: the player's capsule, a
/// little more than the server's check, so the glide between two steps stays clear as well.
pub const CLEARANCE: f32 = 0.3;
/// Metres kept from NPCs and kiosks (not furniture to the layout, but people walk round them).
const AROUND_PEOPLE: f32 = 0.8;
/// Handles of the crowd, far above the few a real server hands out in a place.
const FIRST_HANDLE: u16 = 40_000;
/// Every this many ticks someone says something or makes a gesture.
const CHATTER_EVERY: u64 = 8;
/// Batches caught up in one frame at most (a slow frame makes the crowd slower, not jumpy).
const CATCH_UP: u32 = 5;
/// Ticks of walking before a screenshot of the crowd (tracks filled, bubbles up).
const SHOT_AFTER: u64 = 40;

const NAMES: [&str; 16] = [
    "Amal", "Bora", "Cem", "Dana", "Emre", "Fatima", "Goran", "Hana", "Ilir", "Jana", "Karim",
    "Lena", "سارة", "ليلى", "Дима", "Olena",
];
const COUNSELLORS: [&str; 4] = ["Frau_Weber", "Herr_Yilmaz", "Frau_Haddad", "Herr_Krasniqi"];
const LINES: [&str; 8] = [
    "Hallo zusammen!",
    "Wo ist Schalter 3?",
    "Ich warte auf meinen Termin.",
    "Merhaba!",
    "مرحبا، أين مكتب الاستقبال؟",
    "Привет! Кто-нибудь знает, где анкета?",
    "Danke für den Tipp!",
    "Hat jemand einen Kugelschreiber?",
];

/// A small, seeded random source (the crowd is the same in every run).
#[derive(Clone, Debug)]
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        // SplitMix64.
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `lo..hi`.
    fn range(&mut self, lo: f32, hi: f32) -> f32 {
        let unit = (self.next() >> 40) as f32 / (1u64 << 24) as f32;
        lo + (hi - lo) * unit
    }

    /// An index below `n` (n > 0).
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// One made-up person.
#[derive(Clone, Debug)]
pub struct Walker {
    /// What the server would say about them (the step is where they stand now).
    pub view: AvatarView,
    /// Metres per second.
    speed: f32,
    /// Where they are going.
    goal: Option<(f32, f32)>,
    /// Ticks they still stand.
    rest: u32,
}

/// The crowd of one place.
#[derive(Clone, Debug)]
pub struct Walkers {
    layout: Layout,
    /// Everyone, by handle from [`FIRST_HANDLE`] up.
    pub walkers: Vec<Walker>,
    rng: Rng,
    /// Ticks walked.
    pub ticks: u64,
}

/// The spot nearest (x, z) on the wire, and where that is in metres.
fn quantised(x: f32, z: f32) -> Option<(Spot, (f32, f32))> {
    Spot::from_metres(x, z).map(|spot| (spot, spot.metres()))
}

impl Walkers {
    /// `n` people spread over the floor of `layout`, at least two metres from `keep_clear`
    /// (where the own avatar arrives), every twelfth a counsellor.
    pub fn new(layout: Layout, n: u16, seed: u64, keep_clear: Option<(f32, f32)>) -> Self {
        let mut crowd = Walkers {
            layout,
            walkers: Vec::with_capacity(usize::from(n)),
            rng: Rng(seed),
            ticks: 0,
        };
        for i in 0..n {
            let at = crowd
                .free_spot(|x, z| keep_clear.is_none_or(|(cx, cz)| (x - cx).hypot(z - cz) >= 2.0))
                .or_else(|| crowd.free_spot(|_, _| true))
                .or_else(|| Spot::from_metres(crowd.layout.spawn.0, crowd.layout.spawn.1))
                .unwrap_or_default();
            let counsellor = i % 12 == 5;
            let (name, role, availability) = if counsellor {
                let k = usize::from(i / 12);
                let availability = [
                    Availability::Available,
                    Availability::Busy,
                    Availability::Away,
                ][k % 3];
                let base = COUNSELLORS[k % COUNSELLORS.len()];
                (
                    format!("{base}{}", k / COUNSELLORS.len() + 1),
                    Role::Counsellor,
                    Some(availability),
                )
            } else {
                let base = NAMES[usize::from(i) % NAMES.len()];
                (format!("{base}_{}", i + 1), Role::Youth, None)
            };
            let Ok(name) = Nickname::try_from(name) else {
                continue;
            };
            let speed = crowd.rng.range(1.0, 1.7);
            let rest = crowd.rng.below(30) as u32;
            let heading = Heading::from_degrees(crowd.rng.range(0.0, 360.0));
            crowd.walkers.push(Walker {
                view: AvatarView {
                    handle: FIRST_HANDLE + i,
                    name,
                    role,
                    availability,
                    step: Step {
                        at,
                        heading,
                        gait: Gait::Idle,
                    },
                },
                speed,
                goal: None,
                rest,
            });
        }
        crowd
    }

    /// Whether a walker may stand with its centre at (x, z): the walkable floor with
    /// [`CLEARANCE`], and not in an NPC or a kiosk.
    pub fn free(&self, (x, z): (f32, f32)) -> bool {
        let layout = &self.layout;
        let near = |(px, pz): (f32, f32)| (x - px).hypot(z - pz) < AROUND_PEOPLE;
        layout.walkable((x, z), CLEARANCE)
            && !layout.npcs.iter().any(|n| near(n.pos))
            && !layout.kiosks.iter().any(|k| near(k.pos))
    }

    /// Whether the straight way from `a` to `b` is free all along (every 5 cm).
    fn clear_way(&self, a: (f32, f32), b: (f32, f32)) -> bool {
        let length = (b.0 - a.0).hypot(b.1 - a.1);
        let samples = (length / 0.05).ceil().max(1.0) as u32;
        (0..=samples).all(|i| {
            let t = i as f32 / samples as f32;
            self.free((a.0 + (b.0 - a.0) * t, a.1 + (b.1 - a.1) * t))
        })
    }

    /// A random free spot on the floor that also passes `also`, if one is found soon.
    fn free_spot(&mut self, also: impl Fn(f32, f32) -> bool) -> Option<Spot> {
        let (w, d) = (self.layout.size.0 / 2.0, self.layout.size.1 / 2.0);
        (0..200).find_map(|_| {
            let (x, z) = (self.rng.range(-w, w), self.rng.range(-d, d));
            let (spot, at) = quantised(x, z)?;
            (self.free(at) && also(at.0, at.1)).then_some(spot)
        })
    }

    /// A new goal for the walker at `from`, reachable in a straight line.
    fn pick_goal(&mut self, from: (f32, f32)) -> Option<(f32, f32)> {
        (0..12).find_map(|_| {
            let goal = self.free_spot(|_, _| true)?.metres();
            self.clear_way(from, goal).then_some(goal)
        })
    }

    /// What the server says about everyone when they come into view.
    pub fn appear(&self) -> Vec<ServerMsg> {
        self.walkers
            .iter()
            .map(|w| ServerMsg::Appear {
                avatar: w.view.clone(),
            })
            .collect()
    }

    /// One tick of [`TICK`] seconds: everyone walks on or stands; the batch of steps of those
    /// who moved or just stopped, as the server sends it.
    pub fn tick(&mut self) -> Vec<(u16, Step)> {
        self.ticks += 1;
        let mut batch = Vec::new();
        for i in 0..self.walkers.len() {
            let walker = &self.walkers[i];
            let here = walker.view.step.at.metres();
            if walker.rest > 0 {
                self.walkers[i].rest -= 1;
                continue;
            }
            let goal = match walker.goal {
                Some(goal) => goal,
                None => match self.pick_goal(here) {
                    Some(goal) => goal,
                    None => {
                        self.walkers[i].rest = 5;
                        continue;
                    }
                },
            };
            let (dx, dz) = (goal.0 - here.0, goal.1 - here.1);
            let left = dx.hypot(dz);
            let stride = (self.walkers[i].speed * TICK).min(left);
            let next = quantised(here.0 + dx / left * stride, here.1 + dz / left * stride);
            let step = match next {
                Some((at, metres)) if left > 0.02 && self.free(metres) => {
                    self.walkers[i].goal = Some(goal);
                    Step {
                        at,
                        heading: Heading::from_degrees(dx.atan2(dz).to_degrees()),
                        gait: Gait::Walk,
                    }
                }
                // There, or the way is blocked after all: stand a while.
                _ => {
                    let rest = 10 + self.rng.below(40) as u32;
                    let walker = &mut self.walkers[i];
                    walker.goal = None;
                    walker.rest = rest;
                    if walker.view.step.gait == Gait::Idle {
                        continue;
                    }
                    Step {
                        gait: Gait::Idle,
                        ..walker.view.step
                    }
                }
            };
            let walker = &mut self.walkers[i];
            walker.view.step = step;
            batch.push((walker.view.handle, step));
        }
        batch
    }

    /// Every [`CHATTER_EVERY`] ticks, someone's chat line or gesture.
    pub fn chatter(&mut self) -> Option<ServerMsg> {
        if self.walkers.is_empty() || !self.ticks.is_multiple_of(CHATTER_EVERY) {
            return None;
        }
        let handle = self.walkers[self.rng.below(self.walkers.len())].view.handle;
        if self.rng.below(4) == 0 {
            let emote = Emote::ALL[self.rng.below(Emote::ALL.len())];
            return Some(ServerMsg::Emoted { handle, emote });
        }
        let text = SayText::try_from(LINES[self.rng.below(LINES.len())]).ok()?;
        Some(ServerMsg::Said { handle, text })
    }
}

/// The crowd of this run.
#[derive(Resource, Debug, Default)]
struct Crowd {
    size: u16,
    /// The walkers of the place entered last.
    walkers: Option<(Place, Walkers)>,
    appeared: bool,
    /// Seconds not yet walked.
    owed: f32,
}

/// `--bench-avatars N`.
pub(super) struct CrowdPlugin;

impl Plugin for CrowdPlugin {
    fn build(&self, app: &mut App) {
        let Some(options) = app.world().get_resource::<LaunchOptions>().cloned() else {
            return;
        };
        let Some(size) = options.bench_avatars else {
            return;
        };
        app.insert_resource(Crowd { size, ..default() })
            .add_observer(fill_the_place)
            .add_systems(Startup, tags_always)
            .add_systems(PreUpdate, feed.run_if(in_state(InWorld)));
        // The screenshot waits until the crowd has walked a while (not with `--open`, whose
        // demos hold the shot themselves).
        if options.screenshot.is_some() && options.open.is_none() {
            app.insert_resource(ShotHold(true));
        }
    }
}

/// Name tags over everyone, for this run only (not saved).
fn tags_always(mut settings: ResMut<Settings>) {
    settings.bypass_change_detection().name_tags = NameTags::Always;
}

/// A place has been built: a new crowd for it (the presence plugin has just emptied the view).
fn fill_the_place(arrival: On<Arrival>, mut crowd: ResMut<Crowd>) {
    let place = arrival.place;
    let layout = match Layout::of(place) {
        Ok(layout) => layout,
        Err(err) => {
            error!("{err}");
            return;
        }
    };
    let seed = 0x1e4_0000 + place as u64;
    let clear = Some((arrival.position.x, arrival.position.z));
    crowd.walkers = Some((place, Walkers::new(layout, crowd.size, seed, clear)));
    crowd.appeared = false;
    crowd.owed = 0.0;
}

/// Hands the crowd's frames and step batches to the presence systems, as the live connection
/// hands over the server's.
fn feed(
    time: Res<Time<Real>>,
    state: Res<State<AppState>>,
    mut crowd: ResMut<Crowd>,
    mut events: MessageWriter<LiveEvent>,
    hold: Option<ResMut<ShotHold>>,
) {
    let AppState::InWorld(place) = *state.get() else {
        return;
    };
    let crowd = &mut *crowd;
    let Some((walkers_place, walkers)) = crowd.walkers.as_mut() else {
        return;
    };
    if *walkers_place != place {
        return;
    }
    if !crowd.appeared {
        crowd.appeared = true;
        events.write_batch(walkers.appear().into_iter().map(LiveEvent::Frame));
    }
    crowd.owed += time.delta_secs();
    let mut caught_up = 0;
    while crowd.owed >= TICK && caught_up < CATCH_UP {
        crowd.owed -= TICK;
        caught_up += 1;
        let batch = walkers.tick();
        if !batch.is_empty() {
            events.write(LiveEvent::Steps(batch));
        }
        if let Some(frame) = walkers.chatter() {
            events.write(LiveEvent::Frame(frame));
        }
    }
    crowd.owed = crowd.owed.min(TICK);
    if let Some(mut hold) = hold {
        hold.0 = walkers.ticks < SHOT_AFTER;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::{HashMap, HashSet};

    /// The server's radius for an avatar's moves.
    const SERVER_RADIUS: f32 = 0.25;

    fn layout(place: Place) -> Layout {
        Layout::of(place).unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn the_walkers_never_leave_the_walkable_floor() {
        for place in Place::ALL {
            let layout = layout(place);
            let mut crowd = Walkers::new(layout.clone(), 50, 7, Some(layout.spawn));
            assert_eq!(crowd.walkers.len(), 50, "{place}");
            let mut at: HashMap<u16, (f32, f32)> = HashMap::new();
            for walker in &crowd.walkers {
                let here = walker.view.step.at.metres();
                assert!(
                    layout.walkable(here, CLEARANCE),
                    "{place}: starts at {here:?}"
                );
                at.insert(walker.view.handle, here);
            }
            let mut walked = 0.0;
            // Five minutes of walking.
            for _ in 0..3_000 {
                for (handle, step) in crowd.tick() {
                    let here = step.at.metres();
                    let before = at[&handle];
                    assert!(layout.walkable(here, CLEARANCE), "{place}: {here:?}");
                    // The game shows the glide between two steps: its middle is on the floor too.
                    let middle = ((here.0 + before.0) / 2.0, (here.1 + before.1) / 2.0);
                    assert!(
                        layout.walkable(middle, SERVER_RADIUS),
                        "{place}: {before:?} → {here:?}"
                    );
                    let stride = (here.0 - before.0).hypot(here.1 - before.1);
                    assert!(stride <= 1.7 * TICK + 0.02, "{place}: a jump of {stride} m");
                    walked += stride;
                    at.insert(handle, here);
                }
            }
            // They really walk: on average tens of metres each in five minutes.
            let each = walked / 50.0;
            assert!(each > 30.0, "{place}: {each} m each");
        }
    }

    #[test]
    fn the_crowd_is_named_with_a_few_counsellors_and_talks() {
        let layout = layout(Place::JobCentre);
        let mut crowd = Walkers::new(layout, 50, 1, None);
        let names: HashSet<String> = crowd
            .walkers
            .iter()
            .map(|w| w.view.name.as_str().to_owned())
            .collect();
        assert_eq!(names.len(), 50, "names are unique");
        let counsellors: Vec<&Walker> = crowd
            .walkers
            .iter()
            .filter(|w| w.view.role == Role::Counsellor)
            .collect();
        assert_eq!(counsellors.len(), 4);
        assert!(counsellors.iter().all(|c| c.view.availability.is_some()));
        assert_eq!(crowd.appear().len(), 50);
        let mut said = 0;
        let mut waved = 0;
        for _ in 0..400 {
            crowd.tick();
            match crowd.chatter() {
                Some(ServerMsg::Said { .. }) => said += 1,
                Some(ServerMsg::Emoted { .. }) => waved += 1,
                _ => {}
            }
        }
        assert_eq!(
            said + waved,
            50,
            "a line or gesture every {CHATTER_EVERY} ticks"
        );
        assert!(said > waved && waved > 0, "{said} lines, {waved} gestures");
    }
}
