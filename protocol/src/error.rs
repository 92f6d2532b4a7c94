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
    /// The new password is shorter than [`crate::limits::PASSWORD_MIN_CHARS`].
    PasswordTooShort,
    /// The password is longer than [`crate::limits::PASSWORD_MAX_CHARS`].
    PasswordTooLong,
    /// The password is empty.
    PasswordEmpty,
    /// No preferred language was given.
    LanguagesEmpty,
    /// A language was listed twice.
    LanguagesDuplicate,
    /// Another account already has this nickname (compared without case).
    NicknameTaken,
    /// Nickname and password do not match an account.
    InvalidCredentials,
    /// No valid session: the bearer token is missing, unknown, malformed or expired.
    Unauthenticated,
    /// Too many requests from this network address; try again later.
    RateLimited,
    /// There is no such route.
    NotFound,
    /// The route exists but not with this HTTP method.
    MethodNotAllowed,
    /// Something went wrong on the server; nothing about it is told to the client.
    Internal,
    /// A code this client version does not know yet (never sent by the server).
    #[serde(other)]
    Unknown,
}

impl ErrorCode {
    /// Every code the server can send, in declaration order.
    pub const ALL: [ErrorCode; 23] = [
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
        ErrorCode::PasswordTooShort,
        ErrorCode::PasswordTooLong,
        ErrorCode::PasswordEmpty,
        ErrorCode::LanguagesEmpty,
        ErrorCode::LanguagesDuplicate,
        ErrorCode::NicknameTaken,
        ErrorCode::InvalidCredentials,
        ErrorCode::Unauthenticated,
        ErrorCode::RateLimited,
        ErrorCode::NotFound,
        ErrorCode::MethodNotAllowed,
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
            ErrorCode::PasswordTooShort => "password_too_short",
            ErrorCode::PasswordTooLong => "password_too_long",
            ErrorCode::PasswordEmpty => "password_empty",
            ErrorCode::LanguagesEmpty => "languages_empty",
            ErrorCode::LanguagesDuplicate => "languages_duplicate",
            ErrorCode::NicknameTaken => "nickname_taken",
            ErrorCode::InvalidCredentials => "invalid_credentials",
            ErrorCode::Unauthenticated => "unauthenticated",
            ErrorCode::RateLimited => "rate_limited",
            ErrorCode::NotFound => "not_found",
            ErrorCode::MethodNotAllowed => "method_not_allowed",
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
