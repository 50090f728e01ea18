use proptest::prelude::*;

use super::*;
use crate::model::{run, SolveFor};

/// The seed deal with its first tranche (200,000 GB200) spanning `low..=high`.
fn seed_with_gb200(low: f64, high: f64) -> (Scenario, Vec<Span>) {
    let spans = vec![Span {
        field: Field::TrancheCount(0),
        low,
        high,
    }];
    let mut scenario = Scenario::default();
    set_value(&mut scenario, spans[0].field, spans[0].central());
    (scenario, spans)
}

#[test]
fn a_span_of_gpus_bounds_the_fleet_and_the_price() {
    let (scenario, spans) = seed_with_gb200(150_000.0, 400_000.0);
    let bounds = bounds(&scenario, &spans).expect("every corner can be priced");
    assert_eq!(bounds.of("total_gpus"), Some((250_000.0, 500_000.0)));
    let at = |gb200: f64| {
        let mut corner = scenario.clone();
        corner.tranches[0].count = gb200;
        run(&corner).unwrap().summary
    };
    // More GPUs for the same value: a lower price.
    let (low, high) = bounds.of("price_per_gpu_hour").unwrap();
    assert_eq!(low, at(400_000.0).price_per_gpu_hour_usd);
    assert_eq!(high, at(150_000.0).price_per_gpu_hour_usd);
    // The value is given: no span.
    assert_eq!(bounds.of("contract_value"), Some((38e9, 38e9)));
    let (low, high) = bounds.of("price_gb200").unwrap();
    assert!(low < high);
    assert_eq!(bounds.of("price_h100"), None);
    assert_eq!(bounds.chart_corners.len(), 2);
}

#[test]
fn no_spans_no_bounds_and_an_unpriceable_corner_gives_none() {
    assert_eq!(bounds(&Scenario::default(), &[]), None);
    // Both tranches may be empty: that corner delivers no GPU-hours.
    let spans = [
        Span {
            field: Field::TrancheCount(0),
            low: 0.0,
            high: 200_000.0,
        },
        Span {
            field: Field::TrancheCount(1),
            low: 0.0,
            high: 100_000.0,
        },
    ];
    let mut scenario = Scenario::default();
    for span in &spans {
        set_value(&mut scenario, span.field, span.central());
    }
    assert_eq!(bounds(&scenario, &spans), None);
}

#[test]
fn every_numeric_field_reads_back_what_is_set() {
    let mut scenario = Scenario {
        fleet_mw: Some(500.0),
        ..Scenario::default()
    };
    for field in [
        Field::Value,
        Field::Years,
        Field::Price,
        Field::FleetMw,
        Field::TrancheCount(1),
        Field::TrancheRamp(0),
        Field::PriceWeight(GpuKind::GB300),
        Field::Utilisation,
        Field::Mfu,
        Field::PowerKw(GpuKind::GB200),
        Field::Pue,
        Field::ElectricityPrice,
    ] {
        set_value(&mut scenario, field, 7.0);
        assert_eq!(value_of(&scenario, field), Some(7.0), "{field:?}");
    }
    assert_eq!(value_of(&scenario, Field::Start), None);
    assert_eq!(value_of(&scenario, Field::TrancheCount(9)), None);
}

