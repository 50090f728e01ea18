//! The rules `build.rs` applies to the data files (`build/data.rs`), run on the real files and
//! on entries broken one rule at a time: each is refused with a message naming the file, the
//! entry and the rule, so that an editor's mistake fails `scripts/test` (at the build) instead
//! of reaching readers.

#[allow(dead_code)]
#[path = "../build/data.rs"]
mod data;
#[allow(dead_code)]
#[path = "../src/model/limits.rs"]
mod limits;

use data::{
    catalogue_rs, changes_rs, deals_rs, ledger_rs, parse, prices_rs, CatalogueFile, ChangesFile,
    DealsFile, LedgerFile, Numbering, PricesFile,
};

const ACCELERATORS: &str = include_str!("../data/accelerators.toml");
const DEALS: &str = include_str!("../data/deals.toml");
const PRICES: &str = include_str!("../data/prices.toml");
const CHANGES: &str = include_str!("../data/changes.toml");
const LEDGER: &str = include_str!("../data/ledger.toml");

/// Generates the ledger's yardsticks and revenue from `ledger` (the text of `data/ledger.toml`).
fn ledger_from(ledger: &str) -> String {
    let ledger: LedgerFile = parse("ledger", ledger);
    ledger_rs(&ledger, &parse("deals", DEALS))
}

/// `data/ledger.toml` with the first `from` replaced by `to`.
fn ledger_with(from: &str, to: &str) -> String {
    assert!(LEDGER.contains(from), "data/ledger.toml has no {from:?}");
    LEDGER.replacen(from, to, 1)
}

#[test]
fn the_ledger_file_passes_its_rules() {
    let code = ledger_from(LEDGER);
    assert!(code.contains("pub static YARDSTICKS") && code.contains("pub static REVENUE"));
}

#[test]
#[should_panic(
    expected = "data/ledger.toml, yardstick openai-2026-04: a yardstick states a value, a power or both"
)]
fn a_yardstick_states_a_figure() {
    ledger_from(&ledger_with("power_gw = 10.0\n", ""));
}

#[test]
#[should_panic(expected = "buyer is a [[party]] of data/deals.toml")]
fn a_yardstick_names_a_known_buyer() {
    ledger_from(&ledger_with("buyer = \"meta\"", "buyer = \"facebook\""));
}

#[test]
#[should_panic(
    expected = "data/ledger.toml, revenue openai 2024-06: a buyer's revenue points run in date order"
)]
fn revenue_points_run_in_date_order() {
    ledger_from(&ledger_with("month = \"2025-06\"", "month = \"2024-06\""));
}

#[test]
#[should_panic(expected = "an annual figure is dated December of its year")]
fn an_annual_figure_is_dated_december() {
    ledger_from(&ledger_with("month = \"2024-12\"", "month = \"2024-11\""));
}

fn kinds() -> Vec<String> {
    let catalogue: CatalogueFile = parse("accelerators", ACCELERATORS);
    catalogue.accelerator.iter().map(|a| a.id.clone()).collect()
}

/// Generates the deal library from `deals` (the text of `data/deals.toml`).
fn deals_from(deals: &str) -> String {
    let deals: DealsFile = parse("deals", deals);
    let changes: ChangesFile = parse("changes", CHANGES);
    let mut numbering = Numbering::new(&deals, &changes);
    deals_rs(&deals, &kinds(), &mut numbering)
}

/// `DEALS` with the first occurrence of `from` replaced by `to`.
#[track_caller]
fn deals_with(from: &str, to: &str) -> String {
    assert!(DEALS.contains(from), "data/deals.toml has no {from:?}");
    DEALS.replacen(from, to, 1)
}

#[test]
fn the_files_as_they_are_pass_every_rule() {
    let catalogue: CatalogueFile = parse("accelerators", ACCELERATORS);
    assert!(catalogue_rs(&catalogue).contains("pub static CATALOGUE"));
    assert!(deals_from(DEALS).contains("pub static DEALS"));
    let prices: PricesFile = parse("prices", PRICES);
    assert!(prices_rs(&prices, &kinds()).contains("REFERENCE_PRICES"));
    let deals: DealsFile = parse("deals", DEALS);
    let changes: ChangesFile = parse("changes", CHANGES);
    let mut numbering = Numbering::new(&deals, &changes);
    deals_rs(&deals, &kinds(), &mut numbering);
    assert!(changes_rs(&changes, &mut numbering).contains("DATA_CHANGES"));
    assert!(numbering.rust().contains("CORE_WORDS"));
}

#[test]
#[should_panic(expected = "unknown field `party`")]
fn an_unknown_key_is_refused() {
    deals_from(&deals_with("parties = ", "party = "));
}

