//! The JSON body extractor every handler uses instead of `axum::Json`: it reads at most
//! [`MAX_BODY_BYTES`], and turns every way a body can be wrong into a 4xx [`ApiError`] with a
//! code and the offending field, never a 500.

use crate::error::AppError;
use axum::body::Body;
use axum::extract::{FromRequest, Request};
use axum::http::{StatusCode, header};
use http_body_util::{BodyExt, LengthLimitError, Limited};
use lernwelt_protocol::ErrorCode;
use lernwelt_protocol::limits::MAX_BODY_BYTES;
use serde::de::DeserializeOwned;
use serde_json::error::Category;

/// A request body parsed as JSON into a validated protocol type.
#[derive(Debug, Clone)]
pub struct ApiJson<T>(pub T);

impl<S, T> FromRequest<S> for ApiJson<T>
where
    S: Send + Sync,
    T: DeserializeOwned,
{
    type Rejection = AppError;

    async fn from_request(req: Request, _state: &S) -> Result<Self, Self::Rejection> {
        if !is_json_content_type(req.headers().get(header::CONTENT_TYPE)) {
            return Err(AppError::client(
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                ErrorCode::UnsupportedMediaType,
            ));
        }
        let declared_too_large = req
            .headers()
            .get(header::CONTENT_LENGTH)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.parse::<u64>().ok())
            .is_some_and(|len| len > MAX_BODY_BYTES as u64);
        if declared_too_large {
            return Err(too_large());
        }
        let bytes = read_limited(req.into_body()).await?;
        parse(&bytes).map(ApiJson)
    }
}

fn too_large() -> AppError {
    AppError::client(StatusCode::PAYLOAD_TOO_LARGE, ErrorCode::PayloadTooLarge)
}

/// `application/json`, with or without parameters such as `charset=utf-8`.
fn is_json_content_type(value: Option<&header::HeaderValue>) -> bool {
    let Some(value) = value.and_then(|v| v.to_str().ok()) else {
        return false;
    };
    let essence = value.split(';').next().unwrap_or_default().trim();
    essence.eq_ignore_ascii_case("application/json")
}

async fn read_limited(body: Body) -> Result<Vec<u8>, AppError> {
    match Limited::new(body, MAX_BODY_BYTES).collect().await {
        Ok(collected) => Ok(collected.to_bytes().to_vec()),
        Err(error) if error.is::<LengthLimitError>() => Err(too_large()),
        // The client broke off or sent a malformed chunked body.
        Err(_) => Err(AppError::client(
            StatusCode::BAD_REQUEST,
            ErrorCode::InvalidJson,
        )),
    }
}

/// Parses a whole body: UTF-8 first, then JSON syntax (400), then the shape and the validated
/// values of `T` (422), naming the field. The body must be a JSON object.
pub fn parse<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, AppError> {
    let text = std::str::from_utf8(bytes)
        .map_err(|_| AppError::client(StatusCode::BAD_REQUEST, ErrorCode::InvalidUtf8))?;
    // Syntax first, so a broken body is always 400 whatever its first field holds. The check
    // also rejects trailing content after the value.
    serde_json::from_str::<serde::de::IgnoredAny>(text)
        .map_err(|_| AppError::client(StatusCode::BAD_REQUEST, ErrorCode::InvalidJson))?;
    // Every request body is an object; serde would also fill a struct from an array.
    if !text.trim_start().starts_with('{') {
        return Err(AppError::client(
            StatusCode::UNPROCESSABLE_ENTITY,
            ErrorCode::WrongType,
        ));
    }
    let mut deserializer = serde_json::Deserializer::from_str(text);
    serde_path_to_error::deserialize::<_, T>(&mut deserializer)
        .map_err(|e| classify(e.path(), e.inner()))
}

fn classify(path: &serde_path_to_error::Path, error: &serde_json::Error) -> AppError {
    match error.classify() {
        Category::Syntax | Category::Eof | Category::Io => {
            AppError::client(StatusCode::BAD_REQUEST, ErrorCode::InvalidJson)
        }
        Category::Data => {
            let message = bare_message(error);
            let parent = dotted(path);
            let (code, field) = if let Some(name) = quoted_after(&message, "unknown field `") {
                (ErrorCode::UnknownField, join(&parent, name))
            } else if let Some(name) = quoted_after(&message, "missing field `") {
                (ErrorCode::MissingField, join(&parent, name))
            } else if message.starts_with("invalid type:") {
                (ErrorCode::WrongType, parent)
            } else if let Some(code) = ErrorCode::from_code(&message) {
                // A protocol type's validated constructor refused the value.
                (code, parent)
            } else {
                (ErrorCode::InvalidValue, parent)
            };
            if field.is_empty() {
                AppError::client(StatusCode::UNPROCESSABLE_ENTITY, code)
            } else {
                AppError::field(StatusCode::UNPROCESSABLE_ENTITY, code, field)
            }
        }
    }
}

/// serde_json's message without the ` at line L column C` it appends.
fn bare_message(error: &serde_json::Error) -> String {
    let full = error.to_string();
    let suffix = format!(" at line {} column {}", error.line(), error.column());
    match full.strip_suffix(&suffix) {
        Some(bare) => bare.to_owned(),
        None => full,
    }
}

