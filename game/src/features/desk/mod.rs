//! The counsellors' desk, behind the staff door of the job centre (or straight away with
//! `--counsellor`): a counsellor logs in with password and authenticator code, takes new
//! enquiries in their languages from the inbox, answers in their threads (live while the young
//! person is connected: the thread, its messages, typing and the live connection are the
//! counselling feature's, seen from the counsellor's side), hands a thread over, closes it,
//! marks callbacks done, sets an absence notice, moderates the forum, and deals with the
//! reports of young people about someone in a place.
//!
//! A new enquiry arriving while the desk is open rings the chime.

pub mod ui;

use bevy::prelude::*;
use lernwelt_protocol::presence::{RoomReportView, RoomReports};
use lernwelt_protocol::{
    AbsenceNotice, AbsenceResponse, AbsenceText, ColleagueView, ColleaguesResponse, EnquiryId,
    HandOverRequest, InboxItem, InboxResponse, ModerationQueueResponse, Nickname, PostId,
    PostModerationAction, PostModerationRequest, PostView, Role, SpamRequest, ThreadId,
    ThreadModerationRequest, Timestamp, Topic, routes,
};

use crate::core::options::LaunchOptions;
use crate::core::state::InWorld;
use crate::features::account::{Account, AccountAction, end_session_if_refused};
use crate::features::counselling::CounsellingAction;
use crate::interact::{OpenPanel, Panel, PanelKind};
use crate::net::{NetError, Pending, ServerUrl, delete, get, post_json, put_json};
use crate::world::audio::Sounds;

/// Seconds between asking for the inbox, the callbacks and the moderation queues.
pub const DESK_EVERY: f32 = 10.0;

/// What the desk shows besides the threads: the inbox, the absence notice, the forum's
/// moderation queue and the reports from the places, as the server last told them.
#[derive(Resource, Debug, Default)]
pub struct Desk {
    /// New enquiries in the counsellor's languages, oldest first.
    pub inbox: Vec<InboxItem>,
    /// Only this topic in the inbox.
    pub topic: Option<Topic>,
    pub absence: Option<AbsenceNotice>,
    /// Forum posts that are hidden or reported, most reports first.
    pub queue: Vec<PostView>,
    /// More enquiries wait than the inbox's first page holds.
    pub inbox_more: bool,
    /// How many new enquiries wait in all.
    pub waiting: u32,
    /// More posts wait than the queue's first page holds.
    pub queue_more: bool,
    /// Open reports of someone in a place, oldest first.
    pub reports: Vec<RoomReportView>,
    /// The reports have come at least once.
    pub reports_loaded: bool,
    /// The other active counsellors, for the hand-over.
    pub colleagues: Vec<ColleagueView>,
    /// The inbox has come at least once.
    pub loaded: bool,
    /// Why the last request failed.
    pub error: Option<NetError>,
    /// What the last action was refused for (e.g. a colleague was faster).
    pub refused: Option<NetError>,
    /// Enquiries seen in the inbox so far (a new one rings).
    seen: Vec<i64>,
    /// Reports dealt with at this desk: a list asked for before "done" went through must not
    /// bring them back.
    reports_done: Vec<i64>,
    asks: Vec<(Ask, Pending)>,
    next_in: f32,
}

