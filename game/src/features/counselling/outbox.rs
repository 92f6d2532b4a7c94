//! The outbox every letter to the counsellors goes through: a hand-over (a practice
//! interview's review, the documents), an enquiry written at the counselling kiosk, or a reply in
//! a thread. Letters wait, in order, in an outbox kept on the device until the server has
//! acknowledged every part, so closing the game or losing the network loses nothing; each part
//! carries a client-made id, so sending it again after a lost answer stores it once. Sending
//! needs the anonymous account of [`crate::features::account`].

use bevy::prelude::*;
use lernwelt_protocol::limits::MESSAGE_MAX_CHARS;
use lernwelt_protocol::routes;
use lernwelt_protocol::{
    CallbackDetails, ClientMessageId, CreateEnquiryRequest, EnquiryView, ErrorCode, Language,
    MessageText, MessageView, Mode, SendMessageRequest, Topic,
};
use serde::{Deserialize, Serialize};
use std::collections::VecDeque;

use crate::core::settings::SettingsStore;
use crate::core::state::InWorld;
use crate::core::storage::{ForgetDevice, LocalStore};
use crate::features::account::{Account, AccountAction};
use crate::net::{NetError, Pending, ServerUrl, post_json};

/// Seconds to wait before trying again when the server could not be reached.
pub const RETRY_SECONDS: f32 = 5.0;

/// What a letter is about: what the person handed over, or what they wrote at the kiosk.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Subject {
    /// A practice interview: transcript and scores.
    Interview,
    /// The CV and/or cover letter, for review.
    Documents,
    /// Written at the counselling kiosk.
    Kiosk,
}

/// Where a letter goes: it opens a new enquiry, or it is a reply in one.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Opening {
    /// A new enquiry about `topic`, counselled by `mode`.
    New {
        topic: Topic,
        mode: Mode,
        /// The number and time window for a callback (the server deletes them when done).
        callback: Option<CallbackDetails>,
    },
    /// A message in the enquiry with this id.
    Reply { enquiry: i64 },
}

impl Default for Opening {
    /// What a hand-over opens (letters kept by an earlier version have no opening).
    fn default() -> Self {
        Opening::New {
            topic: Topic::Work,
            mode: Mode::Mail,
            callback: None,
        }
    }
}

/// One letter on its way: the text in parts that each fit one counselling message.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Letter {
    pub subject: Subject,
    /// Where it goes.
    #[serde(default)]
    pub opening: Opening,
    /// The counselling language (the person's language).
    pub language: Language,
    /// The base of the parts' client message ids (`<id>-1`, `<id>-2`, …).
    pub client_id: String,
    pub parts: Vec<String>,
    /// The enquiry the parts go to: the one the first part opened, or the one replied to.
    pub enquiry: Option<i64>,
    /// Parts the server has acknowledged.
    pub acknowledged: usize,
}

impl Letter {
    /// A letter of `text`, cut into parts at line ends where it is too long for one message.
    pub fn new(
        subject: Subject,
        opening: Opening,
        language: Language,
        text: &str,
        client_id: String,
    ) -> Self {
        let enquiry = match opening {
            Opening::Reply { enquiry } => Some(enquiry),
            Opening::New { .. } => None,
        };
        Self {
            subject,
            opening,
            language,
            client_id,
            parts: split_message(text, MESSAGE_MAX_CHARS),
            enquiry,
            acknowledged: 0,
        }
    }

    /// The client message ids of its parts (`<id>-1`, `<id>-2`, …).
    pub fn part_ids(&self) -> impl Iterator<Item = String> + '_ {
        (1..=self.parts.len()).map(|n| format!("{}-{n}", self.client_id))
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

/// A letter the server has taken in full.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Delivered {
    pub subject: Subject,
    pub enquiry: i64,
}

/// The outbox, kept on the device.
#[derive(Resource, Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Outbox {
    /// The letters waiting, sent one after the other in the order they were written.
    pub letters: VecDeque<Letter>,
    /// What went through, newest last (at most [`KEEP_DELIVERED`]).
    pub delivered: Vec<Delivered>,
    /// The one letter an earlier version kept; moved into `letters` when loaded.
    #[serde(skip_serializing)]
    letter: Option<Letter>,
}

