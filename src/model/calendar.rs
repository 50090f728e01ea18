//! Calendar months and the length of a billing month. Pure arithmetic; no dates library and no
//! web APIs.

use std::fmt;

/// Hours in the model's month: 365.25 days × 24 h ÷ 12 = 730.5 h.
pub const HOURS_PER_MONTH: f64 = 730.5;

/// A calendar month, stored as months since January of year 0 so that month arithmetic is
/// integer arithmetic.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct YearMonth {
    index: i32,
}

impl YearMonth {
    /// The month `month` (1–12) of `year`; `None` if `month` is out of range.
    pub fn new(year: i32, month: u32) -> Option<Self> {
        if !(1..=12).contains(&month) || !(0..=9999).contains(&year) {
            return None;
        }
        Some(Self {
            index: year * 12 + month as i32 - 1,
        })
    }

    /// Calendar year, e.g. 2025.
    pub fn year(self) -> i32 {
        self.index.div_euclid(12)
    }

    /// Month of the year, 1 (January) – 12 (December).
    pub fn month(self) -> u32 {
        self.index.rem_euclid(12) as u32 + 1
    }

    /// This month moved by `months` (negative moves back).
    pub fn plus_months(self, months: i32) -> Self {
        Self {
            index: self.index.saturating_add(months),
        }
    }

    /// Whole months from `earlier` to `self` (negative if `self` is earlier).
    pub fn months_since(self, earlier: Self) -> i32 {
        self.index - earlier.index
    }

    /// Months since January of year 0: a linear x coordinate for charts.
    pub fn ordinal(self) -> i32 {
        self.index
    }

    /// The month whose [`ordinal`](Self::ordinal) is `ordinal`.
    pub fn from_ordinal(ordinal: i32) -> Self {
        Self { index: ordinal }
    }

    /// Parses `YYYY-MM`, e.g. `2025-11`.
    pub fn parse(text: &str) -> Option<Self> {
        let (year, month) = text.trim().split_once('-')?;
        if year.len() != 4 || month.is_empty() || month.len() > 2 {
            return None;
        }
        Self::new(year.parse().ok()?, month.parse().ok()?)
    }
}

impl fmt::Display for YearMonth {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.year(), self.month())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_prints_round_trip() {
        for text in ["2025-11", "2015-01", "2040-12", "2026-06"] {
            let month = YearMonth::parse(text).expect("valid month");
            assert_eq!(month.to_string(), text);
        }
    }

    #[test]
    fn rejects_malformed_months() {
        for text in [
            "", "2025", "2025-13", "2025-00", "25-11", "2025-1x", "abcd-01", "2025-011",
        ] {
            assert_eq!(YearMonth::parse(text), None, "{text}");
        }
    }

    #[test]
    fn month_arithmetic_crosses_years() {
        let nov = YearMonth::new(2025, 11).expect("valid");
        assert_eq!(nov.plus_months(2), YearMonth::new(2026, 1).expect("valid"));
        assert_eq!(
            nov.plus_months(-11),
            YearMonth::new(2024, 12).expect("valid")
        );
        assert_eq!(
            YearMonth::new(2032, 11).expect("valid").months_since(nov),
            84
        );
    }
}
