//! Dates exactly as precise as their source: a year, a month or a day.
//!
//! News often says only "2019" or "Juli 2020". A [`PartialDate`] keeps that
//! precision instead of padding it to a made-up first of January, so a page
//! shows "2019" and a chart draws the whole year, never a point on 1 January.

use std::fmt;

/// How much of a date the source gave.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Precision {
    Year,
    Month,
    Day,
}

/// A calendar date of year, month or day precision.
///
/// Ordering is chronological by start; at an equal start, the less precise
/// date sorts first ("2019" before "2019-01" before "2019-01-01").
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PartialDate {
    year: i32,
    month: Option<u8>,
    day: Option<u8>,
}

impl PartialDate {
    pub fn year(year: i32) -> Self {
        PartialDate {
            year,
            month: None,
            day: None,
        }
    }

    pub fn month(year: i32, month: u8) -> Option<Self> {
        (1..=12).contains(&month).then_some(PartialDate {
            year,
            month: Some(month),
            day: None,
        })
    }

    pub fn day(year: i32, month: u8, day: u8) -> Option<Self> {
        let valid = (1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month);
        valid.then_some(PartialDate {
            year,
            month: Some(month),
            day: Some(day),
        })
    }

    /// Parses `2019`, `2019-07` or `2019-07-18`; `None` for anything else.
    pub fn parse(text: &str) -> Option<Self> {
        let parts: Vec<&str> = text.split('-').collect();
        let number = |s: &str, len: usize| -> Option<u32> {
            (s.len() == len && s.bytes().all(|b| b.is_ascii_digit()))
                .then(|| s.parse().ok())
                .flatten()
        };
        let year = i32::try_from(number(parts.first()?, 4)?).ok()?;
        match parts.len() {
            1 => Some(PartialDate::year(year)),
            2 => PartialDate::month(year, u8::try_from(number(parts[1], 2)?).ok()?),
            3 => PartialDate::day(
                year,
                u8::try_from(number(parts[1], 2)?).ok()?,
                u8::try_from(number(parts[2], 2)?).ok()?,
            ),
            _ => None,
        }
    }

    /// Whether every day this date covers comes after every day `other`
    /// covers: `2020` is after `2019-12-31`, but `2019` is not after
    /// `2019-07` (they may be the same day).
    pub fn is_after(&self, other: &PartialDate) -> bool {
        let first = (self.year, self.month.unwrap_or(1), self.day.unwrap_or(1));
        let other_month = other.month.unwrap_or(12);
        let last = (
            other.year,
            other_month,
            other
                .day
                .unwrap_or_else(|| days_in_month(other.year, other_month)),
        );
        first > last
    }

    pub fn year_number(&self) -> i32 {
        self.year
    }

    pub fn month_number(&self) -> Option<u8> {
        self.month
    }

    pub fn day_number(&self) -> Option<u8> {
        self.day
    }

    pub fn precision(&self) -> Precision {
        match (self.month, self.day) {
            (None, _) => Precision::Year,
            (Some(_), None) => Precision::Month,
            (Some(_), Some(_)) => Precision::Day,
        }
    }

    /// The stretch of time the date covers, in fractional years: a whole year
    /// for `2019`, one twelfth for `2019-07`, a single instant for a day.
    /// Charts place a value across this span, never at an invented day.
    pub fn span_in_years(&self) -> (f64, f64) {
        let year = f64::from(self.year);
        match (self.month, self.day) {
            (None, _) => (year, year + 1.0),
            (Some(m), None) => {
                let start = year + f64::from(m - 1) / 12.0;
                (start, start + 1.0 / 12.0)
            }
            (Some(m), Some(d)) => {
                let days_before: u32 = (1..m)
                    .map(|mm| u32::from(days_in_month(self.year, mm)))
                    .sum();
                let total = if is_leap(self.year) { 366.0 } else { 365.0 };
                let at = year + (f64::from(days_before) + f64::from(d) - 0.5) / total;
                (at, at)
            }
        }
    }

    /// True when `other` lies inside the time this date covers
    /// (`2019` contains `2019-07-18`).
    pub fn contains(&self, other: &PartialDate) -> bool {
        self.year == other.year
            && self.month.is_none_or(|m| other.month == Some(m))
            && self.day.is_none_or(|d| other.day == Some(d))
    }
}

impl fmt::Display for PartialDate {
    /// The ISO form the author wrote: `2019`, `2019-07`, `2019-07-18`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
        }
        if let Some(d) = self.day {
            write!(f, "-{d:02}")?;
        }
        Ok(())
    }
}

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn after_means_no_day_in_common() {
        let d = |t: &str| PartialDate::parse(t).unwrap();
        assert!(d("2020").is_after(&d("2019-12-31")));
        assert!(d("2019-08").is_after(&d("2019-07")));
        assert!(!d("2019").is_after(&d("2019-07")));
        assert!(!d("2019-07-18").is_after(&d("2019")));
        assert!(!d("2019-07").is_after(&d("2019-07-31")));
        assert!(d("2019-08-01").is_after(&d("2019-07")));
    }

    #[test]
    fn parses_each_precision() {
        assert_eq!(
            PartialDate::parse("2019").map(|d| d.precision()),
            Some(Precision::Year)
        );
        assert_eq!(
            PartialDate::parse("2019-07").map(|d| d.precision()),
            Some(Precision::Month)
        );
        assert_eq!(
            PartialDate::parse("2019-07-18").map(|d| d.precision()),
            Some(Precision::Day)
        );
        assert_eq!(
            PartialDate::parse("2019-07-18").map(|d| d.to_string()),
            Some("2019-07-18".into())
        );
    }

    #[test]
    fn rejects_impossible_dates() {
        for bad in [
            "2019-13",
            "2019-02-30",
            "2021-02-29",
            "19",
            "2019-7",
            "2019/07",
            "2019-07-18-01",
            "",
        ] {
            assert_eq!(PartialDate::parse(bad), None, "{bad}");
        }
        assert!(PartialDate::parse("2020-02-29").is_some());
    }

    #[test]
    fn orders_by_start_then_precision() {
        let mut dates: Vec<_> = ["2020-11", "2019-07-18", "2019", "2020"]
            .iter()
            .filter_map(|s| PartialDate::parse(s))
            .collect();
        dates.sort();
        let text: Vec<_> = dates.iter().map(ToString::to_string).collect();
        assert_eq!(text, ["2019", "2019-07-18", "2020", "2020-11"]);
    }

    #[test]
    fn spans_cover_the_stated_precision() {
        assert_eq!(PartialDate::year(2019).span_in_years(), (2019.0, 2020.0));
        let (start, end) = PartialDate::month(2020, 11)
            .map(|d| d.span_in_years())
            .unwrap_or_default();
        assert!(
            (start - (2020.0 + 10.0 / 12.0)).abs() < 1e-9
                && (end - start - 1.0 / 12.0).abs() < 1e-9
        );
        let (a, b) = PartialDate::day(2019, 1, 1)
            .map(|d| d.span_in_years())
            .unwrap_or_default();
        assert_eq!(a, b);
        assert!(a > 2019.0 && a < 2019.01);
    }

    #[test]
    fn a_year_contains_its_days() {
        let year = PartialDate::year(2019);
        let day = PartialDate::day(2019, 7, 18).unwrap_or(year);
        assert!(year.contains(&day));
        assert!(!day.contains(&year));
    }
}
