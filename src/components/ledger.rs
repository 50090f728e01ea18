//! The ledger page (`ledger/`, `el/ledger/`, `es/ledger/`): every deal of the library on one
//! timeline, summed by buyer, provider, chip maker or kind of commitment, as the record stood
//! on any month (`src/model/ledger.rs`). Its own wasm (`src/bin/ledger.rs`) renders it; the
//! build renders it too, natively, for the first paint. `?embed=1` gives its compact view.

mod words;

use yew::prelude::*;

use super::download;
use super::location;
use crate::chart::{render_svg, ChartKind, ChartSpec, Layer, LayerStyle, Theme};
use crate::i18n::format::{self, Style};
use crate::i18n::{self, Lang};
use crate::model::deals::{party_name, Layer as Kind};
use crate::model::ledger::{
    counted, ledger, library, month_at, yearly, Group, Ledger, Measure, Ranged, Selection,
    FIRST_YEAR, LAST_YEAR, MONTHS, REVENUE, YARDSTICKS,
};
use crate::model::{DataVersion, YearMonth, DEALS};
use crate::url::ledger::{decode, encode, record_end, record_start, LedgerNote, LedgerQuery};
use crate::url::{self};
pub use words::{word, Word};

/// Groups drawn apart in the chart; the rest are summed as "Others".
const DRAWN_GROUPS: usize = 5;
/// Palette colours of the drawn groups, largest first ("Others" is grey, colour 2).
const GROUP_COLOURS: [usize; DRAWN_GROUPS] = [0, 1, 3, 4, 5];
/// The chart draws one month in this many.
const CHART_STEP: usize = 3;
/// The chart's size in CSS pixels (it scales with its box).
const CHART_SIZE: (u32, u32) = (720, 340);

/// What a group is called on the page: a party's name, or a kind of commitment.
pub fn group_name(lang: Lang, group: Group, key: &str) -> String {
    match group {
        Group::Layer => word(
            lang,
            match key {
                "chips" => Word::LayerChips,
                "intent" => Word::LayerIntent,
                _ => Word::LayerCloud,
            },
        )
        .to_owned(),
        _ => party_name(key).to_owned(),
    }
}

fn layer_key(kind: Kind) -> &'static str {
    kind.id()
}

/// A measure's words for its control and axis.
fn measure_word(measure: Measure) -> Word {
    match measure {
        Measure::Gw => Word::ShowGw,
        Measure::Accelerators => Word::ShowAccelerators,
        Measure::Spend => Word::ShowSpend,
        Measure::Cumulative => Word::ShowCumulative,
    }
}

/// A grouping's words for its control and summary.
fn group_word(group: Group) -> Word {
    match group {
        Group::Buyer => Word::GroupBuyer,
        Group::Provider => Word::GroupProvider,
        Group::Vendor => Word::GroupVendor,
        Group::Layer => Word::GroupLayer,
    }
}

/// `value` of `measure` in words.
fn measured(lang: Lang, measure: Measure, value: f64) -> String {
    match measure {
        Measure::Gw => gigawatts(lang, value),
        Measure::Accelerators => format::number(lang, value, Style::CompactLong),
        Measure::Spend | Measure::Cumulative => format::number(lang, value, Style::UsdCompactLong),
    }
}

fn gigawatts(lang: Lang, gw: f64) -> String {
    format!("{} GW", format::number(lang, gw, Style::OneDecimal))
}

/// "central (low–high)" in `words`, when the ends read differently.
fn ranged(lang: Lang, (central, low, high): Ranged, words: &dyn Fn(f64) -> String) -> String {
    let _ = lang;
    if words(low) == words(high) {
        words(central)
    } else {
        format!("{} ({}–{})", words(central), words(low), words(high))
    }
}

