//! Live chat: `GET /api/ws` upgrades to a WebSocket whose first frame must be
//! [`ClientMsg::Auth`]. Afterwards a young person or counsellor sends messages (stored by the
//! same path as the HTTP reply route, with the same rules of who may write where, and
//! acknowledged only after they are stored) and typing notices; the server pushes new
//! messages and typing of the other party, whether a counsellor for the young person's
//! languages is online, and a young person's place in the waiting room for chat enquiries.
//!
//! The [`Hub`] keeps the open connections in process, keyed by account, each with a bounded
//! queue: a client that does not read loses pushes rather than holding the server up (the
//! history route catches it up). Frames larger than [`FRAME_MAX_BYTES`], broken JSON and
//! unknown types get an error frame and the connection stays; each connection has a frame
//! budget (every frame counts: text, binary, ping and pong), and one that keeps exceeding it
//! is closed. A logout or a deleted account ends its connections at once (the hub is told);
//! the session is also checked again for every text frame, and every [`SESSION_SWEEP`] the
//! sessions of all open connections are looked up at once, so an expired session or a
//! counsellor disabled from the command line (another process) ends within two seconds. The
//! heartbeat pings every connection and drops one that has not answered two of them, so a
//! phone that vanished does not keep a place or a false "counsellor online". When the server
//! shuts down every socket is closed with 1001 "going away". Nothing personal is logged.
//!
//! With several server instances ([`crate::broker`]) the hubs pass pushes for an account, ended
//! sessions and accounts, and which counsellors are online to each other ([`HubNews`]), so a
//! counsellor's reply reaches a young person connected to another instance.

use crate::AppState;
use crate::broker::{Link, Topic};
use crate::caller::Caller;
use crate::counselling::{Access, load, store_message};
use crate::error::{AppError, message_for};
use crate::presence::remote::PEER_SILENT;
use crate::presence::room::{Cmd, Who};
use crate::rate_limit;
use crate::security::{self, Event, Origin};
use crate::serve::ConnectionSlot;
use crate::sessions::{hash_token, now, well_formed};
use crate::store::{NewRoomReport, Store, TokenHash};
use axum::Router;
use axum::extract::ws::rejection::WebSocketUpgradeRejection;
use axum::extract::ws::{CloseFrame, Message, WebSocket, WebSocketUpgrade, close_code};
use axum::extract::{Extension, State};
use axum::middleware;
use axum::response::Response;
use axum::routing::get;
use futures_util::SinkExt;
use lernwelt_protocol::chat::FRAME_MAX_BYTES;
use lernwelt_protocol::presence::{MUTE_MINUTES_MAX, Moderation, SENT_OUT_SECONDS, decode_step};
use lernwelt_protocol::{
    AccountId, ClientMsg, EnquiryStatus, ErrorCode, Language, Languages, Mode, Nickname, Place,
    Role, SendMessageRequest, ServerMsg, Side, routes,
};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::collections::HashSet;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, Weak};
use std::time::{Duration, Instant};
use tokio::sync::{mpsc, watch};

/// Frames a connection may queue before further pushes to it are dropped.
const QUEUE: usize = 256;
/// Open connections one account may have at once (tabs, devices); more are refused.
pub const CONNECTIONS_PER_ACCOUNT_MAX: usize = 8;
/// How long a new connection may take to authenticate.
const AUTH_TIMEOUT: Duration = Duration::from_secs(10);
/// Frames refused for the rate limit after which the connection is closed.
const ABUSE_CLOSE_AFTER: u32 = 10;
/// The largest frame read at all; between this and [`FRAME_MAX_BYTES`] a frame is refused
/// with an error frame, above it the connection is dropped.
const READ_MAX_BYTES: usize = 64 * 1024;
/// Most queued pushes written together (see [`write_pushes`]).
const PUSHES_PER_WRITE: usize = 32;
/// The read buffer each connection allocates up front (tungstenite's default is 128 KiB, most
/// of an idle connection's memory). Tungstenite zeroes it before every read attempt, also
/// before one that finds nothing to read, so its size is paid thousands of times a second;
/// most frames are far smaller (a step is 13 bytes), and larger ones are read in pieces.
const READ_BUFFER_BYTES: usize = 1024;
/// How often the sessions of the open connections are checked: one ended, expired, of a
/// deleted or disabled account (also by the admin command, another process) closes its
/// connections within this time.
pub const SESSION_SWEEP: Duration = Duration::from_secs(2);
/// Shortest time between two room lists sent to a counsellor.
const ROOMS_EVERY: Duration = Duration::from_millis(500);
/// The most unaccepted enquiries looked at for waiting-room places.
const QUEUE_SCAN_MAX: i64 = 10_000;

/// The routes of this module.
pub fn router(state: &AppState) -> Router<AppState> {
    Router::new().route(
        routes::CHAT_WS,
        get(upgrade).route_layer(middleware::from_fn_with_state(
            state.ws_connect_limiter.clone(),
            rate_limit::enforce,
        )),
    )
}

/// What the hub and the presence rooms hand a connection.
#[derive(Debug, Clone)]
pub(crate) enum Push {
    /// A frame to send.
    Frame(ServerMsg),
    /// A binary frame to send (a batch of steps).
    Binary(Vec<u8>),
    /// The session is over (logout, account deleted): close the connection.
    End,
}

