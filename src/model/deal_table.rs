//! Every deal of the library side by side, in figures that compare across buyers and hardware:
//! the implied price per accelerator-hour, dollars per gigawatt-year and dollars per dense FP8
//! exaFLOP-hour (the only yardstick that sets a TPU deal beside a GPU deal). Each figure says
//! whether it was announced or comes from the calculator's assumptions, and the range its
//! assumptions allow. Dollars per GW-year divide by the gigawatt-years delivered (facility
//! power month by month, ramps included), as the price per accelerator-hour divides by the
//! hours delivered. No web APIs.

use super::calendar::HOURS_PER_MONTH;
use super::catalogue::GpuKind;
use super::data_version::DataVersion;
use super::deals::{Deal, DEALS};
use super::outcome::{run, Summary};
use super::ranges;
use super::scenario::Scenario;

/// FLOP in one exaFLOP-hour.
const FLOP_PER_EF_HOUR: f64 = 1e18 * 3600.0;

/// Gigawatt-years of facility power delivered over the term: the energy drawn, in GW-years.
fn gw_years(summary: &Summary) -> f64 {
    summary.total_energy_mwh / 1000.0 / (12.0 * HOURS_PER_MONTH)
}

/// Dense exaFLOP-hours delivered over the term at `scenario`'s precision: the useful compute
/// without the utilisation and MFU that scale it.
fn ef_hours(scenario: &Scenario, summary: &Summary) -> f64 {
    summary.total_useful_flop / (scenario.utilisation * scenario.mfu) / FLOP_PER_EF_HOUR
}

/// A figure of a row, and whether the deal announced it or the calculator assumed or derived it
/// from assumptions.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Figure {
    /// The number, in the unit of its column.
    pub value: f64,
    /// Whether it rests on an assumption rather than on the announcement alone.
    pub assumed: bool,
    /// The (low, high) the deal's ranges allow, if it has some and they move this figure.
    pub range: Option<(f64, f64)>,
}

/// One deal's row.
#[derive(Clone, Debug)]
pub struct DealRow {
    /// The deal.
    pub deal: &'static Deal,
    /// Contract value, USD.
    pub value_usd: Figure,
    /// Term, years.
    pub term_years: Figure,
    /// Peak facility power, GW.
    pub power_gw: Figure,
    /// The accelerator kinds of the scenario, in catalogue order.
    pub kinds: Vec<GpuKind>,
    /// Price per accelerator-hour, USD: implied where the price is solved, else assumed.
    pub price_usd: Figure,
    /// Contract value ÷ facility gigawatt-years delivered, USD per GW-year.
    pub usd_per_gw_year: Figure,
    /// Contract value ÷ dense FP8 exaFLOP-hours delivered, USD per EF-hour.
    pub usd_per_fp8_ef_hour: Figure,
}

/// The column a table of [`DealRow`]s can be sorted by.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Column {
    /// The parties, alphabetically.
    Parties,
    /// The announcement date (the default, newest first).
    #[default]
    Announced,
    /// Contract value.
    Value,
    /// Term.
    Term,
    /// Peak facility power.
    Power,
    /// Hardware, by name of the first kind.
    Hardware,
    /// Price per accelerator-hour.
    Price,
    /// Dollars per GW-year.
    PerGwYear,
    /// Dollars per dense FP8 exaFLOP-hour.
    PerEfHour,
}

impl Column {
    /// Every column, in table order.
    pub const ALL: [Column; 9] = [
        Column::Parties,
        Column::Announced,
        Column::Value,
        Column::Term,
        Column::Power,
        Column::Hardware,
        Column::Price,
        Column::PerGwYear,
        Column::PerEfHour,
    ];
}

impl DealRow {
    /// The row of `deal`, with its current data; `None` if its scenario does not run (the tests
    /// make sure every deal's does).
    pub fn of(deal: &'static Deal) -> Option<DealRow> {
        let scenario = deal.scenario();
        let outcome = run(&scenario).ok()?;
        let summary = &outcome.summary;
        let years = f64::from(scenario.term_months) / 12.0;
        let gw = summary.peak_facility_mw / 1000.0;
        // The figures a range moves, each read from a summary, and their extremes over the
        // deal's ranges.
        let value = |s: &Summary| s.contract_value_usd;
        let power = |s: &Summary| s.peak_facility_mw / 1000.0;
        let price = |s: &Summary| s.price_per_gpu_hour_usd;
        let per_gw_year = |s: &Summary| s.contract_value_usd / gw_years(s);
        let per_ef_hour = |s: &Summary| s.contract_value_usd / ef_hours(&scenario, s);
        let reads: [&dyn Fn(&Summary) -> f64; 5] =
            [&value, &power, &price, &per_gw_year, &per_ef_hour];
        let extremes = ranges::extremes(&scenario, &deal.spans(DataVersion::CURRENT), &reads);
        let range = |index: usize| {
            extremes
                .as_ref()
                .map(|extremes| extremes[index])
                .filter(|(low, high)| high - low > 1e-9 * high.abs())
        };
        let value_assumed = deal.value_usd.is_none() || range(0).is_some();
        // Announced gigawatts may be IT power where the table shows facility power (IT × PUE):
        // the figure shown is then the calculator's.
        let power_assumed = deal
            .power_gw
            .is_none_or(|announced| (announced - gw).abs() > 1e-9 * gw.max(1.0));
        let figure = |read: &dyn Fn(&Summary) -> f64, assumed: bool, index: usize| Figure {
            value: read(summary),
            assumed,
            range: range(index),
        };
        Some(DealRow {
            deal,
            value_usd: figure(&value, value_assumed, 0),
            term_years: Figure {
                value: years,
                assumed: deal.term_years.is_none(),
                range: None,
            },
            power_gw: figure(&power, power_assumed, 1),
            kinds: GpuKind::ALL
                .into_iter()
                .filter(|&kind| scenario.tranches.iter().any(|t| t.kind == kind))
                .collect(),
            // No deal announces its fleet hour by hour: the accelerator-hours behind a price
            // come from assumed counts and ramps, or from gigawatts turned into chips with the
            // catalogue's power per chip.
            price_usd: figure(&price, true, 2),
            // The gigawatts delivered follow the ramp, which no deal announces month by month.
            usd_per_gw_year: figure(&per_gw_year, true, 3),
            // The hardware's throughput is always a catalogue figure, never the deal's.
            usd_per_fp8_ef_hour: figure(&per_ef_hour, true, 4),
        })
    }

