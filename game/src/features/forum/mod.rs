//! The forum at the job centre's notice board: topics by area and language, a page at a time;
//! one topic's posts with reactions; a new topic, an answer, a report to the counsellors.
//! Hidden posts show as hidden, closed and pinned topics as such, and counsellors' posts are
//! marked as the service's.
//!
//! What the person begins to write is kept on the device ([`ForumDrafts`]) until the server has
//! taken it: a post that cannot be sent stays in its field with the reason, to be sent again.

pub mod ui;

use bevy::prelude::*;
use lernwelt_protocol::{
    Category, CreateThreadRequest, Language, MessageText, PostId, PostView, PostsResponse,
    ReactRequest, Reaction, ReplyRequest, ThreadTitle, ThreadView, ThreadsResponse, routes,
};
use serde::{Deserialize, Serialize};

use crate::core::state::InWorld;
use crate::core::storage::{ForgetDevice, keep_on_device};
use crate::features::account::{
    Account, AccountAction, WrittenUnderAccount, drop_when_not_theirs, end_session_if_refused,
};
use crate::interact::{OpenPanel, Panel, PanelKind};
use crate::net::{NetError, Pending, ServerUrl, get, post_json};

/// Topics or posts asked for at once.
pub const PAGE: u32 = 20;
/// Seconds between asking again while the board is open.
pub const REFRESH_EVERY: f32 = 30.0;

/// One list from the server, a page at a time: what has come, whether there is more, why the
/// last try failed.
#[derive(Debug)]
pub struct Paged<T> {
    pub items: Vec<T>,
    pub more: bool,
    /// The first page has come.
    pub loaded: bool,
    pub error: Option<NetError>,
    /// Pages that have come.
    pages: u32,
    pending: Option<(u32, Pending)>,
}

impl<T> Default for Paged<T> {
    fn default() -> Self {
        Self {
            items: Vec::new(),
            more: false,
            loaded: false,
            error: None,
            pages: 0,
            pending: None,
        }
    }
}

impl<T> Paged<T> {
    /// Whether a page is on its way.
    pub fn busy(&self) -> bool {
        self.pending.is_some()
    }

    /// Asks for page `page` (from 1) at `url` (which has no page parameter yet).
    fn ask(&mut self, url: &str, page: u32, token: &str) {
        let separator = if url.contains('?') { '&' } else { '?' };
        let url = format!("{url}{separator}page={page}&limit={PAGE}");
        self.pending = Some((page, get(&url, Some(token))));
    }

    /// Takes a page that has come. Page 1 replaces the list, unless later pages are shown:
    /// then it updates what is known in place and puts what is new first (new topics come
    /// first). A later page extends the list, leaving out what is already there (a list that
    /// moved between pages may repeat an item).
    fn take(&mut self, page: u32, items: Vec<T>, more: bool, same: impl Fn(&T, &T) -> bool) {
        if page == 1 && self.pages > 1 {
            let mut new = Vec::new();
            for item in items {
                match self.items.iter_mut().find(|known| same(known, &item)) {
                    Some(known) => *known = item,
                    None => new.push(item),
                }
            }
            self.items.splice(0..0, new);
        } else if page == 1 {
            self.items = items;
            self.pages = 1;
            self.more = more;
        } else {
            for item in items {
                if !self.items.iter().any(|known| same(known, &item)) {
                    self.items.push(item);
                }
            }
            self.pages = page;
            self.more = more;
        }
        self.loaded = true;
        self.error = None;
    }
}

/// The topics of the board under the chosen filters.
#[derive(Resource, Debug, Default)]
pub struct Board {
    /// Only this area; all when `None`.
    pub category: Option<Category>,
    /// Only this language; all when `None`.
    pub language: Option<Language>,
    pub topics: Paged<ThreadView>,
    next_in: f32,
}

/// The topic being read.
#[derive(Resource, Debug, Default)]
pub struct Topic {
    pub thread: Option<ThreadView>,
    pub posts: Paged<PostView>,
    /// Posts this person reported in this visit (the server takes a report once).
    pub reported: Vec<PostId>,
    next_in: f32,
}

/// What the person has begun to write, kept on the device until the server took it.
#[derive(Resource, Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ForumDrafts {
    /// The nickname they were written under.
    pub owner: String,
    pub category: Option<Category>,
    pub language: Option<Language>,
    pub title: String,
    pub text: String,
    /// Answers begun, by topic.
    pub answers: Vec<(i64, String)>,
}

impl WrittenUnderAccount for ForumDrafts {
    fn owner(&mut self) -> &mut String {
        &mut self.owner
    }
}

