//! The simulated avatars: one WebSocket each, from its own loopback source address (the
//! server limits new connections per address), authenticated with a minted session, entered
//! at its walker's spot; then a step every 100 ms and everything the server sends read and
//! counted.
//!
//! Move → seen latency: before a step goes out, its spot and the instant are written into the
//! sender's ring of recent steps ([`Tracker`]); a receiver that gets a steps batch maps each
//! handle to the sender (by the nickname in `entered`/`appear`; the relay uses the sender's
//! index as the handle), finds that spot among the sender's recent steps and records now minus
//! then. Everything runs in this one process, so one clock serves both ends.

use crate::backend::index_of;
use crate::relay;
use crate::stats::Histogram;
use crate::walk::{Layouts, Walker};
use futures_util::{SinkExt, StreamExt};
use lernwelt_protocol::presence::{Spot, decode_steps, encode_step};
use lernwelt_protocol::{ClientMsg, Place, ServerMsg, routes};
use serde_json::json;
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use tokio::net::{TcpSocket, TcpStream};
use tokio_tungstenite::WebSocketStream;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::protocol::WebSocketConfig;

/// Time between two steps of an avatar: 10 Hz.
pub const STEP_EVERY: Duration = Duration::from_millis(100);
/// Steps remembered per sender: 25.6 s at 10 Hz. A step seen later than that counts as
/// unmatched (and is missing from the percentiles: the JSON line says how many).
const RING: usize = 256;
/// Connections per source address: the server lets 60 open at once from one address.
const PER_ADDRESS: usize = 40;
/// How long connecting, authenticating and entering may take.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(30);
/// Error messages kept for the report.
const SAMPLES: usize = 3;

type Ws = WebSocketStream<TcpStream>;

/// The loopback address avatar `index` connects from.
#[must_use]
pub fn source_address(index: usize) -> Ipv4Addr {
    let k = index / PER_ADDRESS;
    let byte = |v: usize| u8::try_from(v).unwrap_or(u8::MAX);
    Ipv4Addr::new(127, 0, byte(1 + k / 250), byte(1 + k % 250))
}

/// A sender's recent steps: spot and send instant packed into one word each.
struct Ring {
    slots: [AtomicU64; RING],
    next: AtomicUsize,
}

impl Default for Ring {
    fn default() -> Self {
        Self {
            slots: std::array::from_fn(|_| AtomicU64::new(0)),
            next: AtomicUsize::new(0),
        }
    }
}

fn spot_key(spot: Spot) -> u64 {
    (u64::from(spot.x as u16) << 16) | u64::from(spot.z as u16)
}

impl Ring {
    fn record(&self, spot: Spot, micros: u32) {
        let slot = self.next.fetch_add(1, Ordering::Relaxed) % RING;
        self.slots[slot].store(
            (spot_key(spot) << 32) | u64::from(micros),
            Ordering::Release,
        );
    }

    /// When `spot` was last sent (microseconds since the tracker's origin). Searched from
    /// the newest step back, so the usual case (the last step or the one before) costs a load
    /// or two.
    fn sent_at(&self, spot: Spot) -> Option<u32> {
        let key = spot_key(spot);
        let head = self.next.load(Ordering::Acquire);
        (1..=RING)
            .map(|back| self.slots[head.wrapping_sub(back) % RING].load(Ordering::Acquire))
            .find(|v| *v != 0 && v >> 32 == key)
            .map(|v| (v & 0xffff_ffff) as u32)
    }
}

/// One avatar's counts since it connected; the run takes differences over its window.
#[derive(Default)]
struct Counters {
    sent: AtomicU64,
    sent_bytes: AtomicU64,
    received: AtomicU64,
    received_bytes: AtomicU64,
    corrections: AtomicU64,
    errors: AtomicU64,
    unmatched: AtomicU64,
    other_group: AtomicU64,
}

