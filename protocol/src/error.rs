//! The error body every failed request gets: a stable machine code the client localises, an
//! English developer message, and the offending field when there is one.

use serde::{Deserialize, Serialize};
use std::fmt;

/// Why a request failed. The snake_case names are stable: clients key their translations on them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum ErrorCode {
    /// The body is not well-formed JSON (syntax error or cut off).
    InvalidJson,
    /// The body is not valid UTF-8.
    InvalidUtf8,
    /// The body is not declared as `application/json`.
    UnsupportedMediaType,
    /// The body is larger than [`crate::limits::MAX_BODY_BYTES`].
    PayloadTooLarge,
    /// The body has a field the request type does not know.
    UnknownField,
    /// A required field is missing.
    MissingField,
    /// A field has the wrong JSON type (for example a number instead of a string).
    WrongType,
    /// A field has a value outside the allowed set (for example an unknown language).
    InvalidValue,
    /// The nickname is shorter than [`crate::limits::NICKNAME_MIN_CHARS`].
    NicknameTooShort,
    /// The nickname is longer than [`crate::limits::NICKNAME_MAX_CHARS`].
    NicknameTooLong,
    /// The nickname has characters other than letters, digits, `_`, `-` and `.`, or no letter
    /// or digit at all.
    NicknameInvalidCharacters,
    /// The nickname mixes scripts (Latin letters with Cyrillic ones, say), which lets one
    /// nickname pass for another; a nickname is written in one script.
    NicknameMixedScripts,
    /// The new password is shorter than [`crate::limits::PASSWORD_MIN_CHARS`].
    PasswordTooShort,
    /// The password is longer than [`crate::limits::PASSWORD_MAX_CHARS`].
    PasswordTooLong,
    /// The password is empty.
    PasswordEmpty,
    /// The new password is too easy to guess (a strength estimator rates it low: common
    /// words, sequences such as `1234567890`, keyboard rows, the nickname itself).
    PasswordTooWeak,
    /// The new password is the current one.
    PasswordUnchanged,
    /// The current password sent to confirm a change or an account deletion is wrong.
    CurrentPasswordWrong,
    /// The account's password was made by an admin and must be changed first
    /// (`POST /api/me/password`); until then only the own account, its sessions and logging
    /// out are open.
    PasswordChangeRequired,
    /// No preferred language was given.
    LanguagesEmpty,
    /// A language was listed twice.
    LanguagesDuplicate,
    /// Another account already has this nickname, or one that looks the same (compared
    /// without case, fullwidth forms, tatweel, and with look-alike letters of other scripts).
    NicknameTaken,
    /// Nickname and password do not match an account.
    InvalidCredentials,
    /// No valid session: the bearer token is missing, unknown, malformed or expired.
    Unauthenticated,
    /// Too many requests from this network address; try again later.
    RateLimited,
    /// The account's role may not do this (for example a young person opening the counsellors' inbox).
    Forbidden,
    /// This is a staff account: it needs its TOTP code as well (send `totp`). Answered before
    /// the password is checked, so it says nothing about the password.
    TotpRequired,
    /// The TOTP code is wrong, too old, or was used already. Logins no longer send it (a wrong
    /// code is `invalid_credentials`, so it cannot tell that the password was right); kept so
    /// that clients of either version understand each other.
    TotpInvalid,
    /// The TOTP code is not exactly [`crate::limits::TOTP_DIGITS`] ASCII digits.
    TotpMalformed,
    /// The message is empty or only white space.
    MessageEmpty,
    /// The message is longer than [`crate::limits::MESSAGE_MAX_CHARS`].
    MessageTooLong,
    /// A text holds control characters other than tab and line breaks.
    TextInvalidCharacters,
    /// The client message id is empty, too long or has characters other than letters, digits, `-` and `_`.
    ClientMessageIdInvalid,
    /// This client message id was already used by the same account for a message in another enquiry.
    ClientMessageIdReused,
    /// The phone number is not a phone number (`+` or `0`, then 6–15 digits, at most 20 characters).
    PhoneInvalid,
    /// The callback window is empty, too long, already over, or starts too far ahead.
    CallbackWindowInvalid,
    /// A callback enquiry needs `callback` (phone number and time window).
    CallbackRequired,
    /// Only a callback enquiry may have `callback`.
    CallbackNotAllowed,
    /// This enquiry has no callback request waiting to be done.
    CallbackNotPending,
    /// The absence notice is empty or only white space.
    AbsenceTextEmpty,
    /// The absence notice is longer than [`crate::limits::ABSENCE_TEXT_MAX_CHARS`].
    AbsenceTextTooLong,
    /// The end of the absence is not in the future, or more than a year ahead.
    AbsenceUntilInvalid,
    /// There is no enquiry with this id that the caller may see.
    EnquiryNotFound,
    /// Another counsellor has accepted this enquiry already.
    EnquiryTaken,
    /// The enquiry is closed.
    EnquiryClosed,
    /// A counsellor must accept the enquiry before doing this.
    EnquiryNotAccepted,
    /// The young person has [`crate::limits::OPEN_ENQUIRIES_MAX`] open enquiries already.
    TooManyOpenEnquiries,
    /// A counsellor closed an enquiry of this account as spam and blocked it from writing to
    /// counselling; an admin can lift it.
    CounsellingBlocked,
    /// There is no active counsellor with this name.
    ColleagueNotFound,
    /// The colleague does not counsel in the enquiry's language.
    ColleagueLacksLanguage,
    /// An enquiry cannot be handed over to the counsellor who has it.
    ColleagueIsSelf,
    /// A forum thread title is shorter than [`crate::limits::THREAD_TITLE_MIN_CHARS`] (white space
    /// at the ends not counted).
    TitleTooShort,
    /// A forum thread title is longer than [`crate::limits::THREAD_TITLE_MAX_CHARS`].
    TitleTooLong,
    /// There is no forum thread with this id.
    ThreadNotFound,
    /// There is no forum post with this id.
    PostNotFound,
    /// A counsellor has locked the thread: no new replies.
    ThreadLocked,
    /// A counsellor muted the sender in this place for a while: no room chat or gestures.
    Muted,
    /// A counsellor sent the sender out of this place for a while.
    SentOut,
    /// The account has blocked as many people as it may ([`crate::presence::BLOCKS_MAX`]).
    TooManyBlocks,
    /// There is no open report from the places with this id.
    ReportNotFound,
    /// There is no such route.
    NotFound,
    /// The route exists but not with this HTTP method.
    MethodNotAllowed,
    /// This route speaks WebSocket only, and the request was not a valid WebSocket handshake.
    #[serde(rename = "websocket_required")]
    WebSocketRequired,
    /// The request took longer than the server allows (a slow body, an overloaded server);
    /// nothing was changed unless the answer to a retry says so.
    RequestTimeout,
    /// Something went wrong on the server; nothing about it is told to the client.
    Internal,
    /// A code this client version does not know yet (never sent by the server).
    #[serde(other)]
    Unknown,
}

