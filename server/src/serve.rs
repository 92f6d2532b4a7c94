//! Serving the router over TCP with the limits an open-internet server needs and hyper's
//! defaults lack: a deadline for a request's head (which also closes a keep-alive connection
//! that sits idle), a deadline for the whole request including its body, a cap on open
//! connections (live-chat sockets included), and a shutdown that ends within a bounded time:
//! stop accepting, tell every live-chat socket "going away" (close code 1001), let running
//! requests finish, and give up on what is left after the grace period.

use crate::AppState;
use crate::error::AppError;
use crate::ws::{Hub, raised};
use axum::Router;
use axum::body::Body;
use axum::extract::{ConnectInfo, Request, State};
use axum::http::StatusCode;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use hyper::body::Incoming;
use hyper_util::rt::{TokioIo, TokioTimer};
use lernwelt_protocol::ErrorCode;
use std::future::Future;
use std::sync::Arc;
use std::time::Duration;
use tokio::net::TcpListener;
use tokio::sync::{OwnedSemaphorePermit, Semaphore, watch};
use tower::ServiceExt;

/// The transport's limits. `Default` is what production uses.
#[derive(Debug, Clone, Copy)]
pub struct Transport {
    /// How long a client may take to send a request's line and headers, and how long a
    /// keep-alive connection may sit idle before its next request.
    pub header_timeout: Duration,
    /// How long one request may take, reading its body included (not a live-chat socket,
    /// which lives on after its upgrade).
    pub request_timeout: Duration,
    /// Connections open at once; further clients wait in the kernel's queue.
    pub max_connections: usize,
    /// How long a shutdown waits for running requests and sockets before it stops anyway.
    pub shutdown_grace: Duration,
}

impl Default for Transport {
    fn default() -> Self {
        Self {
            header_timeout: Duration::from_secs(10),
            request_timeout: Duration::from_secs(30),
            // Many idle live-chat sockets fit in a small machine's memory; each one is an
            // open file, so `run` raises the process's file limit to fit (or lowers this).
            max_connections: 4096,
            shutdown_grace: Duration::from_secs(10),
        }
    }
}

