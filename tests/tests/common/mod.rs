//! What the end-to-end tests share: the real server in process on a fresh SQLite file (with a
//! counsellor when asked), the headless game pointed at it, and plain HTTP as the other side.
#![allow(dead_code)] // each test file uses its part

use std::net::SocketAddr;
use std::time::{Duration, Instant};

use bevy::prelude::*;
use lernwelt::core::options::LaunchOptions;
use lernwelt::core::settings::SettingsStore;
use lernwelt::core::state::Place;
use lernwelt::i18n::Language;
use lernwelt_server::passwords::{PasswordParams, Passwords};
use lernwelt_server::totp::{self, TotpSecret};

use crate::support::{headless_options, temp_file};

/// A counsellor made with `counsellor add`, as the person holding the one-time password and
/// the authenticator app.
pub struct Counsellor {
    pub name: String,
    pub password: String,
    secret: TotpSecret,
}

impl Counsellor {
    /// The authenticator app's code now.
    pub fn code(&self) -> String {
        format!(
            "{:06}",
            self.secret
                .code_at_step(totp::step_of(lernwelt_server::sessions::now()))
        )
    }

    /// The authenticator app's code of the next 30-second step (the server takes it as clock
    /// drift, so a second login within one step need not wait).
    pub fn next_code(&self) -> String {
        format!(
            "{:06}",
            self.secret
                .code_at_step(totp::step_of(lernwelt_server::sessions::now()) + 1)
        )
    }

    /// Logs in with the password and the authenticator's current code; the bearer token.
    pub fn log_in(&self, server: &str) -> String {
        let code = self.code();
        let reply: serde_json::Value = post(
            server,
            lernwelt_protocol::routes::SESSIONS,
            None,
            &serde_json::json!({ "nickname": self.name, "password": self.password, "totp": code }),
        );
        reply["token"].as_str().expect("a token").to_owned()
    }
}

/// Starts the real server on a free port with a SQLite file in a temporary folder, with the
/// counsellor `counsellor` (name, languages) when given; it runs until the test process ends.
pub fn start_server_with(counsellor: Option<(&str, &str)>) -> (SocketAddr, Option<Counsellor>) {
    let (addr, mut made) = start_server_with_all(counsellor.as_slice());
    (addr, made.pop())
}

/// The same with any number of counsellors (name, languages).
pub fn start_server_with_all(counsellors: &[(&str, &str)]) -> (SocketAddr, Vec<Counsellor>) {
    start_server_configured(counsellors, lernwelt_server::Settings::default())
}

/// The same with other settings than production's.
pub fn start_server_configured(
    counsellors: &[(&str, &str)],
    settings: lernwelt_server::Settings,
) -> (SocketAddr, Vec<Counsellor>) {
    start_server_made(counsellors, false, settings)
}

/// A server with one counsellor made exactly as `counsellor add` makes one: the one-time
/// password must be changed at the first login before anything else works.
pub fn start_server_with_new_counsellor(name: &str, languages: &str) -> (SocketAddr, Counsellor) {
    let (addr, mut made) = start_server_made(
        &[(name, languages)],
        true,
        lernwelt_server::Settings::default(),
    );
    (addr, made.pop().expect("the counsellor"))
}

fn start_server_made(
    counsellors: &[(&str, &str)],
    must_change_password: bool,
    settings: lernwelt_server::Settings,
) -> (SocketAddr, Vec<Counsellor>) {
    let (tx, rx) = std::sync::mpsc::channel();
    let counsellors: Vec<(String, String)> = counsellors
        .iter()
        .map(|(n, l)| ((*n).to_owned(), (*l).to_owned()))
        .collect();
    serve_in_background(async move {
        let dir = tempfile::tempdir().expect("temp dir");
        let store = lernwelt_server::store::open(dir.path(), None)
            .await
            .expect("store");
        let mut made = Vec::new();
        for (name, languages) in &counsellors {
            made.push(add_counsellor(store.as_ref(), name, languages, must_change_password).await);
        }
        let state = lernwelt_server::AppState::new(store, settings).expect("state");
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind");
        tx.send((listener.local_addr().expect("address"), made))
            .unwrap();
        let (transport, hub) = (state.settings.transport, state.hub.clone());
        let app = lernwelt_server::app(state);
        lernwelt_server::serve::serve(listener, app, transport, hub, std::future::pending())
            .await
            .expect("serve");
        drop(dir);
    });
    rx.recv_timeout(Duration::from_secs(30))
        .expect("the server started")
}

