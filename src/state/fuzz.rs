//! Fuzzing the reducer and the link codec with generated inputs. The default run (256 cases
//! each) is part of `cargo test`; the long run is
//! `PROPTEST_CASES=1000000 cargo test --release --lib fuzz_` (see docs/hardening.md).

use proptest::prelude::*;

use super::*;
use crate::chart::{render_svg, series, ChartKind, Theme};
use crate::i18n::Lang;
use crate::model::ramp::RampShape;
use crate::url;

/// Any float, including NaN, infinities, negative zero and huge values.
fn any_number() -> impl Strategy<Value = f64> {
    prop_oneof![
        any::<f64>(),
        Just(f64::NAN),
        Just(f64::INFINITY),
        Just(-0.0),
        -1e13f64..1e13,
        0.0f64..100.0,
    ]
}

fn any_month() -> impl Strategy<Value = YearMonth> {
    (0i32..=9999, 1u32..=12).prop_map(|(year, month)| {
        YearMonth::new(year, month).expect("generated months are calendar months")
    })
}

pub(crate) fn any_action() -> impl Strategy<Value = Action> {
    let index = 0usize..25;
    prop_oneof![
        any_number().prop_map(|usd| Action::SetValue { usd: usd * 1e9 }),
        any_number().prop_map(|years| Action::SetTermYears { years }),
        any_month().prop_map(|month| Action::SetStart { month }),
        any_number().prop_map(|usd| Action::SetPrice { usd }),
        prop::sample::select(vec![SolveFor::Price, SolveFor::Fleet, SolveFor::Value])
            .prop_map(|mode| Action::SetSolve { mode }),
        prop::option::of(any_number()).prop_map(|mw| Action::SetFleetMw { mw }),
        (index.clone(), any_number())
            .prop_map(|(index, gpus)| Action::SetTrancheCount { index, gpus }),
        (index.clone(), prop::sample::select(GpuKind::ALL.to_vec()))
            .prop_map(|(index, kind)| Action::SetTrancheKind { index, kind }),
        (index.clone(), any_month())
            .prop_map(|(index, month)| Action::SetTrancheStart { index, month }),
        (index.clone(), any_number())
            .prop_map(|(index, months)| Action::SetTrancheRamp { index, months }),
        (
            index.clone(),
            prop::sample::select(vec![
                RampShape::Linear,
                RampShape::SCurve,
                RampShape::AllAtOnce
            ])
        )
            .prop_map(|(index, shape)| Action::SetTrancheShape { index, shape }),
        Just(Action::AddTranche),
        index.prop_map(|index| Action::RemoveTranche { index }),
        any_number().prop_map(|fraction| Action::SetUtilisation { fraction }),
        any_number().prop_map(|fraction| Action::SetMfu { fraction }),
        (prop::sample::select(GpuKind::ALL.to_vec()), any_number())
            .prop_map(|(kind, kw)| Action::SetPowerKw { kind, kw }),
        any_number().prop_map(|pue| Action::SetPue { pue }),
        any_number().prop_map(|usd_per_mwh| Action::SetElectricity { usd_per_mwh }),
        prop::sample::select(
            crate::model::DEALS
                .iter()
                .map(|deal| deal.id.to_owned())
                .collect::<Vec<_>>()
        )
        .prop_map(|id| Action::LoadPreset { id }),
        Just(Action::PinBaseline),
        ".{0,12}".prop_map(|text| Action::RejectText {
            field: Field::Value,
            text
        }),
        prop::collection::vec(("[a-z0-9_]{0,8}", "[ -~]{0,16}"), 0..4)
            .prop_map(|pairs| Action::ApplyPairs { pairs }),
        (any_field(), any_number(), any_number()).prop_map(|(field, low, high)| Action::SetSpan {
            field,
            low,
            high
        }),
        any_field().prop_map(|field| Action::ClearSpan { field }),
    ]
}

/// Any numeric input, tranche fields of the first few tranches.
fn any_field() -> impl Strategy<Value = Field> {
    prop_oneof![
        prop::sample::select(vec![
            Field::Value,
            Field::Years,
            Field::Price,
            Field::FleetMw,
            Field::Utilisation,
            Field::Mfu,
            Field::Pue,
            Field::ElectricityPrice,
        ]),
        (0usize..4).prop_map(Field::TrancheCount),
        (0usize..4).prop_map(Field::TrancheRamp),
        prop::sample::select(GpuKind::ALL.to_vec()).prop_map(Field::PowerKw),
        prop::sample::select(GpuKind::ALL.to_vec()).prop_map(Field::PriceWeight),
    ]
}

