use proptest::prelude::*;

use super::*;

/// `key=value&…` as decoded pairs (the tests' links are already decoded).
pub(super) fn pairs(query: &str) -> Vec<(String, String)> {
    query
        .split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            (key.to_owned(), value.to_owned())
        })
        .collect()
}

fn query(pairs: &[(String, String)]) -> String {
    pairs
        .iter()
        .map(|(key, value)| format!("{key}={value}"))
        .collect::<Vec<_>>()
        .join("&")
}

#[test]
fn defaults_write_only_the_version() {
    let opened = from_query(&[]).state;
    assert_eq!(query(&to_query(&opened)), "v=2&data=2027-01");
    // The seed deal opens with its counts as ranges ("hundreds of thousands").
    assert_eq!(
        opened.spans,
        crate::model::DEALS[0].spans(DataVersion::CURRENT)
    );
    assert_eq!(opened.spans.len(), 2);
}

#[test]
fn a_deal_range_made_one_number_is_written_even_at_its_default() {
    let mut state = from_query(&[]).state;
    state = state.apply(crate::state::Action::ClearSpan {
        field: Field::TrancheCount(0),
    });
    let written = query(&to_query(&state));
    assert_eq!(written, "v=2&data=2027-01&gb200=200000");
    let back = from_query(&pairs(&written)).state;
    assert_eq!(back.spans, state.spans);
    assert_eq!(back.scenario, state.scenario);
    // Pinned to data before the ranges: none.
    assert!(from_query(&pairs("data=2026-11")).state.spans.is_empty());
}

#[test]
fn a_ramp_range_has_a_key_of_its_own() {
    let state = from_query(&pairs("t2_ramp=2~10")).state;
    assert_eq!(state.scenario.tranches[1].ramp_months, 6);
    let written = query(&to_query(&state));
    assert!(written.contains("t2_ramp=2~10"), "{written}");
    assert_eq!(from_query(&pairs(&written)).state.spans, state.spans);
}

#[test]
fn default_tranches_are_keyed_by_kind_and_repeats_by_position() {
    let mut scenario = Scenario::default();
    assert_eq!(tranche_count_key(&scenario, 0), "gb200");
    assert_eq!(tranche_count_key(&scenario, 1), "gb300");
    let extra: Tranche = scenario.tranches[1].clone();
    scenario.tranches.push(extra);
    assert_eq!(tranche_count_key(&scenario, 2), "t3");
    assert_eq!(tranche_key(2, "start"), "t3_start");
    assert_eq!(kind_key("power", GpuKind::H100), "power_h100");
}

#[test]
fn core_keys_read_as_documented() {
    let decoded = from_query(&pairs(
        "v=1&value=76&years=5&start=2026-01&gb200=250000&gb300=0&price=3&solve=value",
    ));
    assert_eq!(decoded.ignored, Vec::<String>::new());
    let s = &decoded.state.scenario;
    assert_eq!(s.value_usd, 76e9);
    assert_eq!(s.term_months, 60);
    assert_eq!(s.start.to_string(), "2026-01");
    assert_eq!(s.tranches[0].count, 250_000.0);
    assert_eq!(s.tranches[1].count, 0.0);
    assert_eq!(s.solve, SolveFor::Value);
    assert_eq!(s.price_per_gpu_hour_usd, 3.0);
    assert_eq!(decoded.state.last_valid, *s);
}

#[test]
fn garbage_is_ignored_and_reported_while_the_rest_applies() {
    let decoded = from_query(&pairs(
        "value=76&gb200=abc&years=-3&nonsense=1&preset=no-such-deal&fleet=h100.1.2025",
    ));
    assert_eq!(decoded.state.scenario.value_usd, 76e9);
    assert_eq!(decoded.state.scenario.term_months, 84);
    assert_eq!(decoded.state.scenario.tranches[0].count, 200_000.0);
    assert_eq!(
        decoded.ignored,
        vec![
            "preset=no-such-deal",
            "fleet=h100.1.2025",
            "gb200=abc",
            "years=-3",
            "nonsense=1"
        ]
    );
}

