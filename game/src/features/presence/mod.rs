//! Presence: the others in the same place, over the live connection ([`crate::net::live`]).
//!
//! When a place has been built the game enters it on the server (from the place it came
//! from, so both stand at the same door); while the connection is ready it sends the own
//! avatar's step ten times a second while it moves and every few seconds while it stands,
//! so the server knows it is still there. After a reconnect it enters again where it stands.
//! The server's word on where the own avatar is wins: a refused step or an entry elsewhere
//! puts it there.
//!
//! The others are kept by [`lernwelt_presence::Others`]; each gets an avatar in the scene
//! that follows its track smoothly, a little behind the server, walking or standing, with
//! counsellors in their own colour and a badge over the head. Room chat heard in the place is
//! kept in a short log while the place is not left (never stored). Name tags, chat bubbles
//! and the "who is here" panel are in [`ui`].
//!
//! Moderation: a young person blocks someone (the server hides them from then on, in every
//! place) or reports them; a counsellor mutes a young person or sends them out of the place.
//! Someone sent out stays out of that place, without re-entering, until the time is up.

#[cfg(feature = "dev")]
mod crowd;
pub mod ui;

use bevy::light::NotShadowCaster;
use bevy::prelude::*;
use lernwelt_presence::{Change, Others, Pose};
use lernwelt_protocol::presence::{
    Availability, Emote, Gait, Heading, Moderation, RoomSummary, SayText, Spot, Step,
};
use lernwelt_protocol::{ClientMsg, ErrorCode, Nickname, Role, ServerMsg};
use std::collections::VecDeque;

use crate::core::LocalPlayer;
use crate::core::state::{AppState, InWorld, Place};
use crate::net::live::{Live, LiveEvent};
use crate::player::{self, Player, PlayerSystems, ROOT_HEIGHT};
use crate::world::{Arrival, CameFrom, PersonShape, Visuals};

/// Seconds between steps sent while the avatar moves.
pub const STEP_EVERY: f32 = 0.1;
/// Seconds between steps sent while it stands (the server takes a long silence as gone).
pub const STAND_EVERY: f32 = 5.0;
/// How far, in metres, the server's word on the own avatar may differ from where the game
/// has it before it is put there.
const SNAP_DISTANCE: f32 = 0.6;
/// Speeds, in metres per second, from which the own avatar counts as walking and running.
const WALKING: f32 = 0.3;
const RUNNING: f32 = 3.4;

/// The others in the place and the own avatar's standing with the server.
#[derive(Resource, Debug, Default)]
pub struct Presence {
    /// The avatars in view.
    pub others: Others,
    /// The place the server has the own avatar in (after its `entered`).
    pub entered: Option<Place>,
    /// The entry to send once the connection is ready.
    want: Option<ClientMsg>,
    /// The last step sent, and the seconds since.
    sent: Option<Step>,
    since_sent: f32,
    /// Where the own avatar's feet were last frame, and its smoothed speed.
    last_feet: Option<Vec3>,
    speed: f32,
    /// Seconds on the clock the others' tracks run on (real time, as the server's).
    pub clock: f32,
    /// The room chat heard in this place, oldest first (never stored).
    pub log: VecDeque<LogLine>,
    /// A counsellor's own availability, as last set (every connection starts available).
    pub availability: Availability,
    /// A young person asked for a counsellor to come to this place, and waits.
    pub asked: bool,
    /// The counsellor who came because of it, and when (for the notice).
    pub coming: Option<(String, f32)>,
    /// For counsellors: the places, who is there and who waits for a counsellor.
    pub rooms: Vec<RoomSummary>,
    /// Whom the own account blocked (young people), by nickname, as the server last said.
    pub blocked: Vec<String>,
    /// Until when (on [`Presence::clock`]) a counsellor muted the own avatar in this place.
    pub muted_until: Option<f32>,
    /// The place a counsellor sent the own avatar out of, and until when: it is not entered
    /// again before.
    pub sent_out: Option<(Place, f32)>,
    /// The last thing to tell about moderation, and when.
    pub notice: Option<(Notice, f32)>,
    /// The own last room chat line and gesture, and when (on [`Presence::clock`]): a bubble
    /// over the own head shows what the others see over it.
    pub own_said: Option<(String, f32)>,
    pub own_gesture: Option<(Emote, f32)>,
}

