use proptest::prelude::*;

use super::*;
use crate::model::ramp::RampShape;
use crate::model::scenario::Tranche;
use crate::model::validate::{Field, Problem};
use crate::model::Precision;

#[track_caller]
fn outcome(scenario: &Scenario) -> Outcome {
    match run(scenario) {
        Ok(outcome) => outcome,
        Err(errors) => panic!("scenario should be valid: {errors:?}"),
    }
}

#[track_caller]
fn assert_close(actual: f64, expected: f64, relative: f64) {
    let tolerance = relative * expected.abs().max(1e-300);
    assert!(
        (actual - expected).abs() <= tolerance,
        "{actual} is not within {relative} (relative) of {expected}"
    );
}

#[test]
fn default_deal_implies_about_two_dollars_a_quarter_per_gpu_hour() {
    let summary = outcome(&Scenario::default()).summary;
    // GB200: 6.5 ramp months + 72 full months of 200k; GB300: 3.5 + 71 of 100k.
    let gpu_months = 78.5 * 200_000.0 + 74.5 * 100_000.0;
    assert_close(summary.total_gpu_hours, gpu_months * 730.5, 1e-12);
    assert_close(
        summary.price_per_gpu_hour_usd,
        38e9 / (gpu_months * 730.5),
        1e-12,
    );
    assert!((2.24..2.26).contains(&summary.price_per_gpu_hour_usd));
    assert_eq!(summary.total_gpus, 300_000.0);
    assert_eq!(summary.peak_gpus_online, 300_000.0);
}

#[test]
fn default_deal_peaks_near_six_hundred_megawatts() {
    let summary = outcome(&Scenario::default()).summary;
    let it_mw = 200_000.0 * 120.0 / 72.0 / 1000.0 + 100_000.0 * 135.0 / 72.0 / 1000.0;
    assert_close(summary.peak_facility_mw, it_mw * 1.14, 1e-12);
    // 1,500 EFLOPS of dense FP8 at full deployment (300k × 5 PFLOPS).
    assert_close(summary.peak_eflops, 1500.0, 1e-12);
}

#[test]
fn weights_split_the_blended_price_between_kinds() {
    let summary = outcome(&Scenario::default()).summary;
    let gb200 = summary.price_per_kind_usd[GpuKind::GB200].expect("GB200 in fleet");
    let gb300 = summary.price_per_kind_usd[GpuKind::GB300].expect("GB300 in fleet");
    assert_close(gb300 / gb200, 18.0 / 16.0, 1e-12);
    assert_eq!(summary.price_per_kind_usd[GpuKind::H100], None);
}

#[test]
fn meta_gb200_cluster_draws_about_150_megawatts() {
    // Meta: ~83,000 GB200 in a 150 MW data centre, ~1.81 kW per GPU all-in.
    let mut scenario = Scenario::default();
    scenario.tranches.truncate(1);
    scenario.tranches[0].count = 83_000.0;
    scenario.tranches[0].ramp = RampShape::AllAtOnce;
    scenario.it_power_kw[GpuKind::GB200] = 1.81;
    scenario.pue = 1.0;
    assert_close(outcome(&scenario).summary.peak_facility_mw, 150.2, 1e-3);
}

#[test]
fn a_hundred_thousand_h100_at_one_and_a_half_kilowatts_draw_150_megawatts() {
    // SemiAnalysis: a 100,000-GPU H100 cluster needs ~150 MW, ~1.5 kW per GPU all-in.
    let mut scenario = Scenario::default();
    scenario.tranches.truncate(1);
    scenario.tranches[0].kind = GpuKind::H100;
    scenario.tranches[0].count = 100_000.0;
    scenario.it_power_kw[GpuKind::H100] = 1.5;
    scenario.pue = 1.0;
    assert_close(outcome(&scenario).summary.peak_facility_mw, 150.0, 1e-12);
}

#[test]
fn solving_for_value_returns_the_value_that_implied_the_price() {
    let solved_price = outcome(&Scenario::default()).summary.price_per_gpu_hour_usd;
    let scenario = Scenario {
        solve: SolveFor::Value,
        price_per_gpu_hour_usd: solved_price,
        ..Scenario::default()
    };
    assert_close(outcome(&scenario).summary.contract_value_usd, 38e9, 1e-9);
}