#[test]
#[should_panic(expected = "data/deals.toml, deal openai-aws-2025: ids are unique")]
fn ids_are_unique() {
    deals_from(&deals_with(
        "id = \"openai-oracle-2025\"",
        "id = \"openai-aws-2025\"",
    ));
}

#[test]
#[should_panic(expected = "date “2025-13-04” is not YYYY, YYYY-MM or YYYY-MM-DD")]
fn dates_are_real_dates() {
    deals_from(&deals_with(
        "date = \"2025-11-04\"",
        "date = \"2025-13-04\"",
    ));
}

#[test]
#[should_panic(expected = "date “2026-02-29” is not YYYY, YYYY-MM or YYYY-MM-DD")]
fn days_exist_in_their_month() {
    deals_from(&deals_with(
        "date = \"2025-11-04\"",
        "date = \"2026-02-29\"",
    ));
}

#[test]
#[should_panic(expected = "trust is P, S, W or D")]
fn every_source_has_a_trust_tag() {
    deals_from(&deals_with("trust = \"S\"", "trust = \"maybe\""));
}

#[test]
#[should_panic(expected = "a source URL starts with https://")]
fn sources_are_links() {
    deals_from(&deals_with("url = \"https://", "url = \"http://"));
}

#[test]
#[should_panic(expected = "is not in data/accelerators.toml")]
fn tranches_use_known_accelerators() {
    deals_from(&deals_with("kind = \"gb200\"", "kind = \"gb900\""));
}

#[test]
#[should_panic(
    expected = "deal openai-aws-2025: count_range: the scenario's figure is the range's midpoint"
)]
fn a_count_range_is_centred_on_the_count() {
    deals_from(&deals_with(
        "count_range = [150000, 250000]",
        "count_range = [150000, 400000]",
    ));
}

#[test]
#[should_panic(
    expected = "deal openai-coreweave-2025: price_range: the scenario's figure is the range's midpoint"
)]
fn a_price_range_is_centred_on_the_price() {
    deals_from(&deals_with(
        "price_range = [3.15, 5.25]",
        "price_range = [3.15, 6.0]",
    ));
}

#[test]
#[should_panic(expected = "a deal whose inputs are ranges says why (range_note)")]
fn a_range_says_why() {
    deals_from(&deals_with("range_note = ", "# range_note = "));
}

#[test]
#[should_panic(
    expected = "deal openai-cerebras-2026: value_range: the low end comes first, and the ends differ"
)]
fn a_range_with_reversed_ends_is_refused() {
    deals_from(&deals_with(
        "value_range = [20e9, 30e9]",
        "value_range = [30e9, 20e9]",
    ));
}

#[test]
#[should_panic(
    expected = "deal openai-aws-2026-expansion: it_power_kw_range.trn3: the low end comes first, and the ends differ"
)]
fn a_range_with_equal_ends_is_refused() {
    deals_from(&deals_with(
        "it_power_kw_range = { trn3 = [1.1, 1.7] }",
        "it_power_kw_range = { trn3 = [1.4, 1.4] }",
    ));
}

#[test]
#[should_panic(
    expected = "deal openai-cerebras-2026: pue_range: both ends lie within the input's limits, 1 – 3"
)]
fn a_range_outside_the_inputs_limits_is_refused() {
    deals_from(&deals_with(
        "pue = 1.165\npue_range = [1.08, 1.25]",
        "pue = 1.5\npue_range = [0.5, 2.5]",
    ));
}

#[test]
#[should_panic(
    expected = "deal anthropic-amazon-2026: fleet_mw_range: the scenario's figure is the range's midpoint"
)]
fn a_power_range_is_centred_on_the_power() {
    deals_from(&deals_with(
        "fleet_mw_range = [2500.0, 5000.0]",
        "fleet_mw_range = [1000.0, 5000.0]",
    ));
}

#[test]
#[should_panic(expected = "an earlier scenario names the last version it serves (until)")]
fn an_earlier_scenario_names_its_version() {
    deals_from(&deals_with("until = \"2026-12\"", "until = \"2027-01\""));
}

#[test]
#[should_panic(expected = "an assumed price says where it comes from (price_note)")]
fn an_assumed_price_is_traced_to_its_source() {
    let text = DEALS.replace("price_note = ", "# price_note = ");
    deals_from(&text);
}

#[test]
#[should_panic(expected = "every text has English, Greek and Spanish")]
fn every_text_is_translated() {
    deals_from(&deals_with("el = \"7 χρόνια\"", "el = \"\""));
}

#[test]
#[should_panic(expected = "an expanded or superseded deal says what happened")]
fn a_superseded_deal_says_why() {
    deals_from(&deals_with(
        "status = \"active\"\nas_of",
        "status = \"superseded\"\nas_of",
    ));
}

