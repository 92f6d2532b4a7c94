//! Retention: what is deleted after a while, by a task that runs every hour (and once at
//! start). Expired sessions; callback requests (with their phone numbers) whose time window
//! ended more than [`CALLBACK_GRACE_SECS`] ago, even if never done; closed counselling threads, with all their
//! messages, once they have been closed for the configured number of days. Only counts are
//! logged.

use crate::sessions;
use crate::store::{Store, StoreError};
use lernwelt_protocol::Timestamp;
use lernwelt_protocol::limits::CALLBACK_GRACE_SECS;
use std::sync::Arc;
use std::time::Duration;

/// What one run deleted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Deleted {
    /// Expired sessions.
    pub sessions: u64,
    /// Callback requests whose window ended more than the grace period ago.
    pub callbacks: u64,
    /// Closed enquiries older than the closed-thread retention (with their messages).
    pub enquiries: u64,
}

/// Deletes everything that is due at `now`; closed threads are kept for `closed_retention`.
pub async fn run_once(
    store: &dyn Store,
    now: Timestamp,
    closed_retention: Duration,
) -> Result<Deleted, StoreError> {
    let sessions = store.delete_expired_sessions(now).await?;
    let callbacks_before = now.plus_seconds(-CALLBACK_GRACE_SECS);
    let closed_secs = i64::try_from(closed_retention.as_secs()).unwrap_or(i64::MAX);
    let closed_before = Timestamp(now.0.saturating_sub(closed_secs));
    let counselling = store
        .delete_expired_counselling(callbacks_before, closed_before)
        .await?;
    Ok(Deleted {
        sessions,
        callbacks: counselling.callbacks,
        enquiries: counselling.enquiries,
    })
}

/// Runs [`run_once`] now and then every `every`, for as long as the server runs.
pub async fn run_periodically(store: Arc<dyn Store>, every: Duration, closed_retention: Duration) {
    let mut interval = tokio::time::interval(every);
    interval.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        interval.tick().await;
        match run_once(store.as_ref(), sessions::now(), closed_retention).await {
            Ok(deleted) => tracing::info!(
                sessions = deleted.sessions,
                callbacks = deleted.callbacks,
                enquiries = deleted.enquiries,
                "retention run"
            ),
            Err(e) => tracing::warn!(error = %e, "retention run failed"),
        }
    }
}