/// The chart of `ledger` in `measure`: the largest groups stacked, the rest as "Others", the
/// range of the total behind them and a line at `asof`.
pub fn chart_spec(
    lang: Lang,
    group: Group,
    measure: Measure,
    ledger: &Ledger,
    asof: YearMonth,
) -> ChartSpec {
    // Every third month: eleven years on a chart a few hundred pixels wide lose nothing a
    // reader sees, and the SVG a change redraws is a third the size.
    let months: Vec<usize> = (0..MONTHS)
        .step_by(CHART_STEP)
        .chain((!(MONTHS - 1).is_multiple_of(CHART_STEP)).then_some(MONTHS - 1))
        .collect();
    let pick = |values: &[f64]| {
        months
            .iter()
            .map(|&index| values[index])
            .collect::<Vec<f64>>()
    };
    let x: Vec<f64> = months
        .iter()
        .map(|&index| f64::from(month_at(index).ordinal()))
        .collect();
    // The groups drawn, largest first. By buyer, each buyer's kinds of commitment are stacked
    // apart (cloud, chips, letters of intent), never added together unseen.
    let mut drawn: Vec<(String, Vec<f64>)> = Vec::new();
    for sum in &ledger.groups {
        let name = group_name(lang, group, sum.key);
        if group != Group::Buyer {
            drawn.push((name, sum.band.central.clone()));
            continue;
        }
        let parts: Vec<(Kind, Vec<f64>)> = Kind::ALL
            .into_iter()
            .filter_map(|kind| {
                let series: Vec<_> = library()
                    .iter()
                    .filter(|series| {
                        series.deal.layer == kind && sum.deals.contains(&series.deal.id)
                    })
                    .collect();
                (!series.is_empty()).then(|| {
                    let mut values = vec![0.0; MONTHS];
                    for one in series {
                        for (total, value) in values.iter_mut().zip(one.band(measure).central) {
                            *total += value;
                        }
                    }
                    (kind, values)
                })
            })
            .collect();
        let split = parts.len() > 1;
        for (kind, values) in parts {
            let label = if split {
                format!("{name} · {}", group_name(lang, Group::Layer, kind.id()))
            } else {
                name.clone()
            };
            drawn.push((label, values));
        }
    }
    let mut layers: Vec<Layer> = drawn
        .iter()
        .take(DRAWN_GROUPS)
        .zip(GROUP_COLOURS)
        .map(|((label, values), color)| Layer {
            label: label.clone(),
            x: x.clone(),
            values: pick(values),
            style: LayerStyle::Stacked,
            color,
        })
        .collect();
    if drawn.len() > DRAWN_GROUPS {
        let mut rest = vec![0.0; MONTHS];
        for (_, values) in &drawn[DRAWN_GROUPS..] {
            for (total, value) in rest.iter_mut().zip(values) {
                *total += value;
            }
        }
        layers.push(Layer {
            label: word(lang, Word::Other).to_owned(),
            x: x.clone(),
            values: pick(&rest),
            style: LayerStyle::Stacked,
            color: 2,
        });
    }
    layers.push(Layer {
        label: format!(
            "{} ({})",
            word(lang, Word::Today),
            i18n::month_label(lang, asof)
        ),
        x: vec![f64::from(asof.ordinal())],
        values: vec![0.0],
        style: LayerStyle::Marker,
        color: 2,
    });
    ChartSpec {
        kind: match measure {
            Measure::Gw => ChartKind::Power,
            Measure::Accelerators => ChartKind::Gpus,
            Measure::Spend | Measure::Cumulative => ChartKind::Spend,
        },
        lang,
        x_range: (x[0], x[x.len() - 1]),
        layers,
        y_axis: word(lang, measure_word(measure)).to_owned(),
        band: Some(crate::chart::series::Band {
            label: word(lang, Word::Range).to_owned(),
            x,
            low: pick(&ledger.total.low),
            high: pick(&ledger.total.high),
        }),
    }
}

