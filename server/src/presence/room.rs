//! One place's room: a task that owns who is there and where they stand, takes the steps,
//! chat lines and gestures of its members one at a time, and sends each viewer what it needs.
//!
//! - A step is taken only if it is walkable in the place's layout and within the distance
//!   the avatar could have run since its last step (an allowance that refills at
//!   [`MAX_SPEED`] up to [`ALLOWANCE_MAX`], so steps that arrive in a burst after a network
//!   stall still pass); otherwise the sender is told where it stands ([`ServerMsg::Corrected`]).
//! - Every [`FLUSH_EVERY`] each viewer gets one binary frame with the new steps of the avatars
//!   in its view, and nothing when nobody in view moved. The viewers are flushed in
//!   [`FLUSH_GROUPS`] groups spread over that interval, so a crowd's frames do not all leave
//!   in one burst. Every [`VIEW_EVERY`] the views are
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
//! - With other server instances ([`crate::broker`]) the room also holds copies of the
//!   avatars they drive, and tells them about its own ([`super::remote`]).
//! - Moderation: a viewer never sees those its person blocked (avatar or lines); counsellors
//!   mute a young person for a while or send them out of the place for
//!   [`lernwelt_protocol::presence::SENT_OUT_SECONDS`]; the room keeps the last lines said in it for a while, only so that
//!   a report can carry the reported person's own.

use super::remote::{Member, PEER_SILENT, PlaceNews, ROSTER_EVERY};
use super::view::{self, Other};
use super::{Board, PlaceState};
use crate::broker::{Link, Topic};
use crate::ws::Push;
use lernwelt_layout::Layout;
use lernwelt_protocol::presence::{
    Availability, AvatarView, Emote, Moderation, REPORT_LINES_MAX, STEPS_MAX, SayText, Step,
    encode_steps,
};
use lernwelt_protocol::{AccountId, ErrorCode, Nickname, Place, Role, ServerMsg};
use std::collections::{HashMap, HashSet, VecDeque};
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::{mpsc, oneshot};
use tokio::time::Instant;

/// How often the new steps are sent: batching adds at most this much to what others see.
pub const FLUSH_EVERY: Duration = Duration::from_millis(20);
/// The viewers are flushed in this many groups, one group every `FLUSH_EVERY / FLUSH_GROUPS`:
/// each viewer still gets a frame every [`FLUSH_EVERY`], but a crowd's frames leave spread
/// over the interval instead of all at once (a thousand sends in one burst make the last
/// viewers wait for the first ones' system calls).
pub const FLUSH_GROUPS: u8 = 10;
/// This instance's steps go to the other instances as one batch every this many group ticks
/// (every 4 ms): each batch costs the broker and every hearing instance a message, so
/// batching them a little more than the flush keeps that cost low.
pub const SHARE_EVERY_TICKS: u8 = 2;
/// The maps the flush looks into for every avatar in every view, tens of thousands of times a
/// second: keyed by server-made account ids, so a fast hash (seeded per map all the same)
/// serves better than the standard one, which is built to resist chosen keys.
type FastMap<K, V> = HashMap<K, V, foldhash::fast::RandomState>;

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
/// How long the room remembers what was said in it, for reports.
const RECENT_KEEP: Duration = Duration::from_secs(10 * 60);
/// Most lines the room remembers.
const RECENT_MAX: usize = 200;

/// Someone in a viewer's view, found by handle: for blocking and reporting.
#[derive(Clone, Debug)]
pub(crate) struct Target {
    /// Their account.
    pub account: AccountId,
    /// Their nickname.
    pub name: Nickname,
    /// Youth or counsellor.
    pub role: Role,
    /// Their last room chat lines here, oldest first (at most [`REPORT_LINES_MAX`]).
    pub lines: Vec<SayText>,
}

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
        /// Whom the account blocked: never in its view.
        blocked: Vec<AccountId>,
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
    /// News from the same place's room on another instance.
    Remote { from: u64, news: PlaceNews },
    /// Who has `handle` in the connection's view (with their last lines), if anyone.
    Resolve {
        account: AccountId,
        conn: u64,
        handle: u16,
        reply: oneshot::Sender<Option<Target>>,
    },
    /// The account blocked `target`: it vanishes from its view.
    Block {
        account: AccountId,
        target: AccountId,
    },
    /// The account unblocked `target`: it may come into view again.
    Unblock {
        account: AccountId,
        target: AccountId,
    },
    /// A counsellor mutes or sends out the young person with `handle` in their view, for
    /// `seconds`.
    Moderate {
        account: AccountId,
        conn: u64,
        handle: u16,
        action: Moderation,
        seconds: u32,
    },
}

