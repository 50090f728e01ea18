//! The inputs of one calculation: contract terms, fleet and assumptions, with the defaults of
//! the OpenAI–AWS deal of 2025-11-03. Plain data; no web APIs.

use super::calendar::YearMonth;
use super::catalogue::{GpuKind, PerKind, Precision, Source, Trust};
use super::ramp::RampShape;

/// Source of the default PUE of 1.14.
pub const PUE_SOURCE: Source = Source {
    trust: Trust::P,
    url: "https://sustainability.aboutamazon.com/environment/the-cloud/asdi",
    date: "2025",
    #[cfg(not(target_arch = "wasm32"))]
    note: "“In 2025 … average global PUE of 1.14” (AWS fleet; 1.15 in 2024).",
};

/// Source of the default electricity price of $80 per MWh.
pub const ELECTRICITY_SOURCE: Source = Source {
    trust: Trust::W,
    url: "https://aiinframap.com/tools/energy/datacenter-power-calculator",
    date: "2025",
    #[cfg(not(target_arch = "wasm32"))]
    note: "$0.08/kWh, “US industrial blended average; varies $0.04–$0.18 by state”; EIA regional industrial averages are 7–9 ¢/kWh.",
};

/// Which of the three tied quantities (`value = price × GPU-hours`) the model computes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Hash)]
pub enum SolveFor {
    /// The blended price per GPU-hour the contract value implies (the default).
    #[default]
    Price,
    /// One factor applied to every tranche count so that spend equals the value.
    Fleet,
    /// The contract value the fleet and price add up to.
    Value,
}

impl SolveFor {
    /// Stable identifier used in URLs.
    pub fn id(self) -> &'static str {
        match self {
            SolveFor::Price => "price",
            SolveFor::Fleet => "fleet",
            SolveFor::Value => "value",
        }
    }

    /// The mode with identifier `id`.
    pub fn from_id(id: &str) -> Option<Self> {
        [SolveFor::Price, SolveFor::Fleet, SolveFor::Value]
            .into_iter()
            .find(|mode| mode.id() == id)
    }
}

/// A batch of one GPU kind coming online together.
#[derive(Clone, Debug, PartialEq)]
pub struct Tranche {
    /// GPU kind.
    pub kind: GpuKind,
    /// GPUs at full deployment, 0 – 20,000,000. A float so that invalid entries (−5, 1e12) can
    /// be held and reported, and so that solving for the fleet can scale it.
    pub count: f64,
    /// First month with GPUs of this tranche online.
    pub first_month: YearMonth,
    /// Months from first GPUs to the full count, 0 – 120.
    pub ramp_months: i32,
    /// Shape of the ramp.
    pub ramp: RampShape,
    /// Months the tranche stays online from its first month, 1 – 360; `None`: to the end of
    /// the term. Set by deals whose parts end at different times (an agreement drawn on the
    /// timeline of a longer one), and kept by links.
    pub months_online: Option<i32>,
}

