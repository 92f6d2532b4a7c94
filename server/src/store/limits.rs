//! Limits every instance shares, kept in the database: per-account rate limits (posts, flags,
//! reactions) and the count of wrong passwords and codes per account. With several server
//! processes over one database, an account gets one budget and one lockout, not one per
//! process. The SQL is the same for both backends; [`impl_limit_store`] implements
//! [`LimitStore`] for each, on a pool of its own whose commits do not wait for the disk: a
//! crash may forget the last counting, which costs nothing, and a message is not held up by a
//! second disk wait. Times are milliseconds since the Unix epoch.
//!
//! A rate limit is a token bucket kept as one number per account and limit, the moment its
//! bucket is full again (the generic cell rate algorithm): a request is let through when that
//! moment, moved on by one request's interval, is at most the bucket's size in intervals ahead
//! of now; it is checked and moved in one statement, so two instances cannot both take the
//! last token.

use super::StoreError;
use async_trait::async_trait;
use lernwelt_protocol::AccountId;
use std::time::Duration;

/// Which per-account limit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LimitKind {
    /// Counselling messages, forum posts and threads.
    Post,
    /// Forum flags.
    Flag,
    /// Forum reactions.
    Reaction,
}

impl LimitKind {
    /// The stored name.
    #[must_use]
    pub fn id(self) -> &'static str {
        match self {
            Self::Post => "post",
            Self::Flag => "flag",
            Self::Reaction => "reaction",
        }
    }
}

/// A bucket: its size and how fast it refills, in milliseconds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Bucket {
    /// Requests allowed at once after a long pause (at least 1).
    pub burst: u32,
    /// One more request is allowed after each such interval (at least 1 ms).
    pub interval_ms: i64,
}

impl Bucket {
    /// How far ahead of now the bucket's "full again" may be after a request is let through.
    #[must_use]
    pub fn capacity_ms(self) -> i64 {
        self.interval_ms
            .saturating_mul(i64::from(self.burst.max(1)))
    }

    /// How long to wait before the next request, when the bucket is full again at `full_at`.
    #[must_use]
    pub fn wait(self, full_at: i64, now: i64) -> Duration {
        let next = full_at.max(now).saturating_add(self.interval_ms);
        let ms = next.saturating_sub(now).saturating_sub(self.capacity_ms());
        Duration::from_millis(u64::try_from(ms).unwrap_or(0))
    }
}

/// Wrong passwords and codes in a row for one account.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Failures {
    /// How many.
    pub count: u32,
    /// When the last one came (ms since the epoch).
    pub last_at: i64,
}

/// The shared limits. Each method is one statement.
#[async_trait]
pub trait LimitStore: Send + Sync {
    /// Takes one request from `account`'s bucket of `kind` at `now`: `Ok(())`, or the wait
    /// until the next one is allowed (nothing taken then).
    async fn take_turn(
        &self,
        account: AccountId,
        kind: LimitKind,
        bucket: Bucket,
        now: i64,
    ) -> Result<Result<(), Duration>, StoreError>;

    /// `account`'s wrong attempts in a row, if any are stored.
    async fn login_failures(&self, account: AccountId) -> Result<Option<Failures>, StoreError>;

    /// Counts one more wrong attempt at `now`, starting again from one if the last came at or
    /// before `forget_before`; the count now.
    async fn count_login_failure(
        &self,
        account: AccountId,
        now: i64,
        forget_before: i64,
    ) -> Result<u32, StoreError>;

    /// A right login: `account`'s count is gone.
    async fn clear_login_failures(&self, account: AccountId) -> Result<(), StoreError>;

    /// Deletes rows that no longer mean anything at `now`: full buckets, and counts whose last
    /// failure came at or before `forget_before`. How many.
    async fn prune_limits(&self, now: i64, forget_before: i64) -> Result<u64, StoreError>;
}

/// `$1` account, `$2` kind, `$3` now, `$4` interval, `$5` capacity; returns a row only if the
/// request is let through.
pub(super) const TAKE_TURN: &str = "INSERT INTO account_limits (account_id, kind, full_at) \
     VALUES ($1, $2, $3 + $4) \
     ON CONFLICT (account_id, kind) DO UPDATE SET full_at = \
     (CASE WHEN account_limits.full_at > $3 THEN account_limits.full_at ELSE $3 END) + $4 \
     WHERE (CASE WHEN account_limits.full_at > $3 THEN account_limits.full_at ELSE $3 END) \
     + $4 - $3 <= $5 \
     RETURNING full_at";
pub(super) const FULL_AT: &str =
    "SELECT full_at FROM account_limits WHERE account_id = $1 AND kind = $2";
pub(super) const LOGIN_FAILURES: &str =
    "SELECT failures, last_at FROM login_failures WHERE account_id = $1";
pub(super) const COUNT_FAILURE: &str = "INSERT INTO login_failures (account_id, failures, last_at) \
     VALUES ($1, 1, $2) \
     ON CONFLICT (account_id) DO UPDATE SET failures = \
     CASE WHEN login_failures.last_at <= $3 THEN 1 ELSE login_failures.failures + 1 END, \
     last_at = $2 \
     RETURNING failures";
