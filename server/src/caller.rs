//! Who is calling. [`Caller`] turns an `Authorization: Bearer …` header into the account it
//! belongs to (with its role), or a 401. [`YouthCaller`] and [`CounsellorCaller`] also refuse
//! every other role with 403 `forbidden`; as extractors they run before the body is read, so
//! a wrong role is told so whatever it sent.
//!
//! A counsellor whose password an admin made must change it first: [`Caller`] (and so every
//! route built on it) answers such a session 403 `password_change_required`; only the routes
//! about the own account and session take an [`OwnAccountCaller`], which lets it through. Each
//! request notes when its session was last used, at most once a minute.

use crate::AppState;
use crate::error::AppError;
use crate::security::{self, Event, Origin};
use crate::sessions::{hash_token, now, well_formed};
use crate::store::TokenHash;
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use lernwelt_protocol::{AccountId, AccountView, ErrorCode, Language, Role};

/// Seconds between two writes of a session's "last used" time.
const LAST_USED_EVERY_SECS: i64 = 60;

/// The account behind a valid bearer token, and the hash of that token (to log it out).
#[derive(Debug, Clone)]
pub struct Caller {
    /// The account.
    pub account: AccountView,
    /// The hash of the token that was sent.
    pub token_hash: TokenHash,
}

impl Caller {
    /// The account's id.
    #[must_use]
    pub fn id(&self) -> AccountId {
        self.account.id
    }

    /// What the account may do.
    #[must_use]
    pub fn role(&self) -> Role {
        self.account.role
    }

    /// Whether the account lists this language (for a counsellor: counsels in it).
    #[must_use]
    pub fn speaks(&self, language: Language) -> bool {
        self.account.languages.as_slice().contains(&language)
    }

    /// 403 unless the account has `role`.
    pub fn require(&self, role: Role) -> Result<(), AppError> {
        if self.role() == role {
            Ok(())
        } else {
            Err(AppError::forbidden(self.id()))
        }
    }
}

/// Refusal of the caller extractors: 401 with `WWW-Authenticate: Bearer`, or 403.
#[derive(Debug)]
pub struct CallerRejection(AppError);

impl IntoResponse for CallerRejection {
    fn into_response(self) -> Response {
        let unauthenticated = self.0.status() == StatusCode::UNAUTHORIZED;
        let mut response = self.0.into_response();
        if unauthenticated {
            response
                .headers_mut()
                .insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
        }
        response
    }
}

/// The token of an `Authorization` value: the scheme `Bearer` in any case (RFC 9110 makes
/// auth schemes case-insensitive), then the token after any spaces.
#[must_use]
pub fn bearer_token(value: &str) -> Option<&str> {
    let (scheme, token) = value.trim_start().split_once(' ')?;
    scheme
        .eq_ignore_ascii_case("bearer")
        .then_some(token.trim())
}

/// The session behind the request's bearer token, and whether its account must change an
/// admin-made password first; notes the session's use.
async fn session_caller(parts: &Parts, state: &AppState) -> Result<OwnAccountCaller, AppError> {
    let token = parts
        .headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(bearer_token)
        .filter(|t| well_formed(t))
        .ok_or_else(AppError::unauthenticated)?;
    let token_hash = hash_token(token);
    let now = now();
    let session = state
        .store
        .session(&token_hash, now)
        .await?
        .ok_or_else(AppError::unauthenticated)?;
    if now.0.saturating_sub(session.last_used_at.0) >= LAST_USED_EVERY_SECS
        && let Err(e) = state.store.touch_session(&token_hash, now).await
    {
        // The request itself is still good; only the sessions list lags.
        tracing::warn!(error = %e, "cannot note the use of a session");
    }
    Ok(OwnAccountCaller {
        caller: Caller {
            account: session.account,
            token_hash,
        },
        password_change_required: session.password_change_required,
    })
}

impl FromRequestParts<AppState> for Caller {
    type Rejection = CallerRejection;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        session_caller(parts, state)
            .await
            .map_err(CallerRejection)?
            .ready(parts)
    }
}

/// A caller on the routes about the own account and session (the account, the password
/// change, the sessions list, logging out), let through also while an admin-made password must
/// still be changed.
#[derive(Debug, Clone)]
pub struct OwnAccountCaller {
    /// The caller.
    pub caller: Caller,
    /// The account's password was made by an admin and must be changed first.
    pub password_change_required: bool,
}

impl OwnAccountCaller {
    /// The caller, unless an admin-made password must still be changed: then 403
    /// `password_change_required`.
    fn ready(self, parts: &Parts) -> Result<Caller, CallerRejection> {
        if self.password_change_required {
            let origin = Origin::of(parts);
            security::record(Event::PasswordChangePending, Some(self.caller.id()), origin);
            return Err(CallerRejection(AppError::client(
                StatusCode::FORBIDDEN,
                ErrorCode::PasswordChangeRequired,
            )));
        }
        Ok(self.caller)
    }
}

impl FromRequestParts<AppState> for OwnAccountCaller {
    type Rejection = CallerRejection;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        session_caller(parts, state).await.map_err(CallerRejection)
    }
}

/// Declares a [`Caller`] wrapper that only lets `$role` through; any other role gets 403
/// `forbidden` (before `password_change_required`: that route is not for it anyway).
macro_rules! role_caller {
    ($(#[$doc:meta])* $name:ident, $role:expr) => {
        $(#[$doc])*
        #[derive(Debug, Clone)]
        pub struct $name(pub Caller);

        impl FromRequestParts<AppState> for $name {
            type Rejection = CallerRejection;

            async fn from_request_parts(
                parts: &mut Parts,
                state: &AppState,
            ) -> Result<Self, Self::Rejection> {
                let own = session_caller(parts, state).await.map_err(CallerRejection)?;
                own.caller.require($role).map_err(CallerRejection)?;
                Ok(Self(own.ready(parts)?))
            }
        }
    };
}

role_caller!(
    /// A caller who is a young person; any other role gets 403.
    YouthCaller,
    Role::Youth
);
role_caller!(
    /// A caller who is a counsellor; any other role gets 403.
    CounsellorCaller,
    Role::Counsellor
);

#[cfg(test)]
mod tests {
    use super::bearer_token;

    #[test]
    fn the_bearer_scheme_is_read_in_any_case() {
        assert_eq!(bearer_token("Bearer abc"), Some("abc"));
        assert_eq!(bearer_token("bearer abc"), Some("abc"));
        assert_eq!(bearer_token("BEARER   abc "), Some("abc"));
        assert_eq!(bearer_token("Basic abc"), None);
        assert_eq!(bearer_token("Bearerabc"), None);
        assert_eq!(bearer_token("abc"), None);
    }
}
