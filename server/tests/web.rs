//! The browser build served beside the API (`--web-dir`): files with their types, the brotli
//! twin when the browser accepts it, nothing outside the directory, and the API's JSON 404
//! kept for `/api` and for everything when no directory is set.

#![allow(clippy::expect_used, clippy::unwrap_used)]

#[allow(unused_macros)] // the per-backend macro: these cases need no database
mod support;

use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::http::{Method, Request, StatusCode, header};
use http_body_util::BodyExt;
use lernwelt_protocol::{ApiError, ErrorCode};
use lernwelt_server::{AppState, app};
use std::net::SocketAddr;
use std::sync::Arc;
use tower::ServiceExt;

async fn router(web_dir: Option<std::path::PathBuf>) -> (axum::Router, tempfile::TempDir) {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = lernwelt_server::store::SqliteStore::open(&dir.path().join("web.sqlite3"))
        .await
        .expect("store");
    let settings = lernwelt_server::Settings {
        web_dir,
        ..support::test_settings()
    };
    (
        app(AppState::new(Arc::new(store), settings).expect("state")),
        dir,
    )
}

async fn get(
    app: &axum::Router,
    method: Method,
    path: &str,
    brotli: bool,
) -> (StatusCode, axum::http::HeaderMap, Vec<u8>) {
    let mut request = Request::builder().method(method).uri(path);
    if brotli {
        request = request.header(header::ACCEPT_ENCODING, "gzip, deflate, br;q=0.9");
    }
    let mut request = request.body(Body::empty()).unwrap();
    request
        .extensions_mut()
        .insert(ConnectInfo(SocketAddr::from(([127, 0, 0, 1], 40000))));
    let response = app.clone().oneshot(request).await.unwrap();
    let status = response.status();
    let headers = response.headers().clone();
    let body = response.into_body().collect().await.unwrap().to_bytes();
    (status, headers, body.to_vec())
}

fn not_found(status: StatusCode, body: &[u8]) {
    assert_eq!(status, StatusCode::NOT_FOUND);
    let error: ApiError = serde_json::from_slice(body).expect("the API's JSON error");
    assert_eq!(error.code, ErrorCode::NotFound);
}

#[tokio::test]
async fn the_web_build_is_served_beside_the_api() {
    let web = tempfile::tempdir().unwrap();
    std::fs::write(
        web.path().join("index.html"),
        "<!doctype html><title>Lernwelt</title>",
    )
    .unwrap();
    std::fs::write(web.path().join("lernwelt_bg.wasm"), b"\0asm-raw").unwrap();
    std::fs::write(web.path().join("lernwelt_bg.wasm.br"), b"brotli-bytes").unwrap();
    std::fs::create_dir(web.path().join("licences")).unwrap();
    std::fs::write(web.path().join("licences").join("fonts-OFL.txt"), "OFL").unwrap();
    std::fs::write(web.path().join(".secret"), "no").unwrap();
    let (app, _db) = router(Some(web.path().to_owned())).await;

    let (status, headers, body) = get(&app, Method::GET, "/?lang=ar&scene=company", false).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(headers[header::CONTENT_TYPE], "text/html; charset=utf-8");
    assert!(String::from_utf8(body).unwrap().contains("Lernwelt"));

    let (status, headers, body) = get(&app, Method::GET, "/lernwelt_bg.wasm", true).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(headers[header::CONTENT_TYPE], "application/wasm");
    assert_eq!(headers[header::CONTENT_ENCODING], "br");
    assert_eq!(body, b"brotli-bytes");
    let (_, headers, body) = get(&app, Method::GET, "/lernwelt_bg.wasm", false).await;
    assert!(headers.get(header::CONTENT_ENCODING).is_none());
    assert_eq!(body, b"\0asm-raw");

    let (status, headers, body) = get(&app, Method::HEAD, "/licences/fonts-OFL.txt", false).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(headers[header::CONTENT_LENGTH], "3");
    assert!(body.is_empty());

    for path in [
        "/../web.sqlite3",
        "/.secret",
        "/%2e%2e/Cargo.toml",
        "/nothing.js",
        "/licences",
        "/api/nothing",
    ] {
        let (status, _, body) = get(&app, Method::GET, path, false).await;
        not_found(status, &body);
    }
    let (status, _, body) = get(&app, Method::POST, "/index.html", false).await;
    not_found(status, &body);
    // The API still answers as before.
    let (status, _, _) = get(&app, Method::GET, "/healthz", false).await;
    assert_eq!(status, StatusCode::OK);
}

#[tokio::test]
async fn without_a_web_directory_everything_unknown_is_the_json_404() {
    let (app, _db) = router(None).await;
    for path in ["/", "/index.html", "/api/nothing"] {
        let (status, _, body) = get(&app, Method::GET, path, false).await;
        not_found(status, &body);
    }
}