/// What `buyer`'s counted contracts (`own`, its spend by month) bill each year from 2025 to
/// 2030, as a line through the middle of each year, beside the revenue it reported, dashed
/// through each dated point: drawn as SVG.
fn revenue_chart(lang: Lang, buyer: &str, own: &Ledger) -> String {
    let ordinal = |year: i32, month: u32| {
        YearMonth::new(year, month).map_or(0.0, |month| f64::from(month.ordinal()))
    };
    let years: Vec<i32> = (FIRST_YEAR..=2030).collect();
    let points: Vec<_> = REVENUE
        .iter()
        .filter(|point| point.buyer == buyer)
        .collect();
    let spec = ChartSpec {
        kind: ChartKind::Spend,
        lang,
        x_range: (ordinal(2024, 1), ordinal(2030, 12)),
        layers: vec![
            Layer {
                label: word(lang, Word::RevenueSpend).to_owned(),
                x: years.iter().map(|&year| ordinal(year, 7)).collect(),
                values: years
                    .iter()
                    .map(|&year| yearly(&own.total, Measure::Spend, year).0)
                    .collect(),
                style: LayerStyle::Line,
                color: 0,
            },
            Layer {
                label: word(lang, Word::RevenueReported).to_owned(),
                x: points
                    .iter()
                    .map(|point| ordinal(point.month.0, point.month.1))
                    .collect(),
                values: points.iter().map(|point| point.usd).collect(),
                style: LayerStyle::Dashed,
                color: 1,
            },
        ],
        y_axis: word(lang, Word::PerYear).to_owned(),
        band: None,
    };
    render_svg(&spec, CHART_SIZE.0, 280, Theme::Light).svg
}

/// The headline in words: "OpenAI: 8 deals, $964 billion ($826–1,154 billion) of contracts,
/// 27.3 GW at peak in 2030." (`$964B` with `short`, for a card.)
pub fn headline(lang: Lang, buyer: Option<&str>, ledger: &Ledger, short: bool) -> String {
    let style = if short {
        Style::UsdCompact
    } else {
        Style::UsdCompactLong
    };
    let money = |usd: f64| format::number(lang, usd, style);
    let ((gw, gw_low, gw_high), month) = ledger.peak_gw;
    let template = match buyer {
        Some(_) => Word::HeadlineBuyer,
        None => Word::HeadlineAll,
    };
    word(lang, template)
        .replace("{buyer}", buyer.map_or("", party_name))
        .replace("{deals}", &ledger.deals.to_string())
        .replace("{value}", &ranged(lang, ledger.value, &money))
        .replace(
            "{gw}",
            &ranged(lang, (gw, gw_low, gw_high), &|gw| gigawatts(lang, gw)),
        )
        .replace("{year}", &month.year().to_string())
}

/// The ledger's table as CSV, one line per group and year, in base units.
pub fn csv(query: &LedgerQuery, ledger: &Ledger) -> String {
    let mut out = format!(
        "# Compute Deal Calculator ledger, data version {}, as of {}, {} by {}\ngroup,year,value,low,high\n",
        DataVersion::CURRENT.id(),
        query.selection.asof,
        query.measure.id(),
        query.group.id(),
    );
    for sum in &ledger.groups {
        for year in FIRST_YEAR..=LAST_YEAR {
            let (value, low, high) = yearly(&sum.band, query.measure, year);
            out.push_str(&format!(
                "{},{year},{},{},{}\n",
                sum.key,
                format::plain(value),
                format::plain(low),
                format::plain(high)
            ));
        }
    }
    out
}

/// A figure with its `data-output` hook and its range.
fn output(
    lang: Lang,
    key: &'static str,
    label: Word,
    (value, low, high): Ranged,
    text: String,
) -> Html {
    let ranged = low < high;
    html! {
        <div class="ledger__figure">
            <p class="ledger__figure-label">{ word(lang, label) }</p>
            <p class="ledger__figure-value" data-output={key} data-value={format::plain(value)}
                data-low={ranged.then(|| format::plain(low))} data-high={ranged.then(|| format::plain(high))}>
                { text }
            </p>
        </div>
    }
}

