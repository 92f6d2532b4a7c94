//! Measuring: a latency histogram that many tasks record into at once, nearest-rank
//! percentiles over it, and what `/proc` says about a process (CPU time, resident memory).

use std::sync::atomic::{AtomicU64, Ordering};

/// Bucket width below [`FINE_UNTIL_US`]: 10 µs.
const FINE_US: u64 = 10;
/// Up to 200 ms the buckets are fine.
const FINE_UNTIL_US: u64 = 200_000;
/// Bucket width from there to [`COARSE_UNTIL_US`]: 1 ms.
const COARSE_US: u64 = 1_000;
/// Beyond 20 s everything falls into one last bucket.
const COARSE_UNTIL_US: u64 = 20_000_000;
const FINE_BUCKETS: usize = (FINE_UNTIL_US / FINE_US) as usize;
const BUCKETS: usize = FINE_BUCKETS + ((COARSE_UNTIL_US - FINE_UNTIL_US) / COARSE_US) as usize + 1;

/// Latencies in microseconds, counted in buckets of 10 µs up to 200 ms and of 1 ms up to
/// 20 s; recording is one relaxed atomic add, so every client task records into the same one.
#[derive(Debug)]
pub struct Histogram {
    buckets: Vec<AtomicU64>,
    max: AtomicU64,
}

impl Default for Histogram {
    fn default() -> Self {
        Self {
            buckets: (0..BUCKETS).map(|_| AtomicU64::new(0)).collect(),
            max: AtomicU64::new(0),
        }
    }
}

fn bucket_of(micros: u64) -> usize {
    if micros < FINE_UNTIL_US {
        (micros / FINE_US) as usize
    } else if micros < COARSE_UNTIL_US {
        FINE_BUCKETS + ((micros - FINE_UNTIL_US) / COARSE_US) as usize
    } else {
        BUCKETS - 1
    }
}

/// The largest latency a bucket holds (the last one: unbounded).
fn bucket_top(bucket: usize) -> u64 {
    if bucket < FINE_BUCKETS {
        (bucket as u64 + 1) * FINE_US
    } else if bucket < BUCKETS - 1 {
        FINE_UNTIL_US + (bucket - FINE_BUCKETS) as u64 * COARSE_US + COARSE_US
    } else {
        u64::MAX
    }
}

impl Histogram {
    /// Counts one latency.
    pub fn record(&self, micros: u64) {
        self.buckets[bucket_of(micros)].fetch_add(1, Ordering::Relaxed);
        // Read first: the largest rarely changes, and a read leaves the shared line where it
        // is, where a read-modify-write on every record would pull it between the cores.
        if micros > self.max.load(Ordering::Relaxed) {
            self.max.fetch_max(micros, Ordering::Relaxed);
        }
    }
}

/// Percentiles of one or more histograms, in milliseconds.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Percentiles {
    /// Latencies counted.
    pub count: u64,
    /// Median.
    pub p50: f64,
    /// 99th percentile.
    pub p99: f64,
    /// Largest.
    pub max: f64,
}

impl Percentiles {
    /// Nearest-rank percentiles (the smallest value with at least q of all at or below it) of
    /// everything in `histograms`, each given as the top of its bucket (at most the largest
    /// value seen), so they are at most 10 µs (1 ms above 200 ms) too high, never too low.
    #[must_use]
    pub fn of(histograms: &[&Histogram]) -> Self {
        let counts: Vec<u64> = (0..BUCKETS)
            .map(|b| {
                histograms
                    .iter()
                    .map(|h| h.buckets[b].load(Ordering::Relaxed))
                    .sum::<u64>()
            })
            .collect();
        let max = histograms
            .iter()
            .map(|h| h.max.load(Ordering::Relaxed))
            .max()
            .unwrap_or(0);
        let count: u64 = counts.iter().sum();
        let at = |q: f64| -> f64 {
            if count == 0 {
                return 0.0;
            }
            let rank = ((q * count as f64).ceil() as u64).clamp(1, count);
            let mut seen = 0;
            for (bucket, n) in counts.iter().enumerate() {
                seen += n;
                if seen >= rank {
                    return ms(bucket_top(bucket).min(max));
                }
            }
            ms(max)
        };
        Self {
            count,
            p50: at(0.50),
            p99: at(0.99),
            max: ms(max),
        }
    }
}

fn ms(micros: u64) -> f64 {
    micros as f64 / 1000.0
}

/// CPU time (user + system) a process has used, in clock ticks, from `/proc/<pid>/stat`.
pub fn cpu_ticks(pid: u32) -> Result<u64, String> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat"))
        .map_err(|e| format!("/proc/{pid}/stat: {e}"))?;
    // The command name (field 2) is in parentheses and may hold spaces; utime and stime are
    // fields 14 and 15, the 12th and 13th after it.
    let after = stat
        .rfind(')')
        .map(|at| &stat[at + 1..])
        .ok_or_else(|| format!("/proc/{pid}/stat: unexpected format"))?;
    let fields: Vec<&str> = after.split_whitespace().collect();
    let field = |i: usize| -> Result<u64, String> {
        fields
            .get(i)
            .and_then(|f| f.parse().ok())
            .ok_or_else(|| format!("/proc/{pid}/stat: no field {}", i + 3))
    };
    Ok(field(11)? + field(12)?)
}

