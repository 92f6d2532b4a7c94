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
    let (token, session) = sessions::new_session(now, state.settings.session_ttl)?;
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
/// (counsellor, admin) also needs the TOTP code: without one it gets 401 `totp_required`, with
/// a wrong or replayed one 401 `totp_invalid`, and a staff account without a TOTP secret
/// never gets a session. No session is made for any of these.
async fn login(
    State(state): State<AppState>,
    ApiJson(request): ApiJson<LoginRequest>,
) -> Result<Json<SessionResponse>, AppError> {
    let credentials = state
        .store
        .credentials(&request.nickname.canonical())
        .await?;
    let stored = credentials.as_ref().map(|c| c.password_hash.as_str());
    let matches = state
        .passwords
        .verify(request.password.expose(), stored)
        .await?;
    let invalid = || AppError::client(StatusCode::UNAUTHORIZED, ErrorCode::InvalidCredentials);
    let Some(credentials) = credentials.filter(|c| matches && !c.disabled) else {
        return Err(invalid());
    };
    let now = sessions::now();
    let ttl = if credentials.account.role == Role::Youth {
        state.settings.session_ttl
    } else {
        second_factor(&state, &credentials, request.totp.as_ref(), now).await?;
        state.settings.staff_session_ttl
    };
    let (token, session) = sessions::new_session(now, ttl)?;
    state
        .store
        .create_session(credentials.account.id, &session)
        .await?;
    Ok(Json(SessionResponse {
        token,
        expires_at: session.expires_at,
        account: credentials.account,
    }))
}

/// Checks a staff account's TOTP code at `now` and uses up its step.
async fn second_factor(
    state: &AppState,
    credentials: &Credentials,
    code: Option<&TotpCode>,
    now: Timestamp,
) -> Result<(), AppError> {
    let Some(secret) = &credentials.totp_secret else {
        // A staff account without a second factor gets nothing.
        return Err(AppError::client(
            StatusCode::UNAUTHORIZED,
            ErrorCode::InvalidCredentials,
        ));
    };
    let Some(code) = code else {
        return Err(AppError::field(
            StatusCode::UNAUTHORIZED,
            ErrorCode::TotpRequired,
            "totp",
        ));
    };
    let totp_invalid = || AppError::field(StatusCode::UNAUTHORIZED, ErrorCode::TotpInvalid, "totp");
    let step = secret.matching_step(code, now).ok_or_else(totp_invalid)?;
    if state
        .store
        .use_totp_step(credentials.account.id, step)
        .await?
    {
        Ok(())
    } else {
        Err(totp_invalid())
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
