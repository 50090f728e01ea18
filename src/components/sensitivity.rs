//! The sensitivity (tornado) chart: which assumption moves the implied price, and the peak
//! power, the most. One bar per assumption, across its range with every other input central;
//! the longest on top. The bars are markup written as text (as the other charts' SVG is) and
//! laid out by CSS, so labels wrap in every language; arrow keys move a cursor over them and a
//! live line reads the bar under it, as on the other charts; the same numbers are in a table.

use std::fmt::Write;
use std::rc::Rc;

use gloo::timers::callback::Timeout;
use yew::prelude::*;

use super::common::{cursor_move, scroll_table, use_disclosure, CursorMove};
use crate::chart::escape_into;
use crate::i18n::format::{self, Style};
use crate::i18n::{self, Lang, Text};
use crate::model::outcome::summarise;
use crate::model::ranges::{self, Bar, Span};
use crate::model::{Field, Scenario, Summary};
use crate::url;

/// The bars of some inputs, with the summary at their central values.
struct Worked {
    /// The scenario and its ranges.
    inputs: (Rc<Scenario>, Rc<Vec<Span>>),
    /// One bar per assumption that moves the price or the power.
    bars: Vec<Bar>,
    /// The summary at the central values.
    central: Option<Summary>,
}

impl Worked {
    fn out(inputs: &(Rc<Scenario>, Rc<Vec<Span>>)) -> Self {
        let (scenario, spans) = inputs;
        Worked {
            inputs: inputs.clone(),
            bars: ranges::sensitivity(scenario, spans),
            central: summarise(scenario).ok(),
        }
    }
}

/// Props of [`Sensitivity`].
#[derive(Properties, PartialEq)]
pub struct SensitivityProps {
    /// The scenario on screen (its central values).
    pub scenario: Rc<Scenario>,
    /// Its ranges.
    pub spans: Rc<Vec<Span>>,
    /// Language of the labels.
    pub lang: Lang,
}

/// What a tornado measures: an output of the summary and how to write it.
struct Metric {
    /// `data-metric` name.
    name: &'static str,
    /// Title above the bars.
    title: Text,
    /// Reads it from a summary.
    read: fn(&Summary) -> f64,
    /// Writes a value of it.
    words: fn(Lang, f64) -> String,
}

const METRICS: [Metric; 2] = [
    Metric {
        name: "price",
        title: Text::SensitivityPrice,
        read: |summary| summary.price_per_gpu_hour_usd,
        words: |lang, usd| format::number(lang, usd, Style::UsdCents),
    },
    Metric {
        name: "power",
        title: Text::SensitivityPower,
        read: |summary| summary.peak_facility_mw,
        words: |lang, mw| format!("{} MW", format::number(lang, mw, Style::Integer)),
    },
];

/// The name of an assumption on its bar: tranche fields by their kind.
fn assumption(lang: Lang, scenario: &Scenario, field: Field) -> String {
    let kind = |index: usize| {
        scenario
            .tranches
            .get(index)
            .map_or("", |tranche| tranche.kind.spec().name)
    };
    match field {
        Field::TrancheCount(index) => i18n::text(lang, Text::GpusOf).replace("{kind}", kind(index)),
        Field::TrancheRamp(index) => {
            format!("{} · {}", kind(index), i18n::text(lang, Text::TrancheRamp))
        }
        _ => i18n::field_label(lang, field),
    }
}

/// "150,000–250,000" (or "… (±20 %)" when assumed): the range an assumption is moved across.
fn range_words(lang: Lang, bar: &Bar) -> String {
    let field = bar.span.field;
    let words = format!(
        "{}–{}",
        i18n::bound(lang, field, bar.span.low),
        i18n::bound(lang, field, bar.span.high)
    );
    if bar.assumed {
        format!("{words} ({})", i18n::text(lang, Text::AssumedSwing))
    } else {
        words
    }
}

/// The results of `bar`'s low and high ends for `metric`.
fn ends(metric: &Metric, bar: &Bar) -> (f64, f64) {
    ((metric.read)(&bar.at_low), (metric.read)(&bar.at_high))
}

/// How far `bar` moves `metric`.
fn swing(metric: &Metric, bar: &Bar) -> f64 {
    let (low, high) = ends(metric, bar);
    (high - low).abs()
}

