//! Ranges: a numeric input given as a span `low..=high` instead of one number, because the
//! headline allows more than one reading ("hundreds of thousands" of GPUs). The scenario holds
//! each span's midpoint and the model runs on it as usual; the bounds of every output are its
//! extremes over every combination of the spans.
//!
//! The model is monotone in each input taken alone, so those extremes lie at corners of the
//! spans, and not 2^k of them need running: each span's own swing (two runs) points to the
//! corner of each extreme. Not always exactly: in fleet mode a kind's share of the fleet and
//! its power per accelerator interact (more GB200 raises the energy while GB200 draws more
//! than GB300, and lowers it once it draws less), so a swing's direction can turn at the other
//! spans' ends; from the swings' corner, a search moves to any neighbouring corner that goes
//! further until none does. Corners run once are shared by all outputs. Property tests check
//! that the bounds hold random points inside the spans, and that the search finds the extremes
//! of every corner, in every solve mode.

use super::catalogue::{GpuKind, PerKind};
use super::outcome::{summarise, Summary};
use super::scenario::{Scenario, SolveFor};
use super::validate as limit;
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

/// The extremes of every output over every combination of the spans.
#[derive(Clone, Debug, PartialEq)]
pub struct Bounds {
    /// (low, high) of each of [`OUTPUTS`], in order.
    pub outputs: Vec<(f64, f64)>,
    /// (low, high) of the price per GPU-hour of each kind in the fleet.
    pub price_per_kind: PerKind<Option<(f64, f64)>>,
    /// The scenarios at which the charts' totals (GPUs, compute, power, value) reach their
    /// extremes, each once: the charts draw their bands from them.
    pub chart_corners: Vec<Scenario>,
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

/// The outputs whose extremes the charts' bands follow.
const CHART_OUTPUTS: [&str; 4] = [
    "total_gpus",
    "peak_eflops",
    "peak_facility_mw",
    "contract_value",
];

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

/// The summary of `scenario`, if it runs.
fn summary_at(scenario: &Scenario) -> Option<Summary> {
    summarise(scenario).ok()
}

/// Which end each span is at: a corner of the spans (true: the high end).
type Ends = Vec<bool>;

/// The corners of the spans already run, each with its summary: outputs often share them.
struct Corners<'a> {
    scenario: &'a Scenario,
    spans: &'a [Span],
    /// Each span's swing: the summary at its low end and at its high end, every other input
    /// central.
    swings: Vec<(Summary, Summary)>,
    runs: Vec<(Ends, Summary)>,
}

impl Corners<'_> {
    /// The summary at the corner `ends` picks, run once.
    fn at(&mut self, ends: &[bool]) -> Option<&Summary> {
        let index = match self.runs.iter().position(|(picked, _)| picked == ends) {
            Some(index) => index,
            None => {
                let summary = summary_at(&corner(self.scenario, self.spans, ends))?;
                self.runs.push((ends.to_vec(), summary));
                self.runs.len() - 1
            }
        };
        Some(&self.runs[index].1)
    }

    /// The lowest (or highest) value of `read` over the corners, with the corner giving it.
    fn extreme(&mut self, read: &dyn Fn(&Summary) -> f64, highest: bool) -> Option<(f64, Ends)> {
        let better = |a: f64, b: f64| if highest { a > b } else { a < b };
        let count = self.spans.len();
        // Start at the corner each span's own swing points to (the span at its end, every
        // other input central: two runs per span), then move to any neighbouring corner (one
        // span at its other end) that goes further, until none does. Inputs that interact (in
        // fleet mode, a kind's share of the fleet and its power) can turn a swing's direction
        // around at the other spans' ends; the neighbours catch that.
        let mut ends: Ends = self
            .swings
            .iter()
            .map(|(at_low, at_high)| (read(at_high) > read(at_low)) == highest)
            .collect();
        let mut best = read(self.at(&ends)?);
        loop {
            let mut moved = false;
            for i in 0..count {
                ends[i] = !ends[i];
                let value = read(self.at(&ends)?);
                if better(value, best) {
                    best = value;
                    moved = true;
                } else {
                    ends[i] = !ends[i];
                }
            }
            if !moved {
                return Some((best, ends));
            }
        }
    }

    /// The (low, high) of `read` over the corners, with the corners giving them.
    fn span_of(&mut self, read: &dyn Fn(&Summary) -> f64) -> Option<((f64, f64), [Ends; 2])> {
        let (low, at_low) = self.extreme(read, false)?;
        let (high, at_high) = self.extreme(read, true)?;
        Some(((low, high), [at_low, at_high]))
    }
}

impl<'a> Corners<'a> {
    /// The corners of `spans` around `scenario`, with each span's swing run; `None` when there
    /// are no spans, or when a swing cannot be priced.
    fn new(scenario: &'a Scenario, spans: &'a [Span]) -> Option<Self> {
        if spans.is_empty() {
            return None;
        }
        let mut swings = Vec::with_capacity(spans.len());
        for span in spans {
            let mut at = scenario.clone();
            set_value(&mut at, span.field, span.low);
            let at_low = summary_at(&at)?;
            set_value(&mut at, span.field, span.high);
            swings.push((at_low, summary_at(&at)?));
        }
        Some(Corners {
            scenario,
            spans,
            swings,
            runs: Vec::new(),
        })
    }
}

/// The (low, high) of each of `reads` (any figure a summary gives, such as a ratio of two
/// outputs) over every combination of the spans; `None` as for [`bounds`].
pub fn extremes(
    scenario: &Scenario,
    spans: &[Span],
    reads: &[&dyn Fn(&Summary) -> f64],
) -> Option<Vec<(f64, f64)>> {
    let mut corners = Corners::new(scenario, spans)?;
    reads
        .iter()
        .map(|read| corners.span_of(read).map(|(span, _)| span))
        .collect()
}