#[test]
fn the_sensitivity_chart_moves_each_assumption_twenty_percent_unless_it_has_a_range() {
    let scenario = Scenario::default();
    let bars = sensitivity(&scenario, &[]);
    let fields: Vec<Field> = bars.iter().map(|bar| bar.span.field).collect();
    // Solving for the price: the price is no assumption; utilisation moves neither output.
    assert!(!fields.contains(&Field::Price) && !fields.contains(&Field::Utilisation));
    for field in [
        Field::Value,
        Field::Years,
        Field::TrancheCount(0),
        Field::Pue,
    ] {
        assert!(fields.contains(&field), "{field:?}");
    }
    assert!(bars.iter().all(|bar| bar.assumed));
    let bar = |field| bars.iter().find(|bar| bar.span.field == field).unwrap();
    let value = bar(Field::Value);
    assert_eq!((value.span.low, value.span.high), (30.4e9, 45.6e9));
    assert!(value.at_low.price_per_gpu_hour_usd < value.at_high.price_per_gpu_hour_usd);
    // PUE cannot go below 1: its bar starts there. It moves the power, not the price.
    let pue = bar(Field::Pue);
    assert_eq!(pue.span.low, 1.0);
    assert_eq!(
        pue.at_low.price_per_gpu_hour_usd,
        pue.at_high.price_per_gpu_hour_usd
    );
    assert!(pue.at_low.peak_facility_mw < pue.at_high.peak_facility_mw);

    let (scenario, spans) = seed_with_gb200(150_000.0, 250_000.0);
    let bars = sensitivity(&scenario, &spans);
    let gb200 = bars
        .iter()
        .find(|bar| bar.span.field == Field::TrancheCount(0))
        .unwrap();
    assert_eq!((gb200.span, gb200.assumed), (spans[0], false));
    assert!(gb200.at_low.price_per_gpu_hour_usd > gb200.at_high.price_per_gpu_hour_usd);
}

/// Inputs a span may cover in the property test, with the values its ends are drawn from
/// (months as whole numbers).
fn candidates() -> Vec<(Field, f64, f64, bool)> {
    vec![
        (Field::Value, 1e9, 2e11, false),
        (Field::Years, 12.0, 240.0, true),
        (Field::Price, 0.5, 20.0, false),
        (Field::TrancheCount(0), 1_000.0, 1_000_000.0, true),
        (Field::TrancheCount(1), 1_000.0, 1_000_000.0, true),
        (Field::TrancheRamp(0), 0.0, 36.0, true),
        (Field::TrancheRamp(1), 0.0, 36.0, true),
        (Field::PriceWeight(GpuKind::GB300), 0.5, 3.0, false),
        (Field::Utilisation, 0.1, 1.0, false),
        (Field::Mfu, 0.1, 0.9, false),
        (Field::PowerKw(GpuKind::GB200), 0.5, 3.0, false),
        (Field::Pue, 1.0, 2.0, false),
        (Field::ElectricityPrice, 0.0, 200.0, false),
    ]
}

/// The default scenario solving for `solve`, with a span on each candidate input `picks`
/// chooses (not the solved quantity), its ends at the two shares of the candidate's values,
/// the scenario at their midpoints; each span with its candidate's index and whether it is
/// held in whole units.
fn spans_from(solve: SolveFor, picks: &[(bool, f64, f64)]) -> (Scenario, Vec<(usize, Span, bool)>) {
    let mut scenario = Scenario {
        solve,
        ..Scenario::default()
    };
    let mut spans = Vec::new();
    for (index, ((field, min, max, whole), &(chosen, a, b))) in
        candidates().into_iter().zip(picks).enumerate()
    {
        // The solved quantity is an output, not an input.
        let solved = matches!(
            (solve, field),
            (SolveFor::Price, Field::Price) | (SolveFor::Value, Field::Value)
        );
        if !chosen || solved {
            continue;
        }
        let end = |u: f64| {
            let x = min + u * (max - min);
            if whole {
                x.round()
            } else {
                x
            }
        };
        let span = Span {
            field,
            low: end(a).min(end(b)),
            high: end(a).max(end(b)),
        };
        set_value(&mut scenario, field, span.central());
        spans.push((index, span, whole));
    }
    (scenario, spans)
}

fn solve_mode() -> impl Strategy<Value = SolveFor> {
    prop_oneof![
        Just(SolveFor::Price),
        Just(SolveFor::Fleet),
        Just(SolveFor::Value)
    ]
}