/// Which instance drives an avatar.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Origin {
    /// One of this instance's connections.
    Local,
    /// Another instance (by its id): this is a copy.
    Remote(u64),
}

#[derive(Debug)]
struct Avatar {
    origin: Origin,
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
    /// Since when the young person waits for a counsellor to come, if they asked.
    asked: Option<Instant>,
}

impl Avatar {
    fn new(origin: Origin, conn: u64, who: Who, step: Step, now: Instant) -> Self {
        let availability = (who.role == Role::Counsellor).then_some(Availability::Available);
        Self {
            origin,
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
            asked: None,
        }
    }

    /// A copy of another instance's avatar.
    fn copy(from: u64, member: &Member, now: Instant) -> Self {
        let who = Who {
            name: member.name.clone(),
            role: member.role,
        };
        let mut avatar = Self::new(Origin::Remote(from), 0, who, member.step, now);
        avatar.availability = member.availability;
        avatar.asked = asked_since(member.asking, now);
        avatar
    }

    /// Takes the other instance's word for how it is now.
    fn update(&mut self, from: u64, member: &Member, now: Instant) {
        self.origin = Origin::Remote(from);
        self.who = Who {
            name: member.name.clone(),
            role: member.role,
        };
        self.availability = member.availability;
        // The first word on when it asked stands; later ones would only jitter the list.
        self.asked = match member.asking {
            Some(_) => self.asked.or(asked_since(member.asking, now)),
            None => None,
        };
        self.lost = None;
        if self.step != member.step {
            self.step = member.step;
            self.version += 1;
        }
    }

    fn member(&self, account: AccountId, now: Instant) -> Member {
        Member {
            account,
            name: self.who.name.clone(),
            role: self.who.role,
            availability: self.availability,
            step: self.step,
            asking: self.asked.map(|since| {
                u32::try_from(now.duration_since(since).as_secs()).unwrap_or(u32::MAX)
            }),
        }
    }

    fn is_remote(&self) -> bool {
        matches!(self.origin, Origin::Remote(_))
    }

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
    /// The avatar's version the viewer has.
    sent: u64,
}

#[derive(Debug)]
struct Viewer {
    tx: mpsc::Sender<Push>,
    /// Which of the [`FLUSH_GROUPS`] this viewer is flushed with.
    group: u8,
    seen: FastMap<AccountId, Seen>,
    free: Vec<u16>,
    next: u16,
    /// Whom its person blocked: never in view, never heard.
    blocked: HashSet<AccountId>,
}

impl Viewer {
    fn new(tx: mpsc::Sender<Push>, blocked: Vec<AccountId>, group: u8) -> Self {
        Self {
            tx,
            group,
            seen: FastMap::default(),
            free: Vec::new(),
            next: 0,
            blocked: blocked.into_iter().collect(),
        }
    }

    /// The account with `handle` in this view.
    fn account_of(&self, handle: u16) -> Option<AccountId> {
        self.seen
            .iter()
            .find(|(_, seen)| seen.handle == handle)
            .map(|(account, _)| *account)
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
    avatars: FastMap<AccountId, Avatar>,
    viewers: FastMap<AccountId, Viewer>,
    /// When each flush group's views were last chosen.
    last_view: [Instant; FLUSH_GROUPS as usize],
    grace: Grace,
    /// Where the room list counsellors see is kept.
    board: Board,
    /// The way to the same place's rooms on other instances.
    link: Link,
    /// Steps taken here since the last batch went to the other instances.
    outbox: Vec<(AccountId, Step)>,
    /// Who is muted here, until when.
    mutes: HashMap<AccountId, Instant>,
    /// Who was sent out of here, until when.
    bans: HashMap<AccountId, Instant>,
    /// The last lines said here (by whom, when), for reports.
    recent: VecDeque<(AccountId, SayText, Instant)>,
    /// When each other instance was last heard from.
    peers: HashMap<u64, Instant>,
    last_roster: Instant,
    /// The flush group of this tick.
    phase: u8,
    /// Viewers made so far (new ones join the groups in turn).
    viewers_made: u64,
}

impl Room {
    /// An empty room of `place`.
    pub(crate) fn new(
        place: Place,
        layout: Arc<Layout>,
        grace: Grace,
        board: Board,
        link: Link,
    ) -> Self {
        Self {
            place,
            layout,
            avatars: FastMap::default(),
            viewers: FastMap::default(),
            last_view: [Instant::now(); FLUSH_GROUPS as usize],
            grace,
            board,
            link,
            outbox: Vec::new(),
            mutes: HashMap::new(),
            bans: HashMap::new(),
            recent: VecDeque::new(),
            peers: HashMap::new(),
            last_roster: Instant::now(),
            phase: 0,
            viewers_made: 0,
        }
    }

