//! Runs a scenario: solves the tied quantity, then derives the monthly time series and the
//! summary. Pure and total: it refuses invalid scenarios with errors and never yields NaN or
//! infinity for valid ones. No web APIs.

use super::calendar::{YearMonth, HOURS_PER_MONTH};
use super::catalogue::{GpuKind, PerKind};
use super::scenario::{Scenario, SolveFor};
use super::validate::{validate, FieldError};

/// Seconds per hour, for FLOP/s × hours.
const SECONDS_PER_HOUR: f64 = 3600.0;

/// The state of the fleet and the contract in one month of the term.
#[derive(Clone, Debug, PartialEq)]
pub struct MonthPoint {
    /// The calendar month.
    pub month: YearMonth,
    /// GPUs online by kind (after any fleet scaling).
    pub gpus_online: PerKind<f64>,
    /// GPU-hours delivered this month, all kinds.
    pub gpu_hours: f64,
    /// Peak compute online at the scenario's precision, EFLOPS (10¹⁸ FLOP/s).
    pub peak_eflops: f64,
    /// IT power of the GPUs online, MW.
    pub it_power_mw: f64,
    /// Facility power (IT × PUE), MW.
    pub facility_power_mw: f64,
    /// Facility energy at that power for the whole month, MWh.
    pub energy_mwh: f64,
    /// Cost of that energy, USD.
    pub electricity_usd: f64,
    /// Billed this month ("as delivered": GPU-hours × price), USD.
    pub spend_usd: f64,
    /// Billed from the start of the term to the end of this month, USD.
    pub cumulative_spend_usd: f64,
    /// Useful compute from the start of the term to the end of this month, FLOP.
    pub cumulative_useful_flop: f64,
}

/// Totals and headline figures of the whole term.
#[derive(Clone, Debug, PartialEq)]
pub struct Summary {
    /// Blended price per GPU-hour, USD (solved or given).
    pub price_per_gpu_hour_usd: f64,
    /// Price per GPU-hour by kind, USD, for the kinds in the fleet.
    pub price_per_kind_usd: PerKind<Option<f64>>,
    /// Contract value, USD (solved or given).
    pub contract_value_usd: f64,
    /// Factor applied to every tranche count: 1 unless solving for the fleet.
    pub fleet_scale: f64,
    /// GPUs at full deployment, all tranches (after scaling).
    pub total_gpus: f64,
    /// Most GPUs online in any month.
    pub peak_gpus_online: f64,
    /// GPU-hours delivered over the term.
    pub total_gpu_hours: f64,
    /// Most compute online in any month, EFLOPS.
    pub peak_eflops: f64,
    /// Most facility power in any month, MW.
    pub peak_facility_mw: f64,
    /// Facility energy over the term, MWh.
    pub total_energy_mwh: f64,
    /// Electricity cost over the term, USD.
    pub total_electricity_usd: f64,
    /// Useful compute over the term (peak × time × utilisation × MFU), FLOP.
    pub total_useful_flop: f64,
    /// Contract value ÷ term in years, USD per year.
    pub average_spend_per_year_usd: f64,
}

/// Result of running a valid scenario.
#[derive(Clone, Debug, PartialEq)]
pub struct Outcome {
    /// One point per month of the term, in order.
    pub months: Vec<MonthPoint>,
    /// Totals over the term.
    pub summary: Summary,
}

/// GPUs online by kind in each month of the term, before any fleet scaling.
fn gpus_online_by_month(scenario: &Scenario) -> Vec<PerKind<f64>> {
    (0..scenario.term_months.max(0))
        .map(|offset| {
            let month = scenario.start.plus_months(offset);
            let mut online = PerKind::<f64>::default();
            for tranche in &scenario.tranches {
                let since = month.months_since(tranche.first_month);
                if tranche.months_online.is_some_and(|months| since >= months) {
                    continue;
                }
                let fraction = tranche.ramp.online_fraction(since, tranche.ramp_months);
                online[tranche.kind] += tranche.count * fraction;
            }
            online
        })
        .collect()
}

/// The kinds the fleet holds, in catalogue order: the per-kind loops skip the rest of the
/// catalogue (a kind with no tranche adds exact zeros), which keeps the model as fast with a
/// catalogue of twelve kinds as it was with six.
fn kinds_in_use(scenario: &Scenario) -> Vec<GpuKind> {
    GpuKind::ALL
        .into_iter()
        .filter(|&kind| scenario.tranches.iter().any(|tranche| tranche.kind == kind))
        .collect()
}

/// GPU-hours each kind delivers over the term, before any fleet scaling.
pub fn delivered_gpu_hours(scenario: &Scenario) -> PerKind<f64> {
    hours_of(&kinds_in_use(scenario), &gpus_online_by_month(scenario))
}

/// GPU-hours of each of `kinds` over the months of `online_by_month`.
fn hours_of(kinds: &[GpuKind], online_by_month: &[PerKind<f64>]) -> PerKind<f64> {
    let mut hours = PerKind::<f64>::default();
    for online in online_by_month {
        for &kind in kinds {
            hours[kind] += online[kind] * HOURS_PER_MONTH;
        }
    }
    hours
}

/// Highest facility power of the fleet in any month, MW, before any fleet scaling.
fn peak_facility_mw(scenario: &Scenario, online_by_month: &[PerKind<f64>]) -> f64 {
    let kinds = kinds_in_use(scenario);
    online_by_month
        .iter()
        .map(|online| {
            kinds
                .iter()
                .map(|&kind| online[kind] * scenario.it_power_kw[kind])
                .sum::<f64>()
                * scenario.pue
                / 1000.0
        })
        .fold(0.0, f64::max)
}

