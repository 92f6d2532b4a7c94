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
//! the session is also checked again for every frame and at every heartbeat, so an expired
//! session or a counsellor disabled from the command line ends within one heartbeat. The
//! heartbeat pings every connection and drops one that has not answered two of them, so a
//! phone that vanished does not keep a place or a false "counsellor online". When the server
//! shuts down every socket is closed with 1001 "going away". Nothing personal is logged.

use crate::AppState;
use crate::caller::Caller;
use crate::counselling::{Access, load, store_message};
use crate::error::{AppError, message_for};
use crate::presence::room::{Cmd, Who};
use crate::rate_limit;
use crate::serve::ConnectionSlot;
use crate::sessions::{hash_token, now, well_formed};
use crate::store::TokenHash;
use axum::Router;
use axum::extract::ws::rejection::WebSocketUpgradeRejection;
use axum::extract::ws::{CloseFrame, Message, WebSocket, WebSocketUpgrade, close_code};
use axum::extract::{Extension, State};
use axum::middleware;
use axum::response::Response;
use axum::routing::get;
use lernwelt_protocol::chat::FRAME_MAX_BYTES;
use lernwelt_protocol::presence::decode_step;
use lernwelt_protocol::{
    AccountId, ClientMsg, EnquiryStatus, ErrorCode, Language, Languages, Mode, Place, Role,
    SendMessageRequest, ServerMsg, Side, routes,
};
use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
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
/// The read buffer each connection allocates up front (tungstenite's default is 128 KiB, most
/// of an idle connection's memory); frames are at most 8 KiB, larger reads still work.
const READ_BUFFER_BYTES: usize = 8 * 1024;
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

/// The open chat connections. Cheap to clone (shared).
#[derive(Debug, Clone)]
pub struct Hub {
    conns: Arc<Mutex<HashMap<AccountId, Vec<Conn>>>>,
    next_id: Arc<AtomicU64>,
    /// Set when the server shuts down; every socket task holds a receiver, so its
    /// receiver count is the sockets still open (authenticated or not).
    going_away: Arc<watch::Sender<bool>>,
}

impl Default for Hub {
    fn default() -> Self {
        Self {
            conns: Arc::default(),
            next_id: Arc::default(),
            going_away: Arc::new(watch::channel(false).0),
        }
    }
}