/// The name between backticks after `prefix`, as serde writes field names.
fn quoted_after<'a>(message: &'a str, prefix: &str) -> Option<&'a str> {
    let rest = message.strip_prefix(prefix)?;
    rest.split('`').next()
}

/// The path as dotted segments (`languages.1`); empty for the whole body. Where serde cannot
/// tell the position the segment is left out.
fn dotted(path: &serde_path_to_error::Path) -> String {
    path.iter()
        .filter_map(|segment| match segment {
            serde_path_to_error::Segment::Seq { index } => Some(index.to_string()),
            serde_path_to_error::Segment::Map { key } => Some(key.clone()),
            serde_path_to_error::Segment::Enum { variant } => Some(variant.clone()),
            serde_path_to_error::Segment::Unknown => None,
        })
        .collect::<Vec<_>>()
        .join(".")
}

/// `parent.name`, unless the path already ends in `name` (serde_path_to_error includes an
/// unknown field's own key in the path, but not a missing one's).
fn join(parent: &str, name: &str) -> String {
    if parent == name || parent.ends_with(&format!(".{name}")) {
        parent.to_owned()
    } else if parent.is_empty() {
        name.to_owned()
    } else {
        format!("{parent}.{name}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use lernwelt_protocol::{LoginRequest, RegisterRequest};

    fn code_and_field<T: DeserializeOwned + std::fmt::Debug>(
        body: &[u8],
    ) -> (StatusCode, ErrorCode, Option<String>) {
        match parse::<T>(body) {
            Err(AppError::Client { status, error }) => (status, error.code, error.field),
            other => panic!("expected a client error, got {other:?}"),
        }
    }

    #[test]
    fn each_kind_of_bad_body_gets_its_code_and_field() {
        let cases: &[(&[u8], StatusCode, ErrorCode, Option<&str>)] = &[
            (b"{", StatusCode::BAD_REQUEST, ErrorCode::InvalidJson, None),
            (b"", StatusCode::BAD_REQUEST, ErrorCode::InvalidJson, None),
            (
                b"{\"nickname\":\"lena\",\"password\":\"x\"} trailing",
                StatusCode::BAD_REQUEST,
                ErrorCode::InvalidJson,
                None,
            ),
            (
                b"{\"nickname\":\"le\xffna\"}",
                StatusCode::BAD_REQUEST,
                ErrorCode::InvalidUtf8,
                None,
            ),
            (
                br#"{"nickname":"lena","password":"x","email":"a@b"}"#,
                StatusCode::UNPROCESSABLE_ENTITY,
                ErrorCode::UnknownField,
                Some("email"),
            ),
            (
                br#"{"nickname":"lena"}"#,
                StatusCode::UNPROCESSABLE_ENTITY,
                ErrorCode::MissingField,
                Some("password"),
            ),
            (
                br#"{"nickname":42,"password":"x"}"#,
                StatusCode::UNPROCESSABLE_ENTITY,
                ErrorCode::WrongType,
                Some("nickname"),
            ),
            (
                br#"{"nickname":"a b c","password":"x"}"#,
                StatusCode::UNPROCESSABLE_ENTITY,
                ErrorCode::NicknameInvalidCharacters,
                Some("nickname"),
            ),
            (
                br#"[1,2]"#,
                StatusCode::UNPROCESSABLE_ENTITY,
                ErrorCode::WrongType,
                None,
            ),
            (
                br#"{"nickname":5,"password":"#,
                StatusCode::BAD_REQUEST,
                ErrorCode::InvalidJson,
                None,
            ),
            (
                b"\"text\"",
                StatusCode::UNPROCESSABLE_ENTITY,
                ErrorCode::WrongType,
                None,
            ),
        ];
        for (body, status, code, field) in cases {
            let got = code_and_field::<LoginRequest>(body);
            assert_eq!(
                got,
                (*status, *code, field.map(str::to_owned)),
                "body {:?}",
                String::from_utf8_lossy(body)
            );
        }
    }

    #[test]
    fn nested_fields_are_named_by_path() {
        let body = br#"{"nickname":"lena","password":"geheim-geheim","age_band":"18_21","languages":["de","fr"]}"#;
        assert_eq!(
            code_and_field::<RegisterRequest>(body),
            (
                StatusCode::UNPROCESSABLE_ENTITY,
                ErrorCode::InvalidValue,
                Some("languages.1".to_owned())
            )
        );
        let body = br#"{"nickname":"lena","password":"geheim-geheim","age_band":"18_21","languages":["de","de"]}"#;
        assert_eq!(
            code_and_field::<RegisterRequest>(body),
            (
                StatusCode::UNPROCESSABLE_ENTITY,
                ErrorCode::LanguagesDuplicate,
                Some("languages".to_owned())
            )
        );
    }

    #[test]
    fn content_types() {
        let ok = |s: &'static str| is_json_content_type(Some(&header::HeaderValue::from_static(s)));
        assert!(ok("application/json"));
        assert!(ok("Application/JSON; charset=utf-8"));
        assert!(!ok("text/plain"));
        assert!(!ok("application/jsonx"));
        assert!(!is_json_content_type(None));
    }
}
