//! The deal library: compute contracts of 2025 and 2026, each with what was announced (and
//! where) kept apart from what the calculator had to assume to draw it, its status and the day
//! it was last checked. The deals live in `data/deals.toml`; `build.rs` writes them here as
//! constants. Pure data; no web APIs.

use super::calendar::YearMonth;
use super::catalogue::{GpuKind, Source, Trust};
use super::data_version::DataVersion;
use super::ramp::RampShape;
use super::ranges::Span;
use super::scenario::{Scenario, SolveFor, Tranche};
use super::validate::Field;

/// A short text of the data (about a deal, or a change) in each language of the page (English,
/// Greek, Spanish). Quotes from sources stay in their own language; these are the
/// calculator's words.
///
/// The Greek and Spanish words are left out of the wasm: the browser gets them from the
/// language packs (see `i18n::pack`), which the build writes from these. So is the English of
/// every word but the core ones (the seed deal's and the current changes, numbered below
/// [`CORE_WORDS`]): the page fetches the others from a library pack when it shows them.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Words {
    /// Position in the packs: core words first, then the library's.
    pub index: u16,
    /// English (empty in the wasm for library words).
    pub en: &'static str,
    /// Greek.
    #[cfg(not(target_arch = "wasm32"))]
    pub el: &'static str,
    /// Spanish.
    #[cfg(not(target_arch = "wasm32"))]
    pub es: &'static str,
}

/// Where a deal stands now.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    /// In force as announced.
    Active,
    /// In force, and enlarged by a later agreement (listed in the library too).
    Expanded,
    /// Replaced by a later agreement; kept for history.
    Superseded,
}

/// What kind of commitment a deal is, so that the ledger never adds different kinds together
/// unseen.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Layer {
    /// Rented capacity: a cloud contract.
    Cloud,
    /// Hardware supply or purchase.
    Chips,
    /// A letter of intent or an investment, not a purchase.
    Intent,
}

impl Layer {
    /// Every layer, in the order the ledger lists them.
    pub const ALL: [Layer; 3] = [Layer::Cloud, Layer::Chips, Layer::Intent];

    /// The key in the data and in links.
    pub fn id(self) -> &'static str {
        match self {
            Layer::Cloud => "cloud",
            Layer::Chips => "chips",
            Layer::Intent => "intent",
        }
    }
}

/// The name of the party with slug `slug` (a buyer, provider or vendor), or the slug itself.
pub fn party_name(slug: &str) -> &str {
    PARTIES
        .iter()
        .find(|(id, _)| *id == slug)
        .map_or(slug, |(_, name)| name)
}

/// Another reading of an ambiguous announced value, e.g. whether an expansion adds to a deal or
/// is its new total.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Reading {
    /// What the reading takes the announcement to mean.
    pub label: Words,
    /// The contract value under that reading, USD.
    pub value_usd: f64,
}

