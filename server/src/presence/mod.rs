//! Presence: young people and counsellors in the same place see each other. It rides on the
//! live-chat WebSocket ([`crate::ws`]) after the auth frame; see [`lernwelt_protocol::presence`]
//! for the frames.
//!
//! Each place is one [`room`] task that owns its members' positions. The server decides where
//! an avatar stands: within one connection it moves only by steps, each checked by the room
//! against the same layout data the game builds its rooms from ([`lernwelt_layout`]), and
//! goes from place to place only to the places' arrival points (in front of the door from the
//! place come from, or the spawn point). Only a connection's first entry may name a walkable
//! spot of its own: a reconnect goes on where it broke off.
//! Young people can ask for a counsellor to come; counsellors get the room list ([`Board`]):
//! how many are in each place and who is waiting. Nothing of presence is stored.
//! Several server instances share the places through a broker ([`remote`]).

pub mod remote;
pub mod reports;
pub mod room;
pub mod view;

use crate::broker::Link;
use crate::ws::Push;
use lernwelt_layout::Layout;
use lernwelt_protocol::presence::{Heading, RoomSummary, Spot, Step, Waiting};
use lernwelt_protocol::{AccountId, ErrorCode, Nickname, Place};
use room::{Cmd, Grace, RADIUS, Room, Target, Who};
use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};
use tokio::sync::{mpsc, oneshot, watch};
use tokio::time::Instant;

/// Commands a room may have waiting; steps beyond are dropped (the next one corrects it).
const ROOM_QUEUE: usize = 16_384;

/// Why entering a place was refused: the code and a short English explanation.
pub type Refusal = (ErrorCode, String);

/// One place's line on the counsellors' room list, as its room last published it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct PlaceState {
    pub(crate) youth: u32,
    pub(crate) counsellors: u32,
    /// Who asked for a counsellor, and since when, longest waiting first.
    pub(crate) waiting: Vec<(Nickname, Instant)>,
}

/// The room list counsellors see: each room publishes its line when it changes, and the
/// version tells the counsellors' connections to send it again.
#[derive(Clone, Debug)]
pub struct Board {
    places: Arc<Mutex<HashMap<Place, PlaceState>>>,
    version: Arc<watch::Sender<u64>>,
}

impl Default for Board {
    fn default() -> Self {
        Self {
            places: Arc::default(),
            version: Arc::new(watch::channel(0).0),
        }
    }
}

impl Board {
    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<Place, PlaceState>> {
        // A poisoned lock only means a holder panicked mid-update; the map is still usable.
        self.places.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Takes a room's line; counsellors hear of it only if it changed.
    pub(crate) fn publish(&self, place: Place, state: PlaceState) {
        let mut places = self.lock();
        if places.get(&place) != Some(&state) {
            places.insert(place, state);
            self.version.send_modify(|v| *v += 1);
        }
    }

    /// A receiver that changes whenever the list does.
    pub fn subscribe(&self) -> watch::Receiver<u64> {
        self.version.subscribe()
    }

    /// Every place's line now, in the places' order.
    pub fn rooms(&self) -> Vec<RoomSummary> {
        let places = self.lock();
        let now = Instant::now();
        Place::ALL
            .into_iter()
            .map(|place| {
                let state = places.get(&place).cloned().unwrap_or_default();
                RoomSummary {
                    place,
                    youth: state.youth,
                    counsellors: state.counsellors,
                    waiting: state
                        .waiting
                        .into_iter()
                        .map(|(name, since)| Waiting {
                            name,
                            seconds: u32::try_from(now.duration_since(since).as_secs())
                                .unwrap_or(u32::MAX),
                        })
                        .collect(),
                }
            })
            .collect()
    }
}

/// The places' rooms. Cheap to clone (shared).
#[derive(Clone, Debug)]
pub struct Presence {
    inner: Arc<Inner>,
}

#[derive(Debug)]
struct Inner {
    board: Board,
    grace: Grace,
    layouts: HashMap<Place, Arc<Layout>>,
    rooms: HashMap<Place, OnceLock<mpsc::Sender<Cmd>>>,
    link: Link,
}

impl Presence {
    /// Rooms for every place, with the layouts built into the server (the game's own),
    /// sharing the places with the other instances on `link`.
    pub fn new(grace: Grace, link: Link) -> Result<Self, String> {
        let mut layouts = HashMap::new();
        let mut rooms = HashMap::new();
        for place in Place::ALL {
            layouts.insert(place, Arc::new(Layout::of(place)?));
            rooms.insert(place, OnceLock::new());
        }
        Ok(Self {
            inner: Arc::new(Inner {
                board: Board::default(),
                grace,
                layouts,
                rooms,
                link,
            }),
        })
    }

