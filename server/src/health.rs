//! `GET /healthz`: 200 when the server and its database answer, 503 otherwise.

use crate::AppState;
use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::get;
use axum::{Json, Router};
use lernwelt_protocol::{HealthResponse, HealthStatus, routes};

/// The routes of this module.
pub fn router() -> Router<AppState> {
    Router::new().route(routes::HEALTH, get(health))
}

async fn health(State(state): State<AppState>) -> (StatusCode, Json<HealthResponse>) {
    match state.store.ping().await {
        Ok(()) => (
            StatusCode::OK,
            Json(HealthResponse {
                status: HealthStatus::Ok,
            }),
        ),
        Err(e) => {
            tracing::warn!(error = %e, "health check: database does not answer");
            (
                StatusCode::SERVICE_UNAVAILABLE,
                Json(HealthResponse {
                    status: HealthStatus::Unavailable,
                }),
            )
        }
    }
}