proptest! {
    #[test]
    fn fuzz_any_sequence_of_actions_keeps_a_valid_finite_result(
        actions in prop::collection::vec(any_action(), 1..40),
    ) {
        let mut state = AppState::default();
        for action in actions {
            state = state.apply(action);
            let _ = state.errors();
            // Errors come in field order, as the panels list them.
            let errors = validate(&state.scenario);
            prop_assert!(errors.windows(2).all(|pair| pair[0].field <= pair[1].field), "{errors:?}");
            prop_assert!(validate(&state.last_valid).is_empty());
            let outcome = run(&state.last_valid);
            prop_assert!(outcome.is_ok());
            let summary = outcome.expect("checked").summary;
            for number in [
                summary.price_per_gpu_hour_usd,
                summary.contract_value_usd,
                summary.total_gpus,
                summary.total_gpu_hours,
                summary.peak_facility_mw,
                summary.total_energy_mwh,
                summary.total_useful_flop,
            ] {
                prop_assert!(number.is_finite(), "{number}");
            }
        }
        // Whatever the state, the four charts draw (with the pinned baseline, if any) and
        // hold no number that is not one.
        let outcome = run(&state.last_valid).expect("checked above");
        let baseline = state.baseline.as_ref().and_then(|scenario| run(scenario).ok());
        for kind in ChartKind::ALL {
            let spec = series::spec(kind, &outcome, baseline.as_ref(), Lang::En);
            let svg = render_svg(&spec, 320, 240, Theme::Light).svg;
            prop_assert!(svg.starts_with("<svg") && svg.ends_with("</svg>"), "{kind:?}");
            prop_assert!(!svg.contains("NaN") && !svg.contains("Infinity") && !svg.contains('∞'), "{svg}");
        }
        // Whatever its ranges, their bounds, bands and sensitivity bars hold only numbers.
        if let Some(bounds) = ranges::bounds(&state.last_valid, &state.last_valid_spans) {
            for (low, high) in &bounds.outputs {
                prop_assert!(low.is_finite() && high.is_finite() && low <= high, "{low}..{high}");
            }
            let corners: Vec<_> = bounds.chart_corners.iter().filter_map(|s| run(s).ok()).collect();
            for kind in ChartKind::ALL {
                let spec = series::with_band(series::spec(kind, &outcome, None, Lang::En), &outcome, &corners);
                let svg = render_svg(&spec, 320, 240, Theme::Dark).svg;
                prop_assert!(!svg.contains("NaN") && !svg.contains("Infinity"), "{svg}");
            }
        }
        for bar in ranges::sensitivity(&state.last_valid, &state.last_valid_spans) {
            prop_assert!(bar.at_low.price_per_gpu_hour_usd.is_finite() && bar.at_high.peak_facility_mw.is_finite());
        }
        // Whatever the state, its link reads back to the same valid inputs and ranges.
        let valid = AppState {
            scenario: state.last_valid.clone(),
            spans: state.last_valid_spans.clone(),
            ..state.clone()
        };
        let decoded = url::from_query(&url::to_query(&valid));
        prop_assert_eq!(decoded.state.scenario, valid.scenario);
        prop_assert_eq!(decoded.state.spans.len(), valid.spans.len());
        for span in &valid.spans {
            prop_assert!(decoded.state.spans.contains(span), "{span:?} not in {:?}", decoded.state.spans);
        }
    }

    #[test]
    fn fuzz_any_query_string_opens_a_working_page(
        pairs in prop::collection::vec(
            (prop_oneof!["[a-z0-9_]{0,12}", prop::sample::select(vec![
                "v", "data", "preset", "value", "years", "start", "solve", "price", "fleet_mw",
                "gb200", "gb300", "fleet", "precision", "util", "mfu", "pue", "electricity",
                "power_gb200", "weight_gb300", "lang", "theme", "embed", "controls", "chart",
                "t1_ramp", "t2_ramp",
            ].into_iter().map(str::to_owned).collect::<Vec<_>>())],
             prop_oneof!["[ -~]{0,40}", "-?[0-9.e]{1,8}~-?[0-9.e]{1,8}"]),
            0..16,
        ),
    ) {
        let decoded = url::from_query(&pairs);
        prop_assert!(validate(&decoded.state.scenario).is_empty());
        prop_assert!(run(&decoded.state.scenario).is_ok());
        let _ = url::view_options(&pairs);
    }
}