#[test]
fn solving_for_fleet_scales_every_tranche_by_one_factor() {
    let scenario = Scenario {
        solve: SolveFor::Fleet,
        price_per_gpu_hour_usd: 2.2470,
        value_usd: 76e9,
        ..Scenario::default()
    };
    let result = outcome(&scenario);
    let summary = &result.summary;
    let default_price = outcome(&Scenario::default()).summary.price_per_gpu_hour_usd;
    assert_close(summary.fleet_scale, 2.0 * default_price / 2.2470, 1e-12);
    assert_close(summary.total_gpus, 300_000.0 * summary.fleet_scale, 1e-12);
    let last = result.months.last().expect("term has months");
    assert_close(last.cumulative_spend_usd, 76e9, 1e-9);
}

#[test]
fn spend_accumulates_to_the_value_month_by_month() {
    let result = outcome(&Scenario::default());
    assert_eq!(result.months.len(), 84);
    assert_eq!(result.months[0].month.to_string(), "2025-11");
    assert_eq!(result.months[83].month.to_string(), "2032-10");
    let mut previous = 0.0;
    for point in &result.months {
        assert!(point.cumulative_spend_usd >= previous);
        previous = point.cumulative_spend_usd;
    }
    assert_close(previous, 38e9, 1e-9);
}

#[test]
fn invalid_scenarios_are_refused_with_their_fields() {
    let scenario = Scenario {
        value_usd: -5e9,
        ..Scenario::default()
    };
    let errors = run(&scenario).expect_err("negative value is invalid");
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].field, Field::Value);
    assert_eq!(
        errors[0].problem,
        Problem::OutOfRange {
            min: 1e6,
            max: 5e12
        }
    );
}

fn any_kind() -> impl Strategy<Value = GpuKind> {
    prop::sample::select(GpuKind::ALL.to_vec())
}

fn any_month() -> impl Strategy<Value = YearMonth> {
    (2015i32..=2040, 1u32..=12)
        .prop_map(|(year, month)| YearMonth::new(year, month).expect("generated months are valid"))
}

fn any_tranche() -> impl Strategy<Value = Tranche> {
    (
        any_kind(),
        prop_oneof![Just(0u32), 1u32..=20_000_000],
        any_month(),
        0i32..=120,
        prop::sample::select(vec![
            RampShape::Linear,
            RampShape::SCurve,
            RampShape::AllAtOnce,
        ]),
        prop_oneof![3 => Just(None), 1 => (1i32..=360).prop_map(Some)],
    )
        .prop_map(
            |(kind, count, first_month, ramp_months, ramp, months_online)| Tranche {
                kind,
                count: f64::from(count),
                first_month,
                ramp_months,
                ramp,
                months_online,
            },
        )
}

prop_compose! {
    fn any_valid_scenario()(
        value_usd in 1e6f64..=5e12,
        term_months in 1i32..=360,
        start in any_month(),
        tranches in prop::collection::vec(any_tranche(), 1..=Scenario::MAX_TRANCHES),
        fleet_mw in prop::option::of(1.0f64..=100_000.0),
        solve in prop::sample::select(vec![SolveFor::Price, SolveFor::Fleet, SolveFor::Value]),
        price in 0.01f64..=1000.0,
        weights in prop::array::uniform12(0.1f64..=10.0),
        power in prop::array::uniform12(0.1f64..=10.0),
        precision in prop::sample::select(vec![Precision::Fp4, Precision::Fp8, Precision::Bf16]),
        utilisation in 0.0f64..=1.0,
        mfu in 0.0f64..=1.0,
        pue in 1.0f64..=3.0,
        electricity in 0.0f64..=1000.0,
    ) -> Scenario {
        Scenario {
            value_usd,
            term_months,
            start,
            tranches,
            fleet_mw,
            solve,
            price_per_gpu_hour_usd: price,
            price_weight: PerKind(weights),
            precision,
            utilisation,
            mfu,
            it_power_kw: PerKind(power),
            pue,
            electricity_usd_per_mwh: electricity,
        }
    }
}

