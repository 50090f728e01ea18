//! The query string: every input a reader can change, defaults omitted, versioned by `v`.
//! Pure: works on decoded `(key, value)` pairs; the shell encodes and decodes them with the
//! browser's `URLSearchParams`. Key names are also the `name` of each input on the page.
//!
//! Defaults are those of the loaded deal (`preset=`), else of the OpenAI–AWS deal. When the
//! tranches differ from the defaults in anything but their counts, the whole fleet is written
//! in one `fleet` key; otherwise only changed counts are written (`gb200`, `gb300`, …).
//! Numbers are written in their shortest exact form, so a reloaded link reproduces every
//! output exactly; utilisation and MFU are fractions (`util=0.9`).

pub mod ledger;

use crate::chart::ChartKind;
use crate::i18n::Lang;
use crate::model::calendar::YearMonth;
use crate::model::ramp::RampShape;
use crate::model::ranges::{check, set_value, value_of, Span};
use crate::model::validate::validate;
use crate::model::{
    DataVersion, Deal, Field, GpuKind, Precision, Scenario, SolveFor, Tranche, DEALS,
};
use crate::state::{AppState, ThemeChoice};

/// Schema version written as `v`. History:
/// - 1: the first schema, without a data version (its links were made with the 2026-11 data);
/// - 2: adds `data`, the version of the default figures, always written.
pub const VERSION: u32 = 2;

/// Brings pairs written with schema `from` up to [`VERSION`], oldest migration first.
fn migrate(mut pairs: Vec<(String, String)>, from: u32) -> Vec<(String, String)> {
    if from < 2 && !pairs.iter().any(|(key, _)| key == "data") {
        pairs.push(("data".to_owned(), DataVersion::D2026_11.id().to_owned()));
    }
    pairs
}

/// Decoded pairs: the state they describe and the pairs that were ignored, as `key=value`.
#[derive(Clone, Debug, PartialEq)]
pub struct Decoded {
    /// The state the query describes.
    pub state: AppState,
    /// Unknown keys, unreadable values and values out of range, in query order.
    pub ignored: Vec<String>,
}

/// The key of the count of tranche `index`: the GPU kind's id (`gb200`, `gb300`, …) for the
/// first tranche of that kind, so the two default tranches are `gb200` and `gb300`; `t3`, `t4`,
/// … (1-based) for any later tranche of a kind already listed.
pub fn tranche_count_key(scenario: &Scenario, index: usize) -> String {
    let Some(tranche) = scenario.tranches.get(index) else {
        return format!("t{}", index + 1);
    };
    let first_of_kind = scenario.tranches[..index]
        .iter()
        .all(|earlier| earlier.kind != tranche.kind);
    if first_of_kind {
        tranche.kind.id().to_owned()
    } else {
        format!("t{}", index + 1)
    }
}

/// The key of another setting of tranche `index` (`t1_start`, `t2_ramp`, …; 1-based).
pub fn tranche_key(index: usize, setting: &str) -> String {
    format!("t{}_{setting}", index + 1)
}

/// The key of a per-kind setting (`power_gb300`, `weight_gb300`).
pub fn kind_key(prefix: &str, kind: GpuKind) -> String {
    format!("{prefix}_{}", kind.id())
}

/// The URL id of a precision.
pub fn precision_id(precision: Precision) -> &'static str {
    match precision {
        Precision::Fp4 => "fp4",
        Precision::Fp8 => "fp8",
        Precision::Bf16 => "bf16",
    }
}

fn precision_from_id(id: &str) -> Option<Precision> {
    [Precision::Fp4, Precision::Fp8, Precision::Bf16]
        .into_iter()
        .find(|precision| precision_id(*precision) == id)
}

/// Shortest text that parses back to exactly `value`.
fn number(value: f64) -> String {
    crate::i18n::format::plain(value)
}

/// Whole dollars written exactly in billions (`38`, `38.5`, `0.000000001`).
fn billions(usd: f64) -> String {
    // Whole dollars below 2^53 are exact integers; split them without float arithmetic.
    let dollars = usd.round() as u64;
    let fraction = format!("{:09}", dollars % 1_000_000_000);
    let fraction = fraction.trim_end_matches('0');
    match fraction {
        "" => format!("{}", dollars / 1_000_000_000),
        _ => format!("{}.{fraction}", dollars / 1_000_000_000),
    }
}

