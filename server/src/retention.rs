//! Retention: what is deleted after a while, by a task that runs every hour (and once at
//! start). Expired sessions; callback requests (with their phone numbers) whose time window
//! ended more than [`CALLBACK_GRACE_SECS`] ago, even if never done; enquiries nobody wrote in
//! for [`Policy::abandoned`] are closed (their callback requests go with that); closed
//! counselling threads, with all their messages, once they have been closed for
//! [`Policy::closed`]; and young people's accounts nobody used for [`Policy::inactive`] (no
//! login, no request with one of their sessions), with everything in them, as "delete my
//! account" deletes it. Staff accounts are never deleted by time. The shared limits' rows that
//! no longer mean anything go too (full rate-limit buckets, forgotten counts of wrong
//! passwords; [`crate::lockout`]). Only counts are logged.

use crate::lockout::Lockout;
use crate::sessions;
use crate::store::{Store, StoreError};
use lernwelt_protocol::Timestamp;
use lernwelt_protocol::limits::CALLBACK_GRACE_SECS;
use std::sync::Arc;
use std::time::Duration;

/// Seconds in a day.
const DAY_SECS: u64 = 24 * 60 * 60;

/// Accounts deleted in one run at most (the rest follow an hour later), so that one run
/// after a long pause does not hold the database for long.
const ACCOUNTS_PER_RUN: i64 = 500;

/// How long things are kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Policy {
    /// Closed counselling threads (default 90 days).
    pub closed: Duration,
    /// Open enquiries without a new message, before they are closed (default 180 days).
    pub abandoned: Duration,
    /// Young people's accounts without any use (default 730 days).
    pub inactive: Duration,
}

impl Default for Policy {
    fn default() -> Self {
        Self {
            closed: Duration::from_secs(90 * DAY_SECS),
            abandoned: Duration::from_secs(180 * DAY_SECS),
            inactive: Duration::from_secs(730 * DAY_SECS),
        }
    }
}

/// What one run deleted (or closed).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Deleted {
    /// Expired sessions.
    pub sessions: u64,
    /// Callback requests whose window ended more than the grace period ago.
    pub callbacks: u64,
    /// Open enquiries closed because nobody wrote in them for the abandonment period.
    pub abandoned: u64,
    /// Closed enquiries older than the closed-thread retention (with their messages).
    pub enquiries: u64,
    /// Young people's accounts unused for the inactivity period (with everything in them).
    pub accounts: u64,
    /// Rows of the shared limits that mean nothing any more.
    pub limits: u64,
}

/// `now` minus `span`.
fn before(now: Timestamp, span: Duration) -> Timestamp {
    let secs = i64::try_from(span.as_secs()).unwrap_or(i64::MAX);
    Timestamp(now.0.saturating_sub(secs))
}

/// Deletes everything that is due at `now` under `policy` (and `lockout`'s).
pub async fn run_once(
    store: &dyn Store,
    lockout: &Lockout,
    now: Timestamp,
    policy: Policy,
) -> Result<Deleted, StoreError> {
    let sessions = store.delete_expired_sessions(now).await?;
    let inactive = store
        .inactive_youth(before(now, policy.inactive), ACCOUNTS_PER_RUN)
        .await?;
    let mut accounts = 0;
    for account in inactive {
        if store.delete_account(account).await? {
            accounts += 1;
        }
    }
    let counselling = store
        .delete_expired_counselling(
            now.plus_seconds(-CALLBACK_GRACE_SECS),
            before(now, policy.abandoned),
            before(now, policy.closed),
            now,
        )
        .await?;
    let limits = lockout.prune(now.0.saturating_mul(1000)).await?;
    Ok(Deleted {
        sessions,
        callbacks: counselling.callbacks,
        abandoned: counselling.abandoned,
        enquiries: counselling.enquiries,
        accounts,
        limits,
    })
}

/// Runs [`run_once`] now and then every `every`, for as long as the server runs.
pub async fn run_periodically(
    store: Arc<dyn Store>,
    lockout: Lockout,
    every: Duration,
    policy: Policy,
) {
    let mut interval = tokio::time::interval(every);
    interval.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        interval.tick().await;
        match run_once(store.as_ref(), &lockout, sessions::now(), policy).await {
            Ok(deleted) => tracing::info!(
                sessions = deleted.sessions,
                callbacks = deleted.callbacks,
                abandoned = deleted.abandoned,
                enquiries = deleted.enquiries,
                accounts = deleted.accounts,
                limits = deleted.limits,
                "retention run"
            ),
            Err(e) => tracing::warn!(error = %e, "retention run failed"),
        }
    }
}