/// A deal as announced, and the scenario the calculator draws for it.
#[derive(Clone, Copy, Debug)]
pub struct Deal {
    /// Stable id, as in `?preset=`.
    pub id: &'static str,
    /// Parties, e.g. "OpenAI – Oracle".
    pub parties: &'static str,
    /// Announcement date, `YYYY-MM-DD` or `YYYY-MM`.
    pub announced: &'static str,
    /// Where the deal stands.
    pub status: Status,
    /// The day the entry was last checked, `YYYY-MM-DD`.
    pub as_of: &'static str,
    /// Who pays: a party's slug (see [`party_name`]).
    pub buyer: &'static str,
    /// Who supplies the capacity or the chips.
    pub provider: &'static str,
    /// Who makes the chips (`several`, `unstated` where so).
    pub vendor: &'static str,
    /// What kind of commitment it is.
    pub layer: Layer,
    /// The aggregate view this deal is part of, if any.
    pub part_of: Option<&'static str>,
    /// The deals this aggregate view sums; empty for a component deal.
    pub parts: &'static [&'static str],
    /// The dated status changes, oldest first (`YYYY-MM[-DD]`, status); empty for a deal that
    /// has always been active.
    pub status_history: &'static [(&'static str, Status)],
    /// What happened to an expanded or superseded deal, and when.
    pub status_note: Option<Words>,
    /// Announced value, USD, if any.
    pub value_usd: Option<f64>,
    /// Announced power, GW, if any.
    pub power_gw: Option<f64>,
    /// Announced term, years, if any.
    pub term_years: Option<f64>,
    /// Announced term, in words ("5 years from 2027"), or "not stated".
    pub term: Words,
    /// Announced hardware.
    pub hardware: Words,
    /// Where the announced figures come from. In the wasm, only the seed deal's: the page
    /// links every other deal to its sources on the methodology page.
    pub sources: &'static [Source],
    /// The sites of its two most trusted sources (primary first, then secondary, then the
    /// rest, each site once), worked out by the build: what a card or an embed credits. In
    /// the wasm for every deal.
    pub credit: &'static [&'static str],
    /// Other readings of the announced value, if it is ambiguous.
    pub readings: &'static [Reading],
    /// What the calculator assumes beyond the announcement.
    pub assumptions: Words,
    /// The price per accelerator-hour assumed where the fleet or the value is solved, USD.
    pub assumed_price_usd: Option<f64>,
    /// Where that assumed price comes from (English; on the methodology page, not in the wasm).
    #[cfg(not(target_arch = "wasm32"))]
    pub assumed_price_note: Option<&'static str>,
    /// The scenario the calculator draws.
    plan: Plan,
    /// The scenarios that links pinned to earlier data versions were made with, where an update
    /// changed them: each with the last version it serves, oldest first.
    earlier: &'static [(DataVersion, Plan)],
    /// Why some inputs are ranges, where the announcement is vague or the calculator assumes
    /// (see [`Deal::spans`]).
    pub range_note: Option<Words>,
}

/// A tranche as data: kind, count, first month (year, month), linear ramp length in months,
/// months online if it leaves before the end of the term, and the range of counts the
/// announcement allows, if it is vague.
type PlannedTranche = (
    GpuKind,
    f64,
    (i32, u32),
    i32,
    Option<i32>,
    Option<(f64, f64)>,
);

/// A deal's scenario as data: what it sets apart from the default assumptions.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Plan {
    /// First month of the term, (year, month).
    start: (i32, u32),
    /// Term, months.
    term_months: i32,
    /// The quantity solved.
    solve: SolveFor,
    /// Contract value, USD, unless the value is solved.
    value_usd: Option<f64>,
    /// Price per accelerator-hour, USD, unless the price is solved.
    price_usd: Option<f64>,
    /// The values a floor, a ceiling or a press estimate allows, (low, high), if a range.
    value_range: Option<(f64, f64)>,
    /// The prices the assumption allows, (low, high), if it is a range.
    price_range: Option<(f64, f64)>,
    /// Fleet as peak facility power, MW, if given so.
    fleet_mw: Option<f64>,
    /// The peak facility power the announcement allows, (low, high), if it is a range.
    fleet_mw_range: Option<(f64, f64)>,
    /// The provider's PUE, if it differs from the data version's.
    pue: Option<f64>,
    /// The PUEs the provider may run at, (low, high), where it publishes none.
    pue_range: Option<(f64, f64)>,
    /// All-in IT kW per accelerator of the kinds whose catalogue figure is in doubt, (low,
    /// high): the midpoint replaces the catalogue's figure.
    it_power_kw_range: &'static [(GpuKind, (f64, f64))],
    /// Tranches.
    tranches: &'static [PlannedTranche],
}

impl Plan {
    /// The scenario: the plan over the default assumptions of data `version`.
    fn scenario(&self, version: DataVersion) -> Scenario {
        let defaults = version.apply(Scenario::default());
        let mut it_power_kw = defaults.it_power_kw;
        for &(kind, (low, high)) in self.it_power_kw_range {
            it_power_kw[kind] = (low + high) / 2.0;
        }
        Scenario {
            start: month(self.start.0, self.start.1),
            term_months: self.term_months,
            solve: self.solve,
            value_usd: self.value_usd.unwrap_or(defaults.value_usd),
            price_per_gpu_hour_usd: self.price_usd.unwrap_or(defaults.price_per_gpu_hour_usd),
            fleet_mw: self.fleet_mw,
            pue: self.pue.unwrap_or(defaults.pue),
            it_power_kw,
            tranches: self
                .tranches
                .iter()
                .map(
                    |&(kind, count, (year, first), ramp_months, months_online, _)| Tranche {
                        kind,
                        count,
                        first_month: month(year, first),
                        ramp_months,
                        ramp: RampShape::Linear,
                        months_online,
                    },
                )
                .collect(),
            ..defaults
        }
    }