/// Sums of every avatar's counters at one moment.
#[derive(Debug, Default, Clone, Copy)]
pub struct Totals {
    /// Steps sent.
    pub sent: u64,
    /// WebSocket payload bytes sent.
    pub sent_bytes: u64,
    /// Steps received (entries of steps batches).
    pub received: u64,
    /// WebSocket payload bytes received (binary and JSON).
    pub received_bytes: u64,
    /// `corrected` frames.
    pub corrections: u64,
    /// Error frames, closed connections, unreadable frames.
    pub errors: u64,
    /// Steps received whose sender or spot could not be found (not in the latency figures).
    pub unmatched: u64,
    /// Steps received from an avatar of another group.
    pub other_group: u64,
}

impl Totals {
    /// The counts from `earlier` to `self`.
    #[must_use]
    pub fn since(self, earlier: Self) -> Self {
        Self {
            sent: self.sent - earlier.sent,
            sent_bytes: self.sent_bytes - earlier.sent_bytes,
            received: self.received - earlier.received,
            received_bytes: self.received_bytes - earlier.received_bytes,
            corrections: self.corrections - earlier.corrections,
            errors: self.errors - earlier.errors,
            unmatched: self.unmatched - earlier.unmatched,
            other_group: self.other_group - earlier.other_group,
        }
    }
}

/// What every avatar of a run shares: the rings, the counters, the latency histograms.
pub struct Tracker {
    origin: Instant,
    rings: Vec<Ring>,
    counters: Vec<Counters>,
    group: Vec<usize>,
    instance: Vec<usize>,
    measuring: AtomicBool,
    /// Errors not of one avatar (a task that failed, a backend that stopped).
    other_errors: AtomicU64,
    /// Latencies between avatars on the same server instance.
    pub same: Histogram,
    /// Latencies between avatars on different instances (runs with two).
    pub cross: Histogram,
    samples: Mutex<Vec<String>>,
}

impl Tracker {
    /// A tracker for avatars in the groups `group` connected to the instances `instance`.
    #[must_use]
    pub fn new(group: Vec<usize>, instance: Vec<usize>) -> Self {
        let n = group.len();
        Self {
            origin: Instant::now(),
            rings: (0..n).map(|_| Ring::default()).collect(),
            counters: (0..n).map(|_| Counters::default()).collect(),
            group,
            instance,
            measuring: AtomicBool::new(false),
            other_errors: AtomicU64::new(0),
            same: Histogram::default(),
            cross: Histogram::default(),
            samples: Mutex::new(Vec::new()),
        }
    }

    fn micros(&self) -> u32 {
        u32::try_from(self.origin.elapsed().as_micros())
            .unwrap_or(u32::MAX - 1)
            .saturating_add(1)
    }

    /// Starts or stops recording latencies.
    pub fn measure(&self, on: bool) {
        self.measuring.store(on, Ordering::Release);
    }

    /// Counts an error of avatar `index` (or of connecting it) and keeps the first messages.
    pub fn error(&self, index: usize, message: String) {
        match self.counters.get(index) {
            Some(c) => c.errors.fetch_add(1, Ordering::Relaxed),
            None => self.other_errors.fetch_add(1, Ordering::Relaxed),
        };
        let mut samples = self.samples.lock().unwrap_or_else(|e| e.into_inner());
        if samples.len() < SAMPLES && !samples.contains(&message) {
            samples.push(message);
        }
    }

    /// The first error messages.
    #[must_use]
    pub fn samples(&self) -> Vec<String> {
        self.samples
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
    }

    /// Every avatar's counts summed now.
    #[must_use]
    pub fn totals(&self) -> Totals {
        let mut t = Totals {
            errors: self.other_errors.load(Ordering::Relaxed),
            ..Totals::default()
        };
        for c in &self.counters {
            let get = |a: &AtomicU64| a.load(Ordering::Relaxed);
            t.sent += get(&c.sent);
            t.sent_bytes += get(&c.sent_bytes);
            t.received += get(&c.received);
            t.received_bytes += get(&c.received_bytes);
            t.corrections += get(&c.corrections);
            t.errors += get(&c.errors);
            t.unmatched += get(&c.unmatched);
            t.other_group += get(&c.other_group);
        }
        t
    }
}