impl ErrorCode {
    /// Every code the server can send, in declaration order.
    pub const ALL: [ErrorCode; 65] = [
        ErrorCode::InvalidJson,
        ErrorCode::InvalidUtf8,
        ErrorCode::UnsupportedMediaType,
        ErrorCode::PayloadTooLarge,
        ErrorCode::UnknownField,
        ErrorCode::MissingField,
        ErrorCode::WrongType,
        ErrorCode::InvalidValue,
        ErrorCode::NicknameTooShort,
        ErrorCode::NicknameTooLong,
        ErrorCode::NicknameInvalidCharacters,
        ErrorCode::NicknameMixedScripts,
        ErrorCode::PasswordTooShort,
        ErrorCode::PasswordTooLong,
        ErrorCode::PasswordEmpty,
        ErrorCode::PasswordTooWeak,
        ErrorCode::PasswordUnchanged,
        ErrorCode::CurrentPasswordWrong,
        ErrorCode::PasswordChangeRequired,
        ErrorCode::LanguagesEmpty,
        ErrorCode::LanguagesDuplicate,
        ErrorCode::NicknameTaken,
        ErrorCode::InvalidCredentials,
        ErrorCode::Unauthenticated,
        ErrorCode::RateLimited,
        ErrorCode::Forbidden,
        ErrorCode::TotpRequired,
        ErrorCode::TotpInvalid,
        ErrorCode::TotpMalformed,
        ErrorCode::MessageEmpty,
        ErrorCode::MessageTooLong,
        ErrorCode::TextInvalidCharacters,
        ErrorCode::ClientMessageIdInvalid,
        ErrorCode::ClientMessageIdReused,
        ErrorCode::PhoneInvalid,
        ErrorCode::CallbackWindowInvalid,
        ErrorCode::CallbackRequired,
        ErrorCode::CallbackNotAllowed,
        ErrorCode::CallbackNotPending,
        ErrorCode::AbsenceTextEmpty,
        ErrorCode::AbsenceTextTooLong,
        ErrorCode::AbsenceUntilInvalid,
        ErrorCode::EnquiryNotFound,
        ErrorCode::EnquiryTaken,
        ErrorCode::EnquiryClosed,
        ErrorCode::EnquiryNotAccepted,
        ErrorCode::TooManyOpenEnquiries,
        ErrorCode::CounsellingBlocked,
        ErrorCode::ColleagueNotFound,
        ErrorCode::ColleagueLacksLanguage,
        ErrorCode::ColleagueIsSelf,
        ErrorCode::TitleTooShort,
        ErrorCode::TitleTooLong,
        ErrorCode::ThreadNotFound,
        ErrorCode::PostNotFound,
        ErrorCode::ThreadLocked,
        ErrorCode::Muted,
        ErrorCode::SentOut,
        ErrorCode::TooManyBlocks,
        ErrorCode::ReportNotFound,
        ErrorCode::NotFound,
        ErrorCode::MethodNotAllowed,
        ErrorCode::WebSocketRequired,
        ErrorCode::RequestTimeout,
        ErrorCode::Internal,
    ];

