//! The browser build served beside the API (`--web-dir`): files with their types, validators
//! that turn a return visit into 304s, the brotli twin when the browser accepts it, ranges and
//! HEAD, nothing outside the directory or hidden, and the API's JSON 404 kept for `/api`, for
//! what is missing, and for everything when no directory is set.

#![allow(clippy::expect_used, clippy::unwrap_used)]

#[allow(unused_macros)] // the per-backend macro: these cases need no database
mod support;

use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::http::{HeaderMap, Method, Request, StatusCode, header};
use http_body_util::BodyExt;
use lernwelt_protocol::{ApiError, ErrorCode};
use lernwelt_server::{AppState, app};
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use tempfile::TempDir;
use tower::ServiceExt;

/// The app over a fresh SQLite file, serving `web_dir` if given.
async fn router(web_dir: Option<PathBuf>) -> (axum::Router, TempDir) {
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

/// A small web build in `<tmp>/site`, with files beside and inside it that must never be sent.
fn site() -> (TempDir, PathBuf) {
    let root = tempfile::tempdir().unwrap();
    let write = |path: &str, bytes: &[u8]| {
        let path = root.path().join(path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, bytes).unwrap();
    };
    write("Cargo.toml", b"[outside]");
    write("site/index.html", b"<!doctype html><title>Lernwelt</title>");
    write("site/lernwelt_bg.wasm", b"\0asm-raw");
    write("site/lernwelt_bg.wasm.br", b"brotli-bytes");
    write("site/style.css", b"body {}");
    write("site/style.css.gz", b"gzip-bytes");
    write("site/licences/fonts-OFL.txt", b"OFL");
    write("site/.secret", b"no");
    write("site/.git/config", b"[core]");
    write("site/api/present.txt", b"not under /api");
    let site = root.path().join("site");
    (root, site)
}

async fn send(app: &axum::Router, request: Request<Body>) -> (StatusCode, HeaderMap, Vec<u8>) {
    let mut request = request;
    request
        .extensions_mut()
        .insert(ConnectInfo(SocketAddr::from(([127, 0, 0, 1], 40000))));
    let response = app.clone().oneshot(request).await.unwrap();
    let status = response.status();
    let headers = response.headers().clone();
    let body = response.into_body().collect().await.unwrap().to_bytes();
    (status, headers, body.to_vec())
}

/// A request for `path` with the given extra headers.
fn request(method: Method, path: &str, headers: &[(header::HeaderName, &str)]) -> Request<Body> {
    let mut request = Request::builder().method(method).uri(path);
    for (name, value) in headers {
        request = request.header(name, *value);
    }
    request.body(Body::empty()).unwrap()
}

async fn get(app: &axum::Router, path: &str) -> (StatusCode, HeaderMap, Vec<u8>) {
    send(app, request(Method::GET, path, &[])).await
}

fn assert_json_404(path: &str, status: StatusCode, body: &[u8]) {
    assert_eq!(status, StatusCode::NOT_FOUND, "{path}");
    let error: ApiError = serde_json::from_slice(body)
        .unwrap_or_else(|e| panic!("{path}: not the API's JSON error ({e}): {body:?}"));
    assert_eq!(error.code, ErrorCode::NotFound, "{path}");
}

#[tokio::test]
async fn a_return_visit_costs_a_304() {
    let (_root, site) = site();
    let (app, _db) = router(Some(site)).await;

    let (status, headers, body) = get(&app, "/lernwelt_bg.wasm").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body, b"\0asm-raw");
    assert_eq!(headers[header::CONTENT_TYPE], "application/wasm");
    assert_eq!(headers[header::CACHE_CONTROL], "no-cache");
    assert_eq!(headers[header::X_CONTENT_TYPE_OPTIONS], "nosniff");
    assert_eq!(headers[header::VARY], "accept-encoding");
    let etag = headers[header::ETAG].to_str().unwrap().to_owned();
    let last_modified = headers[header::LAST_MODIFIED].to_str().unwrap().to_owned();

    for validator in [
        (header::IF_NONE_MATCH, etag.as_str()),
        (header::IF_MODIFIED_SINCE, last_modified.as_str()),
    ] {
        let (status, headers, body) = send(
            &app,
            request(
                Method::GET,
                "/lernwelt_bg.wasm",
                std::slice::from_ref(&validator),
            ),
        )
        .await;
        assert_eq!(status, StatusCode::NOT_MODIFIED, "{validator:?}");
        assert!(body.is_empty());
        assert_eq!(headers[header::ETAG], etag.as_str());
        assert_eq!(headers[header::CACHE_CONTROL], "no-cache");
        assert_eq!(headers[header::VARY], "accept-encoding");
    }

    // A changed file (another ETag) is sent again in full.
    let (status, _, body) = send(
        &app,
        request(
            Method::GET,
            "/lernwelt_bg.wasm",
            &[(header::IF_NONE_MATCH, "\"an-older-build\"")],
        ),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body, b"\0asm-raw");

    // The brotli twin is another representation with its own validator.
    let (_, headers, _) = send(
        &app,
        request(
            Method::GET,
            "/lernwelt_bg.wasm",
            &[(header::ACCEPT_ENCODING, "br")],
        ),
    )
    .await;
    assert_ne!(headers[header::ETAG], etag.as_str());
}