/// Two instances of the real server on one SQLite file, joined by the real NATS server at
/// `LERNWELT_TEST_NATS_URL` (default `nats://127.0.0.1:4222`, which `scripts/test` starts) under
/// a subject prefix of this test's own, with the counsellors `counsellors` (name, languages);
/// their addresses. They run until the test process ends.
pub fn start_two_instances(
    counsellors: &[(&str, &str)],
) -> (SocketAddr, SocketAddr, Vec<Counsellor>) {
    let counsellors: Vec<(String, String)> = counsellors
        .iter()
        .map(|(n, l)| ((*n).to_owned(), (*l).to_owned()))
        .collect();
    let url = std::env::var("LERNWELT_TEST_NATS_URL")
        .unwrap_or_else(|_| "nats://127.0.0.1:4222".to_owned());
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    let prefix = format!("lwe2e.p{}.t{nanos}", std::process::id());
    let (tx, rx) = std::sync::mpsc::channel();
    serve_in_background(async move {
        use lernwelt_server::broker::{Link, Nats};
        let dir = tempfile::tempdir().expect("temp dir");
        let store = lernwelt_server::store::open(dir.path(), None)
            .await
            .expect("store");
        let mut made = Vec::new();
        for (name, languages) in &counsellors {
            made.push(add_counsellor(store.as_ref(), name, languages, false).await);
        }
        let mut addrs = Vec::new();
        for _ in 0..2 {
            let nats = Nats::connect(&url, &prefix).await.unwrap_or_else(|e| {
                panic!("NATS must run for this test ({e}); start it with `. scripts/services.sh && lernwelt_ensure_nats`")
            });
            let state = lernwelt_server::AppState::shared(
                store.clone(),
                lernwelt_server::Settings::default(),
                Link::new(std::sync::Arc::new(nats)),
            )
            .await
            .expect("state");
            let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
                .await
                .expect("bind");
            addrs.push(listener.local_addr().expect("address"));
            let (transport, hub) = (state.settings.transport, state.hub.clone());
            let app = lernwelt_server::app(state);
            tokio::spawn(lernwelt_server::serve::serve(
                listener,
                app,
                transport,
                hub,
                std::future::pending(),
            ));
        }
        tx.send((addrs[0], addrs[1], made)).unwrap();
        std::future::pending::<()>().await;
        drop(dir);
    });
    rx.recv_timeout(Duration::from_secs(30))
        .expect("the servers started")
}

/// Runs `server` on its own two-worker runtime in a thread, for as long as the test process
/// runs (the game's frames do not share a scheduler with it).
pub fn serve_in_background(server: impl std::future::Future<Output = ()> + Send + 'static) {
    std::thread::spawn(move || {
        tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .expect("runtime")
            .block_on(server);
    });
}

/// A counsellor as the server's `counsellor add --name … --languages …` makes one; unless
/// `must_change_password`, without the forced change of the one-time password at the first
/// login (as the demo's), so that tests of other things need not go through it.
async fn add_counsellor(
    store: &dyn lernwelt_server::store::Store,
    name: &str,
    languages: &str,
    must_change_password: bool,
) -> Counsellor {
    let passwords = Passwords::new(PasswordParams::insecure_fast_for_tests(), 1).expect("hasher");
    let languages = languages
        .split(',')
        .map(|code| lernwelt_protocol::Language::from_code(code).expect("a language"))
        .collect::<Vec<_>>();
    let added = lernwelt_server::admin::add_counsellor(
        store,
        &passwords,
        &lernwelt_protocol::Nickname::try_from(name).expect("a name"),
        &lernwelt_protocol::Languages::try_from(languages).expect("languages"),
        must_change_password,
        lernwelt_server::sessions::now(),
    )
    .await
    .expect("counsellor add");
    Counsellor {
        name: name.to_owned(),
        password: added.password,
        secret: added.secret,
    }
}

