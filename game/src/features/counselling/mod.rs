//! Counselling from inside the world, at the job centre's kiosk: the person's threads with
//! their status and unread replies, one thread's messages, and what they write — every letter
//! goes through the [`outbox`], so nothing is lost when the server is away.
//!
//! Replies arrive live over the [`Live`] connection (with the counsellor's typing, whether a
//! counsellor for the person's language is online, and the place in the waiting room of a
//! live chat); the server is also asked now and then, and at once after the live connection
//! comes back, so nothing missed while away is lost and a reply shows in the HUD.

pub mod drafts;
pub mod outbox;
pub mod ui;

use bevy::prelude::*;
use lernwelt_protocol::{
    ClientMsg, EnquiriesResponse, EnquiryId, EnquiryView, Language, MarkReadRequest, MessageId,
    MessageView, MessagesResponse, ServerMsg, Side, routes,
};

use crate::core::state::InWorld;
use crate::core::storage::ForgetDevice;
use crate::features::account::{Account, AccountAction, end_session_if_refused};
use crate::interact::{OpenPanel, Panel, PanelKind};
use crate::net::live::{Live, LiveEvent};
use crate::net::{NetError, Pending, ServerUrl, get, post_json};
use outbox::{Sender, Status};

/// Seconds between asking for the threads while the kiosk is open.
pub const LIST_EVERY_OPEN: f32 = 10.0;
/// Seconds between asking for the threads while walking around (for the HUD notice).
pub const LIST_EVERY_AWAY: f32 = 60.0;
/// Seconds between asking for new messages in the open thread.
pub const THREAD_EVERY: f32 = 4.0;
/// The same while the live connection brings them (asking only in case a push was lost).
pub const THREAD_EVERY_LIVE: f32 = 30.0;
/// How long "… is typing" shows after the last notice, in seconds.
pub const TYPING_SHOWN: f32 = 6.0;
/// The least time between two typing notices the person's typing sends, in seconds.
pub const TYPING_EVERY: f32 = 3.0;
/// Messages asked for at once.
const PAGE: u32 = 100;

/// The person's threads as the server last told them.
#[derive(Resource, Default, Debug)]
pub struct Threads {
    /// Newest activity first.
    pub list: Vec<EnquiryView>,
    /// The list has come at least once since the kiosk was last opened or the account changed.
    pub loaded: bool,
    /// Why the last try failed.
    pub error: Option<NetError>,
    pending: Option<Pending>,
    next_in: f32,
}

impl Threads {
    /// Replies not read yet, over all threads.
    pub fn unread(&self) -> u32 {
        self.list.iter().map(|e| e.unread).sum()
    }
}

/// The thread being read, if any.
#[derive(Resource, Default, Debug)]
pub struct Thread {
    pub enquiry: Option<i64>,
    /// In the order they were written.
    pub messages: Vec<MessageView>,
    /// Every message up to the newest has come.
    pub loaded: bool,
    pub error: Option<NetError>,
    pending: Option<Pending>,
    next_in: f32,
    /// Counsellor messages up to this id are marked read on the server.
    read_up_to: i64,
    read_pending: Option<Pending>,
    /// Messages that came over the live connection rather than by asking.
    pub pushed: u32,
}

impl Thread {
    /// The view of the open thread in the list.
    pub fn view<'a>(&self, threads: &'a Threads) -> Option<&'a EnquiryView> {
        let id = self.enquiry?;
        threads.list.iter().find(|e| e.id.0 == id)
    }
}

/// What the live connection tells about counselling right now; none of it is stored.
#[derive(Resource, Default, Debug)]
pub struct LiveChat {
    /// Whether a counsellor for this language is connected, as last told.
    pub online: Vec<(Language, bool)>,
    /// The place of each waiting live-chat enquiry in the waiting room (1 = next).
    pub positions: Vec<(i64, u32)>,
    /// The other side is typing in this enquiry, for this many more seconds.
    pub typing: Option<(i64, f32)>,
    /// Seconds since the person's last typing notice was sent, if one was.
    since_typing_sent: Option<f32>,
}

