//! The transport's limits from outside, over raw TCP and a real WebSocket: a client that sends
//! its headers too slowly, or sits idle on a keep-alive connection, is disconnected; a slow
//! body gets 408 `request_timeout` and stores nothing; clients beyond the connection cap wait
//! until a place frees; a shutdown closes live-chat sockets with 1001 and ends within its
//! grace period even while a request hangs.

#![allow(clippy::expect_used, clippy::unwrap_used)]

#[macro_use]
mod support;

use futures_util::{SinkExt, StreamExt};
use lernwelt_protocol::routes;
use lernwelt_server::serve::{self, Transport};
use lernwelt_server::{AppState, Settings, app};
use serde_json::{Value, json};
use std::net::SocketAddr;
use std::time::Duration;
use support::{Harness, register_youth, test_settings};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use tokio::sync::oneshot;
use tokio::task::JoinHandle;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::protocol::frame::coding::CloseCode;

on_both_backends!(
    slow_headers_and_idle_connections_are_closed,
    a_slow_body_times_out_and_stores_nothing,
    clients_beyond_the_cap_wait_for_a_place,
    shutdown_closes_sockets_with_going_away_and_ends_in_time,
    forwarded_addresses_count_only_from_a_trusted_proxy,
    the_socket_route_answers_json_errors_and_limits_connects,
);

/// Generous beside the short limits below: only a limit that does not work waits this long.
const WAIT: Duration = Duration::from_secs(10);

fn with_transport(transport: Transport) -> Settings {
    Settings {
        transport,
        ..test_settings()
    }
}

struct Served {
    addr: SocketAddr,
    stop: oneshot::Sender<()>,
    done: JoinHandle<std::io::Result<()>>,
}

async fn listen(state: AppState) -> Served {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let (stop, stopped) = oneshot::channel::<()>();
    let (transport, hub) = (state.settings.transport, state.hub.clone());
    let shutdown = async move {
        let _ = stopped.await;
    };
    let done = tokio::spawn(serve::serve(listener, app(state), transport, hub, shutdown));
    Served { addr, stop, done }
}

/// Reads until the server closes the connection; what it sent.
async fn read_to_close(stream: &mut TcpStream) -> String {
    let mut received = Vec::new();
    tokio::time::timeout(WAIT, stream.read_to_end(&mut received))
        .await
        .expect("the server closed the connection in time")
        .ok();
    String::from_utf8_lossy(&received).into_owned()
}

/// One request on a new connection with extra header lines; the status and the JSON body.
async fn request(
    addr: SocketAddr,
    method: &str,
    path: &str,
    extra: &str,
    body: &Value,
) -> (u16, Value) {
    let body = if body.is_null() {
        String::new()
    } else {
        body.to_string()
    };
    let mut stream = TcpStream::connect(addr).await.unwrap();
    let head = format!(
        "{method} {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n{extra}Content-Type: application/json\r\nContent-Length: {}\r\n\r\n",
        body.len()
    );
    stream.write_all(head.as_bytes()).await.unwrap();
    stream.write_all(body.as_bytes()).await.unwrap();
    let answer = read_to_close(&mut stream).await;
    let status = answer
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let json = answer
        .split("\r\n\r\n")
        .nth(1)
        .and_then(|b| serde_json::from_str(b).ok())
        .unwrap_or(Value::Null);
    (status, json)
}

/// One complete request on a new connection; the status line of the answer.
async fn health(addr: SocketAddr) -> String {
    let mut stream = TcpStream::connect(addr).await.unwrap();
    stream
        .write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        .await
        .unwrap();
    read_to_close(&mut stream)
        .await
        .lines()
        .next()
        .unwrap_or_default()
        .to_owned()
}