impl Hub {
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

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<AccountId, Vec<Conn>>> {
        // A poisoned lock only means a holder panicked mid-update; the map is still usable.
        self.conns.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Queues `msg` on every open connection of `account` (dropped where the queue is full).
    pub fn send_to(&self, account: AccountId, msg: &ServerMsg) {
        if let Some(conns) = self.lock().get(&account) {
            for conn in conns {
                let _ = conn.tx.try_send(Push::Frame(msg.clone()));
            }
        }
    }

    /// Ends the connections of the session with this token (a logout). Should a queue be
    /// full, the next heartbeat's session check ends it.
    pub fn end_session(&self, token_hash: &TokenHash) {
        for conn in self.lock().values().flatten() {
            if conn.token_hash == *token_hash {
                let _ = conn.tx.try_send(Push::End);
            }
        }
    }

    /// Ends every connection of `account` (the account was deleted).
    pub fn end_account(&self, account: AccountId) {
        if let Some(conns) = self.lock().get(&account) {
            for conn in conns {
                let _ = conn.tx.try_send(Push::End);
            }
        }
    }

    /// Whether `account` has a live connection open (for counsellors: the desk is open).
    pub fn is_online(&self, account: AccountId) -> bool {
        self.lock().contains_key(&account)
    }

    fn has_youth(&self) -> bool {
        self.lock()
            .values()
            .flatten()
            .any(|conn| conn.role == Role::Youth)
    }

    fn counsellor_online(map: &HashMap<AccountId, Vec<Conn>>, language: Language) -> bool {
        map.values()
            .flatten()
            .any(|c| c.role == Role::Counsellor && c.languages.contains(&language))
    }

    /// Registers a connection; `None` if the account has too many open already.
    fn add(&self, caller: &Caller, tx: mpsc::Sender<Push>) -> Option<u64> {
        let id = self.next_id.fetch_add(1, Ordering::Relaxed);
        let languages = caller.account.languages.as_slice().to_vec();
        let mut map = self.lock();
        if map
            .get(&caller.id())
            .is_some_and(|conns| conns.len() >= CONNECTIONS_PER_ACCOUNT_MAX)
        {
            return None;
        }
        let before: Vec<bool> = languages
            .iter()
            .map(|l| Self::counsellor_online(&map, *l))
            .collect();
        map.entry(caller.id()).or_default().push(Conn {
            id,
            role: caller.role(),
            languages: languages.clone(),
            token_hash: caller.token_hash,
            tx: tx.clone(),
        });
        match caller.role() {
            Role::Youth => {
                for language in &languages {
                    let online = Self::counsellor_online(&map, *language);
                    let _ = tx.try_send(Push::Frame(ServerMsg::CounsellorOnline {
                        language: *language,
                        online,
                    }));
                }
            }
            Role::Counsellor => {
                let changed: Vec<Language> = languages
                    .iter()
                    .zip(before)
                    .filter(|(_, was)| !was)
                    .map(|(l, _)| *l)
                    .collect();
                Self::announce(&map, &changed, true);
            }
            Role::Admin => {}
        }
        Some(id)
    }

    fn remove(&self, account: AccountId, id: u64) {
        let mut map = self.lock();
        let Some(conns) = map.get_mut(&account) else {
            return;
        };
        let Some(at) = conns.iter().position(|c| c.id == id) else {
            return;
        };
        let conn = conns.remove(at);
        if conns.is_empty() {
            map.remove(&account);
        }
        if conn.role == Role::Counsellor {
            let gone: Vec<Language> = conn
                .languages
                .iter()
                .copied()
                .filter(|l| !Self::counsellor_online(&map, *l))
                .collect();
            Self::announce(&map, &gone, false);
        }
    }

    /// Tells every connected young person with one of `languages` that a counsellor for it
    /// came online or went away.
    fn announce(map: &HashMap<AccountId, Vec<Conn>>, languages: &[Language], online: bool) {
        for conn in map.values().flatten().filter(|c| c.role == Role::Youth) {
            for language in languages.iter().filter(|l| conn.languages.contains(l)) {
                let _ = conn.tx.try_send(Push::Frame(ServerMsg::CounsellorOnline {
                    language: *language,
                    online,
                }));
            }
        }
    }
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
    let waiting = match state.store.inbox(&all, None, QUEUE_SCAN_MAX).await {
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
        send(&mut socket, &error_frame(ErrorCode::RateLimited)).await;
        close(&mut socket, close_code::POLICY, "too many connections").await;
        return;
    };
    tracing::debug!(account = %caller.id(), "chat connected");
    if !send(&mut socket, &ServerMsg::Ready).await {
        state.hub.remove(caller.id(), id);
        return;
    }
    if caller.role() == Role::Youth {
        push_positions(&state).await;
    }
    let mut conn = Connection {
        id,
        tx,
        here: None,
        entered_before: false,
    };
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
                match pushed {
                    Some(Push::Frame(msg)) => {
                        if matches!(msg, ServerMsg::Left { .. }) {
                            conn.here = None;
                        }
                        if !send(&mut socket, &msg).await {
                            break;
                        }
                    }
                    Some(Push::Binary(bytes)) => {
                        if socket.send(Message::Binary(bytes.into())).await.is_err() {
                            break;
                        }
                    }
                    Some(Push::End) | None => {
                        end_session(&mut socket).await;
                        break;
                    }
                }
            }
            () = raised(&mut going_away) => {
                close(&mut socket, close_code::AWAY, "server restarting").await;
                break;
            }
            _ = heartbeat.tick() => {
                if last_heard.elapsed() > every * 2 + every / 2 {
                    tracing::debug!(account = %caller.id(), "chat closed: no answer to pings");
                    break;
                }
                match state.store.session_account(&caller.token_hash, now()).await {
                    Ok(Some(_)) => {}
                    Ok(None) => {
                        end_session(&mut socket).await;
                        break;
                    }
                    Err(e) => tracing::warn!(error = %e, "cannot check a chat session"),
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
                    // heartbeat and the hub end a connection whose session is over).
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
            let entered = presence
                .enter(
                    &mut conn.here,
                    (caller.id(), conn.id, !conn.entered_before),
                    who,
                    (place, from, at),
                    conn.tx.clone(),
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
