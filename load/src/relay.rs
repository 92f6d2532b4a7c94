//! The baseline: a bare WebSocket broadcast relay, run as this binary's hidden `relay`
//! command in its own process (measured as the server is). No accounts, no validation, no
//! rooms logic and no interest management: a client connects to `/ws?place=P&id=N`, and every
//! binary step frame it sends goes at once to every other client of the same place, as one
//! steps batch of a single entry with the sender's id as the handle (the frames the real
//! server sends), so the load generator reads both the same way. Each connection has a
//! writer task with a bounded queue; what does not fit is dropped (and shows as fewer updates
//! out).

use futures_util::{SinkExt, StreamExt};
use lernwelt_protocol::Place;
use lernwelt_protocol::presence::{decode_step, encode_steps};
use std::net::SocketAddr;
use std::sync::{Arc, RwLock};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::mpsc;
use tokio_tungstenite::tungstenite::handshake::server::{ErrorResponse, Request, Response};
use tokio_tungstenite::tungstenite::protocol::WebSocketConfig;
use tokio_tungstenite::tungstenite::{Bytes, Message};

/// Frames a connection may have waiting before more are dropped.
const QUEUE: usize = 1024;
/// Each connection's read buffer, the relay's and the generator's clients' alike: as small as
/// the server's, since tungstenite zeroes it before every read attempt.
pub const READ_BUFFER_BYTES: usize = 1024;

/// A client in a place.
struct Member {
    id: u16,
    tx: mpsc::Sender<Bytes>,
}

/// The members of each place, in [`Place::ALL`] order.
type Places = Arc<Vec<RwLock<Vec<Member>>>>;

/// Serves until the process is killed; a runtime as the server has (one worker per core).
pub fn serve_blocking(listen: SocketAddr) -> Result<(), String> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| format!("relay runtime: {e}"))?;
    runtime.block_on(serve(listen))
}

async fn serve(listen: SocketAddr) -> Result<(), String> {
    let listener = TcpListener::bind(listen)
        .await
        .map_err(|e| format!("relay: binding {listen}: {e}"))?;
    let places: Places = Arc::new(Place::ALL.iter().map(|_| RwLock::default()).collect());
    loop {
        let Ok((stream, _)) = listener.accept().await else {
            // Out of file descriptors and the like: wait a little rather than spin.
            tokio::time::sleep(std::time::Duration::from_millis(10)).await;
            continue;
        };
        let _ = stream.set_nodelay(true);
        tokio::spawn(connection(stream, Arc::clone(&places)));
    }
}

/// `place` and `id` from `/ws?place=job_centre&id=17`.
fn parse_query(uri: &str) -> Option<(usize, u16)> {
    let query = uri.split_once('?')?.1;
    let (mut place, mut id) = (None, None);
    for pair in query.split('&') {
        match pair.split_once('=') {
            Some(("place", p)) => place = Place::ALL.iter().position(|x| x.id() == p),
            Some(("id", n)) => id = n.parse().ok(),
            _ => {}
        }
    }
    Some((place?, id?))
}

// A poisoned lock only means a holder panicked; the list is still usable.
fn read<T>(lock: &RwLock<T>) -> std::sync::RwLockReadGuard<'_, T> {
    lock.read().unwrap_or_else(|e| e.into_inner())
}

fn write<T>(lock: &RwLock<T>) -> std::sync::RwLockWriteGuard<'_, T> {
    lock.write().unwrap_or_else(|e| e.into_inner())
}

// The handshake callback's signature is tungstenite's, large error variant and all.
#[allow(clippy::result_large_err)]
async fn connection(stream: TcpStream, places: Places) {
    let mut uri = String::new();
    let callback = |request: &Request, response: Response| -> Result<Response, ErrorResponse> {
        uri = request.uri().to_string();
        Ok(response)
    };
    let config = WebSocketConfig::default().read_buffer_size(READ_BUFFER_BYTES);
    let Ok(ws) =
        tokio_tungstenite::accept_hdr_async_with_config(stream, callback, Some(config)).await
    else {
        return;
    };
    let Some((place, id)) = parse_query(&uri) else {
        return;
    };
    let Some(members) = places.get(place) else {
        return;
    };
    let (tx, mut rx) = mpsc::channel::<Bytes>(QUEUE);
    write(members).push(Member { id, tx });
    let (mut sink, mut frames) = ws.split();
    let writer = tokio::spawn(async move {
        while let Some(frame) = rx.recv().await {
            if sink.feed(Message::Binary(frame)).await.is_err() {
                return;
            }
            while let Ok(frame) = rx.try_recv() {
                if sink.feed(Message::Binary(frame)).await.is_err() {
                    return;
                }
            }
            if sink.flush().await.is_err() {
                return;
            }
        }
    });
    while let Some(Ok(message)) = frames.next().await {
        let Message::Binary(bytes) = message else {
            continue;
        };
        let Ok(step) = decode_step(&bytes) else {
            continue;
        };
        let frame = Bytes::from(encode_steps(&[(id, step)]));
        for member in read(members).iter().filter(|m| m.id != id) {
            let _ = member.tx.try_send(frame.clone());
        }
    }
    write(members).retain(|m| m.id != id);
    writer.abort();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_query_names_place_and_id() {
        assert_eq!(parse_query("/ws?place=company&id=17"), Some((1, 17)));
        assert_eq!(parse_query("/ws?id=3&place=interview_room"), Some((2, 3)));
        assert_eq!(parse_query("/ws?place=rooftop&id=3"), None);
        assert_eq!(parse_query("/ws?place=company"), None);
        assert_eq!(parse_query("/ws"), None);
    }
}
