//! The ledger: every deal of the library on one timeline, summed by buyer, provider, chip
//! vendor or layer, as of any month. Each counted deal's monthly series is the one its own page
//! draws (the same [`run`]), with the range its assumptions allow (its own corners, as a
//! deal's chart band is drawn); the ledger adds them up, the lows with the lows and the highs
//! with the highs.
//!
//! The counting rule: only component deals (an aggregate view such as all of OpenAI's AWS
//! agreements is never added to its parts), only those announced by the chosen month, and none
//! superseded by then. No web APIs.

use std::sync::OnceLock;

use super::calendar::YearMonth;
use super::catalogue::{Source, Trust};
use super::data_version::DataVersion;
use super::deals::{Deal, Status, DEALS};
use super::outcome::{run, Outcome};
use super::ranges;

/// First month of the ledger's timeline.
pub const FIRST_YEAR: i32 = 2025;
/// Last year of the ledger's timeline (through December).
pub const LAST_YEAR: i32 = 2035;
/// Months on the timeline, January 2025 – December 2035.
pub const MONTHS: usize = ((LAST_YEAR - FIRST_YEAR + 1) * 12) as usize;

/// The month at `index` on the timeline.
pub fn month_at(index: usize) -> YearMonth {
    first_month().plus_months(index as i32)
}

fn first_month() -> YearMonth {
    YearMonth::new(FIRST_YEAR, 1).expect("January is a month")
}

/// What the ledger groups its deals by.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Hash)]
pub enum Group {
    /// Who pays.
    #[default]
    Buyer,
    /// Who supplies the capacity or the chips.
    Provider,
    /// Who makes the chips.
    Vendor,
    /// Rented capacity, chip purchases, letters of intent.
    Layer,
}

impl Group {
    /// Every grouping, in the order the control lists them.
    pub const ALL: [Group; 4] = [Group::Buyer, Group::Provider, Group::Vendor, Group::Layer];

    /// The key in links (`group=`).
    pub fn id(self) -> &'static str {
        match self {
            Group::Buyer => "buyer",
            Group::Provider => "provider",
            Group::Vendor => "vendor",
            Group::Layer => "layer",
        }
    }

    /// The grouping with key `id`.
    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|group| group.id() == id)
    }

    /// The group `deal` falls in: a party's slug, or the layer's key.
    pub fn of(self, deal: &Deal) -> &'static str {
        match self {
            Group::Buyer => deal.buyer,
            Group::Provider => deal.provider,
            Group::Vendor => deal.vendor,
            Group::Layer => deal.layer.id(),
        }
    }
}

/// What the ledger's chart and table measure.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Hash)]
pub enum Measure {
    /// Facility power online, GW.
    #[default]
    Gw,
    /// Accelerators online, of every kind.
    Accelerators,
    /// Spend billed per month (per year in the table), USD.
    Spend,
    /// Spend billed so far, USD.
    Cumulative,
}

impl Measure {
    /// Every measure, in the order the control lists them.
    pub const ALL: [Measure; 4] = [
        Measure::Gw,
        Measure::Accelerators,
        Measure::Spend,
        Measure::Cumulative,
    ];

    /// The key in links (`show=`).
    pub fn id(self) -> &'static str {
        match self {
            Measure::Gw => "gw",
            Measure::Accelerators => "accelerators",
            Measure::Spend => "spend",
            Measure::Cumulative => "cumulative",
        }
    }

    /// The measure with key `id`.
    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|measure| measure.id() == id)
    }
}

/// A monthly series over the timeline with the range around it.
#[derive(Clone, Debug, PartialEq)]
pub struct Band {
    /// The central figures, one per month.
    pub central: Vec<f64>,
    /// The lowest the ranges allow, month by month.
    pub low: Vec<f64>,
    /// The highest the ranges allow, month by month.
    pub high: Vec<f64>,
}

