//! The one error type of every handler. A client error becomes a JSON [`ApiError`] with a
//! stable code; anything internal is logged (without personal data) and answered with a bare
//! `internal` error that tells nothing about the cause.

use crate::security::{self, Event, Origin};
use crate::store::StoreError;
use axum::Json;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use lernwelt_protocol::{AccountId, ApiError, ErrorCode};
use std::fmt;

/// An error a handler or extractor returns.
#[derive(Debug)]
pub enum AppError {
    /// The client's fault (or a refusal): sent as it is.
    Client {
        /// The HTTP status.
        status: StatusCode,
        /// The JSON body.
        error: ApiError,
    },
    /// Too many requests; the client may retry after this many seconds.
    RateLimited {
        /// Seconds until a request will be accepted again.
        retry_after_secs: u64,
    },
    /// A failure inside the server. `context` says where; `detail` must hold no personal data.
    Internal {
        /// What the server was doing.
        context: &'static str,
        /// What went wrong, safe to log.
        detail: String,
    },
}

impl AppError {
    /// A client error with the usual developer message for its code.
    #[must_use]
    pub fn client(status: StatusCode, code: ErrorCode) -> Self {
        AppError::Client {
            status,
            error: ApiError::new(code, message_for(code)),
        }
    }

    /// A client error about one request field.
    #[must_use]
    pub fn field(status: StatusCode, code: ErrorCode, field: impl Into<String>) -> Self {
        AppError::Client {
            status,
            error: ApiError::new(code, message_for(code)).with_field(field),
        }
    }

    /// An internal failure; `detail` is logged and must hold no personal data.
    #[must_use]
    pub fn internal(context: &'static str, detail: impl fmt::Display) -> Self {
        AppError::Internal {
            context,
            detail: detail.to_string(),
        }
    }

    /// 403: the role of `account` may not do this. Logged as a security event.
    #[must_use]
    pub fn forbidden(account: AccountId) -> Self {
        security::record(Event::Forbidden, Some(account), Origin::default());
        AppError::client(StatusCode::FORBIDDEN, ErrorCode::Forbidden)
    }

    /// 429: `account` is over a limit of its own (posts, flags, reactions, threads), whatever
    /// address it comes from. Logged as a security event.
    #[must_use]
    pub fn account_limited(account: AccountId, retry_after_secs: u64) -> Self {
        security::record(Event::RateLimited, Some(account), Origin::default());
        AppError::RateLimited { retry_after_secs }
    }

    /// 401 for a missing, unknown or expired session.
    #[must_use]
    pub fn unauthenticated() -> Self {
        AppError::client(StatusCode::UNAUTHORIZED, ErrorCode::Unauthenticated)
    }

    /// The status this error is answered with.
    #[must_use]
    pub fn status(&self) -> StatusCode {
        match self {
            AppError::Client { status, .. } => *status,
            AppError::RateLimited { .. } => StatusCode::TOO_MANY_REQUESTS,
            AppError::Internal { .. } => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }
}

impl From<StoreError> for AppError {
    fn from(value: StoreError) -> Self {
        match value {
            StoreError::NicknameTaken => {
                AppError::field(StatusCode::CONFLICT, ErrorCode::NicknameTaken, "nickname")
            }
            other => AppError::internal("store", other),
        }
    }
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        match self {
            AppError::Client { status, error } => (status, Json(error)).into_response(),
            AppError::RateLimited { retry_after_secs } => {
                let mut response = (
                    StatusCode::TOO_MANY_REQUESTS,
                    Json(ApiError::new(
                        ErrorCode::RateLimited,
                        message_for(ErrorCode::RateLimited),
                    )),
                )
                    .into_response();
                response
                    .headers_mut()
                    .insert(header::RETRY_AFTER, HeaderValue::from(retry_after_secs));
                response
            }
            AppError::Internal { context, detail } => {
                tracing::error!(context, detail = %detail, "internal error");
                (
                    StatusCode::INTERNAL_SERVER_ERROR,
                    Json(ApiError::new(
                        ErrorCode::Internal,
                        message_for(ErrorCode::Internal),
                    )),
                )
                    .into_response()
            }
        }
    }
}

