//! WebSocket clients for the tests: a server on a TCP port 0 (served as `run` serves it) and
//! tokio-tungstenite clients that send JSON frames and wait for the server's.

use futures_util::{SinkExt, StreamExt};
use lernwelt_protocol::routes;
use lernwelt_server::{AppState, app, serve};
use serde_json::{Value, json};
use std::net::SocketAddr;
use std::time::Duration;
use tokio::net::TcpStream;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::{MaybeTlsStream, WebSocketStream};

pub type Ws = WebSocketStream<MaybeTlsStream<TcpStream>>;

pub const WAIT: Duration = Duration::from_secs(5);

/// Serves `state`'s API over TCP (as `run` does) until the test ends.
pub async fn listen(state: AppState) -> SocketAddr {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let (transport, hub) = (state.settings.transport, state.hub.clone());
    let pending = std::future::pending();
    tokio::spawn(serve::serve(listener, app(state), transport, hub, pending));
    addr
}

pub async fn connect(addr: SocketAddr) -> Ws {
    let (ws, _) = tokio_tungstenite::connect_async(format!("ws://{addr}{}", routes::CHAT_WS))
        .await
        .expect("websocket handshake");
    ws
}

pub async fn put(ws: &mut Ws, frame: &Value) {
    ws.send(Message::text(frame.to_string())).await.unwrap();
}

/// The next JSON frame; `None` when the server closed the connection.
pub async fn next(ws: &mut Ws) -> Option<Value> {
    loop {
        let frame = tokio::time::timeout(WAIT, ws.next())
            .await
            .expect("a frame in time");
        match frame {
            Some(Ok(Message::Text(text))) => return Some(serde_json::from_str(&text).unwrap()),
            Some(Ok(Message::Close(_)) | Err(_)) | None => return None,
            Some(Ok(_)) => {}
        }
    }
}

/// The next frame of type `kind`, skipping pushes of other types.
pub async fn next_of(ws: &mut Ws, kind: &str) -> Value {
    loop {
        let frame = next(ws)
            .await
            .unwrap_or_else(|| panic!("closed before {kind}"));
        if frame["type"] == kind {
            return frame;
        }
    }
}

/// Asserts that no frame of type `kind` arrives within a short while.
pub async fn none_of(ws: &mut Ws, kind: &str) {
    let deadline = tokio::time::Instant::now() + Duration::from_millis(300);
    while let Ok(frame) = tokio::time::timeout_at(deadline, ws.next()).await {
        let Some(Ok(Message::Text(text))) = frame else {
            return;
        };
        let frame: Value = serde_json::from_str(&text).unwrap();
        assert_ne!(frame["type"], kind, "unexpected {frame}");
    }
}

/// Connects and authenticates; returns after the server's `ready`.
pub async fn login(addr: SocketAddr, token: &str) -> Ws {
    let mut ws = connect(addr).await;
    put(&mut ws, &json!({ "type": "auth", "token": token })).await;
    next_of(&mut ws, "ready").await;
    ws
}