/// Something to tell about moderation, for the panel and the HUD.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    /// The report about this person reached the counsellors.
    Reported(String),
    /// (To a counsellor) the action on this person is done.
    Moderated(String, Moderation),
    /// A counsellor muted the own avatar here for this many seconds.
    Muted(u32),
    /// A counsellor sent the own avatar out of this place for this many seconds.
    SentOut(u32),
    /// Something was refused.
    Refused(ErrorCode),
}

/// Seconds a moderation notice stays up.
pub const NOTICE_SECONDS: f32 = 8.0;

/// One line of room chat.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LogLine {
    /// Who said it (the own nickname for the own lines).
    pub name: String,
    /// Whether a counsellor said it.
    pub counsellor: bool,
    /// The line.
    pub text: String,
}

/// Room chat lines kept for the log.
pub const LOG_MAX: usize = 30;

impl Presence {
    /// Adds a line to the log, dropping the oldest beyond [`LOG_MAX`].
    pub fn log_line(&mut self, line: LogLine) {
        if self.log.len() >= LOG_MAX {
            self.log.pop_front();
        }
        self.log.push_back(line);
    }

    /// Asks for a counsellor to come to this place, or takes it back; false when not in a
    /// place on the server (not logged in, or still connecting).
    pub fn ask(&mut self, live: &mut Live, ask: bool) -> bool {
        if self.entered.is_none() || !live.ready() {
            return false;
        }
        live.send(if ask {
            ClientMsg::AskCounsellor
        } else {
            ClientMsg::CancelAsk
        });
        true
    }

    /// Sends a room chat line (checked first) and logs it as the own; the refusal if it is
    /// not a valid line or there is no place to say it in.
    pub fn say(
        &mut self,
        live: &mut Live,
        me: &str,
        counsellor: bool,
        text: &str,
    ) -> Result<(), lernwelt_protocol::ErrorCode> {
        let line = SayText::try_from(text).map_err(|e| e.0)?;
        if self.muted() {
            return Err(ErrorCode::Muted);
        }
        if self.entered.is_none() || !live.ready() {
            return Err(lernwelt_protocol::ErrorCode::Unauthenticated);
        }
        self.log_line(LogLine {
            name: me.to_owned(),
            counsellor,
            text: line.as_str().to_owned(),
        });
        self.own_said = Some((line.as_str().to_owned(), self.clock));
        live.send(ClientMsg::Say { text: line });
        Ok(())
    }

    /// Makes a gesture the others in the place see; false when there is no place to make it
    /// in or a counsellor muted the own avatar here.
    pub fn emote(&mut self, live: &mut Live, emote: Emote) -> bool {
        if self.entered.is_none() || self.muted() || !live.ready() {
            return false;
        }
        self.own_gesture = Some((emote, self.clock));
        live.send(ClientMsg::Emote { emote });
        true
    }

    /// Whether a counsellor muted the own avatar here (room chat and gestures are refused).
    pub fn muted(&self) -> bool {
        self.muted_until.is_some_and(|until| until > self.clock)
    }

    /// Seconds until the own avatar may enter `place` again, if it was sent out of it.
    pub fn out_of(&self, place: Place) -> Option<f32> {
        self.sent_out
            .filter(|(out, until)| *out == place && *until > self.clock)
            .map(|(_, until)| until - self.clock)
    }

    /// The entry to send for `place`, unless the own avatar was sent out of it.
    fn entry(&self, place: Place, from: Option<Place>, at: Option<Spot>) -> Option<ClientMsg> {
        self.out_of(place)
            .is_none()
            .then_some(ClientMsg::Enter { place, from, at })
    }

    /// Sends a moderation action about the person with `handle` in view (block, report, mute,
    /// send out); false when not in a place on the server.
    pub fn moderate(&self, live: &mut Live, msg: ClientMsg) -> bool {
        if self.entered.is_none() || !live.ready() {
            return false;
        }
        live.send(msg);
        true
    }