proptest! {
    /// The corners bound every point inside the spans, for every output, in every solve mode:
    /// the model is monotone in each input, which is what makes two runs per span enough.
    #[test]
    fn corners_bound_random_interior_points(
        solve in solve_mode(),
        picks in prop::collection::vec((any::<bool>(), 0.0..1.0f64, 0.0..1.0f64, 0.0..1.0f64), 13),
    ) {
        let ends: Vec<(bool, f64, f64)> = picks.iter().map(|&(chosen, a, b, _)| (chosen, a, b)).collect();
        let (scenario, picked) = spans_from(solve, &ends);
        let spans: Vec<Span> = picked.iter().map(|(_, span, _)| *span).collect();
        let inside: Vec<(Field, f64)> = picked
            .iter()
            .map(|&(index, span, whole)| {
                let point = span.low + picks[index].3 * (span.high - span.low);
                (span.field, if whole { point.round() } else { point })
            })
            .collect();
        prop_assume!(!spans.is_empty());
        let Some(bounds) = bounds(&scenario, &spans) else {
            // Only when some corner cannot be priced; the central scenario must still run.
            prop_assert!(run(&scenario).is_ok(), "{spans:?}: {:?}", run(&scenario).err());
            return Ok(());
        };
        let mut point = scenario.clone();
        for (field, value) in inside {
            set_value(&mut point, field, value);
        }
        let summary = run(&point).expect("a point inside the spans runs").summary;
        for ((key, read), (low, high)) in OUTPUTS.iter().zip(&bounds.outputs) {
            let value = read(&summary);
            // Solving for the fleet, what the fleet draws and computes depends on how the term
            // and the ramps spread its hours (the fleet is sized by its hours, its peaks and
            // energy by its mix and its top month): those outputs are not monotone in them,
            // and an inside point may pass a corner a little (2.3 % in the worst case found in
            // 30,000 cases). The bounds hold within 5 % there, exactly elsewhere.
            let mix = solve == SolveFor::Fleet
                && ["total_energy_mwh", "total_useful_flop", "peak_facility_mw", "peak_eflops"].contains(key);
            let relative = if mix { 0.05 } else { 1e-9 };
            let slack = relative * value.abs().max(high.abs()).max(1.0);
            prop_assert!(*low - slack <= value && value <= *high + slack,
                "{key} = {value} outside {low}..={high} ({solve:?}, {spans:?})");
        }
        for kind in GpuKind::ALL {
            if let (Some(price), Some((low, high))) = (summary.price_per_kind_usd[kind], bounds.price_per_kind[kind]) {
                // A kind's price depends on the mix of kinds' hours as well (the weights split
                // the blended price by it): within 1 %, as above.
                let slack = 0.01 * price.abs().max(1.0);
                prop_assert!(low - slack <= price && price <= high + slack, "price of {kind:?} = {price} outside {low}..={high} ({solve:?}, {spans:?})");
            }
        }
    }

    /// The search from the swings' corner finds the same extremes as running every corner.
    #[test]
    fn the_search_finds_the_extreme_corners(
        solve in solve_mode(),
        picks in prop::collection::vec((any::<bool>(), 0.0..1.0f64, 0.0..1.0f64), 13),
    ) {
        let (scenario, picked) = spans_from(solve, &picks);
        let spans: Vec<Span> = picked.iter().map(|(_, span, _)| *span).collect();
        prop_assume!(!spans.is_empty() && spans.len() <= 8);
        let Some(found) = bounds(&scenario, &spans) else {
            return Ok(());
        };
        let corners: Vec<Summary> = (0..1usize << spans.len())
            .filter_map(|bits| {
                let ends: Vec<bool> = (0..spans.len()).map(|i| bits >> i & 1 == 1).collect();
                summarise(&corner(&scenario, &spans, &ends)).ok()
            })
            .collect();
        for ((key, read), (low, high)) in OUTPUTS.iter().zip(&found.outputs) {
            let lowest = corners.iter().map(read).fold(f64::INFINITY, f64::min);
            let highest = corners.iter().map(read).fold(f64::NEG_INFINITY, f64::max);
            // Equal but for rounding: outputs that do not move (the useful compute in fleet
            // mode) differ in their last bits from corner to corner.
            let slack = 1e-9 * lowest.abs().max(highest.abs()).max(1.0);
            prop_assert!((low - lowest).abs() <= slack && (high - highest).abs() <= slack,
                "{key}: found {low}..={high}, every corner gives {lowest}..={highest} ({solve:?}, {spans:?})");
        }
    }
}
