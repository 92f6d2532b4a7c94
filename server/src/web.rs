//! The browser build of the game from the same address as the API (`--web-dir web/dist`): the
//! page's content security policy allows connections to its own origin only, so the game in
//! the browser reaches the counselling API without any cross-origin rules. A `<file>.br` beside
//! a file is sent instead when the browser accepts brotli (the wasm shrinks about fivefold).
//! Only GET and HEAD, only plain file names under the directory; everything else under `/api`
//! or not found gets the API's JSON 404.

use axum::body::Body;
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};
use lernwelt_protocol::ErrorCode;
use std::path::{Path, PathBuf};

use crate::AppState;
use crate::error::AppError;

/// The fallback of the router: a file of the web build, or the JSON 404.
pub async fn fallback(
    State(state): State<AppState>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
) -> Response {
    let not_found = || AppError::client(StatusCode::NOT_FOUND, ErrorCode::NotFound);
    let Some(dir) = state.settings.web_dir.as_deref() else {
        return not_found().into_response();
    };
    if !(method == Method::GET || method == Method::HEAD) || uri.path().starts_with("/api") {
        return not_found().into_response();
    }
    let Some(relative) = file_path(uri.path()) else {
        return not_found().into_response();
    };
    let accepts_brotli = headers
        .get_all(header::ACCEPT_ENCODING)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .any(|coding| coding.split(';').next().is_some_and(|c| c.trim() == "br"));
    match read(dir, &relative, accepts_brotli).await {
        Some((bytes, brotli)) => {
            let mut response = if method == Method::HEAD {
                let length = bytes.len();
                let mut response = Response::new(Body::empty());
                response
                    .headers_mut()
                    .insert(header::CONTENT_LENGTH, HeaderValue::from(length));
                response
            } else {
                Response::new(Body::from(bytes))
            };
            let headers = response.headers_mut();
            headers.insert(
                header::CONTENT_TYPE,
                HeaderValue::from_static(content_type(&relative)),
            );
            // File names carry no version: let the browser check each time.
            headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
            headers.insert(header::VARY, HeaderValue::from_static("accept-encoding"));
            headers.insert(
                header::X_CONTENT_TYPE_OPTIONS,
                HeaderValue::from_static("nosniff"),
            );
            if brotli {
                headers.insert(header::CONTENT_ENCODING, HeaderValue::from_static("br"));
            }
            response
        }
        None => not_found().into_response(),
    }
}

/// The file a request path names, relative to the web directory: `index.html` for a folder;
/// `None` for anything but plain names (no `..`, no hidden files, no backslashes, no
/// percent-escapes, which the build's own names never need).
fn file_path(path: &str) -> Option<PathBuf> {
    let mut relative = PathBuf::new();
    for part in path.split('/').filter(|p| !p.is_empty()) {
        let plain = part
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_'));
        if !plain || part.starts_with('.') {
            return None;
        }
        relative.push(part);
    }
    if path.ends_with('/') || relative.as_os_str().is_empty() {
        relative.push("index.html");
    }
    Some(relative)
}

/// The file's bytes, or its `.br` twin when that is wanted and there; `true` for the latter.
async fn read(dir: &Path, relative: &Path, brotli: bool) -> Option<(Vec<u8>, bool)> {
    let path = dir.join(relative);
    if brotli {
        let mut compressed = path.clone().into_os_string();
        compressed.push(".br");
        if let Ok(bytes) = tokio::fs::read(&compressed).await {
            return Some((bytes, true));
        }
    }
    let metadata = tokio::fs::metadata(&path).await.ok()?;
    if !metadata.is_file() {
        return None;
    }
    tokio::fs::read(&path)
        .await
        .ok()
        .map(|bytes| (bytes, false))
}

fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()) {
        Some("html") => "text/html; charset=utf-8",
        Some("js" | "mjs") => "text/javascript; charset=utf-8",
        Some("wasm") => "application/wasm",
        Some("css") => "text/css; charset=utf-8",
        Some("json") => "application/json",
        Some("png") => "image/png",
        Some("svg") => "image/svg+xml",
        Some("ico") => "image/x-icon",
        Some("txt") => "text/plain; charset=utf-8",
        Some("ttf") => "font/ttf",
        Some("ogg") => "audio/ogg",
        Some("wav") => "audio/wav",
        _ => "application/octet-stream",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_plain_names_under_the_directory() {
        assert_eq!(file_path("/"), Some(PathBuf::from("index.html")));
        assert_eq!(
            file_path("/lernwelt_bg.wasm"),
            Some(PathBuf::from("lernwelt_bg.wasm"))
        );
        assert_eq!(
            file_path("/licences/"),
            Some(PathBuf::from("licences/index.html"))
        );
        for bad in [
            "/../Cargo.toml",
            "/a/../../etc/passwd",
            "/.git/config",
            "/%2e%2e/x",
            "/a\\b",
            "/ä.html",
        ] {
            assert_eq!(file_path(bad), None, "{bad}");
        }
    }

    #[test]
    fn types_by_extension() {
        assert_eq!(content_type(Path::new("x.wasm")), "application/wasm");
        assert_eq!(
            content_type(Path::new("index.html")),
            "text/html; charset=utf-8"
        );
        assert_eq!(content_type(Path::new("noext")), "application/octet-stream");
    }
}