fn parse_number(text: &str) -> Option<f64> {
    crate::i18n::format::decimal(text)
}

fn encode_tranche(tranche: &Tranche) -> String {
    let mut text = format!(
        "{}.{}.{}.{}.{}",
        tranche.kind.id(),
        number(tranche.count),
        tranche.first_month,
        tranche.ramp_months,
        tranche.ramp.id()
    );
    // A sixth part only for a tranche that leaves before the end of the term.
    if let Some(months) = tranche.months_online {
        text.push_str(&format!(".{months}"));
    }
    text
}

fn decode_tranche(text: &str) -> Option<Tranche> {
    let mut parts = text.split('.');
    let tranche = Tranche {
        kind: GpuKind::from_id(parts.next()?)?,
        count: parse_number(parts.next()?)?,
        first_month: YearMonth::parse(parts.next()?)?,
        ramp_months: parts.next()?.parse().ok()?,
        ramp: RampShape::from_id(parts.next()?)?,
        months_online: match parts.next() {
            None => None,
            Some(months) => Some(months.parse().ok().filter(|m| (1..=360).contains(m))?),
        },
    };
    parts.next().is_none().then_some(tranche)
}

/// Whether two fleets differ only in their counts.
fn same_structure(a: &[Tranche], b: &[Tranche]) -> bool {
    a.len() == b.len()
        && a.iter().zip(b).all(|(a, b)| {
            a.kind == b.kind
                && a.first_month == b.first_month
                && a.ramp_months == b.ramp_months
                && a.ramp == b.ramp
                && a.months_online == b.months_online
        })
}

/// The scenario that `preset` starts from, with the figures of `data`.
pub fn defaults(preset: Option<&str>, data: DataVersion) -> Scenario {
    preset.and_then(Deal::find).map_or_else(
        || data.apply(Scenario::default()),
        |deal| deal.scenario_for(data),
    )
}

/// The ranges the deal `preset` (or the seed deal) opens with, with the data of `data`.
pub fn default_spans(preset: Option<&str>, data: DataVersion) -> Vec<Span> {
    preset.and_then(Deal::find).unwrap_or(&DEALS[0]).spans(data)
}

/// The pairs describing `state`'s shareable inputs, values equal to their defaults omitted.
pub fn to_query(state: &AppState) -> Vec<(String, String)> {
    let base = defaults(state.preset, state.data);
    let s = &state.scenario;
    let mut pairs = vec![
        ("v".to_owned(), VERSION.to_string()),
        ("data".to_owned(), state.data.id().to_owned()),
    ];
    let mut put = |key: &str, value: String| pairs.push((key.to_owned(), value));
    if let Some(preset) = state.preset {
        put("preset", preset.to_owned());
    }
    if s.value_usd != base.value_usd {
        put("value", billions(s.value_usd));
    }
    if s.term_months != base.term_months {
        put("years", number(f64::from(s.term_months) / 12.0));
    }
    if s.start != base.start {
        put("start", s.start.to_string());
    }
    if s.solve != base.solve {
        put("solve", s.solve.id().to_owned());
    }
    if s.price_per_gpu_hour_usd != base.price_per_gpu_hour_usd {
        put("price", number(s.price_per_gpu_hour_usd));
    }
    if s.fleet_mw != base.fleet_mw {
        put(
            "fleet_mw",
            s.fleet_mw.map_or_else(|| "none".to_owned(), number),
        );
    }
    if !same_structure(&s.tranches, &base.tranches) {
        let fleet: Vec<String> = s.tranches.iter().map(encode_tranche).collect();
        put("fleet", fleet.join("_"));
    } else {
        for (index, (tranche, default)) in s.tranches.iter().zip(&base.tranches).enumerate() {
            if tranche.count != default.count {
                put(&tranche_count_key(s, index), number(tranche.count));
            }
        }
    }
    if s.precision != base.precision {
        put("precision", precision_id(s.precision).to_owned());
    }
    if s.utilisation != base.utilisation {
        put("util", number(s.utilisation));
    }
    if s.mfu != base.mfu {
        put("mfu", number(s.mfu));
    }
    if s.pue != base.pue {
        put("pue", number(s.pue));
    }
    if s.electricity_usd_per_mwh != base.electricity_usd_per_mwh {
        put("electricity", number(s.electricity_usd_per_mwh));
    }
    for kind in GpuKind::ALL {
        if s.it_power_kw[kind] != base.it_power_kw[kind] {
            put(&kind_key("power", kind), number(s.it_power_kw[kind]));
        }
        if s.price_weight[kind] != base.price_weight[kind] {
            put(&kind_key("weight", kind), number(s.price_weight[kind]));
        }
    }
    // A range replaces its input's one number (written above when off its default); the
    // deal's own ranges are defaults too, and one of them made a single number again is
    // written even at its default value. A fleet of another shape carries its own counts.
    let same_fleet = same_structure(&s.tranches, &base.tranches);
    let base_spans: Vec<Span> = default_spans(state.preset, state.data)
        .into_iter()
        .filter(|span| {
            same_fleet || !matches!(span.field, Field::TrancheCount(_) | Field::TrancheRamp(_))
        })
        .collect();
    for span in &state.spans {
        let Some(key) = key_of_field(s, span.field) else {
            continue;
        };
        pairs.retain(|(other, _)| *other != key);
        if !base_spans.contains(span) {
            let text = format!(
                "{}~{}",
                field_text(span.field, span.low),
                field_text(span.field, span.high)
            );
            pairs.push((key, text));
        }
    }
    for span in &base_spans {
        let narrowed = state.spans.iter().all(|other| other.field != span.field);
        if let (true, Some(key), Some(value)) = (
            narrowed,
            key_of_field(s, span.field),
            value_of(s, span.field),
        ) {
            pairs.retain(|(other, _)| *other != key);
            pairs.push((key, field_text(span.field, value)));
        }
    }
    let mut put = |key: &str, value: String| pairs.push((key.to_owned(), value));
    if state.lang != Lang::default() {
        put("lang", state.lang.code().to_owned());
    }
    if state.theme != ThemeChoice::default() {
        put("theme", state.theme.id().to_owned());
    }
    pairs
}

