//! "Talk about this with a counsellor": with the person's consent, a practice interview's
//! review or the application documents go to the counselling server as a new mail enquiry.
//!
//! The letter waits in an outbox kept on the device until the server has acknowledged every
//! part, so closing the game or losing the network loses nothing; each part carries a
//! client-made id, so sending it again after a lost answer stores it once. Sending needs an
//! anonymous account (nickname and password, nothing else); its session token is kept on the
//! device beside the settings.

use bevy::prelude::*;
use lernwelt_protocol::limits::MESSAGE_MAX_CHARS;
use lernwelt_protocol::routes;
use lernwelt_protocol::{
    AgeBand, ClientMessageId, CreateEnquiryRequest, EnquiryView, ErrorCode, Language, Languages,
    LoginRequest, MessageText, MessageView, Mode, Nickname, Password, PasswordAttempt,
    RegisterRequest, SendMessageRequest, SessionResponse, Topic,
};
use serde::{Deserialize, Serialize};

use super::{NetError, Pending, ServerUrl, post_json};
use crate::settings::SettingsStore;
use crate::state::InWorld;
use crate::storage::LocalStore;

/// Seconds to wait before trying again when the server could not be reached.
pub const RETRY_SECONDS: f32 = 5.0;

/// What is handed over.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Subject {
    /// A practice interview: transcript and scores.
    Interview,
    /// The CV and/or cover letter, for review.
    Documents,
}

/// One hand-over on its way: the text in parts that each fit one counselling message.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Letter {
    pub subject: Subject,
    /// The counselling language (the person's language).
    pub language: Language,
    /// The base of the parts' client message ids (`<id>-1`, `<id>-2`, …).
    pub client_id: String,
    pub parts: Vec<String>,
    /// The enquiry the first part opened.
    pub enquiry: Option<i64>,
    /// Parts the server has acknowledged.
    pub acknowledged: usize,
}

impl Letter {
    /// A letter of `text`, cut into parts at line ends where it is too long for one message.
    pub fn new(subject: Subject, language: Language, text: &str, client_id: String) -> Self {
        Self {
            subject,
            language,
            client_id,
            parts: split_message(text, MESSAGE_MAX_CHARS),
            enquiry: None,
            acknowledged: 0,
        }
    }

    fn part_id(&self, n: usize) -> Result<ClientMessageId, NetError> {
        ClientMessageId::try_from(format!("{}-{n}", self.client_id))
            .map_err(|e| NetError::Refused(e.0))
    }

    fn part_text(&self, n: usize) -> Result<MessageText, NetError> {
        let text = self.parts.get(n).cloned().unwrap_or_default();
        MessageText::try_from(text).map_err(|e| NetError::Refused(e.0))
    }
}

/// A hand-over the server has taken in full.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Delivered {
    pub subject: Subject,
    pub enquiry: i64,
}

/// The outbox, kept on the device.
#[derive(Resource, Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Outbox {
    /// The letter being sent (one at a time).
    pub letter: Option<Letter>,
    /// What went through, newest last (at most [`KEEP_DELIVERED`]).
    pub delivered: Vec<Delivered>,
}

/// Delivered hand-overs remembered.
pub const KEEP_DELIVERED: usize = 10;

/// The anonymous account on this device.
#[derive(Resource, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Account {
    pub nickname: String,
    /// The session token; `None` when logged out or expired.
    pub token: Option<String>,
}

impl std::fmt::Debug for Account {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // The token is a secret: never in a log.
        f.debug_struct("Account")
            .field("nickname", &self.nickname)
            .field("token", &self.token.as_ref().map(|_| "…"))
            .finish()
    }
}

/// Where the outbox and account are kept: beside the settings.
#[derive(Resource, Clone, Debug)]
struct Stores {
    outbox: LocalStore,
    account: LocalStore,
}

/// Where the hand-over stands now (not kept).
#[derive(Clone, Debug, Default, PartialEq)]
pub enum Status {
    /// Nothing to send.
    #[default]
    Idle,
    /// Parts are going out.
    Sending,
    /// An account is needed first: register, or log in again.
    NeedAccount,
    /// The server could not be reached; trying again soon.
    Waiting(NetError),
    /// The server refused; the person may try again or discard.
    Failed(NetError),
    /// The last letter went through.
    Sent(Delivered),
}

