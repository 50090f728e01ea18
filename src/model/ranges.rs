//! Ranges: a numeric input given as a span `low..=high` instead of one number, because the
//! headline allows more than one reading ("hundreds of thousands" of GPUs). The scenario holds
//! each span's midpoint and the model runs on it as usual; the bounds of every output are its
//! extremes over every combination of the spans.
//!
//! The model is monotone in each input taken alone, so those extremes lie at corners of the
//! spans. Which corner is not always what each span's own swing says: in fleet mode a kind's
//! share of the fleet and its power per accelerator interact (more GB200 raises the energy
//! while GB200 draws more than GB300, and lowers it once it draws less), so a swing's
//! direction can turn at the other spans' ends. Up to six spans, every corner is run (64 runs
//! at most, shared by all outputs); beyond, a search from the swings' corner moves to any
//! neighbouring corner that goes further until none does. A property test checks that the
//! bounds hold random points inside the spans, in every solve mode.

use super::catalogue::{GpuKind, PerKind};
use super::outcome::{run, Summary};
use super::scenario::Scenario;
use super::validate::{validate, Field, FieldError, Problem};

/// A numeric input given as a span, in the field's base unit (USD, months, GPUs, kW, …).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Span {
    /// The input.
    pub field: Field,
    /// Low end.
    pub low: f64,
    /// High end.
    pub high: f64,
}

impl Span {
    /// The central value: the midpoint, whole for inputs held in whole units.
    pub fn central(&self) -> f64 {
        let middle = (self.low + self.high) / 2.0;
        match self.field {
            Field::Years | Field::TrancheRamp(_) | Field::TrancheCount(_) | Field::Value => {
                middle.round()
            }
            _ => middle,
        }
    }
}

/// The value of numeric input `field` in `scenario`, in base units; `None` for inputs that
/// are not numbers (months, the fleet as a whole) or not in the scenario.
pub fn value_of(scenario: &Scenario, field: Field) -> Option<f64> {
    Some(match field {
        Field::Value => scenario.value_usd,
        Field::Years => f64::from(scenario.term_months),
        Field::Price => scenario.price_per_gpu_hour_usd,
        Field::FleetMw => scenario.fleet_mw?,
        Field::TrancheCount(index) => scenario.tranches.get(index)?.count,
        Field::TrancheRamp(index) => f64::from(scenario.tranches.get(index)?.ramp_months),
        Field::PriceWeight(kind) => scenario.price_weight[kind],
        Field::Utilisation => scenario.utilisation,
        Field::Mfu => scenario.mfu,
        Field::PowerKw(kind) => scenario.it_power_kw[kind],
        Field::Pue => scenario.pue,
        Field::ElectricityPrice => scenario.electricity_usd_per_mwh,
        Field::Start | Field::Fleet | Field::TrancheStart(_) => return None,
    })
}

/// Sets numeric input `field` of `scenario` to `value` (base units; months rounded to whole).
/// Inputs that are not numbers, or not in the scenario, are left as they are.
pub fn set_value(scenario: &mut Scenario, field: Field, value: f64) {
    let months = value.round() as i32;
    match field {
        Field::Value => scenario.value_usd = value,
        Field::Years => scenario.term_months = months,
        Field::Price => scenario.price_per_gpu_hour_usd = value,
        Field::FleetMw => {
            if scenario.fleet_mw.is_some() {
                scenario.fleet_mw = Some(value);
            }
        }
        Field::TrancheCount(index) => {
            if let Some(tranche) = scenario.tranches.get_mut(index) {
                tranche.count = value;
            }
        }
        Field::TrancheRamp(index) => {
            if let Some(tranche) = scenario.tranches.get_mut(index) {
                tranche.ramp_months = months;
            }
        }
        Field::PriceWeight(kind) => scenario.price_weight[kind] = value,
        Field::Utilisation => scenario.utilisation = value,
        Field::Mfu => scenario.mfu = value,
        Field::PowerKw(kind) => scenario.it_power_kw[kind] = value,
        Field::Pue => scenario.pue = value,
        Field::ElectricityPrice => scenario.electricity_usd_per_mwh = value,
        Field::Start | Field::Fleet | Field::TrancheStart(_) => {}
    }
}

/// What is wrong with `spans` on `scenario`, at most one error per span: a low end above the
/// high end, or an end outside the input's bounds (as validation words it for one number).
pub fn check(scenario: &Scenario, spans: &[Span]) -> Vec<FieldError> {
    let mut errors = Vec::new();
    for span in spans {
        if span.low > span.high || span.low.is_nan() || span.high.is_nan() {
            errors.push(FieldError {
                field: span.field,
                problem: Problem::RangeReversed,
            });
            continue;
        }
        let outside = [span.low, span.high].into_iter().find_map(|end| {
            let mut probe = scenario.clone();
            set_value(&mut probe, span.field, end);
            validate(&probe)
                .into_iter()
                .find(|error| error.field == span.field)
        });
        errors.extend(outside);
    }
    errors
}

/// Reads one output from a summary, in its base unit.
pub type Read = fn(&Summary) -> f64;

/// Every summary output that carries bounds, by `data-output` key; the price per GPU-hour of
/// each kind (keys `price_<kind>`) is in [`Bounds::price_per_kind`].
pub const OUTPUTS: [(&str, Read); 9] = [
    ("price_per_gpu_hour", |s| s.price_per_gpu_hour_usd),
    ("contract_value", |s| s.contract_value_usd),
    ("total_gpus", |s| s.total_gpus),
    ("total_gpu_hours", |s| s.total_gpu_hours),
    ("peak_eflops", |s| s.peak_eflops),
    ("peak_facility_mw", |s| s.peak_facility_mw),
    ("total_energy_mwh", |s| s.total_energy_mwh),
    ("total_useful_flop", |s| s.total_useful_flop),
    ("average_spend_per_year", |s| s.average_spend_per_year_usd),
];

