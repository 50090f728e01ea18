//! Versions of the published default figures, and what changed in each (from
//! `data/changes.toml`). A link or embed records the version it was made
//! with, so that it keeps showing the same numbers after the defaults are revised; every
//! version stays in the build. No web APIs.

use super::catalogue::{Source, Trust};
use super::deals::Words;
use super::scenario::Scenario;

/// A revision of the default figures.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub enum DataVersion {
    /// The figures as known on the day of the OpenAI–AWS announcement: AWS's latest published
    /// PUE was 1.15 (2024).
    D2025_11,
    /// AWS's 2025 PUE of 1.14, published in 2026.
    D2026_11,
    /// The deals and accelerators of 2026 (see `data/changes.toml`).
    D2026_12,
    /// Current: a range wherever a figure rests on an assumption, and the data's weak points
    /// fixed (see `data/changes.toml`).
    #[default]
    D2027_01,
}

/// What changed in one data version, for the page's list.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct DataChange {
    /// The version's id (`2026-12`).
    pub version: &'static str,
    /// When it was published, `YYYY-MM` or `YYYY-MM-DD`.
    pub date: &'static str,
    /// The changes, in the page's three languages.
    pub changes: &'static [Words],
}

include!(concat!(env!("OUT_DIR"), "/changes.rs"));

/// Source of the 2024 AWS PUE used by [`DataVersion::D2025_11`].
pub const PUE_2024_SOURCE: Source = Source {
    trust: Trust::P,
    url: "https://aws.amazon.com/tw/sustainability/data-centers",
    date: "2025",
    #[cfg(not(target_arch = "wasm32"))]
    note: "“In 2024, AWS data centers reported a global PUE of 1.15.”",
};

impl DataVersion {
    /// The version new links are made with.
    pub const CURRENT: DataVersion = DataVersion::D2027_01;

    /// Every version, oldest first.
    pub const ALL: [DataVersion; 4] = [
        DataVersion::D2025_11,
        DataVersion::D2026_11,
        DataVersion::D2026_12,
        DataVersion::D2027_01,
    ];

    /// Identifier used in links (`data=2026-11`).
    pub fn id(self) -> &'static str {
        match self {
            DataVersion::D2025_11 => "2025-11",
            DataVersion::D2026_11 => "2026-11",
            DataVersion::D2026_12 => "2026-12",
            DataVersion::D2027_01 => "2027-01",
        }
    }

    /// The version with identifier `id`.
    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|version| version.id() == id)
    }

    /// Default PUE of this version.
    pub fn pue(self) -> f64 {
        match self {
            DataVersion::D2025_11 => 1.15,
            DataVersion::D2026_11 | DataVersion::D2026_12 | DataVersion::D2027_01 => 1.14,
        }
    }

    /// `scenario` with this version's default figures in place of the current ones.
    pub fn apply(self, scenario: Scenario) -> Scenario {
        Scenario {
            pue: self.pue(),
            ..scenario
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::run;

    #[test]
    fn the_current_version_is_the_default_scenario() {
        assert_eq!(
            DataVersion::CURRENT.apply(Scenario::default()),
            Scenario::default()
        );
        for version in DataVersion::ALL {
            assert_eq!(DataVersion::from_id(version.id()), Some(version));
        }
    }

    #[test]
    fn the_older_version_keeps_its_own_numbers() {
        let old = run(&DataVersion::D2025_11.apply(Scenario::default())).expect("valid");
        let new = run(&Scenario::default()).expect("valid");
        let ratio = old.summary.peak_facility_mw / new.summary.peak_facility_mw;
        assert!((ratio - 1.15 / 1.14).abs() < 1e-12);
        assert_eq!(
            old.summary.price_per_gpu_hour_usd,
            new.summary.price_per_gpu_hour_usd
        );
    }
}