/// The headless game in `place`, in `lang`, talking to `server`, keeping its files beside
/// `settings`.
pub fn game(server: &str, settings: &std::path::Path, place: Place, lang: Language) -> App {
    headless_options(
        LaunchOptions {
            scene: Some(place),
            lang: Some(lang),
            server: Some(server.to_owned()),
            ..Default::default()
        },
        SettingsStore::at(settings),
    )
}

/// Steps the game (real time passes for the HTTP threads) until `done` holds; `state` says
/// what stands when it never does.
pub fn until(
    app: &mut App,
    what: &str,
    state: impl Fn(&App) -> String,
    done: impl Fn(&App) -> bool,
) {
    let start = Instant::now();
    while !done(app) {
        assert!(
            start.elapsed() < Duration::from_secs(60),
            "timed out waiting for {what}; {}",
            state(app)
        );
        app.update();
        std::thread::sleep(Duration::from_millis(5));
    }
}

/// The headless game in German in the job centre with the desk open and `counsellor`'s login
/// (password and the authenticator's code) on its way; its files beside a temporary `files`.
pub fn at_the_desk(server: &str, counsellor: &Counsellor, files: &str) -> App {
    use lernwelt::features::account::AccountAction;
    use lernwelt::interact::{OpenPanel, Panel, PanelKind};
    let settings = temp_file(files);
    let mut app = game(server, &settings, Place::JobCentre, Language::De);
    app.world_mut().resource_mut::<OpenPanel>().0 = Some(Panel::Kiosk(PanelKind::Desk));
    app.world_mut().write_message(AccountAction::Login {
        nickname: counsellor.name.clone(),
        password: counsellor.password.clone(),
        totp: Some(counsellor.code()),
        remember: false,
    });
    app
}

/// A young person in `language` at the open counselling kiosk, registered, with the live
/// connection ready.
pub fn young_person(server: &str, name: &str, language: Language) -> App {
    use lernwelt::features::account::{Account, AccountAction};
    use lernwelt::interact::{OpenPanel, Panel, PanelKind};
    use lernwelt::net::live::Live;
    let settings = temp_file(name);
    let mut app = game(server, &settings, Place::JobCentre, language);
    app.world_mut().resource_mut::<OpenPanel>().0 = Some(Panel::Kiosk(PanelKind::Counselling));
    app.world_mut().write_message(AccountAction::Register {
        nickname: name.into(),
        password: "ein langes Passwort".into(),
        age_band: lernwelt_protocol::AgeBand::From16To17,
        language,
        remember: false,
    });
    until(
        &mut app,
        "logged in and live",
        |a| format!("{:?}", a.world().resource::<Live>().state()),
        |a| a.world().resource::<Account>().logged_in() && a.world().resource::<Live>().ready(),
    );
    app
}

/// The counsellor with the bearer `staff` takes enquiry `id`.
pub fn accept(server: &str, staff: &str, id: i64) {
    let _: serde_json::Value = post(
        server,
        &lernwelt_protocol::routes::enquiry_path(
            lernwelt_protocol::routes::ENQUIRY_ACCEPT,
            lernwelt_protocol::EnquiryId(id),
        ),
        Some(staff),
        &serde_json::json!({}),
    );
}

/// An address where nothing answers.
pub fn dead_address() -> String {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    format!("http://{}", listener.local_addr().expect("address"))
}