/// What the person asks for.
#[derive(Message, Clone, Debug, PartialEq)]
pub enum HandOverAction {
    /// Send this text (the person has consented).
    Send {
        subject: Subject,
        language: Language,
        text: String,
    },
    /// Make an anonymous account.
    Register {
        nickname: String,
        password: String,
        age_band: AgeBand,
        language: Language,
    },
    /// Log in to the account again.
    Login { nickname: String, password: String },
    /// Try a failed letter again.
    Retry,
    /// Give up the letter in the outbox.
    Discard,
}

/// What a request on its way was for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Step {
    Account,
    Enquiry,
    Message,
}

/// The hand-over in progress.
#[derive(Resource, Debug, Default)]
pub struct HandOver {
    pub status: Status,
    /// Why the last account request failed (a locale key).
    pub account_error: Option<String>,
    pending: Option<(Step, Pending)>,
    retry_in: f32,
}

impl HandOver {
    /// Whether a request is on its way.
    pub fn busy(&self) -> bool {
        self.pending.is_some()
    }
}

/// Hand-over to counsellors.
pub struct HandOverPlugin;

impl Plugin for HandOverPlugin {
    fn build(&self, app: &mut App) {
        let settings = app
            .world()
            .get_resource::<SettingsStore>()
            .map_or_else(LocalStore::none, |s| s.0.clone());
        let stores = Stores {
            outbox: settings.sibling("outbox"),
            account: settings.sibling("account"),
        };
        let (outbox, warning) = stores.outbox.load::<Outbox>();
        if let Some(warning) = warning {
            warn!("{warning}; the outbox starts empty");
        }
        let (account, warning) = stores.account.load::<Account>();
        if let Some(warning) = warning {
            warn!("{warning}; no account on this device");
        }
        // A letter left from last time goes on where it stopped.
        let status = if outbox.letter.is_some() {
            Status::Sending
        } else {
            Status::Idle
        };
        app.insert_resource(outbox)
            .insert_resource(account)
            .insert_resource(stores)
            .insert_resource(HandOver {
                status,
                ..default()
            })
            .add_message::<HandOverAction>()
            .add_systems(
                Update,
                (take_actions, drive).chain().run_if(in_state(InWorld)),
            )
            .add_systems(Last, save);
    }
}

/// Cuts `text` into parts of at most `max` characters, at line ends where possible; parts
/// are numbered `[k/n]` when there are several.
pub fn split_message(text: &str, max: usize) -> Vec<String> {
    const LABEL: usize = 12; // "[99/99] " and some room
    let room = max.saturating_sub(LABEL).max(1);
    let mut parts: Vec<String> = Vec::new();
    let mut current = String::new();
    let mut current_len = 0;
    for line in text.split_inclusive('\n') {
        let mut line: &str = line;
        loop {
            let len = line.chars().count();
            if current_len + len <= room {
                current.push_str(line);
                current_len += len;
                break;
            }
            if current_len > 0 {
                parts.push(std::mem::take(&mut current));
                current_len = 0;
                continue;
            }
            // One line longer than a part: cut it.
            let cut = line.char_indices().nth(room).map_or(line.len(), |(i, _)| i);
            parts.push(line[..cut].to_owned());
            line = &line[cut..];
        }
    }
    if !current.trim().is_empty() {
        parts.push(current);
    }
    let n = parts.len();
    if n > 1 {
        for (k, part) in parts.iter_mut().enumerate() {
            *part = format!("[{}/{n}] {part}", k + 1);
        }
    }
    parts
}

/// A client message id base no other letter from this device has: the time in milliseconds
/// and a running number.
fn new_client_id() -> String {
    use std::sync::atomic::{AtomicU32, Ordering};
    static COUNTER: AtomicU32 = AtomicU32::new(0);
    #[cfg(not(target_arch = "wasm32"))]
    let millis = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_millis());
    #[cfg(target_arch = "wasm32")]
    let millis = js_sys::Date::now() as u128;
    format!(
        "lw-{millis:x}-{:x}",
        COUNTER.fetch_add(1, Ordering::Relaxed)
    )
}