    /// Shows the person called `name` again; false when not connected.
    pub fn unblock(&self, live: &mut Live, name: &str) -> bool {
        let Ok(name) = Nickname::try_from(name.to_owned()) else {
            return false;
        };
        if !live.ready() {
            return false;
        }
        live.send(ClientMsg::Unblock { name });
        true
    }

    /// Takes in what the server says about moderation; false if `frame` is about something
    /// else.
    fn moderation(&mut self, frame: &ServerMsg, place: Place) -> bool {
        let now = self.clock;
        let notice = match frame {
            ServerMsg::Blocked { names } => {
                self.blocked = names.iter().map(|n| n.as_str().to_owned()).collect();
                return true;
            }
            ServerMsg::Reported { name } => Notice::Reported(name.as_str().to_owned()),
            ServerMsg::Moderated { name, action } => {
                Notice::Moderated(name.as_str().to_owned(), *action)
            }
            ServerMsg::Muted { seconds, .. } => {
                self.muted_until = Some(now + *seconds as f32);
                Notice::Muted(*seconds)
            }
            ServerMsg::SentOut {
                place: out,
                seconds,
            } => {
                self.sent_out = Some((*out, now + *seconds as f32));
                if *out == place {
                    self.entered = None;
                    self.want = None;
                    self.asked = false;
                    self.others = Others::default();
                }
                Notice::SentOut(*seconds)
            }
            ServerMsg::Error { code, .. }
                if matches!(
                    code,
                    ErrorCode::Muted | ErrorCode::TooManyBlocks | ErrorCode::Forbidden
                ) =>
            {
                Notice::Refused(*code)
            }
            _ => return false,
        };
        self.notice = Some((notice, now));
        true
    }

    /// The own avatar's step now.
    fn own_step(&self, feet: Vec3, facing: f32) -> Option<Step> {
        let gait = if self.speed >= RUNNING {
            Gait::Run
        } else if self.speed >= WALKING {
            Gait::Walk
        } else {
            Gait::Idle
        };
        Some(Step {
            at: Spot::from_metres(feet.x, feet.z)?,
            heading: Heading::from_degrees(facing.to_degrees()),
            gait,
        })
    }
}

/// The avatar of someone else in view, by the handle the server gave it.
#[derive(Component, Debug)]
pub struct RemoteAvatar {
    /// The handle.
    pub handle: u16,
    /// The name it was made for (a reused handle with another name is made anew).
    pub name: String,
}

/// The turning, bobbing part of a remote avatar.
#[derive(Component, Debug)]
struct RemoteBody;

/// Presence in the world.
pub struct PresencePlugin;

impl Plugin for PresencePlugin {
    fn build(&self, app: &mut App) {
        app.init_resource::<Presence>()
            .add_observer(enter_on_arrival)
            .add_systems(OnExit(InWorld), leave_the_world)
            .add_systems(
                Update,
                (receive, emote_keys, send_own_step, show_others)
                    .chain()
                    .after(PlayerSystems::Move)
                    .run_if(in_state(InWorld)),
            );
        #[cfg(feature = "dev")]
        app.add_plugins(crowd::CrowdPlugin);
    }
}

/// A place has been built: enter it on the server, from where the game came.
fn enter_on_arrival(
    arrival: On<Arrival>,
    came_from: Res<CameFrom>,
    mut presence: ResMut<Presence>,
) {
    presence.others = Others::default();
    presence.log.clear();
    presence.entered = None;
    // A request for a counsellor is for the place it was made in.
    presence.asked = false;
    presence.coming = None;
    presence.sent = None;
    presence.muted_until = None;
    presence.own_said = None;
    presence.own_gesture = None;
    let from = came_from.0.filter(|from| *from != arrival.place);
    presence.want = presence.entry(arrival.place, from, None);
}