fn every_number(outcome: &Outcome) -> Vec<f64> {
    let s = &outcome.summary;
    let mut numbers = vec![
        s.price_per_gpu_hour_usd,
        s.contract_value_usd,
        s.fleet_scale,
        s.total_gpus,
        s.peak_gpus_online,
        s.total_gpu_hours,
        s.peak_eflops,
        s.peak_facility_mw,
        s.total_energy_mwh,
        s.total_electricity_usd,
        s.total_useful_flop,
        s.average_spend_per_year_usd,
    ];
    numbers.extend(s.price_per_kind_usd.0.iter().flatten());
    for point in &outcome.months {
        numbers.extend(point.gpus_online.0);
        numbers.extend([
            point.gpu_hours,
            point.peak_eflops,
            point.it_power_mw,
            point.facility_power_mw,
            point.energy_mwh,
            point.electricity_usd,
            point.spend_usd,
            point.cumulative_spend_usd,
            point.cumulative_useful_flop,
        ]);
    }
    numbers
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn valid_scenarios_yield_only_finite_non_negative_numbers(scenario in any_valid_scenario()) {
        if let Ok(outcome) = run(&scenario) {
            for number in every_number(&outcome) {
                prop_assert!(number.is_finite() && number >= 0.0, "{number}");
            }
        } else {
            // The only way a scenario of in-range inputs fails: nothing online in the term.
            prop_assert_eq!(
                validate(&scenario),
                vec![FieldError { field: Field::Fleet, problem: Problem::NoGpuHours }]
            );
        }
    }

    #[test]
    fn the_summary_alone_is_the_summary_of_the_full_run(scenario in any_valid_scenario()) {
        prop_assert_eq!(summarise(&scenario), run(&scenario).map(|outcome| outcome.summary));
    }

    #[test]
    fn value_equals_price_times_gpu_hours_in_every_mode(scenario in any_valid_scenario()) {
        prop_assume!(run(&scenario).is_ok());
        let outcome = run(&scenario).expect("assumed valid");
        let s = &outcome.summary;
        let billed = outcome.months.last().map_or(0.0, |point| point.cumulative_spend_usd);
        let tolerance = 1e-9 * s.contract_value_usd.max(1.0);
        prop_assert!((s.price_per_gpu_hour_usd * s.total_gpu_hours - s.contract_value_usd).abs() <= tolerance);
        prop_assert!((billed - s.contract_value_usd).abs() <= tolerance);
        if scenario.solve != SolveFor::Value {
            prop_assert_eq!(s.contract_value_usd, scenario.value_usd);
        }
    }

    #[test]
    fn the_fleet_given_in_megawatts_peaks_at_that_power(scenario in any_valid_scenario(), mw in 1.0f64..=100_000.0) {
        let scenario = Scenario { fleet_mw: Some(mw), solve: SolveFor::Price, ..scenario };
        prop_assume!(run(&scenario).is_ok());
        let peak = run(&scenario).expect("assumed valid").summary.peak_facility_mw;
        prop_assert!((peak / mw - 1.0).abs() < 1e-9, "{peak} vs {mw}");
    }

    #[test]
    fn doubling_the_value_doubles_the_implied_price(scenario in any_valid_scenario()) {
        let scenario = Scenario { solve: SolveFor::Price, value_usd: scenario.value_usd / 2.0, ..scenario };
        prop_assume!(run(&scenario).is_ok());
        let single = run(&scenario).expect("assumed valid").summary.price_per_gpu_hour_usd;
        let doubled = Scenario { value_usd: scenario.value_usd * 2.0, ..scenario };
        let double = run(&doubled).expect("still valid").summary.price_per_gpu_hour_usd;
        prop_assert!((double / single - 2.0).abs() < 1e-12);
    }

    #[test]
    fn doubling_every_count_halves_the_implied_price(scenario in any_valid_scenario()) {
        let mut scenario = Scenario { solve: SolveFor::Price, fleet_mw: None, ..scenario };
        for tranche in &mut scenario.tranches {
            tranche.count = (tranche.count / 2.0).floor();
        }
        prop_assume!(run(&scenario).is_ok());
        let single = run(&scenario).expect("assumed valid").summary.price_per_gpu_hour_usd;
        let mut doubled = scenario.clone();
        for tranche in &mut doubled.tranches {
            tranche.count *= 2.0;
        }
        let half = run(&doubled).expect("still valid").summary.price_per_gpu_hour_usd;
        prop_assert!((single / half - 2.0).abs() < 1e-12);
    }

    #[test]
    fn price_then_value_round_trips(scenario in any_valid_scenario()) {
        let scenario = Scenario { solve: SolveFor::Price, ..scenario };
        prop_assume!(run(&scenario).is_ok());
        let price = run(&scenario).expect("assumed valid").summary.price_per_gpu_hour_usd;
        // A solved price outside the input bounds cannot be entered back.
        prop_assume!(crate::model::validate::PRICE_USD.contains(&price));
        let back = Scenario { solve: SolveFor::Value, price_per_gpu_hour_usd: price, ..scenario.clone() };
        let value = run(&back).expect("price within bounds").summary.contract_value_usd;
        prop_assert!((value / scenario.value_usd - 1.0).abs() < 1e-9);
    }
}