/// The numeric input that link key `key` sets, if any.
fn field_of_key(scenario: &Scenario, key: &str) -> Option<Field> {
    Some(match key {
        "value" => Field::Value,
        "years" => Field::Years,
        "price" => Field::Price,
        "fleet_mw" => Field::FleetMw,
        "util" => Field::Utilisation,
        "mfu" => Field::Mfu,
        "pue" => Field::Pue,
        "electricity" => Field::ElectricityPrice,
        _ => {
            if let Some(kind) = key.strip_prefix("power_").and_then(GpuKind::from_id) {
                return Some(Field::PowerKw(kind));
            }
            if let Some(kind) = key.strip_prefix("weight_").and_then(GpuKind::from_id) {
                return Some(Field::PriceWeight(kind));
            }
            if let Some(index) =
                (0..scenario.tranches.len()).find(|&i| tranche_key(i, "ramp") == key)
            {
                return Some(Field::TrancheRamp(index));
            }
            let index =
                (0..scenario.tranches.len()).find(|&i| tranche_count_key(scenario, i) == key)?;
            Field::TrancheCount(index)
        }
    })
}

/// The link key of numeric input `field`, if it has one of its own (a tranche's count has one
/// while the fleet is the default's shape; a ramp's one number lives in `fleet=`, its range
/// in `t<n>_ramp=`).
pub fn key_of_field(scenario: &Scenario, field: Field) -> Option<String> {
    Some(match field {
        Field::Value => "value".to_owned(),
        Field::Years => "years".to_owned(),
        Field::Price => "price".to_owned(),
        Field::FleetMw => "fleet_mw".to_owned(),
        Field::Utilisation => "util".to_owned(),
        Field::Mfu => "mfu".to_owned(),
        Field::Pue => "pue".to_owned(),
        Field::ElectricityPrice => "electricity".to_owned(),
        Field::PowerKw(kind) => kind_key("power", kind),
        Field::PriceWeight(kind) => kind_key("weight", kind),
        Field::TrancheCount(index) => tranche_count_key(scenario, index),
        Field::TrancheRamp(index) => tranche_key(index, "ramp"),
        Field::Start | Field::Fleet | Field::TrancheStart(_) => return None,
    })
}

/// The link value of numeric input `field` at `value` (base units), in the key's unit.
fn field_text(field: Field, value: f64) -> String {
    match field {
        Field::Value => billions(value),
        Field::Years => number(value / 12.0),
        _ => number(value),
    }
}

