//! The browser build of the game from the same address as the API (`--web-dir web/dist`), so
//! the page, whose content security policy allows connections to its own origin only, reaches
//! the counselling API without cross-origin rules. tower-http's `ServeDir` does the serving:
//! the `.br` (or `.gz`) twin when the browser accepts it, ETag and Last-Modified with 304s,
//! ranges, HEAD. Hidden files, `/api` and anything not found get the API's JSON 404.

use axum::Router;
use axum::handler::HandlerWithoutStateExt;
use axum::http::{HeaderValue, StatusCode, header};
use lernwelt_protocol::ErrorCode;
use std::future::Future;
use std::io;
use std::path::{Component, Path, PathBuf};
use std::pin::Pin;
use tower::ServiceBuilder;
use tower_http::services::ServeDir;
use tower_http::services::fs::{Backend, TokioBackend};
use tower_http::set_header::SetResponseHeaderLayer;

use crate::error::AppError;

/// The router's fallback: the files under `dir`, or only the JSON 404 when there is none.
pub fn fallback(dir: Option<&Path>) -> Router {
    // Not endpoints (tests/openapi.rs counts `route` calls as documented ones): what the API's
    // own routes did not match under `/api` stays the JSON 404, even if the build had an `api/`.
    let api = Router::new()
        .route_service("/api", not_found.into_service())
        .route_service("/api/{*rest}", not_found.into_service());
    let Some(dir) = dir else {
        return api.fallback(not_found);
    };
    let files = ServeDir::with_backend(dir, NoHiddenFiles::new(dir))
        .precompressed_br()
        .precompressed_gzip()
        .call_fallback_on_method_not_allowed(true)
        .fallback(not_found.into_service());
    let files = ServiceBuilder::new()
        // File names carry no version: the browser revalidates each time, which with the
        // validators ServeDir sends costs a 304 instead of the whole file.
        .layer(SetResponseHeaderLayer::overriding(
            header::CACHE_CONTROL,
            HeaderValue::from_static("no-cache"),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ))
        // ServeDir sends it with files but not with a 304, which caches need just the same.
        .layer(SetResponseHeaderLayer::if_not_present(
            header::VARY,
            HeaderValue::from_static("accept-encoding"),
        ))
        .service(files);
    api.fallback_service(files)
}

async fn not_found() -> AppError {
    AppError::client(StatusCode::NOT_FOUND, ErrorCode::NotFound)
}

/// The file system, minus every path with a hidden part (`.git/config`, `.env`) below the web
/// directory: checked on the very path `ServeDir` opens, after its percent-decoding.
#[derive(Clone)]
struct NoHiddenFiles {
    base: PathBuf,
}

impl NoHiddenFiles {
    fn new(dir: &Path) -> Self {
        // The base `ServeDir::with_backend` joins request paths to.
        Self {
            base: Path::new(".").join(dir),
        }
    }

    fn check(&self, path: &Path) -> io::Result<()> {
        let plain = path.strip_prefix(&self.base).is_ok_and(|relative| {
            relative.components().all(|part| match part {
                Component::Normal(name) => !name.as_encoded_bytes().starts_with(b"."),
                _ => false,
            })
        });
        if plain {
            Ok(())
        } else {
            Err(io::ErrorKind::NotFound.into())
        }
    }
}

type BoxFuture<T> = Pin<Box<dyn Future<Output = io::Result<T>> + Send>>;

impl Backend for NoHiddenFiles {
    type File = <TokioBackend as Backend>::File;
    type Metadata = <TokioBackend as Backend>::Metadata;
    type OpenFuture = BoxFuture<Self::File>;
    type MetadataFuture = BoxFuture<Self::Metadata>;

    fn open(&self, path: PathBuf) -> Self::OpenFuture {
        match self.check(&path) {
            Ok(()) => TokioBackend.open(path),
            Err(e) => Box::pin(std::future::ready(Err(e))),
        }
    }

    fn metadata(&self, path: PathBuf) -> Self::MetadataFuture {
        match self.check(&path) {
            Ok(()) => TokioBackend.metadata(path),
            Err(e) => Box::pin(std::future::ready(Err(e))),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hidden_parts_and_paths_outside_are_refused() {
        let backend = NoHiddenFiles::new(Path::new("web/dist"));
        let under = |p: &str| backend.base.join(p);
        assert!(backend.check(&under("lernwelt_bg.wasm.br")).is_ok());
        assert!(backend.check(&under("licences/fonts-OFL.txt")).is_ok());
        assert!(backend.check(&under("")).is_ok(), "the directory itself");
        for bad in [".git/config", "a/.env", ".br"] {
            assert!(backend.check(&under(bad)).is_err(), "{bad}");
        }
        assert!(backend.check(Path::new("./web/Cargo.toml")).is_err());
        assert!(backend.check(&under("../x")).is_err());
        // An absolute directory is the base as it is.
        let backend = NoHiddenFiles::new(Path::new("/srv/web"));
        assert!(backend.check(Path::new("/srv/web/index.html")).is_ok());
        assert!(backend.check(Path::new("/srv/web/.git/HEAD")).is_err());
    }
}