fn leave_the_world(mut presence: ResMut<Presence>, mut live: ResMut<Live>) {
    if presence.entered.is_some() {
        live.send(ClientMsg::Leave);
    }
    // The blocked list belongs to the account, not to the visit.
    let blocked = std::mem::take(&mut presence.blocked);
    *presence = Presence::default();
    presence.blocked = blocked;
}

/// Takes in what the server says about the place, and puts the own avatar where the server
/// has it when the two differ.
fn receive(
    time: Res<Time<Real>>,
    state: Res<State<AppState>>,
    mut events: MessageReader<LiveEvent>,
    mut presence: ResMut<Presence>,
    mut own: Query<&mut Transform, With<LocalPlayer>>,
) {
    presence.clock += time.delta_secs();
    let now = presence.clock;
    let AppState::InWorld(place) = *state.get() else {
        return;
    };
    // Only x and z count on the server.
    let feet = own.single().ok().map(|t| t.translation);
    // Sent out of this place a while ago, and the time is up: come back in where it stands.
    if let Some((out, until)) = presence.sent_out
        && until <= now
    {
        presence.sent_out = None;
        if out == place && presence.entered.is_none() && presence.want.is_none() {
            let at = feet.and_then(|f| Spot::from_metres(f.x, f.z));
            presence.want = presence.entry(place, None, at);
        }
    }
    for event in events.read() {
        let change = match event {
            LiveEvent::Ready => {
                // A new connection: the server knows nothing of it yet. Go on where it stands;
                // a counsellor is available again until they say otherwise.
                presence.entered = None;
                presence.availability = Availability::Available;
                let at = feet.and_then(|f| Spot::from_metres(f.x, f.z));
                presence.want = presence.entry(place, None, at);
                continue;
            }
            LiveEvent::Lost => {
                // The server forgets a request with the connection's avatar.
                presence.entered = None;
                presence.asked = false;
                continue;
            }
            LiveEvent::Steps(steps) => {
                presence.others.steps(now, steps);
                continue;
            }
            LiveEvent::Frame(ServerMsg::Asked { waiting, .. }) => {
                presence.asked = *waiting;
                continue;
            }
            LiveEvent::Frame(ServerMsg::CounsellorComing { name }) => {
                presence.coming = Some((name.as_str().to_owned(), now));
                continue;
            }
            LiveEvent::Frame(ServerMsg::Rooms { rooms }) => {
                presence.rooms = rooms.clone();
                continue;
            }
            LiveEvent::Frame(frame) if presence.moderation(frame, place) => continue,
            LiveEvent::Frame(frame) => presence.others.take(now, frame),
        };
        let put_at = match change {
            Change::Entered(step) => {
                presence.entered = Some(place);
                presence.sent = Some(step);
                Some(step)
            }
            Change::Corrected(step) => {
                presence.sent = Some(step);
                Some(step)
            }
            Change::Left => {
                presence.entered = None;
                presence.want = presence.entry(place, None, None);
                None
            }
            Change::Said(handle) => {
                if let Some(remote) = presence.others.by_handle.get(&handle)
                    && let Some((text, _)) = &remote.said
                {
                    let line = LogLine {
                        name: remote.view.name.as_str().to_owned(),
                        counsellor: remote.view.role == Role::Counsellor,
                        text: text.clone(),
                    };
                    presence.log_line(line);
                }
                None
            }
            Change::Appeared(_) | Change::Vanished(_) | Change::None => None,
        };
        if let Some(step) = put_at
            && let Ok(mut transform) = own.single_mut()
        {
            let (x, z) = step.at.metres();
            let here = transform.translation;
            if Vec2::new(here.x - x, here.z - z).length() > SNAP_DISTANCE {
                transform.translation = Vec3::new(x, here.y, z);
            }
        }
    }
}

/// The keys of the gestures: 1 waves, 2 thumbs up, 3 "I have a question" (the number row or
/// the keypad), unless a text field has the keyboard.
pub const EMOTE_KEYS: [(Emote, KeyCode, KeyCode); 3] = [
    (Emote::Wave, KeyCode::Digit1, KeyCode::Numpad1),
    (Emote::ThumbsUp, KeyCode::Digit2, KeyCode::Numpad2),
    (Emote::Question, KeyCode::Digit3, KeyCode::Numpad3),
];