/// Applies `key=low~high`: both ends read as the key's one number would be, the scenario at
/// their midpoint. `false` if the key takes no range or an end is unreadable.
fn apply_span(state: &mut AppState, key: &str, low: &str, high: &str) -> bool {
    let Some(field) = field_of_key(&state.scenario, key) else {
        return false;
    };
    // The solved quantity is an output: it takes no range.
    if matches!(
        (field, state.scenario.solve),
        (Field::Price, SolveFor::Price) | (Field::Value, SolveFor::Value)
    ) {
        return false;
    }
    let read = |text: &str| {
        let mut probe = state.clone();
        apply_pair(&mut probe, key, text)
            .then(|| value_of(&probe.scenario, field))
            .flatten()
    };
    let (Some(low), Some(high)) = (read(low), read(high)) else {
        return false;
    };
    let span = Span { field, low, high };
    set_value(&mut state.scenario, field, span.central());
    state.spans.retain(|other| other.field != field);
    state.spans.push(span);
    true
}

/// Applies one pair to `state`; `false` if the key is unknown or the value unreadable.
fn apply_pair(state: &mut AppState, key: &str, value: &str) -> bool {
    if let Some((low, high)) = value.split_once('~') {
        return apply_span(state, key, low, high);
    }
    // One number for an input that was a range: the range goes.
    if let Some(field) = field_of_key(&state.scenario, key) {
        state.spans.retain(|span| span.field != field);
    }
    if key == "fleet" {
        // Another fleet: ranges of the tranches it replaces no longer apply.
        state
            .spans
            .retain(|span| !matches!(span.field, Field::TrancheCount(_) | Field::TrancheRamp(_)));
    }
    let s = &mut state.scenario;
    let number = parse_number(value);
    match key {
        // The value is held in whole dollars (see `Action::SetValue`).
        "value" => number
            .map(|billions| s.value_usd = (billions * 1e9).round())
            .is_some(),
        "years" => number
            .map(|years| s.term_months = (years * 12.0).round() as i32)
            .is_some(),
        "start" => YearMonth::parse(value)
            .map(|month| s.start = month)
            .is_some(),
        "solve" => SolveFor::from_id(value)
            .map(|mode| s.solve = mode)
            .is_some(),
        "price" => number.map(|usd| s.price_per_gpu_hour_usd = usd).is_some(),
        "fleet_mw" if value == "none" => {
            s.fleet_mw = None;
            true
        }
        "fleet_mw" => number.map(|mw| s.fleet_mw = Some(mw)).is_some(),
        "fleet" => {
            let tranches: Option<Vec<Tranche>> = value.split('_').map(decode_tranche).collect();
            match tranches {
                Some(tranches) if tranches.len() <= Scenario::MAX_TRANCHES => {
                    s.tranches = tranches;
                    true
                }
                _ => false,
            }
        }
        "precision" => precision_from_id(value)
            .map(|precision| s.precision = precision)
            .is_some(),
        "util" => number.map(|fraction| s.utilisation = fraction).is_some(),
        "mfu" => number.map(|fraction| s.mfu = fraction).is_some(),
        "pue" => number.map(|pue| s.pue = pue).is_some(),
        "electricity" => number.map(|usd| s.electricity_usd_per_mwh = usd).is_some(),
        "lang" => Lang::from_code(value)
            .map(|lang| state.lang = lang)
            .is_some(),
        "theme" => ThemeChoice::from_id(value)
            .map(|theme| state.theme = theme)
            .is_some(),
        _ => {
            if let Some(kind) = key.strip_prefix("power_").and_then(GpuKind::from_id) {
                return number.map(|kw| s.it_power_kw[kind] = kw).is_some();
            }
            if let Some(kind) = key.strip_prefix("weight_").and_then(GpuKind::from_id) {
                return number.map(|weight| s.price_weight[kind] = weight).is_some();
            }
            if let Some(index) = (0..s.tranches.len()).find(|&i| tranche_key(i, "ramp") == key) {
                return number
                    .map(|months| s.tranches[index].ramp_months = months.round() as i32)
                    .is_some();
            }
            let Some(index) = (0..s.tranches.len()).find(|&i| tranche_count_key(s, i) == key)
            else {
                return false;
            };
            number.map(|gpus| s.tranches[index].count = gpus).is_some()
        }
    }
}

