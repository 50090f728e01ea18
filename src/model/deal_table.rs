//! Every deal of the library side by side, in figures that compare across buyers and hardware:
//! the implied price per accelerator-hour, dollars per gigawatt-year and dollars per dense FP8
//! exaFLOP-hour (the only yardstick that sets a TPU deal beside a GPU deal). Each figure says
//! whether it was announced or comes from the calculator's assumptions. No web APIs.

use super::calendar::HOURS_PER_MONTH;
use super::catalogue::{GpuKind, Precision};
use super::deals::{Deal, DEALS};
use super::outcome::run;

/// A figure of a row, and whether the deal announced it or the calculator assumed or derived it
/// from assumptions.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Figure {
    /// The number, in the unit of its column.
    pub value: f64,
    /// Whether it rests on an assumption rather than on the announcement alone.
    pub assumed: bool,
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
    /// Contract value ÷ (peak facility GW × years), USD per GW-year.
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
        let ef_hours: f64 = outcome
            .months
            .iter()
            .map(|point| {
                GpuKind::ALL
                    .into_iter()
                    .map(|kind| {
                        point.gpus_online[kind]
                            * HOURS_PER_MONTH
                            * kind.spec().dense_pflops(Precision::Fp8)
                    })
                    .sum::<f64>()
                    / 1000.0
            })
            .sum();
        let value_assumed = deal.value_usd.is_none();
        // Announced gigawatts may be IT power where the table shows facility power (IT × PUE):
        // the figure shown is then the calculator's.
        let power_assumed = deal
            .power_gw
            .is_none_or(|announced| (announced - gw).abs() > 1e-9 * gw.max(1.0));
        let derived = value_assumed || power_assumed || deal.term_years.is_none();
        Some(DealRow {
            deal,
            value_usd: Figure {
                value: summary.contract_value_usd,
                assumed: value_assumed,
            },
            term_years: Figure {
                value: years,
                assumed: deal.term_years.is_none(),
            },
            power_gw: Figure {
                value: gw,
                assumed: power_assumed,
            },
            kinds: GpuKind::ALL
                .into_iter()
                .filter(|&kind| scenario.tranches.iter().any(|t| t.kind == kind))
                .collect(),
            price_usd: Figure {
                value: summary.price_per_gpu_hour_usd,
                // No deal announces its fleet hour by hour: the accelerator-hours behind a
                // price come from assumed counts and ramps, or from gigawatts turned into chips
                // with the catalogue's power per chip. $ per GW-year needs neither.
                assumed: true,
            },
            usd_per_gw_year: Figure {
                value: summary.contract_value_usd / (gw * years),
                assumed: derived,
            },
            usd_per_fp8_ef_hour: Figure {
                value: summary.contract_value_usd / ef_hours,
                // The hardware's throughput is always a catalogue figure, never the deal's.
                assumed: true,
            },
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
        // $38 billion over 7 years at 0.59 GW peak: about $9.2 billion per GW-year.
        assert!((row.usd_per_gw_year.value / 1e9 - 9.2).abs() < 0.1);
        assert!(!row.value_usd.assumed && !row.term_years.assumed && row.power_gw.assumed);
        // Oracle announced dollars, years and gigawatts: its $ per GW-year needs no assumption,
        // its price per accelerator-hour does (chips per gigawatt come from the catalogue).
        let oracle = DealRow::of(Deal::find("openai-oracle-2025").expect("listed")).expect("runs");
        assert!(!oracle.usd_per_gw_year.assumed && oracle.price_usd.assumed);
        // $2.25 per GPU-hour for 5 PF of dense FP8: $450 per EF-hour.
        assert!((row.usd_per_fp8_ef_hour.value - 2.2489 / 5.0 * 1000.0).abs() < 1.0);
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
