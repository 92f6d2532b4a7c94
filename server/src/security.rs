//! Security events, logged under the tracing target [`TARGET`] (`security`) so that an operator
//! can route them apart (`RUST_LOG=security=info`) and alert on them. An event names the
//! account by its id and the client by a keyed hash of its address, never by nickname, token,
//! password, code or the address itself: the log says that something happened to account 17
//! from client `3f2a…`, and nothing that identifies a person.
//!
//! The key of the address hash is random per process, so the hashes of one run can be matched
//! with each other (one address trying many accounts) but cannot be turned back into
//! addresses, not even by hashing every IPv4 address, and not across restarts.

use crate::client_ip::ClientIp;
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use lernwelt_protocol::AccountId;
use sha2::{Digest, Sha256};
use std::convert::Infallible;
use std::fmt::Write as _;
use std::net::IpAddr;
use std::sync::OnceLock;

/// The tracing target of every security event.
pub const TARGET: &str = "security";

/// Something security-relevant that happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Event {
    /// A login succeeded (for staff: password and authenticator code).
    LoginSucceeded,
    /// A login named no account.
    LoginUnknownAccount,
    /// A login had the wrong password, or the account is disabled.
    LoginFailed,
    /// A staff login's authenticator code was wrong or too old, or the account has no secret.
    TotpFailed,
    /// A staff login's authenticator code was right but used already.
    TotpReplayed,
    /// Wrong attempts made the account wait this many seconds before the next try.
    LockoutStarted {
        /// Seconds to wait.
        wait_secs: u64,
    },
    /// An attempt on an account that must still wait was refused without looking at it.
    LockedOut {
        /// Seconds still to wait.
        wait_secs: u64,
    },
    /// The password was changed; this many other sessions ended.
    PasswordChanged {
        /// Sessions ended.
        sessions_ended: u64,
    },
    /// A password change or account deletion sent a wrong current password.
    ReauthenticationFailed,
    /// "Log out everywhere": this many sessions ended.
    LoggedOutEverywhere {
        /// Sessions ended.
        sessions_ended: u64,
    },
    /// A young person deleted their account.
    AccountDeleted,
    /// An admin gave a counsellor a new TOTP secret; the account's sessions ended.
    TotpReenrolled,
    /// An admin gave a counsellor a new one-time password; the account's sessions ended.
    PasswordReset,
    /// A request was refused for the caller's role (403).
    Forbidden,
    /// A staff request was refused because the admin-made password is not changed yet.
    PasswordChangePending,
    /// A request was refused by a per-address rate limit (429).
    RateLimited,
    /// A counsellor blocked a young person from writing to counselling (spam).
    CounsellingBlocked,
    /// An admin lifted such a block.
    CounsellingUnblocked,
}

impl Event {
    /// The event's stable name in the log.
    #[must_use]
    pub const fn name(self) -> &'static str {
        match self {
            Event::LoginSucceeded => "login_succeeded",
            Event::LoginUnknownAccount => "login_unknown_account",
            Event::LoginFailed => "login_failed",
            Event::TotpFailed => "totp_failed",
            Event::TotpReplayed => "totp_replayed",
            Event::LockoutStarted { .. } => "lockout_started",
            Event::LockedOut { .. } => "locked_out",
            Event::PasswordChanged { .. } => "password_changed",
            Event::ReauthenticationFailed => "reauthentication_failed",
            Event::LoggedOutEverywhere { .. } => "logged_out_everywhere",
            Event::AccountDeleted => "account_deleted",
            Event::TotpReenrolled => "totp_reenrolled",
            Event::PasswordReset => "password_reset",
            Event::Forbidden => "forbidden",
            Event::PasswordChangePending => "password_change_pending",
            Event::RateLimited => "rate_limited",
            Event::CounsellingBlocked => "counselling_blocked",
            Event::CounsellingUnblocked => "counselling_unblocked",
        }
    }

    /// The number the event carries, if any (seconds or sessions).
    const fn figure(self) -> Option<u64> {
        match self {
            Event::LockoutStarted { wait_secs } | Event::LockedOut { wait_secs } => Some(wait_secs),
            Event::PasswordChanged { sessions_ended }
            | Event::LoggedOutEverywhere { sessions_ended } => Some(sessions_ended),
            _ => None,
        }
    }

    /// Whether the event is a success (info) rather than a refusal or failure (warn).
    const fn is_success(self) -> bool {
        matches!(
            self,
            Event::LoginSucceeded
                | Event::PasswordChanged { .. }
                | Event::LoggedOutEverywhere { .. }
                | Event::AccountDeleted
                | Event::TotpReenrolled
                | Event::PasswordReset
                | Event::CounsellingBlocked
                | Event::CounsellingUnblocked
        )
    }
}