/// Keys that only shape the page around the calculator (embedding), not the model: read by
/// [`view_options`] and never reported as ignored.
pub const VIEW_KEYS: [&str; 5] = ["embed", "controls", "chart", "origin", "id"];

/// Inputs an embed may show, in the order of `controls=`.
pub const EMBED_CONTROLS: [&str; 4] = ["value", "years", "price", "start"];

/// How the page is shown: full, or embedded in a frame.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct ViewOptions {
    /// `embed=1`: the compact view for frames.
    pub embed: bool,
    /// `controls=`: the input keys an embed shows; empty for the default (value, years and
    /// the first two tranche counts).
    pub controls: Vec<String>,
    /// `chart=`: the chart an embed opens on.
    pub chart: ChartKind,
    /// `origin=`: the only parent origin an embed talks to (`None`: any).
    pub origin: Option<String>,
    /// `id=`: names this embed in its messages, so a host can tell two apart.
    pub id: Option<String>,
    /// `#?secret=` in the fragment: WordPress's token for the frames it embeds, echoed in the
    /// height messages it listens for (see [`wordpress_secret`]).
    pub secret: Option<String>,
}

/// The secret WordPress puts in the fragment of a frame it embeds (`#?secret=AbC123xYz0`), if
/// it has WordPress's form — ten letters and digits (`wp_generate_password(10, false)`); the
/// page echoes nothing else.
pub fn wordpress_secret(fragment: &str) -> Option<String> {
    let query = fragment.strip_prefix('#').unwrap_or(fragment);
    let query = query.strip_prefix('?').unwrap_or(query);
    query
        .split('&')
        .find_map(|pair| pair.strip_prefix("secret="))
        .filter(|secret| secret.len() == 10 && secret.bytes().all(|b| b.is_ascii_alphanumeric()))
        .map(str::to_owned)
}

/// The address of deal `id`'s own page in `lang`, relative to the site's root (every page's
/// `<base>`): `deals/<id>/`, `el/deals/<id>/`, `es/deals/<id>/` (scripts/pages.mjs builds them).
pub fn deal_page(lang: Lang, id: &str) -> String {
    match lang {
        Lang::En => format!("deals/{id}/"),
        _ => format!("{}/deals/{id}/", lang.code()),
    }
}

/// The ledger page's path in `lang`, relative to the site's root.
pub fn ledger_page(lang: Lang) -> String {
    match lang {
        Lang::En => "ledger/".to_owned(),
        _ => format!("{}/ledger/", lang.code()),
    }
}

/// The view options among `pairs`.
pub fn view_options(pairs: &[(String, String)]) -> ViewOptions {
    let mut view = ViewOptions::default();
    for (key, value) in pairs {
        match key.as_str() {
            "embed" => view.embed = value == "1" || value == "true",
            "controls" => {
                view.controls = value
                    .split(',')
                    .map(str::trim)
                    .filter(|key| !key.is_empty())
                    .map(str::to_owned)
                    .collect();
            }
            "chart" => {
                if let Some(kind) = ChartKind::ALL.into_iter().find(|kind| kind.name() == value) {
                    view.chart = kind;
                }
            }
            "origin" if !value.is_empty() => view.origin = Some(value.clone()),
            "id" if !value.is_empty() => view.id = Some(value.clone()),
            _ => {}
        }
    }
    view
}

/// `view`'s pairs, to carry into a link or embed code.
pub fn view_pairs(view: &ViewOptions) -> Vec<(String, String)> {
    let mut pairs = Vec::new();
    if view.embed {
        pairs.push(("embed".to_owned(), "1".to_owned()));
    }
    if !view.controls.is_empty() {
        pairs.push(("controls".to_owned(), view.controls.join(",")));
    }
    if view.chart != ChartKind::default() {
        pairs.push(("chart".to_owned(), view.chart.name().to_owned()));
    }
    if let Some(origin) = &view.origin {
        pairs.push(("origin".to_owned(), origin.clone()));
    }
    if let Some(id) = &view.id {
        pairs.push(("id".to_owned(), id.clone()));
    }
    pairs
}