impl Band {
    fn zero() -> Self {
        Band {
            central: vec![0.0; MONTHS],
            low: vec![0.0; MONTHS],
            high: vec![0.0; MONTHS],
        }
    }

    fn add(&mut self, other: &Band) {
        for (sum, part) in [
            (&mut self.central, &other.central),
            (&mut self.low, &other.low),
            (&mut self.high, &other.high),
        ] {
            for (a, b) in sum.iter_mut().zip(part) {
                *a += b;
            }
        }
    }

    /// The running total of a monthly band (spend billed so far).
    fn cumulative(&self) -> Band {
        let running = |values: &[f64]| {
            values
                .iter()
                .scan(0.0, |sum, value| {
                    *sum += value;
                    Some(*sum)
                })
                .collect()
        };
        Band {
            central: running(&self.central),
            low: running(&self.low),
            high: running(&self.high),
        }
    }
}

/// A figure with the range around it: (central, low, high).
pub type Ranged = (f64, f64, f64);

/// One deal drawn on the ledger's timeline.
#[derive(Clone, Debug)]
pub struct DealSeries {
    /// The deal.
    pub deal: &'static Deal,
    /// Facility power online, GW.
    pub gw: Band,
    /// Accelerators online.
    pub accelerators: Band,
    /// Spend billed in each month, USD.
    pub spend: Band,
    /// Contract value, USD.
    pub value: Ranged,
}

impl DealSeries {
    /// The band of `measure`.
    pub fn band(&self, measure: Measure) -> Band {
        match measure {
            Measure::Gw => self.gw.clone(),
            Measure::Accelerators => self.accelerators.clone(),
            Measure::Spend => self.spend.clone(),
            Measure::Cumulative => self.spend.cumulative(),
        }
    }
}

/// `deal` on the timeline: its scenario run as its page runs it, and at the corners where its
/// totals reach their extremes; `None` if it does not run (the tests make sure every deal's
/// does).
fn series_of(deal: &'static Deal) -> Option<DealSeries> {
    let scenario = deal.scenario();
    let central = run(&scenario).ok()?;
    let spans = deal.spans(DataVersion::CURRENT);
    let bounds = ranges::bounds(&scenario, &spans);
    let corners: Vec<Outcome> = bounds
        .as_ref()
        .map(|bounds| {
            bounds
                .chart_corners
                .iter()
                .filter_map(|corner| run(corner).ok())
                .collect()
        })
        .unwrap_or_default();
    let band = |read: &dyn Fn(&super::outcome::MonthPoint) -> f64| {
        let on_timeline = |outcome: &Outcome| {
            let mut values = vec![0.0; MONTHS];
            for point in &outcome.months {
                let index = point.month.months_since(first_month());
                if let Ok(index) = usize::try_from(index) {
                    if index < MONTHS {
                        values[index] = read(point);
                    }
                }
            }
            values
        };
        let central = on_timeline(&central);
        let (mut low, mut high) = (central.clone(), central.clone());
        for corner in &corners {
            for (index, value) in on_timeline(corner).into_iter().enumerate() {
                low[index] = f64::min(low[index], value);
                high[index] = f64::max(high[index], value);
            }
        }
        Band { central, low, high }
    };
    let value = central.summary.contract_value_usd;
    let (value_low, value_high) = bounds
        .as_ref()
        .and_then(|bounds| bounds.of("contract_value"))
        .unwrap_or((value, value));
    Some(DealSeries {
        deal,
        gw: band(&|point| point.facility_power_mw / 1000.0),
        accelerators: band(&|point| point.gpus_online.total()),
        spend: band(&|point| point.spend_usd),
        value: (value, value_low, value_high),
    })
}

/// Every deal of the library on the timeline, worked out once.
pub fn library() -> &'static [DealSeries] {
    static LIBRARY: OnceLock<Vec<DealSeries>> = OnceLock::new();
    LIBRARY.get_or_init(|| DEALS.iter().filter_map(series_of).collect())
}