/// The bars that move `metric`, the widest swing first (ties in field order). A dozen bars at
/// most: picked widest-first rather than sorted, which keeps the sorting code (10 KB) out of
/// the wasm.
fn ranked<'a>(bars: &'a [Bar], metric: &Metric) -> Vec<&'a Bar> {
    let mut left: Vec<&Bar> = bars.iter().filter(|bar| swing(metric, bar) > 0.0).collect();
    let mut ranked = Vec::with_capacity(left.len());
    while let Some(widest) = (0..left.len()).reduce(|best, index| {
        if swing(metric, left[index]) > swing(metric, left[best]) {
            index
        } else {
            best
        }
    }) {
        ranked.push(left.remove(widest));
    }
    ranked
}

/// "GB200 accelerators 150,000 to 250,000: $2.89 to $1.93", for the read-out and each bar's
/// accessible name.
fn readout(lang: Lang, scenario: &Scenario, metric: &Metric, bar: &Bar) -> String {
    let (at_low, at_high) = ends(metric, bar);
    i18n::text(lang, Text::SensitivityReadout)
        .replace("{assumption}", &assumption(lang, scenario, bar.span.field))
        .replace("{low}", &i18n::bound(lang, bar.span.field, bar.span.low))
        .replace("{high}", &i18n::bound(lang, bar.span.field, bar.span.high))
        .replace("{at_low}", &(metric.words)(lang, at_low))
        .replace("{at_high}", &(metric.words)(lang, at_high))
}

/// The rows of one tornado as markup: per bar, its name and range, and an SVG track (SVG
/// attributes, not inline styles, which the Content-Security-Policy forbids) in which the part
/// from the central value to the low end's result is solid and the part to the high end's is
/// outlined. `current` marks the row under the keyboard cursor.
fn rows_markup(
    lang: Lang,
    scenario: &Scenario,
    metric: &Metric,
    bars: &[&Bar],
    central: f64,
    current: Option<usize>,
) -> String {
    // The axis: every end and the central value, with a little room either side.
    let (min, max) = bars.iter().fold((central, central), |(min, max), bar| {
        let (low, high) = ends(metric, bar);
        (min.min(low).min(high), max.max(low).max(high))
    });
    let pad = (max - min).max(f64::EPSILON) * 0.04;
    let (min, max) = (min - pad, max + pad);
    // Share of the axis, in hundredths of a percent.
    let at = |value: f64| ((value - min) / (max - min) * 10_000.0).round() / 100.0;
    let side = |value: f64| {
        let (from, to) = (at(value.min(central)), at(value.max(central)));
        (format::plain(from), format::plain(to - from))
    };
    let middle = format::plain(at(central));
    let mut out = String::new();
    for (index, bar) in bars.iter().enumerate() {
        let (at_low, at_high) = ends(metric, bar);
        let ((low_x, low_width), (high_x, high_width)) = (side(at_low), side(at_high));
        let key = url::key_of_field(scenario, bar.span.field).unwrap_or_default();
        let marked = if current == Some(index) {
            " data-current=\"true\""
        } else {
            ""
        };
        let _ = write!(
            out,
            "<li class=\"tornado__row\" data-field=\"{key}\" data-at-low=\"{}\" data-at-high=\"{}\"{marked} aria-label=\"",
            format::plain(at_low),
            format::plain(at_high),
        );
        escape_into(&mut out, &readout(lang, scenario, metric, bar));
        out.push_str("\"><span class=\"tornado__label\">");
        escape_into(&mut out, &assumption(lang, scenario, bar.span.field));
        out.push_str("<span class=\"tornado__range\">");
        escape_into(&mut out, &range_words(lang, bar));
        let _ = write!(
            out,
            "</span></span><svg class=\"tornado__track\" viewBox=\"0 0 100 10\" preserveAspectRatio=\"none\" \
             aria-hidden=\"true\" focusable=\"false\">\
             <rect class=\"tornado__side--low\" x=\"{low_x}\" y=\"1\" width=\"{low_width}\" height=\"8\"/>\
             <rect class=\"tornado__side--high\" x=\"{high_x}\" y=\"1\" width=\"{high_width}\" height=\"8\"/>\
             <line class=\"tornado__centre\" x1=\"{middle}\" x2=\"{middle}\" y1=\"0\" y2=\"10\"/></svg></li>"
        );
    }
    out
}