/// `state` with `pairs` applied one by one: one that is unknown, unreadable or makes the
/// scenario invalid is skipped and reported, and the rest still apply.
pub fn apply_pairs(state: &AppState, pairs: &[(String, String)]) -> Decoded {
    // Start from the last valid inputs: a half-typed field must not block the host page.
    let mut state = AppState {
        scenario: state.last_valid.clone(),
        spans: state.last_valid_spans.clone(),
        ..state.clone()
    };
    // The fleet first, so that count keys refer to its tranches; then the solve mode, which
    // decides what the other keys may be.
    let rank = |key: &str| match key {
        "fleet" => 0,
        "solve" => 1,
        _ => 2,
    };
    let applicable: Vec<&(String, String)> = pairs
        .iter()
        .filter(|(key, _)| {
            !(matches!(key.as_str(), "v" | "preset" | "data") || VIEW_KEYS.contains(&key.as_str()))
        })
        .collect();
    // Rank by rank, keeping the link's order within one: a stable sort without the sorting
    // code (10 KB of wasm).
    let ordered: Vec<&(String, String)> = (0..3)
        .flat_map(|position| {
            applicable
                .iter()
                .copied()
                .filter(move |(key, _)| rank(key) == position)
        })
        .collect();
    // All keys at once: a link the calculator wrote is valid as a whole, even when some of
    // its keys alone would not be (a start before the fleet is fine when solving for value).
    let mut whole = state.clone();
    let unreadable: Vec<String> = ordered
        .iter()
        .filter(|(key, value)| !apply_pair(&mut whole, key, value))
        .map(|(key, value)| format!("{key}={value}"))
        .collect();
    let valid = |state: &AppState| {
        validate(&state.scenario).is_empty() && check(&state.scenario, &state.spans).is_empty()
    };
    let ignored = if valid(&whole) {
        state = whole;
        unreadable
    } else {
        // Otherwise key by key, keeping each one that leaves the inputs valid.
        let mut ignored = Vec::new();
        for (key, value) in ordered {
            let mut candidate = state.clone();
            if apply_pair(&mut candidate, key, value) && valid(&candidate) {
                state = candidate;
            } else {
                ignored.push(format!("{key}={value}"));
            }
        }
        ignored
    };
    state.rejected_text.clear();
    // A deal's own range of what the link now solves for is an output, not an input.
    let solve = state.scenario.solve;
    state.spans.retain(|span| {
        !matches!(
            (span.field, solve),
            (Field::Price, SolveFor::Price) | (Field::Value, SolveFor::Value)
        )
    });
    state.last_valid = state.scenario.clone();
    state.last_valid_spans = state.spans.clone();
    Decoded { state, ignored }
}

/// The state `pairs` describe, read from the defaults of their preset and data version.
pub fn from_query(pairs: &[(String, String)]) -> Decoded {
    let mut ignored = Vec::new();
    let written = pairs
        .iter()
        .find(|(key, _)| key == "v")
        .map(|(_, v)| v.clone());
    let version = match written.as_deref().map(str::parse::<u32>) {
        None => VERSION,
        Some(Ok(version)) if (1..=VERSION).contains(&version) => version,
        Some(_) => {
            ignored.push(format!("v={}", written.unwrap_or_default()));
            VERSION
        }
    };
    let pairs = migrate(pairs.to_vec(), version);
    let find = |key: &str| {
        pairs
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    };
    let data = match find("data") {
        None => DataVersion::CURRENT,
        Some(id) => DataVersion::from_id(id).unwrap_or_else(|| {
            ignored.push(format!("data={id}"));
            DataVersion::CURRENT
        }),
    };
    let preset = find("preset").and_then(|id| {
        let deal = Deal::find(id);
        if deal.is_none() {
            ignored.push(format!("preset={id}"));
        }
        deal.map(|deal| deal.id)
    });
    let scenario = defaults(preset, data);
    let spans = default_spans(preset, data);
    let start = AppState {
        scenario: scenario.clone(),
        last_valid: scenario,
        spans: spans.clone(),
        last_valid_spans: spans,
        preset,
        data,
        ..AppState::default()
    };
    let mut decoded = apply_pairs(&start, &pairs);
    ignored.append(&mut decoded.ignored);
    Decoded {
        state: decoded.state,
        ignored,
    }
}

#[cfg(test)]
mod pinned;
#[cfg(test)]
mod tests;
