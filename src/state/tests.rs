use super::*;

#[track_caller]
fn summary_of(state: &AppState) -> crate::model::Summary {
    run(&state.last_valid).expect("last valid runs").summary
}

#[test]
fn a_valid_change_updates_the_results() {
    let state = AppState::default().apply(Action::SetValue { usd: 76e9 });
    assert_eq!(state.last_valid.value_usd, 76e9);
    assert!(!state.is_stale());
    assert!(state.errors().is_empty());
}

#[test]
fn an_invalid_value_keeps_the_last_result_and_the_other_inputs() {
    let state = AppState::default()
        .apply(Action::SetTrancheCount {
            index: 0,
            gpus: 250_000.0,
        })
        .apply(Action::SetValue { usd: -5e9 });
    assert!(state.is_stale());
    assert_eq!(state.last_valid.value_usd, 38e9);
    assert_eq!(state.last_valid.tranches[0].count, 250_000.0);
    assert_eq!(state.scenario.tranches[0].count, 250_000.0);
    let errors = state.errors();
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].field, Field::Value);
}

#[test]
fn unreadable_text_is_kept_until_replaced() {
    let state = AppState::default().apply(Action::RejectText {
        field: Field::Years,
        text: "seven".to_owned(),
    });
    assert!(state.is_stale());
    assert_eq!(state.errors()[0].problem, Problem::NotANumber);
    let state = state.apply(Action::SetTermYears { years: 8.0 });
    assert!(!state.is_stale());
    assert_eq!(state.last_valid.term_months, 96);
}

#[test]
fn years_are_stored_as_whole_months() {
    let state = AppState::default().apply(Action::SetTermYears { years: 7.5 });
    assert_eq!(state.scenario.term_months, 90);
    let state = state.apply(Action::SetTermYears { years: f64::NAN });
    assert_eq!(state.scenario.term_months, 0);
    assert_eq!(state.errors()[0].field, Field::Years);
}

#[test]
fn changes_to_a_missing_tranche_change_nothing() {
    let state = AppState::default();
    for action in [
        Action::SetTrancheCount {
            index: 9,
            gpus: 1.0,
        },
        Action::SetTrancheRamp {
            index: 9,
            months: 3.0,
        },
        Action::RemoveTranche { index: 9 },
        Action::LoadPreset {
            id: "no-such-deal".to_owned(),
        },
    ] {
        assert_eq!(state.clone().apply(action), state);
    }
}

#[test]
fn solving_price_then_value_brings_the_value_back() {
    let state = AppState::default().apply(Action::SetSolve {
        mode: SolveFor::Value,
    });
    assert_eq!(state.scenario.solve, SolveFor::Value);
    let value = summary_of(&state).contract_value_usd;
    assert!((value / 38e9 - 1.0).abs() < 1e-9, "{value}");
    let back = state.apply(Action::SetSolve {
        mode: SolveFor::Price,
    });
    let price = summary_of(&back).price_per_gpu_hour_usd;
    let original = summary_of(&AppState::default()).price_per_gpu_hour_usd;
    assert!((price / original - 1.0).abs() < 1e-9);
}

#[test]
fn leaving_fleet_mode_keeps_the_solved_fleet() {
    let state = AppState::default()
        .apply(Action::SetSolve {
            mode: SolveFor::Fleet,
        })
        .apply(Action::SetPrice { usd: 1.0 });
    let solved = summary_of(&state).total_gpus;
    let state = state.apply(Action::SetSolve {
        mode: SolveFor::Price,
    });
    let given = state.last_valid.total_gpus();
    assert!((given / solved - 1.0).abs() < 1e-5, "{given} vs {solved}");
    assert!((summary_of(&state).price_per_gpu_hour_usd - 1.0).abs() < 1e-5);
}

#[test]
fn an_expansion_tranche_is_one_action() {
    let state = AppState::default().apply(Action::AddTranche);
    let added = state.scenario.tranches.last().expect("added");
    assert_eq!(added.kind, GpuKind::GB300);
    assert_eq!(added.count, 100_000.0);
    assert_eq!(added.first_month.to_string(), "2027-01");
    assert_eq!(state.last_valid.tranches.len(), 3);
    let removed = state.apply(Action::RemoveTranche { index: 2 });
    assert_eq!(removed.last_valid.tranches.len(), 2);
}

#[test]
fn fractional_or_negative_ramps_are_reported() {
    for months in [-1.0, 2.5, 121.0, 1e12] {
        let state = AppState::default().apply(Action::SetTrancheRamp { index: 1, months });
        assert_eq!(state.errors()[0].field, Field::TrancheRamp(1), "{months}");
        assert_eq!(state.last_valid.tranches[1].ramp_months, 6);
    }
}

#[test]
fn presets_load_whole_scenarios_and_keep_their_id() {
    let state = AppState::default().apply(Action::LoadPreset {
        id: "openai-oracle-2025".to_owned(),
    });
    assert_eq!(state.preset, Some("openai-oracle-2025"));
    assert_eq!(state.last_valid.value_usd, 300e9);
    assert!(!state.is_stale());
}

#[test]
fn the_baseline_is_the_last_valid_scenario() {
    let state = AppState::default()
        .apply(Action::PinBaseline)
        .apply(Action::SetValue { usd: -1.0 });
    assert_eq!(state.baseline, Some(Scenario::default()));
    assert_eq!(state.apply(Action::ClearBaseline).baseline, None);
}

#[test]
fn a_range_holds_its_midpoint_and_one_number_replaces_it() {
    let state = AppState::default().apply(Action::SetSpan {
        field: Field::TrancheCount(0),
        low: 150_000.0,
        high: 400_000.0,
    });
    assert_eq!(state.scenario.tranches[0].count, 275_000.0);
    assert_eq!(state.last_valid, state.scenario);
    assert_eq!(state.last_valid_spans, state.spans);
    assert!(!state.is_stale());
    let state = state.apply(Action::SetTrancheCount {
        index: 0,
        gpus: 220_000.0,
    });
    assert!(state.spans.is_empty());
    assert_eq!(state.scenario.tranches[0].count, 220_000.0);
}

#[test]
fn a_reversed_range_gets_its_message_and_keeps_the_results() {
    let state = AppState::default().apply(Action::SetSpan {
        field: Field::Value,
        low: 50e9,
        high: 30e9,
    });
    assert_eq!(
        state.errors(),
        vec![FieldError {
            field: Field::Value,
            problem: Problem::RangeReversed
        }]
    );
    assert_eq!(state.last_valid, AppState::default().last_valid);
    assert!(state.is_stale());
    let state = state.apply(Action::ClearSpan {
        field: Field::Value,
    });
    assert!(state.errors().is_empty());
    assert!(!state.is_stale());
}

#[test]
fn removing_a_tranche_moves_the_ranges_of_later_ones_down() {
    let state = AppState::default()
        .apply(Action::SetSpan {
            field: Field::TrancheCount(1),
            low: 50_000.0,
            high: 150_000.0,
        })
        .apply(Action::RemoveTranche { index: 0 });
    assert_eq!(state.spans.len(), 1);
    assert_eq!(state.spans[0].field, Field::TrancheCount(0));
    // Solving for the value makes it an output: its range goes.
    let state = AppState::default()
        .apply(Action::SetSpan {
            field: Field::Value,
            low: 30e9,
            high: 50e9,
        })
        .apply(Action::SetSolve {
            mode: SolveFor::Value,
        });
    assert!(state.spans.is_empty());
}
