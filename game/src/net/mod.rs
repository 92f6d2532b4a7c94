//! Talking to the companion server over HTTP: where it is, and one request at a time run in the
//! background (a thread natively, `fetch` in the browser) whose answer the ECS picks up by
//! polling; and the [`live`] connection over a WebSocket. The features that talk to the server
//! (the account, the hand-over, counselling) build on this.

pub mod live;

use std::sync::{Arc, Mutex};

use bevy::prelude::*;
use lernwelt_protocol::{ApiError, ErrorCode};
use serde::Serialize;
use serde::de::DeserializeOwned;

/// The server's base address, without a trailing slash (e.g. `http://127.0.0.1:8080`).
#[derive(Resource, Clone, Debug, PartialEq, Eq)]
pub struct ServerUrl(pub String);

impl ServerUrl {
    /// The address to use: `--server`, else `LERNWELT_SERVER`, else the local default natively;
    /// in the browser the page's own origin (`?server=` only in a developer's build).
    pub fn choose(option: Option<&str>) -> Self {
        #[cfg(not(target_arch = "wasm32"))]
        let fallback = std::env::var("LERNWELT_SERVER")
            .ok()
            .unwrap_or_else(|| "http://127.0.0.1:8080".to_owned());
        #[cfg(target_arch = "wasm32")]
        let fallback = web_sys::window()
            .and_then(|w| w.location().origin().ok())
            .unwrap_or_default();
        Self(
            option
                .map_or(fallback, str::to_owned)
                .trim_end_matches('/')
                .to_owned(),
        )
    }

    /// The full address of an API path.
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.0)
    }
}

/// What came back for a request.
#[derive(Debug, Clone, PartialEq)]
pub enum Reply {
    /// The server answered (any status).
    Answered { status: u16, body: Vec<u8> },
    /// No answer: no network, server down, refused connection.
    Offline(String),
}

/// Why a request did not give what was wanted, in a form the interface can translate.
#[derive(Debug, Clone, PartialEq)]
pub enum NetError {
    /// The server could not be reached; worth trying again later.
    Offline,
    /// The server refused with this code (`net-error-<code>` in the locales).
    Refused(ErrorCode),
    /// The answer could not be understood (another server, a broken proxy).
    Garbled,
}

impl NetError {
    /// The locale key that explains the error to the person.
    pub fn key(&self) -> String {
        match self {
            NetError::Offline => "net-error-offline".to_owned(),
            NetError::Garbled => "net-error-garbled".to_owned(),
            NetError::Refused(code) if explained(*code) => {
                format!("net-error-{}", code.as_str().replace('_', "-"))
            }
            NetError::Refused(_) => "net-error-other".to_owned(),
        }
    }
}

/// Whether the interface explains `code` in words. The codes left out mean the program itself
/// sent something malformed (a bug, not something the person can change): for those the
/// general message is shown.
pub fn explained(code: ErrorCode) -> bool {
    !matches!(
        code,
        ErrorCode::InvalidJson
            | ErrorCode::InvalidUtf8
            | ErrorCode::UnsupportedMediaType
            | ErrorCode::UnknownField
            | ErrorCode::MissingField
            | ErrorCode::WrongType
            | ErrorCode::InvalidValue
            | ErrorCode::ClientMessageIdInvalid
            | ErrorCode::NotFound
            | ErrorCode::MethodNotAllowed
            | ErrorCode::WebSocketRequired
            | ErrorCode::Unknown
    )
}

impl Reply {
    /// Success without a body (`204 No Content`), or the server's error code.
    pub fn parse_empty(&self) -> Result<(), NetError> {
        match self {
            Reply::Answered { status, .. } if (200..300).contains(status) => Ok(()),
            _ => self.parse::<serde_json::Value>().map(|_| ()),
        }
    }

    /// The body as `T` for a 2xx status; the server's error code otherwise.
    pub fn parse<T: DeserializeOwned>(&self) -> Result<T, NetError> {
        match self {
            Reply::Offline(_) => Err(NetError::Offline),
            Reply::Answered { status, body } if (200..300).contains(status) => {
                serde_json::from_slice(body).map_err(|_| NetError::Garbled)
            }
            Reply::Answered { status, body } => match serde_json::from_slice::<ApiError>(body) {
                Ok(error) => Err(NetError::Refused(error.code)),
                // A gateway in between may answer 502/503 without our JSON: try again later.
                Err(_) if *status >= 500 => Err(NetError::Offline),
                Err(_) => Err(NetError::Garbled),
            },
        }
    }
}

/// A request on its way; [`Pending::poll`] gives its reply once, when it has come.
#[derive(Clone, Debug, Default)]
pub struct Pending(Arc<Mutex<Option<Reply>>>);

