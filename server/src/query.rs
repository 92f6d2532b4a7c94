//! The query-string extractor handlers use instead of `axum::extract::Query`: a query that
//! does not fit the protocol type (unknown parameter, wrong value) is a 422 [`AppError`] with
//! a code, like a bad body, never axum's plain-text rejection.

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