/// A gesture by key, as by the people panel's buttons.
fn emote_keys(
    keys: Res<ButtonInput<KeyCode>>,
    owner: Res<crate::core::KeyboardOwner>,
    mut presence: ResMut<Presence>,
    mut live: ResMut<Live>,
) {
    if owner.text {
        return;
    }
    for (emote, key, pad) in EMOTE_KEYS {
        if keys.any_just_pressed([key, pad]) {
            presence.emote(&mut live, emote);
        }
    }
}

/// Sends the entry when one waits, and the own avatar's steps: while it moves at most ten a
/// second, while it stands one every few seconds.
fn send_own_step(
    time: Res<Time>,
    real: Res<Time<Real>>,
    mut presence: ResMut<Presence>,
    mut live: ResMut<Live>,
    own: Query<(&Transform, &Player), With<LocalPlayer>>,
) {
    let dt = time.delta_secs();
    let Ok((transform, player)) = own.single() else {
        return;
    };
    let feet = transform.translation;
    if let Some(last) = presence.last_feet
        && dt > 0.0
    {
        let speed = Vec2::new(feet.x - last.x, feet.z - last.z).length() / dt;
        presence.speed += (speed - presence.speed) * (dt * 10.0).min(1.0);
    }
    presence.last_feet = Some(feet);
    if !live.ready() {
        return;
    }
    if let Some(entry) = presence.want.take() {
        live.send(entry);
        return;
    }
    if presence.entered.is_none() {
        return;
    }
    // Real time, not the game's: on a slow phone the game's clock is held back at every long
    // frame, and the server counts a silent connection in real seconds.
    presence.since_sent += real.delta_secs();
    let Some(step) = presence.own_step(feet, player.facing) else {
        return;
    };
    let changed = presence.sent != Some(step);
    if (changed && presence.since_sent >= STEP_EVERY) || presence.since_sent >= STAND_EVERY {
        live.send_step(step);
        presence.sent = Some(step);
        presence.since_sent = 0.0;
    }
}

/// Keeps one avatar in the scene per other in view, at its pose on the track.
fn show_others(
    mut commands: Commands,
    mut visuals: Visuals,
    state: Res<State<AppState>>,
    mut presence: ResMut<Presence>,
    avatars: Query<(Entity, &RemoteAvatar)>,
    mut roots: Query<&mut Transform, (With<RemoteAvatar>, Without<RemoteBody>)>,
    mut bodies: Query<(&ChildOf, &mut Transform), With<RemoteBody>>,
) {
    let AppState::InWorld(place) = *state.get() else {
        return;
    };
    let mut shown = Vec::new();
    for (entity, avatar) in &avatars {
        let same = presence
            .others
            .by_handle
            .get(&avatar.handle)
            .is_some_and(|r| r.view.name.as_str() == avatar.name);
        if same {
            shown.push(avatar.handle);
        } else {
            commands.entity(entity).despawn();
        }
    }
    let now = presence.clock;
    let mut poses: Vec<(u16, Pose)> = Vec::new();
    for (handle, remote) in &mut presence.others.by_handle {
        let Some(pose) = remote.track.pose(now) else {
            continue;
        };
        if !shown.contains(handle) {
            spawn_remote(
                &mut commands,
                &mut visuals,
                place,
                *handle,
                remote.view.name.as_str(),
                remote.view.role,
                pose,
            );
        }
        poses.push((*handle, pose));
    }
    for (child_of, mut body) in &mut bodies {
        let Ok((_, avatar)) = avatars.get(child_of.parent()) else {
            continue;
        };
        let Some((_, pose)) = poses.iter().find(|(h, _)| *h == avatar.handle) else {
            continue;
        };
        if let Ok(mut root) = roots.get_mut(child_of.parent()) {
            root.translation = feet_to_root(pose);
        }
        body.rotation = Quat::from_rotation_y(pose.yaw.to_radians());
        // A small bob while walking, so one can tell who is moving.
        let bob = match pose.gait {
            Gait::Idle => 0.0,
            Gait::Walk => (now * 9.0).sin().abs() * 0.04,
            Gait::Run => (now * 14.0).sin().abs() * 0.07,
        };
        body.translation.y = bob;
    }
}