#[test]
#[should_panic(expected = "missing field `layer`")]
fn every_deal_has_a_layer() {
    deals_from(&deals_with("layer = \"cloud\"\n", ""));
}

#[test]
#[should_panic(expected = "layer “rental” is not cloud, chips or intent")]
fn layers_are_cloud_chips_or_intent() {
    deals_from(&deals_with("layer = \"cloud\"", "layer = \"rental\""));
}

#[test]
#[should_panic(
    expected = "deal openai-aws-2025: part_of “openai-aws-all” is an aggregate (parts) that lists this deal"
)]
fn an_aggregate_lists_its_parts() {
    deals_from(&deals_with(
        "parts = [\"openai-aws-2025\", \"openai-aws-2026-expansion\"]",
        "parts = [\"openai-aws-2026-expansion\"]",
    ));
}

#[test]
#[should_panic(
    expected = "deal openai-aws-all: part “openai-oracle-2025” is a deal whose part_of names this one"
)]
fn an_aggregate_sums_only_its_own_parts() {
    deals_from(&deals_with(
        "parts = [\"openai-aws-2025\", \"openai-aws-2026-expansion\"]",
        "parts = [\"openai-aws-2025\", \"openai-aws-2026-expansion\", \"openai-oracle-2025\"]",
    ));
}

#[test]
#[should_panic(
    expected = "deal nvidia-openai-loi-2025: status_history starts active on the announcement date and runs in date order"
)]
fn a_status_history_runs_in_date_order() {
    deals_from(&deals_with(
        "{ date = \"2026-02\", status = \"superseded\" }",
        "{ date = \"2025-09\", status = \"superseded\" }",
    ));
}

#[test]
#[should_panic(expected = "deal nvidia-openai-loi-2025: status_history ends in the deal's status")]
fn a_status_history_agrees_with_the_status() {
    deals_from(&deals_with(
        "{ date = \"2026-02\", status = \"superseded\" }",
        "{ date = \"2026-02\", status = \"expanded\" }",
    ));
}

#[test]
#[should_panic(expected = "vendor “nvidea” is a [[party]]")]
fn every_party_is_listed() {
    deals_from(&deals_with("vendor = \"nvidia\"", "vendor = \"nvidea\""));
}

#[test]
#[should_panic(expected = "the seed deal, openai-aws-2025, comes first")]
fn the_seed_deal_comes_first() {
    let deals: DealsFile = parse("deals", DEALS);
    let changes: ChangesFile = parse("changes", CHANGES);
    let mut reordered = deals;
    reordered.deal.swap(0, 1);
    let mut numbering = Numbering::new(&reordered, &changes);
    deals_rs(&reordered, &kinds(), &mut numbering);
}

#[test]
#[should_panic(expected = "all-in power is 0.1 – 10 kW per chip")]
fn accelerator_power_is_in_kilowatts() {
    let text = ACCELERATORS.replacen("it_power_kw = 1.0\n", "it_power_kw = 1000\n", 1);
    assert_ne!(text, ACCELERATORS);
    catalogue_rs(&parse("accelerators", &text));
}

#[test]
#[should_panic(expected = "no [source.nowhere]")]
fn every_figure_is_traced_to_a_source() {
    let text = ACCELERATORS.replacen(
        "power_source = \"trn3-power\"",
        "power_source = \"nowhere\"",
        1,
    );
    assert_ne!(text, ACCELERATORS);
    catalogue_rs(&parse("accelerators", &text));
}

#[test]
#[should_panic(expected = "dense BF16 ≤ FP8 ≤ FP4")]
fn dense_figures_are_ordered_by_precision() {
    let text = ACCELERATORS.replacen("fp8_dense_pflops = 1.299", "fp8_dense_pflops = 0.1", 1);
    assert_ne!(text, ACCELERATORS);
    catalogue_rs(&parse("accelerators", &text));
}

#[test]
#[should_panic(expected = "a price is $0.01 – $1,000 per hour")]
fn prices_are_per_hour() {
    let text = PRICES.replacen("usd_per_hour = 10.5", "usd_per_hour = 10500", 1);
    assert_ne!(text, PRICES);
    prices_rs(&parse("prices", &text), &kinds());
}

#[test]
fn quotients_divide_as_rust_does() {
    let catalogue: CatalogueFile = parse("accelerators", ACCELERATORS);
    let code = catalogue_rs(&catalogue);
    // "120 / 72" kW for GB200, written as Rust writes 120.0 / 72.0.
    assert!(code.contains(&format!("it_power_kw: {:?}", 120.0_f64 / 72.0)));
}
