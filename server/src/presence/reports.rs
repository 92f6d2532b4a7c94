//! The counsellors' queue of reports from the places: `GET` the open ones (who was reported,
//! where, when and their last room chat lines; not who reported), `POST …/done` when one is
//! dealt with. Reports come in over the live-chat socket ([`crate::ws`]).

use crate::AppState;
use crate::caller::CounsellorCaller;
use crate::error::AppError;
use crate::sessions::now;
use axum::extract::{FromRequestParts, Path, State};
use axum::http::StatusCode;
use axum::http::request::Parts;
use axum::routing::{get, post};
use axum::{Json, Router};
use lernwelt_protocol::presence::RoomReports;
use lernwelt_protocol::{ErrorCode, routes};

/// Open reports shown at once; the oldest first, so none is left behind.
const QUEUE_MAX: i64 = 100;

/// The routes of this module.
pub fn router() -> Router<AppState> {
    Router::new()
        .route(routes::ROOM_REPORTS, get(queue))
        .route(routes::ROOM_REPORT_DONE, post(done))
}

/// The report id in the path; anything else is 404 `report_not_found`.
#[derive(Debug, Clone, Copy)]
pub struct ReportPath(pub i64);

impl<S: Send + Sync> FromRequestParts<S> for ReportPath {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let Path(raw) = Path::<String>::from_request_parts(parts, state)
            .await
            .map_err(|_| not_found())?;
        raw.parse::<i64>()
            .ok()
            .filter(|id| *id > 0)
            .map(ReportPath)
            .ok_or_else(not_found)
    }
}

fn not_found() -> AppError {
    AppError::client(StatusCode::NOT_FOUND, ErrorCode::ReportNotFound)
}

async fn queue(
    State(state): State<AppState>,
    CounsellorCaller(_): CounsellorCaller,
) -> Result<Json<RoomReports>, AppError> {
    let reports = state.store.open_room_reports(QUEUE_MAX).await?;
    Ok(Json(RoomReports { reports }))
}

async fn done(
    State(state): State<AppState>,
    CounsellorCaller(caller): CounsellorCaller,
    ReportPath(id): ReportPath,
) -> Result<StatusCode, AppError> {
    if !state
        .store
        .close_room_report(id, caller.id(), now())
        .await?
    {
        return Err(not_found());
    }
    tracing::info!(target: "moderation", report = id, counsellor = %caller.id(), "room report dealt with");
    Ok(StatusCode::NO_CONTENT)
}