/// Everything the model needs for one calculation. May hold invalid values (as typed by a
/// reader); [`crate::model::validate`] says which, and [`crate::model::run`] refuses them.
#[derive(Clone, Debug, PartialEq)]
pub struct Scenario {
    /// Contract value, USD; $1 million – $5 trillion.
    pub value_usd: f64,
    /// Contract term, months; 1 – 360.
    pub term_months: i32,
    /// First month of the term; 2015-01 – 2040-12.
    pub start: YearMonth,
    /// GPU tranches; at most [`Scenario::MAX_TRANCHES`].
    pub tranches: Vec<Tranche>,
    /// Fleet size as facility power at its peak, MW, 1 – 100,000. When set (and the fleet is
    /// not solved for), every tranche count is scaled by one factor to reach it, so the counts
    /// only set the mix: deals are often announced in gigawatts, not GPUs.
    pub fleet_mw: Option<f64>,
    /// Which quantity is computed.
    pub solve: SolveFor,
    /// Blended price per GPU-hour, USD, $0.01 – $1,000; an input unless solving for price.
    pub price_per_gpu_hour_usd: f64,
    /// Relative price weight per kind (GB200 = 1), 0.1 – 10: splits the blended price.
    pub price_weight: PerKind<f64>,
    /// Precision at which compute is counted (dense).
    pub precision: Precision,
    /// Share of delivered GPU-hours in use, 0 – 1.
    pub utilisation: f64,
    /// Model FLOPs utilisation of the hours in use, 0 – 1.
    pub mfu: f64,
    /// All-in IT power per GPU by kind, kW, 0.1 – 10.
    pub it_power_kw: PerKind<f64>,
    /// Power usage effectiveness (facility ÷ IT power), 1.0 – 3.0.
    pub pue: f64,
    /// Electricity price, USD per MWh, 0 – 1,000 (context: the provider's bill).
    pub electricity_usd_per_mwh: f64,
}

impl Scenario {
    /// Most tranches a fleet may hold.
    pub const MAX_TRANCHES: usize = 20;

    /// Sum of all tranche counts at full deployment.
    pub fn total_gpus(&self) -> f64 {
        self.tranches.iter().map(|tranche| tranche.count).sum()
    }

    /// The month after the last month of the term.
    pub fn end(&self) -> YearMonth {
        self.start.plus_months(self.term_months)
    }
}

fn month(year: i32, month: u32) -> YearMonth {
    YearMonth::new(year, month).expect("default months are valid calendar months")
}

impl Default for Scenario {
    /// The OpenAI–AWS deal announced 2025-11-03: $38 billion over seven years, GB200 and GB300
    /// GPUs all online by the end of 2026. The split of "hundreds of thousands" of GPUs into
    /// 200,000 GB200 and 100,000 GB300 is an assumption: no count was disclosed.
    fn default() -> Self {
        Self {
            value_usd: 38e9,
            term_months: 7 * 12,
            start: month(2025, 11),
            tranches: vec![
                Tranche {
                    kind: GpuKind::GB200,
                    count: 200_000.0,
                    first_month: month(2025, 11),
                    ramp_months: 12,
                    ramp: RampShape::Linear,
                    months_online: None,
                },
                Tranche {
                    kind: GpuKind::GB300,
                    count: 100_000.0,
                    first_month: month(2026, 6),
                    ramp_months: 6,
                    ramp: RampShape::Linear,
                    months_online: None,
                },
            ],
            fleet_mw: None,
            solve: SolveFor::Price,
            price_per_gpu_hour_usd: 2.25,
            price_weight: PerKind(GpuKind::ALL.map(|kind| kind.spec().price_weight)),
            precision: Precision::Fp8,
            utilisation: 0.9,
            mfu: 0.4,
            it_power_kw: PerKind(GpuKind::ALL.map(|kind| kind.spec().it_power_kw)),
            // AWS fleet average PUE in 2025 (sustainability.aboutamazon.com).
            pue: 1.14,
            // US industrial blended average (aiinframap.com; EIA regional 7–9 ¢/kWh).
            electricity_usd_per_mwh: 80.0,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_fleet_is_fully_online_by_december_2026() {
        let scenario = Scenario::default();
        for tranche in &scenario.tranches {
            let full = tranche.first_month.plus_months(tranche.ramp_months - 1);
            assert!(full <= month(2026, 12), "{:?} full in {full}", tranche.kind);
        }
        assert_eq!(scenario.end(), month(2032, 11));
    }

    #[test]
    fn solve_ids_round_trip() {
        for mode in [SolveFor::Price, SolveFor::Fleet, SolveFor::Value] {
            assert_eq!(SolveFor::from_id(mode.id()), Some(mode));
        }
        assert_eq!(SolveFor::from_id("nonsense"), None);
    }
}
