//! Bounds of every input and the check of a scenario against them. Errors are data — a field,
//! a problem, the allowed range — that the page renders beside the field. No web APIs.

use std::ops::RangeInclusive;

use super::calendar::YearMonth;
use super::catalogue::{GpuKind, PerKind};
use super::outcome::delivered_gpu_hours;
use super::scenario::{Scenario, SolveFor};

pub use super::limits::*;

/// First and last month a term or tranche may start.
pub fn month_bounds() -> RangeInclusive<YearMonth> {
    let first = YearMonth::new(2015, 1).expect("January is a month");
    let last = YearMonth::new(2040, 12).expect("December is a month");
    first..=last
}

/// An input the reader can change.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Field {
    /// Contract value.
    Value,
    /// Contract term (entered in years).
    Years,
    /// First month of the term.
    Start,
    /// Blended price per GPU-hour.
    Price,
    /// The fleet as a whole (e.g. it delivers no GPU-hours in the term).
    Fleet,
    /// Fleet size as peak facility power.
    FleetMw,
    /// GPU count of the tranche at this index.
    TrancheCount(usize),
    /// First month of the tranche at this index.
    TrancheStart(usize),
    /// Ramp length of the tranche at this index.
    TrancheRamp(usize),
    /// Relative price weight of a kind.
    PriceWeight(GpuKind),
    /// Utilisation.
    Utilisation,
    /// Model FLOPs utilisation.
    Mfu,
    /// IT power per GPU of a kind.
    PowerKw(GpuKind),
    /// Power usage effectiveness.
    Pue,
    /// Electricity price.
    ElectricityPrice,
}

/// What is wrong with a field.
#[derive(Clone, Debug, PartialEq)]
pub enum Problem {
    /// The text is not a number.
    NotANumber,
    /// The number is outside `min..=max` (in the field's base unit: USD, months, GPUs, …).
    OutOfRange { min: f64, max: f64 },
    /// The number must be whole (a GPU count).
    NotWholeNumber,
    /// The month is outside the allowed months.
    MonthOutOfRange { first: YearMonth, last: YearMonth },
    /// No GPU of the fleet is online during the term, so nothing can be priced.
    NoGpuHours,
    /// More tranches than [`Scenario::MAX_TRANCHES`].
    TooManyTranches { max: usize },
    /// A range whose low end is above its high end.
    RangeReversed,
}

/// One invalid input.
#[derive(Clone, Debug, PartialEq)]
pub struct FieldError {
    /// The input at fault.
    pub field: Field,
    /// Why.
    pub problem: Problem,
}

fn check(errors: &mut Vec<FieldError>, field: Field, value: f64, range: RangeInclusive<f64>) {
    // `contains` is false for NaN, so NaN is reported as out of range.
    if !range.contains(&value) {
        errors.push(FieldError {
            field,
            problem: Problem::OutOfRange {
                min: *range.start(),
                max: *range.end(),
            },
        });
    }
}

/// [`check`] for the value of every kind, as the field `field` names it for that kind.
fn check_each_kind(
    errors: &mut Vec<FieldError>,
    field: fn(GpuKind) -> Field,
    values: &PerKind<f64>,
    range: RangeInclusive<f64>,
) {
    for kind in GpuKind::ALL {
        check(errors, field(kind), values[kind], range.clone());
    }
}

fn check_month(errors: &mut Vec<FieldError>, field: Field, month: YearMonth) {
    let bounds = month_bounds();
    if !bounds.contains(&month) {
        errors.push(FieldError {
            field,
            problem: Problem::MonthOutOfRange {
                first: *bounds.start(),
                last: *bounds.end(),
            },
        });
    }
}

