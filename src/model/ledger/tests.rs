use proptest::prelude::*;

use super::*;

/// Every component deal's id.
fn components() -> Vec<&'static str> {
    DEALS
        .iter()
        .filter(|deal| !deal.is_aggregate())
        .map(|deal| deal.id)
        .collect()
}

fn month(text: &str) -> YearMonth {
    YearMonth::parse(text).expect("a month")
}

/// Today's record: every deal announced by the end of 2026.
fn now() -> Selection {
    Selection {
        asof: month("2026-12"),
        deals: None,
        buyer: None,
    }
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}

#[test]
fn every_deal_runs_on_the_timeline() {
    assert_eq!(library().len(), DEALS.len());
    for series in library() {
        let id = series.deal.id;
        assert!(series.gw.central.iter().any(|&gw| gw > 0.0), "{id}");
        for band in [&series.gw, &series.accelerators, &series.spend] {
            for ((low, central), high) in band.low.iter().zip(&band.central).zip(&band.high) {
                assert!(
                    low <= central && central <= high,
                    "{id}: {low} {central} {high}"
                );
            }
        }
        // What a deal bills over the timeline is its value, unless its term runs past 2035.
        let billed: f64 = series.spend.central.iter().sum();
        let scenario = series.deal.scenario();
        let last = scenario.start.plus_months(scenario.term_months - 1);
        if last.year() <= LAST_YEAR {
            assert!(
                close(billed, series.value.0),
                "{id}: {billed} against {}",
                series.value.0
            );
        } else {
            assert!(billed < series.value.0, "{id}");
        }
    }
}

#[test]
fn the_counting_rule_leaves_out_aggregates_lapsed_and_later_deals() {
    let today: Vec<&str> = counted(&now()).iter().map(|s| s.deal.id).collect();
    assert!(!today.contains(&"openai-aws-all"), "an aggregate view");
    assert!(today.contains(&"openai-aws-2025") && today.contains(&"openai-aws-2026-expansion"));
    assert!(
        !today.contains(&"nvidia-openai-loi-2025"),
        "superseded in February 2026"
    );
    // In November 2025 the letter of intent stood, and the 2026 deals did not exist yet.
    let then: Vec<&str> = counted(&Selection {
        asof: month("2025-11"),
        ..now()
    })
    .iter()
    .map(|s| s.deal.id)
    .collect();
    assert!(then.contains(&"nvidia-openai-loi-2025"));
    assert!(!then.contains(&"openai-aws-2026-expansion"));
    // Choosing the aggregate counts its parts once, with them or without.
    for chosen in [
        vec!["openai-aws-all"],
        vec!["openai-aws-all", "openai-aws-2025"],
        vec![
            "openai-aws-2025",
            "openai-aws-2026-expansion",
            "openai-aws-all",
        ],
    ] {
        let ids: Vec<&str> = counted(&Selection {
            deals: Some(chosen.clone()),
            ..now()
        })
        .iter()
        .map(|s| s.deal.id)
        .collect();
        assert_eq!(
            ids,
            ["openai-aws-2025", "openai-aws-2026-expansion"],
            "{chosen:?}"
        );
    }
}

#[test]
fn openai_has_the_most_at_stake() {
    let ledger = ledger(&now(), Group::Buyer, Measure::Gw);
    assert_eq!(ledger.groups[0].key, "openai");
    let (value, low, high) = ledger.value;
    assert!(low < value && value < high);
    assert!(ledger.peak_gw.0 .0 > 10.0, "{:?}", ledger.peak_gw);
}

#[test]
fn openais_stated_total_set_beside_the_library_then_and_now() {
    let stick = YARDSTICKS
        .iter()
        .find(|stick| stick.id == "openai-2025-10")
        .expect("listed");
    let [then, now] = stick.against(month("2026-12"));
    let (stated_value, stated_gw) = (
        stick.value_usd.expect("a value"),
        stick.power_gw.expect("GW"),
    );
    // In October 2025 the record held the NVIDIA letter of intent (10 GW); by December 2026 it
    // had lapsed, and AMD, Broadcom, Cerebras and the AWS expansion had come.
    let ids = |ledger: &Ledger| -> Vec<&str> {
        ledger.groups.iter().flat_map(|g| g.deals.clone()).collect()
    };
    assert!(ids(&then).contains(&"nvidia-openai-loi-2025"));
    assert!(!ids(&now).contains(&"nvidia-openai-loi-2025"));
    assert!(ids(&now).contains(&"openai-broadcom-2025") && ids(&now).contains(&"openai-amd-2025"));
    // Then, the stated $1.4 trillion lay inside the range of the library's sum, and the
    // letter's 10 GW took the peak past 30 GW; now that it has lapsed, the sum falls short of
    // both, even at the ranges' high ends.
    assert!(
        then.value.1 < stated_value && stated_value <= then.value.2,
        "{:?}",
        then.value
    );
    assert!(then.peak_gw.0 .0 > stated_gw, "{:?}", then.peak_gw);
    assert!(now.value.2 < stated_value, "{:?}", now.value);
    assert!(now.peak_gw.0 .2 < stated_gw, "{:?}", now.peak_gw);
}

