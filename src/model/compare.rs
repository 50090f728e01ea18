//! Side-by-side figures of two outcomes — a pinned baseline and the current scenario — per
//! year, per gigawatt and per GPU. Pure arithmetic; no web APIs.

use super::outcome::Summary;

/// A compared figure.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Metric {
    /// Contract value, USD.
    ContractValue,
    /// Blended price per GPU-hour, USD.
    PricePerGpuHour,
    /// GPUs at full deployment.
    Gpus,
    /// Peak facility power, MW.
    PeakFacilityMw,
    /// Average spend per year, USD.
    SpendPerYear,
    /// Average spend per year per GW of peak facility power, USD.
    SpendPerGwYear,
    /// Contract value per GW of peak facility power, USD.
    ValuePerGw,
    /// Contract value per GPU, USD.
    ValuePerGpu,
    /// Average spend per year per GPU, USD.
    SpendPerGpuYear,
}

impl Metric {
    /// Every metric, in table order.
    pub const ALL: [Metric; 9] = [
        Metric::ContractValue,
        Metric::PricePerGpuHour,
        Metric::Gpus,
        Metric::PeakFacilityMw,
        Metric::SpendPerYear,
        Metric::SpendPerGwYear,
        Metric::ValuePerGw,
        Metric::ValuePerGpu,
        Metric::SpendPerGpuYear,
    ];

    /// The metric's value for `summary`; `None` where it divides by zero.
    pub fn of(self, summary: &Summary) -> Option<f64> {
        let per =
            |numerator: f64, denominator: f64| (denominator > 0.0).then(|| numerator / denominator);
        let gw = summary.peak_facility_mw / 1000.0;
        match self {
            Metric::ContractValue => Some(summary.contract_value_usd),
            Metric::PricePerGpuHour => Some(summary.price_per_gpu_hour_usd),
            Metric::Gpus => Some(summary.total_gpus),
            Metric::PeakFacilityMw => Some(summary.peak_facility_mw),
            Metric::SpendPerYear => Some(summary.average_spend_per_year_usd),
            Metric::SpendPerGwYear => per(summary.average_spend_per_year_usd, gw),
            Metric::ValuePerGw => per(summary.contract_value_usd, gw),
            Metric::ValuePerGpu => per(summary.contract_value_usd, summary.total_gpus),
            Metric::SpendPerGpuYear => per(summary.average_spend_per_year_usd, summary.total_gpus),
        }
    }
}

/// One row of the comparison.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Row {
    /// Which figure.
    pub metric: Metric,
    /// Its value for the baseline.
    pub baseline: Option<f64>,
    /// Its value for the current scenario.
    pub current: Option<f64>,
    /// Relative change from baseline to current (0.1 = +10 %), where both exist and the
    /// baseline is not zero.
    pub change: Option<f64>,
}

/// The comparison table of `baseline` against `current`.
pub fn compare(baseline: &Summary, current: &Summary) -> Vec<Row> {
    Metric::ALL
        .into_iter()
        .map(|metric| {
            let (before, after) = (metric.of(baseline), metric.of(current));
            let change = match (before, after) {
                (Some(before), Some(after)) if before != 0.0 => Some(after / before - 1.0),
                _ => None,
            };
            Row {
                metric,
                baseline: before,
                current: after,
                change,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{run, Scenario};

    #[test]
    fn doubling_the_value_shows_plus_one_hundred_percent_where_it_should() {
        let baseline = run(&Scenario::default()).expect("valid").summary;
        let doubled = Scenario {
            value_usd: 76e9,
            ..Scenario::default()
        };
        let current = run(&doubled).expect("valid").summary;
        for row in compare(&baseline, &current) {
            let change = row.change.expect("all defined");
            let expected = match row.metric {
                Metric::Gpus | Metric::PeakFacilityMw => 0.0,
                _ => 1.0,
            };
            assert!(
                (change - expected).abs() < 1e-12,
                "{:?}: {change}",
                row.metric
            );
        }
    }

    #[test]
    fn per_gigawatt_figures_use_peak_facility_power() {
        let summary = run(&Scenario::default()).expect("valid").summary;
        let per_gw = Metric::ValuePerGw.of(&summary).expect("has power");
        assert!((per_gw - 38e9 / (summary.peak_facility_mw / 1000.0)).abs() < 1e-3);
    }
}