/// The bounds of `scenario`'s outputs over `spans`; `None` when there are no spans, or when
/// some combination of them cannot be priced (e.g. every tranche may be empty).
pub fn bounds(scenario: &Scenario, spans: &[Span]) -> Option<Bounds> {
    let mut corners = Corners::new(scenario, spans)?;
    let mut outputs = Vec::with_capacity(OUTPUTS.len());
    let mut chart_ends: Vec<Ends> = Vec::new();
    for (key, read) in &OUTPUTS {
        let (span, ends) = corners.span_of(read)?;
        outputs.push(span);
        if CHART_OUTPUTS.contains(key) {
            for end in ends {
                if !chart_ends.contains(&end) {
                    chart_ends.push(end);
                }
            }
        }
    }
    let central = summary_at(scenario)?;
    let mut price_per_kind = PerKind::default();
    for kind in GpuKind::ALL {
        if central.price_per_kind_usd[kind].is_some() {
            let read = |summary: &Summary| summary.price_per_kind_usd[kind].unwrap_or(f64::NAN);
            price_per_kind[kind] = Some(corners.span_of(&read)?.0);
        }
    }
    Some(Bounds {
        outputs,
        price_per_kind,
        chart_corners: chart_ends
            .iter()
            .map(|ends| corner(scenario, spans, ends))
            .collect(),
    })
}

/// How far the sensitivity chart moves an assumption that has no range of its own: ±20 %.
pub const ASSUMED_SWING: f64 = 0.2;

/// One bar of the sensitivity chart: an assumption moved across its range, every other input
/// central.
#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    /// The assumption and its range.
    pub span: Span,
    /// Whether the range is the ±20 % of [`ASSUMED_SWING`] rather than one given.
    pub assumed: bool,
    /// Summary with the assumption at its low end.
    pub at_low: Summary,
    /// Summary with the assumption at its high end.
    pub at_high: Summary,
}

/// The allowed values of numeric input `field`, in base units.
fn limits(field: Field) -> (f64, f64) {
    let months = |range: &std::ops::RangeInclusive<i32>| {
        (f64::from(*range.start()), f64::from(*range.end()))
    };
    let of = |range: std::ops::RangeInclusive<f64>| (*range.start(), *range.end());
    match field {
        Field::Value => of(limit::VALUE_USD),
        Field::Years => months(&limit::TERM_MONTHS),
        Field::Price => of(limit::PRICE_USD),
        Field::FleetMw => of(limit::FLEET_MW),
        Field::TrancheCount(_) => of(limit::TRANCHE_GPUS),
        Field::TrancheRamp(_) => months(&limit::RAMP_MONTHS),
        Field::PriceWeight(_) => of(limit::PRICE_WEIGHT),
        Field::Utilisation | Field::Mfu => of(limit::FRACTION),
        Field::PowerKw(_) => of(limit::POWER_KW),
        Field::Pue => of(limit::PUE),
        Field::ElectricityPrice => of(limit::ELECTRICITY_USD_PER_MWH),
        Field::Start | Field::Fleet | Field::TrancheStart(_) => (0.0, 0.0),
    }
}

/// The inputs that can move the implied price or the peak power of `scenario`, in field
/// order: not the solved one, nor those that move neither (utilisation, MFU, electricity
/// price, price weights).
fn assumptions(scenario: &Scenario) -> Vec<Field> {
    let mut fields = vec![Field::Value, Field::Years, Field::Price];
    fields.retain(|&field| {
        !matches!(
            (field, scenario.solve),
            (Field::Value, SolveFor::Value) | (Field::Price, SolveFor::Price)
        )
    });
    if scenario.fleet_mw.is_some() {
        fields.push(Field::FleetMw);
    }
    for index in 0..scenario.tranches.len() {
        fields.extend([Field::TrancheCount(index), Field::TrancheRamp(index)]);
    }
    for kind in GpuKind::ALL {
        if scenario.tranches.iter().any(|tranche| tranche.kind == kind) {
            fields.push(Field::PowerKw(kind));
        }
    }
    fields.push(Field::Pue);
    fields
}

/// The bars of the sensitivity chart of `scenario`: each assumption across its span if it has
/// one, else ±20 % within its bounds; unsorted. Assumptions whose range is one value, or
/// whose ends cannot be priced, have no bar.
pub fn sensitivity(scenario: &Scenario, spans: &[Span]) -> Vec<Bar> {
    let mut bars = Vec::new();
    for field in assumptions(scenario) {
        let Some(central) = value_of(scenario, field) else {
            continue;
        };
        let given = spans.iter().find(|span| span.field == field).copied();
        let span = given.unwrap_or_else(|| {
            let (min, max) = limits(field);
            let whole = matches!(
                field,
                Field::Value | Field::Years | Field::TrancheCount(_) | Field::TrancheRamp(_)
            );
            let end = |factor: f64| {
                // Not `clamp`: its check of its bounds formats floats (10 KB of wasm).
                let value = (central * factor).max(min).min(max);
                if whole {
                    value.round()
                } else {
                    value
                }
            };
            Span {
                field,
                low: end(1.0 - ASSUMED_SWING),
                high: end(1.0 + ASSUMED_SWING),
            }
        });
        if span.low >= span.high {
            continue;
        }
        let mut at = scenario.clone();
        set_value(&mut at, field, span.low);
        let Some(at_low) = summary_at(&at) else {
            continue;
        };
        set_value(&mut at, field, span.high);
        let Some(at_high) = summary_at(&at) else {
            continue;
        };
        bars.push(Bar {
            span,
            assumed: given.is_none(),
            at_low,
            at_high,
        });
    }
    bars
}

#[cfg(test)]
mod tests;