#[tokio::test]
async fn the_compressed_twin_goes_to_browsers_that_accept_it() {
    let (_root, site) = site();
    let (app, _db) = router(Some(site)).await;

    // Chromium's header; gzip comes first but there is no .gz of the wasm.
    let (status, headers, body) = send(
        &app,
        request(
            Method::GET,
            "/lernwelt_bg.wasm",
            &[(header::ACCEPT_ENCODING, "gzip, deflate, br;q=0.9")],
        ),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(headers[header::CONTENT_ENCODING], "br");
    assert_eq!(headers[header::CONTENT_TYPE], "application/wasm");
    assert_eq!(body, b"brotli-bytes");

    let (_, headers, body) = get(&app, "/lernwelt_bg.wasm").await;
    assert!(headers.get(header::CONTENT_ENCODING).is_none());
    assert_eq!(body, b"\0asm-raw");

    let (_, headers, body) = send(
        &app,
        request(
            Method::GET,
            "/style.css",
            &[(header::ACCEPT_ENCODING, "gzip")],
        ),
    )
    .await;
    assert_eq!(headers[header::CONTENT_ENCODING], "gzip");
    assert!(
        headers[header::CONTENT_TYPE]
            .to_str()
            .unwrap()
            .starts_with("text/css")
    );
    assert_eq!(body, b"gzip-bytes");
}

#[tokio::test]
async fn the_page_and_its_files_are_served() {
    let (_root, site) = site();
    let (app, _db) = router(Some(site)).await;

    for path in ["/", "/?lang=ar&scene=company", "/index.html"] {
        let (status, headers, body) = get(&app, path).await;
        assert_eq!(status, StatusCode::OK, "{path}");
        assert!(
            headers[header::CONTENT_TYPE]
                .to_str()
                .unwrap()
                .starts_with("text/html"),
            "{path}"
        );
        assert!(String::from_utf8(body).unwrap().contains("Lernwelt"));
    }
    let (status, headers, body) = get(&app, "/licences/fonts-OFL.txt").await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        headers[header::CONTENT_TYPE]
            .to_str()
            .unwrap()
            .starts_with("text/plain")
    );
    assert_eq!(body, b"OFL");
}

#[tokio::test]
async fn head_and_ranges() {
    let (_root, site) = site();
    let (app, _db) = router(Some(site)).await;

    let (status, headers, body) =
        send(&app, request(Method::HEAD, "/licences/fonts-OFL.txt", &[])).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(headers[header::CONTENT_LENGTH], "3");
    assert!(headers.contains_key(header::ETAG));
    assert!(body.is_empty());

    let (status, headers, body) = send(
        &app,
        request(
            Method::GET,
            "/licences/fonts-OFL.txt",
            &[(header::RANGE, "bytes=1-2")],
        ),
    )
    .await;
    assert_eq!(status, StatusCode::PARTIAL_CONTENT);
    assert_eq!(headers[header::CONTENT_RANGE], "bytes 1-2/3");
    assert_eq!(body, b"FL");
}

#[tokio::test]
async fn api_paths_missing_hidden_and_outside_files_are_the_json_404() {
    let (_root, site) = site();
    let (app, _db) = router(Some(site)).await;

    for path in [
        "/api",
        "/api/anything",
        "/api/present.txt",
        "/nothing.js",
        "/licences/",
        "/../Cargo.toml",
        "/%2e%2e/Cargo.toml",
        "/licences/..%2f..%2fCargo.toml",
        "/.secret",
        "/.git/config",
        "/%2egit/config",
        "/licences%2f..%2f.git%2fconfig",
    ] {
        let (status, _, body) = get(&app, path).await;
        assert_json_404(path, status, &body);
    }
    // Only GET and HEAD read files.
    for method in [Method::POST, Method::PUT, Method::DELETE] {
        let (status, _, body) = send(&app, request(method.clone(), "/index.html", &[])).await;
        assert_json_404(method.as_str(), status, &body);
    }
    // The API still answers as before.
    let (status, _, _) = get(&app, "/healthz").await;
    assert_eq!(status, StatusCode::OK);
}

#[tokio::test]
async fn without_a_web_directory_everything_unknown_is_the_json_404() {
    let (app, _db) = router(None).await;
    for path in ["/", "/index.html", "/api/nothing"] {
        let (status, _, body) = get(&app, path).await;
        assert_json_404(path, status, &body);
    }
}
