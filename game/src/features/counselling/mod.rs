//! Counselling from inside the world, at the job centre's kiosk: the person's threads with
//! their status and unread replies, one thread's messages, and what they write — every letter
//! goes through the [`outbox`], so nothing is lost when the server is away. The server is asked
//! again every few seconds while the kiosk is open and now and then while walking around, so a
//! reply shows in the HUD.

pub mod outbox;
pub mod ui;

use bevy::prelude::*;
use lernwelt_protocol::{
    EnquiriesResponse, EnquiryId, EnquiryView, ErrorCode, MarkReadRequest, MessageId, MessageView,
    MessagesResponse, Side, routes,
};

use crate::core::state::InWorld;
use crate::core::storage::ForgetDevice;
use crate::features::account::{Account, AccountAction};
use crate::interact::{OpenPanel, Panel, PanelKind};
use crate::net::{NetError, Pending, ServerUrl, get, post_json};
use outbox::{Sender, Status};

/// Seconds between asking for the threads while the kiosk is open.
pub const LIST_EVERY_OPEN: f32 = 10.0;
/// Seconds between asking for the threads while walking around (for the HUD notice).
pub const LIST_EVERY_AWAY: f32 = 60.0;
/// Seconds between asking for new messages in the open thread.
pub const THREAD_EVERY: f32 = 4.0;
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
}

impl Thread {
    /// The view of the open thread in the list.
    pub fn view<'a>(&self, threads: &'a Threads) -> Option<&'a EnquiryView> {
        let id = self.enquiry?;
        threads.list.iter().find(|e| e.id.0 == id)
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
}

/// Threads and messages from the server.
pub struct CounsellingPlugin;

impl Plugin for CounsellingPlugin {
    fn build(&self, app: &mut App) {
        app.init_resource::<Threads>()
            .init_resource::<Thread>()
            .add_message::<CounsellingAction>()
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
                    .run_if(in_state(InWorld)),
            )
            .add_observer(forget);
    }
}

fn kiosk_open(open: &OpenPanel) -> bool {
    open.0 == Some(Panel::Kiosk(PanelKind::Counselling))
}

fn take_actions(
    mut actions: MessageReader<CounsellingAction>,
    mut threads: ResMut<Threads>,
    mut thread: ResMut<Thread>,
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

/// What an answer about the account means for the session: a refused session is over.
fn session_ended(error: &NetError, account_actions: &mut MessageWriter<AccountAction>) {
    if *error == NetError::Refused(ErrorCode::Unauthenticated) {
        account_actions.write(AccountAction::SessionEnded);
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
                session_ended(&err, &mut account_actions);
                threads.error = Some(err);
            }
        }
    }
    let Some(token) = account.token.as_deref() else {
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
                thread.loaded = !response.more;
                // More waiting: ask again at once.
                if response.more {
                    thread.next_in = 0.0;
                }
                thread.error = None;
            }
            Err(err) => {
                session_ended(&err, &mut account_actions);
                thread.error = Some(err);
            }
        }
    }
    let (Some(id), Some(token)) = (thread.enquiry, account.token.as_deref()) else {
        return;
    };
    if !kiosk_open(&open) {
        return;
    }
    thread.next_in -= time.delta_secs();
    if thread.next_in > 0.0 {
        return;
    }
    thread.next_in = THREAD_EVERY;
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
    let (Some(id), Some(token)) = (thread.enquiry, account.token.as_deref()) else {
        return;
    };
    if !kiosk_open(&open) {
        return;
    }
    let Some(newest) = thread
        .messages
        .iter()
        .rev()
        .find(|m| m.from == Side::Counsellor)
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
fn forget(_: On<ForgetDevice>, mut threads: ResMut<Threads>, mut thread: ResMut<Thread>) {
    *threads = Threads::default();
    *thread = Thread::default();
}