impl Deal {
    /// Where the deal stood in `month`: `None` before it was announced.
    pub fn status_at(&self, month: YearMonth) -> Option<Status> {
        let announced = YearMonth::parse(&self.announced[..7])?;
        if month < announced {
            return None;
        }
        Some(
            self.status_history
                .iter()
                .take_while(|(since, _)| {
                    YearMonth::parse(&since[..7]).is_some_and(|since| since <= month)
                })
                .last()
                .map_or(Status::Active, |&(_, status)| status),
        )
    }

    /// Whether the deal is a view of other deals (`parts`), never counted with them.
    pub fn is_aggregate(&self) -> bool {
        !self.parts.is_empty()
    }
}

/// What the reader asked the ledger for.
#[derive(Clone, Debug, PartialEq)]
pub struct Selection {
    /// The month the record is replayed as of.
    pub asof: YearMonth,
    /// The deals chosen, by id; `None` for every deal the counting rule admits.
    pub deals: Option<Vec<&'static str>>,
    /// One buyer's portfolio, by slug, if chosen.
    pub buyer: Option<&'static str>,
}

/// The deals `selection` counts, in library order: components only (an aggregate chosen stands
/// for its parts), announced by `asof`, not superseded by then, of the chosen buyer.
pub fn counted(selection: &Selection) -> Vec<&'static DealSeries> {
    let chosen = selection.deals.as_ref().map(|ids| {
        let mut wanted: Vec<&str> = Vec::new();
        for id in ids {
            match Deal::find(id) {
                Some(deal) if deal.is_aggregate() => wanted.extend(deal.parts.iter().copied()),
                Some(deal) => wanted.push(deal.id),
                None => {}
            }
        }
        wanted
    });
    library()
        .iter()
        .filter(|series| {
            let deal = series.deal;
            !deal.is_aggregate()
                && chosen.as_ref().is_none_or(|ids| ids.contains(&deal.id))
                && selection.buyer.is_none_or(|buyer| deal.buyer == buyer)
                && matches!(
                    deal.status_at(selection.asof),
                    Some(Status::Active | Status::Expanded)
                )
        })
        .collect()
}

/// One group's sum.
#[derive(Clone, Debug, PartialEq)]
pub struct GroupSum {
    /// The group's key: a party's slug or a layer's key.
    pub key: &'static str,
    /// The summed measure.
    pub band: Band,
    /// The ids of the deals in it, in library order.
    pub deals: Vec<&'static str>,
    /// The summed contract values, USD.
    pub value: Ranged,
}

/// The ledger for a selection, grouped and measured.
#[derive(Clone, Debug, PartialEq)]
pub struct Ledger {
    /// Each group's sum, largest peak first.
    pub groups: Vec<GroupSum>,
    /// The grand total.
    pub total: Band,
    /// The counted deals' contract values, summed, USD.
    pub value: Ranged,
    /// How many deals are counted.
    pub deals: usize,
    /// The summed facility power at its peak, GW, and the month of the central peak.
    pub peak_gw: (Ranged, YearMonth),
    /// The summed accelerators online at their peak.
    pub peak_accelerators: Ranged,
}

/// The most a band reaches, (central, low, high), with the month of the central peak.
fn peak(band: &Band) -> (Ranged, YearMonth) {
    let (index, central) =
        band.central
            .iter()
            .copied()
            .enumerate()
            .fold(
                (0, 0.0),
                |best, (index, value)| {
                    if value > best.1 {
                        (index, value)
                    } else {
                        best
                    }
                },
            );
    let most = |values: &[f64]| values.iter().copied().fold(0.0, f64::max);
    (
        (central, most(&band.low), most(&band.high)),
        month_at(index),
    )
}