    /// The stable snake_case name, as it appears on the wire.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            ErrorCode::InvalidJson => "invalid_json",
            ErrorCode::InvalidUtf8 => "invalid_utf8",
            ErrorCode::UnsupportedMediaType => "unsupported_media_type",
            ErrorCode::PayloadTooLarge => "payload_too_large",
            ErrorCode::UnknownField => "unknown_field",
            ErrorCode::MissingField => "missing_field",
            ErrorCode::WrongType => "wrong_type",
            ErrorCode::InvalidValue => "invalid_value",
            ErrorCode::NicknameTooShort => "nickname_too_short",
            ErrorCode::NicknameTooLong => "nickname_too_long",
            ErrorCode::NicknameInvalidCharacters => "nickname_invalid_characters",
            ErrorCode::NicknameMixedScripts => "nickname_mixed_scripts",
            ErrorCode::PasswordTooShort => "password_too_short",
            ErrorCode::PasswordTooLong => "password_too_long",
            ErrorCode::PasswordEmpty => "password_empty",
            ErrorCode::PasswordTooWeak => "password_too_weak",
            ErrorCode::PasswordUnchanged => "password_unchanged",
            ErrorCode::CurrentPasswordWrong => "current_password_wrong",
            ErrorCode::PasswordChangeRequired => "password_change_required",
            ErrorCode::LanguagesEmpty => "languages_empty",
            ErrorCode::LanguagesDuplicate => "languages_duplicate",
            ErrorCode::NicknameTaken => "nickname_taken",
            ErrorCode::InvalidCredentials => "invalid_credentials",
            ErrorCode::Unauthenticated => "unauthenticated",
            ErrorCode::RateLimited => "rate_limited",
            ErrorCode::Forbidden => "forbidden",
            ErrorCode::TotpRequired => "totp_required",
            ErrorCode::TotpInvalid => "totp_invalid",
            ErrorCode::TotpMalformed => "totp_malformed",
            ErrorCode::MessageEmpty => "message_empty",
            ErrorCode::MessageTooLong => "message_too_long",
            ErrorCode::TextInvalidCharacters => "text_invalid_characters",
            ErrorCode::ClientMessageIdInvalid => "client_message_id_invalid",
            ErrorCode::ClientMessageIdReused => "client_message_id_reused",
            ErrorCode::PhoneInvalid => "phone_invalid",
            ErrorCode::CallbackWindowInvalid => "callback_window_invalid",
            ErrorCode::CallbackRequired => "callback_required",
            ErrorCode::CallbackNotAllowed => "callback_not_allowed",
            ErrorCode::CallbackNotPending => "callback_not_pending",
            ErrorCode::AbsenceTextEmpty => "absence_text_empty",
            ErrorCode::AbsenceTextTooLong => "absence_text_too_long",
            ErrorCode::AbsenceUntilInvalid => "absence_until_invalid",
            ErrorCode::EnquiryNotFound => "enquiry_not_found",
            ErrorCode::EnquiryTaken => "enquiry_taken",
            ErrorCode::EnquiryClosed => "enquiry_closed",
            ErrorCode::EnquiryNotAccepted => "enquiry_not_accepted",
            ErrorCode::TooManyOpenEnquiries => "too_many_open_enquiries",
            ErrorCode::CounsellingBlocked => "counselling_blocked",
            ErrorCode::ColleagueNotFound => "colleague_not_found",
            ErrorCode::ColleagueLacksLanguage => "colleague_lacks_language",
            ErrorCode::ColleagueIsSelf => "colleague_is_self",
            ErrorCode::NotFound => "not_found",
            ErrorCode::MethodNotAllowed => "method_not_allowed",
            ErrorCode::TitleTooShort => "title_too_short",
            ErrorCode::TitleTooLong => "title_too_long",
            ErrorCode::ThreadNotFound => "thread_not_found",
            ErrorCode::PostNotFound => "post_not_found",
            ErrorCode::ThreadLocked => "thread_locked",
            ErrorCode::Muted => "muted",
            ErrorCode::SentOut => "sent_out",
            ErrorCode::TooManyBlocks => "too_many_blocks",
            ErrorCode::ReportNotFound => "report_not_found",
            ErrorCode::WebSocketRequired => "websocket_required",
            ErrorCode::RequestTimeout => "request_timeout",
            ErrorCode::Internal => "internal",
            ErrorCode::Unknown => "unknown",
        }
    }

    /// The code with this wire name, if any (the inverse of [`ErrorCode::as_str`]).
    #[must_use]
    pub fn from_code(code: &str) -> Option<ErrorCode> {
        ErrorCode::ALL.into_iter().find(|c| c.as_str() == code)
    }
}