/// A request with a JSON body (or none) and the bearer `token`, answered.
fn send_json(
    method: ehttp::Method,
    url: String,
    token: Option<&str>,
    body: Vec<u8>,
) -> ehttp::Response {
    let bearer = token.map(|t| format!("Bearer {t}"));
    let mut headers = vec![
        ("Accept", "application/json"),
        ("Content-Type", "application/json"),
    ];
    if let Some(bearer) = &bearer {
        headers.push(("Authorization", bearer.as_str()));
    }
    let request = ehttp::Request {
        body,
        ..ehttp::Request::new(method, url, ehttp::Headers::new(&headers))
    };
    ehttp::fetch_blocking(&request).expect("answered")
}

/// POSTs `body` as JSON with the bearer `token`; the status and the body (`null` when empty),
/// whatever they are.
pub fn post_answer(
    server: &str,
    path: &str,
    token: Option<&str>,
    body: &serde_json::Value,
) -> (u16, serde_json::Value) {
    let response = send_json(
        ehttp::Method::POST,
        format!("{server}{path}"),
        token,
        serde_json::to_vec(body).expect("JSON"),
    );
    let body = serde_json::from_slice(&response.bytes).unwrap_or(serde_json::Value::Null);
    (response.status, body)
}

/// POSTs `body` as JSON with the bearer `token`; the answer, which must be a success.
pub fn post<T: serde::de::DeserializeOwned>(
    server: &str,
    path: &str,
    token: Option<&str>,
    body: &serde_json::Value,
) -> T {
    let response = send_json(
        ehttp::Method::POST,
        format!("{server}{path}"),
        token,
        serde_json::to_vec(body).expect("JSON"),
    );
    assert!(
        (200..300).contains(&response.status),
        "POST {path}: {} {:?}",
        response.status,
        response.text()
    );
    // 204 No Content reads as JSON `null`.
    let body: &[u8] = if response.bytes.is_empty() {
        b"null"
    } else {
        &response.bytes
    };
    serde_json::from_slice(body).expect("JSON")
}

/// The status of a GET with the bearer `token` (401 for a session that has ended).
pub fn get_status(server: &str, path: &str, token: &str) -> u16 {
    send_json(
        ehttp::Method::GET,
        format!("{server}{path}"),
        Some(token),
        Vec::new(),
    )
    .status
}

/// GET with the bearer `token`, parsed.
pub fn get<T: serde::de::DeserializeOwned>(server: &str, path: &str, token: &str) -> T {
    let response = send_json(
        ehttp::Method::GET,
        format!("{server}{path}"),
        Some(token),
        Vec::new(),
    );
    assert_eq!(response.status, 200, "{path}: {:?}", response.text());
    serde_json::from_slice(&response.bytes).expect("JSON")
}

/// A counsellor's (or anyone's) live connection, as a second client would hold it: every frame
/// the server sends is collected, so a test can wait for one while it steps the game.
pub struct Socket {
    sender: ewebsock::WsSender,
    frames: std::sync::Arc<std::sync::Mutex<Vec<lernwelt_protocol::ServerMsg>>>,
}

impl Socket {
    /// Connects to `server`'s WebSocket and authenticates with `token`; returns once ready.
    pub fn connect(server: &str, token: &str) -> Socket {
        let url = format!(
            "{}{}",
            server.replacen("http://", "ws://", 1),
            lernwelt_protocol::routes::CHAT_WS
        );
        let frames = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
        let opened = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
        let (keep, open_flag) = (frames.clone(), opened.clone());
        let sender = ewebsock::ws_connect(
            url,
            ewebsock::Options::default(),
            Box::new(move |event| {
                match event {
                    ewebsock::WsEvent::Opened => {
                        open_flag.store(true, std::sync::atomic::Ordering::SeqCst);
                    }
                    ewebsock::WsEvent::Message(ewebsock::WsMessage::Text(text)) => {
                        let frame =
                            serde_json::from_str(&text).expect("a frame the protocol knows");
                        keep.lock().expect("frames").push(frame);
                    }
                    _ => {}
                }
                std::ops::ControlFlow::Continue(())
            }),
        )
        .expect("connect");
        let mut socket = Socket { sender, frames };
        let start = Instant::now();
        while !opened.load(std::sync::atomic::Ordering::SeqCst) {
            assert!(
                start.elapsed() < Duration::from_secs(20),
                "the socket opens"
            );
            std::thread::sleep(Duration::from_millis(5));
        }
        socket.send(&lernwelt_protocol::ClientMsg::Auth {
            token: lernwelt_protocol::SessionToken(token.to_owned()),
        });
        while !socket.seen(|f| *f == lernwelt_protocol::ServerMsg::Ready) {
            assert!(
                start.elapsed() < Duration::from_secs(20),
                "the socket gets ready"
            );
            std::thread::sleep(Duration::from_millis(5));
        }
        socket
    }