#[derive(Debug)]
struct Conn {
    id: u64,
    role: Role,
    languages: Vec<Language>,
    token_hash: TokenHash,
    tx: mpsc::Sender<Push>,
}

/// The counsellors online on another instance, as it last said.
#[derive(Debug)]
struct Desks {
    counsellors: Vec<(AccountId, Vec<Language>)>,
    heard: Instant,
}

/// The connections of this instance, and what the others said of theirs.
#[derive(Debug, Default)]
struct Conns {
    local: HashMap<AccountId, Vec<Conn>>,
    remote: HashMap<u64, Desks>,
}

impl Conns {
    fn counsellor_online(&self, language: Language) -> bool {
        self.local
            .values()
            .flatten()
            .any(|c| c.role == Role::Counsellor && c.languages.contains(&language))
            || self
                .remote
                .values()
                .flat_map(|desks| &desks.counsellors)
                .any(|(_, languages)| languages.contains(&language))
    }

    /// The languages a counsellor is online for, here or elsewhere.
    fn languages_online(&self) -> Vec<Language> {
        Language::ALL
            .into_iter()
            .filter(|l| self.counsellor_online(*l))
            .collect()
    }

    /// This instance's counsellors, for the others.
    fn local_counsellors(&self) -> Vec<(AccountId, Vec<Language>)> {
        self.local
            .iter()
            .filter_map(|(account, conns)| {
                let conn = conns.iter().find(|c| c.role == Role::Counsellor)?;
                Some((*account, conn.languages.clone()))
            })
            .collect()
    }

    /// Tells every connected young person here with one of `languages` that a counsellor for
    /// it came online or went away.
    fn announce(&self, languages: &[Language], online: bool) {
        for conn in self
            .local
            .values()
            .flatten()
            .filter(|c| c.role == Role::Youth)
        {
            for language in languages.iter().filter(|l| conn.languages.contains(l)) {
                let _ = conn.tx.try_send(Push::Frame(ServerMsg::CounsellorOnline {
                    language: *language,
                    online,
                }));
            }
        }
    }

    /// Announces the languages that came online or went away between `before` and now.
    fn announce_changes(&self, before: &[Language]) {
        let after = self.languages_online();
        let came: Vec<Language> = after
            .iter()
            .filter(|l| !before.contains(l))
            .copied()
            .collect();
        let went: Vec<Language> = before
            .iter()
            .filter(|l| !after.contains(l))
            .copied()
            .collect();
        self.announce(&came, true);
        self.announce(&went, false);
    }
}

/// What the hubs of several instances tell each other.
#[derive(Debug, Serialize, Deserialize)]
#[serde(tag = "t", rename_all = "snake_case")]
enum HubNews {
    /// A frame for every connection of the account.
    Push { account: AccountId, msg: ServerMsg },
    /// The session with this token hash is over.
    EndSession { token_hash: [u8; 32] },
    /// The account is gone.
    EndAccount { account: AccountId },
    /// The counsellors online on the sending instance, with their languages (sent when it
    /// changes and every second).
    Counsellors {
        online: Vec<(AccountId, Vec<Language>)>,
    },
}

/// The open chat connections. Cheap to clone (shared).
#[derive(Debug, Clone)]
pub struct Hub {
    conns: Arc<Mutex<Conns>>,
    next_id: Arc<AtomicU64>,
    /// Set when the server shuts down; every socket task holds a receiver, so its
    /// receiver count is the sockets still open (authenticated or not).
    going_away: Arc<watch::Sender<bool>>,
    /// The way to the other instances' hubs.
    link: Link,
    /// Whether the session sweep ([`Hub::sweep_sessions`]) runs.
    sweeping: Arc<AtomicBool>,
}

impl Default for Hub {
    fn default() -> Self {
        Self::new(Link::alone())
    }
}

impl Hub {
    /// The hub of an instance that shares its live chat with the others on `link`.
    pub fn new(link: Link) -> Self {
        Self {
            conns: Arc::default(),
            next_id: Arc::default(),
            going_away: Arc::new(watch::channel(false).0),
            link,
            sweeping: Arc::default(),
        }
    }

    /// Starts the session sweep once, when the first connection opens: every
    /// [`SESSION_SWEEP`] the sessions of this instance's connections are looked up together,
    /// and the connections of those that no longer count are ended. It stops with the hub
    /// (or the store) and at shutdown.
    fn sweep_sessions(&self, store: &Arc<dyn Store>) {
        if self.sweeping.swap(true, Ordering::Relaxed) {
            return;
        }
        let conns = Arc::downgrade(&self.conns);
        let store = Arc::downgrade(store);
        let mut going_away = self.going_away_signal();
        tokio::spawn(async move {
            let mut every = tokio::time::interval(SESSION_SWEEP);
            every.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
            loop {
                tokio::select! {
                    _ = every.tick() => {}
                    () = raised(&mut going_away) => return,
                }
                if !sweep_once(&conns, &store).await {
                    return;
                }
            }
        });
    }

    /// A receiver that turns true when the server shuts down.
    pub fn going_away_signal(&self) -> watch::Receiver<bool> {
        self.going_away.subscribe()
    }

