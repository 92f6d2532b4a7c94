//! Wire types shared by the Lernwelt game client and the server: strong ids, limits, validated
//! values and the typed HTTP request/response pairs. Only serde; builds for wasm32.
//!
//! Validation lives here, in `TryFrom` constructors that serde also uses, so a value of one of
//! these types is valid wherever it is seen: a client can check a form before sending it and the
//! server cannot forget a check.

pub mod accounts;
pub mod chat;
pub mod counselling;
pub mod demo;
pub mod error;
pub mod forum;
pub mod ids;
pub mod limits;
pub mod place;
pub mod presence;
pub mod routes;
#[cfg(feature = "schema")]
mod schema;
#[cfg(test)]
mod test_rng;
mod text;
pub mod time;

pub use accounts::{
    AccountView, AgeBand, ChangePasswordRequest, DeleteAccountRequest, HealthResponse,
    HealthStatus, Language, Languages, LoginRequest, Nickname, Password, PasswordAttempt,
    RegisterRequest, Role, SessionResponse, SessionToken, SessionView, SessionsResponse, TotpCode,
};
pub use chat::{ClientMsg, ServerMsg};
pub use counselling::{
    AbsenceNotice, AbsenceResponse, AbsenceText, CallbackDetails, CallbackWindow, ClientMessageId,
    ColleagueView, ColleaguesResponse, CreateEnquiryRequest, EnquiriesResponse, EnquiryStatus,
    EnquiryView, HandOverRequest, InboxItem, InboxQuery, InboxResponse, MarkReadRequest,
    MessageText, MessageView, MessagesQuery, MessagesResponse, Mode, PhoneNumber,
    SendMessageRequest, Side, SpamRequest, Topic,
};
pub use error::{ApiError, ErrorCode, ValidationError};
pub use forum::{
    CategoriesResponse, Category, CreateThreadRequest, ModerationQueueResponse, PageQuery, PostId,
    PostModerationAction, PostModerationRequest, PostView, PostsResponse, ReactRequest, Reaction,
    ReactionCounts, ReplyRequest, ThreadId, ThreadModerationRequest, ThreadTitle, ThreadView,
    ThreadsQuery, ThreadsResponse,
};
pub use ids::{AccountId, EnquiryId, MessageId};
pub use place::Place;
pub use time::{BerlinTime, Timestamp};