impl Outbox {
    /// The first letter of `subject` still waiting.
    pub fn waiting(&self, subject: Subject) -> Option<&Letter> {
        self.letters.iter().find(|l| l.subject == subject)
    }

    /// Takes over what an earlier version kept.
    fn upgrade(&mut self) {
        if let Some(letter) = self.letter.take() {
            self.letters.push_front(letter);
        }
    }
}

/// Delivered letters remembered.
pub const KEEP_DELIVERED: usize = 10;

/// Where the outbox is kept: beside the settings.
#[derive(Resource, Clone, Debug)]
struct OutboxStore(LocalStore);

/// Where the first letter in the outbox stands now (not kept).
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
pub enum OutboxAction {
    /// Send this text (for a hand-over, the person has consented).
    Send {
        subject: Subject,
        opening: Opening,
        language: Language,
        text: String,
    },
    /// Try a failed letter again.
    Retry,
    /// Give up the first letter in the outbox.
    Discard,
}

/// What a request on its way was for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Step {
    Enquiry,
    Message,
}

/// The sending in progress.
#[derive(Resource, Debug, Default)]
pub struct Sender {
    pub status: Status,
    pending: Option<(Step, Pending)>,
    retry_in: f32,
}

impl Sender {
    /// Whether a request is on its way.
    pub fn busy(&self) -> bool {
        self.pending.is_some()
    }
}

/// The outbox and its sending.
pub struct OutboxPlugin;

