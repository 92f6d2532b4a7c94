//! HTTP paths of the server, shared so client and server cannot drift apart.

/// `GET`: liveness and database check.
pub const HEALTH: &str = "/healthz";
/// `POST`: register a new account ([`crate::RegisterRequest`] → [`crate::SessionResponse`]).
pub const ACCOUNTS: &str = "/api/accounts";
/// `POST`: log in ([`crate::LoginRequest`] → [`crate::SessionResponse`]).
pub const SESSIONS: &str = "/api/sessions";
/// `DELETE`: log out the session whose bearer token is sent.
pub const CURRENT_SESSION: &str = "/api/sessions/current";
/// `GET`: the own account ([`crate::AccountView`]); `DELETE`: delete it and everything personal.
pub const ME: &str = "/api/me";
