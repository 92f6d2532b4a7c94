//! HTTP paths of the server, shared so client and server cannot drift apart.

/// `GET`: liveness and database check.
pub const HEALTH: &str = "/healthz";
/// `POST`: register a new account ([`crate::RegisterRequest`] → [`crate::SessionResponse`]).
pub const ACCOUNTS: &str = "/api/accounts";
/// `POST`: log in ([`crate::LoginRequest`] → [`crate::SessionResponse`]).
pub const SESSIONS: &str = "/api/sessions";
/// `DELETE`: log out the session whose bearer token is sent.
pub const CURRENT_SESSION: &str = "/api/sessions/current";
/// `GET`: the own account ([`crate::AccountView`]); `DELETE`: delete it and everything personal.
pub const ME: &str = "/api/me";

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

/// One of the `…/{id}…` paths above with the id filled in.
#[must_use]
pub fn enquiry_path(pattern: &str, id: crate::EnquiryId) -> String {
    pattern.replace("{id}", &id.0.to_string())
}