    /// The plan's ranges, as spans of the scenario's inputs.
    fn spans(&self) -> Vec<Span> {
        let span = |field, (low, high)| Span { field, low, high };
        let mut spans: Vec<Span> = [
            (Field::Value, self.value_range),
            (Field::Price, self.price_range),
            (Field::FleetMw, self.fleet_mw_range),
            (Field::Pue, self.pue_range),
        ]
        .into_iter()
        .filter_map(|(field, range)| range.map(|range| span(field, range)))
        .collect();
        spans.extend(
            self.it_power_kw_range
                .iter()
                .map(|&(kind, range)| span(Field::PowerKw(kind), range)),
        );
        spans.extend((0..).zip(self.tranches).filter_map(|(index, tranche)| {
            tranche
                .5
                .map(|range| span(Field::TrancheCount(index), range))
        }));
        spans
    }
}

impl Deal {
    /// The scenario the calculator draws for this deal, with the current data.
    pub fn scenario(&self) -> Scenario {
        self.scenario_for(DataVersion::CURRENT)
    }

    /// The plan that links pinned to data `version` were made with.
    fn plan_for(&self, version: DataVersion) -> &Plan {
        self.earlier
            .iter()
            .find(|(until, _)| version <= *until)
            .map_or(&self.plan, |(_, plan)| plan)
    }

    /// The scenario as drawn with the data of `version`: links pinned to an older version keep
    /// their numbers.
    pub fn scenario_for(&self, version: DataVersion) -> Scenario {
        self.plan_for(version).scenario(version)
    }

    /// The ranges the announcement allows, as drawn with the data of `version`: an assumed
    /// price, kW per chip or PUE, a value that is a floor or an estimate, the counts or the
    /// power it leaves vague. Links pinned to versions before ranges existed have none.
    pub fn spans(&self, version: DataVersion) -> Vec<Span> {
        if version < DataVersion::D2026_12 {
            return Vec::new();
        }
        self.plan_for(version).spans()
    }

    /// The deal with id `id`.
    pub fn find(id: &str) -> Option<&'static Deal> {
        DEALS.iter().find(|deal| deal.id == id)
    }
}

/// A calendar month of the data file; the build has checked it.
fn month(year: i32, month: u32) -> YearMonth {
    YearMonth::new(year, month).expect("build.rs checks every month of data/deals.toml")
}