/// The English developer message for a code. Fixed texts only: never echo request content.
#[must_use]
pub fn message_for(code: ErrorCode) -> &'static str {
    match code {
        ErrorCode::InvalidJson => "the body is not well-formed JSON",
        ErrorCode::InvalidUtf8 => "the body is not valid UTF-8",
        ErrorCode::UnsupportedMediaType => "send the body as application/json",
        ErrorCode::PayloadTooLarge => "the body is too large",
        ErrorCode::UnknownField => "the body has a field this request does not know",
        ErrorCode::MissingField => "a required field is missing",
        ErrorCode::WrongType => "a field has the wrong JSON type",
        ErrorCode::InvalidValue => "a field has a value that is not allowed",
        ErrorCode::NicknameTooShort => "the nickname is too short",
        ErrorCode::NicknameTooLong => "the nickname is too long",
        ErrorCode::NicknameInvalidCharacters => {
            "a nickname may hold letters, digits, _ - . and needs a letter or digit"
        }
        ErrorCode::NicknameMixedScripts => {
            "a nickname is written in one script (not Latin and Cyrillic letters mixed)"
        }
        ErrorCode::PasswordTooShort => "the password is too short",
        ErrorCode::PasswordTooLong => "the password is too long",
        ErrorCode::PasswordEmpty => "the password is empty",
        ErrorCode::PasswordTooWeak => {
            "the new password is too easy to guess (common words, sequences, the nickname)"
        }
        ErrorCode::PasswordUnchanged => "the new password is the current one",
        ErrorCode::CurrentPasswordWrong => "the current password is wrong",
        ErrorCode::PasswordChangeRequired => {
            "change the password an admin made first (POST /api/me/password)"
        }
        ErrorCode::LanguagesEmpty => "choose at least one language",
        ErrorCode::LanguagesDuplicate => "a language is listed twice",
        ErrorCode::NicknameTaken => "this nickname, or one that looks the same, is taken",
        ErrorCode::InvalidCredentials => "nickname or password is wrong",
        ErrorCode::Unauthenticated => "log in first: no valid session token was sent",
        ErrorCode::RateLimited => "too many requests; try again later",
        ErrorCode::Forbidden => "this account's role may not do this",
        ErrorCode::TotpRequired => "this account needs its authenticator code as well",
        ErrorCode::TotpInvalid => "the authenticator code is wrong, too old or used already",
        ErrorCode::TotpMalformed => "an authenticator code is six digits",
        ErrorCode::MessageEmpty => "the message is empty",
        ErrorCode::MessageTooLong => "the message is too long",
        ErrorCode::TextInvalidCharacters => {
            "the text holds control characters or bidi embeddings, overrides or isolates"
        }
        ErrorCode::ClientMessageIdInvalid => "a client message id is 1-64 letters, digits, - or _",
        ErrorCode::ClientMessageIdReused => "this client message id was used for another message",
        ErrorCode::PhoneInvalid => "this is not a phone number",
        ErrorCode::CallbackWindowInvalid => {
            "the callback window must end after it starts, in the future, within a week"
        }
        ErrorCode::CallbackRequired => "a callback enquiry needs a phone number and time window",
        ErrorCode::CallbackNotAllowed => "only a callback enquiry has a phone number",
        ErrorCode::CallbackNotPending => "there is no callback request waiting",
        ErrorCode::AbsenceTextEmpty => "the absence notice is empty",
        ErrorCode::AbsenceTextTooLong => "the absence notice is too long",
        ErrorCode::AbsenceUntilInvalid => "the absence must end in the future, within a year",
        ErrorCode::EnquiryNotFound => "there is no such enquiry",
        ErrorCode::EnquiryTaken => "another counsellor has accepted this enquiry",
        ErrorCode::EnquiryClosed => "the enquiry is closed",
        ErrorCode::EnquiryNotAccepted => "the enquiry must be accepted first",
        ErrorCode::TooManyOpenEnquiries => "close an open enquiry before opening another",
        ErrorCode::CounsellingBlocked => {
            "a counsellor marked this account's enquiries as spam; an admin can lift the block"
        }
        ErrorCode::ColleagueNotFound => "there is no active counsellor with this name",
        ErrorCode::ColleagueLacksLanguage => {
            "the colleague does not counsel in the enquiry's language"
        }
        ErrorCode::ColleagueIsSelf => "you have this enquiry already",
        ErrorCode::TitleTooShort => "the title is too short",
        ErrorCode::TitleTooLong => "the title is too long",
        ErrorCode::ThreadNotFound => "there is no such forum thread",
        ErrorCode::PostNotFound => "there is no such forum post",
        ErrorCode::ThreadLocked => "the thread is locked: no new replies",
        ErrorCode::Muted => "a counsellor muted you in this place for a while",
        ErrorCode::SentOut => "a counsellor sent you out of this place for a while",
        ErrorCode::TooManyBlocks => "you have blocked as many people as you can",
        ErrorCode::ReportNotFound => "there is no such open report",
        ErrorCode::NotFound => "there is no such route",
        ErrorCode::MethodNotAllowed => "this route does not allow this method",
        ErrorCode::WebSocketRequired => "this route speaks WebSocket only",
        ErrorCode::RequestTimeout => "the request took too long; try again",
        ErrorCode::Internal => "something went wrong on the server",
        _ => "unknown error",
    }
}

impl fmt::Display for AppError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AppError::Client { status, error } => write!(f, "{status}: {}", error.code),
            AppError::RateLimited { .. } => f.write_str("rate limited"),
            AppError::Internal { context, detail } => write!(f, "{context}: {detail}"),
        }
    }
}

impl std::error::Error for AppError {}
