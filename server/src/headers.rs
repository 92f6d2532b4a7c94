//! Headers every answer gets for the person's safety. API answers carry session tokens,
//! counselling texts and phone numbers, so none may stay in a browser's or a proxy's cache,
//! where the next person on a shared phone could find them: `Cache-Control: no-store` on
//! everything under `/api/`. When the client came over TLS (a trusted proxy says so, see
//! [`crate::client_ip::OverTls`]), `Strict-Transport-Security` keeps the browser on HTTPS
//! from then on; over plain HTTP the header would mean nothing and is left out (RFC 6797).

use axum::extract::Request;
use axum::http::{HeaderValue, header};
use axum::middleware::Next;
use axum::response::Response;

use crate::client_ip::OverTls;

/// One year, the span browsers' preload lists ask for.
const HSTS: &str = "max-age=31536000";

/// Middleware: `no-store` on the API, HSTS over TLS.
pub async fn add(request: Request, next: Next) -> Response {
    let api = request.uri().path().starts_with("/api/");
    let tls = request
        .extensions()
        .get::<OverTls>()
        .is_some_and(|tls| tls.0);
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    if api {
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    if tls {
        headers.insert(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static(HSTS),
        );
    }
    response
}