    /// Tells the same place's rooms on the other instances.
    fn share(&self, news: &PlaceNews) {
        self.link.publish(Topic::Place(self.place), news);
    }

    /// Puts this room's line on the counsellors' room list.
    fn publish(&self) {
        let count =
            |role: Role| self.avatars.values().filter(|a| a.who.role == role).count() as u32;
        let mut waiting: Vec<(Nickname, Instant)> = self
            .avatars
            .values()
            .filter_map(|a| Some((a.who.name.clone(), a.asked?)))
            .collect();
        waiting.sort_by_key(|(_, since)| *since);
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

    /// The avatar of `account` if `conn` (of this instance) drives it.
    fn driven(&mut self, account: AccountId, conn: u64) -> Option<&mut Avatar> {
        self.avatars
            .get_mut(&account)
            .filter(|a| a.origin == Origin::Local && a.conn == conn && a.lost.is_none())
    }

    fn apply(&mut self, cmd: Cmd, now: Instant) {
        let changes_list = !matches!(
            cmd,
            Cmd::Step { .. }
                | Cmd::Say { .. }
                | Cmd::Emote { .. }
                | Cmd::Availability { .. }
                | Cmd::Remote {
                    news: PlaceNews::Steps { .. }
                        | PlaceNews::Said { .. }
                        | PlaceNews::Emoted { .. }
                        | PlaceNews::Availability { .. },
                    ..
                }
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
                blocked,
            } => self.enter((account, conn), who, step, (tx, blocked), now),
            Cmd::Step {
                account,
                conn,
                step,
            } => self.step(account, conn, step, now),
            Cmd::Leave { account, conn } => {
                if self.driven(account, conn).is_some() {
                    self.remove(account);
                    self.share(&PlaceNews::Gone { account });
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
            } => {
                if self.chat_allowed(account, conn, now) {
                    self.show(account, |handle| ServerMsg::Said {
                        handle,
                        text: text.clone(),
                    });
                    self.remember(account, text.clone(), now);
                    self.share(&PlaceNews::Said { account, text });
                }
            }
            Cmd::Emote {
                account,
                conn,
                emote,
            } => {
                if self.chat_allowed(account, conn, now) {
                    self.show(account, |handle| ServerMsg::Emoted { handle, emote });
                    self.share(&PlaceNews::Emoted { account, emote });
                }
            }
            Cmd::Availability {
                account,
                conn,
                availability,
            } => {
                let Some(avatar) = self.driven(account, conn) else {
                    return;
                };
                avatar.availability = Some(availability);
                self.show(account, |handle| ServerMsg::AvailabilityChanged {
                    handle,
                    availability,
                });
                self.share(&PlaceNews::Availability {
                    account,
                    availability,
                });
            }
            Cmd::Ask { account, conn } => {
                let Some(avatar) = self.driven(account, conn) else {
                    return;
                };
                if avatar.who.role != Role::Youth {
                    return;
                }
                avatar.asked.get_or_insert(now);
                self.tell(
                    account,
                    ServerMsg::Asked {
                        place: self.place,
                        waiting: true,
                    },
                );
                self.share(&PlaceNews::Asked {
                    account,
                    asking: true,
                });
            }
            Cmd::CancelAsk { account, conn } => {
                let Some(avatar) = self.driven(account, conn) else {
                    return;
                };
                avatar.asked = None;
                self.tell(
                    account,
                    ServerMsg::Asked {
                        place: self.place,
                        waiting: false,
                    },
                );
                self.share(&PlaceNews::Asked {
                    account,
                    asking: false,
                });
            }
            Cmd::Remote { from, news } => self.hear(from, news, now),
            Cmd::Resolve {
                account,
                conn,
                handle,
                reply,
            } => {
                let _ = reply.send(self.resolve(account, conn, handle));
            }
            Cmd::Block { account, target } => {
                if let Some(viewer) = self.viewers.get_mut(&account) {
                    viewer.blocked.insert(target);
                    viewer.forget(target);
                }
            }
            Cmd::Unblock { account, target } => {
                if let Some(viewer) = self.viewers.get_mut(&account) {
                    viewer.blocked.remove(&target);
                }
            }
            Cmd::Moderate {
                account,
                conn,
                handle,
                action,
                seconds,
            } => self.moderate((account, conn), handle, action, seconds, now),
        }
    }

    /// Who has `handle` in the view of the connection's avatar.
    fn resolve(&mut self, account: AccountId, conn: u64, handle: u16) -> Option<Target> {
        self.driven(account, conn)?;
        let target = self.viewers.get(&account)?.account_of(handle)?;
        let avatar = self.avatars.get(&target)?;
        let mut lines: Vec<SayText> = self
            .recent
            .iter()
            .rev()
            .filter(|(speaker, _, _)| *speaker == target)
            .take(REPORT_LINES_MAX)
            .map(|(_, text, _)| text.clone())
            .collect();
        lines.reverse();
        Some(Target {
            account: target,
            name: avatar.who.name.clone(),
            role: avatar.who.role,
            lines,
        })
    }

    /// Remembers a line said here, for reports.
    fn remember(&mut self, account: AccountId, text: SayText, now: Instant) {
        if self.recent.len() >= RECENT_MAX {
            self.recent.pop_front();
        }
        self.recent.push_back((account, text, now));
    }

    /// A counsellor's action on the young person with `handle` in their view.
    fn moderate(
        &mut self,
        (account, conn): (AccountId, u64),
        handle: u16,
        action: Moderation,
        seconds: u32,
        now: Instant,
    ) {
        let Some(actor) = self.driven(account, conn) else {
            return;
        };
        if actor.who.role != Role::Counsellor {
            return;
        }
        let target = self
            .viewers
            .get(&account)
            .and_then(|viewer| viewer.account_of(handle))
            .and_then(|target| Some((target, self.avatars.get(&target)?)));
        let Some((target, avatar)) = target else {
            self.tell(
                account,
                ServerMsg::Error {
                    code: ErrorCode::InvalidValue,
                    message: "nobody with this handle is in view".to_owned(),
                },
            );
            return;
        };
        if avatar.who.role != Role::Youth {
            self.tell(
                account,
                ServerMsg::Error {
                    code: ErrorCode::Forbidden,
                    message: "only young people can be muted or sent out".to_owned(),
                },
            );
            return;
        }
        let name = avatar.who.name.clone();
        match action {
            Moderation::Muted => {
                self.mute(target, seconds, now);
                self.share(&PlaceNews::Muted {
                    account: target,
                    seconds,
                });
            }
            Moderation::SentOut => {
                self.send_out(target, seconds, now);
                self.share(&PlaceNews::SentOut {
                    account: target,
                    seconds,
                });
            }
        }
        tracing::info!(
            target: "moderation",
            counsellor = %account,
            account = %target,
            ?action,
            seconds,
            place = %self.place,
            "moderated in a place"
        );
        self.tell(account, ServerMsg::Moderated { name, action });
    }

    /// Mutes `target` here for `seconds`; tells them if they are connected here.
    fn mute(&mut self, target: AccountId, seconds: u32, now: Instant) {
        self.mutes
            .insert(target, now + Duration::from_secs(u64::from(seconds)));
        if self
            .avatars
            .get(&target)
            .is_some_and(|a| a.origin == Origin::Local)
        {
            self.tell(
                target,
                ServerMsg::Muted {
                    place: self.place,
                    seconds,
                },
            );
        }
    }

    /// Sends `target` out of here for `seconds`: if this instance drives them, they are told
    /// and taken out (the others hear they are gone); a copy just goes.
    fn send_out(&mut self, target: AccountId, seconds: u32, now: Instant) {
        self.bans
            .insert(target, now + Duration::from_secs(u64::from(seconds)));
        let Some(avatar) = self.avatars.get(&target) else {
            return;
        };
        if avatar.origin == Origin::Local {
            self.tell(
                target,
                ServerMsg::SentOut {
                    place: self.place,
                    seconds,
                },
            );
            self.remove(target);
            self.share(&PlaceNews::Gone { account: target });
        } else {
            self.remove(target);
        }
    }

    /// News from the room of this place on the instance `from`.
    fn hear(&mut self, from: u64, news: PlaceNews, now: Instant) {
        self.peers.insert(from, now);
        match news {
            PlaceNews::Roster { members } => {
                for member in &members {
                    self.copy(from, member, now);
                }
                let gone: Vec<AccountId> = self
                    .avatars
                    .iter()
                    .filter(|(account, a)| {
                        a.origin == Origin::Remote(from)
                            && !members.iter().any(|m| m.account == **account)
                    })
                    .map(|(account, _)| *account)
                    .collect();
                for account in gone {
                    self.remove(account);
                }
            }
            PlaceNews::Entered { member } => {
                // The newest entry drives the avatar: a connection here that had it lets go.
                if let Some(avatar) = self.avatars.get_mut(&member.account)
                    && avatar.origin == Origin::Local
                {
                    avatar.origin = Origin::Remote(from);
                    self.viewers.remove(&member.account);
                }
                self.copy(from, &member, now);
                if member.role == Role::Counsellor {
                    self.counsellor_came(&member.name);
                }
            }
            PlaceNews::Steps { steps } => {
                for (account, step) in steps {
                    if let Some(avatar) = self.avatars.get_mut(&account)
                        && avatar.is_remote()
                        && avatar.step != step
                    {
                        avatar.step = step;
                        avatar.version += 1;
                    }
                }
                // Passed on with each viewer's next flush, like the steps taken here.
            }
            PlaceNews::Gone { account } => {
                if self.avatars.get(&account).is_some_and(Avatar::is_remote) {
                    self.remove(account);
                }
            }
            PlaceNews::Said { account, text } => {
                if self.avatars.get(&account).is_some_and(Avatar::is_remote) {
                    self.show(account, |handle| ServerMsg::Said {
                        handle,
                        text: text.clone(),
                    });
                    self.remember(account, text, now);
                }
            }
            PlaceNews::Muted { account, seconds } => self.mute(account, seconds, now),
            PlaceNews::SentOut { account, seconds } => self.send_out(account, seconds, now),
            PlaceNews::Emoted { account, emote } => {
                if self.avatars.get(&account).is_some_and(Avatar::is_remote) {
                    self.show(account, |handle| ServerMsg::Emoted { handle, emote });
                }
            }
            PlaceNews::Availability {
                account,
                availability,
            } => {
                if let Some(avatar) = self.avatars.get_mut(&account)
                    && avatar.is_remote()
                {
                    avatar.availability = Some(availability);
                    self.show(account, |handle| ServerMsg::AvailabilityChanged {
                        handle,
                        availability,
                    });
                }
            }
            PlaceNews::Asked { account, asking } => {
                if let Some(avatar) = self.avatars.get_mut(&account)
                    && avatar.is_remote()
                {
                    avatar.asked = if asking {
                        Some(avatar.asked.unwrap_or(now))
                    } else {
                        None
                    };
                }
            }
        }
    }

    /// Takes in or updates the copy of another instance's avatar (never one driven here).
    fn copy(&mut self, from: u64, member: &Member, now: Instant) {
        match self.avatars.get_mut(&member.account) {
            Some(avatar) if avatar.origin == Origin::Local => {}
            Some(avatar) => avatar.update(from, member, now),
            None => {
                self.avatars
                    .insert(member.account, Avatar::copy(from, member, now));
            }
        }
    }

    /// A counsellor came in (here or on another instance): everyone here who asked is told
    /// who, and every request of the place is done.
    fn counsellor_came(&mut self, name: &Nickname) {
        let mut askers = Vec::new();
        for (account, avatar) in &mut self.avatars {
            if avatar.asked.take().is_some() && avatar.origin == Origin::Local {
                askers.push(*account);
            }
        }
        for asker in askers {
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

    fn enter(
        &mut self,
        (account, conn): (AccountId, u64),
        who: Who,
        step: Step,
        (tx, blocked): (mpsc::Sender<Push>, Vec<AccountId>),
        now: Instant,
    ) {
        // Sent out a while ago: not yet back in.
        if let Some(until) = self.bans.get(&account)
            && *until > now
        {
            let seconds = until.duration_since(now).as_secs().max(1);
            let _ = tx.try_send(Push::Frame(ServerMsg::SentOut {
                place: self.place,
                seconds: u32::try_from(seconds).unwrap_or(u32::MAX),
            }));
            return;
        }
        match self.avatars.get_mut(&account) {
            // A reconnect or a second tab takes the avatar over (also one another instance
            // drove): the others see it step, not vanish and appear.
            Some(avatar) => {
                if avatar.is_remote() {
                    let fresh = Avatar::new(Origin::Local, conn, who.clone(), step, now);
                    avatar.allowance = fresh.allowance;
                    avatar.allowance_at = now;
                    avatar.chat_tokens = fresh.chat_tokens;
                    avatar.chat_at = now;
                    avatar.availability = avatar.availability.or(fresh.availability);
                }
                avatar.origin = Origin::Local;
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
                self.avatars
                    .insert(account, Avatar::new(Origin::Local, conn, who, step, now));
            }
        }
        let group = (self.viewers_made % u64::from(FLUSH_GROUPS)) as u8;
        self.viewers_made += 1;
        let mut viewer = Viewer::new(tx, blocked, group);
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
        if let Some(avatar) = self.avatars.get(&account) {
            self.share(&PlaceNews::Entered {
                member: avatar.member(account, now),
            });
        }
        // A counsellor came in: whoever asked is told who, and the requests are done.
        if let Some(name) = counsellor {
            self.counsellor_came(&name);
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
            self.outbox.push((account, step));
        }
    }

    /// Whether the connection's avatar may say or show something now; if not, it is told.
    fn chat_allowed(&mut self, account: AccountId, conn: u64, now: Instant) -> bool {
        let muted = self.mutes.get(&account).is_some_and(|until| *until > now);
        let Some(avatar) = self.driven(account, conn) else {
            return false;
        };
        let (code, message) = if muted {
            (ErrorCode::Muted, "A counsellor muted you here for a while.")
        } else if avatar.chat_allowed(now) {
            return true;
        } else {
            (
                ErrorCode::RateLimited,
                "Too many chat lines; wait a moment.",
            )
        };
        self.tell(
            account,
            ServerMsg::Error {
                code,
                message: message.to_owned(),
            },
        );
        false
    }

    /// Sends `frame(handle)` to every viewer that has `account` in view (and did not block
    /// them).
    fn show(&self, account: AccountId, frame: impl Fn(u16) -> ServerMsg) {
        for viewer in self.viewers.values() {
            if viewer.blocked.contains(&account) {
                continue;
            }
            if let Some(seen) = viewer.seen.get(&account) {
                viewer.push(Push::Frame(frame(seen.handle)));
            }
        }
    }

    fn remove(&mut self, account: AccountId) {
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
        let others = self.others();
        let others = others
            .iter()
            .filter(|o| o.key != account && !viewer.blocked.contains(&o.key));
        view::choose(me.step.at, others, |key| viewer.seen.contains_key(&key))
    }

    /// Chooses every view again: avatars that came near appear, those gone far vanish.
    /// Chooses the views of one flush group again (a group at a time, so that a crowd's
    /// choosing does not hold the room up in one piece).
    fn refresh_views(&mut self, group: u8) {
        let everyone = self.others();
        for (account, viewer) in self.viewers.iter_mut().filter(|(_, v)| v.group == group) {
            let Some(me) = self.avatars.get(account) else {
                continue;
            };
            // A viewer that does not read now is left as it is until it does.
            if viewer.tx.capacity() == 0 {
                continue;
            }
            let others = everyone
                .iter()
                .filter(|o| o.key != *account && !viewer.blocked.contains(&o.key));
            let wanted = view::choose(me.step.at, others, |key| viewer.seen.contains_key(&key));
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

    /// Sends each viewer the steps it has not had yet: one look-up per avatar in view. What
    /// goes out is marked as sent at once; should the viewer's queue not take it, the marks are
    /// put back and it goes with the next flush.
    fn flush(&mut self, group: u8) {
        let mut batch: Vec<(u16, Step)> = Vec::new();
        let mut marked: Vec<(AccountId, u64)> = Vec::new();
        for viewer in self.viewers.values_mut().filter(|v| v.group == group) {
            batch.clear();
            marked.clear();
            for (key, seen) in &mut viewer.seen {
                if let Some(avatar) = self.avatars.get(key)
                    && avatar.version > seen.sent
                {
                    marked.push((*key, seen.sent));
                    seen.sent = avatar.version;
                    batch.push((seen.handle, avatar.step));
                }
            }
            if batch.is_empty() {
                continue;
            }
            let sent = batch
                .chunks(STEPS_MAX)
                .all(|chunk| viewer.push(Push::Binary(encode_steps(chunk))));
            if !sent {
                for (key, before) in &marked {
                    if let Some(seen) = viewer.seen.get_mut(key) {
                        seen.sent = *before;
                    }
                }
            }
        }
    }

    /// Every `FLUSH_EVERY / FLUSH_GROUPS`: one group of viewers gets its steps (and, every
    /// [`VIEW_EVERY`], its views chosen again), every [`SHARE_EVERY_TICKS`] the other instances
    /// this instance's steps; once per round the rest of the room's upkeep.
    fn tick(&mut self, now: Instant) {
        self.phase = (self.phase + 1) % FLUSH_GROUPS;
        if self.phase == 0 {
            self.upkeep(now);
        }
        let group = usize::from(self.phase);
        if now.duration_since(self.last_view[group]) >= VIEW_EVERY {
            self.last_view[group] = now;
            self.refresh_views(self.phase);
        }
        if self.phase.is_multiple_of(SHARE_EVERY_TICKS) {
            self.share_steps();
        }
        self.flush(self.phase);
    }

    /// Avatars whose connection is gone or silent leave, mutes and bans run out, old lines are
    /// forgotten, and the other instances are told who is here.
    fn upkeep(&mut self, now: Instant) {
        let grace = self.grace;
        let expired: Vec<AccountId> = self
            .avatars
            .iter()
            .filter(|(_, a)| match (a.origin, a.lost) {
                (Origin::Remote(_), _) => false,
                (Origin::Local, Some(since)) => now.duration_since(since) >= grace.lost,
                (Origin::Local, None) => now.duration_since(a.heard) >= grace.silent + grace.lost,
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
            self.share(&PlaceNews::Gone { account });
            self.publish();
        }
        self.tick_peers(now);
        self.mutes.retain(|_, until| *until > now);
        self.bans.retain(|_, until| *until > now);
        while self
            .recent
            .front()
            .is_some_and(|(_, _, at)| now.duration_since(*at) > RECENT_KEEP)
        {
            self.recent.pop_front();
        }
    }

    /// This instance's steps since the last tick go to the other instances as one batch.
    fn share_steps(&mut self) {
        if !self.outbox.is_empty() {
            let steps = std::mem::take(&mut self.outbox);
            self.share(&PlaceNews::Steps { steps });
        }
    }

    /// The other instances' side of the upkeep: every [`ROSTER_EVERY`] this instance's avatars
    /// are named, and the copies of instances gone silent vanish.
    fn tick_peers(&mut self, now: Instant) {
        if now.duration_since(self.last_roster) >= ROSTER_EVERY {
            self.last_roster = now;
            let members: Vec<Member> = self
                .avatars
                .iter()
                .filter(|(_, a)| a.origin == Origin::Local)
                .map(|(account, a)| a.member(*account, now))
                .collect();
            if !members.is_empty() {
                self.share(&PlaceNews::Roster { members });
            }
        }
        self.peers
            .retain(|_, heard| now.duration_since(*heard) < PEER_SILENT);
        let orphans: Vec<AccountId> = self
            .avatars
            .iter()
            .filter(|(_, a)| match a.origin {
                Origin::Remote(from) => !self.peers.contains_key(&from),
                Origin::Local => false,
            })
            .map(|(account, _)| *account)
            .collect();
        if !orphans.is_empty() {
            for account in orphans {
                self.remove(account);
            }
            self.publish();
        }
    }
}

/// When a young person who says they have waited `asking` seconds asked.
fn asked_since(asking: Option<u32>, now: Instant) -> Option<Instant> {
    let seconds = Duration::from_secs(u64::from(asking?));
    Some(now.checked_sub(seconds).unwrap_or(now))
}

/// Runs `room` until every sender of `commands` is gone. While the room is empty it only
/// waits for commands.
pub(crate) async fn run(mut room: Room, mut commands: mpsc::Receiver<Cmd>) {
    let mut ticks = tokio::time::interval(FLUSH_EVERY / u32::from(FLUSH_GROUPS));
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
    use lernwelt_protocol::presence::decode_steps;
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

    /// An empty job centre on its own (no other instances), and its layout.
    fn job_centre() -> (Room, Arc<Layout>) {
        let place = Place::JobCentre;
        let layout = Arc::new(Layout::of(place).unwrap());
        let room = Room::new(
            place,
            Arc::clone(&layout),
            Grace::default(),
            Board::default(),
            Link::alone(),
        );
        (room, layout)
    }

    /// Property: whatever steps a client sends, and however fast, the avatar the others see
    /// only ever stands on walkable spots and never moves faster than the allowance lets it.
    /// 200,000 steps: most a stride away, some far jumps, some into furniture or walls.
    #[test]
    fn no_sequence_of_steps_leaves_the_floor_or_outruns_the_limit() {
        let (mut room, layout) = job_centre();
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
        room.enter((account, 1), who, spawn, (tx, Vec::new()), start);
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

    /// A viewer that does not read misses nothing: the step that found its queue full goes out
    /// with the first flush after it reads again, and only once.
    #[test]
    fn a_viewer_whose_queue_was_full_gets_the_missed_step_once_it_reads() {
        let (mut room, layout) = job_centre();
        let (x, z) = layout.spawn;
        let spawn = Step {
            at: Spot::from_metres(x, z).unwrap(),
            ..Step::default()
        };
        let who = |name: &str| Who {
            name: Nickname::try_from(name.to_owned()).unwrap(),
            role: Role::Youth,
        };
        let (walker, watcher) = (AccountId(1), AccountId(2));
        let start = Instant::now();
        let (walker_tx, _walker_rx) = mpsc::channel(64);
        let (watcher_tx, mut watcher_rx) = mpsc::channel(8);
        room.enter(
            (walker, 1),
            who("walker"),
            spawn,
            (walker_tx, Vec::new()),
            start,
        );
        room.enter(
            (watcher, 2),
            who("watcher"),
            spawn,
            (watcher_tx.clone(), Vec::new()),
            start,
        );
        while watcher_rx.try_recv().is_ok() {}
        // The watcher stops reading until its queue is full.
        while watcher_tx.try_send(Push::End).is_ok() {}
        let moved = Step {
            at: Spot::from_metres(x + 0.3, z).unwrap(),
            ..spawn
        };
        room.step(walker, 1, moved, start + Duration::from_millis(100));
        assert_eq!(room.avatars[&walker].step, moved, "the step was taken");
        let round = |room: &mut Room, millis: u64| {
            for _ in 0..FLUSH_GROUPS {
                room.tick(start + Duration::from_millis(millis));
            }
        };
        let steps_in = |rx: &mut mpsc::Receiver<Push>| {
            let mut steps = Vec::new();
            while let Ok(push) = rx.try_recv() {
                if let Push::Binary(bytes) = push {
                    steps.extend(decode_steps(&bytes).unwrap().into_iter().map(|(_, s)| s));
                }
            }
            steps
        };
        round(&mut room, 120);
        assert_eq!(
            steps_in(&mut watcher_rx),
            Vec::new(),
            "nothing fits a full queue"
        );
        round(&mut room, 140);
        assert_eq!(
            steps_in(&mut watcher_rx),
            vec![moved],
            "sent once it reads again"
        );
        round(&mut room, 160);
        assert_eq!(steps_in(&mut watcher_rx), Vec::new(), "and only once");
    }
}