/// Sums the counted deals of `selection` by `group`, in `measure`.
pub fn ledger(selection: &Selection, group: Group, measure: Measure) -> Ledger {
    let deals = counted(selection);
    let mut groups: Vec<GroupSum> = Vec::new();
    let (mut gw, mut accelerators) = (Band::zero(), Band::zero());
    let mut total = Band::zero();
    let mut value = (0.0, 0.0, 0.0);
    for series in &deals {
        let key = group.of(series.deal);
        let band = series.band(measure);
        total.add(&band);
        gw.add(&series.gw);
        accelerators.add(&series.accelerators);
        let (c, l, h) = series.value;
        value = (value.0 + c, value.1 + l, value.2 + h);
        let index = match groups.iter().position(|sum| sum.key == key) {
            Some(index) => index,
            None => {
                groups.push(GroupSum {
                    key,
                    band: Band::zero(),
                    deals: Vec::new(),
                    value: (0.0, 0.0, 0.0),
                });
                groups.len() - 1
            }
        };
        let sum = &mut groups[index];
        sum.band.add(&band);
        sum.deals.push(series.deal.id);
        sum.value = (sum.value.0 + c, sum.value.1 + l, sum.value.2 + h);
    }
    groups.sort_by(|a, b| peak(&b.band).0 .0.total_cmp(&peak(&a.band).0 .0));
    Ledger {
        groups,
        total,
        value,
        deals: deals.len(),
        peak_gw: peak(&gw),
        peak_accelerators: peak(&accelerators).0,
    }
}

/// The figure of a monthly band for calendar year `year`: the December value for capacity
/// (power, accelerators, spend so far), the year's sum for spend billed.
pub fn yearly(band: &Band, measure: Measure, year: i32) -> Ranged {
    let start = ((year - FIRST_YEAR) * 12) as usize;
    let months = start..start + 12;
    let pick = |values: &[f64]| match measure {
        Measure::Spend => values[months.clone()].iter().sum(),
        _ => values[months.end - 1],
    };
    (pick(&band.central), pick(&band.low), pick(&band.high))
}

/// A total a buyer stated itself, shown beside the ledger's sum of its deals.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Yardstick {
    /// Stable id.
    pub id: &'static str,
    /// The buyer's slug.
    pub buyer: &'static str,
    /// When it was stated, `YYYY-MM[-DD]`.
    pub date: &'static str,
    /// Who stated it.
    pub who: &'static str,
    /// The value stated, USD, if any.
    pub value_usd: Option<f64>,
    /// The power stated, GW, if any.
    pub power_gw: Option<f64>,
    /// What the total covers: English, Greek, Spanish.
    pub scope: [&'static str; 3],
    /// Where it comes from.
    pub source: Source,
}

/// A buyer's reported revenue at one month.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RevenuePoint {
    /// The buyer's slug.
    pub buyer: &'static str,
    /// The month the figure describes, (year, month): December for an annual figure.
    pub month: (i32, u32),
    /// Revenue, USD: the year's, or a month's annualised.
    pub usd: f64,
    /// Whether it is a year's booked revenue rather than an annualised rate.
    pub annual: bool,
    /// Where it comes from.
    pub source: Source,
}

include!(concat!(env!("OUT_DIR"), "/ledger.rs"));

impl Yardstick {
    /// The month it was stated.
    pub fn month(&self) -> YearMonth {
        YearMonth::parse(&self.date[..7]).expect("build.rs checks every date")
    }

    /// The library's sum of the buyer's deals as the record stood when the total was stated,
    /// and as of `asof`: what the page sets beside it, in gigawatts by provider.
    pub fn against(&self, asof: YearMonth) -> [Ledger; 2] {
        [self.month(), asof].map(|asof| {
            let selection = Selection {
                asof,
                deals: None,
                buyer: Some(self.buyer),
            };
            ledger(&selection, Group::Provider, Measure::Gw)
        })
    }
}

#[cfg(test)]
mod tests;