async fn slow_headers_and_idle_connections_are_closed(h: Harness) {
    let served = listen(h.state_with(with_transport(Transport {
        header_timeout: Duration::from_millis(300),
        ..Transport::default()
    })))
    .await;
    // Half a request head, then nothing (slowloris).
    let mut slow = TcpStream::connect(served.addr).await.unwrap();
    slow.write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\n")
        .await
        .unwrap();
    let answer = read_to_close(&mut slow).await;
    assert!(!answer.contains("200 OK"), "{answer}");
    // A keep-alive connection answered once, then left idle.
    let mut idle = TcpStream::connect(served.addr).await.unwrap();
    idle.write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
        .await
        .unwrap();
    let answer = read_to_close(&mut idle).await;
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
    // A connection that never sends a byte.
    let mut silent = TcpStream::connect(served.addr).await.unwrap();
    read_to_close(&mut silent).await;
    // The server still answers others.
    assert!(health(served.addr).await.contains("200"));
}

async fn a_slow_body_times_out_and_stores_nothing(h: Harness) {
    let served = listen(h.state_with(with_transport(Transport {
        request_timeout: Duration::from_millis(300),
        ..Transport::default()
    })))
    .await;
    let before = h.counts().await;
    let body = json!({
        "nickname": "langsam",
        "password": "sehr-geheim-123",
        "age_band": "18_21",
        "languages": ["de"],
    })
    .to_string();
    let mut stream = TcpStream::connect(served.addr).await.unwrap();
    let head = format!(
        "POST {} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n",
        routes::ACCOUNTS,
        body.len()
    );
    stream.write_all(head.as_bytes()).await.unwrap();
    // Most of the body, then the client stalls.
    stream
        .write_all(&body.as_bytes()[..body.len() - 5])
        .await
        .unwrap();
    let mut received = vec![0_u8; 4096];
    let n = tokio::time::timeout(WAIT, stream.read(&mut received))
        .await
        .expect("an answer in time")
        .unwrap();
    let answer = String::from_utf8_lossy(&received[..n]).into_owned();
    assert!(answer.starts_with("HTTP/1.1 408"), "{answer}");
    let json: Value = serde_json::from_str(answer.split("\r\n\r\n").nth(1).unwrap()).unwrap();
    assert_eq!(json["code"], "request_timeout");
    // The rest of the body arrives too late: nothing is stored.
    let _ = stream.write_all(&body.as_bytes()[body.len() - 5..]).await;
    assert_eq!(h.counts().await, before);
}

async fn clients_beyond_the_cap_wait_for_a_place(h: Harness) {
    let served = listen(h.state_with(with_transport(Transport {
        max_connections: 2,
        header_timeout: Duration::from_secs(60),
        ..Transport::default()
    })))
    .await;
    let first = TcpStream::connect(served.addr).await.unwrap();
    let second = TcpStream::connect(served.addr).await.unwrap();
    // A third client connects (the kernel queues it) but is not served while both places
    // are taken.
    let waiting = tokio::spawn(health(served.addr));
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert!(!waiting.is_finished(), "served beyond the connection cap");
    drop(first);
    let status = tokio::time::timeout(WAIT, waiting)
        .await
        .expect("served once a place was free")
        .unwrap();
    assert!(status.contains("200"), "{status}");
    drop(second);
}

async fn shutdown_closes_sockets_with_going_away_and_ends_in_time(h: Harness) {
    let served = listen(h.state_with(with_transport(Transport {
        request_timeout: Duration::from_secs(60),
        shutdown_grace: Duration::from_millis(500),
        ..Transport::default()
    })))
    .await;
    let token = register_youth(&h, "bis_bald").await;
    let url = format!("ws://{}{}", served.addr, routes::CHAT_WS);
    let (mut chat, _) = tokio_tungstenite::connect_async(&url).await.unwrap();
    chat.send(Message::text(
        json!({ "type": "auth", "token": token }).to_string(),
    ))
    .await
    .unwrap();
    // A socket that has not sent its first frame yet.
    let (mut fresh, _) = tokio_tungstenite::connect_async(&url).await.unwrap();
    // A request whose body never comes: it would hold a plain graceful shutdown forever.
    let mut hanging = TcpStream::connect(served.addr).await.unwrap();
    hanging
        .write_all(
            format!(
                "POST {} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{{",
                routes::ACCOUNTS
            )
            .as_bytes(),
        )
        .await
        .unwrap();
    // Wait until the chat is ready, so it is a registered connection.
    loop {
        let frame = tokio::time::timeout(WAIT, chat.next())
            .await
            .expect("ready in time")
            .expect("open")
            .unwrap();
        if frame.to_text().unwrap_or_default().contains("\"ready\"") {
            break;
        }
    }
    served.stop.send(()).unwrap();
    for socket in [&mut chat, &mut fresh] {
        let code = loop {
            let frame = tokio::time::timeout(WAIT, socket.next())
                .await
                .expect("closed in time");
            match frame {
                Some(Ok(Message::Close(Some(close)))) => break Some(close.code),
                Some(Ok(_)) => {}
                _ => break None,
            }
        };
        assert_eq!(code, Some(CloseCode::Away));
    }
    tokio::time::timeout(WAIT, served.done)
        .await
        .expect("the server stopped within its grace period")
        .unwrap()
        .unwrap();
    // No new connections after the shutdown.
    assert!(TcpStream::connect(served.addr).await.is_err());
    drop(hanging);
}