/// Whom an avatar talks to.
#[derive(Clone, Debug)]
pub enum Target {
    /// The real server at this address, with this session token.
    Server(SocketAddr, String),
    /// The bare relay at this address.
    Relay(SocketAddr),
}

/// Which avatar each handle of a server's view stands for. The server hands out small handles
/// and reuses freed ones, so a vector indexed by the handle answers with one load where a
/// hash map would hash and probe, for every entry of every batch.
#[derive(Default)]
struct Senders(Vec<Option<usize>>);

impl Senders {
    fn get(&self, handle: u16) -> Option<usize> {
        self.0.get(usize::from(handle)).copied().flatten()
    }

    fn insert(&mut self, handle: u16, sender: usize) {
        let slot = usize::from(handle);
        if slot >= self.0.len() {
            self.0.resize(slot + 1, None);
        }
        self.0[slot] = Some(sender);
    }

    fn remove(&mut self, handle: u16) {
        if let Some(slot) = self.0.get_mut(usize::from(handle)) {
            *slot = None;
        }
    }
}

/// Handle → avatar index on one connection.
enum Handles {
    /// Learnt from the nicknames in `entered` and `appear`.
    Server(Senders),
    /// The relay's handles are the senders' indices.
    Relay,
}

/// One connected avatar.
pub struct Avatar {
    index: usize,
    place: Place,
    walker: Walker,
    ws: Ws,
    handles: Handles,
}

/// Connects avatar `index` to `target`, authenticates and enters `place` at the walker's
/// spot; within [`CONNECT_TIMEOUT`].
pub async fn connect(
    index: usize,
    place: Place,
    walker: Walker,
    target: Target,
) -> Result<Avatar, String> {
    tokio::time::timeout(CONNECT_TIMEOUT, connect_now(index, place, walker, target))
        .await
        .map_err(|_| format!("connecting took over {} s", CONNECT_TIMEOUT.as_secs()))?
}

async fn connect_now(
    index: usize,
    place: Place,
    mut walker: Walker,
    target: Target,
) -> Result<Avatar, String> {
    let addr = match &target {
        Target::Server(addr, _) | Target::Relay(addr) => *addr,
    };
    let from = source_address(index);
    let socket = TcpSocket::new_v4().map_err(|e| format!("socket: {e}"))?;
    socket
        .bind(SocketAddr::new(IpAddr::V4(from), 0))
        .map_err(|e| format!("binding {from}: {e}"))?;
    let stream = socket
        .connect(addr)
        .await
        .map_err(|e| format!("connecting to {addr}: {e}"))?;
    stream
        .set_nodelay(true)
        .map_err(|e| format!("TCP_NODELAY: {e}"))?;
    let url = match &target {
        Target::Server(..) => format!("ws://{addr}{}", routes::CHAT_WS),
        Target::Relay(_) => format!("ws://{addr}/ws?place={}&id={index}", place.id()),
    };
    // Small buffers: a thousand clients with tungstenite's default 128 KiB each would weigh
    // on the machine the server shares, and tungstenite zeroes the read buffer before every
    // read attempt (the server's reasoning, `READ_BUFFER_BYTES` in its ws.rs).
    let config = WebSocketConfig::default()
        .read_buffer_size(relay::READ_BUFFER_BYTES)
        .write_buffer_size(0);
    let (mut ws, _) = tokio_tungstenite::client_async_with_config(url, stream, Some(config))
        .await
        .map_err(|e| format!("WebSocket handshake: {e}"))?;
    let Target::Server(_, token) = target else {
        return Ok(Avatar {
            index,
            place,
            walker,
            ws,
            handles: Handles::Relay,
        });
    };
    send_json(
        &mut ws,
        json!({ "type": "auth", "token": token }).to_string(),
    )
    .await?;
    wait_for(&mut ws, |msg| matches!(msg, ServerMsg::Ready).then_some(())).await?;
    let enter = ClientMsg::Enter {
        place,
        from: None,
        at: Some(walker.spot()),
    };
    let enter = serde_json::to_string(&enter).map_err(|e| format!("enter frame: {e}"))?;
    send_json(&mut ws, enter).await?;
    let (step, others) = wait_for(&mut ws, |msg| match msg {
        ServerMsg::Entered { step, others, .. } => Some((step, others)),
        _ => None,
    })
    .await?;
    walker.put(step.at);
    let mut handles = Senders::default();
    for other in &others {
        if let Some(sender) = index_of(other.name.as_str()) {
            handles.insert(other.handle, sender);
        }
    }
    Ok(Avatar {
        index,
        place,
        walker,
        ws,
        handles: Handles::Server(handles),
    })
}