fn feet_to_root(pose: &Pose) -> Vec3 {
    Vec3::new(pose.x, ROOT_HEIGHT, pose.z)
}

/// Shirt colours for young people, picked by name so everyone sees the same person in the
/// same colour; counsellors wear teal with a badge.
const SHIRTS: [Color; 6] = [
    Color::srgb(0.86, 0.33, 0.36),
    Color::srgb(0.35, 0.55, 0.85),
    Color::srgb(0.55, 0.7, 0.3),
    Color::srgb(0.75, 0.5, 0.8),
    Color::srgb(0.9, 0.75, 0.3),
    Color::srgb(0.5, 0.45, 0.4),
];
/// A counsellor's shirt.
pub const COUNSELLOR_SHIRT: Color = Color::srgb(0.0, 0.55, 0.55);

/// The shirt of the young person called `name`.
pub fn shirt_for(name: &str) -> Color {
    let sum = name.bytes().fold(0u32, |acc, b| {
        acc.wrapping_mul(31).wrapping_add(u32::from(b))
    });
    SHIRTS[(sum % SHIRTS.len() as u32) as usize]
}

fn spawn_remote(
    commands: &mut Commands,
    visuals: &mut Visuals,
    place: Place,
    handle: u16,
    name: &str,
    role: Role,
    pose: Pose,
) {
    let counsellor = role == Role::Counsellor;
    let shirt = if counsellor {
        COUNSELLOR_SHIRT
    } else {
        shirt_for(name)
    };
    commands
        .spawn((
            Name::new("remote avatar"),
            RemoteAvatar {
                handle,
                name: name.to_owned(),
            },
            DespawnOnExit(AppState::InWorld(place)),
            Transform::from_translation(feet_to_root(&pose)),
            Visibility::default(),
        ))
        .with_children(|root| {
            // The others cast no shadow: each would be drawn again into every shadow
            // cascade, and a crowd of them costs a phone more than it shows.
            let mut body = root.spawn((
                RemoteBody,
                Transform::from_rotation(Quat::from_rotation_y(pose.yaw.to_radians())),
                Visibility::default(),
                NotShadowCaster,
            ));
            visuals.dress_body(&mut body, &player::body_parts(shirt));
            body.with_children(|body| {
                if counsellor {
                    // A glowing badge over the head: seen from across the room.
                    let mut badge =
                        body.spawn((Transform::from_translation(Vec3::Y * 1.3), NotShadowCaster));
                    visuals.dress_person(
                        &mut badge,
                        PersonShape::Badge,
                        Color::srgb(1.0, 0.85, 0.2),
                        true,
                    );
                }
            });
        });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_gait_follows_the_speed() {
        let mut presence = Presence::default();
        let step = |p: &Presence| p.own_step(Vec3::new(1.0, 0.9, 2.0), 0.0).map(|s| s.gait);
        assert_eq!(step(&presence), Some(Gait::Idle));
        presence.speed = 2.4;
        assert_eq!(step(&presence), Some(Gait::Walk));
        presence.speed = 4.6;
        assert_eq!(step(&presence), Some(Gait::Run));
        assert_eq!(
            presence
                .own_step(Vec3::new(1.234, 0.0, -2.0), std::f32::consts::FRAC_PI_2)
                .map(|s| (s.at, s.heading)),
            Some((Spot { x: 123, z: -200 }, Heading(64)))
        );
    }

    #[test]
    fn the_same_name_always_wears_the_same_shirt() {
        assert_eq!(shirt_for("amal"), shirt_for("amal"));
        let colours: std::collections::HashSet<String> = ["amal", "bora", "cem", "dana", "emre"]
            .iter()
            .map(|n| format!("{:?}", shirt_for(n)))
            .collect();
        assert!(colours.len() >= 3, "names spread over the colours");
    }
}
