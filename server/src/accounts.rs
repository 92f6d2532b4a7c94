//! Accounts over HTTP: register (young people only), log in (staff with a TOTP code as second
//! factor), log out here or everywhere, list the own sessions, change the password, read and
//! delete the own account. Handlers stay thin: the protocol types have validated the input
//! before a handler runs. Every login, lockout, re-authentication and password change is a
//! [`crate::security`] event.

use crate::AppState;
use crate::caller::{Caller, OwnAccountCaller, YouthCaller};
use crate::error::AppError;
use crate::json::ApiJson;
use crate::rate_limit;
use crate::security::{self, Event, Origin};
use crate::sessions;
use crate::store::{Credentials, NewAccount};
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::routing::{delete, post};
use axum::{Json, Router, middleware};
use lernwelt_protocol::limits::SESSIONS_LISTED_MAX;
use lernwelt_protocol::{
    AccountId, AccountView, ChangePasswordRequest, DeleteAccountRequest, ErrorCode, LoginRequest,
    RegisterRequest, Role, SessionResponse, SessionView, SessionsResponse, Timestamp, TotpCode,
    routes,
};

/// The routes of this module. Registration is rate-limited per client address; so are login,
/// the password change and the account deletion, which check a password (the last two also
/// count wrong passwords against the account, as logins do).
pub fn router(state: &AppState) -> Router<AppState> {
    let register_limit =
        || middleware::from_fn_with_state(state.register_limiter.clone(), rate_limit::enforce);
    let password_limit =
        || middleware::from_fn_with_state(state.login_limiter.clone(), rate_limit::enforce);
    Router::new()
        .route(routes::ACCOUNTS, post(register).layer(register_limit()))
        .route(
            routes::SESSIONS,
            post(login)
                .layer(password_limit())
                .get(list_sessions)
                .delete(logout_everywhere),
        )
        .route(routes::CURRENT_SESSION, delete(logout))
        .route(routes::SESSION, delete(logout_session))
        .route(
            routes::ME,
            delete(delete_me).layer(password_limit()).get(me),
        )
        .route(
            routes::ME_PASSWORD,
            post(change_password).layer(password_limit()),
        )
}

/// 422 `password_too_weak` about `field` unless `password` is strong enough for `nickname`.
async fn require_strong(
    state: &AppState,
    password: &str,
    nickname: &lernwelt_protocol::Nickname,
    field: &'static str,
) -> Result<(), AppError> {
    if state.passwords.is_strong(password, nickname).await? {
        Ok(())
    } else {
        Err(AppError::field(
            StatusCode::UNPROCESSABLE_ENTITY,
            ErrorCode::PasswordTooWeak,
            field,
        ))
    }
}

/// `POST /api/accounts`: a new youth account, logged in at once (201). A password that is too
/// easy to guess is refused with 422 `password_too_weak`.
async fn register(
    State(state): State<AppState>,
    ApiJson(request): ApiJson<RegisterRequest>,
) -> Result<(StatusCode, Json<SessionResponse>), AppError> {
    crate::nicknames::admissible(&request.nickname)
        .map_err(|code| AppError::field(StatusCode::UNPROCESSABLE_ENTITY, code, "nickname"))?;
    // Cheap early answer for a taken nickname; the unique indexes (the nickname without case
    // and its look-alike skeleton) decide the rest and races.
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
    require_strong(
        &state,
        request.password.expose(),
        &request.nickname,
        "password",
    )
    .await?;
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
            password_change_required: false,
        }),
    ))
}

/// Logs `event` (a wrong password or code) and counts it against `account`; logs the wait it
/// now has, if any.
async fn count_failure(
    state: &AppState,
    account: AccountId,
    origin: Origin,
    event: Event,
) -> Result<(), AppError> {
    security::record(event, Some(account), origin);
    let wait = state.lockout.failed(account, sessions::now_ms()).await?;
    if !wait.is_zero() {
        let wait_secs = wait.as_secs().max(1);
        security::record(Event::LockoutStarted { wait_secs }, Some(account), origin);
    }
    Ok(())
}

/// 429 while `account` must wait after wrong attempts ([`crate::lockout`]).
async fn check_lockout(
    state: &AppState,
    account: AccountId,
    origin: Origin,
) -> Result<(), AppError> {
    state
        .lockout
        .check(account, sessions::now_ms())
        .await?
        .map_err(|wait| {
            let wait_secs = wait.as_secs().max(1);
            security::record(Event::LockedOut { wait_secs }, Some(account), origin);
            AppError::RateLimited {
                retry_after_secs: wait_secs,
            }
        })
}