async fn forwarded_addresses_count_only_from_a_trusted_proxy(h: Harness) {
    let two = lernwelt_server::rate_limit::RateLimit {
        burst: 2,
        refill_every: Duration::from_secs(3600),
    };
    let wrong = json!({ "nickname": "niemand", "password": "falsch-falsch" });
    let login = |addr, from: &'static str| {
        let wrong = wrong.clone();
        async move {
            let header = format!("X-Forwarded-For: 203.0.113.50, {from}\r\n");
            request(addr, "POST", routes::SESSIONS, &header, &wrong)
                .await
                .0
        }
    };
    // Behind a trusted proxy each client has its own bucket.
    let proxied = listen(h.state_with(Settings {
        login_limit: two,
        trusted_proxies: vec!["127.0.0.0/8".parse().unwrap()],
        ..test_settings()
    }))
    .await;
    assert_eq!(login(proxied.addr, "198.51.100.1").await, 401);
    assert_eq!(login(proxied.addr, "198.51.100.1").await, 401);
    assert_eq!(login(proxied.addr, "198.51.100.1").await, 429);
    assert_eq!(
        login(proxied.addr, "198.51.100.2").await,
        401,
        "another client"
    );
    // Without the setting the header is ignored: everyone is the connecting address.
    let direct = listen(h.state_with(Settings {
        login_limit: two,
        ..test_settings()
    }))
    .await;
    assert_eq!(login(direct.addr, "198.51.100.1").await, 401);
    assert_eq!(login(direct.addr, "198.51.100.2").await, 401);
    assert_eq!(
        login(direct.addr, "198.51.100.3").await,
        429,
        "a header chose the bucket"
    );
}

async fn the_socket_route_answers_json_errors_and_limits_connects(h: Harness) {
    let served = listen(h.state_with(Settings {
        ws_connect_limit: lernwelt_server::rate_limit::RateLimit {
            burst: 3,
            refill_every: Duration::from_secs(3600),
        },
        ..test_settings()
    }))
    .await;
    // A plain GET (no handshake): a JSON error in the API's shape, counted as a connect.
    let (status, body) = request(served.addr, "GET", routes::CHAT_WS, "", &Value::Null).await;
    assert!((400..500).contains(&status), "{status}");
    assert_eq!(body["code"], "websocket_required", "{body}");
    let url = format!("ws://{}{}", served.addr, routes::CHAT_WS);
    let mut open = Vec::new();
    for _ in 0..2 {
        open.push(tokio_tungstenite::connect_async(&url).await.unwrap());
    }
    // The fourth connect from this address in the hour is refused with 429 and JSON.
    let (status, body) = request(
        served.addr,
        "GET",
        routes::CHAT_WS,
        "Upgrade: websocket\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n",
        &Value::Null,
    )
    .await;
    assert_eq!(status, 429);
    assert_eq!(body["code"], "rate_limited", "{body}");
    assert!(tokio_tungstenite::connect_async(&url).await.is_err());
    drop(open);
}
