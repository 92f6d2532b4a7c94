//! HTTP paths of the server, shared so client and server cannot drift apart.

/// `GET`: liveness and database check.
pub const HEALTH: &str = "/healthz";
/// `POST`: register a new account ([`crate::RegisterRequest`] → [`crate::SessionResponse`]).
pub const ACCOUNTS: &str = "/api/accounts";
/// `GET` with a WebSocket upgrade: live chat ([`crate::ClientMsg`] / [`crate::ServerMsg`]
/// frames; the first frame authenticates).
pub const CHAT_WS: &str = "/api/ws";
/// `POST`: log in ([`crate::LoginRequest`] → [`crate::SessionResponse`]); `GET`: the own
/// account's sessions ([`crate::SessionsResponse`]); `DELETE`: log out everywhere (every
/// session of the own account ends, this one too; 204).
pub const SESSIONS: &str = "/api/sessions";
/// `DELETE`: log out the session whose bearer token is sent.
pub const CURRENT_SESSION: &str = "/api/sessions/current";
/// `DELETE`: end one session of the own account, named by its [`crate::SessionView::id`]
/// (another device left logged in; 204).
pub const SESSION: &str = "/api/sessions/{id}";
/// `GET`: the own account ([`crate::AccountView`]); `DELETE`: delete it and everything personal
/// ([`crate::DeleteAccountRequest`], with the password → 204).
pub const ME: &str = "/api/me";
/// `POST`: change the own password ([`crate::ChangePasswordRequest`] → 204); every other
/// session of the account ends.
pub const ME_PASSWORD: &str = "/api/me/password";

/// `POST`: a young person opens an enquiry ([`crate::CreateEnquiryRequest`] →
/// [`crate::EnquiryView`]); `GET`: the caller's own enquiries ([`crate::EnquiriesResponse`]).
pub const ENQUIRIES: &str = "/api/counselling/enquiries";
/// `GET`: one enquiry ([`crate::EnquiryView`]).
pub const ENQUIRY: &str = "/api/counselling/enquiries/{id}";
/// `POST`: a counsellor accepts a new enquiry (→ [`crate::EnquiryView`]); the first wins.
pub const ENQUIRY_ACCEPT: &str = "/api/counselling/enquiries/{id}/accept";
/// `GET` with [`crate::MessagesQuery`]: history ([`crate::MessagesResponse`]); `POST`: a reply
/// ([`crate::SendMessageRequest`] → [`crate::MessageView`]).
pub const ENQUIRY_MESSAGES: &str = "/api/counselling/enquiries/{id}/messages";
/// `POST`: mark messages read ([`crate::MarkReadRequest`] → [`crate::EnquiryView`]).
pub const ENQUIRY_READ: &str = "/api/counselling/enquiries/{id}/read";
/// `POST`: close the enquiry (→ [`crate::EnquiryView`]).
pub const ENQUIRY_CLOSE: &str = "/api/counselling/enquiries/{id}/close";
/// `POST`: close the enquiry as spam, perhaps blocking its author ([`crate::SpamRequest`] →
/// [`crate::EnquiryView`]).
pub const ENQUIRY_SPAM: &str = "/api/counselling/enquiries/{id}/spam";
/// `POST`: hand the enquiry over to a colleague ([`crate::HandOverRequest`] → 204).
pub const ENQUIRY_HANDOVER: &str = "/api/counselling/enquiries/{id}/handover";
/// `POST`: the callback was made; its phone number is deleted (→ [`crate::EnquiryView`]).
pub const ENQUIRY_CALLBACK_DONE: &str = "/api/counselling/enquiries/{id}/callback/done";
/// `GET` with [`crate::InboxQuery`]: new enquiries in the counsellor's languages
/// ([`crate::InboxResponse`]).
pub const INBOX: &str = "/api/counselling/inbox";
/// `GET`: the counsellor's absence notice ([`crate::AbsenceResponse`]); `PUT`: set it
/// ([`crate::AbsenceNotice`]); `DELETE`: clear it.
pub const ABSENCE: &str = "/api/counselling/absence";
/// `GET`: the other active counsellors, for handing an enquiry over
/// ([`crate::ColleaguesResponse`]).
pub const COLLEAGUES: &str = "/api/counselling/colleagues";

/// `GET`: the forum's categories ([`crate::CategoriesResponse`]).
pub const FORUM_CATEGORIES: &str = "/api/forum/categories";
/// `GET` with [`crate::ThreadsQuery`]: threads, pinned first ([`crate::ThreadsResponse`]);
/// `POST`: start a thread ([`crate::CreateThreadRequest`] → [`crate::ThreadView`]).
pub const FORUM_THREADS: &str = "/api/forum/threads";
/// `GET`: one thread ([`crate::ThreadView`]).
pub const FORUM_THREAD: &str = "/api/forum/threads/{id}";
/// `GET` with [`crate::PageQuery`]: posts in order ([`crate::PostsResponse`]); `POST`: a reply
/// ([`crate::ReplyRequest`] → [`crate::PostView`]).
pub const FORUM_THREAD_POSTS: &str = "/api/forum/threads/{id}/posts";
/// `POST`: a counsellor locks/unlocks, pins/unpins ([`crate::ThreadModerationRequest`] →
/// [`crate::ThreadView`]).
pub const FORUM_THREAD_MODERATION: &str = "/api/forum/threads/{id}/moderation";
/// `POST`: toggle one's reaction ([`crate::ReactRequest`] → [`crate::PostView`]).
pub const FORUM_POST_REACTIONS: &str = "/api/forum/posts/{id}/reactions";
/// `POST`: flag a post (→ 204); once per account.
pub const FORUM_POST_FLAG: &str = "/api/forum/posts/{id}/flag";
/// `POST`: a counsellor hides or restores a post ([`crate::PostModerationRequest`] →
/// [`crate::PostView`]).
pub const FORUM_POST_MODERATION: &str = "/api/forum/posts/{id}/moderation";
/// `GET`: posts that are hidden or flagged, for counsellors ([`crate::ModerationQueueResponse`]).
pub const FORUM_MODERATION_QUEUE: &str = "/api/forum/moderation";
/// `GET`: open reports of people in the places, with their last room chat lines, for
/// counsellors ([`crate::presence::RoomReports`]).
pub const ROOM_REPORTS: &str = "/api/moderation/rooms";
/// `POST`: a counsellor marks a report from the places as dealt with (→ 204).
pub const ROOM_REPORT_DONE: &str = "/api/moderation/rooms/{id}/done";

/// A forum path with `{id}` filled in.
#[must_use]
pub fn forum_path(pattern: &str, id: i64) -> String {
    pattern.replace("{id}", &id.to_string())
}

/// [`SESSION`] for the session named `id`.
#[must_use]
pub fn session_path(id: &str) -> String {
    SESSION.replace("{id}", id)
}

/// One of the `…/{id}…` paths above with the id filled in.
#[must_use]
pub fn enquiry_path(pattern: &str, id: crate::EnquiryId) -> String {
    pattern.replace("{id}", &id.0.to_string())
}
