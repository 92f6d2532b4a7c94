//! The Lernwelt companion server: anonymous accounts, counsellor accounts with a TOTP second
//! factor, counselling by mail, chat (live over a WebSocket, [`ws`]) and callback, and the
//! forum. An axum [`Router`] built by [`app`] from one `router()` per module, over a
//! [`Store`] that is SQLite by default or PostgreSQL. Admin commands ([`admin`]) run on the
//! same binary. Several instances share places and live chat through a [`broker`].

pub mod accounts;
pub mod admin;
pub mod broker;
pub mod caller;
pub mod client_ip;
pub mod config;
pub mod counselling;
pub mod demo;
pub mod error;
pub mod forum;
pub mod headers;
pub mod health;
pub mod json;
pub mod lockout;
pub mod nicknames;
pub mod openapi;
pub mod passwords;
pub mod presence;
pub mod query;
pub mod rate_limit;
pub mod request_log;
pub mod retention;
pub mod security;
pub mod serve;
pub mod sessions;
pub mod store;
pub mod totp;
pub mod web;
pub mod ws;

pub use config::{Config, Settings};
pub use error::AppError;
pub use store::Store;

use axum::extract::DefaultBodyLimit;
use axum::http::StatusCode;
use axum::{Router, middleware};
use lernwelt_protocol::ErrorCode;
use lernwelt_protocol::limits::MAX_BODY_BYTES;
use passwords::Passwords;
use rate_limit::{AccountLimiter, RateLimiter};
use std::sync::Arc;
use store::LimitKind;

/// Everything handlers share. Cheap to clone.
#[derive(Clone)]
pub struct AppState {
    /// The database.
    pub store: Arc<dyn Store>,
    /// Password hashing.
    pub passwords: Passwords,
    /// Settings.
    pub settings: Arc<Settings>,
    /// Buckets for registrations.
    pub register_limiter: RateLimiter,
    /// Buckets for logins.
    pub login_limiter: RateLimiter,
    /// Counselling messages and forum posts, per account (in the store).
    pub post_limiter: AccountLimiter,
    /// Forum flags, per account (in the store).
    pub flag_limiter: AccountLimiter,
    /// Forum reactions, per account (in the store).
    pub reaction_limiter: AccountLimiter,
    /// Buckets for opening live-chat connections.
    pub ws_connect_limiter: RateLimiter,
    /// Wrong passwords and codes per account (in the store).
    pub lockout: lockout::Lockout,
    /// The open live-chat connections.
    pub hub: ws::Hub,
    /// Who is in which place.
    pub presence: presence::Presence,
}

impl AppState {
    /// State over `store` with `settings`, for a server on its own.
    pub fn new(store: Arc<dyn Store>, settings: Settings) -> Result<Self, AppError> {
        Self::with_link(store, settings, broker::Link::alone())
    }

    /// State over `store` with `settings` for one of several instances that share places
    /// and live chat through `link`; starts listening to the others.
    pub async fn shared(
        store: Arc<dyn Store>,
        settings: Settings,
        link: broker::Link,
    ) -> Result<Self, AppError> {
        let state = Self::with_link(store, settings, link.clone())?;
        let inbox = link
            .listen()
            .await
            .map_err(|e| AppError::internal("listening to the other instances", e))?;
        tokio::spawn(listen(state.hub.clone(), state.presence.clone(), inbox));
        Ok(state)
    }

    fn with_link(
        store: Arc<dyn Store>,
        settings: Settings,
        link: broker::Link,
    ) -> Result<Self, AppError> {
        Ok(Self {
            store: store.clone(),
            passwords: Passwords::new(settings.password_params, settings.hash_concurrency)?,
            register_limiter: RateLimiter::new(settings.register_limit),
            login_limiter: RateLimiter::new(settings.login_limit),
            post_limiter: AccountLimiter::new(LimitKind::Post, settings.post_limit, store.clone()),
            flag_limiter: AccountLimiter::new(LimitKind::Flag, settings.flag_limit, store.clone()),
            reaction_limiter: AccountLimiter::new(
                LimitKind::Reaction,
                settings.reaction_limit,
                store.clone(),
            ),
            ws_connect_limiter: RateLimiter::new(settings.ws_connect_limit),
            lockout: lockout::Lockout::new(settings.login_lockout, store),
            hub: ws::Hub::new(link.clone()),
            presence: presence::Presence::new(settings.presence_grace, link)
                .map_err(|e| AppError::internal("reading the place layouts", e))?,
            settings: Arc::new(settings),
        })
    }
}