#[test]
fn a_preset_sets_the_defaults_the_rest_is_relative_to() {
    let decoded = from_query(&pairs("preset=openai-oracle-2025&value=350"));
    assert_eq!(decoded.state.preset, Some("openai-oracle-2025"));
    assert_eq!(decoded.state.scenario.value_usd, 350e9);
    assert_eq!(decoded.state.scenario.fleet_mw, Some(4500.0));
    assert_eq!(
        query(&to_query(&decoded.state)),
        "v=2&data=2027-01&preset=openai-oracle-2025&value=350"
    );
}

#[test]
fn links_keep_the_figures_of_their_data_version() {
    let old = from_query(&pairs("v=2&data=2025-11&value=76"));
    assert_eq!(old.state.data, DataVersion::D2025_11);
    assert_eq!(old.state.scenario.pue, 1.15);
    assert_eq!(old.state.scenario.value_usd, 76e9);
    let new = from_query(&pairs("v=2&data=2026-11&value=76"));
    assert_eq!(new.state.scenario.pue, 1.14);
    // Written back, each link names its own version and nothing else changes.
    assert_eq!(query(&to_query(&old.state)), "v=2&data=2025-11&value=76");
    assert_eq!(
        from_query(&pairs("data=1999-01")).ignored,
        vec!["data=1999-01"]
    );
}

#[test]
fn schema_1_links_migrate_to_the_data_they_were_made_with() {
    let migrated = from_query(&pairs("v=1&value=76&gb200=100000"));
    assert_eq!(migrated.ignored, Vec::<String>::new());
    assert_eq!(migrated.state.data, DataVersion::D2026_11);
    assert_eq!(migrated.state.scenario.value_usd, 76e9);
    assert_eq!(
        query(&to_query(&migrated.state)),
        "v=2&data=2026-11&value=76&gb200=100000"
    );
    for bad in ["v=0", "v=3", "v=x"] {
        assert_eq!(from_query(&pairs(bad)).ignored, vec![bad]);
    }
}

#[test]
fn view_options_are_read_and_written_back() {
    let read = view_options(&pairs(
        "embed=1&controls=value,years&chart=spend&origin=https://news.example&id=a",
    ));
    assert!(read.embed);
    assert_eq!(read.controls, vec!["value", "years"]);
    assert_eq!(read.chart, ChartKind::Spend);
    assert_eq!(read.origin.as_deref(), Some("https://news.example"));
    assert_eq!(
        query(&view_pairs(&read)),
        "embed=1&controls=value,years&chart=spend&origin=https://news.example&id=a"
    );
    assert_eq!(view_options(&pairs("chart=pie")).chart, ChartKind::Gpus);
    assert_eq!(
        from_query(&pairs("embed=1&chart=spend")).ignored,
        Vec::<String>::new()
    );
}

#[test]
fn pairs_apply_on_top_of_a_state() {
    let state = from_query(&pairs("value=76")).state;
    let applied = apply_pairs(&state, &pairs("years=5&gb200=oops"));
    assert_eq!(applied.state.scenario.value_usd, 76e9);
    assert_eq!(applied.state.scenario.term_months, 60);
    assert_eq!(applied.ignored, vec!["gb200=oops"]);
}

#[test]
fn values_are_written_in_exact_billions() {
    for (usd, written) in [
        (38e9, "38"),
        (38.5e9, "38.5"),
        (1e6, "0.001"),
        (38_000_000_001.0, "38.000000001"),
    ] {
        assert_eq!(billions(usd), written);
        let decoded = from_query(&pairs(&format!("value={written}")));
        assert_eq!(decoded.state.scenario.value_usd, usd);
    }
}

#[test]
fn a_changed_fleet_is_written_whole() {
    let state = AppState::default().apply(crate::state::Action::AddTranche);
    let written = query(&to_query(&state));
    assert_eq!(
        written,
        "v=2&data=2027-01&fleet=gb200.200000.2025-11.12.linear_gb300.100000.2026-06.6.linear_gb300.100000.2027-01.6.linear"
    );
    assert_eq!(from_query(&pairs(&written)).state.scenario, state.scenario);
}

