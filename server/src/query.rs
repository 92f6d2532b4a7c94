//! The query-string extractor handlers use instead of `axum::extract::Query`: a query that
//! does not fit the protocol type (unknown parameter, wrong value) is a 422 [`AppError`] with
//! a code, like a bad body, never axum's plain-text rejection; and [`page_of`], how the paged
//! lists tell whether a next page exists.

use crate::error::AppError;
use axum::extract::{FromRequestParts, Query};
use axum::http::StatusCode;
use axum::http::request::Parts;
use lernwelt_protocol::ErrorCode;
use serde::de::DeserializeOwned;

/// A query string parsed into a protocol type.
#[derive(Debug, Clone)]
pub struct ApiQuery<T>(pub T);

impl<S, T> FromRequestParts<S> for ApiQuery<T>
where
    S: Send + Sync,
    T: DeserializeOwned,
{
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        Query::<T>::try_from_uri(&parts.uri)
            .map(|Query(value)| ApiQuery(value))
            .map_err(|_| {
                AppError::field(
                    StatusCode::UNPROCESSABLE_ENTITY,
                    ErrorCode::InvalidValue,
                    "query",
                )
            })
    }
}

/// A page read with one item more than `limit`: the page, and whether a next one exists.
pub fn page_of<T>(mut items: Vec<T>, limit: i64) -> (Vec<T>, bool) {
    let limit = usize::try_from(limit).unwrap_or(usize::MAX);
    let more = items.len() > limit;
    items.truncate(limit);
    (items, more)
}
