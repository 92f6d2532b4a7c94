//! Rate limits, answered with 429 `rate_limited` and `Retry-After`: an in-memory token bucket
//! per client address, checked by a middleware on the routes that need it (registration,
//! login, opening the live chat); and per account, checked by handlers (posts, flags,
//! reactions), kept in the database so that every instance counts against one budget
//! ([`AccountLimiter`], [`crate::store::LimitStore`]).
//!
//! The address buckets stay in each process: they are there to keep floods off the database,
//! so asking the database would defeat them. With several instances behind a balancer, an
//! address gets each instance's budget.
//!
//! Addresses are keyed as IPv4 or as their IPv6 /64 network (one household or phone usually
//! gets a whole /64); behind a trusted proxy the address is the forwarded one
//! ([`crate::client_ip`]). Addresses are never logged; a refusal is a security event with the
//! address hashed ([`crate::security`]).

use crate::client_ip::ClientIp;
use crate::error::AppError;
use crate::security::{self, Event, Origin};
use crate::sessions;
use crate::store::{Bucket as StoredBucket, LimitKind, Store};
use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::Response;
use lernwelt_protocol::AccountId;
use std::collections::HashMap;
use std::net::{IpAddr, Ipv6Addr};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// Keys in one generation of buckets. Memory stays under two generations whatever the number
/// of addresses: when the current generation is full it becomes the previous one and the
/// previous one is dropped (a map of plain values: freeing it does not visit its entries), and
/// a key met again is moved into the current one. A bucket is forgotten (and so refilled) only
/// after this many other keys were seen since its last use; someone with that many addresses
/// has that many buckets anyway. Every request costs O(1) under the lock.
const GENERATION: usize = 50_000;

/// A bucket size and how fast it refills.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RateLimit {
    /// Requests allowed at once from a fresh address.
    pub burst: u32,
    /// One more request is allowed after each such interval.
    pub refill_every: Duration,
}

#[derive(Debug, Clone, Copy)]
struct Bucket {
    tokens: f64,
    updated: Instant,
}

/// The buckets of one limit. Cheap to clone (shared).
#[derive(Debug, Clone)]
pub struct RateLimiter {
    limit: RateLimit,
    buckets: Arc<Mutex<Buckets>>,
}

/// The buckets of the addresses seen (IPv6 cut to its /64), in two generations.
#[derive(Debug, Default)]
struct Buckets {
    current: HashMap<IpAddr, Bucket>,
    previous: HashMap<IpAddr, Bucket>,
}

impl Buckets {
    /// The bucket of `key`, `fresh` if it has none.
    fn get(&mut self, key: IpAddr, fresh: Bucket) -> &mut Bucket {
        if !self.current.contains_key(&key) {
            let bucket = self.previous.remove(&key).unwrap_or(fresh);
            if self.current.len() >= GENERATION {
                self.previous = std::mem::take(&mut self.current);
            }
            self.current.insert(key, bucket);
        }
        self.current.entry(key).or_insert(fresh)
    }

    #[cfg(test)]
    fn len(&self) -> usize {
        self.current.len() + self.previous.len()
    }
}

impl RateLimiter {
    /// A limiter with no address seen yet.
    #[must_use]
    pub fn new(limit: RateLimit) -> Self {
        Self {
            limit,
            buckets: Arc::new(Mutex::new(Buckets::default())),
        }
    }

    /// Takes one token for `addr` at `now`; `Err(wait)` if there is none.
    pub fn check(&self, addr: IpAddr, now: Instant) -> Result<(), Duration> {
        let key = bucket_key(addr);
        let limit = self.limit;
        // A poisoned lock only means another request panicked mid-update; the map is still
        // usable, and refusing every later request would be worse.
        let mut buckets = self.buckets.lock().unwrap_or_else(|e| e.into_inner());
        let fresh = Bucket {
            tokens: f64::from(limit.burst),
            updated: now,
        };
        take(buckets.get(key, fresh), limit, now)
    }
}

/// One per-account limit, kept in the store. Cheap to clone (shared).
#[derive(Clone)]
pub struct AccountLimiter {
    kind: LimitKind,
    bucket: StoredBucket,
    store: Arc<dyn Store>,
}

impl AccountLimiter {
    /// The limit of `kind` with `limit`'s size and refill, kept in `store`.
    #[must_use]
    pub fn new(kind: LimitKind, limit: RateLimit, store: Arc<dyn Store>) -> Self {
        let interval_ms = i64::try_from(limit.refill_every.as_millis()).unwrap_or(i64::MAX);
        Self {
            kind,
            bucket: StoredBucket {
                burst: limit.burst.max(1),
                interval_ms: interval_ms.max(1),
            },
            store,
        }
    }