/// Hands the other instances' news to the hub and the rooms, and tells them every second
/// which counsellors are online here; until the server shuts down.
async fn listen(
    hub: ws::Hub,
    presence: presence::Presence,
    mut inbox: tokio::sync::mpsc::Receiver<(broker::Topic, bytes::Bytes)>,
) {
    let mut going_away = hub.going_away_signal();
    let mut every_second = tokio::time::interval(std::time::Duration::from_secs(1));
    every_second.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        tokio::select! {
            news = inbox.recv() => match news {
                Some((broker::Topic::Place(place), payload)) => presence.hear(place, &payload),
                Some((broker::Topic::Hub, payload)) => hub.hear(&payload),
                None => return,
            },
            _ = every_second.tick() => hub.tick(),
            () = ws::raised(&mut going_away) => return,
        }
    }
}

/// The whole HTTP API.
pub fn app(state: AppState) -> Router {
    Router::new()
        .merge(health::router())
        .merge(openapi::router())
        .merge(accounts::router(&state))
        .merge(counselling::router())
        .merge(forum::router())
        .merge(ws::router(&state))
        .merge(presence::reports::router())
        .fallback_service(web::fallback(state.settings.web_dir.as_deref()))
        .method_not_allowed_fallback(method_not_allowed)
        .layer(DefaultBodyLimit::max(MAX_BODY_BYTES))
        .layer(middleware::from_fn_with_state(
            state.clone(),
            serve::deadline,
        ))
        .layer(middleware::from_fn(headers::add))
        .layer(middleware::from_fn_with_state(
            Arc::<[client_ip::Cidr]>::from(state.settings.trusted_proxies.as_slice()),
            client_ip::resolve,
        ))
        .layer(middleware::from_fn(request_log::log))
        .with_state(state)
}

async fn method_not_allowed() -> AppError {
    AppError::client(StatusCode::METHOD_NOT_ALLOWED, ErrorCode::MethodNotAllowed)
}

/// Opens the store (running migrations), then serves until Ctrl-C or SIGTERM.
pub async fn run(config: Config) -> Result<(), Box<dyn std::error::Error + Send + Sync>> {
    if config.demo
        && let Some(refusal) = demo::refusal(&config)
    {
        return Err(refusal.into());
    }
    create_private_dir(&config.data_dir)?;
    let store = store::open(&config.data_dir, config.database_url.as_deref()).await?;
    let mut settings = Settings::from_config(&config);
    settings.transport.max_connections = serve::fit_open_files(settings.transport.max_connections);
    let retention = (settings.retention_every, settings.retention);
    let state = match &config.broker {
        Some(url) => {
            let nats = broker::Nats::connect(url, &config.broker_prefix).await?;
            tracing::info!(prefix = %config.broker_prefix, "sharing places and live chat through NATS");
            AppState::shared(store, settings, broker::Link::new(Arc::new(nats))).await?
        }
        None => AppState::new(store, settings)?,
    };
    tokio::spawn(retention::run_periodically(
        state.store.clone(),
        state.lockout.clone(),
        retention.0,
        retention.1,
    ));
    if config.demo {
        demo::seed(
            state.store.as_ref(),
            &state.passwords,
            &config.data_dir,
            sessions::now(),
        )
        .await?;
        tracing::info!(
            logins = %config.data_dir.join(lernwelt_protocol::demo::DEMO_FILE).display(),
            "demo data ready (a demo counsellor, young people, enquiries and forum topics)"
        );
    }
    let listener = tokio::net::TcpListener::bind(config.listen).await?;
    let backend = if config
        .database_url
        .is_some_and(|u| u.starts_with("postgres"))
    {
        "postgresql"
    } else {
        "sqlite"
    };
    tracing::info!(
        addr = %listener.local_addr()?,
        backend,
        max_connections = state.settings.transport.max_connections,
        "listening"
    );
    let (transport, hub) = (state.settings.transport, state.hub.clone());
    serve::serve(listener, app(state), transport, hub, shutdown_signal()).await?;
    tracing::info!("stopped");
    Ok(())
}

/// Creates the data directory (and parents) if missing; on Unix only its owner may enter it,
/// since it holds the database with password hashes.
pub(crate) fn create_private_dir(path: &std::path::Path) -> std::io::Result<()> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(path)
}

async fn shutdown_signal() {
    let ctrl_c = async {
        if let Err(e) = tokio::signal::ctrl_c().await {
            tracing::warn!(error = %e, "cannot listen for Ctrl-C");
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(e) => {
                tracing::warn!(error = %e, "cannot listen for SIGTERM");
                std::future::pending::<()>().await;
            }
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {}
        () = terminate => {}
    }
    tracing::info!("shutting down");
}