/// The page's notes about its link, in words.
fn note_words(lang: Lang, note: &LedgerNote) -> String {
    match note {
        LedgerNote::UnknownDeals(ids) => {
            word(lang, Word::NoteUnknownDeals).replace("{ids}", &ids.join(", "))
        }
        LedgerNote::CountedOnce(ids) => {
            word(lang, Word::NoteCountedOnce).replace("{ids}", &ids.join(", "))
        }
        LedgerNote::MonthMoved { asked, used } => word(lang, Word::NoteMonthMoved)
            .replace("{asked}", asked)
            .replace("{used}", &i18n::month_label(lang, *used)),
        LedgerNote::Unknown { key, value } => word(lang, Word::NoteUnknown)
            .replace("{key}", key)
            .replace("{value}", value),
    }
}

/// The ledger page, at the address's inputs.
#[component]
pub fn LedgerPage() -> Html {
    let pairs = use_memo((), |()| location::query_pairs());
    let lang = use_memo((), |()| location::initial_lang());
    let lang = *lang;
    let embed = url::view_options(&pairs).embed;
    let start = use_memo((), |()| decode(&pairs));
    let query = use_state(|| start.0.clone());
    let notes = use_state(|| start.1.clone());
    // The address follows the inputs once they rest (replaceState costs Chrome about 5 ms a
    // call, as for the calculator's: see `location`).
    let settle = use_mut_ref(|| None::<gloo::timers::callback::Timeout>);
    {
        let query = query.clone();
        use_effect_with((*query).clone(), move |query| {
            let query = query.clone();
            let write = move || {
                let mut pairs = encode(&query);
                // On a buyer's own page, every buyer must be said: the page stands for one.
                let own_buyer = location::page_inputs()
                    .iter()
                    .any(|(key, value)| key == "buyer" && !value.is_empty());
                if query.selection.buyer.is_none() && own_buyer {
                    pairs.push(("buyer".to_owned(), String::new()));
                }
                pairs.push(("lang".to_owned(), lang.code().to_owned()));
                location::write_query(&pairs);
            };
            if super::common::IN_BROWSER {
                *settle.borrow_mut() = Some(gloo::timers::callback::Timeout::new(
                    location::ADDRESS_SETTLE_MS,
                    write,
                ));
            }
        });
    }
    let ledger = use_memo((*query).clone(), |query| {
        ledger(&query.selection, query.group, query.measure)
    });
    let spec = chart_spec(
        lang,
        query.group,
        query.measure,
        &ledger,
        query.selection.asof,
    );
    let drawn = render_svg(&spec, CHART_SIZE.0, CHART_SIZE.1, Theme::Light);
    let update = |change: fn(&mut LedgerQuery, String)| {
        let query = query.clone();
        let notes = notes.clone();
        Callback::from(move |event: Event| {
            let Some(value) = event
                .target_dyn_into::<web_sys::HtmlSelectElement>()
                .map(|select| select.value())
                .or_else(|| {
                    event
                        .target_dyn_into::<web_sys::HtmlInputElement>()
                        .map(|input| input.value())
                })
            else {
                return;
            };
            let mut next = (*query).clone();
            change(&mut next, value);
            notes.set(Vec::new());
            query.set(next);
        })
    };
    let on_group = update(|query, value| query.group = Group::from_id(&value).unwrap_or_default());
    let on_show =
        update(|query, value| query.measure = Measure::from_id(&value).unwrap_or_default());
    let on_buyer = update(|query, value| {
        query.selection.buyer = crate::url::ledger::buyers()
            .into_iter()
            .find(|buyer| *buyer == value);
    });
    let on_asof_month = update(|query, value| {
        let asof = query.selection.asof;
        if let Some(month) = value
            .parse()
            .ok()
            .and_then(|month| YearMonth::new(asof.year(), month))
        {
            query.selection.asof = month.clamp(record_start(), record_end());
        }
    });
    let on_asof_year = update(|query, value| {
        let asof = query.selection.asof;
        if let Some(month) = value
            .parse()
            .ok()
            .and_then(|year| YearMonth::new(year, asof.month()))
        {
            query.selection.asof = month.clamp(record_start(), record_end());
        }
    });
    let buyer = query.selection.buyer;
    let ((gw, gw_low, gw_high), _) = ledger.peak_gw;
    let figures = html! {
        <div class="ledger__figures">
            { output(lang, "ledger_value", Word::FigureValue, ledger.value,
                ranged(lang, ledger.value, &|usd| format::number(lang, usd, Style::UsdCompactLong))) }
            { output(lang, "ledger_peak_gw", Word::FigurePeakGw, (gw, gw_low, gw_high),
                ranged(lang, (gw, gw_low, gw_high), &|gw| gigawatts(lang, gw))) }
            { output(lang, "ledger_peak_accelerators", Word::FigurePeakAccelerators, ledger.peak_accelerators,
                ranged(lang, ledger.peak_accelerators, &|count| format::number(lang, count, Style::CompactLong))) }
            { output(lang, "ledger_deals", Word::FigureDeals, (ledger.deals as f64, ledger.deals as f64, ledger.deals as f64),
                ledger.deals.to_string()) }
        </div>
    };
    let group_control = html! {
        <label class="ledger__control">
            <span>{ word(lang, Word::GroupLabel) }</span>
            <select name="group" onchange={on_group}>
                { for Group::ALL.into_iter().map(|group| html! {
                    <option value={group.id()} selected={group == query.group}>{ word(lang, group_word(group)) }</option>
                }) }
            </select>
        </label>
    };
    let chart = html! {
        <figure class="ledger__chart" data-chart="ledger">
            { Html::from_html_unchecked(AttrValue::from(drawn.svg.clone())) }
            <figcaption class="ledger__summary">
                { word(lang, Word::ChartSummary)
                    .replace("{measure}", word(lang, measure_word(query.measure)))
                    .replace("{group}", word(lang, group_word(query.group)))
                    .replace("{first}", &ledger.groups.first().map_or_else(String::new, |sum| group_name(lang, query.group, sum.key)))
                    .replace("{month}", &i18n::month_label(lang, query.selection.asof)) }
            </figcaption>
        </figure>
    };
    let headline_words = headline(lang, buyer, &ledger, false);
    let root = use_node_ref();
    {
        let view = url::ViewOptions {
            // WordPress's secret, from the fragment it adds to each frame it embeds.
            secret: url::wordpress_secret(&location::fragment()),
            ..url::view_options(&pairs)
        };
        let root = root.clone();
        use_effect(move || {
            if view.embed {
                if let Some(element) = root.cast::<web_sys::Element>() {
                    super::host::post_height(&view, &element);
                }
                if let Some(html) = gloo::utils::document().document_element() {
                    // Only steers CSS; failure leaves the page's styles.
                    let _ = html.set_attribute("data-embed", "true");
                }
            }
        });
    }
    if embed {
        return html! {
            <main class="ledger ledger--embed embed" lang={lang.code()} ref={root}>
                <p class="ledger__headline" data-ledger-headline="">{ headline_words }</p>
                { group_control }
                { chart }
            </main>
        };
    }
    let asof_month = query.selection.asof.to_string();
    let controls = html! {
        <section class="ledger__controls" aria-labelledby="ledger-controls-heading">
            <h2 id="ledger-controls-heading" class="visually-hidden">{ word(lang, Word::ShowLabel) }</h2>
            { group_control }
            <label class="ledger__control">
                <span>{ word(lang, Word::ShowLabel) }</span>
                <select name="show" onchange={on_show}>
                    { for Measure::ALL.into_iter().map(|measure| html! {
                        <option value={measure.id()} selected={measure == query.measure}>{ word(lang, measure_word(measure)) }</option>
                    }) }
                </select>
            </label>
            <label class="ledger__control">
                <span>{ word(lang, Word::BuyerLabel) }</span>
                <select name="buyer" onchange={on_buyer}>
                    <option value="" selected={buyer.is_none()}>{ word(lang, Word::AllBuyers) }</option>
                    { for crate::url::ledger::buyers().into_iter().map(|slug| html! {
                        <option value={slug} selected={buyer == Some(slug)}>{ party_name(slug) }</option>
                    }) }
                </select>
            </label>
            // A month and a year drop-down, as the calculator's start: every engine shows them
            // alike (Firefox has no month picker); the hidden input holds the month for links.
            <fieldset class="ledger__control ledger__month" data-month-field="asof">
                <legend>{ word(lang, Word::AsofLabel) }</legend>
                <input type="hidden" name="asof" value={asof_month} />
                <select data-part="month" aria-label={word(lang, Word::AsofLabel)} onchange={on_asof_month}>
                    { for (1..=12u32).map(|month| html! {
                        <option value={month.to_string()} selected={month == query.selection.asof.month()}>
                            { i18n::month_abbreviations(lang)[month as usize - 1] }
                        </option>
                    }) }
                </select>
                <select data-part="year" aria-label={word(lang, Word::AsofLabel)} onchange={on_asof_year}>
                    { for (record_start().year()..=record_end().year()).map(|year| html! {
                        <option value={year.to_string()} selected={year == query.selection.asof.year()}>{ year }</option>
                    }) }
                </select>
            </fieldset>
            if !notes.is_empty() {
                <ul class="ledger__notes" data-note="ledger" role="status">
                    { for notes.iter().map(|note| html! { <li>{ note_words(lang, note) }</li> }) }
                </ul>
            }
        </section>
    };
    let years: Vec<i32> = (FIRST_YEAR..=LAST_YEAR).collect();
    let table = html! {
        <section class="ledger__table" aria-labelledby="ledger-table-heading">
            <h2 id="ledger-table-heading" class="section-title">{ word(lang, Word::TableHeading) }</h2>
            <p class="section-intro">{ word(lang, Word::TableNote) }</p>
            <div class="table-wrap" tabindex="0" role="group" aria-label={word(lang, Word::TableHeading)}>
                <table class="table" data-table="ledger">
                    <caption class="visually-hidden">{ word(lang, measure_word(query.measure)) }</caption>
                    <thead><tr>
                        <th scope="col">{ word(lang, Word::TableGroup) }</th>
                        { for years.iter().map(|year| html! { <th scope="col">{ year }</th> }) }
                    </tr></thead>
                    <tbody>
                        { for ledger.groups.iter().map(|sum| html! {
                            <tr data-group={sum.key}>
                                <th scope="row">{ group_name(lang, query.group, sum.key) }</th>
                                { for years.iter().map(|&year| {
                                    let (value, low, high) = yearly(&sum.band, query.measure, year);
                                    html! {
                                        <td data-value={format::plain(value)} data-low={(low < high).then(|| format::plain(low))}
                                            data-high={(low < high).then(|| format::plain(high))}>
                                            { measured(lang, query.measure, value) }
                                        </td>
                                    }
                                }) }
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
            <button type="button" class="button button--quiet" data-action="download-ledger-csv" onclick={{
                let query = (*query).clone();
                let ledger = ledger.clone();
                Callback::from(move |_: MouseEvent| download::save_text("compute-ledger.csv", "text/csv;charset=utf-8", &csv(&query, &ledger)))
            }}>{ word(lang, Word::DownloadCsv) }</button>
        </section>
    };
    let chosen: Vec<&'static str> = counted(&Selection {
        buyer: None,
        ..query.selection.clone()
    })
    .iter()
    .map(|series| series.deal.id)
    .collect();
    let on_toggle = {
        let query = query.clone();
        let chosen = chosen.clone();
        Callback::from(move |event: Event| {
            let Some(input) = event.target_dyn_into::<web_sys::HtmlInputElement>() else {
                return;
            };
            let id = input.value();
            let mut ids: Vec<&'static str> = chosen
                .iter()
                .copied()
                .filter(|other| *other != id)
                .collect();
            if input.checked() {
                if let Some(deal) = crate::model::Deal::find(&id) {
                    ids.push(deal.id);
                }
            }
            let mut next = (*query).clone();
            next.selection.deals = Some(ids);
            query.set(next);
        })
    };
    let deals = html! {
        <section class="ledger__deals" aria-labelledby="ledger-deals-heading">
            <h2 id="ledger-deals-heading" class="section-title">{ word(lang, Word::DealsHeading) }</h2>
            <p class="section-intro">{ word(lang, Word::DealsIntro) }</p>
            { for crate::url::ledger::buyers().into_iter().map(|slug| html! {
                <fieldset class="ledger__buyer">
                    <legend>{ party_name(slug) }</legend>
                    { for DEALS.iter().filter(|deal| deal.buyer == slug && !deal.is_aggregate()).map(|deal| {
                        let announced = YearMonth::parse(&deal.announced[..7]).is_some_and(|month| month <= query.selection.asof);
                        html! {
                            <p class="ledger__deal" data-deal={deal.id}>
                                <input type="checkbox" id={format!("ledger-{}", deal.id)} value={deal.id}
                                    checked={chosen.contains(&deal.id)} disabled={!announced} onchange={on_toggle.clone()} />
                                <label for={format!("ledger-{}", deal.id)}>
                                    <a href={url::deal_page(lang, deal.id)}>{ deal.parties }</a>
                                    { format!(" · {} · {}", deal.announced, word(lang, match layer_key(deal.layer) {
                                        "chips" => Word::LayerChips,
                                        "intent" => Word::LayerIntent,
                                        _ => Word::LayerCloud,
                                    })) }
                                </label>
                            </p>
                        }
                    }) }
                </fieldset>
            }) }
        </section>
    };
    // Each total beside the library's sums then and now: worked out when the buyer or the
    // month changes, not on every change of grouping or measure.
    let sticks = use_memo((buyer, query.selection.asof), |&(buyer, asof)| {
        YARDSTICKS
            .iter()
            .filter(|stick| buyer.is_none_or(|buyer| buyer == stick.buyer))
            .map(|stick| (stick, stick.against(asof)))
            .collect::<Vec<_>>()
    });
    let yardsticks = html! {
        <section class="ledger__yardsticks" aria-labelledby="ledger-yardsticks-heading">
            <h2 id="ledger-yardsticks-heading" class="section-title">{ word(lang, Word::YardsticksHeading) }</h2>
            <ul>
                { for sticks.iter().map(|(stick, [then, now])| {
                    let ids = |ledger: &Ledger| -> Vec<&str> { ledger.groups.iter().flat_map(|sum| sum.deals.clone()).collect() };
                    let (before, after) = (ids(then), ids(now));
                    let names = |list: Vec<&str>| if list.is_empty() { "–".to_owned() } else {
                        list.iter().filter_map(|id| crate::model::Deal::find(id)).map(|deal| deal.parties).collect::<Vec<_>>().join(", ")
                    };
                    let gone = names(before.iter().copied().filter(|id| !after.contains(id)).collect());
                    let came = names(after.iter().copied().filter(|id| !before.contains(id)).collect());
                    let stated: Vec<String> = stick.value_usd.map(|usd| format::number(lang, usd, Style::UsdCompactLong)).into_iter()
                        .chain(stick.power_gw.map(|gw| gigawatts(lang, gw))).collect();
                    let scope = stick.scope[match lang { Lang::En => 0, Lang::El => 1, Lang::Es => 2 }];
                    let sum = |ledger: &Ledger, template: Word| word(lang, template)
                        .replace("{value}", &ranged(lang, ledger.value, &|usd| format::number(lang, usd, Style::UsdCompactLong)))
                        .replace("{gw}", &gigawatts(lang, ledger.peak_gw.0 .0))
                        .replace("{month}", &i18n::month_label(lang, query.selection.asof));
                    html! {
                        <li data-yardstick={stick.id}>
                            <p><strong>{ format!("{} ({}): {}", stick.who, stick.date, stated.join(", ")) }</strong>{ format!(" — {scope}.") }</p>
                            <p>{ format!("{} {} {}", sum(then, Word::YardstickThen), sum(now, Word::YardstickNow),
                                word(lang, Word::YardstickWhy).replace("{gone}", &gone).replace("{came}", &came)) }</p>
                            <p class="ledger__source">{ format!("{}: ", word(lang, Word::Source)) }
                                <a href={stick.source.url}>{ stick.source.url.split('/').nth(2).unwrap_or(stick.source.url) }</a>
                                { format!(" ({}, {})", stick.source.date, stick.source.trust.tag()) }</p>
                        </li>
                    }
                }) }
            </ul>
        </section>
    };
    let revenue_buyer = buyer.filter(|buyer| REVENUE.iter().any(|point| point.buyer == *buyer));
    let revenue = revenue_buyer.map(|slug| {
        let own = crate::model::ledger::ledger(&Selection { buyer: Some(slug), ..query.selection.clone() }, Group::Buyer, Measure::Spend);
        let chart = revenue_chart(lang, slug, &own);
        html! {
            <section class="ledger__revenue" aria-labelledby="ledger-revenue-heading">
                <h2 id="ledger-revenue-heading" class="section-title">{ word(lang, Word::RevenueHeading) }</h2>
                <p class="section-intro">{ word(lang, Word::RevenueIntro).replace("{buyer}", party_name(slug)) }</p>
                <figure class="ledger__chart" data-chart="revenue">
                    { Html::from_html_unchecked(AttrValue::from(chart)) }
                </figure>
                <div class="table-wrap" tabindex="0" role="group" aria-label={word(lang, Word::RevenueHeading)}>
                    <table class="table" data-table="revenue">
                        <thead><tr>
                            <th scope="col">{ word(lang, Word::RevenueYear) }</th>
                            <th scope="col">{ word(lang, Word::RevenueSpend) }</th>
                            <th scope="col">{ word(lang, Word::RevenueReported) }</th>
                        </tr></thead>
                        <tbody>
                            { for (FIRST_YEAR - 1..=2027).map(|year| {
                                let billed = (year >= FIRST_YEAR).then(|| yearly(&own.total, Measure::Spend, year));
                                let points: Vec<String> = REVENUE.iter().filter(|point| point.buyer == slug && point.month.0 == year).map(|point| {
                                    let month = YearMonth::new(point.month.0, point.month.1).unwrap_or(record_end());
                                    let basis = if point.annual { word(lang, Word::Annual).to_owned() } else {
                                        word(lang, Word::Annualised).replace("{month}", &i18n::month_label(lang, month))
                                    };
                                    format!("{} ({basis})", format::number(lang, point.usd, Style::UsdCompactLong))
                                }).collect();
                                html! {
                                    <tr data-year={year.to_string()}>
                                        <th scope="row">{ year }</th>
                                        <td data-value={billed.map(|b| format::plain(b.0))}>{ billed.map_or_else(|| "–".to_owned(), |billed|
                                            ranged(lang, billed, &|usd| format::number(lang, usd, Style::UsdCompactLong))) }</td>
                                        <td>{ if points.is_empty() { "–".to_owned() } else { points.join("; ") } }</td>
                                    </tr>
                                }
                            }) }
                        </tbody>
                    </table>
                </div>
            </section>
        }
    });
    html! {
        <main class="page ledger" lang={lang.code()}>
            <header class="masthead">
                <p class="masthead__kicker"><a href={if lang == Lang::En { "./".to_owned() } else { format!("{}/", lang.code()) }}>{ word(lang, Word::Kicker) }</a></p>
                <h1 class="masthead__title">{ word(lang, Word::Heading) }</h1>
                <p class="masthead__deck">{ word(lang, Word::Intro) }</p>
            </header>
            <section class="ledger__lead" aria-labelledby="ledger-headline">
                <p id="ledger-headline" class="ledger__headline" data-ledger-headline="">{ headline_words }</p>
                { figures }
                <p class="ledger__rule">{ word(lang, Word::CountingRule).replace("{month}", &i18n::month_label(lang, query.selection.asof)) }</p>
            </section>
            { controls }
            { chart }
            <p class="ledger__layers">{ word(lang, Word::Layers) }</p>
            { yardsticks }
            { for revenue }
            { table }
            { deals }
        </main>
    }
}
