//! The game's picture of the others in its place, without Bevy: the avatars the server said
//! are in view (by their per-connection handle) and, for each, a short track of its steps that
//! is played back a fixed [`DELAY`] behind, so avatars glide between the ten steps a second
//! the server relays instead of jumping, and a late or bunched batch does not make them jerk.
//!
//! Times are seconds on any monotonic clock the caller chooses (the game's `Time`).

use lernwelt_protocol::ServerMsg;
use lernwelt_protocol::presence::{Availability, AvatarView, Emote, Gait, Step};
use std::collections::{BTreeMap, VecDeque};

/// How far behind the newest step avatars are shown, in seconds: two steps' worth, so there
/// is nearly always a step on each side of the time shown.
pub const DELAY: f32 = 0.2;
/// The steps' nominal spacing, in seconds (the game steps ten times a second).
pub const STEP_EVERY: f32 = 0.1;
/// Steps kept per avatar.
const TRACK_MAX: usize = 16;

/// Where an avatar is shown at one moment.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Pose {
    /// Metres along x.
    pub x: f32,
    /// Metres along z.
    pub z: f32,
    /// Facing in degrees (layout convention: 0 faces +z).
    pub yaw: f32,
    /// How it moves, for its animation.
    pub gait: Gait,
}

/// One avatar's steps with the times they are shown at.
#[derive(Clone, Debug, Default)]
pub struct Track {
    samples: VecDeque<(f32, Step)>,
}

impl Track {
    /// Adds `step`, received at `now`. Steps that arrive bunched (a batch held up by the
    /// network) are spread out to their nominal spacing, as far as that keeps them within
    /// [`DELAY`] of their arrival; a step after a pause is shown from its arrival.
    pub fn push(&mut self, now: f32, step: Step) {
        let at = match self.samples.back() {
            Some(&(last, _)) => {
                let spaced = last + STEP_EVERY;
                if spaced <= now {
                    now
                } else {
                    spaced.min(now + 0.9 * DELAY).max(last + 0.01)
                }
            }
            None => now,
        };
        self.samples.push_back((at, step));
        while self.samples.len() > TRACK_MAX {
            self.samples.pop_front();
        }
    }

    /// The newest step.
    pub fn latest(&self) -> Option<Step> {
        self.samples.back().map(|(_, step)| *step)
    }

    /// The pose shown at `now` ([`DELAY`] behind the track), or `None` for an empty track.
    pub fn pose(&mut self, now: f32) -> Option<Pose> {
        let shown = now - DELAY;
        // Drop what lies entirely in the past, keeping one step before the time shown.
        while self.samples.len() >= 2 && self.samples[1].0 <= shown {
            self.samples.pop_front();
        }
        let (t0, a) = *self.samples.front()?;
        let Some(&(t1, b)) = self.samples.get(1) else {
            return Some(pose_of(a));
        };
        if shown <= t0 {
            return Some(pose_of(a));
        }
        // Past the newest step (nothing new came in time) it waits there: guessing ahead
        // would put it where it never was.
        let span = (t1 - t0).max(f32::EPSILON);
        Some(blend(a, b, ((shown - t0) / span).min(1.0)))
    }
}

fn pose_of(step: Step) -> Pose {
    let (x, z) = step.at.metres();
    Pose {
        x,
        z,
        yaw: step.heading.degrees(),
        gait: step.gait,
    }
}

/// The pose a fraction `t` (0 to 1) of the way from `a` to `b`, turning the short way round.
fn blend(a: Step, b: Step, t: f32) -> Pose {
    let (pa, pb) = (pose_of(a), pose_of(b));
    let turn = (pb.yaw - pa.yaw + 540.0).rem_euclid(360.0) - 180.0;
    Pose {
        x: pa.x + (pb.x - pa.x) * t,
        z: pa.z + (pb.z - pa.z) * t,
        yaw: (pa.yaw + turn * t).rem_euclid(360.0),
        gait: if t >= 0.5 { pb.gait } else { pa.gait },
    }
}

/// Another avatar in view.
#[derive(Clone, Debug)]
pub struct Remote {
    /// What the server said about it.
    pub view: AvatarView,
    /// Its steps.
    pub track: Track,
    /// Its last room chat line and when it came (for the bubble over its head).
    pub said: Option<(String, f32)>,
    /// Its last gesture and when it came.
    pub gesture: Option<(Emote, f32)>,
}