impl LiveChat {
    /// Whether a counsellor for `language` is online, if the server said.
    pub fn counsellor_online(&self, language: Language) -> Option<bool> {
        self.online
            .iter()
            .find(|(l, _)| *l == language)
            .map(|(_, online)| *online)
    }

    /// The waiting-room place of `enquiry`, if it waits.
    pub fn position(&self, enquiry: i64) -> Option<u32> {
        self.positions
            .iter()
            .find(|(e, _)| *e == enquiry)
            .map(|(_, p)| *p)
    }

    /// Whether the counsellor is typing in `enquiry`.
    pub fn typing_in(&self, enquiry: i64) -> bool {
        self.typing.is_some_and(|(e, _)| e == enquiry)
    }
}

/// What the person does at the kiosk.
#[derive(Message, Clone, Debug, PartialEq)]
pub enum CounsellingAction {
    /// Ask for the threads now.
    Refresh,
    /// Read this thread.
    Open(i64),
    /// Back to the list.
    Back,
    /// The person is typing a reply in this enquiry (sent on, at most every few seconds).
    Typing(i64),
}

/// Threads and messages from the server.
pub struct CounsellingPlugin;

impl Plugin for CounsellingPlugin {
    fn build(&self, app: &mut App) {
        app.add_plugins(drafts::plugin)
            .init_resource::<Threads>()
            .init_resource::<Thread>()
            .init_resource::<LiveChat>()
            .add_message::<CounsellingAction>()
            // What the live connection brings is taken also before the world shows (it
            // connects during loading): its messages last only two frames.
            .add_systems(Update, receive_live)
            .add_systems(
                Update,
                (
                    take_actions,
                    follow_outbox,
                    fetch_threads,
                    fetch_thread,
                    mark_read,
                )
                    .chain()
                    .after(receive_live)
                    .run_if(in_state(InWorld)),
            )
            .add_observer(forget);
    }
}

/// Whether the threads are on screen: the kiosk for a young person, the desk for a counsellor.
fn kiosk_open(open: &OpenPanel) -> bool {
    matches!(
        open.0,
        Some(Panel::Kiosk(PanelKind::Counselling | PanelKind::Desk))
    )
}

/// The side of the conversation this account writes on.
pub fn my_side(account: &Account) -> Side {
    match account.role {
        lernwelt_protocol::Role::Youth => Side::Youth,
        _ => Side::Counsellor,
    }
}

/// What the live connection brings: new messages into the open thread at once (and the list
/// asked again for its unread counts and status), typing, who is online, waiting places. When
/// it comes back after a break, everything is asked for again (the thread from its newest
/// message on), so nothing sent meanwhile is missed.
fn receive_live(
    time: Res<Time>,
    account: Res<Account>,
    mut events: MessageReader<LiveEvent>,
    mut threads: ResMut<Threads>,
    mut thread: ResMut<Thread>,
    mut chat: ResMut<LiveChat>,
) {
    if account.is_changed() {
        *chat = LiveChat::default();
    }
    if let Some(since) = &mut chat.since_typing_sent {
        *since += time.delta_secs();
    }
    if let Some((_, left)) = &mut chat.typing {
        *left -= time.delta_secs();
        if *left <= 0.0 {
            chat.typing = None;
        }
    }
    for event in events.read() {
        match event {
            LiveEvent::Ready => {
                threads.next_in = 0.0;
                thread.next_in = 0.0;
            }
            LiveEvent::Lost | LiveEvent::Steps(_) => {}
            LiveEvent::Frame(frame) => match frame {
                ServerMsg::Message { message } => {
                    threads.next_in = threads.next_in.min(0.3);
                    if message.from != my_side(&account) && chat.typing_in(message.enquiry.0) {
                        chat.typing = None;
                    }
                    if thread.enquiry == Some(message.enquiry.0)
                        && !thread.messages.iter().any(|m| m.id == message.id)
                    {
                        // Only after what was fetched: an older one is fetched in its turn.
                        if thread
                            .messages
                            .last()
                            .is_none_or(|last| last.id < message.id)
                        {
                            thread.messages.push(message.clone());
                            thread.pushed += 1;
                        } else {
                            thread.next_in = 0.0;
                        }
                    }
                }
                ServerMsg::Typing { enquiry_id, from } if *from != my_side(&account) => {
                    chat.typing = Some((enquiry_id.0, TYPING_SHOWN));
                }
                ServerMsg::CounsellorOnline { language, online } => {
                    chat.online.retain(|(l, _)| l != language);
                    chat.online.push((*language, *online));
                }
                ServerMsg::Position {
                    enquiry_id,
                    position,
                } => {
                    chat.positions.retain(|(e, _)| *e != enquiry_id.0);
                    chat.positions.push((enquiry_id.0, *position));
                }
                _ => {}
            },
        }
    }
    // A waiting place only counts while the enquiry waits.
    let settled: Vec<i64> = threads
        .list
        .iter()
        .filter(|e| e.status != lernwelt_protocol::EnquiryStatus::New)
        .map(|e| e.id.0)
        .collect();
    chat.positions.retain(|(e, _)| !settled.contains(e));
}

