//! Who is calling. [`Caller`] turns an `Authorization: Bearer …` header into the account it
//! belongs to (with its role), or a 401. [`YouthCaller`] and [`CounsellorCaller`] also refuse
//! every other role with 403 `forbidden`; as extractors they run before the body is read, so
//! a wrong role is told so whatever it sent.

use crate::AppState;
use crate::error::AppError;
use crate::sessions::{hash_token, now, well_formed};
use crate::store::TokenHash;
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use lernwelt_protocol::{AccountId, AccountView, Language, Role};

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
            Err(AppError::forbidden())
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

impl FromRequestParts<AppState> for Caller {
    type Rejection = CallerRejection;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let token = parts
            .headers
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "))
            .map(str::trim)
            .filter(|t| well_formed(t))
            .ok_or_else(|| CallerRejection(AppError::unauthenticated()))?;
        let token_hash = hash_token(token);
        let account = state
            .store
            .session_account(&token_hash, now())
            .await
            .map_err(|e| CallerRejection(e.into()))?
            .ok_or_else(|| CallerRejection(AppError::unauthenticated()))?;
        Ok(Self {
            account,
            token_hash,
        })
    }
}

/// Declares a [`Caller`] wrapper that only lets `$role` through; any other role gets 403.
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
                let caller = Caller::from_request_parts(parts, state).await?;
                caller.require($role).map_err(CallerRejection)?;
                Ok(Self(caller))
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
