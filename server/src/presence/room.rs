//! One place's room: a task that owns who is there and where they stand, takes the steps,
//! chat lines and gestures of its members one at a time, and sends each viewer what it needs.
//!
//! - A step is taken only if it is walkable in the place's layout and within the distance
//!   the avatar could have run since its last step (an allowance that refills at
//!   [`MAX_SPEED`] up to [`ALLOWANCE_MAX`], so steps that arrive in a burst after a network
//!   stall still pass); otherwise the sender is told where it stands ([`ServerMsg::Corrected`]).
//! - Every [`FLUSH_EVERY`] each viewer gets one binary frame with the new steps of the avatars
//!   in its view, and nothing when nobody in view moved. Every [`VIEW_EVERY`] the views are
//!   chosen again ([`super::view`]) and avatars appear and vanish.
//! - A viewer whose queue is full is skipped, and what it missed is sent once it reads again:
//!   a slow phone costs the room nothing.
//! - Young people may ask for a counsellor to come; the room keeps the requests on the
//!   counsellors' room list ([`Board`]) with the counts of who is there, and when a counsellor
//!   enters, everyone who asked is told who came.
//! - A connection that breaks leaves its avatar standing for [`Grace::lost`]; reconnecting in
//!   that time takes it over without the others seeing it vanish. An avatar not heard from for
//!   [`Grace::silent`] (clients repeat their step while standing) vanishes too, after the same
//!   grace, and its connection is told with [`ServerMsg::Left`].

use super::view::{self, Other};
use super::{Board, PlaceState};
use crate::ws::Push;
use lernwelt_layout::Layout;
use lernwelt_protocol::presence::{
    Availability, AvatarView, Emote, STEPS_MAX, SayText, Step, encode_steps,
};
use lernwelt_protocol::{AccountId, ErrorCode, Nickname, Place, Role, ServerMsg};
use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::mpsc;
use tokio::time::Instant;

/// How often the new steps are sent: batching adds at most this much to what others see.
pub const FLUSH_EVERY: Duration = Duration::from_millis(20);
/// How often each view is chosen again.
pub const VIEW_EVERY: Duration = Duration::from_millis(200);

/// How long avatars stay whose connection broke or went silent.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Grace {
    /// How long the avatar of a broken connection stays before it vanishes (a blip of the
    /// network is not a goodbye).
    pub lost: Duration,
    /// After this long without a step from its connection an avatar counts as lost.
    pub silent: Duration,
}

impl Default for Grace {
    fn default() -> Self {
        Self {
            lost: Duration::from_secs(5),
            silent: Duration::from_secs(15),
        }
    }
}
/// Fastest an avatar may move, in metres per second (the game runs at 4.6).
pub const MAX_SPEED: f32 = 6.0;
/// Most distance, in metres, an avatar may cover in one burst of steps.
pub const ALLOWANCE_MAX: f32 = 3.0;
/// The avatar's radius for the walkable check (the game's capsule is 0.3 m; a little less
/// allows for quantisation and the physics' skin).
pub const RADIUS: f32 = 0.25;
/// Room chat lines and gestures in a burst, and the seconds until the next one.
const CHAT_BURST: f32 = 3.0;
const CHAT_REFILL_SECS: f32 = 3.0;

/// A member's identity as others see it.
#[derive(Clone, Debug)]
pub(crate) struct Who {
    /// The nickname.
    pub name: Nickname,
    /// Youth or counsellor.
    pub role: Role,
}

