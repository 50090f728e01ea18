//! The ledger page's query (DESIGN.md, "Additions (2027-01)"): `group`, `show`, `deals`,
//! `asof` and `buyer`, each read on its own, so that one bad key never costs the others. What
//! could not be used is reported as [`LedgerNote`]s for the page to say beside its controls:
//! unknown deal ids are dropped and the rest kept, duplicates and an aggregate chosen with its
//! parts are counted once, a month outside the record moves to the nearest it holds, and an
//! unknown grouping, measure or buyer gives the default. Pure; no web APIs.

use crate::model::calendar::YearMonth;
use crate::model::data_version::DataVersion;
use crate::model::ledger::{Group, Measure, Selection};
use crate::model::{Deal, DEALS};

/// What the ledger page shows.
#[derive(Clone, Debug, PartialEq)]
pub struct LedgerQuery {
    /// Which deals, as of when, for whom.
    pub selection: Selection,
    /// What the groups are.
    pub group: Group,
    /// What the chart and the table measure.
    pub measure: Measure,
}

/// Something in the query that could not be used as written.
#[derive(Clone, Debug, PartialEq)]
pub enum LedgerNote {
    /// Deal ids not in the library, dropped.
    UnknownDeals(Vec<String>),
    /// Deals chosen twice, or an aggregate chosen with its parts: each counted once.
    CountedOnce(Vec<String>),
    /// A month outside the record (`asked`, as written), moved to the nearest it holds.
    MonthMoved {
        /// The value as written.
        asked: String,
        /// The month used.
        used: YearMonth,
    },
    /// A key whose value is not one of its choices (or not a month), given its default.
    Unknown {
        /// The key.
        key: &'static str,
        /// The value as written.
        value: String,
    },
}

/// The month of the current data version: the last the record holds, and the default `asof`.
pub fn record_end() -> YearMonth {
    YearMonth::parse(DataVersion::CURRENT.id()).expect("a data version's id is a month")
}

/// The first month the record holds: the earliest announcement in the library.
pub fn record_start() -> YearMonth {
    DEALS
        .iter()
        .filter_map(|deal| YearMonth::parse(&deal.announced[..7]))
        .min()
        .expect("the library has deals")
}

/// The buyers of the library, by slug, in library order.
pub fn buyers() -> Vec<&'static str> {
    let mut buyers: Vec<&'static str> = Vec::new();
    for deal in &DEALS {
        if !buyers.contains(&deal.buyer) {
            buyers.push(deal.buyer);
        }
    }
    buyers
}

impl Default for LedgerQuery {
    fn default() -> Self {
        LedgerQuery {
            selection: Selection {
                asof: record_end(),
                deals: None,
                buyer: None,
            },
            group: Group::default(),
            measure: Measure::default(),
        }
    }
}