    fn layout(&self, place: Place) -> Result<&Layout, Refusal> {
        self.inner
            .layouts
            .get(&place)
            .map(|layout| &**layout)
            .ok_or_else(|| (ErrorCode::Internal, format!("no layout for {place}")))
    }

    /// The room of `place`, started on first use (inside the server's runtime).
    fn room(&self, place: Place) -> Option<&mpsc::Sender<Cmd>> {
        let layout = Arc::clone(self.inner.layouts.get(&place)?);
        let grace = self.inner.grace;
        let board = self.inner.board.clone();
        let link = self.inner.link.clone();
        Some(self.inner.rooms.get(&place)?.get_or_init(|| {
            let (tx, rx) = mpsc::channel(ROOM_QUEUE);
            tokio::spawn(room::run(Room::new(place, layout, grace, board, link), rx));
            tx
        }))
    }

    async fn send(&self, place: Place, cmd: Cmd) {
        if let Some(room) = self.room(place) {
            let _ = room.send(cmd).await;
        }
    }

    /// Enters `place` for the connection `conn` of `account`, which is in `here` now (left
    /// first) and in `place` afterwards. It stands at the arrival point for `from`; on the
    /// connection's `first` entry at `resume` instead, if that is walkable (a reconnect goes on
    /// where it broke off). The room answers the connection through `tx`; those in `blocked`
    /// never come into its view.
    pub(crate) async fn enter(
        &self,
        here: &mut Option<Place>,
        (account, conn, first): (AccountId, u64, bool),
        who: Who,
        (place, from, resume): (Place, Option<Place>, Option<Spot>),
        (tx, blocked): (mpsc::Sender<Push>, Vec<AccountId>),
    ) -> Result<(), Refusal> {
        let layout = self.layout(place)?;
        let arrival = arrival(layout, from)?;
        let step = match resume {
            Some(at) if first && layout.walkable(at.metres(), RADIUS) => Step { at, ..arrival },
            _ => arrival,
        };
        self.leave(here, account, conn).await;
        self.send(
            place,
            Cmd::Enter {
                account,
                conn,
                who,
                step,
                tx,
                blocked,
            },
        )
        .await;
        *here = Some(place);
        Ok(())
    }

    /// A step of the connection's avatar in `place`. Never waits: with the room's queue full
    /// the step is dropped, and the client's next one is checked against the last taken.
    pub(crate) fn step(&self, place: Place, account: AccountId, conn: u64, step: Step) {
        if let Some(room) = self.room(place) {
            let _ = room.try_send(Cmd::Step {
                account,
                conn,
                step,
            });
        }
    }

    /// The connection leaves the place it is in (if any); its avatar vanishes now.
    pub(crate) async fn leave(&self, here: &mut Option<Place>, account: AccountId, conn: u64) {
        if let Some(place) = here.take() {
            self.send(place, Cmd::Leave { account, conn }).await;
        }
    }

    /// The connection broke while in `here`: its avatar vanishes after a grace period.
    pub(crate) async fn lost(&self, here: Option<Place>, account: AccountId, conn: u64) {
        if let Some(place) = here {
            self.send(place, Cmd::Lost { account, conn }).await;
        }
    }

    /// The counsellors' room list.
    pub fn board(&self) -> &Board {
        &self.inner.board
    }

    /// Hands news from `place`'s room on another instance to the room here. Never waits:
    /// with the room's queue full it is dropped (the next roster repairs it).
    pub(crate) fn hear(&self, place: Place, payload: &[u8]) {
        let Some((from, news)) = Link::read(payload) else {
            return;
        };
        if from == self.inner.link.instance() {
            return;
        }
        if let Some(room) = self.room(place) {
            let _ = room.try_send(Cmd::Remote { from, news });
        }
    }

    /// Who has `handle` in the view of the connection's avatar in `place`, with their last
    /// lines there.
    pub(crate) async fn resolve(
        &self,
        place: Place,
        (account, conn): (AccountId, u64),
        handle: u16,
    ) -> Option<Target> {
        let (reply, answer) = oneshot::channel();
        self.send(
            place,
            Cmd::Resolve {
                account,
                conn,
                handle,
                reply,
            },
        )
        .await;
        answer.await.ok().flatten()
    }

    /// Hands a chat line, gesture or availability to the room of `place`.
    pub(crate) async fn tell(&self, place: Place, cmd: Cmd) {
        self.send(place, cmd).await;
    }
}

/// Where someone entering `layout`'s place from `from` (or not through a door) stands.
fn arrival(layout: &Layout, from: Option<Place>) -> Result<Step, Refusal> {
    let ((x, z), yaw) = layout.arrival(from);
    let at = Spot::from_metres(x, z).ok_or_else(|| {
        (
            ErrorCode::Internal,
            "the arrival point lies outside the map".to_owned(),
        )
    })?;
    Ok(Step {
        at,
        heading: Heading::from_degrees(yaw),
        ..Step::default()
    })
}
