//! Throttling of wrong passwords and authenticator codes per account, whatever address they
//! come from (the per-address limit alone lets someone with many addresses guess one
//! account's password). After a few free failures each further attempt must wait, doubling
//! from a second up to a cap; while an account waits, logins to it are answered 429
//! `rate_limited` with `Retry-After` before the password is even looked at. A right login
//! clears the count. The wait is short at first and capped, so a troll who knows a nickname
//! can slow its owner down but not shut them out for long.
//!
//! The counts live in this process (a restart forgets them) and only for existing accounts,
//! so memory is bounded by the number of accounts; counts older than a day are forgotten.

use lernwelt_protocol::AccountId;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

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

#[derive(Debug, Clone, Copy)]
struct Failures {
    count: u32,
    last: Instant,
}

/// The failure counts. Cheap to clone (shared).
#[derive(Debug, Clone)]
pub struct Lockout {
    policy: LockoutPolicy,
    failures: Arc<Mutex<HashMap<AccountId, Failures>>>,
}

impl Lockout {
    /// No failures yet.
    #[must_use]
    pub fn new(policy: LockoutPolicy) -> Self {
        Self {
            policy,
            failures: Arc::default(),
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<AccountId, Failures>> {
        // A poisoned lock only means a holder panicked mid-update; the map is still usable.
        self.failures.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// The wait after `count` failures in a row.
    fn wait_after(&self, count: u32) -> Duration {
        let Some(beyond) = count.checked_sub(self.policy.free_failures) else {
            return Duration::ZERO;
        };
        if beyond == 0 {
            return Duration::ZERO;
        }
        let factor = 1_u32.checked_shl(beyond - 1).unwrap_or(u32::MAX);
        self.policy
            .first_wait
            .checked_mul(factor)
            .unwrap_or(self.policy.max_wait)
            .min(self.policy.max_wait)
    }

    /// `Err(wait)` while `account` must wait before its next login attempt.
    pub fn check(&self, account: AccountId, now: Instant) -> Result<(), Duration> {
        let mut failures = self.lock();
        let Some(entry) = failures.get(&account).copied() else {
            return Ok(());
        };
        let since = now.saturating_duration_since(entry.last);
        if since >= self.policy.forget_after {
            failures.remove(&account);
            return Ok(());
        }
        let wait = self.wait_after(entry.count);
        if since < wait {
            Err(wait - since)
        } else {
            Ok(())
        }
    }

    /// Counts a wrong password or code for `account`; the wait it now has, if any.
    pub fn failed(&self, account: AccountId, now: Instant) -> Duration {
        let mut failures = self.lock();
        let forget_after = self.policy.forget_after;
        let entry = failures.entry(account).or_insert(Failures {
            count: 0,
            last: now,
        });
        if now.saturating_duration_since(entry.last) >= forget_after {
            entry.count = 0;
        }
        entry.count = entry.count.saturating_add(1);
        entry.last = now;
        let count = entry.count;
        drop(failures);
        self.wait_after(count)
    }

    /// A right login: the count starts again.
    pub fn succeeded(&self, account: AccountId) {
        self.lock().remove(&account);
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

    #[test]
    fn free_failures_then_doubling_waits_up_to_the_cap() {
        let lockout = Lockout::new(POLICY);
        let who = AccountId(1);
        let t0 = Instant::now();
        for _ in 0..3 {
            assert_eq!(lockout.failed(who, t0), Duration::ZERO);
            assert!(lockout.check(who, t0).is_ok());
        }
        assert_eq!(lockout.failed(who, t0), Duration::from_secs(1));
        assert_eq!(lockout.check(who, t0), Err(Duration::from_secs(1)));
        let t1 = t0 + Duration::from_secs(1);
        assert!(lockout.check(who, t1).is_ok(), "the wait is over");
        assert_eq!(lockout.failed(who, t1), Duration::from_secs(2));
        let mut now = t1;
        for _ in 0..40 {
            now += Duration::from_secs(61);
            assert!(lockout.failed(who, now) <= Duration::from_secs(60));
        }
        assert_eq!(lockout.check(who, now), Err(Duration::from_secs(60)));
        // Another account is not touched.
        assert!(lockout.check(AccountId(2), now).is_ok());
        // A right login clears the count.
        lockout.succeeded(who);
        assert!(lockout.check(who, now).is_ok());
        assert_eq!(lockout.failed(who, now), Duration::ZERO);
    }

    #[test]
    fn old_failures_are_forgotten() {
        let lockout = Lockout::new(POLICY);
        let who = AccountId(1);
        let t0 = Instant::now();
        for _ in 0..5 {
            lockout.failed(who, t0);
        }
        assert!(lockout.check(who, t0).is_err());
        let later = t0 + Duration::from_secs(3600);
        assert!(lockout.check(who, later).is_ok());
        assert_eq!(
            lockout.failed(who, later),
            Duration::ZERO,
            "counted from zero"
        );
    }
}