#[test]
fn revenue_points_belong_to_buyers_of_the_library() {
    for point in &REVENUE {
        assert!(
            DEALS.iter().any(|deal| deal.buyer == point.buyer),
            "{}",
            point.buyer
        );
        assert!(point.usd > 1e8 && point.source.url.starts_with("https://"));
    }
    for stick in &YARDSTICKS {
        assert!(DEALS.iter().any(|deal| deal.buyer == stick.buyer));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// A sum equals the sum of its parts, month by month, for any subset of deals, in every
    /// measure: the total is the sum of the groups and of the counted deals' own series.
    #[test]
    fn a_sum_is_the_sum_of_its_parts(mask in any::<u32>(), measure in 0..4usize, group in 0..4usize) {
        let ids: Vec<&'static str> = components()
            .into_iter()
            .enumerate()
            .filter(|(index, _)| mask & (1 << (index % 32)) != 0)
            .map(|(_, id)| id)
            .collect();
        let selection = Selection { deals: Some(ids), ..now() };
        let measure = Measure::ALL[measure];
        let ledger = ledger(&selection, Group::ALL[group], measure);
        let deals = counted(&selection);
        prop_assert_eq!(ledger.deals, deals.len());
        for index in 0..MONTHS {
            let groups: f64 = ledger.groups.iter().map(|g| g.band.central[index]).sum();
            let own: f64 = deals.iter().map(|s| s.band(measure).central[index]).sum();
            prop_assert!(close(ledger.total.central[index], groups));
            prop_assert!(close(ledger.total.central[index], own));
            let lows: f64 = deals.iter().map(|s| s.band(measure).low[index]).sum();
            let highs: f64 = deals.iter().map(|s| s.band(measure).high[index]).sum();
            prop_assert!(close(ledger.total.low[index], lows) && close(ledger.total.high[index], highs));
        }
    }

    /// No deal is counted twice: whatever is chosen, each counted deal is a component and
    /// appears once, and an aggregate never sums with its parts.
    #[test]
    fn no_deal_is_counted_twice(picks in proptest::collection::vec(0..DEALS.len(), 0..12)) {
        let ids: Vec<&'static str> = picks.iter().map(|&i| DEALS[i].id).collect();
        let counted = counted(&Selection { deals: Some(ids), ..now() });
        let mut seen = Vec::new();
        for series in &counted {
            prop_assert!(!series.deal.is_aggregate());
            prop_assert!(!seen.contains(&series.deal.id));
            seen.push(series.deal.id);
        }
    }

    /// `asof` replays the record: a deal announced after the month is absent, and a deal
    /// superseded by then is left out; every other deal of the chosen set is in.
    #[test]
    fn asof_replays_the_record(offset in 0..36i32) {
        let asof = month("2025-01").plus_months(offset);
        let counted: Vec<&str> = counted(&Selection { asof, ..now() }).iter().map(|s| s.deal.id).collect();
        for deal in DEALS.iter().filter(|deal| !deal.is_aggregate()) {
            let announced = month(&deal.announced[..7]);
            let superseded = deal
                .status_history
                .iter()
                .find(|(_, status)| *status == Status::Superseded)
                .is_some_and(|(since, _)| month(&since[..7]) <= asof);
            prop_assert_eq!(counted.contains(&deal.id), announced <= asof && !superseded, "{}", deal.id);
        }
    }

    /// Grouping by buyer, provider, vendor or layer gives the same grand total.
    #[test]
    fn every_grouping_gives_the_same_total(offset in 0..36i32, measure in 0..4usize) {
        let selection = Selection { asof: month("2025-01").plus_months(offset), ..now() };
        let measure = Measure::ALL[measure];
        let totals: Vec<Ledger> = Group::ALL.iter().map(|&group| ledger(&selection, group, measure)).collect();
        for other in &totals[1..] {
            prop_assert_eq!(&other.total, &totals[0].total);
            prop_assert_eq!(other.value, totals[0].value);
        }
    }
}