impl Pending {
    /// The reply, if it has come (then the slot is empty again).
    pub fn poll(&self) -> Option<Reply> {
        self.0.lock().ok()?.take()
    }
}

/// Sends `body` as JSON to `url` with `POST`, with a bearer token if given.
pub fn post_json<T: Serialize>(url: &str, token: Option<&str>, body: &T) -> Pending {
    send_json(ehttp::Method::POST, url, token, body)
}

fn send_json<T: Serialize>(
    method: ehttp::Method,
    url: &str,
    token: Option<&str>,
    body: &T,
) -> Pending {
    match serde_json::to_vec(body) {
        Ok(body) => request(method, url, token, Some(body)),
        // Our own types always serialise; should one not, say so like a failed send.
        Err(err) => Pending(Arc::new(Mutex::new(Some(Reply::Offline(err.to_string()))))),
    }
}

/// Sends `body` as JSON to `url` with `PUT`, with a bearer token if given.
pub fn put_json<T: Serialize>(url: &str, token: Option<&str>, body: &T) -> Pending {
    send_json(ehttp::Method::PUT, url, token, body)
}

/// Sends `GET` to `url`, with a bearer token if given.
pub fn get(url: &str, token: Option<&str>) -> Pending {
    request(ehttp::Method::GET, url, token, None)
}

/// Sends `DELETE` to `url`, with a bearer token if given.
pub fn delete(url: &str, token: Option<&str>) -> Pending {
    request(ehttp::Method::DELETE, url, token, None)
}

/// Sends `DELETE` to `url` with `body` as JSON, with a bearer token if given.
pub fn delete_json<T: Serialize>(url: &str, token: Option<&str>, body: &T) -> Pending {
    send_json(ehttp::Method::DELETE, url, token, body)
}

/// One request in the background; its reply lands in the returned [`Pending`].
fn request(
    method: ehttp::Method,
    url: &str,
    token: Option<&str>,
    json: Option<Vec<u8>>,
) -> Pending {
    let bearer = token.map(|t| format!("Bearer {t}"));
    let mut headers = vec![("Accept", "application/json")];
    if json.is_some() {
        headers.push(("Content-Type", "application/json"));
    }
    if let Some(bearer) = &bearer {
        headers.push(("Authorization", bearer.as_str()));
    }
    let request = ehttp::Request {
        body: json.unwrap_or_default(),
        ..ehttp::Request::new(method, url, ehttp::Headers::new(&headers))
    };
    let pending = Pending::default();
    let slot = pending.clone();
    ehttp::fetch(request, move |result| {
        let reply = match result {
            Ok(response) => Reply::Answered {
                status: response.status,
                body: response.bytes,
            },
            Err(err) => Reply::Offline(err),
        };
        if let Ok(mut slot) = slot.0.lock() {
            *slot = Some(reply);
        }
    });
    pending
}

/// The server address, the account and the hand-over to counsellors.
pub struct NetPlugin {
    /// The server address (`--server`), if given.
    pub server: Option<String>,
}

impl Plugin for NetPlugin {
    fn build(&self, app: &mut App) {
        app.insert_resource(ServerUrl::choose(self.server.as_deref()))
            .add_plugins(live::plugin);
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn replies_parse_into_values_or_error_codes() {
        let ok = Reply::Answered {
            status: 201,
            body: br#"{"n": 3}"#.to_vec(),
        };
        let v: serde_json::Value = ok.parse().unwrap();
        assert_eq!(v["n"], 3);
        let refused = Reply::Answered {
            status: 409,
            body: br#"{"code":"nickname_taken","message":"taken"}"#.to_vec(),
        };
        let err = refused.parse::<serde_json::Value>().unwrap_err();
        assert_eq!(err, NetError::Refused(ErrorCode::NicknameTaken));
        assert_eq!(err.key(), "net-error-nickname-taken");
        let gateway = Reply::Answered {
            status: 502,
            body: b"<html>Bad gateway</html>".to_vec(),
        };
        assert_eq!(gateway.parse::<serde_json::Value>(), Err(NetError::Offline));
        let strange = Reply::Answered {
            status: 200,
            body: b"not json".to_vec(),
        };
        assert_eq!(strange.parse::<serde_json::Value>(), Err(NetError::Garbled));
        assert_eq!(
            NetError::Refused(ErrorCode::ThreadLocked).key(),
            "net-error-thread-locked"
        );
        assert_eq!(
            NetError::Refused(ErrorCode::UnknownField).key(),
            "net-error-other"
        );
    }

    #[test]
    fn the_server_address_has_no_trailing_slash() {
        let url = ServerUrl::choose(Some("http://example.test:8080/"));
        assert_eq!(url.url("/api/me"), "http://example.test:8080/api/me");
    }
}