    /// Closes every live-chat socket with 1001 "going away" (the server shuts down), also
    /// those still waiting for their first frame; the clients reconnect to the next server.
    pub fn going_away(&self) {
        self.going_away.send_replace(true);
    }

    /// Live-chat sockets open now.
    #[must_use]
    pub fn open_sockets(&self) -> usize {
        self.going_away.receiver_count()
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Conns> {
        // A poisoned lock only means a holder panicked mid-update; the map is still usable.
        self.conns.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Queues `msg` on every open connection of `account`, on this instance and the others
    /// (dropped where the queue is full).
    pub fn send_to(&self, account: AccountId, msg: &ServerMsg) {
        self.deliver(account, msg);
        self.link.publish(
            Topic::Hub,
            &HubNews::Push {
                account,
                msg: msg.clone(),
            },
        );
    }

    fn deliver(&self, account: AccountId, msg: &ServerMsg) {
        if let Some(conns) = self.lock().local.get(&account) {
            for conn in conns {
                let _ = conn.tx.try_send(Push::Frame(msg.clone()));
            }
        }
    }

    /// Ends the connections of the session with this token (a logout), here and on the other
    /// instances. Should a queue be full, the session sweep ends it.
    pub fn end_session(&self, token_hash: &TokenHash) {
        self.end_local_session(token_hash);
        self.link.publish(
            Topic::Hub,
            &HubNews::EndSession {
                token_hash: token_hash.0,
            },
        );
    }

    fn end_local_session(&self, token_hash: &TokenHash) {
        for conn in self.lock().local.values().flatten() {
            if conn.token_hash == *token_hash {
                let _ = conn.tx.try_send(Push::End);
            }
        }
    }

    /// Ends every connection of `account` (the account was deleted), here and elsewhere.
    pub fn end_account(&self, account: AccountId) {
        self.end_local_account(account);
        self.link
            .publish(Topic::Hub, &HubNews::EndAccount { account });
    }

    fn end_local_account(&self, account: AccountId) {
        if let Some(conns) = self.lock().local.get(&account) {
            for conn in conns {
                let _ = conn.tx.try_send(Push::End);
            }
        }
    }

    /// Whether `account` has a live connection open, on any instance (for counsellors: the
    /// desk is open).
    pub fn is_online(&self, account: AccountId) -> bool {
        let conns = self.lock();
        conns.local.contains_key(&account)
            || conns
                .remote
                .values()
                .any(|desks| desks.counsellors.iter().any(|(id, _)| *id == account))
    }

    /// Whether a young person may be connected: here, or anywhere when instances share.
    fn has_youth(&self) -> bool {
        self.link.shared()
            || self
                .lock()
                .local
                .values()
                .flatten()
                .any(|conn| conn.role == Role::Youth)
    }

    /// Tells the other instances which counsellors are online here.
    fn share_counsellors(&self, conns: &Conns) {
        self.link.publish(
            Topic::Hub,
            &HubNews::Counsellors {
                online: conns.local_counsellors(),
            },
        );
    }

    /// News from another instance's hub.
    pub(crate) fn hear(&self, payload: &[u8]) {
        let Some((from, news)) = Link::read::<HubNews>(payload) else {
            return;
        };
        if from == self.link.instance() {
            return;
        }
        match news {
            HubNews::Push { account, msg } => self.deliver(account, &msg),
            HubNews::EndSession { token_hash } => self.end_local_session(&TokenHash(token_hash)),
            HubNews::EndAccount { account } => self.end_local_account(account),
            HubNews::Counsellors { online } => {
                let mut conns = self.lock();
                let before = conns.languages_online();
                conns.remote.insert(
                    from,
                    Desks {
                        counsellors: online,
                        heard: Instant::now(),
                    },
                );
                conns.announce_changes(&before);
            }
        }
    }

    /// Once a second: tells the others which counsellors are online here, and forgets the
    /// counsellors of instances not heard from for a while (they died).
    pub(crate) fn tick(&self) {
        let mut conns = self.lock();
        self.share_counsellors(&conns);
        let before = conns.languages_online();
        conns
            .remote
            .retain(|_, desks| desks.heard.elapsed() < PEER_SILENT);
        conns.announce_changes(&before);
    }

    /// Registers a connection; `None` if the account has too many open already.
    fn add(&self, caller: &Caller, tx: mpsc::Sender<Push>) -> Option<u64> {
        let id = self.next_id.fetch_add(1, Ordering::Relaxed);
        let languages = caller.account.languages.as_slice().to_vec();
        let mut conns = self.lock();
        if conns
            .local
            .get(&caller.id())
            .is_some_and(|conns| conns.len() >= CONNECTIONS_PER_ACCOUNT_MAX)
        {
            return None;
        }
        let before = conns.languages_online();
        conns.local.entry(caller.id()).or_default().push(Conn {
            id,
            role: caller.role(),
            languages: languages.clone(),
            token_hash: caller.token_hash,
            tx: tx.clone(),
        });
        match caller.role() {
            Role::Youth => {
                for language in &languages {
                    let online = conns.counsellor_online(*language);
                    let _ = tx.try_send(Push::Frame(ServerMsg::CounsellorOnline {
                        language: *language,
                        online,
                    }));
                }
            }
            Role::Counsellor => {
                conns.announce_changes(&before);
                self.share_counsellors(&conns);
            }
            Role::Admin => {}
        }
        Some(id)
    }

    fn remove(&self, account: AccountId, id: u64) {
        let mut conns = self.lock();
        let before = conns.languages_online();
        let Some(list) = conns.local.get_mut(&account) else {
            return;
        };
        let Some(at) = list.iter().position(|c| c.id == id) else {
            return;
        };
        let conn = list.remove(at);
        if list.is_empty() {
            conns.local.remove(&account);
        }
        if conn.role == Role::Counsellor {
            conns.announce_changes(&before);
            self.share_counsellors(&conns);
        }
    }
}

/// One round of the session sweep; false once the hub or the store is gone.
async fn sweep_once(conns: &Weak<Mutex<Conns>>, store: &Weak<dyn Store>) -> bool {
    let (Some(shared), Some(store)) = (conns.upgrade(), store.upgrade()) else {
        return false;
    };
    let lock = || shared.lock().unwrap_or_else(|e| e.into_inner());
    let open: Vec<TokenHash> = {
        let conns = lock();
        let unique: HashSet<TokenHash> = conns
            .local
            .values()
            .flatten()
            .map(|c| c.token_hash)
            .collect();
        unique.into_iter().collect()
    };
    if open.is_empty() {
        return true;
    }
    match store.live_sessions(&open, now()).await {
        Ok(live) => {
            // Only sessions asked about: a connection that opened meanwhile is not judged.
            let live: HashSet<TokenHash> = live.into_iter().collect();
            let over: HashSet<TokenHash> = open.into_iter().filter(|h| !live.contains(h)).collect();
            if over.is_empty() {
                return true;
            }
            for conn in lock().local.values().flatten() {
                if over.contains(&conn.token_hash) {
                    let _ = conn.tx.try_send(Push::End);
                }
            }
        }
        Err(e) => tracing::warn!(error = %e, "cannot check the live chat's sessions"),
    }
    true
}

/// Sends every connected young person the waiting-room place of each of their chat
/// enquiries not yet accepted. Called when a young person connects and when the queue
/// changes (a chat enquiry is opened, accepted or closed). Failures are logged, not returned:
/// the change that triggered it has happened.
pub async fn push_positions(state: &AppState) {
    if !state.hub.has_youth() {
        return;
    }
    let Ok(all) = Languages::try_from(Language::ALL.to_vec()) else {
        return;
    };
    let waiting = match state.store.inbox(&all, None, None, QUEUE_SCAN_MAX).await {
        Ok(waiting) => waiting,
        Err(e) => {
            tracing::warn!(error = %e, "cannot read the waiting room");
            return;
        }
    };
    let mut places: HashMap<Language, u32> = HashMap::new();
    for (record, _) in waiting {
        if record.mode != Mode::Chat || record.status != EnquiryStatus::New {
            continue;
        }
        let place = places.entry(record.language).or_insert(0);
        *place += 1;
        state.hub.send_to(
            record.youth,
            &ServerMsg::Position {
                enquiry_id: record.id,
                position: *place,
            },
        );
    }
}

async fn upgrade(
    State(state): State<AppState>,
    slot: Option<Extension<ConnectionSlot>>,
    ws: Result<WebSocketUpgrade, WebSocketUpgradeRejection>,
) -> Result<Response, AppError> {
    // A plain GET, or a handshake with a wrong version or key: the API's JSON error.
    let ws =
        ws.map_err(|rejection| AppError::client(rejection.status(), ErrorCode::WebSocketRequired))?;
    Ok(ws
        .max_message_size(READ_MAX_BYTES)
        .max_frame_size(READ_MAX_BYTES)
        .read_buffer_size(READ_BUFFER_BYTES)
        .on_upgrade(move |socket| async move {
            // The socket keeps its connection's place under the connection cap.
            let _slot = slot;
            serve(state, socket).await;
        }))
}

fn error_frame(code: ErrorCode) -> ServerMsg {
    ServerMsg::Error {
        code,
        message: message_for(code).to_owned(),
    }
}

fn app_error_frame(error: AppError) -> ServerMsg {
    match error {
        AppError::Client { error, .. } => ServerMsg::Error {
            code: error.code,
            message: error.message,
        },
        AppError::RateLimited { .. } => error_frame(ErrorCode::RateLimited),
        AppError::Internal { context, detail } => {
            tracing::error!(context, detail = %detail, "chat frame failed");
            error_frame(ErrorCode::Internal)
        }
    }
}

async fn send(socket: &mut WebSocket, msg: &ServerMsg) -> bool {
    match serde_json::to_string(msg) {
        Ok(text) => socket.send(Message::Text(text.into())).await.is_ok(),
        Err(_) => false,
    }
}

/// Writes `first` and what else is queued already (up to [`PUSHES_PER_WRITE`]) with one flush,
/// so that a view's changes and the steps of one room tick leave in one system call rather
/// than one each. Leaving a place clears `here`. False when the connection is over (its
/// session ended, or the socket broke).
async fn write_pushes(
    socket: &mut WebSocket,
    rx: &mut mpsc::Receiver<Push>,
    first: Push,
    here: &mut Option<Place>,
) -> bool {
    let mut next = Some(first);
    let mut written = 0;
    while let Some(push) = next.take() {
        let message = match push {
            Push::Frame(msg) => {
                if matches!(msg, ServerMsg::Left { .. } | ServerMsg::SentOut { .. }) {
                    *here = None;
                }
                match serde_json::to_string(&msg) {
                    Ok(text) => Message::Text(text.into()),
                    Err(_) => return false,
                }
            }
            Push::Binary(bytes) => Message::Binary(bytes.into()),
            Push::End => {
                let _ = socket.flush().await;
                end_session(socket).await;
                return false;
            }
        };
        if socket.feed(message).await.is_err() {
            return false;
        }
        written += 1;
        if written < PUSHES_PER_WRITE {
            next = rx.try_recv().ok();
        }
    }
    socket.flush().await.is_ok()
}

/// Tells the client its session is over and closes the connection.
async fn end_session(socket: &mut WebSocket) {
    let _ = send(socket, &error_frame(ErrorCode::Unauthenticated)).await;
    close(socket, close_code::POLICY, "unauthenticated").await;
}

async fn close(socket: &mut WebSocket, code: u16, reason: &'static str) {
    let _ = socket
        .send(Message::Close(Some(CloseFrame {
            code,
            reason: reason.into(),
        })))
        .await;
}

/// The account behind the first frame, or the error frame to answer with.
async fn authenticate(state: &AppState, frame: Option<Message>) -> Result<Caller, ServerMsg> {
    let text = match frame {
        Some(Message::Text(text)) if text.len() <= FRAME_MAX_BYTES => text,
        Some(Message::Text(_)) => return Err(error_frame(ErrorCode::PayloadTooLarge)),
        _ => return Err(error_frame(ErrorCode::Unauthenticated)),
    };
    let token = match crate::json::parse::<ClientMsg>(text.as_bytes()) {
        Ok(ClientMsg::Auth { token }) => token,
        Ok(_) | Err(_) => return Err(error_frame(ErrorCode::Unauthenticated)),
    };
    let token = token.expose().trim();
    if !well_formed(token) {
        return Err(error_frame(ErrorCode::Unauthenticated));
    }
    let token_hash = hash_token(token);
    let account = state
        .store
        .session_account(&token_hash, now())
        .await
        .map_err(|e| app_error_frame(e.into()))?
        .ok_or_else(|| error_frame(ErrorCode::Unauthenticated))?;
    if account.role == Role::Admin {
        return Err(error_frame(ErrorCode::Forbidden));
    }
    Ok(Caller {
        account,
        token_hash,
    })
}

/// A per-connection token bucket over frames.
struct Budget {
    tokens: f64,
    updated: Instant,
    burst: f64,
    refill_every: Duration,
}

impl Budget {
    fn take(&mut self) -> bool {
        let now = Instant::now();
        let refill = now.duration_since(self.updated).as_secs_f64()
            / self.refill_every.as_secs_f64().max(f64::EPSILON);
        self.tokens = (self.tokens + refill).min(self.burst);
        self.updated = now;
        if self.tokens >= 1.0 {
            self.tokens -= 1.0;
            true
        } else {
            false
        }
    }
}

/// Returns once `flag` is true (at once if it is already); never if its sender is gone.
pub(crate) async fn raised(flag: &mut watch::Receiver<bool>) {
    if flag.wait_for(|set| *set).await.is_err() {
        std::future::pending::<()>().await;
    }
}

async fn serve(state: AppState, mut socket: WebSocket) {
    let mut going_away = state.hub.going_away.subscribe();
    let first = tokio::select! {
        first = tokio::time::timeout(AUTH_TIMEOUT, socket.recv()) => match first {
            Ok(Some(Ok(frame))) => Some(frame),
            _ => None,
        },
        () = raised(&mut going_away) => {
            close(&mut socket, close_code::AWAY, "server restarting").await;
            return;
        }
    };
    let caller = match authenticate(&state, first).await {
        Ok(caller) => caller,
        Err(frame) => {
            send(&mut socket, &frame).await;
            close(&mut socket, close_code::POLICY, "unauthenticated").await;
            return;
        }
    };
    let (tx, mut rx) = mpsc::channel(QUEUE);
    let Some(id) = state.hub.add(&caller, tx.clone()) else {
        security::record(Event::RateLimited, Some(caller.id()), Origin::default());
        send(&mut socket, &error_frame(ErrorCode::RateLimited)).await;
        close(&mut socket, close_code::POLICY, "too many connections").await;
        return;
    };
    state.hub.sweep_sessions(&state.store);
    tracing::debug!(account = %caller.id(), "chat connected");
    if !send(&mut socket, &ServerMsg::Ready).await {
        state.hub.remove(caller.id(), id);
        return;
    }
    let mut conn = Connection {
        id,
        tx,
        here: None,
        entered_before: false,
        blocked: Vec::new(),
        reports: 0,
    };
    if caller.role() == Role::Youth {
        push_positions(&state).await;
        // Whom this young person blocked: never in their view, and listed in the game.
        match state.store.blocked(caller.id()).await {
            Ok(blocked) => conn.blocked = blocked,
            Err(e) => tracing::warn!(error = %e, "cannot read the blocked list"),
        }
        if !send(&mut socket, &blocked_list(&conn)).await {
            state.hub.remove(caller.id(), id);
            return;
        }
    }
    let budget_of = |limit: rate_limit::RateLimit| Budget {
        tokens: f64::from(limit.burst),
        updated: Instant::now(),
        burst: f64::from(limit.burst),
        refill_every: limit.refill_every,
    };
    let mut budget = budget_of(state.settings.ws_frame_limit);
    let mut step_budget = budget_of(state.settings.ws_step_limit);
    let mut refused = 0_u32;
    let every = state.settings.ws_heartbeat;
    let mut heartbeat = tokio::time::interval_at(tokio::time::Instant::now() + every, every);
    heartbeat.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    let mut last_heard = Instant::now();
    // Counsellors get the room list now and whenever it changes, at most every ROOMS_EVERY.
    let mut rooms = (caller.role() == Role::Counsellor).then(|| state.presence.board().subscribe());
    if let Some(rooms) = &mut rooms {
        rooms.mark_changed();
    }
    let rooms_pause = tokio::time::sleep(Duration::ZERO);
    tokio::pin!(rooms_pause);
    let mut rooms_ready = true;
    // Made once, not on every turn of the loop: all connections wait on this one signal, and
    // a new wait on every frame sent would queue them at its lock tens of thousands of times
    // a second under load.
    let away = raised(&mut going_away);
    tokio::pin!(away);
    loop {
        tokio::select! {
            Some(()) = rooms_changed(&mut rooms), if rooms_ready => {
                let list = ServerMsg::Rooms { rooms: state.presence.board().rooms() };
                if !send(&mut socket, &list).await {
                    break;
                }
                rooms_ready = false;
                rooms_pause.as_mut().reset(tokio::time::Instant::now() + ROOMS_EVERY);
            }
            () = &mut rooms_pause, if !rooms_ready => rooms_ready = true,
            pushed = rx.recv() => {
                let Some(push) = pushed else {
                    end_session(&mut socket).await;
                    break;
                };
                if !write_pushes(&mut socket, &mut rx, push, &mut conn.here).await {
                    break;
                }
            }
            () = &mut away => {
                close(&mut socket, close_code::AWAY, "server restarting").await;
                break;
            }
            _ = heartbeat.tick() => {
                if last_heard.elapsed() > every * 2 + every / 2 {
                    tracing::debug!(account = %caller.id(), "chat closed: no answer to pings");
                    break;
                }
                if socket.send(Message::Ping(Vec::new().into())).await.is_err() {
                    break;
                }
            }
            frame = socket.recv() => {
                let Some(Ok(frame)) = frame else { break };
                last_heard = Instant::now();
                if matches!(frame, Message::Close(_)) {
                    break;
                }
                // Every frame costs from a budget, whatever its kind: steps (binary, ten a
                // second while walking) from their own.
                let allowed = match frame {
                    Message::Binary(_) => step_budget.take(),
                    _ => budget.take(),
                };
                if !allowed {
                    if refused == 0 {
                        // Once per connection: a flood is one event, not thousands of lines.
                        security::record(Event::RateLimited, Some(caller.id()), Origin::default());
                    }
                    refused += 1;
                    let _ = send(&mut socket, &error_frame(ErrorCode::RateLimited)).await;
                    if refused >= ABUSE_CLOSE_AFTER {
                        tracing::info!(account = %caller.id(), "chat closed for flooding");
                        close(&mut socket, close_code::POLICY, "rate limited").await;
                        break;
                    }
                    continue;
                }
                let text = match frame {
                    Message::Text(text) => text,
                    // A step: checked by the place's room, without a database round trip (the
                    // session sweep and the hub end a connection whose session is over).
                    Message::Binary(bytes) => {
                        let reply = match (decode_step(&bytes), conn.here) {
                            (Ok(step), Some(place)) => {
                                state.presence.step(place, caller.id(), conn.id, step);
                                None
                            }
                            (Ok(_), None) => Some(not_in_place()),
                            (Err(code), _) => Some(ServerMsg::Error {
                                code,
                                message: "a binary frame must be one step (7 bytes)".to_owned(),
                            }),
                        };
                        if let Some(reply) = reply
                            && !send(&mut socket, &reply).await
                        {
                            break;
                        }
                        continue;
                    }
                    Message::Ping(_) | Message::Pong(_) | Message::Close(_) => continue,
                };
                // The session may have ended (logout, expiry, deleted or disabled account)
                // since the first frame: then the connection ends too.
                match state.store.session_account(&caller.token_hash, now()).await {
                    Ok(Some(_)) => {}
                    Ok(None) => {
                        end_session(&mut socket).await;
                        break;
                    }
                    Err(e) => {
                        let _ = send(&mut socket, &app_error_frame(e.into())).await;
                        continue;
                    }
                }
                let reply = if text.len() > FRAME_MAX_BYTES {
                    Some(error_frame(ErrorCode::PayloadTooLarge))
                } else {
                    handle(&state, &caller, &mut conn, text.as_bytes()).await
                };
                if let Some(reply) = reply
                    && !send(&mut socket, &reply).await
                {
                    break;
                }
            }
        }
    }
    state.presence.lost(conn.here, caller.id(), conn.id).await;
    state.hub.remove(caller.id(), id);
    tracing::debug!(account = %caller.id(), "chat disconnected");
}

/// The next change of the room list; never for connections without one (young people).
async fn rooms_changed(rooms: &mut Option<watch::Receiver<u64>>) -> Option<()> {
    match rooms {
        Some(rooms) => rooms.changed().await.ok(),
        None => std::future::pending().await,
    }
}

/// One socket's own state.
struct Connection {
    /// Its id in the hub (and in the presence rooms).
    id: u64,
    /// Its queue, for the rooms to answer through.
    tx: mpsc::Sender<Push>,
    /// The place it is in.
    here: Option<Place>,
    /// Whether it has entered a place before (only the first entry may resume at a spot).
    entered_before: bool,
    /// Whom the account blocked (young people only).
    blocked: Vec<(AccountId, Nickname)>,
    /// Reports sent on this connection.
    reports: u32,
}

/// Reports one connection may send; more are refused (with the hourly limit per account).
const REPORTS_PER_CONNECTION: u32 = 20;
/// Reports one account may send in an hour.
const REPORTS_PER_HOUR: i64 = 10;

/// The connection's blocked list as the client gets it.
fn blocked_list(conn: &Connection) -> ServerMsg {
    ServerMsg::Blocked {
        names: conn.blocked.iter().map(|(_, name)| name.clone()).collect(),
    }
}

fn not_in_place() -> ServerMsg {
    ServerMsg::Error {
        code: ErrorCode::InvalidValue,
        message: "enter a place first".to_owned(),
    }
}

/// One text frame after authentication; the frame to answer with, if any.
async fn handle(
    state: &AppState,
    caller: &Caller,
    conn: &mut Connection,
    bytes: &[u8],
) -> Option<ServerMsg> {
    let frame = match crate::json::parse::<ClientMsg>(bytes) {
        Ok(frame) => frame,
        Err(e) => return Some(app_error_frame(e)),
    };
    match frame {
        ClientMsg::Auth { .. } => Some(error_frame(ErrorCode::InvalidValue)),
        ClientMsg::Send {
            enquiry_id,
            client_message_id,
            text,
        } => {
            let request = SendMessageRequest {
                client_message_id: client_message_id.clone(),
                text,
            };
            Some(
                match store_message(state, caller, enquiry_id, request).await {
                    Ok((message, _)) => ServerMsg::Ack {
                        client_message_id,
                        message_id: message.id,
                    },
                    Err(e) => app_error_frame(e),
                },
            )
        }
        ClientMsg::Typing { enquiry_id } => {
            let (record, access) = match load(state, caller, enquiry_id).await {
                Ok(found) => found,
                Err(e) => return Some(app_error_frame(e)),
            };
            let (other, from) = match access {
                Access::Owner => (record.counsellor, Side::Youth),
                Access::Assignee => (Some(record.youth), Side::Counsellor),
                Access::InboxReader => return Some(error_frame(ErrorCode::EnquiryNotAccepted)),
            };
            if let Some(other) = other
                && record.status == EnquiryStatus::Accepted
            {
                state
                    .hub
                    .send_to(other, &ServerMsg::Typing { enquiry_id, from });
            }
            None
        }
        ClientMsg::Enter { place, from, at } => {
            let who = Who {
                name: caller.account.nickname.clone(),
                role: caller.role(),
            };
            let presence = &state.presence;
            let blocked = conn.blocked.iter().map(|(id, _)| *id).collect();
            let entered = presence
                .enter(
                    &mut conn.here,
                    (caller.id(), conn.id, !conn.entered_before),
                    who,
                    (place, from, at),
                    (conn.tx.clone(), blocked),
                )
                .await;
            conn.entered_before |= entered.is_ok();
            entered
                .err()
                .map(|(code, message)| ServerMsg::Error { code, message })
        }
        ClientMsg::Leave => {
            state
                .presence
                .leave(&mut conn.here, caller.id(), conn.id)
                .await;
            None
        }
        ClientMsg::Say { text } => {
            tell(state, caller, conn, |account, conn| Cmd::Say {
                account,
                conn,
                text,
            })
            .await
        }
        ClientMsg::Emote { emote } => {
            tell(state, caller, conn, |account, conn| Cmd::Emote {
                account,
                conn,
                emote,
            })
            .await
        }
        ClientMsg::AskCounsellor | ClientMsg::CancelAsk if caller.role() != Role::Youth => {
            Some(error_frame(ErrorCode::Forbidden))
        }
        ClientMsg::AskCounsellor => {
            tell(state, caller, conn, |account, conn| Cmd::Ask {
                account,
                conn,
            })
            .await
        }
        ClientMsg::CancelAsk => {
            tell(state, caller, conn, |account, conn| Cmd::CancelAsk {
                account,
                conn,
            })
            .await
        }
        ClientMsg::Block { handle } => Some(block(state, caller, conn, handle).await),
        ClientMsg::Unblock { name } => {
            if caller.role() != Role::Youth {
                return Some(error_frame(ErrorCode::Forbidden));
            }
            match state.store.unblock(caller.id(), &name.canonical()).await {
                Ok(Some(target)) => {
                    conn.blocked.retain(|(id, _)| *id != target);
                    if let Some(place) = conn.here {
                        let account = caller.id();
                        state
                            .presence
                            .tell(place, Cmd::Unblock { account, target })
                            .await;
                    }
                    Some(blocked_list(conn))
                }
                Ok(None) => Some(blocked_list(conn)),
                Err(e) => Some(app_error_frame(e.into())),
            }
        }
        ClientMsg::Report { handle } => Some(report(state, caller, conn, handle).await),
        ClientMsg::Mute { .. } | ClientMsg::SendOut { .. } if caller.role() != Role::Counsellor => {
            Some(error_frame(ErrorCode::Forbidden))
        }
        ClientMsg::Mute { handle, minutes } => {
            if minutes == 0 || minutes > MUTE_MINUTES_MAX {
                return Some(ServerMsg::Error {
                    code: ErrorCode::InvalidValue,
                    message: format!("minutes must be 1 to {MUTE_MINUTES_MAX}"),
                });
            }
            tell(state, caller, conn, |account, conn| Cmd::Moderate {
                account,
                conn,
                handle,
                action: Moderation::Muted,
                seconds: u32::from(minutes) * 60,
            })
            .await
        }
        ClientMsg::SendOut { handle } => {
            tell(state, caller, conn, |account, conn| Cmd::Moderate {
                account,
                conn,
                handle,
                action: Moderation::SentOut,
                seconds: SENT_OUT_SECONDS,
            })
            .await
        }
        ClientMsg::Availability { availability } => {
            if caller.role() != Role::Counsellor {
                return Some(error_frame(ErrorCode::Forbidden));
            }
            tell(state, caller, conn, |account, conn| Cmd::Availability {
                account,
                conn,
                availability,
            })
            .await
        }
    }
}

fn nobody_there() -> ServerMsg {
    ServerMsg::Error {
        code: ErrorCode::InvalidValue,
        message: "nobody with this handle is in view".to_owned(),
    }
}

/// A young person blocks someone in view: stored, then gone from their view at once.
async fn block(state: &AppState, caller: &Caller, conn: &mut Connection, handle: u16) -> ServerMsg {
    if caller.role() != Role::Youth {
        return error_frame(ErrorCode::Forbidden);
    }
    let Some(place) = conn.here else {
        return not_in_place();
    };
    let account = caller.id();
    let Some(target) = state
        .presence
        .resolve(place, (account, conn.id), handle)
        .await
    else {
        return nobody_there();
    };
    if target.role != Role::Youth {
        return ServerMsg::Error {
            code: ErrorCode::Forbidden,
            message: "counsellors cannot be blocked; report them instead".to_owned(),
        };
    }
    match state.store.block(account, target.account, now()).await {
        Ok(true) => {}
        Ok(false) => return error_frame(ErrorCode::TooManyBlocks),
        Err(e) => return app_error_frame(e.into()),
    }
    if !conn.blocked.iter().any(|(id, _)| *id == target.account) {
        conn.blocked.push((target.account, target.name));
        conn.blocked.sort_by_key(|(_, name)| name.canonical());
    }
    let target = target.account;
    state
        .presence
        .tell(place, Cmd::Block { account, target })
        .await;
    blocked_list(conn)
}

/// Someone reports a person in view: stored with that person's last lines in the place, for
/// the counsellors' moderation queue.
async fn report(
    state: &AppState,
    caller: &Caller,
    conn: &mut Connection,
    handle: u16,
) -> ServerMsg {
    let Some(place) = conn.here else {
        return not_in_place();
    };
    let account = caller.id();
    if conn.reports >= REPORTS_PER_CONNECTION {
        return error_frame(ErrorCode::RateLimited);
    }
    let hour_ago = lernwelt_protocol::Timestamp(now().0 - 3600);
    match state.store.room_reports_since(account, hour_ago).await {
        Ok(count) if count >= REPORTS_PER_HOUR => return error_frame(ErrorCode::RateLimited),
        Ok(_) => {}
        Err(e) => return app_error_frame(e.into()),
    }
    let Some(target) = state
        .presence
        .resolve(place, (account, conn.id), handle)
        .await
    else {
        return nobody_there();
    };
    let report = NewRoomReport {
        place,
        reporter: account,
        reported: target.account,
        lines: target.lines,
        created_at: now(),
    };
    match state.store.add_room_report(&report).await {
        Ok(id) => {
            conn.reports += 1;
            tracing::info!(target: "moderation", report = id, %place, "someone in a place was reported");
            ServerMsg::Reported { name: target.name }
        }
        Err(e) => app_error_frame(e.into()),
    }
}

/// Hands `cmd` to the room the connection is in; an error frame if it is in none.
async fn tell(
    state: &AppState,
    caller: &Caller,
    conn: &Connection,
    cmd: impl FnOnce(AccountId, u64) -> Cmd,
) -> Option<ServerMsg> {
    let Some(place) = conn.here else {
        return Some(not_in_place());
    };
    state.presence.tell(place, cmd(caller.id(), conn.id)).await;
    None
}
