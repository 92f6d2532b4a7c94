//! The live connection to the server: one WebSocket (ewebsock: a thread natively, the
//! browser's own WebSocket on the web) at [`routes::CHAT_WS`], opened while someone is logged
//! in. It authenticates with the session token, hands every frame from the server to the
//! features as a [`LiveEvent`], and sends what they give it while it is ready. When the
//! connection is lost it tries again after a growing, slightly random pause (so a restarted
//! server is not hit by every client at the same moment); each [`LiveEvent::Ready`] tells the
//! features to catch up on what they missed.
//!
//! Presence steps go in small binary frames: the own avatar's newest step is sent once the
//! connection is ready (an older one that never left is worthless and dropped), and the
//! server's batches of the others' steps arrive as [`LiveEvent::Steps`].
//!
//! Nothing of what passes through is logged: frames carry counselling text.

use bevy::prelude::*;
use lernwelt_protocol::presence::{Step, decode_steps, encode_step};
use lernwelt_protocol::{ClientMsg, ServerMsg, SessionToken, routes};

use super::ServerUrl;

/// The first pause before trying again, in seconds; it doubles with each failure.
pub const RETRY_FIRST: f32 = 1.0;
/// The longest pause between tries, in seconds.
pub const RETRY_MAX: f32 = 30.0;
/// How long opening and authenticating may take before the try counts as failed, in seconds.
const CONNECT_TIMEOUT: f32 = 15.0;
/// Frames kept for sending while the connection is being made; older ones are dropped.
const OUTGOING_MAX: usize = 32;

/// Where the live connection stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum LiveState {
    /// Nobody is logged in.
    #[default]
    Off,
    /// Opening and authenticating.
    Connecting,
    /// Authenticated: frames flow both ways.
    Ready,
    /// The last try failed or the connection broke; trying again soon.
    Lost,
}

/// The live connection as the features see it: set the token, read the state, send frames.
#[derive(Resource, Debug, Default)]
pub struct Live {
    /// Its `Debug` never shows the token.
    token: Option<SessionToken>,
    state: LiveState,
    /// Failed tries since the last success.
    failures: u32,
    /// Seconds until the next try (while [`LiveState::Lost`]) or until a try in progress
    /// counts as failed (while [`LiveState::Connecting`]).
    wait: f32,
    outgoing: Vec<ClientMsg>,
    /// The own avatar's newest step, not yet sent.
    step: Option<Step>,
    /// Set when the token changed: the open connection belongs to the last one.
    replace: bool,
}

impl Live {
    /// Connects with this session token, or closes for none. The same token again changes
    /// nothing.
    pub fn use_token(&mut self, token: Option<&str>) {
        if self.token.as_ref().map(SessionToken::expose) == token {
            return;
        }
        self.token = token.map(|t| SessionToken(t.to_owned()));
        self.replace = true;
        self.outgoing.clear();
        self.step = None;
        self.failures = 0;
        self.wait = 0.0;
    }

    /// Where the connection stands.
    pub fn state(&self) -> LiveState {
        self.state
    }

    /// Whether frames flow now.
    pub fn ready(&self) -> bool {
        self.state == LiveState::Ready
    }

    /// Seconds until the next try, while lost.
    pub fn retry_in(&self) -> Option<f32> {
        (self.state == LiveState::Lost).then_some(self.wait.max(0.0))
    }

    /// Sends `msg` now if ready, else once the connection is ready (a few are kept).
    pub fn send(&mut self, msg: ClientMsg) {
        if self.token.is_none() {
            return;
        }
        if self.outgoing.len() >= OUTGOING_MAX {
            self.outgoing.remove(0);
        }
        self.outgoing.push(msg);
    }

    /// Sends the own avatar's step with the next frames, if the connection is ready by then;
    /// a newer step replaces one not yet sent.
    pub fn send_step(&mut self, step: Step) {
        if self.token.is_some() {
            self.step = Some(step);
        }
    }

    /// Tries again at once (the person asked, or the page came back to the front).
    pub fn retry_now(&mut self) {
        if self.state == LiveState::Lost {
            self.wait = 0.0;
        }
    }
}

/// What the live connection brings.
#[derive(Message, Clone, Debug, PartialEq)]
pub enum LiveEvent {
    /// Authenticated (again): whatever came while away must be asked for now.
    Ready,
    /// A frame from the server.
    Frame(ServerMsg),
    /// A batch of steps of the avatars in view (handle, step).
    Steps(Vec<(u16, Step)>),
    /// The connection broke (after having been ready).
    Lost,
}

/// The pause before the next try after `failures` failed ones, with `jitter` in 0..1
/// spreading it by ±20 %.
pub fn retry_delay(failures: u32, jitter: f32) -> f32 {
    let doubled = RETRY_FIRST * 2f32.powi(failures.saturating_sub(1).min(16) as i32);
    doubled.min(RETRY_MAX) * (0.8 + 0.4 * jitter.clamp(0.0, 1.0))
}

/// The WebSocket address for the server at `base` (`http` → `ws`, `https` → `wss`).
pub fn socket_url(server: &ServerUrl) -> String {
    let base = &server.0;
    let rest = base
        .strip_prefix("https://")
        .map(|rest| format!("wss://{rest}"))
        .or_else(|| base.strip_prefix("http://").map(|r| format!("ws://{r}")))
        .unwrap_or_else(|| base.clone());
    format!("{rest}{}", routes::CHAT_WS)
}

/// The open socket. Not `Send` in the browser (it holds the page's WebSocket), so it lives
/// on the main thread.
#[derive(Default)]
struct Link(Option<(ewebsock::WsSender, ewebsock::WsReceiver)>);