/// What changed in the view with one frame, for the game to spawn or remove avatars.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Change {
    /// Nothing the game must act on.
    None,
    /// A new place was entered: every avatar is new; the own avatar stands at the step.
    Entered(Step),
    /// An avatar came into view.
    Appeared(u16),
    /// An avatar left the view.
    Vanished(u16),
    /// An avatar in view said something (now its [`Remote::said`]).
    Said(u16),
    /// The server put the own avatar back here.
    Corrected(Step),
    /// The own avatar was taken out of the place; enter again.
    Left,
}

/// The avatars in view, by handle.
#[derive(Clone, Debug, Default)]
pub struct Others {
    /// By handle (ordered, so lists and drawing are stable).
    pub by_handle: BTreeMap<u16, Remote>,
}

impl Others {
    /// Takes in one frame from the server at `now`.
    pub fn take(&mut self, now: f32, frame: &ServerMsg) -> Change {
        match frame {
            ServerMsg::Entered { step, others, .. } => {
                self.by_handle.clear();
                for avatar in others {
                    self.appear(now, avatar.clone());
                }
                Change::Entered(*step)
            }
            ServerMsg::Appear { avatar } => {
                self.appear(now, avatar.clone());
                Change::Appeared(avatar.handle)
            }
            ServerMsg::Vanish { handle } => {
                self.by_handle.remove(handle);
                Change::Vanished(*handle)
            }
            ServerMsg::Said { handle, text } => match self.by_handle.get_mut(handle) {
                Some(remote) => {
                    remote.said = Some((text.as_str().to_owned(), now));
                    Change::Said(*handle)
                }
                None => Change::None,
            },
            ServerMsg::Emoted { handle, emote } => {
                if let Some(remote) = self.by_handle.get_mut(handle) {
                    remote.gesture = Some((*emote, now));
                }
                Change::None
            }
            ServerMsg::AvailabilityChanged {
                handle,
                availability,
            } => {
                if let Some(remote) = self.by_handle.get_mut(handle) {
                    remote.view.availability = Some(*availability);
                }
                Change::None
            }
            ServerMsg::Corrected { step } => Change::Corrected(*step),
            ServerMsg::Left { .. } => {
                self.by_handle.clear();
                Change::Left
            }
            _ => Change::None,
        }
    }

    /// Takes in a batch of steps received at `now`; steps for unknown handles are ignored.
    pub fn steps(&mut self, now: f32, steps: &[(u16, Step)]) {
        for (handle, step) in steps {
            if let Some(remote) = self.by_handle.get_mut(handle) {
                remote.track.push(now, *step);
            }
        }
    }

    fn appear(&mut self, now: f32, view: AvatarView) {
        let mut track = Track::default();
        track.push(now, view.step);
        self.by_handle.insert(
            view.handle,
            Remote {
                view,
                track,
                said: None,
                gesture: None,
            },
        );
    }