async fn send_json(ws: &mut Ws, text: String) -> Result<(), String> {
    ws.send(Message::text(text))
        .await
        .map_err(|e| format!("sending: {e}"))
}

/// Reads until `want` picks a frame; an error frame or a closed socket is an error.
async fn wait_for<T>(ws: &mut Ws, want: impl Fn(ServerMsg) -> Option<T>) -> Result<T, String> {
    loop {
        match ws.next().await {
            Some(Ok(Message::Text(text))) => match serde_json::from_str::<ServerMsg>(&text) {
                Ok(ServerMsg::Error { code, message }) => {
                    return Err(format!("refused: {code:?}: {message}"));
                }
                Ok(msg) => {
                    if let Some(found) = want(msg) {
                        return Ok(found);
                    }
                }
                Err(e) => return Err(format!("unreadable frame: {e}")),
            },
            Some(Ok(Message::Close(frame))) => {
                return Err(format!("closed by the server: {frame:?}"));
            }
            Some(Ok(_)) => {}
            Some(Err(e)) => return Err(format!("reading: {e}")),
            None => return Err("closed by the server".to_owned()),
        }
    }
}

impl Avatar {
    /// Steps every [`STEP_EVERY`] (the first after a phase of its own, so that the avatars'
    /// steps spread over the tenth of a second) and reads what comes, until the socket ends
    /// or the task is aborted.
    pub async fn run(mut self, layouts: Arc<Layouts>, tracker: Arc<Tracker>) {
        let Some(counters) = tracker.counters.get(self.index) else {
            return;
        };
        let phase = Duration::from_micros((self.index as u64 * 7_919) % 100_000);
        let mut ticks = tokio::time::interval_at(tokio::time::Instant::now() + phase, STEP_EVERY);
        ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Skip);
        loop {
            tokio::select! {
                _ = ticks.tick() => {
                    let Some(layout) = layouts.of(self.place) else { return };
                    let step = self.walker.step(layout);
                    if let Some(ring) = tracker.rings.get(self.index) {
                        ring.record(step.at, tracker.micros());
                    }
                    let frame = encode_step(step);
                    if let Err(e) = self.ws.send(Message::binary(frame.to_vec())).await {
                        tracker.error(self.index, format!("sending a step: {e}"));
                        return;
                    }
                    counters.sent.fetch_add(1, Ordering::Relaxed);
                    counters.sent_bytes.fetch_add(frame.len() as u64, Ordering::Relaxed);
                }
                frame = self.ws.next() => match frame {
                    Some(Ok(Message::Binary(bytes))) => self.batch(&bytes, &tracker, counters),
                    Some(Ok(Message::Text(text))) => self.json(&text, &tracker, counters),
                    Some(Ok(Message::Close(_))) | None => {
                        tracker.error(self.index, "the server closed a connection".to_owned());
                        return;
                    }
                    Some(Err(e)) => {
                        tracker.error(self.index, format!("reading: {e}"));
                        return;
                    }
                    Some(Ok(_)) => {}
                },
            }
        }
    }

    fn batch(&mut self, bytes: &[u8], tracker: &Tracker, counters: &Counters) {
        let now = tracker.micros();
        counters
            .received_bytes
            .fetch_add(bytes.len() as u64, Ordering::Relaxed);
        let Ok(entries) = decode_steps(bytes) else {
            tracker.error(self.index, "a malformed steps batch".to_owned());
            return;
        };
        counters
            .received
            .fetch_add(entries.len() as u64, Ordering::Relaxed);
        let measuring = tracker.measuring.load(Ordering::Acquire);
        let (mut unmatched, mut other_group) = (0, 0);
        for (handle, step) in entries {
            let sender = match &self.handles {
                Handles::Server(senders) => senders.get(handle),
                Handles::Relay => Some(usize::from(handle)),
            };
            let Some((ring, group, instance)) = sender.and_then(|s| {
                Some((
                    tracker.rings.get(s)?,
                    tracker.group.get(s)?,
                    tracker.instance.get(s)?,
                ))
            }) else {
                unmatched += 1;
                continue;
            };
            if Some(group) != tracker.group.get(self.index) {
                other_group += 1;
            }
            let Some(sent) = ring.sent_at(step.at) else {
                unmatched += 1;
                continue;
            };
            if measuring {
                let micros = u64::from(now.saturating_sub(sent));
                if Some(instance) == tracker.instance.get(self.index) {
                    tracker.same.record(micros);
                } else {
                    tracker.cross.record(micros);
                }
            }
        }
        counters.unmatched.fetch_add(unmatched, Ordering::Relaxed);
        counters
            .other_group
            .fetch_add(other_group, Ordering::Relaxed);
    }

    fn json(&mut self, text: &str, tracker: &Tracker, counters: &Counters) {
        counters
            .received_bytes
            .fetch_add(text.len() as u64, Ordering::Relaxed);
        let msg = match serde_json::from_str::<ServerMsg>(text) {
            Ok(msg) => msg,
            Err(e) => {
                tracker.error(self.index, format!("an unreadable frame: {e}"));
                return;
            }
        };
        match (msg, &mut self.handles) {
            (ServerMsg::Appear { avatar }, Handles::Server(senders)) => {
                if let Some(sender) = index_of(avatar.name.as_str()) {
                    senders.insert(avatar.handle, sender);
                }
            }
            (ServerMsg::Vanish { handle }, Handles::Server(senders)) => {
                senders.remove(handle);
            }
            (ServerMsg::Corrected { step }, _) => {
                self.walker.put(step.at);
                counters.corrections.fetch_add(1, Ordering::Relaxed);
            }
            (ServerMsg::Error { code, message }, _) => {
                tracker.error(self.index, format!("error frame {code:?}: {message}"));
            }
            (ServerMsg::Left { place }, _) => {
                tracker.error(self.index, format!("taken out of {place} (left)"));
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn senders_follow_appear_and_vanish_and_reuse_handles() {
        let mut senders = Senders::default();
        assert_eq!(senders.get(3), None);
        senders.insert(3, 17);
        senders.insert(0, 4);
        assert_eq!(
            (senders.get(3), senders.get(0), senders.get(1)),
            (Some(17), Some(4), None)
        );
        senders.remove(3);
        senders.remove(900);
        assert_eq!(senders.get(3), None);
        senders.insert(3, 5);
        assert_eq!(senders.get(3), Some(5));
        assert_eq!(senders.get(u16::MAX), None);
    }

    #[test]
    fn a_ring_finds_the_latest_send_of_a_spot_and_forgets_old_ones() {
        let ring = Ring::default();
        let spot = |x: i16, z: i16| Spot { x, z };
        ring.record(spot(-5, 7), 100);
        ring.record(spot(1, 1), 200);
        ring.record(spot(-5, 7), 300);
        assert_eq!(ring.sent_at(spot(-5, 7)), Some(300));
        assert_eq!(ring.sent_at(spot(1, 1)), Some(200));
        assert_eq!(ring.sent_at(spot(7, -5)), None);
        for t in 0..RING as u32 {
            ring.record(spot(1000, 0), 400 + t);
        }
        assert_eq!(ring.sent_at(spot(-5, 7)), None);
    }

    #[test]
    fn source_addresses_stay_under_the_per_address_limit() {
        assert_eq!(source_address(0), Ipv4Addr::new(127, 0, 1, 1));
        assert_eq!(source_address(PER_ADDRESS - 1), source_address(0));
        assert_ne!(source_address(PER_ADDRESS), source_address(0));
        assert_eq!(
            source_address(PER_ADDRESS * 250),
            Ipv4Addr::new(127, 0, 2, 1)
        );
    }
}