fn take_actions(
    mut actions: MessageReader<CounsellingAction>,
    mut threads: ResMut<Threads>,
    mut thread: ResMut<Thread>,
    mut chat: ResMut<LiveChat>,
    mut live: ResMut<Live>,
) {
    for action in actions.read() {
        match action {
            CounsellingAction::Refresh => threads.next_in = 0.0,
            CounsellingAction::Open(id) => {
                if thread.enquiry != Some(*id) {
                    *thread = Thread {
                        enquiry: Some(*id),
                        ..default()
                    };
                }
                thread.next_in = 0.0;
            }
            CounsellingAction::Back => *thread = Thread::default(),
            CounsellingAction::Typing(id) => {
                if live.ready() && chat.since_typing_sent.is_none_or(|s| s >= TYPING_EVERY) {
                    chat.since_typing_sent = Some(0.0);
                    live.send(ClientMsg::Typing {
                        enquiry_id: EnquiryId(*id),
                    });
                }
            }
        }
    }
}

/// A letter that went through is in the thread now: ask again at once.
fn follow_outbox(sender: Res<Sender>, mut threads: ResMut<Threads>, mut thread: ResMut<Thread>) {
    if sender.is_changed()
        && let Status::Sent(delivered) = &sender.status
    {
        threads.next_in = 0.0;
        if thread.enquiry.is_none() || thread.enquiry == Some(delivered.enquiry) {
            thread.next_in = 0.0;
        }
    }
}

fn fetch_threads(
    time: Res<Time>,
    open: Res<OpenPanel>,
    account: Res<Account>,
    server: Res<ServerUrl>,
    mut threads: ResMut<Threads>,
    mut account_actions: MessageWriter<AccountAction>,
) {
    if account.is_changed() {
        // Another account, or none: nothing of the last one stays on screen.
        let keep_asking = threads.next_in.min(0.0);
        *threads = Threads::default();
        threads.next_in = keep_asking;
    }
    if let Some(pending) = &threads.pending {
        let Some(reply) = pending.poll() else {
            return;
        };
        threads.pending = None;
        match reply.parse::<EnquiriesResponse>() {
            Ok(mut response) => {
                response
                    .enquiries
                    .sort_by_key(|e| std::cmp::Reverse(e.last_message_at));
                threads.list = response.enquiries;
                threads.loaded = true;
                threads.error = None;
            }
            Err(err) => {
                end_session_if_refused(&err, &mut account_actions);
                threads.error = Some(err);
            }
        }
    }
    let Some(token) = account.working_token() else {
        return;
    };
    let open = kiosk_open(&open);
    threads.next_in -= time.delta_secs();
    if threads.next_in > 0.0 {
        return;
    }
    threads.next_in = if open {
        LIST_EVERY_OPEN
    } else {
        LIST_EVERY_AWAY
    };
    threads.pending = Some(get(&server.url(routes::ENQUIRIES), Some(token)));
}