fn take_actions(
    mut actions: MessageReader<HandOverAction>,
    mut hand: ResMut<HandOver>,
    mut outbox: ResMut<Outbox>,
    account: Res<Account>,
    server: Res<ServerUrl>,
) {
    for action in actions.read() {
        match action {
            HandOverAction::Send {
                subject,
                language,
                text,
            } => {
                if outbox.letter.is_some() {
                    // One at a time: the one in the outbox goes first.
                    continue;
                }
                outbox.letter = Some(Letter::new(*subject, *language, text, new_client_id()));
                hand.status = Status::Sending;
                hand.retry_in = 0.0;
            }
            HandOverAction::Register {
                nickname,
                password,
                age_band,
                language,
            } => {
                let request = (|| {
                    Ok::<_, ErrorCode>(RegisterRequest {
                        nickname: Nickname::try_from(nickname.trim()).map_err(|e| e.0)?,
                        password: Password::try_from(password.as_str()).map_err(|e| e.0)?,
                        age_band: *age_band,
                        languages: Languages::try_from(vec![*language]).map_err(|e| e.0)?,
                    })
                })();
                account_request(&mut hand, request, |r| {
                    post_json(&server.url(routes::ACCOUNTS), None, r)
                });
            }
            HandOverAction::Login { nickname, password } => {
                let request = (|| {
                    Ok::<_, ErrorCode>(LoginRequest {
                        nickname: Nickname::try_from(nickname.trim()).map_err(|e| e.0)?,
                        password: PasswordAttempt::try_from(password.as_str()).map_err(|e| e.0)?,
                        totp: None,
                    })
                })();
                account_request(&mut hand, request, |r| {
                    post_json(&server.url(routes::SESSIONS), None, r)
                });
            }
            HandOverAction::Retry => {
                if outbox.letter.is_some() && !hand.busy() {
                    hand.status = if account.token.is_some() {
                        Status::Sending
                    } else {
                        Status::NeedAccount
                    };
                    hand.retry_in = 0.0;
                }
            }
            HandOverAction::Discard => {
                if !hand.busy() {
                    outbox.letter = None;
                    hand.status = Status::Idle;
                }
            }
        }
    }
}

/// Sends an account request that passed the checks here, or shows why it did not.
fn account_request<T>(
    hand: &mut HandOver,
    request: Result<T, ErrorCode>,
    send: impl FnOnce(&T) -> Pending,
) {
    if hand.busy() {
        return;
    }
    match request {
        Ok(request) => {
            hand.account_error = None;
            hand.pending = Some((Step::Account, send(&request)));
        }
        Err(code) => hand.account_error = Some(NetError::Refused(code).key()),
    }
}

/// Picks up answers and sends the next part.
fn drive(
    time: Res<Time>,
    mut hand: ResMut<HandOver>,
    mut outbox: ResMut<Outbox>,
    mut account: ResMut<Account>,
    server: Res<ServerUrl>,
) {
    if let Some((step, pending)) = &hand.pending {
        let step = *step;
        let Some(reply) = pending.poll() else {
            return;
        };
        hand.pending = None;
        match step {
            Step::Account => match reply.parse::<SessionResponse>() {
                Ok(session) => {
                    account.nickname = session.account.nickname.as_str().to_owned();
                    account.token = Some(session.token.expose().to_owned());
                    hand.account_error = None;
                    if outbox.letter.is_some() {
                        hand.status = Status::Sending;
                    }
                }
                Err(err) => hand.account_error = Some(err.key()),
            },
            Step::Enquiry => {
                let result = reply.parse::<EnquiryView>();
                if let (Ok(view), Some(letter)) = (&result, outbox.letter.as_mut()) {
                    letter.enquiry = Some(view.id.0);
                    letter.acknowledged = 1;
                }
                settle(&mut hand, &mut account, result.map(|_| ()));
            }
            Step::Message => {
                let result = reply.parse::<MessageView>();
                if let (Ok(_), Some(letter)) = (&result, outbox.letter.as_mut()) {
                    letter.acknowledged += 1;
                }
                settle(&mut hand, &mut account, result.map(|_| ()));
            }
        }
    }
    if let Status::Waiting(_) = hand.status {
        hand.retry_in -= time.delta_secs();
        if hand.retry_in <= 0.0 {
            hand.status = Status::Sending;
        }
    }
    if hand.status != Status::Sending || hand.pending.is_some() {
        return;
    }
    let Some(letter) = outbox.letter.clone() else {
        hand.status = Status::Idle;
        return;
    };
    let Some(token) = account.token.clone() else {
        hand.status = Status::NeedAccount;
        return;
    };
    let next = letter.acknowledged;
    if next >= letter.parts.len() {
        if let Some(enquiry) = letter.enquiry {
            let delivered = Delivered {
                subject: letter.subject,
                enquiry,
            };
            outbox.delivered.push(delivered.clone());
            let excess = outbox.delivered.len().saturating_sub(KEEP_DELIVERED);
            outbox.delivered.drain(..excess);
            hand.status = Status::Sent(delivered);
        } else {
            hand.status = Status::Idle;
        }
        outbox.letter = None;
        return;
    }
    let body = letter
        .part_id(next + 1)
        .and_then(|id| Ok((id, letter.part_text(next)?)));
    let (client_message_id, text) = match body {
        Ok(body) => body,
        Err(err) => {
            hand.status = Status::Failed(err);
            return;
        }
    };
    let request = match letter.enquiry {
        None => (
            Step::Enquiry,
            post_json(
                &server.url(routes::ENQUIRIES),
                Some(&token),
                &CreateEnquiryRequest {
                    topic: Topic::Work,
                    language: letter.language,
                    mode: Mode::Mail,
                    message: text,
                    client_message_id,
                    callback: None,
                },
            ),
        ),
        Some(enquiry) => (
            Step::Message,
            post_json(
                &server.url(&routes::enquiry_path(
                    routes::ENQUIRY_MESSAGES,
                    lernwelt_protocol::EnquiryId(enquiry),
                )),
                Some(&token),
                &SendMessageRequest {
                    client_message_id,
                    text,
                },
            ),
        ),
    };
    hand.pending = Some(request);
}

