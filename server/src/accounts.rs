//! Accounts over HTTP: register (young people only), log in (staff with a TOTP code as second
//! factor), log out, read and delete the own account. Handlers stay thin: the protocol types
//! have validated the input before a handler runs.

use crate::AppState;
use crate::caller::Caller;
use crate::error::AppError;
use crate::json::ApiJson;
use crate::rate_limit;
use crate::sessions;
use crate::store::{Credentials, NewAccount};
use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::{delete, get, post};
use axum::{Json, Router, middleware};
use lernwelt_protocol::{
    AccountView, ErrorCode, LoginRequest, RegisterRequest, Role, SessionResponse, Timestamp,
    TotpCode, routes,
};
use std::time::Instant;

/// The routes of this module; registration and login are rate-limited per client address.
pub fn router(state: &AppState) -> Router<AppState> {
    Router::new()
        .route(
            routes::ACCOUNTS,
            post(register).layer(middleware::from_fn_with_state(
                state.register_limiter.clone(),
                rate_limit::enforce,
            )),
        )
        .route(
            routes::SESSIONS,
            post(login).layer(middleware::from_fn_with_state(
                state.login_limiter.clone(),
                rate_limit::enforce,
            )),
        )
        .route(routes::CURRENT_SESSION, delete(logout))
        .route(routes::ME, get(me).delete(delete_me))
}

/// `POST /api/accounts`: a new youth account, logged in at once (201).
async fn register(
    State(state): State<AppState>,
    ApiJson(request): ApiJson<RegisterRequest>,
) -> Result<(StatusCode, Json<SessionResponse>), AppError> {
    // Cheap early answer for a taken nickname; the unique index decides races.
    if state
        .store
        .credentials(&request.nickname.canonical())
        .await?
        .is_some()
    {
        return Err(AppError::field(
            StatusCode::CONFLICT,
            ErrorCode::NicknameTaken,
            "nickname",
        ));
    }
    let password_hash = state.passwords.hash(request.password.expose()).await?;
    let now = sessions::now();
    let (token, session) = sessions::new_session(now, state.settings.session_ttl, false)?;
    let account = state
        .store
        .create_account(
            &NewAccount {
                nickname: request.nickname,
                password_hash,
                role: Role::Youth,
                age_band: request.age_band,
                languages: request.languages,
                created_at: now,
            },
            &session,
        )
        .await?;
    tracing::info!(account = %account.id, "account registered");
    Ok((
        StatusCode::CREATED,
        Json(SessionResponse {
            token,
            expires_at: session.expires_at,
            account,
        }),
    ))
}

/// `POST /api/sessions`: a new session for nickname and password; 401 `invalid_credentials`
/// for an unknown nickname, a wrong password or a disabled account alike. A staff account
/// (counsellor, admin) also needs the TOTP code: sent without one, it gets 401 `totp_required`
/// before the password is looked at (which tells only that the name is staff, as the forum's
/// badge does anyway); with one, a wrong password and a wrong or replayed code both get
/// `invalid_credentials`, so no answer tells whether the password alone was right. A staff
/// account without a TOTP secret never gets a session. Wrong passwords and codes count
/// against the account ([`crate::lockout`]): while it must wait, 429 `rate_limited`. No
/// session is made for any of these.
async fn login(
    State(state): State<AppState>,
    ApiJson(request): ApiJson<LoginRequest>,
) -> Result<Json<SessionResponse>, AppError> {
    let credentials = state
        .store
        .credentials(&request.nickname.canonical())
        .await?;
    let invalid = || AppError::client(StatusCode::UNAUTHORIZED, ErrorCode::InvalidCredentials);
    if let Some(c) = &credentials {
        if let Err(wait) = state.lockout.check(c.account.id, Instant::now()) {
            tracing::info!(account = %c.account.id, wait_secs = wait.as_secs(), "login refused: the account waits after wrong attempts");
            return Err(AppError::RateLimited {
                retry_after_secs: wait.as_secs().max(1),
            });
        }
        if c.account.role != Role::Youth && request.totp.is_none() {
            return Err(AppError::field(
                StatusCode::UNAUTHORIZED,
                ErrorCode::TotpRequired,
                "totp",
            ));
        }
    }
    let stored = credentials.as_ref().map(|c| c.password_hash.as_str());
    let matches = state
        .passwords
        .verify(request.password.expose(), stored)
        .await?;
    let Some(credentials) = credentials else {
        return Err(invalid());
    };
    let id = credentials.account.id;
    if !matches || credentials.disabled {
        let wait = state.lockout.failed(id, Instant::now());
        tracing::info!(account = %id, wait_secs = wait.as_secs(), "login failed: wrong password or disabled account");
        return Err(invalid());
    }
    let now = sessions::now();
    let youth = credentials.account.role == Role::Youth;
    let ttl = if youth {
        state.settings.session_ttl
    } else {
        if let Err(e) = second_factor(&state, &credentials, request.totp.as_ref(), now).await {
            let wait = state.lockout.failed(id, Instant::now());
            tracing::info!(account = %id, wait_secs = wait.as_secs(), "login failed: wrong, old or replayed authenticator code");
            return Err(e);
        }
        state.settings.staff_session_ttl
    };
    state.lockout.succeeded(id);
    // Past here a staff account has passed its second factor.
    let (token, session) = sessions::new_session(now, ttl, !youth)?;
    state
        .store
        .create_session(credentials.account.id, &session)
        .await?;
    tracing::info!(account = %id, "logged in");
    Ok(Json(SessionResponse {
        token,
        expires_at: session.expires_at,
        account: credentials.account,
    }))
}

/// Checks a staff account's TOTP code at `now` and uses up its step; any failure is
/// `invalid_credentials` (see [`login`]).
async fn second_factor(
    state: &AppState,
    credentials: &Credentials,
    code: Option<&TotpCode>,
    now: Timestamp,
) -> Result<(), AppError> {
    let invalid = || AppError::client(StatusCode::UNAUTHORIZED, ErrorCode::InvalidCredentials);
    // A staff account without a second factor gets nothing.
    let (Some(secret), Some(code)) = (&credentials.totp_secret, code) else {
        return Err(invalid());
    };
    let step = secret.matching_step(code, now).ok_or_else(invalid)?;
    if state
        .store
        .use_totp_step(credentials.account.id, step)
        .await?
    {
        Ok(())
    } else {
        Err(invalid())
    }
}

/// `DELETE /api/sessions/current`: ends the session whose token was sent (204).
async fn logout(State(state): State<AppState>, auth: Caller) -> Result<StatusCode, AppError> {
    state.store.delete_session(&auth.token_hash).await?;
    state.hub.end_session(&auth.token_hash);
    Ok(StatusCode::NO_CONTENT)
}

/// `GET /api/me`: the own account.
async fn me(auth: Caller) -> Json<AccountView> {
    Json(auth.account)
}

/// `DELETE /api/me`: deletes the own account, its sessions and everything personal (204).
/// Only young people delete their accounts; staff accounts are disabled by an admin (403).
async fn delete_me(State(state): State<AppState>, auth: Caller) -> Result<StatusCode, AppError> {
    auth.require(Role::Youth)?;
    state.store.delete_account(auth.account.id).await?;
    state.hub.end_account(auth.account.id);
    tracing::info!(account = %auth.account.id, "account deleted");
    Ok(StatusCode::NO_CONTENT)
}