    /// Sends a frame.
    pub fn send(&mut self, frame: &lernwelt_protocol::ClientMsg) {
        self.sender.send(ewebsock::WsMessage::Text(
            serde_json::to_string(frame).expect("JSON"),
        ));
    }

    /// Every frame so far, for a failing test's message.
    pub fn frames(&self) -> String {
        format!("{:?}", self.frames.lock().expect("frames"))
    }

    /// Whether a frame like this has come.
    pub fn seen(&self, like: impl Fn(&lernwelt_protocol::ServerMsg) -> bool) -> bool {
        self.frames.lock().expect("frames").iter().any(like)
    }

    /// The handle the server gave `name` in this connection's view, as its last `entered` or
    /// `appear` said.
    pub fn handle_of(&self, name: &str) -> Option<u16> {
        use lernwelt_protocol::ServerMsg;
        self.frames
            .lock()
            .expect("frames")
            .iter()
            .rev()
            .find_map(|frame| match frame {
                ServerMsg::Appear { avatar } if avatar.name.as_str() == name => Some(avatar.handle),
                ServerMsg::Entered { others, .. } => others
                    .iter()
                    .find(|o| o.name.as_str() == name)
                    .map(|o| o.handle),
                _ => None,
            })
    }
}

/// A TCP relay in front of the server that a test can cut, as a phone loses its network
/// (every open connection closed, new ones refused) and restore.
pub struct Relay {
    pub addr: SocketAddr,
    open: std::sync::Arc<std::sync::atomic::AtomicBool>,
    streams: std::sync::Arc<std::sync::Mutex<Vec<std::net::TcpStream>>>,
}

impl Relay {
    /// Relays from a free port to `target`.
    pub fn to(target: SocketAddr) -> Relay {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
        let addr = listener.local_addr().expect("address");
        let open = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(true));
        let streams = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
        let (is_open, kept) = (open.clone(), streams.clone());
        std::thread::spawn(move || {
            for client in listener.incoming() {
                let Ok(client) = client else { continue };
                if !is_open.load(std::sync::atomic::Ordering::SeqCst) {
                    drop(client);
                    continue;
                }
                let Ok(upstream) = std::net::TcpStream::connect(target) else {
                    continue;
                };
                let pairs = [
                    (client.try_clone(), upstream.try_clone()),
                    (upstream.try_clone(), client.try_clone()),
                ];
                kept.lock().expect("streams").extend([client, upstream]);
                for (from, to) in pairs {
                    if let (Ok(mut from), Ok(mut to)) = (from, to) {
                        std::thread::spawn(move || {
                            let _ = std::io::copy(&mut from, &mut to);
                            let _ = to.shutdown(std::net::Shutdown::Both);
                        });
                    }
                }
            }
        });
        Relay {
            addr,
            open,
            streams,
        }
    }

    /// The network is gone: open connections break, new ones are refused.
    pub fn cut(&self) {
        self.open.store(false, std::sync::atomic::Ordering::SeqCst);
        for stream in self.streams.lock().expect("streams").drain(..) {
            let _ = stream.shutdown(std::net::Shutdown::Both);
        }
    }

    /// The network is back.
    pub fn restore(&self) {
        self.open.store(true, std::sync::atomic::Ordering::SeqCst);
    }
}