fn fetch_thread(
    time: Res<Time>,
    live: Res<Live>,
    open: Res<OpenPanel>,
    account: Res<Account>,
    server: Res<ServerUrl>,
    mut thread: ResMut<Thread>,
    mut account_actions: MessageWriter<AccountAction>,
) {
    if account.is_changed() {
        // Another account, or none: the open thread was the last one's.
        *thread = Thread::default();
    }
    if let Some(pending) = &thread.pending {
        let Some(reply) = pending.poll() else {
            return;
        };
        thread.pending = None;
        match reply.parse::<MessagesResponse>() {
            Ok(response) => {
                for message in response.messages {
                    if !thread.messages.iter().any(|m| m.id == message.id) {
                        thread.messages.push(message);
                    }
                }
                // A push may have come before the fetch: ids give the order they were written.
                thread.messages.sort_by_key(|m| m.id);
                thread.loaded = !response.more;
                // More waiting: ask again at once.
                if response.more {
                    thread.next_in = 0.0;
                }
                thread.error = None;
            }
            Err(err) => {
                end_session_if_refused(&err, &mut account_actions);
                thread.error = Some(err);
            }
        }
    }
    let (Some(id), Some(token)) = (thread.enquiry, account.working_token()) else {
        return;
    };
    if !kiosk_open(&open) {
        return;
    }
    thread.next_in -= time.delta_secs();
    if thread.next_in > 0.0 {
        return;
    }
    thread.next_in = if live.ready() {
        THREAD_EVERY_LIVE
    } else {
        THREAD_EVERY
    };
    let mut url = server.url(&routes::enquiry_path(
        routes::ENQUIRY_MESSAGES,
        EnquiryId(id),
    ));
    url.push_str(&format!("?limit={PAGE}"));
    if let Some(last) = thread.messages.last() {
        url.push_str(&format!("&since={}", last.id.0));
    }
    thread.pending = Some(get(&url, Some(token)));
}

/// Replies shown on screen are read: tell the server, so the unread badge goes.
fn mark_read(
    open: Res<OpenPanel>,
    account: Res<Account>,
    server: Res<ServerUrl>,
    mut thread: ResMut<Thread>,
    mut threads: ResMut<Threads>,
) {
    if let Some(pending) = &thread.read_pending {
        if pending.poll().is_none() {
            return;
        }
        thread.read_pending = None;
        threads.next_in = threads.next_in.min(0.5);
    }
    let (Some(id), Some(token)) = (thread.enquiry, account.working_token()) else {
        return;
    };
    if !kiosk_open(&open) {
        return;
    }
    let Some(newest) = thread
        .messages
        .iter()
        .rev()
        .find(|m| m.from != my_side(&account))
        .map(|m| m.id.0)
    else {
        return;
    };
    if newest <= thread.read_up_to {
        return;
    }
    thread.read_up_to = newest;
    if let Some(view) = threads.list.iter_mut().find(|e| e.id.0 == id) {
        view.unread = 0;
    }
    let url = server.url(&routes::enquiry_path(routes::ENQUIRY_READ, EnquiryId(id)));
    thread.read_pending = Some(post_json(
        &url,
        Some(token),
        &MarkReadRequest {
            up_to: MessageId(newest),
        },
    ));
}

/// "Delete my data on this device": nothing of the threads stays on screen.
fn forget(
    _: On<ForgetDevice>,
    mut threads: ResMut<Threads>,
    mut thread: ResMut<Thread>,
    mut chat: ResMut<LiveChat>,
) {
    *threads = Threads::default();
    *thread = Thread::default();
    *chat = LiveChat::default();
}