/// `POST /api/sessions`: a new session for nickname and password; 401 `invalid_credentials`
/// for an unknown nickname, a wrong password or a disabled account alike. A staff account
/// (counsellor, admin) also needs the TOTP code: sent without one, it gets 401 `totp_required`
/// before the password is looked at (which tells only that the name is staff, as the forum's
/// badge does anyway); with one, a wrong password and a wrong or replayed code both get
/// `invalid_credentials`, so no answer tells whether the password alone was right. A staff
/// account without a TOTP secret never gets a session. Wrong passwords and codes count
/// against the account ([`crate::lockout`]): while it must wait, 429 `rate_limited`. No
/// session is made for any of these. A counsellor whose password an admin made gets a session
/// with `password_change_required`, good for nothing but changing it.
async fn login(
    State(state): State<AppState>,
    origin: Origin,
    ApiJson(request): ApiJson<LoginRequest>,
) -> Result<Json<SessionResponse>, AppError> {
    let credentials = state
        .store
        .credentials(&request.nickname.canonical())
        .await?;
    let invalid = || AppError::client(StatusCode::UNAUTHORIZED, ErrorCode::InvalidCredentials);
    if let Some(c) = &credentials {
        check_lockout(&state, c.account.id, origin).await?;
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
        security::record(Event::LoginUnknownAccount, None, origin);
        return Err(invalid());
    };
    let id = credentials.account.id;
    if !matches || credentials.disabled {
        count_failure(&state, id, origin, Event::LoginFailed).await?;
        return Err(invalid());
    }
    let now = sessions::now();
    let youth = credentials.account.role == Role::Youth;
    let ttl = if youth {
        state.settings.session_ttl
    } else {
        if let Err(event) = second_factor(&state, &credentials, request.totp.as_ref(), now).await? {
            count_failure(&state, id, origin, event).await?;
            return Err(invalid());
        }
        state.settings.staff_session_ttl
    };
    state.lockout.succeeded(id).await?;
    // Past here a staff account has passed its second factor.
    let (token, session) = sessions::new_session(now, ttl, !youth)?;
    state
        .store
        .create_session(credentials.account.id, &session)
        .await?;
    security::record(Event::LoginSucceeded, Some(id), origin);
    Ok(Json(SessionResponse {
        token,
        expires_at: session.expires_at,
        account: credentials.account,
        password_change_required: credentials.password_change_required,
    }))
}

/// Checks a staff account's TOTP code at `now` and uses up its step. `Err` is the security
/// event of the failure (a missing secret or a wrong or old code, or a replayed one); the
/// client gets `invalid_credentials` for each (see [`login`]).
async fn second_factor(
    state: &AppState,
    credentials: &Credentials,
    code: Option<&TotpCode>,
    now: Timestamp,
) -> Result<Result<(), Event>, AppError> {
    // A staff account without a second factor gets nothing.
    let (Some(secret), Some(code)) = (&credentials.totp_secret, code) else {
        return Ok(Err(Event::TotpFailed));
    };
    let Some(step) = secret.matching_step(code, now) else {
        return Ok(Err(Event::TotpFailed));
    };
    if state
        .store
        .use_totp_step(credentials.account.id, step)
        .await?
    {
        Ok(Ok(()))
    } else {
        Ok(Err(Event::TotpReplayed))
    }
}

/// Checks the caller's password once more before a password change or an account deletion:
/// 429 while the account waits after wrong attempts, 403 `current_password_wrong` about
/// `field` for a wrong one, which counts against the account like a wrong login. A right one
/// clears the count.
async fn reauthenticate(
    state: &AppState,
    caller: &Caller,
    password: &str,
    field: &'static str,
    origin: Origin,
) -> Result<(), AppError> {
    let id = caller.id();
    check_lockout(state, id, origin).await?;
    let credentials = state
        .store
        .credentials(&caller.account.nickname.canonical())
        .await?
        .filter(|c| c.account.id == id);
    let stored = credentials.as_ref().map(|c| c.password_hash.as_str());
    if state.passwords.verify(password, stored).await? {
        state.lockout.succeeded(id).await?;
        Ok(())
    } else {
        count_failure(state, id, origin, Event::ReauthenticationFailed).await?;
        Err(AppError::field(
            StatusCode::FORBIDDEN,
            ErrorCode::CurrentPasswordWrong,
            field,
        ))
    }
}