/// Clock ticks per second of [`cpu_ticks`].
#[must_use]
pub fn ticks_per_second() -> u64 {
    rustix::param::clock_ticks_per_second().max(1)
}

/// CPU time the whole machine has been busy (all cores, user, system, interrupts, steal), in
/// clock ticks, from the first line of `/proc/stat`.
pub fn machine_busy_ticks() -> Result<u64, String> {
    let stat = std::fs::read_to_string("/proc/stat").map_err(|e| format!("/proc/stat: {e}"))?;
    let fields: Vec<u64> = stat
        .lines()
        .next()
        .and_then(|l| l.strip_prefix("cpu "))
        .ok_or("/proc/stat: no cpu line")?
        .split_whitespace()
        .map(|f| f.parse().map_err(|_| "/proc/stat: not a number"))
        .collect::<Result<_, _>>()?;
    // user nice system idle iowait irq softirq steal: all but idle and iowait.
    let busy = [0, 1, 2, 5, 6, 7]
        .iter()
        .map(|i| fields.get(*i).copied().unwrap_or(0))
        .sum();
    Ok(busy)
}

/// The one-minute load average.
pub fn load_average() -> Result<f64, String> {
    std::fs::read_to_string("/proc/loadavg")
        .map_err(|e| format!("/proc/loadavg: {e}"))?
        .split_whitespace()
        .next()
        .and_then(|v| v.parse().ok())
        .ok_or_else(|| "/proc/loadavg: unexpected format".to_owned())
}

/// `VmRSS` of a process in KiB, from `/proc/<pid>/status`.
pub fn rss_kib(pid: u32) -> Result<u64, String> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status"))
        .map_err(|e| format!("/proc/{pid}/status: {e}"))?;
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .ok_or_else(|| format!("no VmRSS in /proc/{pid}/status"))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    /// Exact nearest-rank percentile of sorted values.
    fn exact(sorted: &[u64], q: f64) -> u64 {
        let rank = ((q * sorted.len() as f64).ceil() as usize).clamp(1, sorted.len());
        sorted[rank - 1]
    }

    #[test]
    fn percentiles_match_the_exact_ones_within_a_bucket() {
        let mut rng = fastrand::Rng::with_seed(7);
        for len in [1usize, 2, 3, 99, 100, 101, 10_000] {
            let h = Histogram::default();
            // Mostly a few milliseconds, a tail to a few hundred, now and then seconds.
            let mut values: Vec<u64> = (0..len)
                .map(|_| match rng.u32(0..100) {
                    0 => rng.u64(200_000..30_000_000),
                    1..=5 => rng.u64(20_000..200_000),
                    _ => rng.u64(0..20_000),
                })
                .collect();
            for v in &values {
                h.record(*v);
            }
            values.sort_unstable();
            let p = Percentiles::of(&[&h]);
            assert_eq!(p.count, len as u64);
            assert_eq!(p.max, ms(*values.last().unwrap()));
            for (got, q) in [(p.p50, 0.5), (p.p99, 0.99)] {
                let want = exact(&values, q);
                let width = if want < FINE_UNTIL_US {
                    FINE_US
                } else if want < COARSE_UNTIL_US {
                    COARSE_US
                } else {
                    u64::MAX / 2
                };
                let got_us = (got * 1000.0).round() as u64;
                assert!(
                    got_us >= want && got_us - want <= width,
                    "len {len} q {q}: got {got_us} µs, exact {want} µs"
                );
            }
        }
    }

    #[test]
    fn histograms_add_up_and_an_empty_one_is_zero() {
        assert_eq!(
            Percentiles::of(&[&Histogram::default()]),
            Percentiles::default()
        );
        let (a, b) = (Histogram::default(), Histogram::default());
        for v in 1..=50 {
            a.record(v * 1000);
            b.record((50 + v) * 1000);
        }
        let p = Percentiles::of(&[&a, &b]);
        assert_eq!(p.count, 100);
        assert_eq!(p.p50, 50.01);
        assert_eq!(p.p99, 99.01);
        assert_eq!(p.max, 100.0);
    }

    #[test]
    fn this_process_has_cpu_time_and_memory() {
        let me = std::process::id();
        assert!(rss_kib(me).unwrap() > 0);
        assert!(machine_busy_ticks().unwrap() >= cpu_ticks(me).unwrap());
        assert!(ticks_per_second() >= 1);
        assert!(load_average().unwrap() >= 0.0);
    }
}