/// What a room is asked to do.
#[derive(Debug)]
pub(crate) enum Cmd {
    /// Put the account's avatar at `step` and answer the connection with
    /// [`ServerMsg::Entered`]. If the account's avatar is still here (a reconnect within the
    /// grace, a second tab) the connection takes it over.
    Enter {
        account: AccountId,
        conn: u64,
        who: Who,
        step: Step,
        tx: mpsc::Sender<Push>,
    },
    /// A step of the connection's avatar.
    Step {
        account: AccountId,
        conn: u64,
        step: Step,
    },
    /// The connection left the place: its avatar vanishes now.
    Leave { account: AccountId, conn: u64 },
    /// The connection broke: its avatar vanishes after [`Grace::lost`].
    Lost { account: AccountId, conn: u64 },
    /// A room chat line.
    Say {
        account: AccountId,
        conn: u64,
        text: SayText,
    },
    /// A gesture.
    Emote {
        account: AccountId,
        conn: u64,
        emote: Emote,
    },
    /// A counsellor's availability.
    Availability {
        account: AccountId,
        conn: u64,
        availability: Availability,
    },
    /// A young person asks for a counsellor to come.
    Ask { account: AccountId, conn: u64 },
    /// The young person takes it back.
    CancelAsk { account: AccountId, conn: u64 },
}

#[derive(Debug)]
struct Avatar {
    conn: u64,
    who: Who,
    availability: Option<Availability>,
    step: Step,
    /// Bumped for every step taken; viewers remember the last they were sent.
    version: u64,
    allowance: f32,
    allowance_at: Instant,
    heard: Instant,
    /// Set while its connection is gone.
    lost: Option<Instant>,
    chat_tokens: f32,
    chat_at: Instant,
}

impl Avatar {
    fn view(&self, handle: u16) -> AvatarView {
        AvatarView {
            handle,
            name: self.who.name.clone(),
            role: self.who.role,
            availability: self.availability,
            step: self.step,
        }
    }

    fn chat_allowed(&mut self, now: Instant) -> bool {
        let refill = now.duration_since(self.chat_at).as_secs_f32() / CHAT_REFILL_SECS;
        self.chat_tokens = (self.chat_tokens + refill).min(CHAT_BURST);
        self.chat_at = now;
        if self.chat_tokens >= 1.0 {
            self.chat_tokens -= 1.0;
            true
        } else {
            false
        }
    }
}

#[derive(Debug)]
struct Seen {
    handle: u16,
    sent: u64,
}

#[derive(Debug)]
struct Viewer {
    tx: mpsc::Sender<Push>,
    seen: HashMap<AccountId, Seen>,
    free: Vec<u16>,
    next: u16,
}

impl Viewer {
    fn new(tx: mpsc::Sender<Push>) -> Self {
        Self {
            tx,
            seen: HashMap::new(),
            free: Vec::new(),
            next: 0,
        }
    }

    fn push(&self, push: Push) -> bool {
        self.tx.try_send(push).is_ok()
    }

    fn handle(&mut self) -> u16 {
        self.free.pop().unwrap_or_else(|| {
            let handle = self.next;
            self.next = self.next.wrapping_add(1);
            handle
        })
    }

    /// Takes `account` out of view, telling the client.
    fn forget(&mut self, account: AccountId) {
        if let Some(seen) = self.seen.remove(&account) {
            // Should the queue be full, the client keeps a frozen avatar until it enters
            // again; its handle is not reused meanwhile.
            if self.push(Push::Frame(ServerMsg::Vanish {
                handle: seen.handle,
            })) {
                self.free.push(seen.handle);
            }
        }
    }
}

/// One place's state. Driven by [`run`].
#[derive(Debug)]
pub(crate) struct Room {
    place: Place,
    layout: Arc<Layout>,
    avatars: HashMap<AccountId, Avatar>,
    viewers: HashMap<AccountId, Viewer>,
    last_view: Instant,
    grace: Grace,
    /// Young people who asked for a counsellor to come, in the order they asked.
    asks: Vec<(AccountId, Instant)>,
    /// Where the room list counsellors see is kept.
    board: Board,
}

impl Room {
    /// An empty room of `place`.
    pub(crate) fn new(place: Place, layout: Arc<Layout>, grace: Grace, board: Board) -> Self {
        Self {
            place,
            layout,
            avatars: HashMap::new(),
            viewers: HashMap::new(),
            last_view: Instant::now(),
            grace,
            asks: Vec::new(),
            board,
        }
    }

