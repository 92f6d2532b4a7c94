//! One log line per request: method, route pattern (never the raw path or query), status and
//! time taken. No addresses, no headers, no bodies: nothing personal. And the filter every log
//! of the server goes through ([`log_filter`]).

use axum::extract::{MatchedPath, Request};
use axum::middleware::Next;
use axum::response::Response;
use std::time::Instant;
use tracing_subscriber::EnvFilter;

/// Libraries whose trace and debug lines print whole WebSocket frames (session tokens in the
/// auth frame, counselling texts): they are kept silent whatever `RUST_LOG` asks for.
const SILENCED: [&str; 2] = ["tungstenite", "tokio_tungstenite"];

/// The log filter from a `RUST_LOG`-style `spec` (`default` when there is none or it does not
/// parse), with the WebSocket library's own lines always off.
#[must_use]
pub fn log_filter(spec: Option<&str>, default: &str) -> EnvFilter {
    let filter = spec
        .and_then(|spec| EnvFilter::try_new(spec).ok())
        .unwrap_or_else(|| EnvFilter::new(default));
    SILENCED.iter().fold(filter, |filter, target| {
        match format!("{target}=off").parse() {
            Ok(directive) => filter.add_directive(directive),
            Err(_) => filter,
        }
    })
}

/// Middleware that logs each request when its response is ready.
pub async fn log(request: Request, next: Next) -> Response {
    let method = request.method().clone();
    let route = request
        .extensions()
        .get::<MatchedPath>()
        .map_or_else(|| "(unmatched)".to_owned(), |p| p.as_str().to_owned());
    let started = Instant::now();
    let response = next.run(request).await;
    tracing::info!(
        target: "lernwelt_server::http",
        %method,
        route,
        status = response.status().as_u16(),
        ms = started.elapsed().as_secs_f64() * 1000.0,
        "request"
    );
    response
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use std::io::Write;
    use std::sync::{Arc, Mutex};

    #[derive(Clone, Default)]
    struct Buffer(Arc<Mutex<Vec<u8>>>);

    impl Write for Buffer {
        fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
            self.0.lock().unwrap().extend_from_slice(bytes);
            Ok(bytes.len())
        }

        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    /// What reaches the log when `filter` is set and the WebSocket library writes a frame
    /// at trace level (as tungstenite does through the `log` bridge, under its module's target)
    /// and the server writes a line of its own.
    fn logged_with(filter: EnvFilter) -> String {
        let buffer = Buffer::default();
        let writer = buffer.clone();
        let subscriber = tracing_subscriber::fmt()
            .with_env_filter(filter)
            .with_ansi(false)
            .with_writer(move || writer.clone())
            .finish();
        tracing::subscriber::with_default(subscriber, || {
            tracing::trace!(target: "tungstenite::protocol", "Received message {{\"token\":\"abc123\"}}");
            tracing::debug!(target: "tokio_tungstenite", "frame: Mein-Geheimnis");
            tracing::trace!(target: "lernwelt_server::ws", "chat connected");
        });
        let bytes = buffer.0.lock().unwrap().clone();
        String::from_utf8(bytes).unwrap()
    }

    #[test]
    fn the_websocket_library_never_logs_frames() {
        // Without the silencing, a trace filter would print the frame: the check can fail.
        let bare = logged_with(EnvFilter::new("trace"));
        assert!(bare.contains("abc123"), "{bare}");
        for spec in [
            Some("trace"),
            Some("tungstenite=trace,trace"),
            Some("nonsense=="),
            None,
        ] {
            let logs = logged_with(log_filter(spec, "trace"));
            assert!(!logs.contains("abc123"), "{spec:?}: {logs}");
            assert!(!logs.contains("Mein-Geheimnis"), "{spec:?}: {logs}");
            assert!(logs.contains("chat connected"), "{spec:?}: {logs}");
        }
    }
}