/// Reads the ledger's keys from decoded `pairs` (other keys are the page's, not the ledger's,
/// and are left alone); the last value of a key counts.
pub fn decode(pairs: &[(String, String)]) -> (LedgerQuery, Vec<LedgerNote>) {
    let mut query = LedgerQuery::default();
    let mut notes = Vec::new();
    let last = |key: &str| {
        pairs
            .iter()
            .rev()
            .find(|(name, _)| name == key)
            .map(|(_, value)| value.as_str())
    };
    if let Some(value) = last("group") {
        match Group::from_id(value) {
            Some(group) => query.group = group,
            None => notes.push(LedgerNote::Unknown {
                key: "group",
                value: value.to_owned(),
            }),
        }
    }
    if let Some(value) = last("show") {
        match Measure::from_id(value) {
            Some(measure) => query.measure = measure,
            None => notes.push(LedgerNote::Unknown {
                key: "show",
                value: value.to_owned(),
            }),
        }
    }
    // `buyer=` (empty) is every buyer: what a buyer's own page's link says when the reader
    // chooses them all.
    if let Some(value) = last("buyer").filter(|value| !value.is_empty()) {
        match buyers().into_iter().find(|buyer| *buyer == value) {
            Some(buyer) => query.selection.buyer = Some(buyer),
            None => notes.push(LedgerNote::Unknown {
                key: "buyer",
                value: value.to_owned(),
            }),
        }
    }
    if let Some(value) = last("asof") {
        match YearMonth::parse(value) {
            Some(month) => {
                let used = month.clamp(record_start(), record_end());
                if used != month {
                    notes.push(LedgerNote::MonthMoved {
                        asked: value.to_owned(),
                        used,
                    });
                }
                query.selection.asof = used;
            }
            None => notes.push(LedgerNote::Unknown {
                key: "asof",
                value: value.to_owned(),
            }),
        }
    }
    if let Some(value) = last("deals") {
        let (mut chosen, mut unknown, mut once): (Vec<&'static str>, Vec<String>, Vec<String>) =
            (Vec::new(), Vec::new(), Vec::new());
        for id in value.split(',').map(str::trim).filter(|id| !id.is_empty()) {
            match Deal::find(id) {
                Some(deal) if chosen.contains(&deal.id) => once.push(id.to_owned()),
                Some(deal) => chosen.push(deal.id),
                None => unknown.push(id.to_owned()),
            }
        }
        // An aggregate stands for its parts: with any of them chosen too, each counts once.
        for deal in chosen.iter().filter_map(|id| Deal::find(id)) {
            if deal.parts.iter().any(|part| chosen.contains(part)) {
                once.push(deal.id.to_owned());
            }
        }
        if !unknown.is_empty() {
            notes.push(LedgerNote::UnknownDeals(unknown));
        }
        if !once.is_empty() {
            notes.push(LedgerNote::CountedOnce(once));
        }
        query.selection.deals = Some(chosen);
    }
    (query, notes)
}

/// The pairs that describe `query`, defaults left out, in a fixed order.
pub fn encode(query: &LedgerQuery) -> Vec<(String, String)> {
    let defaults = LedgerQuery::default();
    let mut pairs = Vec::new();
    let mut push = |key: &str, value: String| pairs.push((key.to_owned(), value));
    if query.group != defaults.group {
        push("group", query.group.id().to_owned());
    }
    if query.measure != defaults.measure {
        push("show", query.measure.id().to_owned());
    }
    if let Some(buyer) = query.selection.buyer {
        push("buyer", buyer.to_owned());
    }
    if query.selection.asof != defaults.selection.asof {
        push("asof", query.selection.asof.to_string());
    }
    if let Some(deals) = &query.selection.deals {
        push("deals", deals.join(","));
    }
    pairs
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ledger::counted;
    use crate::url::tests::pairs;
    use proptest::prelude::*;

    #[test]
    fn no_keys_give_every_deal_the_rule_admits_today_by_buyer_in_gigawatts() {
        let (query, notes) = decode(&[]);
        assert_eq!(query, LedgerQuery::default());
        assert!(notes.is_empty());
        assert_eq!(query.selection.asof.to_string(), DataVersion::CURRENT.id());
        assert_eq!((query.group, query.measure), (Group::Buyer, Measure::Gw));
        assert!(encode(&query).is_empty());
    }

    #[test]
    fn unknown_deals_are_dropped_and_the_rest_kept_each_counted_once() {
        let (query, notes) = decode(&pairs(
            "deals=openai-aws-all,nope,openai-aws-2025,openai-oracle-2025,openai-oracle-2025&group=layer",
        ));
        assert_eq!(query.group, Group::Layer);
        assert_eq!(
            notes,
            [
                LedgerNote::UnknownDeals(vec!["nope".to_owned()]),
                LedgerNote::CountedOnce(vec![
                    "openai-oracle-2025".to_owned(),
                    "openai-aws-all".to_owned()
                ]),
            ]
        );
        let ids: Vec<&str> = counted(&query.selection)
            .iter()
            .map(|s| s.deal.id)
            .collect();
        assert_eq!(
            ids,
            [
                "openai-aws-2025",
                "openai-aws-2026-expansion",
                "openai-oracle-2025"
            ]
        );
    }

    #[test]
    fn a_month_outside_the_record_moves_to_the_nearest_it_holds() {
        let (query, notes) = decode(&pairs("asof=2019-03&show=cumulative"));
        assert_eq!(query.selection.asof, record_start());
        assert_eq!(query.measure, Measure::Cumulative);
        assert_eq!(
            notes,
            [LedgerNote::MonthMoved {
                asked: "2019-03".to_owned(),
                used: record_start()
            }]
        );
        let (query, _) = decode(&pairs("asof=2031-01"));
        assert_eq!(query.selection.asof, record_end());
    }

    #[test]
    fn an_unknown_grouping_measure_buyer_or_month_gives_the_default_with_a_note() {
        let (query, notes) = decode(&pairs(
            "group=colour&show=joules&buyer=apple&asof=soon&buyer=meta",
        ));
        // The last `buyer` counts.
        assert_eq!(query.selection.buyer, Some("meta"));
        assert_eq!((query.group, query.measure), (Group::Buyer, Measure::Gw));
        assert_eq!(query.selection.asof, record_end());
        let keys: Vec<&str> = notes
            .iter()
            .filter_map(|note| match note {
                LedgerNote::Unknown { key, .. } => Some(*key),
                _ => None,
            })
            .collect();
        assert_eq!(keys, ["group", "show", "asof"]);
    }

    proptest! {
        /// A query written and read back is the same query.
        #[test]
        fn a_query_round_trips(
            group in 0..4usize,
            measure in 0..4usize,
            buyer in proptest::option::of(0..4usize),
            offset in 0..24i32,
            picks in proptest::option::of(proptest::collection::vec(0..DEALS.len(), 0..6)),
        ) {
            let asof = record_start().plus_months(offset).min(record_end());
            let deals = picks.map(|picks| {
                let mut ids: Vec<&'static str> = Vec::new();
                for index in picks {
                    let deal = &DEALS[index];
                    if !deal.is_aggregate() && !ids.contains(&deal.id) {
                        ids.push(deal.id);
                    }
                }
                ids
            });
            let query = LedgerQuery {
                selection: Selection { asof, deals, buyer: buyer.map(|index| buyers()[index]) },
                group: Group::ALL[group],
                measure: Measure::ALL[measure],
            };
            let (read, notes) = decode(&encode(&query));
            prop_assert_eq!(read, query);
            prop_assert!(notes.is_empty());
        }
    }
}