    /// Puts this room's line on the counsellors' room list.
    fn publish(&self) {
        let count =
            |role: Role| self.avatars.values().filter(|a| a.who.role == role).count() as u32;
        let waiting = self
            .asks
            .iter()
            .filter_map(|(account, since)| {
                Some((self.avatars.get(account)?.who.name.clone(), *since))
            })
            .collect();
        self.board.publish(
            self.place,
            PlaceState {
                youth: count(Role::Youth),
                counsellors: count(Role::Counsellor),
                waiting,
            },
        );
    }

    /// Tells the viewer of `account`, if it has one.
    fn tell(&self, account: AccountId, msg: ServerMsg) {
        if let Some(viewer) = self.viewers.get(&account) {
            viewer.push(Push::Frame(msg));
        }
    }

    /// The avatar of `account` if `conn` drives it.
    fn driven(&mut self, account: AccountId, conn: u64) -> Option<&mut Avatar> {
        self.avatars
            .get_mut(&account)
            .filter(|a| a.conn == conn && a.lost.is_none())
    }

    fn apply(&mut self, cmd: Cmd, now: Instant) {
        let changes_list = !matches!(
            cmd,
            Cmd::Step { .. } | Cmd::Say { .. } | Cmd::Emote { .. } | Cmd::Availability { .. }
        );
        self.run(cmd, now);
        if changes_list {
            self.publish();
        }
    }

    fn run(&mut self, cmd: Cmd, now: Instant) {
        match cmd {
            Cmd::Enter {
                account,
                conn,
                who,
                step,
                tx,
            } => self.enter((account, conn), who, step, tx, now),
            Cmd::Step {
                account,
                conn,
                step,
            } => self.step(account, conn, step, now),
            Cmd::Leave { account, conn } => {
                if self.driven(account, conn).is_some() {
                    self.remove(account);
                }
            }
            Cmd::Lost { account, conn } => {
                if let Some(avatar) = self.driven(account, conn) {
                    avatar.lost = Some(now);
                    self.viewers.remove(&account);
                }
            }
            Cmd::Say {
                account,
                conn,
                text,
            } => self.relay(account, conn, now, |handle| ServerMsg::Said {
                handle,
                text: text.clone(),
            }),
            Cmd::Emote {
                account,
                conn,
                emote,
            } => self.relay(account, conn, now, |handle| ServerMsg::Emoted {
                handle,
                emote,
            }),
            Cmd::Availability {
                account,
                conn,
                availability,
            } => {
                let Some(avatar) = self.driven(account, conn) else {
                    return;
                };
                avatar.availability = Some(availability);
                for viewer in self.viewers.values() {
                    if let Some(seen) = viewer.seen.get(&account) {
                        viewer.push(Push::Frame(ServerMsg::AvailabilityChanged {
                            handle: seen.handle,
                            availability,
                        }));
                    }
                }
            }
            Cmd::Ask { account, conn } => {
                let Some(avatar) = self.driven(account, conn) else {
                    return;
                };
                if avatar.who.role != Role::Youth {
                    return;
                }
                if !self.asks.iter().any(|(asker, _)| *asker == account) {
                    self.asks.push((account, now));
                }
                self.tell(
                    account,
                    ServerMsg::Asked {
                        place: self.place,
                        waiting: true,
                    },
                );
            }
            Cmd::CancelAsk { account, conn } => {
                if self.driven(account, conn).is_none() {
                    return;
                }
                self.asks.retain(|(asker, _)| *asker != account);
                self.tell(
                    account,
                    ServerMsg::Asked {
                        place: self.place,
                        waiting: false,
                    },
                );
            }
        }
    }