    /// Every deal's row, in library order.
    pub fn all() -> Vec<DealRow> {
        DEALS.iter().filter_map(DealRow::of).collect()
    }

    /// Orders `a` before `b` by `column`, ascending.
    pub fn compare(a: &DealRow, b: &DealRow, column: Column) -> std::cmp::Ordering {
        let number = |row: &DealRow| match column {
            Column::Value => row.value_usd.value,
            Column::Term => row.term_years.value,
            Column::Power => row.power_gw.value,
            Column::Price => row.price_usd.value,
            Column::PerGwYear => row.usd_per_gw_year.value,
            Column::PerEfHour => row.usd_per_fp8_ef_hour.value,
            Column::Parties | Column::Announced | Column::Hardware => 0.0,
        };
        match column {
            Column::Parties => a.deal.parties.cmp(b.deal.parties),
            Column::Announced => a.deal.announced.cmp(b.deal.announced),
            Column::Hardware => {
                let name = |row: &DealRow| row.kinds.first().map(|kind| kind.spec().name);
                name(a).cmp(&name(b))
            }
            _ => number(a).total_cmp(&number(b)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_deal_has_a_row_with_finite_positive_figures() {
        let rows = DealRow::all();
        assert_eq!(rows.len(), DEALS.len());
        for row in &rows {
            for figure in [
                row.value_usd,
                row.term_years,
                row.power_gw,
                row.price_usd,
                row.usd_per_gw_year,
                row.usd_per_fp8_ef_hour,
            ] {
                assert!(
                    figure.value.is_finite() && figure.value > 0.0,
                    "{}",
                    row.deal.id
                );
            }
            assert!(!row.kinds.is_empty());
        }
    }

    #[test]
    fn the_seed_deal_costs_about_a_billion_dollars_a_year_per_tenth_of_a_gigawatt() {
        let row = DealRow::of(&DEALS[0]).expect("runs");
        // $38 billion over 7 years at 0.59 GW peak, the GB200s ramped over the first year and
        // the GB300s from the eighth month: about 3.8 GW-years delivered, $10.0 billion per
        // GW-year (against $9.2 billion at the peak all the way).
        assert!((row.usd_per_gw_year.value / 1e9 - 10.0).abs() < 0.05);
        assert!(!row.value_usd.assumed && !row.term_years.assumed && row.power_gw.assumed);
        // The counts are ranges; the value is announced and does not move.
        assert!(row.value_usd.range.is_none());
        let (low, high) = row.price_usd.range.expect("a range");
        assert!(low < row.price_usd.value && row.price_usd.value < high);
        // $2.25 per GPU-hour for 5 PF of dense FP8: $450 per EF-hour.
        assert!((row.usd_per_fp8_ef_hour.value - 2.2489 / 5.0 * 1000.0).abs() < 1.0);
    }

    #[test]
    fn every_figure_that_rests_on_an_assumption_carries_its_range() {
        for row in DealRow::all() {
            let id = row.deal.id;
            // No deal announces its accelerator-hours: every price rests on assumptions, so
            // every deal has ranges, and they move its price.
            assert!(row.price_usd.range.is_some(), "{id}");
            for figure in [
                row.value_usd,
                row.power_gw,
                row.price_usd,
                row.usd_per_gw_year,
                row.usd_per_fp8_ef_hour,
            ] {
                if let Some((low, high)) = figure.range {
                    let slack = 1e-9 * high;
                    assert!(
                        low - slack <= figure.value && figure.value <= high + slack,
                        "{id}"
                    );
                    // A figure a range moves is never shown as announced.
                    assert!(figure.assumed, "{id}");
                }
            }
        }
    }

    #[test]
    fn sorting_by_a_column_orders_its_figures() {
        let mut rows = DealRow::all();
        for column in Column::ALL {
            rows.sort_by(|a, b| DealRow::compare(a, b, column));
            for pair in rows.windows(2) {
                assert_ne!(
                    DealRow::compare(&pair[0], &pair[1], column),
                    std::cmp::Ordering::Greater
                );
            }
        }
    }
}