impl Plugin for OutboxPlugin {
    fn build(&self, app: &mut App) {
        let settings = app
            .world()
            .get_resource::<SettingsStore>()
            .map_or_else(LocalStore::none, |s| s.0.clone());
        let store = OutboxStore(settings.sibling("outbox"));
        let (mut outbox, warning) = store.0.load::<Outbox>();
        outbox.upgrade();
        if let Some(warning) = warning {
            warn!("{warning}; the outbox starts empty");
        }
        // Letters left from last time go on where they stopped.
        let status = if !outbox.letters.is_empty() {
            Status::Sending
        } else {
            Status::Idle
        };
        app.insert_resource(outbox)
            .insert_resource(store)
            .insert_resource(Sender {
                status,
                ..default()
            })
            .add_message::<OutboxAction>()
            .add_systems(
                Update,
                (take_actions, drive).chain().run_if(in_state(InWorld)),
            )
            .add_systems(Last, save)
            .add_observer(forget);
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
    let millis = crate::core::clock::unix_millis();
    format!(
        "lw-{millis:x}-{:x}",
        COUNTER.fetch_add(1, Ordering::Relaxed)
    )
}

fn take_actions(
    mut actions: MessageReader<OutboxAction>,
    mut hand: ResMut<Sender>,
    mut outbox: ResMut<Outbox>,
    account: Res<Account>,
) {
    for action in actions.read() {
        match action {
            OutboxAction::Send {
                subject,
                opening,
                language,
                text,
            } => {
                if split_message(text, MESSAGE_MAX_CHARS).is_empty() {
                    continue; // nothing but white space
                }
                let letter =
                    Letter::new(*subject, opening.clone(), *language, text, new_client_id());
                outbox.letters.push_back(letter);
                if matches!(hand.status, Status::Idle | Status::Sent(_)) {
                    hand.status = Status::Sending;
                    hand.retry_in = 0.0;
                }
            }
            OutboxAction::Retry => {
                if !outbox.letters.is_empty() && !hand.busy() {
                    hand.status = if account.token.is_some() {
                        Status::Sending
                    } else {
                        Status::NeedAccount
                    };
                    hand.retry_in = 0.0;
                }
            }
            OutboxAction::Discard => {
                if !hand.busy() {
                    outbox.letters.pop_front();
                    hand.status = if outbox.letters.is_empty() {
                        Status::Idle
                    } else {
                        Status::Sending
                    };
                }
            }
        }
    }
}

/// Picks up answers and sends the next part.
fn drive(
    time: Res<Time>,
    mut hand: ResMut<Sender>,
    mut outbox: ResMut<Outbox>,
    account: Res<Account>,
    mut account_actions: MessageWriter<AccountAction>,
    server: Res<ServerUrl>,
) {
    if let Some((step, pending)) = &hand.pending {
        let step = *step;
        let Some(reply) = pending.poll() else {
            return;
        };
        hand.pending = None;
        match step {
            Step::Enquiry => {
                let result = reply.parse::<EnquiryView>();
                if let (Ok(view), Some(letter)) = (&result, outbox.letters.front_mut()) {
                    letter.enquiry = Some(view.id.0);
                    letter.acknowledged = 1;
                }
                settle(&mut hand, &mut account_actions, result.map(|_| ()));
            }
            Step::Message => {
                let result = reply.parse::<MessageView>();
                if let (Ok(_), Some(letter)) = (&result, outbox.letters.front_mut()) {
                    letter.acknowledged += 1;
                }
                settle(&mut hand, &mut account_actions, result.map(|_| ()));
            }
        }
    }
    if hand.status == Status::NeedAccount && account.logged_in() && !outbox.letters.is_empty() {
        hand.status = Status::Sending;
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
    let Some(letter) = outbox.letters.front().cloned() else {
        if !matches!(hand.status, Status::Sent(_)) {
            hand.status = Status::Idle;
        }
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
        outbox.letters.pop_front();
        if !outbox.letters.is_empty() {
            hand.status = Status::Sending;
        }
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
    let enquiry_now = letter.enquiry;
    let request = match (enquiry_now.as_ref(), &letter.opening) {
        (
            None,
            Opening::New {
                topic,
                mode,
                callback,
            },
        ) => (
            Step::Enquiry,
            post_json(
                &server.url(routes::ENQUIRIES),
                Some(&token),
                &CreateEnquiryRequest {
                    topic: *topic,
                    language: letter.language,
                    mode: *mode,
                    message: text,
                    client_message_id,
                    callback: callback.clone(),
                },
            ),
        ),
        (None, Opening::Reply { enquiry }) | (Some(enquiry), _) => (
            Step::Message,
            post_json(
                &server.url(&routes::enquiry_path(
                    routes::ENQUIRY_MESSAGES,
                    lernwelt_protocol::EnquiryId(*enquiry),
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
fn settle(
    hand: &mut Sender,
    account: &mut MessageWriter<AccountAction>,
    result: Result<(), NetError>,
) {
    hand.status = match result {
        Ok(()) => Status::Sending,
        Err(NetError::Refused(ErrorCode::Unauthenticated)) => {
            // The session ended: log in again, then the same part goes again (same id).
            account.write(AccountAction::SessionEnded);
            Status::NeedAccount
        }
        // Sent again with the same client message id, so a timed-out part that was stored
        // after all is not stored twice.
        Err(
            err @ (NetError::Offline
            | NetError::Refused(ErrorCode::RateLimited | ErrorCode::RequestTimeout)),
        ) => {
            hand.retry_in = RETRY_SECONDS;
            Status::Waiting(err)
        }
        Err(err) => Status::Failed(err),
    };
}

fn save(outbox: Res<Outbox>, store: Res<OutboxStore>) {
    if outbox.is_changed()
        && !outbox.is_added()
        && let Err(err) = store.0.keep(&*outbox)
    {
        warn!("the outbox could not be saved: {err}");
    }
}

/// "Delete my data on this device": the letters waiting and the list of what went out go.
fn forget(
    _: On<ForgetDevice>,
    mut outbox: ResMut<Outbox>,
    mut hand: ResMut<Sender>,
    store: Res<OutboxStore>,
) {
    *outbox = Outbox::default();
    // An answer still on its way is dropped with the letter.
    *hand = Sender::default();
    if let Err(err) = store.0.remove() {
        warn!("the outbox could not be deleted: {err}");
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
        let letter = Letter::new(
            Subject::Interview,
            Opening::default(),
            Language::Ar,
            "Text",
            a,
        );
        assert!(letter.part_id(1).is_ok());
        assert!(letter.part_text(0).is_ok());
        assert!(letter.part_text(1).is_err(), "no second part");
    }
}
