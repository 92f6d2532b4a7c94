//! Anonymous accounts over HTTP: register, log in, log out, read and delete the own account.
//! Handlers stay thin: the protocol types have validated the input before a handler runs.

use crate::AppState;
use crate::error::AppError;
use crate::json::ApiJson;
use crate::rate_limit;
use crate::sessions::{self, Authenticated};
use crate::store::NewAccount;
use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::{delete, get, post};
use axum::{Json, Router, middleware};
use lernwelt_protocol::{
    AccountView, ErrorCode, LoginRequest, RegisterRequest, Role, SessionResponse, routes,
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
/// for an unknown nickname or a wrong password alike.
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
    let Some(credentials) = credentials.filter(|_| matches) else {
        return Err(AppError::client(
            StatusCode::UNAUTHORIZED,
            ErrorCode::InvalidCredentials,
        ));
    };
    let now = sessions::now();
    let (token, session) = sessions::new_session(now, state.settings.session_ttl)?;
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

/// `DELETE /api/sessions/current`: ends the session whose token was sent (204).
async fn logout(
    State(state): State<AppState>,
    auth: Authenticated,
) -> Result<StatusCode, AppError> {
    state.store.delete_session(&auth.token_hash).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// `GET /api/me`: the own account.
async fn me(auth: Authenticated) -> Json<AccountView> {
    Json(auth.account)
}

/// `DELETE /api/me`: deletes the own account, its sessions and everything personal (204).
async fn delete_me(
    State(state): State<AppState>,
    auth: Authenticated,
) -> Result<StatusCode, AppError> {
    state.store.delete_account(auth.account.id).await?;
    tracing::info!(account = %auth.account.id, "account deleted");
    Ok(StatusCode::NO_CONTENT)
}
