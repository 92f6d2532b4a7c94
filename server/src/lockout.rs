//! Throttling of wrong passwords and authenticator codes per account, whatever address they
//! come from (the per-address limit alone lets someone with many addresses guess one
//! account's password). After a few free failures each further attempt must wait, doubling
//! from a second up to a cap; while an account waits, logins to it are answered 429
//! `rate_limited` with `Retry-After` before the password is even looked at. A right login
//! clears the count. The wait is short at first and capped, so a troll who knows a nickname
//! can slow its owner down but not shut them out for long.
//!
//! The counts live in the database ([`crate::store::LimitStore`]), so several server
//! processes over one database count together and a restart forgets nothing; only existing
//! accounts have one, and counts older than [`LockoutPolicy::forget_after`] are forgotten (and
//! deleted by the retention run). Attempts that run at the same moment are each checked
//! before any of them is counted, so a burst gets a few more tries than the policy says; the
//! per-address login limit and the bounded password hashing keep such a burst small.

use crate::store::{Failures, Store, StoreError};
use lernwelt_protocol::AccountId;
use std::sync::Arc;
use std::time::Duration;

/// How failures turn into waiting.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LockoutPolicy {
    /// Failures in a row without any wait (typos).
    pub free_failures: u32,
    /// The wait after the first failure beyond the free ones; it doubles with each further.
    pub first_wait: Duration,
    /// The longest wait.
    pub max_wait: Duration,
    /// A count with no new failure for this long starts again from zero.
    pub forget_after: Duration,
}

impl Default for LockoutPolicy {
    fn default() -> Self {
        // Five typos free, then 1 s, 2 s, 4 s … up to 15 min: about a hundred guesses a day
        // at most, and the owner waits at most a quarter of an hour.
        Self {
            free_failures: 5,
            first_wait: Duration::from_secs(1),
            max_wait: Duration::from_secs(15 * 60),
            forget_after: Duration::from_secs(24 * 60 * 60),
        }
    }
}

/// The wait after `count` failures in a row under `policy`.
fn wait_after(policy: LockoutPolicy, count: u32) -> Duration {
    let Some(beyond) = count.checked_sub(policy.free_failures) else {
        return Duration::ZERO;
    };
    if beyond == 0 {
        return Duration::ZERO;
    }
    let factor = 1_u32.checked_shl(beyond - 1).unwrap_or(u32::MAX);
    policy
        .first_wait
        .checked_mul(factor)
        .unwrap_or(policy.max_wait)
        .min(policy.max_wait)
}

/// What is left at `now` (ms) of the wait that `failures` earned under `policy`.
fn wait_left(policy: LockoutPolicy, failures: Option<Failures>, now: i64) -> Duration {
    let Some(failures) = failures else {
        return Duration::ZERO;
    };
    let since = Duration::from_millis(u64::try_from(now - failures.last_at).unwrap_or(0));
    if since >= policy.forget_after {
        return Duration::ZERO;
    }
    wait_after(policy, failures.count).saturating_sub(since)
}

/// Milliseconds of `span`, for the store.
fn ms(span: Duration) -> i64 {
    i64::try_from(span.as_millis()).unwrap_or(i64::MAX)
}

/// The failure counts, kept in the store. Cheap to clone (shared).
#[derive(Clone)]
pub struct Lockout {
    policy: LockoutPolicy,
    store: Arc<dyn Store>,
}

impl Lockout {
    /// Counts kept in `store` under `policy`.
    #[must_use]
    pub fn new(policy: LockoutPolicy, store: Arc<dyn Store>) -> Self {
        Self { policy, store }
    }

    /// `Err(wait)` while `account` must wait at `now` (ms) before its next login attempt.
    pub async fn check(
        &self,
        account: AccountId,
        now: i64,
    ) -> Result<Result<(), Duration>, StoreError> {
        let failures = self.store.login_failures(account).await?;
        let wait = wait_left(self.policy, failures, now);
        Ok(if wait.is_zero() { Ok(()) } else { Err(wait) })
    }

    /// Counts a wrong password or code for `account` at `now` (ms); the wait it now has, if
    /// any.
    pub async fn failed(&self, account: AccountId, now: i64) -> Result<Duration, StoreError> {
        let forget_before = now.saturating_sub(ms(self.policy.forget_after));
        let count = self
            .store
            .count_login_failure(account, now, forget_before)
            .await?;
        Ok(wait_after(self.policy, count))
    }

    /// A right login: the count starts again.
    pub async fn succeeded(&self, account: AccountId) -> Result<(), StoreError> {
        self.store.clear_login_failures(account).await
    }

    /// Deletes counts that are forgotten at `now` (ms) anyway, and full rate-limit buckets.
    pub async fn prune(&self, now: i64) -> Result<u64, StoreError> {
        let forget_before = now.saturating_sub(ms(self.policy.forget_after));
        self.store.prune_limits(now, forget_before).await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const POLICY: LockoutPolicy = LockoutPolicy {
        free_failures: 3,
        first_wait: Duration::from_secs(1),
        max_wait: Duration::from_secs(60),
        forget_after: Duration::from_secs(3600),
    };

    /// The failures `count` in a row, the last at `last_at` ms.
    fn failures(count: u32, last_at: i64) -> Option<Failures> {
        Some(Failures { count, last_at })
    }

    #[test]
    fn free_failures_then_doubling_waits_up_to_the_cap() {
        for count in 0..=3 {
            assert_eq!(wait_after(POLICY, count), Duration::ZERO);
        }
        assert_eq!(wait_after(POLICY, 4), Duration::from_secs(1));
        assert_eq!(wait_after(POLICY, 5), Duration::from_secs(2));
        assert_eq!(wait_after(POLICY, 9), Duration::from_secs(32));
        for count in [10, 40, u32::MAX] {
            assert_eq!(
                wait_after(POLICY, count),
                Duration::from_secs(60),
                "{count}"
            );
        }
    }

    #[test]
    fn the_wait_runs_from_the_last_failure_and_old_ones_are_forgotten() {
        assert_eq!(wait_left(POLICY, None, 0), Duration::ZERO);
        assert_eq!(
            wait_left(POLICY, failures(5, 10_000), 10_500),
            Duration::from_millis(1_500)
        );
        assert_eq!(
            wait_left(POLICY, failures(5, 10_000), 12_000),
            Duration::ZERO
        );
        assert_eq!(
            wait_left(POLICY, failures(40, 0), 3_599_000),
            Duration::ZERO,
            "the 60 s cap is long over"
        );
        assert_eq!(
            wait_left(POLICY, failures(40, 0), 30_000),
            Duration::from_secs(30)
        );
        // A clock that went back counts as no time passed.
        assert_eq!(
            wait_left(POLICY, failures(4, 10_000), 9_000),
            Duration::from_secs(1)
        );
    }
}