/// Every invalid input of `scenario`, in field order; empty when the model can run.
pub fn validate(scenario: &Scenario) -> Vec<FieldError> {
    let mut errors = Vec::new();
    check(&mut errors, Field::Value, scenario.value_usd, VALUE_USD);
    let term = scenario.term_months;
    if !TERM_MONTHS.contains(&term) {
        errors.push(FieldError {
            field: Field::Years,
            problem: Problem::OutOfRange {
                min: f64::from(*TERM_MONTHS.start()),
                max: f64::from(*TERM_MONTHS.end()),
            },
        });
    }
    check_month(&mut errors, Field::Start, scenario.start);
    check(
        &mut errors,
        Field::Price,
        scenario.price_per_gpu_hour_usd,
        PRICE_USD,
    );
    if scenario.tranches.len() > Scenario::MAX_TRANCHES {
        errors.push(FieldError {
            field: Field::Fleet,
            problem: Problem::TooManyTranches {
                max: Scenario::MAX_TRANCHES,
            },
        });
    }
    if let Some(mw) = scenario.fleet_mw {
        check(&mut errors, Field::FleetMw, mw, FLEET_MW);
    }
    // Checked in the order of `Field` (all counts, then all starts, …), so that the errors
    // need no sorting: a sort would bring 10 KB of sorting code into the wasm.
    for (index, tranche) in scenario.tranches.iter().enumerate() {
        check(
            &mut errors,
            Field::TrancheCount(index),
            tranche.count,
            TRANCHE_GPUS,
        );
        if tranche.count.is_finite() && tranche.count.fract() != 0.0 {
            errors.push(FieldError {
                field: Field::TrancheCount(index),
                problem: Problem::NotWholeNumber,
            });
        }
    }
    for (index, tranche) in scenario.tranches.iter().enumerate() {
        check_month(&mut errors, Field::TrancheStart(index), tranche.first_month);
    }
    for (index, tranche) in scenario.tranches.iter().enumerate() {
        if !RAMP_MONTHS.contains(&tranche.ramp_months) {
            errors.push(FieldError {
                field: Field::TrancheRamp(index),
                problem: Problem::OutOfRange {
                    min: f64::from(*RAMP_MONTHS.start()),
                    max: f64::from(*RAMP_MONTHS.end()),
                },
            });
        }
    }
    check_each_kind(
        &mut errors,
        Field::PriceWeight,
        &scenario.price_weight,
        PRICE_WEIGHT,
    );
    check(
        &mut errors,
        Field::Utilisation,
        scenario.utilisation,
        FRACTION,
    );
    check(&mut errors, Field::Mfu, scenario.mfu, FRACTION);
    check_each_kind(&mut errors, Field::PowerKw, &scenario.it_power_kw, POWER_KW);
    check(&mut errors, Field::Pue, scenario.pue, PUE);
    check(
        &mut errors,
        Field::ElectricityPrice,
        scenario.electricity_usd_per_mwh,
        ELECTRICITY_USD_PER_MWH,
    );
    // Only meaningful once every input above is in range. Solving for value needs no hours,
    // unless the fleet is given in megawatts: then its mix must draw some power. A fleet with
    // no tranche at all is never a deal.
    if errors.is_empty()
        && (scenario.tranches.is_empty()
            || (scenario.solve != SolveFor::Value || scenario.fleet_mw.is_some())
                && delivered_gpu_hours(scenario).total() <= 0.0)
    {
        errors.push(FieldError {
            field: Field::Fleet,
            problem: Problem::NoGpuHours,
        });
    }
    errors
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn assert_only_error(scenario: &Scenario, field: Field) {
        let errors = validate(scenario);
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert_eq!(errors[0].field, field);
    }

    #[test]
    fn defaults_are_valid() {
        assert_eq!(validate(&Scenario::default()), vec![]);
    }

    #[test]
    fn each_out_of_range_input_names_its_field() {
        type BreakIt = fn(&mut Scenario);
        let cases: Vec<(Field, BreakIt)> = vec![
            (Field::Value, |s| s.value_usd = -5e9),
            (Field::Value, |s| s.value_usd = f64::NAN),
            (Field::Value, |s| s.value_usd = 6e12),
            (Field::Years, |s| s.term_months = 0),
            (Field::Years, |s| s.term_months = 361),
            (Field::Start, |s| {
                s.start = YearMonth::new(2041, 1).expect("month")
            }),
            (Field::Price, |s| s.price_per_gpu_hour_usd = 0.0),
            (Field::FleetMw, |s| s.fleet_mw = Some(0.5)),
            (Field::TrancheCount(0), |s| s.tranches[0].count = -1.0),
            (Field::TrancheCount(1), |s| s.tranches[1].count = 2e7 + 1.0),
            (Field::TrancheCount(1), |s| s.tranches[1].count = 0.5),
            (Field::TrancheRamp(1), |s| s.tranches[1].ramp_months = 121),
            (Field::Utilisation, |s| s.utilisation = 1.5),
            (Field::Mfu, |s| s.mfu = -0.1),
            (Field::Pue, |s| s.pue = 0.9),
            (Field::PowerKw(GpuKind::GB300), |s| {
                s.it_power_kw[GpuKind::GB300] = 20.0
            }),
            (Field::ElectricityPrice, |s| {
                s.electricity_usd_per_mwh = f64::INFINITY
            }),
        ];
        for (field, break_it) in cases {
            let mut scenario = Scenario::default();
            break_it(&mut scenario);
            assert_only_error(&scenario, field);
        }
    }

    #[test]
    fn a_fleet_with_no_gpus_cannot_be_priced() {
        let mut scenario = Scenario::default();
        for tranche in &mut scenario.tranches {
            tranche.count = 0.0;
        }
        assert_only_error(&scenario, Field::Fleet);
        scenario.solve = SolveFor::Value;
        assert_eq!(validate(&scenario), vec![]);
    }

    #[test]
    fn a_fleet_needs_at_least_one_tranche_in_every_mode() {
        for solve in [SolveFor::Price, SolveFor::Fleet, SolveFor::Value] {
            let scenario = Scenario {
                tranches: Vec::new(),
                solve,
                ..Scenario::default()
            };
            assert_only_error(&scenario, Field::Fleet);
        }
    }

    #[test]
    fn a_fleet_arriving_after_the_term_cannot_be_priced() {
        let mut scenario = Scenario {
            term_months: 6,
            ..Scenario::default()
        };
        scenario.tranches[0].first_month = YearMonth::new(2030, 1).expect("month");
        assert_only_error(&scenario, Field::Fleet);
    }
}