/// Splits the blended price between kinds by their relative weights, so that
/// Σ price_k × hours_k = blended × Σ hours_k.
fn price_per_kind(
    blended_usd: f64,
    weights: &PerKind<f64>,
    hours: &PerKind<f64>,
) -> PerKind<Option<f64>> {
    let total_hours = hours.total();
    let weighted_hours: f64 = GpuKind::ALL
        .iter()
        .map(|&kind| weights[kind] * hours[kind])
        .sum();
    let mut prices = PerKind::<Option<f64>>::default();
    for kind in GpuKind::ALL {
        if hours[kind] > 0.0 {
            prices[kind] = Some(blended_usd * weights[kind] * total_hours / weighted_hours);
        }
    }
    prices
}

/// Validates `scenario`, solves for the quantity it names and derives the monthly series and
/// summary.
pub fn run(scenario: &Scenario) -> Result<Outcome, Vec<FieldError>> {
    let mut months = Vec::with_capacity(scenario.term_months.max(0) as usize);
    let summary = simulate(scenario, Some(&mut months))?;
    Ok(Outcome { months, summary })
}

/// The summary [`run`] gives, without keeping the monthly series: the ranges run the model
/// many times per change and read only totals.
pub fn summarise(scenario: &Scenario) -> Result<Summary, Vec<FieldError>> {
    simulate(scenario, None)
}

/// [`run`]'s work: the summary, and each month's point pushed to `months` if given.
fn simulate(
    scenario: &Scenario,
    mut months: Option<&mut Vec<MonthPoint>>,
) -> Result<Summary, Vec<FieldError>> {
    let errors = validate(scenario);
    if !errors.is_empty() {
        return Err(errors);
    }
    let kinds = kinds_in_use(scenario);
    let base_online = gpus_online_by_month(scenario);
    let base_hours = hours_of(&kinds, &base_online);
    // The fleet given in megawatts scales every count by one factor.
    let given_scale = scenario
        .fleet_mw
        .map_or(1.0, |mw| mw / peak_facility_mw(scenario, &base_online));
    let (price_usd, value_usd, scale) = match scenario.solve {
        SolveFor::Price => (
            scenario.value_usd / (base_hours.total() * given_scale),
            scenario.value_usd,
            given_scale,
        ),
        SolveFor::Fleet => (
            scenario.price_per_gpu_hour_usd,
            scenario.value_usd,
            scenario.value_usd / (scenario.price_per_gpu_hour_usd * base_hours.total()),
        ),
        SolveFor::Value => (
            scenario.price_per_gpu_hour_usd,
            scenario.price_per_gpu_hour_usd * base_hours.total() * given_scale,
            given_scale,
        ),
    };
    let kind_prices = price_per_kind(price_usd, &scenario.price_weight, &base_hours);

    let mut cumulative_spend_usd = 0.0;
    let mut cumulative_useful_flop = 0.0;
    let (mut peak_gpus_online, mut peak_eflops, mut peak_facility_mw) = (0.0, 0.0, 0.0);
    let (mut total_gpu_hours, mut total_energy_mwh, mut total_electricity_usd) = (0.0, 0.0, 0.0);
    for (offset, base) in (0..).zip(base_online) {
        let mut online = base;
        let mut spend_usd = 0.0;
        let mut peak_flops = 0.0;
        let mut it_power_kw = 0.0;
        for &kind in &kinds {
            online[kind] *= scale;
            let gpus = online[kind];
            spend_usd += gpus * HOURS_PER_MONTH * kind_prices[kind].unwrap_or(0.0);
            peak_flops += gpus * kind.spec().dense_pflops(scenario.precision) * 1e15;
            it_power_kw += gpus * scenario.it_power_kw[kind];
        }
        let gpus_online = online.total();
        let gpu_hours = gpus_online * HOURS_PER_MONTH;
        let it_power_mw = it_power_kw / 1000.0;
        let facility_power_mw = it_power_mw * scenario.pue;
        let energy_mwh = facility_power_mw * HOURS_PER_MONTH;
        let electricity_usd = energy_mwh * scenario.electricity_usd_per_mwh;
        cumulative_spend_usd += spend_usd;
        cumulative_useful_flop +=
            peak_flops * SECONDS_PER_HOUR * HOURS_PER_MONTH * scenario.utilisation * scenario.mfu;
        peak_gpus_online = f64::max(peak_gpus_online, gpus_online);
        peak_eflops = f64::max(peak_eflops, peak_flops / 1e18);
        peak_facility_mw = f64::max(peak_facility_mw, facility_power_mw);
        total_gpu_hours += gpu_hours;
        total_energy_mwh += energy_mwh;
        total_electricity_usd += electricity_usd;
        if let Some(months) = months.as_deref_mut() {
            months.push(MonthPoint {
                month: scenario.start.plus_months(offset),
                gpus_online: online,
                gpu_hours,
                peak_eflops: peak_flops / 1e18,
                it_power_mw,
                facility_power_mw,
                energy_mwh,
                electricity_usd,
                spend_usd,
                cumulative_spend_usd,
                cumulative_useful_flop,
            });
        }
    }

    Ok(Summary {
        price_per_gpu_hour_usd: price_usd,
        price_per_kind_usd: kind_prices,
        contract_value_usd: value_usd,
        fleet_scale: scale,
        total_gpus: scenario.total_gpus() * scale,
        peak_gpus_online,
        total_gpu_hours,
        peak_eflops,
        peak_facility_mw,
        total_energy_mwh,
        total_electricity_usd,
        total_useful_flop: cumulative_useful_flop,
        average_spend_per_year_usd: value_usd / (f64::from(scenario.term_months) / 12.0),
    })
}

#[cfg(test)]
mod tests;