pub(super) const CLEAR_FAILURES: &str = "DELETE FROM login_failures WHERE account_id = $1";
pub(super) const PRUNE_BUCKETS: &str = "DELETE FROM account_limits WHERE full_at <= $1";
pub(super) const PRUNE_FAILURES: &str = "DELETE FROM login_failures WHERE last_at <= $1";
/// Both tables' rows of one account (`$1`), for deleting it.
pub(super) const DELETE_LIMITS_OF_ACCOUNT: [&str; 2] = [
    "DELETE FROM account_limits WHERE account_id = $1",
    "DELETE FROM login_failures WHERE account_id = $1",
];

/// A stored count as a number of failures (a negative one, which no statement writes, as none).
pub(super) fn failures_from_row((count, last_at): (i64, i64)) -> Failures {
    Failures {
        count: u32::try_from(count).unwrap_or(if count < 0 { 0 } else { u32::MAX }),
        last_at,
    }
}

/// Implements [`LimitStore`] for a store type with a `limits` pool (one whose commits need not
/// wait for the disk).
macro_rules! impl_limit_store {
    ($store:ty) => {
        #[async_trait::async_trait]
        impl $crate::store::LimitStore for $store {
            async fn take_turn(
                &self,
                account: lernwelt_protocol::AccountId,
                kind: $crate::store::LimitKind,
                bucket: $crate::store::Bucket,
                now: i64,
            ) -> Result<Result<(), std::time::Duration>, $crate::store::StoreError> {
                let interval = bucket.interval_ms.max(1);
                let taken: Option<i64> = sqlx::query_scalar($crate::store::limits::TAKE_TURN)
                    .bind(account.0)
                    .bind(kind.id())
                    .bind(now)
                    .bind(interval)
                    .bind(bucket.capacity_ms())
                    .fetch_optional(&self.limits)
                    .await?;
                if taken.is_some() {
                    return Ok(Ok(()));
                }
                let full_at: Option<i64> = sqlx::query_scalar($crate::store::limits::FULL_AT)
                    .bind(account.0)
                    .bind(kind.id())
                    .fetch_optional(&self.limits)
                    .await?;
                Ok(Err(bucket.wait(full_at.unwrap_or(now), now)))
            }

            async fn login_failures(
                &self,
                account: lernwelt_protocol::AccountId,
            ) -> Result<Option<$crate::store::Failures>, $crate::store::StoreError> {
                let row: Option<(i64, i64)> = sqlx::query_as($crate::store::limits::LOGIN_FAILURES)
                    .bind(account.0)
                    .fetch_optional(&self.limits)
                    .await?;
                Ok(row.map($crate::store::limits::failures_from_row))
            }

            async fn count_login_failure(
                &self,
                account: lernwelt_protocol::AccountId,
                now: i64,
                forget_before: i64,
            ) -> Result<u32, $crate::store::StoreError> {
                let count: i64 = sqlx::query_scalar($crate::store::limits::COUNT_FAILURE)
                    .bind(account.0)
                    .bind(now)
                    .bind(forget_before)
                    .fetch_one(&self.limits)
                    .await?;
                Ok($crate::store::limits::failures_from_row((count, now)).count)
            }

            async fn clear_login_failures(
                &self,
                account: lernwelt_protocol::AccountId,
            ) -> Result<(), $crate::store::StoreError> {
                sqlx::query($crate::store::limits::CLEAR_FAILURES)
                    .bind(account.0)
                    .execute(&self.limits)
                    .await?;
                Ok(())
            }

            async fn prune_limits(
                &self,
                now: i64,
                forget_before: i64,
            ) -> Result<u64, $crate::store::StoreError> {
                let buckets = sqlx::query($crate::store::limits::PRUNE_BUCKETS)
                    .bind(now)
                    .execute(&self.limits)
                    .await?;
                let failures = sqlx::query($crate::store::limits::PRUNE_FAILURES)
                    .bind(forget_before)
                    .execute(&self.limits)
                    .await?;
                Ok(buckets.rows_affected() + failures.rows_affected())
            }
        }
    };
}

pub(super) use impl_limit_store;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_wait_is_what_is_left_of_one_interval_beyond_the_capacity() {
        let bucket = Bucket {
            burst: 3,
            interval_ms: 10_000,
        };
        assert_eq!(bucket.capacity_ms(), 30_000);
        // Three taken at once at t = 0: full again at 30 s; the next is allowed at 10 s.
        assert_eq!(bucket.wait(30_000, 0), Duration::from_secs(10));
        assert_eq!(bucket.wait(30_000, 4_000), Duration::from_secs(6));
        assert_eq!(bucket.wait(30_000, 10_000), Duration::ZERO);
        // A full bucket never waits.
        assert_eq!(bucket.wait(0, 50_000), Duration::ZERO);
    }
}