impl fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The JSON body of every error response.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
// The server sends these three fields and no others.
#[cfg_attr(feature = "schema", schemars(extend("additionalProperties" = false)))]
pub struct ApiError {
    /// What went wrong, for the client to pick a translated message.
    pub code: ErrorCode,
    /// A short English explanation for developers; not meant to be shown to users.
    pub message: String,
    /// The request field the error is about, as a dotted path (`languages.1`), if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
}

impl ApiError {
    /// An error without a field.
    pub fn new(code: ErrorCode, message: impl Into<String>) -> Self {
        Self {
            code,
            message: message.into(),
            field: None,
        }
    }

    /// The same error, about `field`.
    #[must_use]
    pub fn with_field(mut self, field: impl Into<String>) -> Self {
        self.field = Some(field.into());
        self
    }
}

/// A value that failed a validated constructor. Its `Display` is exactly the wire name of the
/// code, which lets a server recover the code from a serde error message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ValidationError(pub ErrorCode);

impl fmt::Display for ValidationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0.as_str())
    }
}

impl std::error::Error for ValidationError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wire_names_match_serde_and_round_trip() {
        for code in ErrorCode::ALL {
            let json = serde_json::to_string(&code).unwrap();
            assert_eq!(json, format!("\"{}\"", code.as_str()));
            assert_eq!(ErrorCode::from_code(code.as_str()), Some(code));
            let back: ErrorCode = serde_json::from_str(&json).unwrap();
            assert_eq!(back, code);
        }
    }

    #[test]
    fn unknown_codes_from_a_newer_server_do_not_fail() {
        let e: ApiError =
            serde_json::from_str(r#"{"code":"brand_new","message":"x","extra":1}"#).unwrap();
        assert_eq!(e.code, ErrorCode::Unknown);
        assert_eq!(e.field, None);
    }
}
