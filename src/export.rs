//! Exported documents: the monthly series as CSV, the scenario and results as a serialisable
//! document (the shell turns it into JSON with the browser's `JSON.stringify`), and citations.
//! Pure; no web APIs.

use serde::Serialize;

use crate::i18n::format::plain;
use crate::model::deal_table::{DealRow, Figure};
use crate::model::deals::Status;
use crate::model::ranges::{self, Bounds};
use crate::model::{run, DataVersion, GpuKind, MonthPoint, Outcome};
use crate::state::AppState;

/// Version of the model code, as in `Cargo.toml`.
pub const MODEL_VERSION: &str = env!("CARGO_PKG_VERSION");

/// Product name used in files and citations.
pub const PRODUCT: &str = "Compute Deal Calculator";

/// A column of the monthly CSV: its name, how to read it, and whether it runs on after the term
/// ends (as spend to date does) or falls to zero.
type Column = (&'static str, fn(&MonthPoint) -> f64, bool);

/// The totals the charts draw, which get low and high columns when some inputs are ranges.
const RANGED_COLUMNS: [Column; 4] = [
    ("gpus_online", |point| point.gpus_online.total(), false),
    ("peak_eflops", |point| point.peak_eflops, false),
    ("facility_power_mw", |point| point.facility_power_mw, false),
    (
        "cumulative_spend_usd",
        |point| point.cumulative_spend_usd,
        true,
    ),
];

/// The monthly series as CSV: comment lines naming the product, versions and the link that
/// reproduces the scenario (and, when some inputs are ranges, the low and high of every
/// summary figure), then a header with units, then one row per month. With ranges, the
/// charts' totals get `_low` and `_high` columns: the lowest and highest that month over the
/// scenarios at the ranges' extremes, as the charts' bands.
pub fn csv(state: &AppState, outcome: &Outcome, link: &str) -> String {
    let bounds = ranges::bounds(&state.last_valid, &state.last_valid_spans);
    let corners: Vec<Outcome> = bounds
        .iter()
        .flat_map(|bounds| &bounds.chart_corners)
        .filter_map(|scenario| run(scenario).ok())
        .collect();
    let kinds: Vec<GpuKind> = GpuKind::ALL
        .into_iter()
        .filter(|&kind| {
            outcome
                .months
                .iter()
                .any(|point| point.gpus_online[kind] > 0.0)
        })
        .collect();
    let mut out = format!(
        "# {PRODUCT}, model {MODEL_VERSION}, data version {}\n# scenario: {link}\n",
        state.data.id()
    );
    if let Some(bounds) = &bounds {
        for (key, (low, high)) in bounds_of(outcome, bounds) {
            out.push_str(&format!(
                "# range of {key}: {} to {}\n",
                plain(low),
                plain(high)
            ));
        }
    }
    out.push_str("month");
    for kind in &kinds {
        out.push_str(&format!(",{}_gpus_online", kind.id()));
    }
    out.push_str(
        ",gpu_hours,peak_eflops,it_power_mw,facility_power_mw,energy_mwh,electricity_usd,\
         spend_usd,cumulative_spend_usd,cumulative_useful_flop",
    );
    if !corners.is_empty() {
        for (column, _, _) in RANGED_COLUMNS {
            out.push_str(&format!(",{column}_low,{column}_high"));
        }
    }
    out.push('\n');
    for (index, point) in outcome.months.iter().enumerate() {
        out.push_str(&point.month.to_string());
        for &kind in &kinds {
            out.push(',');
            out.push_str(&plain(point.gpus_online[kind]));
        }
        for value in [
            point.gpu_hours,
            point.peak_eflops,
            point.it_power_mw,
            point.facility_power_mw,
            point.energy_mwh,
            point.electricity_usd,
            point.spend_usd,
            point.cumulative_spend_usd,
            point.cumulative_useful_flop,
        ] {
            out.push(',');
            out.push_str(&plain(value));
        }
        if !corners.is_empty() {
            for (_, read, runs_on) in RANGED_COLUMNS {
                // Past the end of its term a scenario runs nothing; its spend stays at its total.
                let values = std::iter::once(read(point)).chain(corners.iter().map(|corner| {
                    corner.months.get(index).map_or_else(
                        || match corner.months.last() {
                            Some(last) if runs_on => read(last),
                            _ => 0.0,
                        },
                        read,
                    )
                }));
                let (low, high) = values.fold((f64::INFINITY, 0.0f64), |(low, high), value| {
                    (low.min(value), high.max(value))
                });
                out.push_str(&format!(",{},{}", plain(low), plain(high)));
            }
        }
        out.push('\n');
    }
    out
}

/// The scenario and its results, for the JSON download.
#[derive(Serialize, Debug, PartialEq)]
pub struct Document {
    /// Product name.
    pub product: &'static str,
    /// Model version.
    pub model_version: &'static str,
    /// Data version of the default figures.
    pub data_version: &'static str,
    /// Link that reproduces the scenario.
    pub link: String,
    /// Inputs, by URL key, as written in the link.
    pub inputs: Vec<(String, String)>,
    /// Summary figures by their `data-output` key, in base units.
    pub results: Vec<(&'static str, f64)>,
    /// When some inputs are ranges, each figure's (low, high) over them, by the same keys, as
    /// `[key, [low, high]]`.
    pub bounds: Vec<(&'static str, (f64, f64))>,
}

/// Key–value pairs as an object, in their order. (A `BTreeMap` would sort them, which brings
/// sorting code into the wasm.)
pub fn pairs_as_object<S: serde::Serializer, V: Serialize>(
    pairs: &[(&'static str, V)],
    serializer: S,
) -> Result<S::Ok, S::Error> {
    serializer.collect_map(pairs.iter().map(|(key, value)| (key, value)))
}

/// The (low, high) of each of [`results`]' figures, by the same keys.
pub fn bounds_of(outcome: &Outcome, bounds: &Bounds) -> Vec<(&'static str, (f64, f64))> {
    results(outcome)
        .into_iter()
        .filter_map(|(key, _)| Some((key, bounds.of(key)?)))
        .collect()
}

/// The summary figures by their `data-output` keys, in base units (USD, GPUs, MW, MWh, FLOP).
pub fn results(outcome: &Outcome) -> Vec<(&'static str, f64)> {
    let s = &outcome.summary;
    let mut results = vec![
        ("price_per_gpu_hour", s.price_per_gpu_hour_usd),
        ("contract_value", s.contract_value_usd),
        ("total_gpus", s.total_gpus),
        ("total_gpu_hours", s.total_gpu_hours),
        ("peak_eflops", s.peak_eflops),
        ("peak_facility_mw", s.peak_facility_mw),
        ("total_energy_mwh", s.total_energy_mwh),
        ("total_useful_flop", s.total_useful_flop),
        ("average_spend_per_year", s.average_spend_per_year_usd),
    ];
    for kind in GpuKind::ALL {
        if let Some(price) = s.price_per_kind_usd[kind] {
            let key = kind.price_key();
            results.push((key, price));
        }
    }
    results
}

/// The JSON document of `state` and `outcome`.
pub fn document(state: &AppState, outcome: &Outcome, link: &str) -> Document {
    Document {
        product: PRODUCT,
        model_version: MODEL_VERSION,
        data_version: state.data.id(),
        link: link.to_owned(),
        inputs: crate::url::to_query(state),
        results: results(outcome),
        bounds: ranges::bounds(&state.last_valid, &state.last_valid_spans)
            .map(|bounds| bounds_of(outcome, &bounds))
            .unwrap_or_default(),
    }
}

/// Every deal side by side as CSV: one row per deal in `rows`' order, figures in base units,
/// each with a column saying whether it rests on an assumption.
pub fn deals_csv(rows: &[DealRow]) -> String {
    let mut out = format!(
        "# {PRODUCT}, model {MODEL_VERSION}, data version {}\n\
         id,parties,announced,status,as_of,value_usd,value_assumed,term_years,term_assumed,\
         peak_facility_gw,gw_assumed,hardware,price_per_accelerator_hour_usd,price_assumed,\
         usd_per_gw_year,gw_year_assumed,usd_per_dense_fp8_exaflop_hour,ef_hour_assumed,\
         value_usd_low,value_usd_high,peak_facility_gw_low,peak_facility_gw_high,\
         price_low,price_high,usd_per_gw_year_low,usd_per_gw_year_high,\
         usd_per_dense_fp8_exaflop_hour_low,usd_per_dense_fp8_exaflop_hour_high\n",
        DataVersion::CURRENT.id()
    );
    for row in rows {
        let deal = row.deal;
        let hardware: Vec<&str> = row.kinds.iter().map(|kind| kind.id()).collect();
        let status = match deal.status {
            Status::Active => "active",
            Status::Expanded => "expanded",
            Status::Superseded => "superseded",
        };
        let figure = |figure: Figure| format!("{},{}", plain(figure.value), figure.assumed);
        // The range a figure's assumptions allow, low then high; empty where it has none.
        let range = |figure: Figure| {
            figure.range.map_or_else(
                || ",".to_owned(),
                |(low, high)| format!("{},{}", plain(low), plain(high)),
            )
        };
        out.push_str(&format!(
            "{},\"{}\",{},{status},{},{},{},{},{},{},{},{},{},{},{},{},{}\n",
            deal.id,
            deal.parties.replace('"', "\"\""),
            deal.announced,
            deal.as_of,
            figure(row.value_usd),
            figure(row.term_years),
            figure(row.power_gw),
            hardware.join(" + "),
            figure(row.price_usd),
            figure(row.usd_per_gw_year),
            figure(row.usd_per_fp8_ef_hour),
            range(row.value_usd),
            range(row.power_gw),
            range(row.price_usd),
            range(row.usd_per_gw_year),
            range(row.usd_per_fp8_ef_hour),
        ));
    }
    out
}

/// An APA-style reference to the scenario at `link`, accessed on `date` (`YYYY-MM-DD`).
pub fn cite_apa(state: &AppState, link: &str, date: &str) -> String {
    let year = date.get(..4).unwrap_or(date);
    format!(
        "{PRODUCT}. ({year}). Compute deal scenario (model {MODEL_VERSION}, data version {}) \
         [Interactive calculator]. Retrieved {date}, from {link}",
        state.data.id()
    )
}

/// A BibTeX entry for the scenario at `link`, accessed on `date` (`YYYY-MM-DD`).
pub fn cite_bibtex(state: &AppState, link: &str, date: &str) -> String {
    let year = date.get(..4).unwrap_or(date);
    format!(
        "@misc{{computedeal{year},\n  title = {{{PRODUCT}: compute deal scenario}},\n  \
         year = {{{year}}},\n  howpublished = {{\\url{{{link}}}}},\n  \
         note = {{Model {MODEL_VERSION}, data version {}. Accessed {date}}}\n}}",
        state.data.id()
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::run;

    #[test]
    fn csv_has_provenance_units_and_one_row_per_month() {
        let state = AppState::default();
        let outcome = run(&state.last_valid).expect("valid");
        let text = csv(&state, &outcome, "https://example.org/?v=2");
        let lines: Vec<&str> = text.lines().collect();
        assert!(lines[0].contains("data version 2027-01"));
        assert_eq!(lines[1], "# scenario: https://example.org/?v=2");
        assert!(lines[2].starts_with("month,gb200_gpus_online,gb300_gpus_online,gpu_hours"));
        assert_eq!(lines.len(), 3 + 84);
        assert!(lines[3].starts_with("2025-11,"));
        let last: Vec<&str> = lines[86].split(',').collect();
        let spend: f64 = last[last.len() - 2].parse().expect("number");
        assert!((spend / 38e9 - 1.0).abs() < 1e-9);
    }

    #[test]
    fn with_ranges_the_csv_and_the_document_carry_low_and_high() {
        // The seed deal opens with its counts as ranges.
        let state = crate::url::from_query(&[]).state;
        let outcome = run(&state.last_valid).expect("valid");
        let text = csv(&state, &outcome, "https://example.org/?v=2");
        let range = text
            .lines()
            .find(|line| line.starts_with("# range of price_per_gpu_hour: "))
            .expect("a range line");
        let (low, high) = range
            .trim_start_matches("# range of price_per_gpu_hour: ")
            .split_once(" to ")
            .expect("low to high");
        let (low, high): (f64, f64) = (low.parse().unwrap(), high.parse().unwrap());
        let central = outcome.summary.price_per_gpu_hour_usd;
        assert!(low < central && central < high, "{low} {central} {high}");
        let header = text
            .lines()
            .find(|line| line.starts_with("month,"))
            .unwrap();
        let columns: Vec<&str> = header.split(',').collect();
        let column = |name: &str| columns.iter().position(|c| *c == name).unwrap();
        let (low, high) = (column("gpus_online_low"), column("gpus_online_high"));
        // At full deployment the band spans 200,000 to 400,000 accelerators.
        let full: Vec<&str> = text.lines().last().unwrap().split(',').collect();
        assert_eq!((full[low], full[high]), ("200000", "400000"));
        let document = document(&state, &outcome, "https://example.org/?v=2");
        let (key, (low, high)) = document.bounds[0];
        assert_eq!(key, "price_per_gpu_hour");
        assert!(low < central && central < high);
        assert!(document
            .bounds
            .iter()
            .any(|(key, bounds)| *key == "total_gpus" && *bounds == (200_000.0, 400_000.0)));
    }

    #[test]
    fn the_deals_table_exports_one_row_per_deal_with_what_is_assumed() {
        let rows = DealRow::all();
        let text = deals_csv(&rows);
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 2 + rows.len());
        assert!(lines[1].starts_with("id,parties,announced,status"));
        let seed: Vec<&str> = lines[2].split(',').collect();
        assert_eq!(
            &seed[..7],
            [
                "openai-aws-2025",
                "\"OpenAI – AWS\"",
                "2025-11-03",
                "expanded",
                "2026-12-02",
                "38000000000",
                "false"
            ]
        );
        assert_eq!(seed[10], "true", "the seed deal's power is assumed");
        assert_eq!(seed[11], "gb200 + gb300");
        // The value is announced: no range; the price rests on the counts' ranges.
        let header: Vec<&str> = lines[1].split(',').collect();
        let column = |name: &str| header.iter().position(|h| *h == name).expect(name);
        assert_eq!(seed[column("value_usd_low")], "");
        let (low, high) = (seed[column("price_low")], seed[column("price_high")]);
        assert!(low.parse::<f64>().expect("a number") < 2.25);
        assert!(high.parse::<f64>().expect("a number") > 2.25);
        // Every row has the header's columns (commas inside quotes are not separators).
        let columns = |line: &str| {
            line.split('"')
                .step_by(2)
                .collect::<String>()
                .split(',')
                .count()
        };
        assert!(lines[2..]
            .iter()
            .all(|line| columns(line) == columns(lines[1])));
    }

    #[test]
    fn citations_name_the_versions_and_the_link() {
        let state = AppState::default();
        let apa = cite_apa(&state, "https://example.org/?v=2", "2026-11-23");
        assert!(apa.contains("(2026)") && apa.contains("data version 2027-01"));
        let bibtex = cite_bibtex(&state, "https://example.org/?v=2", "2026-11-23");
        assert!(bibtex.starts_with("@misc{computedeal2026,"));
        assert!(bibtex.contains("\\url{https://example.org/?v=2}"));
    }

    #[test]
    fn results_carry_every_summary_key() {
        let outcome = run(&AppState::default().last_valid).expect("valid");
        let keys: Vec<&str> = results(&outcome).iter().map(|(key, _)| *key).collect();
        for key in [
            "price_per_gpu_hour",
            "contract_value",
            "total_useful_flop",
            "price_gb300",
        ] {
            assert!(keys.contains(&key), "{key}");
        }
    }
}