    fn enter(
        &mut self,
        (account, conn): (AccountId, u64),
        who: Who,
        step: Step,
        tx: mpsc::Sender<Push>,
        now: Instant,
    ) {
        let availability = (who.role == Role::Counsellor).then_some(Availability::Available);
        match self.avatars.get_mut(&account) {
            // A reconnect or a second tab takes the avatar over: the others see it step, not
            // vanish and appear.
            Some(avatar) => {
                avatar.conn = conn;
                avatar.who = who;
                avatar.lost = None;
                avatar.heard = now;
                if avatar.step != step {
                    avatar.step = step;
                    avatar.version += 1;
                }
            }
            None => {
                self.avatars.insert(
                    account,
                    Avatar {
                        conn,
                        who,
                        availability,
                        step,
                        version: 1,
                        allowance: ALLOWANCE_MAX,
                        allowance_at: now,
                        heard: now,
                        lost: None,
                        chat_tokens: CHAT_BURST,
                        chat_at: now,
                    },
                );
            }
        }
        let mut viewer = Viewer::new(tx);
        let others: Vec<AvatarView> = self
            .choose_for(account, &viewer)
            .into_iter()
            .filter_map(|key| {
                let avatar = self.avatars.get(&key)?;
                let handle = viewer.handle();
                viewer.seen.insert(
                    key,
                    Seen {
                        handle,
                        sent: avatar.version,
                    },
                );
                Some(avatar.view(handle))
            })
            .collect();
        viewer.push(Push::Frame(ServerMsg::Entered {
            place: self.place,
            step,
            others,
        }));
        let counsellor = self
            .avatars
            .get(&account)
            .filter(|a| a.who.role == Role::Counsellor)
            .map(|a| a.who.name.clone());
        self.viewers.insert(account, viewer);
        // A counsellor came in: whoever asked is told who, and the requests are done.
        if let Some(name) = counsellor {
            for (asker, _) in std::mem::take(&mut self.asks) {
                self.tell(asker, ServerMsg::CounsellorComing { name: name.clone() });
                self.tell(
                    asker,
                    ServerMsg::Asked {
                        place: self.place,
                        waiting: false,
                    },
                );
            }
        }
    }

    fn step(&mut self, account: AccountId, conn: u64, step: Step, now: Instant) {
        let layout = Arc::clone(&self.layout);
        let Some(avatar) = self.driven(account, conn) else {
            return;
        };
        avatar.heard = now;
        let elapsed = now.duration_since(avatar.allowance_at).as_secs_f32();
        avatar.allowance = (avatar.allowance + elapsed * MAX_SPEED).min(ALLOWANCE_MAX);
        avatar.allowance_at = now;
        let distance = avatar.step.at.distance(step.at);
        let (x, z) = step.at.metres();
        if distance > avatar.allowance || !layout.walkable((x, z), RADIUS) {
            let stood = avatar.step;
            if let Some(viewer) = self.viewers.get(&account) {
                viewer.push(Push::Frame(ServerMsg::Corrected { step: stood }));
            }
            return;
        }
        avatar.allowance -= distance;
        if avatar.step != step {
            avatar.step = step;
            avatar.version += 1;
        }
    }

    /// Sends `frame(handle)` to every viewer that has the speaker in view.
    fn relay(
        &mut self,
        account: AccountId,
        conn: u64,
        now: Instant,
        frame: impl Fn(u16) -> ServerMsg,
    ) {
        let Some(avatar) = self.driven(account, conn) else {
            return;
        };
        if !avatar.chat_allowed(now) {
            if let Some(viewer) = self.viewers.get(&account) {
                viewer.push(Push::Frame(ServerMsg::Error {
                    code: ErrorCode::RateLimited,
                    message: "Too many chat lines; wait a moment.".to_owned(),
                }));
            }
            return;
        }
        for viewer in self.viewers.values() {
            if let Some(seen) = viewer.seen.get(&account) {
                viewer.push(Push::Frame(frame(seen.handle)));
            }
        }
    }

