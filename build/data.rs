//! The rules and the code generation for the data files (`data/*.toml`): deserialised with
//! unknown keys refused, checked (dates, unique ids, known kinds, a source for every figure, a
//! note for every assumed price, three languages for every text…), and written as Rust
//! constants. Shared by `build.rs`, which runs it on the files, and by `tests/data_files.rs`,
//! which feeds it broken entries. A rule broken panics with a message naming the file, the
//! entry and the rule: in `build.rs` that fails the build.

use std::collections::{BTreeMap, HashSet};
use std::fmt::Write as _;

use crate::limits;
use serde::Deserialize;

/// `text`, the content of `data/<name>.toml`, deserialised; any unknown key or wrong type
/// panics with the file's name.
pub fn parse<T: for<'de> Deserialize<'de>>(name: &str, text: &str) -> T {
    toml::from_str(text).unwrap_or_else(|error| panic!("data/{name}.toml: {error}"))
}

/// Fails the build with `message` about `entry` of `file`.
#[track_caller]
pub fn check(ok: bool, file: &str, entry: &str, message: &str) {
    assert!(ok, "data/{file}.toml, {entry}: {message}");
}

// ------------------------------------------------------------------------------------------------
// Shared pieces
// ------------------------------------------------------------------------------------------------

/// A number, or a quotient written `"a / b"` so that editors can keep a figure's arithmetic
/// (`"120 / 72"` kW per GPU) and the build divides exactly as Rust would.
#[derive(Deserialize, Clone)]
#[serde(untagged)]
pub enum Number {
    Integer(i64),
    Float(f64),
    Quotient(String),
}

impl Number {
    fn value(&self, file: &str, entry: &str) -> f64 {
        let value = match self {
            Number::Integer(n) => *n as f64,
            Number::Float(x) => *x,
            Number::Quotient(text) => {
                let parts: Vec<f64> = text
                    .split('/')
                    .map(|part| part.trim().parse::<f64>())
                    .collect::<Result<_, _>>()
                    .unwrap_or_else(|_| {
                        panic!("data/{file}.toml, {entry}: “{text}” is not a number or “a / b”")
                    });
                check(
                    parts.len() == 2,
                    file,
                    entry,
                    &format!("“{text}” is not “a / b”"),
                );
                parts[0] / parts[1]
            }
        };
        check(
            value.is_finite() && value > 0.0,
            file,
            entry,
            "figures must be positive",
        );
        value
    }
}

/// Where a figure comes from.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub url: String,
    pub date: String,
    pub trust: String,
    pub note: String,
}

impl Source {
    fn checked(&self, file: &str, entry: &str) -> &Self {
        check(
            self.url.starts_with("https://"),
            file,
            entry,
            "a source URL starts with https://",
        );
        check(
            is_date(&self.date),
            file,
            entry,
            &format!("date “{}” is not YYYY, YYYY-MM or YYYY-MM-DD", self.date),
        );
        check(
            matches!(self.trust.as_str(), "P" | "S" | "W" | "D"),
            file,
            entry,
            "trust is P, S, W or D",
        );
        check(
            !self.note.trim().is_empty(),
            file,
            entry,
            "every source has a note",
        );
        self
    }

    fn rust(&self) -> String {
        format!(
            "Source {{ url: {:?}, date: {:?}, trust: Trust::{}, #[cfg(not(target_arch = \"wasm32\"))] note: {:?} }}",
            self.url, self.date, self.trust, self.note
        )
    }
}

/// A text in the page's three languages.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Words {
    pub en: String,
    pub el: String,
    pub es: String,
}

impl Words {
    /// The Rust expression of these words, numbered by `numbering`: `words!` for the words the
    /// wasm carries in English, `library_words!` for those it fetches from a library pack.
    fn rust(&self, file: &str, entry: &str, numbering: &mut Numbering, core: bool) -> String {
        for text in [&self.en, &self.el, &self.es] {
            check(
                !text.trim().is_empty(),
                file,
                entry,
                "every text has English, Greek and Spanish",
            );
            check(
                !text.contains('\n'),
                file,
                entry,
                "texts are one line (language packs are line-based)",
            );
        }
        let index = numbering.next(core);
        let name = if core { "words" } else { "library_words" };
        format!(
            "{name}!({index}, {:?}, {:?}, {:?})",
            self.en, self.el, self.es
        )
    }
}

/// Numbers the texts of the data in language-pack order: first the core words, which the wasm
/// carries in English and the language packs in Greek and Spanish (the seed deal's and the
/// current data version's changes), then the library's (every other deal's, older changes),
/// which the page fetches from a library pack when it shows them.
pub struct Numbering {
    /// How many core words there are.
    core_count: u16,
    /// The next core number.
    core: u16,
    /// The next library number.
    library: u16,
}

impl Numbering {
    pub fn new(deals: &DealsFile, changes: &ChangesFile) -> Self {
        let count = |n: usize| u16::try_from(n).expect("fewer than 65,536 texts");
        let seed = &deals.deal[0];
        let seed_words = 3 + count(
            usize::from(seed.status_note.is_some())
                + seed.reading.len()
                + usize::from(seed.range_note.is_some()),
        );
        let core_count = seed_words
            + changes
                .version
                .first()
                .map_or(0, |v| count(v.changes.len()));
        Numbering {
            core_count,
            core: 0,
            library: core_count,
        }
    }