    /// Takes one turn for `account` now: 429 when its bucket is empty.
    pub async fn enforce(&self, account: AccountId) -> Result<(), AppError> {
        let taken = self
            .store
            .take_turn(account, self.kind, self.bucket, sessions::now_ms())
            .await?;
        taken.map_err(|wait| AppError::account_limited(account, wait.as_secs().max(1)))
    }
}

/// IPv4 as it is (also when mapped into IPv6); IPv6 cut to its /64 network.
fn bucket_key(addr: IpAddr) -> IpAddr {
    match addr {
        IpAddr::V4(v4) => IpAddr::V4(v4),
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => IpAddr::V4(v4),
            None => {
                let network = v6.to_bits() & (u128::MAX << 64);
                IpAddr::V6(Ipv6Addr::from_bits(network))
            }
        },
    }
}

fn refilled(bucket: Bucket, limit: RateLimit, now: Instant) -> f64 {
    let elapsed = now.saturating_duration_since(bucket.updated).as_secs_f64();
    let per_token = limit.refill_every.as_secs_f64().max(f64::EPSILON);
    (bucket.tokens + elapsed / per_token).min(f64::from(limit.burst))
}

fn take(bucket: &mut Bucket, limit: RateLimit, now: Instant) -> Result<(), Duration> {
    bucket.tokens = refilled(*bucket, limit, now);
    bucket.updated = now;
    if bucket.tokens >= 1.0 {
        bucket.tokens -= 1.0;
        Ok(())
    } else {
        Err(limit.refill_every.mul_f64(1.0 - bucket.tokens))
    }
}

/// Middleware: refuses the request with 429 when the client's address is out of tokens.
/// Without a known address (tests driving the router directly) all requests share one bucket.
pub async fn enforce(
    State(limiter): State<RateLimiter>,
    request: Request,
    next: Next,
) -> Result<Response, AppError> {
    let addr = request
        .extensions()
        .get::<ClientIp>()
        .map_or(IpAddr::V4(std::net::Ipv4Addr::UNSPECIFIED), |c| c.0);
    match limiter.check(addr, Instant::now()) {
        Ok(()) => Ok(next.run(request).await),
        Err(wait) => {
            security::record(Event::RateLimited, None, Origin(Some(addr)));
            Err(AppError::RateLimited {
                retry_after_secs: wait.as_secs().max(1),
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const LIMIT: RateLimit = RateLimit {
        burst: 3,
        refill_every: Duration::from_secs(10),
    };

    #[test]
    fn burst_then_refill() {
        let limiter = RateLimiter::new(LIMIT);
        let ip: IpAddr = "192.0.2.1".parse().unwrap();
        let t0 = Instant::now();
        for _ in 0..3 {
            assert!(limiter.check(ip, t0).is_ok());
        }
        let wait = limiter.check(ip, t0).unwrap_err();
        assert_eq!(wait, Duration::from_secs(10));
        assert!(limiter.check(ip, t0 + Duration::from_secs(5)).is_err());
        assert!(limiter.check(ip, t0 + Duration::from_secs(11)).is_ok());
        assert!(limiter.check(ip, t0 + Duration::from_secs(11)).is_err());
    }

    #[test]
    fn addresses_are_separate_but_an_ipv6_network_is_one() {
        let limiter = RateLimiter::new(LIMIT);
        let t0 = Instant::now();
        let a: IpAddr = "2001:db8:1:2::1".parse().unwrap();
        let b: IpAddr = "2001:db8:1:2:ffff::9".parse().unwrap();
        let c: IpAddr = "2001:db8:1:3::1".parse().unwrap();
        for _ in 0..3 {
            assert!(limiter.check(a, t0).is_ok());
        }
        assert!(limiter.check(b, t0).is_err(), "same /64");
        assert!(limiter.check(c, t0).is_ok(), "other /64");
        let mapped: IpAddr = "::ffff:192.0.2.7".parse().unwrap();
        let plain: IpAddr = "192.0.2.7".parse().unwrap();
        assert_eq!(bucket_key(mapped), bucket_key(plain));
    }

    #[test]
    fn memory_stays_bounded_and_a_busy_key_keeps_its_bucket() {
        let limiter = RateLimiter::new(LIMIT);
        let t0 = Instant::now();
        let busy: IpAddr = "198.51.100.1".parse().unwrap();
        for _ in 0..3 {
            assert!(limiter.check(busy, t0).is_ok());
        }
        // A flood from many addresses, the busy one trying again now and then.
        for n in 0..(3 * GENERATION as u32) {
            let ip = IpAddr::V4(std::net::Ipv4Addr::from_bits(0x0a00_0000 + n));
            let _ = limiter.check(ip, t0);
            if n % 10_000 == 0 {
                assert!(limiter.check(busy, t0).is_err(), "still empty after {n}");
            }
        }
        let len = limiter.buckets.lock().unwrap().len();
        assert!(len <= 2 * GENERATION, "{len} buckets");
    }
}
