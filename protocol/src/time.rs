//! Points in time on the wire: whole seconds since the Unix epoch (UTC), so neither side needs a
//! date library to read them; and the wall clock in Germany, where counsellors work and call
//! back ([`Timestamp::in_berlin`]).

use serde::{Deserialize, Serialize};

/// Seconds since 1970-01-01T00:00:00Z.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Timestamp(pub i64);

impl Timestamp {
    /// The moment `seconds` later (saturating instead of overflowing).
    #[must_use]
    pub fn plus_seconds(self, seconds: i64) -> Self {
        Self(self.0.saturating_add(seconds))
    }
}

/// A date and time of day on the wall clock in Germany.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BerlinTime {
    /// The year.
    pub year: i32,
    /// 1–12.
    pub month: u32,
    /// 1–31.
    pub day: u32,
    /// 0–23.
    pub hour: u32,
    /// 0–59.
    pub minute: u32,
    /// 1 = Monday … 7 = Sunday.
    pub weekday: u32,
}

/// Days since 1970-01-01 of a date in the proleptic Gregorian calendar.
fn days_from_civil(year: i32, month: u32, day: u32) -> i64 {
    let y = i64::from(year) - i64::from(month <= 2);
    let era = y.div_euclid(400);
    let year_of_era = y - era * 400;
    let m = i64::from(month);
    let day_of_year = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

/// The date of a day count since 1970-01-01: (year, month, day).
fn civil_from_days(days: i64) -> (i32, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let day_of_era = z - era * 146_097;
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let mp = (5 * day_of_year + 2) / 153;
    let day = (day_of_year - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = (year_of_era + era * 400 + i64::from(month <= 2)) as i32;
    (year, month, day)
}

/// The moment (UTC) summer time begins or ends in `year`: 01:00 UTC on the last Sunday of
/// `month` (March or October), as everywhere in the EU.
fn last_sunday_at_one(year: i32, month: u32) -> i64 {
    let last_day = days_from_civil(year, month, 31);
    // 1970-01-01 was a Thursday: (days + 3) mod 7 is 0 on Mondays.
    let weekday_from_monday = (last_day + 3).rem_euclid(7);
    let sunday = last_day - ((weekday_from_monday + 1) % 7);
    sunday * 86_400 + 3_600
}

impl Timestamp {
    /// Germany's offset from UTC at this moment, in seconds: one hour, two in summer time.
    #[must_use]
    pub fn berlin_offset(self) -> i64 {
        let (year, _, _) = civil_from_days(self.0.div_euclid(86_400));
        let summer = last_sunday_at_one(year, 3) <= self.0 && self.0 < last_sunday_at_one(year, 10);
        if summer { 7_200 } else { 3_600 }
    }

    /// This moment on the wall clock in Germany.
    #[must_use]
    pub fn in_berlin(self) -> BerlinTime {
        let local = self.0 + self.berlin_offset();
        let days = local.div_euclid(86_400);
        let seconds = local.rem_euclid(86_400);
        let (year, month, day) = civil_from_days(days);
        BerlinTime {
            year,
            month,
            day,
            hour: (seconds / 3_600) as u32,
            minute: (seconds % 3_600 / 60) as u32,
            weekday: ((days + 3).rem_euclid(7) + 1) as u32,
        }
    }

    /// The moment it is `hour`:00 on the wall clock in Germany on the given date. In the hour
    /// the clocks go back, the first of the two; in the hour they skip, the hour after.
    #[must_use]
    pub fn at_berlin(year: i32, month: u32, day: u32, hour: u32) -> Self {
        let wall = days_from_civil(year, month, day) * 86_400 + i64::from(hour) * 3_600;
        // Try summer time first (the earlier reading of an hour that happens twice).
        for offset in [7_200, 3_600] {
            let candidate = Self(wall - offset);
            if candidate.berlin_offset() == offset {
                return candidate;
            }
        }
        Self(wall - 3_600)
    }

    /// The moment of `hour`:00 in Germany `days` days after this moment's German date.
    #[must_use]
    pub fn berlin_day_at(self, days: i64, hour: u32) -> Self {
        let today = self.in_berlin();
        let (year, month, day) =
            civil_from_days(days_from_civil(today.year, today.month, today.day) + days);
        Self::at_berlin(year, month, day, hour)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_round_trip_over_four_centuries() {
        for days in (-200_000..200_000).step_by(37) {
            let (y, m, d) = civil_from_days(days);
            assert_eq!(days_from_civil(y, m, d), days, "{y}-{m}-{d}");
        }
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(days_from_civil(2000, 3, 1), 11_017);
    }

    #[test]
    fn german_wall_clock_follows_summer_time() {
        // 2026-12-06 12:00 UTC is 13:00 in Berlin, a Sunday.
        let winter = Timestamp(1_796_558_400).in_berlin();
        assert_eq!(
            winter,
            BerlinTime {
                year: 2026,
                month: 12,
                day: 6,
                hour: 13,
                minute: 0,
                weekday: 7
            }
        );
        // 2026-07-01 10:30 UTC is 12:30 in Berlin, a Wednesday.
        let summer = Timestamp(1_782_901_800).in_berlin();
        assert_eq!((summer.hour, summer.minute, summer.weekday), (12, 30, 3));
        // Summer time 2026 begins on 29 March at 01:00 UTC and ends on 25 October at 01:00 UTC.
        let begins = Timestamp::at_berlin(2026, 3, 29, 3);
        assert_eq!(begins.berlin_offset(), 7_200);
        assert_eq!(Timestamp(begins.0 - 3_600).berlin_offset(), 3_600);
        assert_eq!(Timestamp::at_berlin(2026, 10, 25, 4).berlin_offset(), 3_600);
        assert_eq!(Timestamp::at_berlin(2026, 10, 24, 4).berlin_offset(), 7_200);
    }

    #[test]
    fn a_german_hour_is_found_again_on_the_wall_clock() {
        for start in (1_700_000_000..1_800_000_000).step_by(3_600 * 29 + 17) {
            let now = Timestamp(start);
            for days in 0..7 {
                let at = now.berlin_day_at(days, 9);
                let wall = at.in_berlin();
                assert_eq!((wall.hour, wall.minute), (9, 0), "{start} + {days} days");
            }
        }
        // The next day across the change to summer time is still 9:00.
        let saturday = Timestamp::at_berlin(2026, 3, 28, 12);
        assert_eq!(saturday.berlin_day_at(1, 9).in_berlin().day, 29);
        assert_eq!(saturday.berlin_day_at(1, 9).in_berlin().hour, 9);
    }
}