/// Where a request came from, as far as the log may tell: the client address behind trusted
/// proxies ([`crate::client_ip`]), only ever logged hashed. As an extractor it never fails.
#[derive(Debug, Clone, Copy, Default)]
pub struct Origin(pub Option<IpAddr>);

impl Origin {
    /// The origin of the request with these parts.
    #[must_use]
    pub fn of(parts: &Parts) -> Self {
        Self(parts.extensions.get::<ClientIp>().map(|c| c.0))
    }
}

impl<S: Send + Sync> FromRequestParts<S> for Origin {
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        Ok(Self::of(parts))
    }
}

/// Logs `event` about `account` (if known) from `origin`.
pub fn record(event: Event, account: Option<AccountId>, origin: Origin) {
    let account = account.map(|a| a.0);
    let client = origin.0.and_then(address_hash);
    let figure = event.figure();
    if event.is_success() {
        tracing::info!(target: TARGET, event = event.name(), account, client, figure, "security event");
    } else {
        tracing::warn!(target: TARGET, event = event.name(), account, client, figure, "security event");
    }
}

/// The first 8 bytes (16 hex digits) of SHA-256(key ‖ address) with this process's random key;
/// `None` if no key could be made (then the address is left out of the log).
#[must_use]
pub fn address_hash(address: IpAddr) -> Option<String> {
    static KEY: OnceLock<Option<[u8; 32]>> = OnceLock::new();
    let key = KEY.get_or_init(|| {
        let mut key = [0u8; 32];
        getrandom::fill(&mut key).ok().map(|()| key)
    });
    let key = key.as_ref()?;
    let mut hasher = Sha256::new();
    hasher.update(key);
    match address {
        IpAddr::V4(a) => hasher.update(a.octets()),
        IpAddr::V6(a) => hasher.update(a.octets()),
    }
    let digest = hasher.finalize();
    let mut out = String::with_capacity(16);
    for byte in digest.iter().take(8) {
        let _ = write!(out, "{byte:02x}");
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn address_hashes_are_stable_in_a_run_and_tell_nothing() {
        let a: IpAddr = "192.0.2.7".parse().unwrap();
        let b: IpAddr = "192.0.2.8".parse().unwrap();
        let hash = address_hash(a).unwrap();
        assert_eq!(hash.len(), 16);
        assert_eq!(address_hash(a).unwrap(), hash);
        assert_ne!(address_hash(b).unwrap(), hash);
        assert!(!hash.contains("192"));
        // Not the plain SHA-256 of the address, which anyone could compute for every IPv4
        // address.
        let plain = Sha256::digest([192, 0, 2, 7]);
        let plain: String = plain.iter().take(8).map(|b| format!("{b:02x}")).collect();
        assert_ne!(hash, plain);
    }

    #[test]
    fn event_names_are_distinct() {
        let events = [
            Event::LoginSucceeded,
            Event::LoginUnknownAccount,
            Event::LoginFailed,
            Event::TotpFailed,
            Event::TotpReplayed,
            Event::LockoutStarted { wait_secs: 1 },
            Event::LockedOut { wait_secs: 1 },
            Event::PasswordChanged { sessions_ended: 1 },
            Event::ReauthenticationFailed,
            Event::LoggedOutEverywhere { sessions_ended: 1 },
            Event::AccountDeleted,
            Event::TotpReenrolled,
            Event::PasswordReset,
            Event::Forbidden,
            Event::PasswordChangePending,
            Event::RateLimited,
            Event::CounsellingBlocked,
            Event::CounsellingUnblocked,
        ];
        let mut names: Vec<&str> = events.iter().map(|e| e.name()).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), events.len());
    }
}