/// Found by the long fuzz run: keys that are only valid together must not be dropped one by
/// one, whatever order the link lists them in.
#[test]
fn keys_valid_only_together_are_kept_in_any_order() {
    // Solving for value, a term that ends before the fleet arrives is allowed (the value is 0);
    // solving for price it is not, so `start` alone, read before `solve`, would be refused.
    for link in ["start=2015-01&solve=value", "solve=value&start=2015-01"] {
        let decoded = from_query(&pairs(link));
        assert!(decoded.ignored.is_empty(), "{link}: {:?}", decoded.ignored);
        assert_eq!(decoded.state.scenario.solve, SolveFor::Value);
        assert_eq!(
            decoded.state.scenario.start,
            YearMonth::new(2015, 1).unwrap()
        );
    }
    // A link that is invalid as a whole still keeps the keys that work.
    let decoded = from_query(&pairs("start=2015-01&value=76"));
    assert_eq!(decoded.ignored, vec!["start=2015-01"]);
    assert_eq!(decoded.state.scenario.value_usd, 76e9);
}

fn any_shareable_state() -> impl Strategy<Value = AppState> {
    let deal_ids: Vec<Option<&'static str>> = std::iter::once(None)
        .chain(crate::model::DEALS.iter().map(|deal| Some(deal.id)))
        .collect();
    (
        prop::sample::select(deal_ids),
        1e-3f64..=5e3,
        1i32..=360,
        prop::sample::select(vec![SolveFor::Price, SolveFor::Fleet, SolveFor::Value]),
        0.01f64..=1000.0,
        prop::collection::vec((0u32..=2_000_000, 0i32..=120), 1..=4),
        0.0f64..=1.0,
        1.0f64..=3.0,
        prop::option::of(1.0f64..=100_000.0),
    )
        .prop_map(
            |(preset, billions, term, solve, price, counts, util, pue, mw)| {
                let base = defaults(preset, DataVersion::CURRENT);
                let template = base.tranches[0].clone();
                let tranches = counts
                    .into_iter()
                    .map(|(count, ramp)| Tranche {
                        count: f64::from(count),
                        ramp_months: ramp,
                        ..template.clone()
                    })
                    .collect();
                let scenario = Scenario {
                    value_usd: (billions * 1e9).max(1e6).round(),
                    term_months: term,
                    solve,
                    price_per_gpu_hour_usd: price,
                    tranches,
                    utilisation: util,
                    pue,
                    fleet_mw: mw,
                    ..base
                };
                AppState {
                    scenario: scenario.clone(),
                    last_valid: scenario,
                    preset,
                    ..AppState::default()
                }
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn every_valid_state_survives_the_round_trip(state in any_shareable_state()) {
        prop_assume!(validate(&state.scenario).is_empty());
        let decoded = from_query(&to_query(&state));
        prop_assert_eq!(decoded.ignored, Vec::<String>::new());
        prop_assert_eq!(decoded.state.scenario, state.scenario);
        prop_assert_eq!(decoded.state.preset, state.preset);
    }

    #[test]
    fn any_query_decodes_to_a_valid_state_without_panicking(
        raw in prop::collection::vec(("[a-z0-9_]{0,12}", "[ -~]{0,24}"), 0..12),
    ) {
        let pairs: Vec<(String, String)> = raw;
        let decoded = from_query(&pairs);
        prop_assert!(validate(&decoded.state.scenario).is_empty());
        prop_assert!(decoded.ignored.len() <= pairs.len());
    }
}

#[test]
fn a_tranche_that_leaves_early_keeps_its_months_online_in_the_link() {
    let decoded = from_query(&pairs("preset=openai-aws-all&value=140"));
    let tranches = &decoded.state.scenario.tranches;
    assert_eq!(tranches[0].months_online, Some(84));
    // Changed beyond counts, the fleet is written whole, with a sixth part where it applies.
    let state = decoded.state.apply(crate::state::Action::SetTrancheRamp {
        index: 2,
        months: 12.0,
    });
    let written = query(&to_query(&state));
    assert!(
        written.contains("gb200.200000.2025-11.12.linear.84_"),
        "{written}"
    );
    assert!(
        written.contains("trn3.1250000.2027-01.12.linear&")
            || written.ends_with("trn3.1250000.2027-01.12.linear"),
        "{written}"
    );
    let again = from_query(&pairs(&written));
    assert_eq!(again.state.scenario.tranches, state.scenario.tranches);
    // Out of range, the whole fleet is ignored and named.
    let bad = from_query(&pairs("fleet=gb200.1000.2025-11.12.linear.0"));
    assert_eq!(
        bad.state.scenario.tranches,
        AppState::default().scenario.tranches
    );
    assert_eq!(bad.ignored, ["fleet=gb200.1000.2025-11.12.linear.0"]);
}

#[test]
fn ranges_read_as_low_tilde_high_and_write_back_the_same() {
    let decoded = from_query(&pairs(
        "v=2&gb200=150000~400000&value=30~50&years=5~9&util=0.6~0.95",
    ));
    assert_eq!(decoded.ignored, Vec::<String>::new());
    let state = &decoded.state;
    let s = &state.scenario;
    // The scenario holds the midpoints.
    assert_eq!(s.tranches[0].count, 275_000.0);
    assert_eq!(s.value_usd, 40e9);
    assert_eq!(s.term_months, 84);
    assert!((s.utilisation - 0.775).abs() < 1e-12);
    let span = |field| state.spans.iter().find(|span| span.field == field).copied();
    assert_eq!(
        span(Field::TrancheCount(0)).map(|s| (s.low, s.high)),
        Some((150_000.0, 400_000.0))
    );
    assert_eq!(
        span(Field::Value).map(|s| (s.low, s.high)),
        Some((30e9, 50e9))
    );
    assert_eq!(
        span(Field::Years).map(|s| (s.low, s.high)),
        Some((60.0, 108.0))
    );
    assert_eq!(state.last_valid_spans, state.spans);
    let written = query(&to_query(state));
    for part in [
        "gb200=150000~400000",
        "value=30~50",
        "years=5~9",
        "util=0.6~0.95",
    ] {
        assert!(written.contains(part), "{written} lacks {part}");
    }
    assert_eq!(from_query(&pairs(&written)).state, *state);
}

#[test]
fn a_reversed_or_out_of_bounds_range_is_ignored_and_the_rest_applies() {
    let decoded = from_query(&pairs(
        "value=50~30&util=0.5~1.2&gb300=a~b&years=6&pue=1.1~1.3",
    ));
    assert_eq!(
        decoded.ignored,
        vec!["value=50~30", "util=0.5~1.2", "gb300=a~b"]
    );
    assert_eq!(decoded.state.scenario.term_months, 72);
    // The deal's own ranges stay, the unreadable one for GB300 among them; PUE's is added.
    let fields: Vec<Field> = decoded.state.spans.iter().map(|span| span.field).collect();
    assert_eq!(
        fields,
        [Field::TrancheCount(0), Field::TrancheCount(1), Field::Pue]
    );
    // Keys that take no range.
    let decoded = from_query(&pairs("start=2025-01~2026-01&solve=price~value"));
    assert_eq!(decoded.ignored.len(), 2);
}

#[test]
fn one_number_for_a_deal_range_replaces_it() {
    let state = from_query(&pairs("gb200=200000&gb300=100000")).state;
    assert!(state.spans.is_empty(), "{:?}", state.spans);
    assert!(state.last_valid_spans.is_empty());
    assert_eq!(
        query(&to_query(&state)),
        "v=2&data=2027-01&gb200=200000&gb300=100000"
    );
}

#[test]
fn the_solved_quantity_takes_no_range_from_a_link() {
    let decoded = from_query(&pairs("solve=value&value=30~50&price=2~3"));
    assert_eq!(decoded.ignored, vec!["value=30~50"]);
    assert!(decoded
        .state
        .spans
        .iter()
        .all(|span| span.field != Field::Value));
    assert!(decoded
        .state
        .spans
        .iter()
        .any(|span| span.field == Field::Price));
}

#[test]
fn only_a_secret_of_wordpress_form_is_read() {
    assert_eq!(
        wordpress_secret("#?secret=AbC123xYz0").as_deref(),
        Some("AbC123xYz0")
    );
    assert_eq!(
        wordpress_secret("#?embed=1&secret=AbC123xYz0").as_deref(),
        Some("AbC123xYz0")
    );
    for fragment in [
        "",
        "#",
        "#?secret=short",
        "#?secret=AbC123xYz01",
        "#?secret=AbC<script",
        "#?secret=AbC123xY%3C",
    ] {
        assert_eq!(wordpress_secret(fragment), None, "{fragment}");
    }
}