    fn next(&mut self, core: bool) -> u16 {
        let counter = if core {
            &mut self.core
        } else {
            &mut self.library
        };
        *counter += 1;
        *counter - 1
    }

    /// The constants telling the page how many words of each kind there are.
    pub fn rust(&self) -> String {
        assert_eq!(self.core, self.core_count, "every core word is numbered");
        format!(
            "// Generated by build.rs. Do not edit.\n\n\
             /// How many data words the wasm carries in English (numbered first).\n\
             pub const CORE_WORDS: usize = {};\n\n\
             /// How many data words come from the library packs (numbered after the core words).\n\
             pub const LIBRARY_WORDS: usize = {};\n",
            self.core_count,
            self.library - self.core_count
        )
    }
}

/// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, with a real month and day.
pub fn is_date(text: &str) -> bool {
    let parts: Vec<&str> = text.split('-').collect();
    let number = |part: &str, digits: usize, max: u32| {
        part.len() == digits && part.parse::<u32>().is_ok_and(|n| (1..=max).contains(&n))
    };
    match parts.as_slice() {
        [year] => number(year, 4, 2100),
        [year, month] => number(year, 4, 2100) && number(month, 2, 12),
        [year, month, day] if number(year, 4, 2100) && number(month, 2, 12) => {
            let year: u32 = year.parse().unwrap_or_default();
            let leap =
                year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400));
            let days = match month.parse::<u32>().unwrap_or_default() {
                2 if leap => 29,
                2 => 28,
                4 | 6 | 9 | 11 => 30,
                _ => 31,
            };
            number(day, 2, days)
        }
        _ => false,
    }
}

/// `YYYY-MM` as `(year, month)`.
pub fn year_month(text: &str, file: &str, entry: &str) -> (i32, u32) {
    let parsed = text
        .split_once('-')
        .and_then(|(year, month)| Some((year.parse::<i32>().ok()?, month.parse::<u32>().ok()?)));
    match parsed {
        Some((year, month)) if text.len() == 7 && (1..=12).contains(&month) => (year, month),
        _ => panic!("data/{file}.toml, {entry}: “{text}” is not YYYY-MM"),
    }
}

/// The Rust variant name of an accelerator id: `gb200` → `GB200`.
pub fn variant(id: &str) -> String {
    id.to_ascii_uppercase()
}