/// What one span does on its own: the summary at its low end and at its high end, every other
/// input central. A bar of the sensitivity chart.
#[derive(Clone, Debug, PartialEq)]
pub struct Swing {
    /// The span.
    pub span: Span,
    /// Summary with the input at its low end.
    pub at_low: Summary,
    /// Summary with the input at its high end.
    pub at_high: Summary,
}

/// The extremes of every output over every combination of the spans.
#[derive(Clone, Debug, PartialEq)]
pub struct Bounds {
    /// (low, high) of each of [`OUTPUTS`], in order.
    pub outputs: Vec<(f64, f64)>,
    /// (low, high) of the price per GPU-hour of each kind in the fleet.
    pub price_per_kind: PerKind<Option<(f64, f64)>>,
    /// One swing per span, in the order of the spans.
    pub swings: Vec<Swing>,
}

impl Bounds {
    /// The (low, high) of output `key`, if it has bounds.
    pub fn of(&self, key: &str) -> Option<(f64, f64)> {
        if let Some(kind) = key.strip_prefix("price_").and_then(GpuKind::from_id) {
            return self.price_per_kind[kind];
        }
        OUTPUTS
            .iter()
            .position(|(output, _)| *output == key)
            .map(|index| self.outputs[index])
    }
}

/// Up to this many spans, [`bounds`] runs every corner (2^6 = 64 runs at most).
const EXHAUSTIVE_UP_TO: usize = 6;

/// `scenario` with each span at the end `high_ends` picks (true: its high end).
fn corner(scenario: &Scenario, spans: &[Span], high_ends: &[bool]) -> Scenario {
    let mut corner = scenario.clone();
    for (span, &high) in spans.iter().zip(high_ends) {
        set_value(
            &mut corner,
            span.field,
            if high { span.high } else { span.low },
        );
    }
    corner
}

/// The summary of `scenario`, if it runs. Not inlined: the model is large, and [`bounds`]
/// calls it from several places.
#[inline(never)]
fn summary_at(scenario: &Scenario) -> Option<Summary> {
    run(scenario).ok().map(|outcome| outcome.summary)
}

/// The bounds of `scenario`'s outputs over `spans`; `None` when there are no spans, or when
/// some combination of them cannot be priced (e.g. every tranche may be empty).
pub fn bounds(scenario: &Scenario, spans: &[Span]) -> Option<Bounds> {
    if spans.is_empty() {
        return None;
    }
    let mut swings = Vec::with_capacity(spans.len());
    for span in spans {
        let mut at = scenario.clone();
        set_value(&mut at, span.field, span.low);
        let at_low = summary_at(&at)?;
        set_value(&mut at, span.field, span.high);
        let at_high = summary_at(&at)?;
        swings.push(Swing {
            span: *span,
            at_low,
            at_high,
        });
    }
    // Corners already run, by the ends they pick: outputs often share them.
    let mut runs: Vec<(Vec<bool>, Summary)> = Vec::new();
    let mut value_at = |ends: &[bool], read: &dyn Fn(&Summary) -> f64| -> Option<f64> {
        if let Some((_, summary)) = runs.iter().find(|(picked, _)| picked == ends) {
            return Some(read(summary));
        }
        let summary = summary_at(&corner(scenario, spans, ends))?;
        let value = read(&summary);
        runs.push((ends.to_vec(), summary));
        Some(value)
    };
    let mut extreme = |read: &dyn Fn(&Summary) -> f64, highest: bool| -> Option<f64> {
        let better = |a: f64, b: f64| if highest { a > b } else { a < b };
        if spans.len() <= EXHAUSTIVE_UP_TO {
            // Few spans: every corner, exactly.
            let mut best: Option<f64> = None;
            for bits in 0..1usize << spans.len() {
                let ends: Vec<bool> = (0..spans.len()).map(|i| bits >> i & 1 == 1).collect();
                let value = value_at(&ends, read)?;
                if best.is_none_or(|best| better(value, best)) {
                    best = Some(value);
                }
            }
            return best;
        }
        // Many: start at the corner each span's own swing points to, then move to any
        // neighbouring corner (one span at its other end) that goes further, until none does.
        // Inputs that interact (in fleet mode, a kind's share of the fleet and its power) can
        // turn a swing's direction around at the other spans' ends.
        let mut ends: Vec<bool> = swings
            .iter()
            .map(|swing| (read(&swing.at_high) > read(&swing.at_low)) == highest)
            .collect();
        let mut best = value_at(&ends, read)?;
        loop {
            let mut moved = false;
            for i in 0..ends.len() {
                ends[i] = !ends[i];
                let value = value_at(&ends, read)?;
                if better(value, best) {
                    best = value;
                    moved = true;
                } else {
                    ends[i] = !ends[i];
                }
            }
            if !moved {
                return Some(best);
            }
        }
    };
    let mut outputs = Vec::with_capacity(OUTPUTS.len());
    for (_, read) in &OUTPUTS {
        outputs.push((extreme(read, false)?, extreme(read, true)?));
    }
    let central = summary_at(scenario)?;
    let mut price_per_kind = PerKind::default();
    for kind in GpuKind::ALL {
        if central.price_per_kind_usd[kind].is_some() {
            let read = |summary: &Summary| summary.price_per_kind_usd[kind].unwrap_or(f64::NAN);
            price_per_kind[kind] = Some((extreme(&read, false)?, extreme(&read, true)?));
        }
    }
    Some(Bounds {
        outputs,
        price_per_kind,
        swings,
    })
}

#[cfg(test)]
mod tests;