    fn remove(&mut self, account: AccountId) {
        self.asks.retain(|(asker, _)| *asker != account);
        self.avatars.remove(&account);
        self.viewers.remove(&account);
        for viewer in self.viewers.values_mut() {
            viewer.forget(account);
        }
    }

    fn others(&self) -> Vec<Other<AccountId>> {
        self.avatars
            .iter()
            .map(|(key, avatar)| Other {
                key: *key,
                at: avatar.step.at,
                counsellor: avatar.who.role == Role::Counsellor,
            })
            .collect()
    }

    fn choose_for(&self, account: AccountId, viewer: &Viewer) -> Vec<AccountId> {
        let Some(me) = self.avatars.get(&account) else {
            return Vec::new();
        };
        let others: Vec<Other<AccountId>> = self
            .others()
            .into_iter()
            .filter(|o| o.key != account)
            .collect();
        view::choose(me.step.at, &others, |key| viewer.seen.contains_key(&key))
    }

    /// Chooses every view again: avatars that came near appear, those gone far vanish.
    fn refresh_views(&mut self) {
        let everyone = self.others();
        let mut others: Vec<Other<AccountId>> = Vec::with_capacity(everyone.len());
        for (account, viewer) in &mut self.viewers {
            let Some(me) = self.avatars.get(account) else {
                continue;
            };
            // A viewer that does not read now is left as it is until it does.
            if viewer.tx.capacity() == 0 {
                continue;
            }
            others.clear();
            others.extend(everyone.iter().filter(|o| o.key != *account));
            let wanted = view::choose(me.step.at, &others, |key| viewer.seen.contains_key(&key));
            let gone: Vec<AccountId> = viewer
                .seen
                .keys()
                .filter(|key| !wanted.contains(key))
                .copied()
                .collect();
            for key in gone {
                viewer.forget(key);
            }
            for key in wanted {
                if viewer.seen.contains_key(&key) {
                    continue;
                }
                let Some(avatar) = self.avatars.get(&key) else {
                    continue;
                };
                let handle = viewer.handle();
                if viewer.push(Push::Frame(ServerMsg::Appear {
                    avatar: avatar.view(handle),
                })) {
                    viewer.seen.insert(
                        key,
                        Seen {
                            handle,
                            sent: avatar.version,
                        },
                    );
                } else {
                    viewer.free.push(handle);
                    break;
                }
            }
        }
    }

    /// Sends each viewer the steps it has not had yet.
    fn flush(&mut self) {
        let mut batch: Vec<(u16, Step)> = Vec::new();
        for viewer in self.viewers.values_mut() {
            batch.clear();
            for (key, seen) in &viewer.seen {
                if let Some(avatar) = self.avatars.get(key)
                    && avatar.version > seen.sent
                {
                    batch.push((seen.handle, avatar.step));
                }
            }
            if batch.is_empty() {
                continue;
            }
            let sent = batch
                .chunks(STEPS_MAX)
                .all(|chunk| viewer.push(Push::Binary(encode_steps(chunk))));
            if sent {
                for (key, seen) in &mut viewer.seen {
                    if let Some(avatar) = self.avatars.get(key) {
                        seen.sent = avatar.version;
                    }
                }
            }
        }
    }

    fn tick(&mut self, now: Instant) {
        let grace = self.grace;
        let expired: Vec<AccountId> = self
            .avatars
            .iter()
            .filter(|(_, a)| match a.lost {
                Some(since) => now.duration_since(since) >= grace.lost,
                None => now.duration_since(a.heard) >= grace.silent + grace.lost,
            })
            .map(|(key, _)| *key)
            .collect();
        for account in expired {
            // A connection still open but silent (a phone that put the page to sleep) is
            // told, so that it enters again when it wakes.
            if let Some(viewer) = self.viewers.get(&account) {
                viewer.push(Push::Frame(ServerMsg::Left { place: self.place }));
            }
            self.remove(account);
            self.publish();
        }
        if now.duration_since(self.last_view) >= VIEW_EVERY {
            self.last_view = now;
            self.refresh_views();
        }
        self.flush();
    }
}