// ------------------------------------------------------------------------------------------------
// The accelerator catalogue
// ------------------------------------------------------------------------------------------------

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CatalogueFile {
    pub source: BTreeMap<String, Source>,
    pub accelerator: Vec<Accelerator>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Accelerator {
    pub id: String,
    pub name: String,
    pub vendor: String,
    pub family: String,
    pub fp4_dense_pflops: Option<Number>,
    pub fp8_dense_pflops: Number,
    pub bf16_dense_pflops: Number,
    pub compute_source: String,
    pub hbm_gb: Number,
    pub it_power_kw: Number,
    pub power_source: String,
    pub price_weight: Number,
    pub price_weight_source: String,
    #[serde(default)]
    pub conflict: Vec<Conflict>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Conflict {
    pub figure: String,
    pub note: String,
}

pub fn catalogue_rs(file: &CatalogueFile) -> String {
    const FILE: &str = "accelerators";
    let mut ids = HashSet::new();
    let mut specs = String::new();
    for a in &file.accelerator {
        let entry = format!("accelerator {}", a.id);
        let entry = entry.as_str();
        check(ids.insert(a.id.as_str()), FILE, entry, "ids are unique");
        check(
            !a.id.is_empty()
                && a.id
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit()),
            FILE,
            entry,
            "ids are lowercase letters and digits (they are URL keys)",
        );
        let family = match a.family.as_str() {
            "gpu" => "Gpu",
            "tpu" => "Tpu",
            "trainium" => "Trainium",
            other => {
                panic!("data/{FILE}.toml, {entry}: family “{other}” is not gpu, tpu or trainium")
            }
        };
        let source = |key: &str| {
            file.source
                .get(key)
                .unwrap_or_else(|| panic!("data/{FILE}.toml, {entry}: no [source.{key}]"))
                .checked(FILE, key)
                .rust()
        };
        let pflops = |n: &Number| n.value(FILE, entry);
        let fp4 = a.fp4_dense_pflops.as_ref().map(pflops);
        let fp8 = pflops(&a.fp8_dense_pflops);
        let bf16 = pflops(&a.bf16_dense_pflops);
        check(
            bf16 <= fp8 && fp4.is_none_or(|fp4| fp4 >= fp8),
            FILE,
            entry,
            "dense BF16 ≤ FP8 ≤ FP4",
        );
        let power = a.it_power_kw.value(FILE, entry);
        check(
            (0.1..=10.0).contains(&power),
            FILE,
            entry,
            "all-in power is 0.1 – 10 kW per chip",
        );
        let weight = a.price_weight.value(FILE, entry);
        check(
            (0.1..=10.0).contains(&weight),
            FILE,
            entry,
            "price weights are 0.1 – 10",
        );
        let mut conflicts = String::new();
        for conflict in &a.conflict {
            let figure = match conflict.figure.as_str() {
                "fp4_dense_pflops" => "Fp4",
                "fp8_dense_pflops" => "Fp8",
                "bf16_dense_pflops" => "Bf16",
                "it_power_kw" => "Power",
                other => panic!("data/{FILE}.toml, {entry}: conflict figure “{other}” is not a figure of the catalogue"),
            };
            check(
                !conflict.note.trim().is_empty(),
                FILE,
                entry,
                "a conflict has a note",
            );
            write!(
                conflicts,
                "Conflict {{ figure: Figure::{figure}, note: {:?} }}, ",
                conflict.note
            )
            .unwrap();
        }
        writeln!(
            specs,
            "    GpuSpec {{ id: {:?}, name: {:?}, #[cfg(not(target_arch = \"wasm32\"))] vendor: {:?}, #[cfg(not(target_arch = \"wasm32\"))] family: Family::{family}, \
             fp4_dense_pflops: {fp4:?}, fp8_dense_pflops: {fp8:?}, bf16_dense_pflops: {bf16:?}, \
             #[cfg(not(target_arch = \"wasm32\"))] compute_source: {}, hbm_gb: {:?}, it_power_kw: {power:?}, power_source: {}, \
             price_weight: {weight:?}, #[cfg(not(target_arch = \"wasm32\"))] price_weight_source: {}, #[cfg(not(target_arch = \"wasm32\"))] conflicts: &[{conflicts}] }},",
            a.id,
            a.name,
            a.vendor,
            source(&a.compute_source),
            a.hbm_gb.value(FILE, entry),
            source(&a.power_source),
            source(&a.price_weight_source),
        )
        .unwrap();
    }
    let count = file.accelerator.len();
    let variants: Vec<String> = file.accelerator.iter().map(|a| variant(&a.id)).collect();
    let mut code =
        String::from("// Generated by build.rs from data/accelerators.toml. Do not edit.\n\n");
    code += "/// An accelerator kind the model knows, in catalogue order (the stacking order of the chart).\n";
    code += "#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]\n";
    code += "#[allow(clippy::upper_case_acronyms)]\npub enum GpuKind {\n";
    for (a, name) in file.accelerator.iter().zip(&variants) {
        writeln!(code, "    /// {} {}.\n    {name},", a.vendor, a.name).unwrap();
    }
    code += "}\n\n";
    writeln!(
        code,
        "/// How many kinds the catalogue holds.\npub const KIND_COUNT: usize = {count};\n"
    )
    .unwrap();
    code += "impl GpuKind {\n    /// Every kind, in catalogue order.\n    pub const ALL: [GpuKind; KIND_COUNT] = [";
    code += &variants
        .iter()
        .map(|v| format!("GpuKind::{v}"))
        .collect::<Vec<_>>()
        .join(", ");
    code += "];\n\n    /// The key of this kind's price in results, exports and host messages (`price_gb200`).\n";
    code += "    pub fn price_key(self) -> &'static str {\n        match self {\n";
    for (a, name) in file.accelerator.iter().zip(&variants) {
        writeln!(code, "            GpuKind::{name} => \"price_{}\",", a.id).unwrap();
    }
    code += "        }\n    }\n}\n\n";
    code += "/// The catalogue, in [`GpuKind::ALL`] order.\npub static CATALOGUE: [GpuSpec; KIND_COUNT] = [\n";
    code += &specs;
    code += "];\n";
    code
}

// ------------------------------------------------------------------------------------------------
// The deal library
// ------------------------------------------------------------------------------------------------

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DealsFile {
    pub deal: Vec<Deal>,
    /// Every party a deal names, by slug.
    pub party: Vec<Party>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Party {
    pub id: String,
    pub name: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StatusChange {
    pub date: String,
    pub status: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Deal {
    pub id: String,
    pub parties: String,
    pub announced: String,
    pub status: String,
    pub as_of: String,
    pub buyer: String,
    pub provider: String,
    pub vendor: String,
    pub layer: String,
    pub part_of: Option<String>,
    #[serde(default)]
    pub parts: Vec<String>,
    #[serde(default)]
    pub status_history: Vec<StatusChange>,
    pub status_note: Option<Words>,
    pub value_usd: Option<Number>,
    pub power_gw: Option<Number>,
    pub term_years: Option<Number>,
    pub term: Words,
    pub hardware: Words,
    pub assumptions: Words,
    pub source: Vec<Source>,
    #[serde(default)]
    pub reading: Vec<Reading>,
    pub scenario: DealScenario,
    /// The scenarios that links pinned to earlier data versions were made with, oldest first,
    /// each with the last version it serves (`until`).
    #[serde(default)]
    pub earlier: Vec<DealScenario>,
    /// Why some of the scenario's inputs are ranges, where the announcement is vague or the
    /// calculator assumes.
    pub range_note: Option<Words>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reading {
    pub label: Words,
    pub value_usd: Number,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DealScenario {
    pub start: String,
    pub term_months: i32,
    pub solve: String,
    pub value_usd: Option<Number>,
    pub price_usd: Option<Number>,
    pub price_note: Option<String>,
    /// The prices the assumption allows, [low, high], around `price_usd` as their midpoint.
    pub price_range: Option<[Number; 2]>,
    /// The values a floor, a ceiling or a press estimate allows, around `value_usd`.
    pub value_range: Option<[Number; 2]>,
    pub fleet_mw: Option<Number>,
    /// The peak facility power an "about" or "up to" allows, around `fleet_mw`.
    pub fleet_mw_range: Option<[Number; 2]>,
    /// The provider's own PUE, where it publishes one (else the data version's, AWS's).
    pub pue: Option<Number>,
    /// The PUEs a provider that publishes none may run at, around `pue`.
    pub pue_range: Option<[Number; 2]>,
    /// All-in IT kW per accelerator where the catalogue's figure is in doubt, by kind: the
    /// kinds' [low, high], whose midpoints replace the catalogue's figures in this scenario.
    #[serde(default)]
    pub it_power_kw_range: BTreeMap<String, [Number; 2]>,
    /// In `[[deal.earlier]]` only: the last data version whose links use this scenario.
    pub until: Option<String>,
    pub tranche: Vec<DealTranche>,
}

/// The data versions published before the current one, oldest first: what `until` may name.
pub const EARLIER_VERSIONS: [&str; 3] = ["2025-11", "2026-11", "2026-12"];

/// The first data version whose links have ranges.
const FIRST_RANGED_VERSION: &str = "2026-12";

/// A range `[low, high]` of input `field` of `entry`, checked: the ends in order and apart,
/// both within the input's `limits`, and `central` (the scenario's value, if it states one)
/// their midpoint.
fn range_of(
    range: &[Number; 2],
    field: &str,
    central: Option<f64>,
    limits: &std::ops::RangeInclusive<f64>,
    entry: &str,
) -> (f64, f64) {
    const FILE: &str = "deals";
    let (low, high) = (range[0].value(FILE, entry), range[1].value(FILE, entry));
    check(
        low < high,
        FILE,
        entry,
        &format!("{field}: the low end comes first, and the ends differ"),
    );
    check(
        limits.contains(&low) && limits.contains(&high),
        FILE,
        entry,
        &format!(
            "{field}: both ends lie within the input's limits, {} – {}",
            limits.start(),
            limits.end()
        ),
    );
    if let Some(central) = central {
        check(
            ((low + high) / 2.0 - central).abs() <= 1e-9 * central.abs(),
            FILE,
            entry,
            &format!("{field}: the scenario's figure is the range's midpoint"),
        );
    }
    (low, high)
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DealTranche {
    pub kind: String,
    pub count: Number,
    pub first_month: String,
    pub ramp_months: i32,
    /// Months the tranche stays online from its first month, when it leaves before the end of
    /// the term (1 – 360).
    pub months_online: Option<i32>,
    /// The counts the announcement allows, [low, high], around `count` as their midpoint.
    pub count_range: Option<[Number; 2]>,
}

impl DealScenario {
    /// Whether any input of the scenario is a range.
    fn ranged(&self) -> bool {
        self.price_range.is_some()
            || self.value_range.is_some()
            || self.fleet_mw_range.is_some()
            || self.pue_range.is_some()
            || !self.it_power_kw_range.is_empty()
            || self.tranche.iter().any(|t| t.count_range.is_some())
    }
}

pub fn deals_rs(file: &DealsFile, kinds: &[String], numbering: &mut Numbering) -> String {
    const FILE: &str = "deals";
    check(
        file.deal
            .first()
            .is_some_and(|deal| deal.id == "openai-aws-2025"),
        FILE,
        "first deal",
        "the seed deal, openai-aws-2025, comes first",
    );
    let mut ids = HashSet::new();
    let mut code = String::from("// Generated by build.rs from data/deals.toml. Do not edit.\n\n");
    writeln!(
        code,
        "/// The library, the seed deal first.\npub static DEALS: [Deal; {}] = [",
        file.deal.len()
    )
    .unwrap();
    for (position, deal) in file.deal.iter().enumerate() {
        let entry = format!("deal {}", deal.id);
        let entry = entry.as_str();
        // The seed deal's words are core words: the page shows them on every first visit.
        let core = position == 0;
        check(ids.insert(deal.id.as_str()), FILE, entry, "ids are unique");
        check(
            !deal.id.is_empty()
                && deal
                    .id
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
            FILE,
            entry,
            "ids are lowercase letters, digits and hyphens (they go in links)",
        );
        check(
            is_date(&deal.announced) && deal.announced.len() >= 7,
            FILE,
            entry,
            "announced is YYYY-MM or YYYY-MM-DD",
        );
        check(
            is_date(&deal.as_of) && deal.as_of.len() == 10,
            FILE,
            entry,
            "as_of is YYYY-MM-DD",
        );
        let status = match deal.status.as_str() {
            "active" => "Active",
            "expanded" => "Expanded",
            "superseded" => "Superseded",
            other => panic!(
                "data/{FILE}.toml, {entry}: status “{other}” is not active, expanded or superseded"
            ),
        };
        check(
            deal.status_note.is_some() == (status != "Active"),
            FILE,
            entry,
            "an expanded or superseded deal says what happened (status_note); an active one does not",
        );
        check(
            !deal.source.is_empty(),
            FILE,
            entry,
            "every deal has a source",
        );
        for (role, slug) in [
            ("buyer", &deal.buyer),
            ("provider", &deal.provider),
            ("vendor", &deal.vendor),
        ] {
            check(
                file.party.iter().any(|party| &party.id == slug),
                FILE,
                entry,
                &format!("{role} “{slug}” is a [[party]]"),
            );
        }
        let layer = match deal.layer.as_str() {
            "cloud" => "Cloud",
            "chips" => "Chips",
            "intent" => "Intent",
            other => {
                panic!("data/{FILE}.toml, {entry}: layer “{other}” is not cloud, chips or intent")
            }
        };
        for part in &deal.parts {
            check(
                file.deal.iter().any(|other| {
                    &other.id == part && other.part_of.as_deref() == Some(deal.id.as_str())
                }),
                FILE,
                entry,
                &format!("part “{part}” is a deal whose part_of names this one"),
            );
        }
        if let Some(whole) = &deal.part_of {
            check(
                file.deal
                    .iter()
                    .any(|other| &other.id == whole && other.parts.contains(&deal.id)),
                FILE,
                entry,
                &format!("part_of “{whole}” is an aggregate (parts) that lists this deal"),
            );
        }
        check(
            deal.parts.is_empty() || deal.part_of.is_none(),
            FILE,
            entry,
            "an aggregate is not itself a part",
        );
        let mut history = Vec::new();
        for (index, change) in deal.status_history.iter().enumerate() {
            check(
                is_date(&change.date) && change.date.len() >= 7,
                FILE,
                entry,
                "a status_history date is YYYY-MM or YYYY-MM-DD",
            );
            let status = match change.status.as_str() {
                "active" => "Active",
                "expanded" => "Expanded",
                "superseded" => "Superseded",
                other => panic!(
                    "data/{FILE}.toml, {entry}: status_history status “{other}” is not active, expanded or superseded"
                ),
            };
            let in_order = if index == 0 {
                change.date == deal.announced && status == "Active"
            } else {
                deal.status_history[index - 1].date < change.date
            };
            check(
                in_order,
                FILE,
                entry,
                "status_history starts active on the announcement date and runs in date order",
            );
            history.push(format!("({:?}, Status::{status})", change.date));
        }
        check(
            deal.status_history
                .last()
                .map_or(deal.status == "active", |last| last.status == deal.status),
            FILE,
            entry,
            "status_history ends in the deal's status (and a deal that was ever more than active has one)",
        );
        let sources: Vec<String> = deal
            .source
            .iter()
            .map(|s| s.checked(FILE, entry).rust())
            .collect();
        // The sites a card or an embed credits: the two most trusted sources' (primary first,
        // then secondary, then the rest), each site once. In the wasm for every deal, though
        // only the seed deal's sources are.
        let mut credit: Vec<&str> = Vec::new();
        for trust in ["P", "S", "W", "D"] {
            for source in deal.source.iter().filter(|source| source.trust == trust) {
                let rest = source
                    .url
                    .split_once("://")
                    .map_or(source.url.as_str(), |(_, rest)| rest);
                let host = rest.split('/').next().unwrap_or(rest);
                let host = host.strip_prefix("www.").unwrap_or(host);
                if credit.len() < 2 && !credit.contains(&host) {
                    credit.push(host);
                }
            }
        }
        let optional = |n: &Option<Number>| n.as_ref().map(|n| n.value(FILE, entry));
        // Numbered in the order the packs list them: term, hardware, assumptions, status
        // note, readings, range note.
        let term = deal.term.rust(FILE, entry, numbering, core);
        let hardware = deal.hardware.rust(FILE, entry, numbering, core);
        let assumptions = deal.assumptions.rust(FILE, entry, numbering, core);
        let status_note = deal.status_note.as_ref().map_or_else(
            || "None".to_owned(),
            |w| format!("Some({})", w.rust(FILE, entry, numbering, core)),
        );
        let readings: Vec<String> = deal
            .reading
            .iter()
            .map(|r| {
                format!(
                    "Reading {{ label: {}, value_usd: {:?} }}",
                    r.label.rust(FILE, entry, numbering, core),
                    r.value_usd.value(FILE, entry)
                )
            })
            .collect();
        check(
            deal.range_note.is_some() == deal.scenario.ranged(),
            FILE,
            entry,
            "a deal whose inputs are ranges says why (range_note), and only such a deal",
        );
        check(
            deal.scenario.until.is_none(),
            FILE,
            entry,
            "the current scenario has no until (only an earlier one does)",
        );
        let mut previous: Option<&str> = None;
        for earlier in &deal.earlier {
            let until = earlier.until.as_deref().unwrap_or("");
            check(
                EARLIER_VERSIONS.contains(&until)
                    && previous.is_none_or(|previous| previous < until),
                FILE,
                entry,
                &format!(
                    "an earlier scenario names the last version it serves (until), one of {} in order",
                    EARLIER_VERSIONS.join(", ")
                ),
            );
            check(
                until >= FIRST_RANGED_VERSION || !earlier.ranged(),
                FILE,
                entry,
                "a scenario for links before 2026-12 has no ranges",
            );
            previous = Some(until);
        }
        let range_note = deal.range_note.as_ref().map_or_else(
            || "None".to_owned(),
            |w| format!("Some({})", w.rust(FILE, entry, numbering, core)),
        );
        let scenario = scenario_rs(&deal.scenario, deal, kinds, entry);
        let (price_usd, price_note) = match &deal.scenario.price_usd {
            Some(price) => (
                Some(price.value(FILE, entry)),
                deal.scenario.price_note.clone(),
            ),
            None => (None, None),
        };
        let earlier: Vec<String> = deal
            .earlier
            .iter()
            .map(|earlier| {
                let until = earlier.until.as_deref().unwrap_or_default();
                format!(
                    "(DataVersion::D{}, {})",
                    until.replace('-', "_"),
                    scenario_rs(earlier, deal, kinds, entry)
                )
            })
            .collect();
        writeln!(
            code,
            "    Deal {{ id: {:?}, parties: {:?}, announced: {:?}, status: Status::{status}, as_of: {:?}, \
             buyer: {:?}, provider: {:?}, vendor: {:?}, layer: Layer::{layer}, part_of: {:?}, \
             parts: &{:?}, status_history: &[{}], \
             status_note: {status_note}, value_usd: {:?}, power_gw: {:?}, term_years: {:?}, \
             term: {}, hardware: {}, assumptions: {}, {}, credit: &{credit:?}, readings: &[{}], \
             assumed_price_usd: {price_usd:?}, #[cfg(not(target_arch = \"wasm32\"))] assumed_price_note: {price_note:?}, \
             plan: {scenario}, earlier: &[{}], range_note: {range_note} }},",
            deal.id,
            deal.parties,
            deal.announced,
            deal.as_of,
            deal.buyer,
            deal.provider,
            deal.vendor,
            deal.part_of,
            deal.parts,
            history.join(", "),
            optional(&deal.value_usd),
            optional(&deal.power_gw),
            optional(&deal.term_years),
            term,
            hardware,
            assumptions,
            // Only the seed deal's sources are in the wasm; the page links every other deal to
            // its sources, with their notes, on the methodology page.
            if core {
                format!("sources: &[{}]", sources.join(", "))
            } else {
                format!(
                    "#[cfg(not(target_arch = \"wasm32\"))] sources: &[{}], \
                     #[cfg(target_arch = \"wasm32\")] sources: &[]",
                    sources.join(", ")
                )
            },
            readings.join(", "),
            earlier.join(", "),
        )
        .unwrap();
    }
    code += "];\n\n";
    let mut slugs = HashSet::new();
    writeln!(
        code,
        "/// Every party a deal names: (slug, name).\npub static PARTIES: [(&str, &str); {}] = [",
        file.party.len()
    )
    .unwrap();
    for party in &file.party {
        check(
            slugs.insert(party.id.as_str())
                && !party.id.is_empty()
                && party.id.chars().all(|c| c.is_ascii_lowercase()),
            FILE,
            &format!("party {}", party.id),
            "party ids are unique lower-case slugs (they go in links)",
        );
        writeln!(code, "    ({:?}, {:?}),", party.id, party.name).unwrap();
    }
    code += "];\n";
    code
}

/// The Rust expression of `scenario` as a `Plan` (data, not code: one function builds every
/// deal's scenario from its plan).
pub fn scenario_rs(scenario: &DealScenario, deal: &Deal, kinds: &[String], entry: &str) -> String {
    const FILE: &str = "deals";
    let (year, month) = year_month(&scenario.start, FILE, entry);
    check(
        (1..=360).contains(&scenario.term_months),
        FILE,
        entry,
        "term_months is 1 – 360",
    );
    let value = scenario.value_usd.as_ref().map(|n| n.value(FILE, entry));
    let price = scenario.price_usd.as_ref().map(|n| n.value(FILE, entry));
    let solve = match scenario.solve.as_str() {
        "price" => "Price",
        "fleet" => "Fleet",
        "value" => "Value",
        other => panic!("data/{FILE}.toml, {entry}: solve “{other}” is not price, fleet or value"),
    };
    check(
        value.is_some() != (solve == "Value"),
        FILE,
        entry,
        "value_usd is given unless the value is solved",
    );
    check(
        price.is_some() == (solve != "Price"),
        FILE,
        entry,
        "price_usd is given exactly when the price is not solved",
    );
    check(
        price.is_none()
            || scenario
                .price_note
                .as_ref()
                .is_some_and(|note| !note.trim().is_empty()),
        FILE,
        entry,
        "an assumed price says where it comes from (price_note)",
    );
    let price_range = scenario.price_range.as_ref().map(|range| {
        check(
            price.is_some(),
            FILE,
            entry,
            "price_range: only an assumed price (price_usd) is a range",
        );
        range_of(range, "price_range", price, &limits::PRICE_USD, entry)
    });
    let value_range = scenario.value_range.as_ref().map(|range| {
        check(
            value.is_some(),
            FILE,
            entry,
            "value_range: only a given value (value_usd) is a range",
        );
        range_of(range, "value_range", value, &limits::VALUE_USD, entry)
    });
    let fleet_mw = scenario.fleet_mw.as_ref().map(|n| n.value(FILE, entry));
    let fleet_mw_range = scenario.fleet_mw_range.as_ref().map(|range| {
        check(
            fleet_mw.is_some(),
            FILE,
            entry,
            "fleet_mw_range: only a fleet given as power (fleet_mw) is a range",
        );
        range_of(range, "fleet_mw_range", fleet_mw, &limits::FLEET_MW, entry)
    });
    let pue = scenario.pue.as_ref().map(|n| n.value(FILE, entry));
    check(
        pue.is_none_or(|pue| limits::PUE.contains(&pue)),
        FILE,
        entry,
        "pue is within the input's limits",
    );
    let pue_range = scenario.pue_range.as_ref().map(|range| {
        check(
            pue.is_some(),
            FILE,
            entry,
            "pue_range: a range of PUEs comes with its midpoint as pue",
        );
        range_of(range, "pue_range", pue, &limits::PUE, entry)
    });
    let mut power = String::new();
    for (kind, range) in &scenario.it_power_kw_range {
        check(
            kinds.contains(kind) && scenario.tranche.iter().any(|t| &t.kind == kind),
            FILE,
            entry,
            &format!("it_power_kw_range: “{kind}” is a kind of the scenario's tranches"),
        );
        let (low, high) = range_of(
            range,
            &format!("it_power_kw_range.{kind}"),
            None,
            &limits::POWER_KW,
            entry,
        );
        write!(power, "(GpuKind::{}, ({low:?}, {high:?})), ", variant(kind)).unwrap();
    }
    if let (Some(value), Some(announced)) = (value, deal.value_usd.as_ref()) {
        let announced = announced.value(FILE, entry);
        check(
            value == announced
                || !deal.reading.is_empty()
                || !deal.earlier.is_empty()
                || scenario.value_range.is_some(),
            FILE,
            entry,
            "the scenario's value is the announced value",
        );
    }
    check(
        !scenario.tranche.is_empty(),
        FILE,
        entry,
        "a scenario has at least one tranche",
    );
    let mut tranches = String::new();
    for tranche in &scenario.tranche {
        check(
            kinds.contains(&tranche.kind),
            FILE,
            entry,
            &format!("kind “{}” is not in data/accelerators.toml", tranche.kind),
        );
        check(
            (0..=120).contains(&tranche.ramp_months),
            FILE,
            entry,
            "ramp_months is 0 – 120",
        );
        check(
            tranche
                .months_online
                .is_none_or(|months| (1..=360).contains(&months)),
            FILE,
            entry,
            "months_online is 1 – 360",
        );
        let count = tranche.count.value(FILE, entry);
        check(
            count <= 20e6,
            FILE,
            entry,
            "a tranche holds at most 20,000,000 accelerators",
        );
        let range = tranche.count_range.as_ref().map(|range| {
            range_of(
                range,
                "count_range",
                Some(count),
                &limits::TRANCHE_GPUS,
                entry,
            )
        });
        let (y, m) = year_month(&tranche.first_month, FILE, entry);
        write!(
            tranches,
            "(GpuKind::{}, {count:?}, ({y}, {m}), {}, {:?}, {range:?}), ",
            variant(&tranche.kind),
            tranche.ramp_months,
            tranche.months_online
        )
        .unwrap();
    }
    format!(
        "Plan {{ start: ({year}, {month}), term_months: {}, solve: SolveFor::{solve}, \
         value_usd: {value:?}, value_range: {value_range:?}, price_usd: {price:?}, \
         price_range: {price_range:?}, fleet_mw: {fleet_mw:?}, fleet_mw_range: {fleet_mw_range:?}, \
         pue: {pue:?}, pue_range: {pue_range:?}, it_power_kw_range: &[{power}], \
         tranches: &[{tranches}] }}",
        scenario.term_months
    )
}

// ------------------------------------------------------------------------------------------------
// Reference prices and the list of changes
// ------------------------------------------------------------------------------------------------

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PricesFile {
    pub price: Vec<Price>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Price {
    pub id: String,
    pub kind: String,
    pub product: String,
    pub basis: String,
    pub usd_per_hour: Number,
    pub source: Source,
}

pub fn prices_rs(file: &PricesFile, kinds: &[String]) -> String {
    const FILE: &str = "prices";
    let mut ids = HashSet::new();
    let mut code = String::from("// Generated by build.rs from data/prices.toml. Do not edit.\n\n");
    writeln!(code, "/// The reference prices, the seed deal's kinds first.\npub static REFERENCE_PRICES: [ReferencePrice; {}] = [", file.price.len()).unwrap();
    for price in &file.price {
        let entry = format!("price {}", price.id);
        let entry = entry.as_str();
        check(ids.insert(price.id.as_str()), FILE, entry, "ids are unique");
        check(
            kinds.contains(&price.kind),
            FILE,
            entry,
            "kind is in data/accelerators.toml",
        );
        let basis = match price.basis.as_str() {
            "on-demand" => "OnDemand",
            "capacity-block" => "CapacityBlock",
            "list" => "List",
            "contract" => "Contract",
            other => panic!("data/{FILE}.toml, {entry}: basis “{other}” is not on-demand, capacity-block, list or contract"),
        };
        let usd = price.usd_per_hour.value(FILE, entry);
        check(
            (0.01..=1000.0).contains(&usd),
            FILE,
            entry,
            "a price is $0.01 – $1,000 per hour",
        );
        writeln!(
            code,
            "    ReferencePrice {{ id: {:?}, kind: GpuKind::{}, product: {:?}, basis: PriceBasis::{basis}, \
             usd_per_gpu_hour: {usd:?}, source: {} }},",
            price.id,
            variant(&price.kind),
            price.product,
            price.source.checked(FILE, entry).rust()
        )
        .unwrap();
    }
    code += "];\n";
    code
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChangesFile {
    pub version: Vec<Version>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Version {
    pub id: String,
    pub date: String,
    pub changes: Vec<Words>,
}

pub fn changes_rs(file: &ChangesFile, numbering: &mut Numbering) -> String {
    const FILE: &str = "changes";
    let mut code =
        String::from("// Generated by build.rs from data/changes.toml. Do not edit.\n\n");
    writeln!(code, "/// What changed in each data version, newest first.\npub static DATA_CHANGES: [DataChange; {}] = [", file.version.len()).unwrap();
    for (position, version) in file.version.iter().enumerate() {
        let entry = format!("version {}", version.id);
        // The current version's changes are shown on every first visit; older ones only on the
        // methodology pages.
        let core = position == 0;
        check(
            is_date(&version.date),
            FILE,
            &entry,
            "date is YYYY-MM or YYYY-MM-DD",
        );
        check(
            !version.changes.is_empty(),
            FILE,
            &entry,
            "a version lists its changes",
        );
        let changes: Vec<String> = version
            .changes
            .iter()
            .map(|w| w.rust(FILE, &entry, numbering, core))
            .collect();
        writeln!(
            code,
            "    DataChange {{ version: {:?}, date: {:?}, changes: &[{}] }},",
            version.id,
            version.date,
            changes.join(", ")
        )
        .unwrap();
    }
    code += "];\n";
    code
}

// ------------------------------------------------------------------------------------------------
// The ledger's yardsticks and revenue
// ------------------------------------------------------------------------------------------------

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LedgerFile {
    pub yardstick: Vec<Yardstick>,
    pub revenue: Vec<Revenue>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Yardstick {
    pub id: String,
    pub buyer: String,
    pub date: String,
    pub who: String,
    pub value_usd: Option<Number>,
    pub power_gw: Option<Number>,
    pub scope: Words,
    pub source: Source,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Revenue {
    pub buyer: String,
    pub month: String,
    pub usd: Number,
    pub basis: String,
    pub source: Source,
}

/// The ledger's yardsticks and revenue points as Rust constants, checked against the parties of
/// `deals`. Their words stay out of the language packs: only the ledger's own wasm links them,
/// in its three languages.
pub fn ledger_rs(file: &LedgerFile, deals: &DealsFile) -> String {
    const FILE: &str = "ledger";
    let party = |slug: &str| deals.party.iter().any(|party| party.id == slug);
    let mut ids = HashSet::new();
    let mut code = String::from("// Generated by build.rs from data/ledger.toml. Do not edit.\n\n");
    writeln!(
        code,
        "/// Totals the buyers stated themselves, oldest first by buyer.\npub static YARDSTICKS: [Yardstick; {}] = [",
        file.yardstick.len()
    )
    .unwrap();
    for stick in &file.yardstick {
        let entry = format!("yardstick {}", stick.id);
        let entry = entry.as_str();
        check(ids.insert(stick.id.as_str()), FILE, entry, "ids are unique");
        check(
            party(&stick.buyer),
            FILE,
            entry,
            "buyer is a [[party]] of data/deals.toml",
        );
        check(
            is_date(&stick.date) && stick.date.len() >= 7,
            FILE,
            entry,
            "date is YYYY-MM or YYYY-MM-DD",
        );
        check(
            stick.value_usd.is_some() || stick.power_gw.is_some(),
            FILE,
            entry,
            "a yardstick states a value, a power or both",
        );
        let optional = |n: &Option<Number>| n.as_ref().map(|n| n.value(FILE, entry));
        for text in [&stick.scope.en, &stick.scope.el, &stick.scope.es] {
            check(
                !text.trim().is_empty(),
                FILE,
                entry,
                "every text has English, Greek and Spanish",
            );
        }
        writeln!(
            code,
            "    Yardstick {{ id: {:?}, buyer: {:?}, date: {:?}, who: {:?}, value_usd: {:?}, power_gw: {:?}, scope: [{:?}, {:?}, {:?}], source: {} }},",
            stick.id,
            stick.buyer,
            stick.date,
            stick.who,
            optional(&stick.value_usd),
            optional(&stick.power_gw),
            stick.scope.en,
            stick.scope.el,
            stick.scope.es,
            stick.source.checked(FILE, entry).rust()
        )
        .unwrap();
    }
    code += "];\n\n";
    writeln!(
        code,
        "/// The buyers' reported revenue, each buyer's points in date order.\npub static REVENUE: [RevenuePoint; {}] = [",
        file.revenue.len()
    )
    .unwrap();
    let mut last: Option<(&str, &str)> = None;
    for point in &file.revenue {
        let entry = format!("revenue {} {}", point.buyer, point.month);
        let entry = entry.as_str();
        check(
            party(&point.buyer),
            FILE,
            entry,
            "buyer is a [[party]] of data/deals.toml",
        );
        let (year, month) = year_month(&point.month, FILE, entry);
        let annual = match point.basis.as_str() {
            "annual" => true,
            "annualised" => false,
            other => {
                panic!("data/{FILE}.toml, {entry}: basis “{other}” is not annual or annualised")
            }
        };
        check(
            !annual || month == 12,
            FILE,
            entry,
            "an annual figure is dated December of its year",
        );
        check(
            last.is_none_or(|(buyer, month)| buyer != point.buyer || month < point.month.as_str()),
            FILE,
            entry,
            "a buyer's revenue points run in date order",
        );
        last = Some((&point.buyer, &point.month));
        writeln!(
            code,
            "    RevenuePoint {{ buyer: {:?}, month: ({year}, {month}), usd: {:?}, annual: {annual}, source: {} }},",
            point.buyer,
            point.usd.value(FILE, entry),
            point.source.checked(FILE, entry).rust()
        )
        .unwrap();
    }
    code += "];\n";
    code
}