/// A connection's place under [`Transport::max_connections`], put into each request's
/// extensions so that a live-chat socket keeps the place after its upgrade.
#[derive(Debug, Clone)]
pub struct ConnectionSlot(#[allow(dead_code)] Arc<OwnedSemaphorePermit>);

/// The request deadline as a middleware (layered by [`crate::app`]): 408 `request_timeout`.
pub(crate) async fn deadline(
    State(state): State<AppState>,
    request: Request,
    next: Next,
) -> Response {
    let limit = state.settings.transport.request_timeout;
    match tokio::time::timeout(limit, next.run(request)).await {
        Ok(response) => response,
        Err(_) => {
            AppError::client(StatusCode::REQUEST_TIMEOUT, ErrorCode::RequestTimeout).into_response()
        }
    }
}

/// Files the process may open besides its connections (database, WAL, log, listener).
const OTHER_FILES: u64 = 64;

/// Raises the process's soft limit of open files towards its hard limit so that
/// `max_connections` fit, and returns how many connections fit in the end (Linux starts
/// services with a soft limit of 1024).
#[must_use]
pub fn fit_open_files(max_connections: usize) -> usize {
    #[cfg(unix)]
    {
        use rustix::process::{Resource, getrlimit, setrlimit};
        let wanted = max_connections as u64 + OTHER_FILES;
        let mut limit = getrlimit(Resource::Nofile);
        let current = limit.current.unwrap_or(u64::MAX);
        if current < wanted {
            let target = limit.maximum.map_or(wanted, |max| max.min(wanted));
            limit.current = Some(target);
            if let Err(e) = setrlimit(Resource::Nofile, limit) {
                tracing::warn!(error = %e, "cannot raise the open-file limit");
            }
        }
        let current = getrlimit(Resource::Nofile).current.unwrap_or(u64::MAX);
        let fit = usize::try_from(current.saturating_sub(OTHER_FILES)).unwrap_or(usize::MAX);
        if fit < max_connections {
            tracing::warn!(
                max_connections = fit,
                "the open-file limit allows fewer connections than configured"
            );
        }
        max_connections.min(fit.max(1))
    }
    #[cfg(not(unix))]
    max_connections
}

/// Serves `app` on `listener` until `shutdown` completes, then shuts down as described above:
/// the live-chat sockets of `hub` are closed with 1001 and the whole shutdown takes at most
/// [`Transport::shutdown_grace`].
pub async fn serve(
    listener: TcpListener,
    app: Router,
    transport: Transport,
    hub: Hub,
    shutdown: impl Future<Output = ()>,
) -> std::io::Result<()> {
    let slots = Arc::new(Semaphore::new(transport.max_connections));
    // Each connection holds a receiver; `receiver_count` is then the connections still open.
    let (stop, stopped) = watch::channel(false);
    let mut http = hyper::server::conn::http1::Builder::new();
    http.timer(TokioTimer::new())
        .header_read_timeout(transport.header_timeout)
        .keep_alive(true);
    let mut full_warned = false;
    tokio::pin!(shutdown);
    loop {
        if slots.available_permits() == 0 && !full_warned {
            tracing::warn!(
                max = transport.max_connections,
                "connection limit reached; new clients wait"
            );
            full_warned = true;
        }
        let slot = tokio::select! {
            () = &mut shutdown => break,
            slot = slots.clone().acquire_owned() => match slot {
                Ok(slot) => slot,
                Err(_) => break,
            },
        };
        let (stream, peer) = tokio::select! {
            () = &mut shutdown => break,
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                Err(e) => {
                    // Out of file descriptors or a connection reset before it was taken:
                    // wait a moment rather than spin.
                    tracing::warn!(error = %e, "cannot accept a connection");
                    tokio::time::sleep(Duration::from_millis(100)).await;
                    continue;
                }
            },
        };
        if slots.available_permits() > 0 {
            full_warned = false;
        }
        // Chat pushes are small frames written while an earlier one may be unacknowledged;
        // with Nagle's algorithm such a frame waits for the client's delayed ACK (up to
        // 40 ms on Linux), which the load benchmark showed as a p95 of 20–40 ms.
        if let Err(e) = stream.set_nodelay(true) {
            tracing::debug!(error = %e, "cannot set TCP_NODELAY");
        }
        let slot = ConnectionSlot(Arc::new(slot));
        let app = app.clone();
        let service = hyper::service::service_fn(move |mut request: Request<Incoming>| {
            request.extensions_mut().insert(ConnectInfo(peer));
            request.extensions_mut().insert(slot.clone());
            app.clone().oneshot(request.map(Body::new))
        });
        let connection = http
            .serve_connection(TokioIo::new(stream), service)
            .with_upgrades();
        let mut stopped = stopped.clone();
        tokio::spawn(async move {
            tokio::pin!(connection);
            let result = tokio::select! {
                result = connection.as_mut() => result,
                () = raised(&mut stopped) => {
                    // Finish the running request, then close; idle connections close now.
                    connection.as_mut().graceful_shutdown();
                    connection.await
                }
            };
            if let Err(e) = result {
                tracing::debug!(error = %e, "connection ended with an error");
            }
        });
    }
    drop(listener);
    tracing::info!("no new connections; closing open ones");
    hub.going_away();
    let _ = stop.send(true);
    drop(stopped);
    let drained = async {
        while stop.receiver_count() > 0 || hub.open_sockets() > 0 {
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    };
    if tokio::time::timeout(transport.shutdown_grace, drained)
        .await
        .is_err()
    {
        tracing::warn!(
            connections = stop.receiver_count(),
            sockets = hub.open_sockets(),
            "shutdown grace period over; dropping what is left"
        );
    }
    Ok(())
}