impl ForumDrafts {
    /// The answer begun in topic `thread`.
    pub fn answer(&self, thread: i64) -> &str {
        self.answers
            .iter()
            .find(|(t, _)| *t == thread)
            .map_or("", |(_, text)| text.as_str())
    }

    /// Sets the answer begun in topic `thread` (an empty one takes no room).
    pub fn set_answer(&mut self, thread: i64, text: String) {
        self.answers.retain(|(t, _)| *t != thread);
        if !text.is_empty() {
            self.answers.push((thread, text));
        }
    }
}

/// A post on its way, and how the last one went.
#[derive(Resource, Debug, Default)]
pub struct Posting {
    pending: Option<(Sending, Pending)>,
    /// Why the last one failed (the draft is still there).
    pub error: Option<NetError>,
    /// The last one went through.
    pub done: bool,
}

impl Posting {
    /// Whether something is on its way.
    pub fn busy(&self) -> bool {
        self.pending.is_some()
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Sending {
    Topic,
    Answer(i64),
    Reaction,
    Report(PostId),
}

/// What the person does at the board.
#[derive(Message, Clone, Debug, PartialEq)]
pub enum ForumAction {
    /// Show only this area and language (`None`: all).
    Filter {
        category: Option<Category>,
        language: Option<Language>,
    },
    /// The next page of topics, or of the open topic's posts.
    More,
    /// Ask again now.
    Refresh,
    /// Read this topic.
    Open(ThreadView),
    /// Back to the topics.
    Back,
    /// Start the topic in the drafts.
    PostTopic,
    /// Send the answer in the drafts to the open topic.
    PostAnswer,
    /// Add or take back a reaction.
    React(PostId, Reaction),
    /// Report a post to the counsellors (the person confirmed).
    Report(PostId),
}

/// Topics, posts, drafts and sending.
pub struct ForumPlugin;

impl Plugin for ForumPlugin {
    fn build(&self, app: &mut App) {
        keep_on_device::<ForumDrafts>(app, "forum-drafts");
        drop_when_not_theirs::<ForumDrafts>(app);
        app.init_resource::<Board>()
            .init_resource::<Topic>()
            .init_resource::<Posting>()
            .add_message::<ForumAction>()
            .add_systems(
                Update,
                (take_actions, receive_posting, fetch_board, fetch_topic)
                    .chain()
                    .run_if(in_state(InWorld)),
            )
            .add_observer(forget);
    }
}

fn board_open(open: &OpenPanel) -> bool {
    open.0 == Some(Panel::Kiosk(PanelKind::Forum))
}

fn take_actions(
    mut actions: MessageReader<ForumAction>,
    account: Res<Account>,
    server: Res<ServerUrl>,
    mut board: ResMut<Board>,
    mut topic: ResMut<Topic>,
    drafts: Res<ForumDrafts>,
    mut posting: ResMut<Posting>,
) {
    for action in actions.read() {
        let Some(token) = account.token.as_deref() else {
            continue;
        };
        match action {
            ForumAction::Filter { category, language } => {
                board.category = *category;
                board.language = *language;
                board.topics = Paged::default();
                board.next_in = 0.0;
            }
            ForumAction::More => {
                if topic.thread.is_some() {
                    if topic.posts.more && !topic.posts.busy() {
                        let page = topic.posts.pages + 1;
                        let url = posts_url(&server, &topic);
                        topic.posts.ask(&url, page, token);
                    }
                } else if board.topics.more && !board.topics.busy() {
                    let page = board.topics.pages + 1;
                    let url = board_url(&server, &board);
                    board.topics.ask(&url, page, token);
                }
            }
            ForumAction::Refresh => {
                board.next_in = 0.0;
                topic.next_in = 0.0;
            }
            ForumAction::Open(thread) => {
                *topic = Topic {
                    thread: Some(thread.clone()),
                    reported: std::mem::take(&mut topic.reported),
                    ..default()
                };
            }
            ForumAction::Back => {
                let reported = std::mem::take(&mut topic.reported);
                *topic = Topic {
                    reported,
                    ..default()
                };
                board.next_in = 0.0;
            }
            ForumAction::PostTopic => {
                if posting.busy() {
                    continue;
                }
                let body = (|| {
                    Ok::<_, NetError>(CreateThreadRequest {
                        category: drafts.category.ok_or(NetError::Garbled)?,
                        language: drafts.language.ok_or(NetError::Garbled)?,
                        title: ThreadTitle::try_from(drafts.title.clone())
                            .map_err(|e| NetError::Refused(e.0))?,
                        text: MessageText::try_from(drafts.text.trim_end().to_owned())
                            .map_err(|e| NetError::Refused(e.0))?,
                    })
                })();
                start(&mut posting, Sending::Topic, body, |body| {
                    post_json(&server.url(routes::FORUM_THREADS), Some(token), body)
                });
            }
            ForumAction::PostAnswer => {
                let Some(thread) = topic.thread.as_ref().map(|t| t.id.0) else {
                    continue;
                };
                if posting.busy() {
                    continue;
                }
                let body = MessageText::try_from(drafts.answer(thread).trim_end().to_owned())
                    .map(|text| ReplyRequest { text })
                    .map_err(|e| NetError::Refused(e.0));
                let url = server.url(&routes::forum_path(routes::FORUM_THREAD_POSTS, thread));
                start(&mut posting, Sending::Answer(thread), body, |body| {
                    post_json(&url, Some(token), body)
                });
            }
            ForumAction::React(post, reaction) => {
                if posting.busy() {
                    continue;
                }
                let url = server.url(&routes::forum_path(routes::FORUM_POST_REACTIONS, post.0));
                let body = ReactRequest {
                    reaction: *reaction,
                };
                start(&mut posting, Sending::Reaction, Ok(body), |body| {
                    post_json(&url, Some(token), body)
                });
            }
            ForumAction::Report(post) => {
                if posting.busy() || topic.reported.contains(post) {
                    continue;
                }
                let url = server.url(&routes::forum_path(routes::FORUM_POST_FLAG, post.0));
                start(
                    &mut posting,
                    Sending::Report(*post),
                    Ok(serde_json::json!({})),
                    |body| post_json(&url, Some(token), body),
                );
            }
        }
    }
}

/// Sends `body` if it passed the checks here, or shows why not.
fn start<T>(
    posting: &mut Posting,
    what: Sending,
    body: Result<T, NetError>,
    send: impl FnOnce(&T) -> Pending,
) {
    posting.done = false;
    match body {
        Ok(body) => {
            posting.error = None;
            posting.pending = Some((what, send(&body)));
        }
        Err(err) => posting.error = Some(err),
    }
}

/// What came back for a post: the draft goes once the server has it; the lists are asked
/// again (a reaction's post is replaced by the one the server sends back).
fn receive_posting(
    mut posting: ResMut<Posting>,
    mut drafts: ResMut<ForumDrafts>,
    mut board: ResMut<Board>,
    mut topic: ResMut<Topic>,
    mut account_actions: MessageWriter<AccountAction>,
) {
    let Some((what, reply)) = posting
        .pending
        .as_ref()
        .and_then(|(what, pending)| pending.poll().map(|reply| (*what, reply)))
    else {
        return;
    };
    posting.pending = None;
    let outcome = match what {
        Sending::Topic => reply.parse::<ThreadView>().map(|thread| {
            drafts.title.clear();
            drafts.text.clear();
            board.next_in = 0.0;
            // The new topic opens, as the person will want to see it.
            *topic = Topic {
                thread: Some(thread),
                reported: std::mem::take(&mut topic.reported),
                ..default()
            };
        }),
        Sending::Answer(thread) => reply.parse::<PostView>().map(|post| {
            drafts.set_answer(thread, String::new());
            if topic.thread.as_ref().is_some_and(|t| t.id.0 == thread) {
                if !topic.posts.more {
                    topic.posts.items.push(post);
                }
                topic.next_in = topic.next_in.min(0.5);
            }
            board.next_in = 0.0;
        }),
        Sending::Reaction => reply.parse::<PostView>().map(|post| {
            if let Some(known) = topic.posts.items.iter_mut().find(|p| p.id == post.id) {
                *known = post;
            }
        }),
        Sending::Report(post) => reply.parse_empty().map(|()| {
            topic.reported.push(post);
            topic.next_in = topic.next_in.min(0.5);
        }),
    };
    match outcome {
        Ok(()) => {
            posting.done = true;
            posting.error = None;
        }
        Err(err) => {
            end_session_if_refused(&err, &mut account_actions);
            posting.error = Some(err);
        }
    }
}

fn board_url(server: &ServerUrl, board: &Board) -> String {
    let mut url = server.url(routes::FORUM_THREADS);
    let mut query = Vec::new();
    if let Some(category) = board.category {
        query.push(format!("category={}", category.code()));
    }
    if let Some(language) = board.language {
        query.push(format!("language={}", language.code()));
    }
    if !query.is_empty() {
        url.push('?');
        url.push_str(&query.join("&"));
    }
    url
}

fn posts_url(server: &ServerUrl, topic: &Topic) -> String {
    let id = topic.thread.as_ref().map_or(0, |t| t.id.0);
    server.url(&routes::forum_path(routes::FORUM_THREAD_POSTS, id))
}

/// The topics, while the board is open: at once, then now and then (the first page; pages
/// shown beyond it stay until the filters change).
fn fetch_board(
    time: Res<Time>,
    open: Res<OpenPanel>,
    account: Res<Account>,
    server: Res<ServerUrl>,
    mut board: ResMut<Board>,
    mut account_actions: MessageWriter<AccountAction>,
) {
    if account.is_changed() {
        let (category, language) = (board.category, board.language);
        *board = Board {
            category,
            language,
            ..default()
        };
    }
    if let Some((page, pending)) = &board.topics.pending {
        let page = *page;
        let Some(reply) = pending.poll() else {
            return;
        };
        board.topics.pending = None;
        match reply.parse::<ThreadsResponse>() {
            Ok(response) => {
                board
                    .topics
                    .take(page, response.threads, response.more, |a, b| a.id == b.id);
            }
            Err(err) => {
                end_session_if_refused(&err, &mut account_actions);
                board.topics.error = Some(err);
            }
        }
    }
    let Some(token) = account.token.as_deref() else {
        return;
    };
    if !board_open(&open) {
        // Asked at once when the board opens again.
        board.next_in = 0.0;
        return;
    }
    board.next_in -= time.delta_secs();
    if board.next_in > 0.0 || board.topics.busy() {
        return;
    }
    board.next_in = REFRESH_EVERY;
    let url = board_url(&server, &board);
    board.topics.ask(&url, 1, token);
}

/// The open topic's posts: at once, then now and then.
fn fetch_topic(
    time: Res<Time>,
    open: Res<OpenPanel>,
    account: Res<Account>,
    server: Res<ServerUrl>,
    mut topic: ResMut<Topic>,
    mut account_actions: MessageWriter<AccountAction>,
) {
    if account.is_changed() {
        *topic = Topic::default();
    }
    if let Some((page, pending)) = &topic.posts.pending {
        let page = *page;
        let Some(reply) = pending.poll() else {
            return;
        };
        topic.posts.pending = None;
        match reply.parse::<PostsResponse>() {
            Ok(response) => {
                topic
                    .posts
                    .take(page, response.posts, response.more, |a, b| a.id == b.id);
            }
            Err(err) => {
                end_session_if_refused(&err, &mut account_actions);
                topic.posts.error = Some(err);
            }
        }
    }
    let (Some(token), true) = (account.token.as_deref(), topic.thread.is_some()) else {
        return;
    };
    if !board_open(&open) {
        return;
    }
    topic.next_in -= time.delta_secs();
    if topic.next_in > 0.0 || topic.posts.busy() {
        return;
    }
    topic.next_in = REFRESH_EVERY;
    let url = posts_url(&server, &topic);
    topic.posts.ask(&url, 1, token);
}

/// "Delete my data on this device": nothing of the forum stays on screen.
fn forget(
    _: On<ForgetDevice>,
    mut board: ResMut<Board>,
    mut topic: ResMut<Topic>,
    mut posting: ResMut<Posting>,
) {
    *board = Board::default();
    *topic = Topic::default();
    *posting = Posting::default();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn later_pages_extend_the_list_without_repeats() {
        let mut list: Paged<u32> = Paged::default();
        list.take(1, vec![1, 2, 3], true, |a, b| a == b);
        list.take(2, vec![3, 4], false, |a, b| a == b);
        assert_eq!(list.items, [1, 2, 3, 4]);
        assert!(!list.more && list.loaded);
        list.take(1, vec![5, 1], true, |a, b| a == b);
        assert_eq!(
            list.items,
            [5, 1, 2, 3, 4],
            "with later pages shown, the first page only adds what is new, first"
        );
        let mut fresh: Paged<u32> = Paged::default();
        fresh.take(1, vec![1, 2], true, |a, b| a == b);
        fresh.take(1, vec![3], false, |a, b| a == b);
        assert_eq!(fresh.items, [3], "a first page alone starts the list anew");
    }

    #[test]
    fn an_answer_per_topic_and_empty_ones_go() {
        let mut drafts = ForumDrafts::default();
        drafts.set_answer(7, "Hallo".into());
        drafts.set_answer(8, String::new());
        assert_eq!(drafts.answer(7), "Hallo");
        assert_eq!(drafts.answers.len(), 1);
        drafts.set_answer(7, String::new());
        assert!(drafts.answers.is_empty());
    }
}
