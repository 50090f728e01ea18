//! Versions of the published default figures. A link or embed records the version it was made
//! with, so that it keeps showing the same numbers after the defaults are revised; every
//! version stays in the build. No web APIs.

use super::catalogue::Source;
use super::scenario::Scenario;

/// A revision of the default figures.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub enum DataVersion {
    /// The figures as known on the day of the OpenAI–AWS announcement: AWS's latest published
    /// PUE was 1.15 (2024).
    D2025_11,
    /// Current: AWS's 2025 PUE of 1.14, published in 2026.
    #[default]
    D2026_11,
}

/// Source of the 2024 AWS PUE used by [`DataVersion::D2025_11`].
pub const PUE_2024_SOURCE: Source = Source {
    url: "https://aws.amazon.com/tw/sustainability/data-centers",
    date: "2025",
    note: "“In 2024, AWS data centers reported a global PUE of 1.15.”",
};

impl DataVersion {
    /// The version new links are made with.
    pub const CURRENT: DataVersion = DataVersion::D2026_11;

    /// Every version, oldest first.
    pub const ALL: [DataVersion; 2] = [DataVersion::D2025_11, DataVersion::D2026_11];

    /// Identifier used in links (`data=2026-11`).
    pub fn id(self) -> &'static str {
        match self {
            DataVersion::D2025_11 => "2025-11",
            DataVersion::D2026_11 => "2026-11",
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
            DataVersion::D2026_11 => 1.14,
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