/// Both tornados, their legend and their table.
#[component]
pub fn Sensitivity(props: &SensitivityProps) -> Html {
    let lang = props.lang;
    let text = |key| i18n::text(lang, key);
    // The bars of the inputs on screen: worked out when the page first renders (so the page
    // built at build time has them), then a moment after each change, off the path from an
    // input to the charts (two model runs per bar); changes in quick succession share one.
    let inputs = (props.scenario.clone(), props.spans.clone());
    let computed = use_state(|| Rc::new(Worked::out(&inputs)));
    {
        let computed = computed.clone();
        use_effect_with(inputs, move |inputs| {
            let timeout = (computed.inputs != *inputs).then(|| {
                let (computed, inputs) = (computed.clone(), inputs.clone());
                Timeout::new(0, move || computed.set(Rc::new(Worked::out(&inputs))))
            });
            move || drop(timeout)
        });
    }
    // The keyboard cursor: (tornado, row).
    let cursor = use_state_eq(|| None::<(usize, usize)>);
    let (table_open, on_toggle) = use_disclosure();
    let Some(central) = computed.central.as_ref() else {
        return Html::default();
    };
    let bars = &computed.bars;
    let scenario = &computed.inputs.0;
    let tornados = METRICS.iter().enumerate().map(|(which, metric)| {
        let ranked = ranked(bars, metric);
        let current = (*cursor)
            .filter(|(tornado, _)| *tornado == which)
            .map(|(_, row)| row);
        let on_key = {
            let (cursor, count) = (cursor.clone(), ranked.len());
            Callback::from(move |event: KeyboardEvent| {
                let Some(step) = cursor_move(&event.key(), current, count, true) else {
                    return;
                };
                event.prevent_default();
                cursor.set(match step {
                    CursorMove::To(row) => (count > 0).then_some((which, row)),
                    CursorMove::Leave => None,
                });
            })
        };
        let on_blur = {
            let cursor = cursor.clone();
            Callback::from(move |_: FocusEvent| cursor.set(None))
        };
        let centre = (metric.read)(central);
        let title = text(metric.title);
        let rows = rows_markup(lang, scenario, metric, &ranked, centre, current);
        html! {
            <div class="tornado" data-metric={metric.name}>
                <h4 class="tornado__title">
                    { title }{ " · " }
                    <span class="tornado__central">{ (metric.words)(lang, centre) }</span>
                </h4>
                <p class="chart__readout" aria-live="polite" data-readout={format!("sensitivity-{}", metric.name)}>
                    { current.and_then(|row| ranked.get(row)).map(|bar| readout(lang, scenario, metric, bar)).unwrap_or_default() }
                </p>
                <ol class="tornado__bars" tabindex="0" aria-label={title} onkeydown={on_key} onblur={on_blur}>
                    { Html::from_html_unchecked(AttrValue::from(rows)) }
                </ol>
            </div>
        }
    });
    let [price, power] = &METRICS;
    let rows = table_open.then(|| {
        // Every bar once: those that move the price, widest first, then those that move only
        // the power.
        let price_bars = ranked(bars, price);
        let power_only = ranked(bars, power)
            .into_iter()
            .filter(|bar| swing(price, bar) == 0.0);
        price_bars
            .into_iter()
            .chain(power_only)
            .map(|bar| {
                let cells = METRICS.iter().flat_map(|metric| {
                    let (low, high) = ends(metric, bar);
                    [(metric.words)(lang, low), (metric.words)(lang, high)]
                });
                html! {
                    <tr>
                        <th scope="row">{ assumption(lang, scenario, bar.span.field) }</th>
                        <td>{ range_words(lang, bar) }</td>
                        { for cells.map(|cell| html! { <td>{ cell }</td> }) }
                    </tr>
                }
            })
            .collect::<Html>()
    });
    let columns = [Text::ColumnAssumption, Text::ColumnRange]
        .map(|key| AttrValue::from(text(key)))
        .into_iter()
        .chain(METRICS.iter().flat_map(|metric| {
            [Text::ColumnAtLow, Text::ColumnAtHigh]
                .map(|end| AttrValue::from(format!("{} · {}", text(metric.title), text(end))))
        }));
    html! {
        <section class="sensitivity" data-chart="sensitivity" aria-labelledby="sensitivity-heading">
            <h3 id="sensitivity-heading" class="chart__title">{ text(Text::SensitivityHeading) }</h3>
            <p class="section-intro">{ text(Text::SensitivityIntro) }</p>
            <p class="tornado__legend" aria-hidden="true">
                <span class="tornado__key tornado__key--low"></span>{ text(Text::ColumnAtLow) }
                <span class="tornado__key tornado__key--high"></span>{ text(Text::ColumnAtHigh) }
            </p>
            <div class="sensitivity__grid">{ for tornados }</div>
            <details class="chart__table" ontoggle={on_toggle}>
                <summary>{ text(Text::ShowTable) }</summary>
                { scroll_table(AttrValue::from(text(Text::SensitivityHeading)), columns, rows.unwrap_or_default()) }
            </details>
        </section>
    }
}