/// The live connection.
pub(super) fn plugin(app: &mut App) {
    app.init_resource::<Live>()
        .insert_non_send(Link::default())
        .add_message::<LiveEvent>()
        .add_systems(PreUpdate, drive);
}

fn drive(
    time: Res<Time>,
    server: Res<ServerUrl>,
    mut live: ResMut<Live>,
    mut link: NonSendMut<Link>,
    mut events: MessageWriter<LiveEvent>,
) {
    if live.replace {
        live.replace = false;
        // Dropping the sender closes the socket.
        link.0 = None;
        live.state = if live.token.is_some() {
            LiveState::Lost
        } else {
            LiveState::Off
        };
    }
    let Some(token) = live.token.clone() else {
        return;
    };
    live.wait -= time.delta_secs();
    let mut broke = false;
    if let Some((sender, receiver)) = &mut link.0 {
        while let Some(event) = receiver.try_recv() {
            match event {
                ewebsock::WsEvent::Opened => {
                    let auth = ClientMsg::Auth {
                        token: token.clone(),
                    };
                    if let Ok(text) = serde_json::to_string(&auth) {
                        sender.send(ewebsock::WsMessage::Text(text));
                    }
                }
                ewebsock::WsEvent::Message(ewebsock::WsMessage::Text(text)) => {
                    // A frame this version does not know is skipped, not fatal.
                    match serde_json::from_str::<ServerMsg>(&text) {
                        Ok(ServerMsg::Ready) => {
                            live.state = LiveState::Ready;
                            live.failures = 0;
                            events.write(LiveEvent::Ready);
                        }
                        Ok(frame) => {
                            events.write(LiveEvent::Frame(frame));
                        }
                        Err(_) => debug!("live: a frame that could not be read"),
                    }
                }
                ewebsock::WsEvent::Message(ewebsock::WsMessage::Binary(bytes)) => {
                    match decode_steps(&bytes) {
                        Ok(steps) => {
                            events.write(LiveEvent::Steps(steps));
                        }
                        Err(_) => debug!("live: a binary frame that could not be read"),
                    }
                }
                ewebsock::WsEvent::Message(_) => {}
                ewebsock::WsEvent::Error(_) | ewebsock::WsEvent::Closed => {
                    broke = true;
                    break;
                }
            }
        }
        if live.state == LiveState::Connecting && live.wait <= 0.0 {
            broke = true;
        }
    }
    if broke {
        link.0 = None;
        if live.state == LiveState::Ready {
            events.write(LiveEvent::Lost);
        }
        live.failures += 1;
        let jitter = (time.elapsed().subsec_micros() % 1000) as f32 / 1000.0;
        live.wait = retry_delay(live.failures, jitter);
        live.state = LiveState::Lost;
        info!("live connection lost; trying again in {:.0} s", live.wait);
    }
    if link.0.is_none() && live.wait <= 0.0 {
        let options = ewebsock::Options {
            max_incoming_frame_size: lernwelt_protocol::chat::FRAME_MAX_BYTES * 8,
            ..Default::default()
        };
        match ewebsock::connect(socket_url(&server), options) {
            Ok(pair) => {
                link.0 = Some(pair);
                live.state = LiveState::Connecting;
                live.wait = CONNECT_TIMEOUT;
            }
            Err(_) => {
                live.failures += 1;
                live.wait = retry_delay(live.failures, 0.5);
                live.state = LiveState::Lost;
            }
        }
    }
    if live.state == LiveState::Ready
        && let Some((sender, _)) = &mut link.0
    {
        for msg in std::mem::take(&mut live.outgoing) {
            if let Ok(text) = serde_json::to_string(&msg) {
                sender.send(ewebsock::WsMessage::Text(text));
            }
        }
        if let Some(step) = live.step.take() {
            sender.send(ewebsock::WsMessage::Binary(encode_step(step).to_vec()));
        }
    } else {
        // A step from before the connection was ready says nothing about now.
        live.step = None;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pauses_grow_to_a_ceiling_and_are_spread() {
        assert_eq!(retry_delay(1, 0.5), RETRY_FIRST);
        assert_eq!(retry_delay(2, 0.5), 2.0 * RETRY_FIRST);
        assert_eq!(retry_delay(3, 0.5), 4.0 * RETRY_FIRST);
        assert_eq!(retry_delay(40, 0.5), RETRY_MAX);
        assert!(retry_delay(3, 0.0) < retry_delay(3, 1.0));
        assert!((retry_delay(40, 1.0) - RETRY_MAX * 1.2).abs() < 1e-3);
    }

    #[test]
    fn the_socket_is_at_the_servers_address() {
        let url = |s: &str| socket_url(&ServerUrl(s.to_owned()));
        assert_eq!(url("http://127.0.0.1:8080"), "ws://127.0.0.1:8080/api/ws");
        assert_eq!(
            url("https://lernwelt.example"),
            "wss://lernwelt.example/api/ws"
        );
    }

    #[test]
    fn a_new_token_replaces_the_connection_and_what_waits_to_be_sent() {
        let mut live = Live::default();
        live.send(ClientMsg::Typing {
            enquiry_id: lernwelt_protocol::EnquiryId(1),
        });
        assert!(live.outgoing.is_empty(), "nothing is kept for nobody");
        live.use_token(Some("a"));
        live.send(ClientMsg::Typing {
            enquiry_id: lernwelt_protocol::EnquiryId(1),
        });
        assert_eq!(live.outgoing.len(), 1);
        live.replace = false;
        live.use_token(Some("a"));
        assert!(!live.replace, "the same token keeps the connection");
        live.use_token(Some("b"));
        assert!(live.replace && live.outgoing.is_empty());
    }
}