/// `POST /api/me/password`: a new password, with the current one (204). Every other session
/// of the account ends, its live-chat sockets too; the one the change was made with stays and
/// may do everything from now on (an admin-made password no longer holds it back). Refused,
/// changing nothing: a wrong current password (403 `current_password_wrong`), the same
/// password again (422 `password_unchanged`), one too easy to guess (422 `password_too_weak`).
async fn change_password(
    State(state): State<AppState>,
    OwnAccountCaller { caller, .. }: OwnAccountCaller,
    origin: Origin,
    ApiJson(request): ApiJson<ChangePasswordRequest>,
) -> Result<StatusCode, AppError> {
    let (current, new) = (
        request.current_password.expose(),
        request.new_password.expose(),
    );
    reauthenticate(&state, &caller, current, "current_password", origin).await?;
    if new == current {
        return Err(AppError::field(
            StatusCode::UNPROCESSABLE_ENTITY,
            ErrorCode::PasswordUnchanged,
            "new_password",
        ));
    }
    require_strong(&state, new, &caller.account.nickname, "new_password").await?;
    let password_hash = state.passwords.hash(new).await?;
    let ended = state
        .store
        .change_password(caller.id(), &password_hash, &caller.token_hash)
        .await?;
    for token_hash in &ended {
        state.hub.end_session(token_hash);
    }
    let sessions_ended = u64::try_from(ended.len()).unwrap_or(u64::MAX);
    security::record(
        Event::PasswordChanged { sessions_ended },
        Some(caller.id()),
        origin,
    );
    Ok(StatusCode::NO_CONTENT)
}

/// `GET /api/sessions`: the own account's sessions, most recently used first, the current one
/// marked. Only times are stored with a session, so only times are shown.
async fn list_sessions(
    State(state): State<AppState>,
    OwnAccountCaller { caller, .. }: OwnAccountCaller,
) -> Result<Json<SessionsResponse>, AppError> {
    let limit = i64::try_from(SESSIONS_LISTED_MAX).unwrap_or(i64::MAX);
    let sessions = state
        .store
        .sessions_of(caller.id(), sessions::now(), limit)
        .await?
        .into_iter()
        .map(|s| SessionView {
            id: sessions::handle(&s.token_hash),
            created_at: s.created_at,
            last_used_at: s.last_used_at,
            expires_at: s.expires_at,
            current: s.token_hash == caller.token_hash,
        })
        .collect();
    Ok(Json(SessionsResponse { sessions }))
}

/// `DELETE /api/sessions`: log out everywhere: every session of the own account ends, the
/// current one too, and every live-chat socket of it closes (204).
async fn logout_everywhere(
    State(state): State<AppState>,
    OwnAccountCaller { caller, .. }: OwnAccountCaller,
    origin: Origin,
) -> Result<StatusCode, AppError> {
    let sessions_ended = state.store.delete_sessions_of(caller.id()).await?;
    state.hub.end_account(caller.id());
    security::record(
        Event::LoggedOutEverywhere { sessions_ended },
        Some(caller.id()),
        origin,
    );
    Ok(StatusCode::NO_CONTENT)
}

/// `DELETE /api/sessions/current`: ends the session whose token was sent (204).
async fn logout(
    State(state): State<AppState>,
    OwnAccountCaller { caller, .. }: OwnAccountCaller,
) -> Result<StatusCode, AppError> {
    state.store.delete_session(&caller.token_hash).await?;
    state.hub.end_session(&caller.token_hash);
    Ok(StatusCode::NO_CONTENT)
}

/// `DELETE /api/sessions/{id}`: ends one session of the own account, the one the sessions list
/// names `id` (a phone left logged in somewhere), and closes its live chat (204); 404
/// `not_found` if the account has no such session (any more).
async fn logout_session(
    State(state): State<AppState>,
    OwnAccountCaller { caller, .. }: OwnAccountCaller,
    Path(id): Path<String>,
) -> Result<StatusCode, AppError> {
    let limit = i64::try_from(SESSIONS_LISTED_MAX).unwrap_or(i64::MAX);
    let target = state
        .store
        .sessions_of(caller.id(), sessions::now(), limit)
        .await?
        .into_iter()
        .find(|s| sessions::handle(&s.token_hash) == id)
        .ok_or_else(|| AppError::client(StatusCode::NOT_FOUND, ErrorCode::NotFound))?;
    state.store.delete_session(&target.token_hash).await?;
    state.hub.end_session(&target.token_hash);
    Ok(StatusCode::NO_CONTENT)
}

/// `GET /api/me`: the own account.
async fn me(OwnAccountCaller { caller, .. }: OwnAccountCaller) -> Json<AccountView> {
    Json(caller.account)
}

/// `DELETE /api/me` with the password ([`DeleteAccountRequest`]): deletes the own account, its
/// sessions and everything personal (204). A wrong password gets 403 `current_password_wrong`
/// and deletes nothing, so a session left open on a shared phone cannot delete the account.
/// Only young people delete their accounts; staff accounts are disabled by an admin (403,
/// whatever they send).
async fn delete_me(
    State(state): State<AppState>,
    YouthCaller(auth): YouthCaller,
    origin: Origin,
    ApiJson(request): ApiJson<DeleteAccountRequest>,
) -> Result<StatusCode, AppError> {
    reauthenticate(&state, &auth, request.password.expose(), "password", origin).await?;
    state.store.delete_account(auth.account.id).await?;
    state.hub.end_account(auth.account.id);
    security::record(Event::AccountDeleted, Some(auth.id()), origin);
    Ok(StatusCode::NO_CONTENT)
}