/// Runs `room` until every sender of `commands` is gone. While the room is empty it only
/// waits for commands.
pub(crate) async fn run(mut room: Room, mut commands: mpsc::Receiver<Cmd>) {
    let mut ticks = tokio::time::interval(FLUSH_EVERY);
    ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Skip);
    loop {
        if room.avatars.is_empty() {
            let Some(cmd) = commands.recv().await else {
                return;
            };
            room.apply(cmd, Instant::now());
            continue;
        }
        tokio::select! {
            cmd = commands.recv() => {
                let Some(cmd) = cmd else { return };
                room.apply(cmd, Instant::now());
            }
            _ = ticks.tick() => room.tick(Instant::now()),
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]
    use super::*;
    use lernwelt_protocol::presence::{Gait, Heading, Spot};

    struct Rng(u64);

    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            self.0
        }

        /// Uniform in -range..range.
        fn signed(&mut self, range: f32) -> f32 {
            (self.next() % 20_001) as f32 / 10_000.0 * range - range
        }
    }

    /// Property: whatever steps a client sends, and however fast, the avatar the others see
    /// only ever stands on walkable spots and never moves faster than the allowance lets it.
    /// 200,000 steps: most a stride away, some far jumps, some into furniture or walls.
    #[test]
    fn no_sequence_of_steps_leaves_the_floor_or_outruns_the_limit() {
        let place = Place::JobCentre;
        let layout = Arc::new(Layout::of(place).unwrap());
        let mut room = Room::new(
            place,
            Arc::clone(&layout),
            Grace::default(),
            Board::default(),
        );
        let account = AccountId(7);
        let (tx, _rx) = mpsc::channel(1);
        let start = Instant::now();
        let (x, z) = layout.spawn;
        let spawn = Step {
            at: Spot::from_metres(x, z).unwrap(),
            ..Step::default()
        };
        let who = Who {
            name: Nickname::try_from("fuzzy".to_owned()).unwrap(),
            role: Role::Youth,
        };
        room.enter((account, 1), who, spawn, tx, start);
        let mut rng = Rng(0x0dd_ba11_cafe);
        let mut now = start;
        let mut last = spawn;
        let (mut taken, mut refused) = (0u32, 0u32);
        for _ in 0..200_000 {
            now += Duration::from_millis(rng.next() % 120);
            let (lx, lz) = room.avatars[&account].step.at.metres();
            let spread = match rng.next() % 10 {
                0 => 12.0,
                1 => 3.0,
                _ => 0.35,
            };
            let Some(at) = Spot::from_metres(lx + rng.signed(spread), lz + rng.signed(spread))
            else {
                continue;
            };
            let step = Step {
                at,
                heading: Heading((rng.next() % 256) as u8),
                gait: Gait::Walk,
            };
            let allowance_before = {
                let a = &room.avatars[&account];
                let elapsed = now.duration_since(a.allowance_at).as_secs_f32();
                (a.allowance + elapsed * MAX_SPEED).min(ALLOWANCE_MAX)
            };
            room.step(account, 1, step, now);
            let stands = room.avatars[&account].step;
            assert!(
                layout.walkable(stands.at.metres(), RADIUS),
                "stands on a walkable spot: {stands:?}"
            );
            let moved = last.at.distance(stands.at);
            assert!(
                moved <= allowance_before + 0.001,
                "moved {moved} m with {allowance_before} m allowed"
            );
            if stands == step {
                taken += 1;
            } else {
                refused += 1;
            }
            last = stands;
        }
        // Both kinds happen, or the property says little.
        assert!(
            taken > 10_000 && refused > 10_000,
            "{taken} taken, {refused} refused"
        );
    }
}