/// After a part's answer: go on, wait and retry, ask for the account again, or stop.
fn settle(hand: &mut HandOver, account: &mut Account, result: Result<(), NetError>) {
    hand.status = match result {
        Ok(()) => Status::Sending,
        Err(NetError::Refused(ErrorCode::Unauthenticated)) => {
            // The session ended: log in again, then the same part goes again (same id).
            account.token = None;
            Status::NeedAccount
        }
        Err(err @ (NetError::Offline | NetError::Refused(ErrorCode::RateLimited))) => {
            hand.retry_in = RETRY_SECONDS;
            Status::Waiting(err)
        }
        Err(err) => Status::Failed(err),
    };
}

fn save(outbox: Res<Outbox>, account: Res<Account>, stores: Res<Stores>) {
    if outbox.is_changed()
        && !outbox.is_added()
        && let Err(err) = stores.outbox.save(&*outbox)
    {
        warn!("the outbox could not be saved: {err}");
    }
    if account.is_changed()
        && !account.is_added()
        && let Err(err) = stores.account.save(&*account)
    {
        warn!("the account could not be saved: {err}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_text_is_one_part_and_long_text_is_cut_at_line_ends() {
        assert_eq!(split_message("Hallo\nWelt", 4000), ["Hallo\nWelt"]);
        let line = "x".repeat(30);
        let text = [line.as_str(); 10].join("\n");
        let parts = split_message(&text, 80);
        assert!(parts.len() > 1);
        for part in &parts {
            assert!(part.chars().count() <= 80, "{part:?}");
            assert!(part.starts_with('['), "{part:?}");
        }
        assert!(parts[0].starts_with(&format!("[1/{}] ", parts.len())));
        let joined: String = parts
            .iter()
            .map(|p| p.split_once("] ").map_or("", |(_, rest)| rest))
            .collect();
        assert_eq!(joined, text);
        // A line longer than a part is cut, nothing lost; multi-byte letters stay whole.
        let arabic = "ب".repeat(200);
        let parts = split_message(&arabic, 80);
        let joined: String = parts
            .iter()
            .map(|p| p.split_once("] ").map_or("", |(_, rest)| rest))
            .collect();
        assert_eq!(joined, arabic);
        assert!(parts.iter().all(|p| p.chars().count() <= 80));
    }

    #[test]
    fn letters_get_distinct_valid_ids() {
        let a = new_client_id();
        let b = new_client_id();
        assert_ne!(a, b);
        let letter = Letter::new(Subject::Interview, Language::Ar, "Text", a);
        assert!(letter.part_id(1).is_ok());
        assert!(letter.part_text(0).is_ok());
        assert!(letter.part_text(1).is_err(), "no second part");
    }

    #[test]
    fn the_token_stays_out_of_debug_output() {
        let account = Account {
            nickname: "sonne".into(),
            token: Some("secret-token".into()),
        };
        assert!(!format!("{account:?}").contains("secret"));
    }
}