include!(concat!(env!("OUT_DIR"), "/deals.rs"));
include!(concat!(env!("OUT_DIR"), "/words.rs"));

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{run, validate};

    #[test]
    fn a_deal_credits_its_most_trusted_sites_first_each_once() {
        let host = |url: &str| {
            let rest = url.split_once("://").map_or(url, |(_, rest)| rest);
            let host = rest.split('/').next().unwrap_or(rest).to_owned();
            host.strip_prefix("www.")
                .map_or(host.clone(), str::to_owned)
        };
        for deal in &DEALS {
            assert!(
                !deal.credit.is_empty() && deal.credit.len() <= 2,
                "{}",
                deal.id
            );
            assert!(
                deal.credit.len() < 2 || deal.credit[0] != deal.credit[1],
                "{}",
                deal.id
            );
            let first = [Trust::P, Trust::S, Trust::W, Trust::D]
                .iter()
                .find_map(|trust| deal.sources.iter().find(|source| source.trust == *trust));
            assert_eq!(
                deal.credit[0],
                host(first.expect("sourced").url),
                "{}",
                deal.id
            );
            assert!(!deal.credit[0].starts_with("www."), "{}", deal.id);
        }
    }

    #[test]
    fn every_preset_is_valid_and_sourced() {
        for deal in &DEALS {
            let scenario = deal.scenario();
            assert_eq!(validate(&scenario), vec![], "{}", deal.id);
            assert!(run(&scenario).is_ok(), "{}", deal.id);
            assert!(!deal.sources.is_empty(), "{}", deal.id);
            for words in [deal.term, deal.hardware, deal.assumptions] {
                for text in [words.en, words.el, words.es] {
                    assert!(!text.is_empty(), "{}", deal.id);
                }
            }
            assert_eq!(Deal::find(deal.id).map(|found| found.id), Some(deal.id));
        }
    }

    #[test]
    fn the_oracle_deal_is_300_billion_over_5_years_at_4_5_gigawatts() {
        let scenario = Deal::find("openai-oracle-2025").expect("listed").scenario();
        let summary = run(&scenario).expect("valid").summary;
        assert_eq!(summary.contract_value_usd, 300e9);
        assert_eq!(scenario.term_months, 60);
        assert!((summary.peak_facility_mw - 4500.0).abs() < 1e-6);
        assert_eq!(scenario.start.to_string(), "2027-01");
    }

    #[test]
    fn announced_values_are_kept_and_gigawatt_only_deals_solve_for_value() {
        // An announced figure is the scenario's, or lies in the range that a floor, a ceiling
        // or a press estimate gives it.
        let kept = |announced: f64, drawn: f64, range: Option<(f64, f64)>| match range {
            Some((low, high)) => low <= announced && announced <= high,
            None => (announced - drawn).abs() <= 1e-6 * announced,
        };
        for deal in &DEALS {
            let scenario = deal.scenario();
            let summary = run(&scenario).expect("valid").summary;
            let range = |field| {
                deal.spans(DataVersion::CURRENT)
                    .into_iter()
                    .find(|span| span.field == field)
                    .map(|span| (span.low, span.high))
            };
            match deal.value_usd {
                Some(value) => assert!(
                    kept(value, summary.contract_value_usd, range(Field::Value)),
                    "{}",
                    deal.id
                ),
                // Not announced: solved, a range between readings, or a sum of announcements
                // that a reading spells out.
                None => assert!(
                    scenario.solve == SolveFor::Value
                        || range(Field::Value).is_some()
                        || deal
                            .readings
                            .iter()
                            .any(|reading| reading.value_usd == summary.contract_value_usd),
                    "{}",
                    deal.id
                ),
            }
            // IREN announced IT power, which the scenario draws as GB300 counts.
            if let (Some(gw), Some(mw)) = (deal.power_gw, scenario.fleet_mw) {
                assert!(
                    kept(gw * 1000.0, mw, range(Field::FleetMw)),
                    "{}: {mw} MW",
                    deal.id
                );
                assert!((summary.peak_facility_mw - mw).abs() < 1e-6, "{}", deal.id);
            }
        }
    }

    #[test]
    fn the_seed_deal_is_the_default_scenario() {
        assert_eq!(DEALS[0].id, "openai-aws-2025");
        assert_eq!(DEALS[0].scenario(), Scenario::default());
    }

    #[test]
    fn deals_of_2025_keep_the_ids_of_the_2025_research() {
        let facts = include_str!("../../data/sources/facts-2025.json");
        // Three deals the research named supplier first; the library names the buyer first.
        let research_id = |id: &'static str| match id {
            "openai-amd-2025" => "amd-openai-2025",
            "openai-broadcom-2025" => "broadcom-openai-2025",
            "anthropic-google-2025" => "google-anthropic-2025",
            id => id,
        };
        for deal in DEALS.iter().filter(|deal| deal.announced < "2026") {
            assert!(
                facts.contains(&format!("\"id\": \"{}\"", research_id(deal.id))),
                "{}",
                deal.id
            );
        }
    }

    /// Each deal's announced figures as the research files give them (`data/sources/`):
    /// id, value in USD billions, term in years, GW.
    type Announced = (&'static str, Option<f64>, Option<f64>, Option<f64>);
    const ANNOUNCED: [Announced; 24] = [
        ("openai-aws-2025", Some(38.0), Some(7.0), None),
        (
            "openai-aws-2026-expansion",
            Some(100.0),
            Some(8.0),
            Some(2.0),
        ),
        ("openai-aws-all", None, None, None),
        ("openai-cerebras-2026", Some(20.0), Some(3.0), Some(0.75)),
        ("openai-oracle-2025", Some(300.0), Some(5.0), Some(4.5)),
        ("openai-microsoft-azure-2025", Some(250.0), None, None),
        ("openai-coreweave-2025", Some(22.4), Some(5.0), None),
        ("nvidia-openai-loi-2025", None, None, Some(10.0)),
        ("openai-amd-2025", None, None, Some(6.0)),
        ("openai-broadcom-2025", None, None, Some(10.0)),
        ("anthropic-amazon-2026", Some(100.0), Some(10.0), Some(5.0)),
        ("anthropic-google-broadcom-2026", None, None, Some(3.5)),
        ("anthropic-spacex-2026", None, None, None),
        ("anthropic-google-2025", None, None, None),
        (
            "anthropic-microsoft-nvidia-2025",
            Some(30.0),
            None,
            Some(1.0),
        ),
        ("microsoft-nebius-2025", Some(17.4), Some(5.0), Some(0.3)),
        ("microsoft-iren-2025", Some(9.7), Some(5.0), Some(0.2)),
        ("microsoft-nscale-2025", Some(23.0), None, None),
        ("microsoft-lambda-2025", None, None, None),
        ("meta-coreweave-2026", Some(21.0), Some(6.0), None),
        ("meta-nebius-2026", Some(12.0), Some(5.0), None),
        ("meta-amd-2026", Some(60.0), Some(5.0), Some(6.0)),
        ("meta-coreweave-2025", Some(14.2), Some(6.25), None),
        ("meta-google-2025", Some(10.0), Some(6.0), None),
    ];

    #[test]
    fn every_deal_reproduces_its_announced_figures() {
        assert_eq!(ANNOUNCED.len(), DEALS.len(), "every deal is listed here");
        for (id, value_billions, years, gw) in ANNOUNCED {
            let deal = Deal::find(id).unwrap_or_else(|| panic!("{id} is in the library"));
            assert_eq!(deal.value_usd, value_billions.map(|b| b * 1e9), "{id}");
            assert_eq!(deal.term_years, years, "{id}");
            assert_eq!(deal.power_gw, gw, "{id}");
        }
    }

    #[test]
    fn statuses_and_dates_are_kept() {
        let status = |id| Deal::find(id).expect("listed").status;
        assert_eq!(status("openai-aws-2025"), Status::Expanded);
        assert_eq!(status("nvidia-openai-loi-2025"), Status::Superseded);
        assert_eq!(status("meta-amd-2026"), Status::Active);
        for deal in &DEALS {
            assert_eq!(
                deal.status_note.is_some(),
                deal.status != Status::Active,
                "{}",
                deal.id
            );
            assert!(deal.as_of >= deal.announced, "{}", deal.id);
            for source in deal.sources {
                assert!(source.url.starts_with("https://"), "{}", deal.id);
                assert!(!source.note.is_empty(), "{}", deal.id);
            }
            // An assumed price is always traced to where it comes from.
            assert_eq!(
                deal.assumed_price_usd.is_some(),
                deal.assumed_price_note.is_some(),
                "{}",
                deal.id
            );
        }
    }

    #[test]
    fn the_expansion_shows_both_readings_of_its_value() {
        let deal = Deal::find("openai-aws-2026-expansion").expect("listed");
        let values: Vec<f64> = deal.readings.iter().map(|r| r.value_usd).collect();
        assert_eq!(values, [100e9, 62e9]);
        let all = Deal::find("openai-aws-all").expect("listed");
        let scenario = all.scenario();
        let kinds: Vec<&str> = scenario.tranches.iter().map(|t| t.kind.id()).collect();
        assert_eq!(kinds, ["gb200", "gb300", "trn3"]);
        assert_eq!(scenario.tranches[2].first_month.to_string(), "2027-01");
    }

    /// Every 2025 deal's figures as the build before data version 2026-12 (commit f883f58)
    /// computed them for links pinned to 2025-11 and 2026-11: data version, deal, price per
    /// accelerator-hour, value, accelerators, peak facility MW.
    type Pinned = (&'static str, &'static str, f64, f64, f64, f64);
    const PINNED: [Pinned; 22] = [
        (
            "2025-11",
            "openai-aws-2025",
            2.2470481622250507,
            38000000000.0,
            300000.0,
            598.9583333333334,
        ),
        (
            "2025-11",
            "openai-oracle-2025",
            3.6106977123875184,
            300000000000.0,
            2086956.5217391308,
            4500.0,
        ),
        (
            "2025-11",
            "openai-microsoft-azure-2025",
            2.25,
            250000000000.0,
            1937615.560603044,
            4177.983552550313,
        ),
        (
            "2025-11",
            "openai-coreweave-2025",
            4.2,
            22400000000.0,
            133962.1180248123,
            256.7607262142236,
        ),
        (
            "2025-11",
            "nvidia-openai-loi-2025",
            2.25,
            278225217391.3044,
            4637681.159420291,
            10000.0,
        ),
        (
            "2025-11",
            "anthropic-microsoft-nvidia-2025",
            1.6248139705743834,
            30000000000.0,
            463768.115942029,
            1000.0,
        ),
        (
            "2025-11",
            "microsoft-nebius-2025",
            3.1413070097771407,
            17400000000.0,
            139130.4347826087,
            300.0,
        ),
        (
            "2025-11",
            "microsoft-iren-2025",
            2.304195250668351,
            9700000000.0,
            105739.13043478261,
            227.99999999999997,
        ),
        (
            "2025-11",
            "microsoft-nscale-2025",
            2.25,
            17915512500.0,
            200000.0,
            431.24999999999994,
        ),
        (
            "2025-11",
            "microsoft-lambda-2025",
            2.25,
            1791551250.0,
            20000.0,
            43.125,
        ),
        (
            "2025-11",
            "meta-coreweave-2025",
            4.2,
            14200000000.0,
            66593.83552119877,
            143.5929578425848,
        ),
        (
            "2026-11",
            "openai-aws-2025",
            2.2470481622250507,
            38000000000.0,
            300000.0,
            593.75,
        ),
        (
            "2026-11",
            "openai-oracle-2025",
            3.579300340975453,
            300000000000.0,
            2105263.157894737,
            4500.0,
        ),
        (
            "2026-11",
            "openai-microsoft-azure-2025",
            2.25,
            250000000000.0,
            1937615.560603044,
            4141.653260789007,
        ),
        (
            "2026-11",
            "openai-coreweave-2025",
            4.2,
            22400000000.0,
            133962.1180248123,
            254.52802424714338,
        ),
        (
            "2026-11",
            "nvidia-openai-loi-2025",
            2.25,
            280665789473.68427,
            4678362.573099416,
            10000.0,
        ),
        (
            "2026-11",
            "anthropic-microsoft-nvidia-2025",
            1.6106851534389537,
            30000000000.0,
            467836.2573099416,
            1000.0000000000001,
        ),
        (
            "2026-11",
            "microsoft-nebius-2025",
            3.1139912966486443,
            17400000000.0,
            140350.87719298247,
            300.0,
        ),
        (
            "2026-11",
            "microsoft-iren-2025",
            2.2841587702277564,
            9700000000.0,
            106666.66666666667,
            227.99999999999997,
        ),
        (
            "2026-11",
            "microsoft-nscale-2025",
            2.25,
            17915512500.0,
            200000.0,
            427.49999999999994,
        ),
        (
            "2026-11",
            "microsoft-lambda-2025",
            2.25,
            1791551250.0,
            20000.0,
            42.74999999999999,
        ),
        (
            "2026-11",
            "meta-coreweave-2025",
            4.2,
            14200000000.0,
            66593.83552119877,
            142.34432342656234,
        ),
    ];

    #[test]
    fn links_pinned_to_earlier_data_keep_their_numbers_exactly() {
        for (version, id, price, value, accelerators, peak_mw) in PINNED {
            let version = DataVersion::from_id(version).expect("a version");
            let scenario = crate::url::defaults(Some(id), version);
            let summary = run(&scenario).expect("valid").summary;
            let figures = (
                summary.price_per_gpu_hour_usd,
                summary.contract_value_usd,
                summary.total_gpus,
                summary.peak_facility_mw,
            );
            assert_eq!(
                figures,
                (price, value, accelerators, peak_mw),
                "{id} at {version:?}"
            );
        }
        // The current data gives Microsoft–Nscale its announced value instead.
        let nscale = Deal::find("microsoft-nscale-2025").expect("listed");
        assert_eq!(
            nscale.scenario_for(DataVersion::D2026_12).solve,
            SolveFor::Price
        );
    }
}