    /// Counsellors in view that are available.
    pub fn counsellors_available(&self) -> usize {
        self.by_handle
            .values()
            .filter(|r| r.view.availability == Some(Availability::Available))
            .count()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use lernwelt_protocol::presence::{Heading, Spot};
    use lernwelt_protocol::{Nickname, Role};

    fn step(x: f32, yaw: f32) -> Step {
        Step {
            at: Spot::from_metres(x, 0.0).unwrap_or_default(),
            heading: Heading::from_degrees(yaw),
            gait: Gait::Walk,
        }
    }

    fn close(a: f32, b: f32) -> bool {
        (a - b).abs() < 0.02
    }

    #[test]
    fn a_track_is_shown_delayed_and_glides_between_steps() {
        let mut track = Track::default();
        for i in 0..5 {
            track.push(i as f32 * 0.1, step(i as f32 * 0.24, 90.0));
        }
        // At 0.45 s the time shown is 0.25 s: halfway between the steps at 0.2 and 0.3.
        let pose = track.pose(0.45).unwrap_or_else(|| unreachable!());
        assert!(close(pose.x, 0.6), "{pose:?}");
        // Frame by frame the shown position only moves forward, by even amounts.
        let xs: Vec<f32> = (0..10)
            .map(|f| track.pose(0.45 + f as f32 / 60.0).map_or(0.0, |p| p.x))
            .collect();
        let deltas: Vec<f32> = xs.windows(2).map(|w| w[1] - w[0]).collect();
        assert!(deltas.iter().all(|d| close(*d, 0.04)), "{deltas:?}");
    }

    #[test]
    fn a_bunched_batch_is_spread_to_the_nominal_pace() {
        // Steps 1 to 3 arrive together at 0.3 s, then the pace is normal again.
        let mut track = Track::default();
        track.push(0.0, step(0.0, 0.0));
        for i in 1..4 {
            track.push(0.3, step(i as f32 * 0.24, 0.0));
        }
        track.push(0.4, step(0.96, 0.0));
        track.push(0.5, step(1.2, 0.0));
        let xs: Vec<f32> = (0..48)
            .map(|f| track.pose(0.3 + f as f32 / 60.0).map_or(0.0, |p| p.x))
            .collect();
        // Walking pace is 0.04 m a frame; no frame jumps, and it never goes back.
        for pair in xs.windows(2) {
            let delta = pair[1] - pair[0];
            assert!((-0.001..=0.07).contains(&delta), "{xs:?}");
        }
        assert!(close(*xs.last().unwrap_or(&0.0), 1.2), "{xs:?}");
    }

    #[test]
    fn past_the_newest_step_it_waits_there() {
        let mut track = Track::default();
        track.push(0.0, step(0.0, 0.0));
        track.push(0.1, step(0.24, 0.0));
        let far = track.pose(5.0).unwrap_or_else(|| unreachable!());
        assert!(close(far.x, 0.24), "{far:?}");
    }

    #[test]
    fn turning_takes_the_short_way() {
        let pose = blend(step(0.0, 350.0), step(0.0, 10.0), 0.5);
        assert!(close(pose.yaw, 0.0) || close(pose.yaw, 360.0), "{pose:?}");
    }

    #[test]
    fn frames_update_the_view() {
        let avatar = |handle: u16, name: &str, role: Role| AvatarView {
            handle,
            name: Nickname::try_from(name.to_owned()).unwrap_or_else(|_| unreachable!()),
            role,
            availability: (role == Role::Counsellor).then_some(Availability::Available),
            step: step(1.0, 0.0),
        };
        let mut others = Others::default();
        let entered = ServerMsg::Entered {
            place: lernwelt_protocol::Place::Company,
            step: step(0.0, 0.0),
            others: vec![avatar(1, "amal", Role::Youth)],
        };
        assert_eq!(others.take(0.0, &entered), Change::Entered(step(0.0, 0.0)));
        let appear = ServerMsg::Appear {
            avatar: avatar(2, "Frau_Weber", Role::Counsellor),
        };
        assert_eq!(others.take(0.0, &appear), Change::Appeared(2));
        assert_eq!(others.counsellors_available(), 1);
        others.steps(0.1, &[(1, step(1.2, 0.0)), (9, step(5.0, 0.0))]);
        assert_eq!(
            others.by_handle[&1].track.latest(),
            Some(step(1.2, 0.0)),
            "a step for a known handle is kept, one for an unknown handle ignored"
        );
        let busy = ServerMsg::AvailabilityChanged {
            handle: 2,
            availability: Availability::Busy,
        };
        others.take(0.2, &busy);
        assert_eq!(others.counsellors_available(), 0);
        let said = ServerMsg::Said {
            handle: 1,
            text: lernwelt_protocol::presence::SayText::try_from("Hallo")
                .unwrap_or_else(|_| unreachable!()),
        };
        assert_eq!(others.take(0.25, &said), Change::Said(1));
        assert_eq!(others.by_handle[&1].said, Some(("Hallo".to_owned(), 0.25)));
        let waved = ServerMsg::Emoted {
            handle: 2,
            emote: Emote::Wave,
        };
        others.take(0.25, &waved);
        assert_eq!(others.by_handle[&2].gesture, Some((Emote::Wave, 0.25)));
        assert_eq!(
            others.take(0.3, &ServerMsg::Vanish { handle: 1 }),
            Change::Vanished(1)
        );
        assert_eq!(others.by_handle.len(), 1);
        let left = ServerMsg::Left {
            place: lernwelt_protocol::Place::Company,
        };
        assert_eq!(others.take(0.4, &left), Change::Left);
        assert!(others.by_handle.is_empty());
    }
}