impl Desk {
    fn waiting(&self, ask: Ask) -> bool {
        self.asks.iter().any(|(a, _)| *a == ask)
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Ask {
    Inbox,
    Absence,
    Queue,
    Reports,
    Colleagues,
    /// An action; what follows it is asked again when it is done.
    Act(DeskStep),
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum DeskStep {
    Accept(i64),
    /// A report from the places was dealt with (or a colleague was faster): it leaves the
    /// list at once.
    ReportDone(i64),
    Other,
}

/// What the counsellor does at the desk.
#[derive(Message, Clone, Debug, PartialEq)]
pub enum DeskAction {
    /// Only this topic in the inbox (`None`: all).
    Filter(Option<Topic>),
    /// Take a new enquiry.
    Accept(i64),
    /// Close a thread.
    Close(i64),
    /// Close an enquiry as spam; with `true` also block its author from counselling.
    Spam(i64, bool),
    /// Hand a thread over to the colleague with this name.
    HandOver(i64, String),
    /// The callback of this thread was made (its number is deleted).
    CallbackDone(i64),
    /// Set the absence notice until this moment.
    SetAbsence(String, Timestamp),
    /// Clear the absence notice.
    ClearAbsence,
    /// Hide or restore a forum post.
    Moderate(PostId, PostModerationAction),
    /// Lock or pin a forum topic.
    Topic(ThreadId, ThreadModerationRequest),
    /// A report from the places was dealt with.
    ReportDone(i64),
    /// Ask for everything now.
    Refresh,
}

/// The desk's data and actions.
pub struct DeskPlugin;

impl Plugin for DeskPlugin {
    fn build(&self, app: &mut App) {
        let counsellor = app
            .world()
            .get_resource::<LaunchOptions>()
            .is_some_and(|o| o.counsellor);
        if counsellor {
            app.add_systems(OnEnter(InWorld), open_the_desk);
        }
        app.init_resource::<Desk>()
            .init_resource::<ui::SpamQuestion>()
            .add_message::<DeskAction>()
            .add_systems(
                Update,
                (take_actions, receive, ask)
                    .chain()
                    .run_if(in_state(InWorld)),
            );
    }
}

/// `--counsellor`: the desk is open from the start.
fn open_the_desk(mut open: ResMut<OpenPanel>) {
    open.0 = Some(Panel::Kiosk(PanelKind::Desk));
}

fn desk_open(open: &OpenPanel) -> bool {
    open.0 == Some(Panel::Kiosk(PanelKind::Desk))
}

fn staff(account: &Account) -> Option<&str> {
    (account.role != Role::Youth)
        .then_some(account.working_token())
        .flatten()
}

fn take_actions(
    mut actions: MessageReader<DeskAction>,
    account: Res<Account>,
    server: Res<ServerUrl>,
    mut desk: ResMut<Desk>,
) {
    for action in actions.read() {
        let Some(token) = staff(&account) else {
            continue;
        };
        let at = |pattern: &str, id: i64| server.url(&routes::enquiry_path(pattern, EnquiryId(id)));
        let empty = serde_json::json!({});
        let sent = match action {
            DeskAction::Filter(topic) => {
                desk.topic = *topic;
                desk.next_in = 0.0;
                None
            }
            DeskAction::Refresh => {
                desk.next_in = 0.0;
                None
            }
            DeskAction::Accept(id) => Some((
                DeskStep::Accept(*id),
                post_json(&at(routes::ENQUIRY_ACCEPT, *id), Some(token), &empty),
            )),
            DeskAction::Close(id) => Some((
                DeskStep::Other,
                post_json(&at(routes::ENQUIRY_CLOSE, *id), Some(token), &empty),
            )),
            DeskAction::Spam(id, block) => Some((
                DeskStep::Other,
                post_json(
                    &at(routes::ENQUIRY_SPAM, *id),
                    Some(token),
                    &SpamRequest { block: *block },
                ),
            )),
            DeskAction::CallbackDone(id) => Some((
                DeskStep::Other,
                post_json(&at(routes::ENQUIRY_CALLBACK_DONE, *id), Some(token), &empty),
            )),
            DeskAction::HandOver(id, name) => match Nickname::try_from(name.trim()) {
                Ok(to) => Some((
                    DeskStep::Other,
                    post_json(
                        &at(routes::ENQUIRY_HANDOVER, *id),
                        Some(token),
                        &HandOverRequest { to },
                    ),
                )),
                Err(e) => {
                    desk.refused = Some(NetError::Refused(e.0));
                    None
                }
            },
            DeskAction::SetAbsence(text, until) => {
                match AbsenceText::try_from(text.trim().to_owned()) {
                    Ok(text) => Some((
                        DeskStep::Other,
                        put_json(
                            &server.url(routes::ABSENCE),
                            Some(token),
                            &AbsenceNotice {
                                text,
                                until: *until,
                            },
                        ),
                    )),
                    Err(e) => {
                        desk.refused = Some(NetError::Refused(e.0));
                        None
                    }
                }
            }
            DeskAction::ClearAbsence => Some((
                DeskStep::Other,
                delete(&server.url(routes::ABSENCE), Some(token)),
            )),
            DeskAction::Moderate(post, action) => Some((
                DeskStep::Other,
                post_json(
                    &server.url(&routes::forum_path(routes::FORUM_POST_MODERATION, post.0)),
                    Some(token),
                    &PostModerationRequest { action: *action },
                ),
            )),
            DeskAction::Topic(thread, request) => Some((
                DeskStep::Other,
                post_json(
                    &server.url(&routes::forum_path(
                        routes::FORUM_THREAD_MODERATION,
                        thread.0,
                    )),
                    Some(token),
                    request,
                ),
            )),
            DeskAction::ReportDone(id) => Some((
                DeskStep::ReportDone(*id),
                post_json(
                    &server.url(&routes::ROOM_REPORT_DONE.replace("{id}", &id.to_string())),
                    Some(token),
                    &empty,
                ),
            )),
        };
        if let Some((step, pending)) = sent {
            desk.refused = None;
            desk.asks.push((Ask::Act(step), pending));
        }
    }
}

/// What came back: lists replace what was shown; an action that went through has everything
/// asked again (and an accepted enquiry opens); one refused says why.
fn receive(
    mut commands: Commands,
    open: Res<OpenPanel>,
    sounds: Option<Res<Sounds>>,
    mut desk: ResMut<Desk>,
    mut counselling: MessageWriter<CounsellingAction>,
    mut account_actions: MessageWriter<AccountAction>,
) {
    let mut done = Vec::new();
    for (index, (ask, pending)) in desk.asks.iter().enumerate() {
        if let Some(reply) = pending.poll() {
            done.push((index, *ask, reply));
        }
    }
    for (index, ask, reply) in done.into_iter().rev() {
        desk.asks.remove(index);
        let result = match ask {
            Ask::Inbox => reply.parse::<InboxResponse>().map(|inbox| {
                let fresh = inbox
                    .enquiries
                    .iter()
                    .filter(|item| !desk.seen.contains(&item.enquiry.id.0))
                    .count();
                // The first list only shows what waits; later ones ring for what is new.
                if fresh > 0 && desk.loaded && desk_open(&open) {
                    if let Some(sounds) = &sounds {
                        commands
                            .spawn((AudioPlayer(sounds.chime.clone()), PlaybackSettings::DESPAWN));
                    }
                    info!("{fresh} new enquiries in the inbox");
                }
                let ids: Vec<i64> = inbox.enquiries.iter().map(|i| i.enquiry.id.0).collect();
                desk.seen.extend(ids);
                desk.inbox = inbox.enquiries;
                desk.inbox_more = inbox.more;
                desk.waiting = inbox.waiting;
                desk.loaded = true;
            }),
            Ask::Absence => reply
                .parse::<AbsenceResponse>()
                .map(|answer| desk.absence = answer.absence),
            Ask::Queue => reply.parse::<ModerationQueueResponse>().map(|queue| {
                desk.queue = queue.posts;
                desk.queue_more = queue.more;
            }),
            Ask::Reports => reply.parse::<RoomReports>().map(|answer| {
                let open = answer
                    .reports
                    .into_iter()
                    .filter(|report| !desk.reports_done.contains(&report.id))
                    .collect();
                desk.reports = open;
                desk.reports_loaded = true;
            }),
            Ask::Colleagues => reply
                .parse::<ColleaguesResponse>()
                .map(|answer| desk.colleagues = answer.colleagues),
            Ask::Act(step) => {
                desk.next_in = 0.0;
                counselling.write(CounsellingAction::Refresh);
                let result = reply.parse_empty();
                // Dealt with, by this desk or (404) by a colleague: either way it is gone.
                if let DeskStep::ReportDone(id) = step
                    && matches!(
                        result,
                        Ok(())
                            | Err(NetError::Refused(
                                lernwelt_protocol::ErrorCode::ReportNotFound
                            ))
                    )
                {
                    desk.reports.retain(|report| report.id != id);
                    desk.reports_done.push(id);
                }
                match result {
                    Ok(()) => {
                        if let DeskStep::Accept(id) = step {
                            counselling.write(CounsellingAction::Open(id));
                        }
                        Ok(())
                    }
                    // Said beside the action ("a colleague took it"), not as the desk's state.
                    Err(err) => {
                        desk.refused = Some(err.clone());
                        match err {
                            NetError::Refused(lernwelt_protocol::ErrorCode::Unauthenticated) => {
                                Err(err)
                            }
                            _ => Ok(()),
                        }
                    }
                }
            }
        };
        match result {
            Ok(()) => {
                if !matches!(ask, Ask::Act(_)) {
                    desk.error = None;
                }
            }
            Err(err) => {
                end_session_if_refused(&err, &mut account_actions);
                desk.error = Some(err);
            }
        }
    }
}

/// While the desk is open: the inbox, the absence notice, the moderation queues (the forum's
/// and the reports from the places) and the colleagues, at once and then every few seconds.
fn ask(
    time: Res<Time>,
    open: Res<OpenPanel>,
    account: Res<Account>,
    server: Res<ServerUrl>,
    mut desk: ResMut<Desk>,
) {
    if account.is_changed() {
        *desk = Desk::default();
    }
    let Some(token) = staff(&account) else {
        return;
    };
    if !desk_open(&open) {
        desk.next_in = 0.0;
        return;
    }
    desk.next_in -= time.delta_secs();
    if desk.next_in > 0.0 {
        return;
    }
    desk.next_in = DESK_EVERY;
    let mut inbox = server.url(routes::INBOX);
    if let Some(topic) = desk.topic {
        inbox.push_str(&format!("?topic={}", topic.code()));
    }
    let wanted = [
        (Ask::Inbox, inbox),
        (Ask::Absence, server.url(routes::ABSENCE)),
        (Ask::Queue, server.url(routes::FORUM_MODERATION_QUEUE)),
        (Ask::Reports, server.url(routes::ROOM_REPORTS)),
        (Ask::Colleagues, server.url(routes::COLLEAGUES)),
    ];
    for (what, url) in wanted {
        if !desk.waiting(what) {
            let pending = get(&url, Some(token));
            desk.asks.push((what, pending));
        }
    }
}
