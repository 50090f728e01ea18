//! One chart: a titled figure whose SVG is drawn by [`crate::chart`] at the size the layout
//! gives it, redrawn when the window resizes; with a read-out of the values under the pointer
//! or the keyboard cursor, a text description and a table view. Owns the only DOM measurement
//! of the charts.

use std::rc::Rc;

use gloo::events::EventListener;
use web_sys::Element;
use yew::prelude::*;

use super::common::{cursor_move, scroll_table, use_disclosure, CursorMove};
use super::download;
use crate::chart::{self, ChartSpec, LayerStyle, Theme};
use crate::i18n::format::{self, Style};
use crate::i18n::{self, Lang, Text};
use crate::model::YearMonth;

/// Height drawn when the container has none of its own, CSS pixels. The stylesheet sets the
/// container's height (240 px on the page, 176 px in embeds), so nothing shifts.
const FALLBACK_HEIGHT_PX: u32 = 240;

/// Size a chart is first drawn at, before its box is measured: the chart box of the page at
/// 1,280 px. The page rendered at build time (`src/bin/prerender.rs`) uses it, and so does
/// the live page's first frame, so that no frame shows an empty chart; narrower boxes scale
/// the drawing down (see the stylesheet) until it is redrawn at their size.
const FIRST_DRAW_SIZE: (u32, u32) = (358, FALLBACK_HEIGHT_PX);

/// Props of [`ChartPanel`].
#[derive(Properties, PartialEq)]
pub struct ChartPanelProps {
    /// What to draw.
    pub spec: Rc<ChartSpec>,
    /// Title above the chart.
    pub title: AttrValue,
    /// Colours to draw in.
    pub theme: Theme,
    /// "Download … as" with `{chart}`; no download buttons when empty (embeds).
    #[prop_or_default]
    pub download_label: AttrValue,
    /// Id of an element that also describes the chart (the sentence to quote).
    #[prop_or_default]
    pub described_by: Option<AttrValue>,
}

/// Width and height of the chart's box, CSS pixels; (0, _) before it is laid out.
fn measured_size(node: &NodeRef) -> (u32, u32) {
    node.cast::<Element>().map_or((0, 0), |element| {
        let height = match element.client_height() {
            height if height > 0 => height as u32,
            _ => FALLBACK_HEIGHT_PX,
        };
        (element.client_width().max(0) as u32, height)
    })
}

fn value_text(lang: Lang, value: f64) -> String {
    let style = if value.abs() >= 100.0 {
        Style::Integer
    } else {
        Style::Decimal
    };
    format::number(lang, value, style)
}

/// The layers worth reading out: every series but constant reference lines.
fn readable(spec: &ChartSpec) -> impl Iterator<Item = &chart::Layer> {
    spec.layers
        .iter()
        .filter(|layer| layer.style != LayerStyle::Reference)
}

/// The point of `layer` nearest to `ordinal`, as (month, value).
fn nearest(layer: &chart::Layer, ordinal: f64) -> Option<(f64, f64)> {
    layer
        .x
        .iter()
        .zip(&layer.values)
        .min_by(|(a, _), (b, _)| (*a - ordinal).abs().total_cmp(&(*b - ordinal).abs()))
        .map(|(x, value)| (*x, *value))
}

/// "Nov 2026 · GB200 200,000 · GB300 100,000" for the cursor at `ordinal`.
fn readout(spec: &ChartSpec, ordinal: f64) -> String {
    let month = YearMonth::from_ordinal(ordinal.floor() as i32);
    let values = readable(spec).filter_map(|layer| {
        let (x, value) = nearest(layer, ordinal)?;
        ((x - ordinal).abs() <= 1.0)
            .then(|| format!("{} {}", layer.label, value_text(spec.lang, value)))
    });
    std::iter::once(i18n::month_label(spec.lang, month))
        .chain(values)
        .collect::<Vec<_>>()
        .join(" · ")
}

/// "GPUs online: 16,667 in Nov 2025, a peak of 300,000 in Nov 2026, 300,000 in Oct 2032."
fn description(spec: &ChartSpec, title: &str) -> String {
    let total = |index: usize| -> f64 {
        let stacked = spec
            .layers
            .iter()
            .all(|layer| layer.style == LayerStyle::Stacked);
        spec.layers
            .iter()
            .take(if stacked { spec.layers.len() } else { 1 })
            .map(|layer| layer.values.get(index).copied().unwrap_or(0.0))
            .sum()
    };
    let Some(first_layer) = spec.layers.first() else {
        return title.to_owned();
    };
    let points = first_layer.x.len();
    if points == 0 {
        return title.to_owned();
    }
    // The first month at the peak, not the last.
    let peak = (0..points).fold(0, |best, index| {
        if total(index) > total(best) {
            index
        } else {
            best
        }
    });
    let month = |index: usize| {
        let ordinal = first_layer.x.get(index).copied().unwrap_or(spec.x_range.0);
        i18n::month_label(spec.lang, YearMonth::from_ordinal(ordinal.floor() as i32))
    };
    i18n::text(spec.lang, Text::ChartDescription)
        .replace("{title}", title)
        .replace("{first}", &value_text(spec.lang, total(0)))
        .replace("{first_month}", &month(0))
        .replace("{peak}", &value_text(spec.lang, total(peak)))
        .replace("{peak_month}", &month(peak))
        .replace("{last}", &value_text(spec.lang, total(points - 1)))
        .replace("{last_month}", &month(points - 1))
}

/// A chart with its title, read-out, description and table.
#[component]
pub fn ChartPanel(props: &ChartPanelProps) -> Html {
    let node = use_node_ref();
    let size = use_state_eq(|| FIRST_DRAW_SIZE);
    let cursor = use_state_eq(|| None::<f64>);
    let (table_open, on_toggle) = use_disclosure();
    {
        let (node, size) = (node.clone(), size.clone());
        use_effect_with((), move |_| {
            size.set(measured_size(&node));
            let listener = EventListener::new(&gloo::utils::window(), "resize", move |_| {
                size.set(measured_size(&node));
            });
            move || drop(listener)
        });
    }
    let (width, height) = *size;
    let drawn = use_memo(
        (props.spec.clone(), width, height, props.theme),
        |(spec, width, height, theme)| match width {
            0 => chart::Drawn::default(),
            width => chart::render_svg(spec, *width, *height, *theme),
        },
    );
    let spec = props.spec.clone();
    let lang = spec.lang;
    let name = spec.kind.name();
    let months: Rc<Vec<f64>> = Rc::new(
        spec.layers
            .first()
            .map(|layer| layer.x.clone())
            .unwrap_or_default(),
    );

    let on_pointer_move = {
        let (cursor, drawn, spec, node) =
            (cursor.clone(), drawn.clone(), spec.clone(), node.clone());
        Callback::from(move |event: PointerEvent| {
            let Some(element) = node.cast::<Element>() else {
                return;
            };
            let px = f64::from(event.client_x()) - element.get_bounding_client_rect().left();
            cursor.set(Some(drawn.ordinal_at(&spec, px)));
        })
    };
    let on_pointer_leave = {
        let cursor = cursor.clone();
        Callback::from(move |_: PointerEvent| cursor.set(None))
    };
    let on_key = {
        let (cursor, months) = (cursor.clone(), months.clone());
        Callback::from(move |event: KeyboardEvent| {
            let current =
                (*cursor).and_then(|ordinal| months.iter().position(|x| (x - ordinal).abs() < 0.5));
            let Some(step) = cursor_move(&event.key(), current, months.len(), false) else {
                return;
            };
            event.prevent_default();
            cursor.set(match step {
                CursorMove::To(index) => months.get(index).copied(),
                CursorMove::Leave => None,
            });
        })
    };

    let overlay = (*cursor).filter(|_| width > 0).map(|ordinal| {
        let x = format::plain(drawn.px_at(&spec, ordinal).round());
        html! {
            <svg class="chart__overlay" aria-hidden="true" width={width.to_string()} height={height.to_string()}>
                <line class="chart__cursor" x1={x.clone()} x2={x} y1="0" y2={height.to_string()} />
            </svg>
        }
    });
    let readout_text = (*cursor).map(|ordinal| readout(&spec, ordinal));
    let described = description(&spec, &props.title);
    let description_id = format!("chart-{name}-description");
    let described_by = match &props.described_by {
        Some(id) => format!("{description_id} {id}"),
        None => description_id.clone(),
    };

    let table_label = props.title.clone();
    let table_layers: Vec<&chart::Layer> = readable(&spec)
        .filter(|layer| layer.style != LayerStyle::Dashed)
        .collect();
    let rows = table_open.then(|| {
        months
            .iter()
            .enumerate()
            .map(|(index, ordinal)| {
                let month = YearMonth::from_ordinal(ordinal.floor() as i32);
                html! {
                    <tr>
                        <th scope="row">{ i18n::month_label(lang, month) }</th>
                        { for table_layers.iter().map(|layer| html! {
                            <td>{ layer.values.get(index).map(|value| value_text(lang, *value)).unwrap_or_default() }</td>
                        }) }
                    </tr>
                }
            })
            .collect::<Html>()
    });
    let downloads = (!props.download_label.is_empty()).then(|| {
        let on_svg = {
            let drawn = drawn.clone();
            Callback::from(move |_: MouseEvent| {
                download::save_text(&format!("{name}.svg"), "image/svg+xml", &drawn.svg)
            })
        };
        let on_png = {
            let (drawn, theme) = (drawn.clone(), props.theme);
            Callback::from(move |_: MouseEvent| {
                download::save_png(&format!("{name}.png"), &drawn.svg, width, height, theme.background())
            })
        };
        let label = props.download_label.replace("{chart}", &props.title);
        html! {
            <div class="chart__downloads" role="group" aria-label={label.clone()}>
                <span class="chart__downloads-label" aria-hidden="true">{ label }</span>
                <button type="button" class="button button--small" data-download="png" onclick={on_png}>{ "PNG" }</button>
                <button type="button" class="button button--small" data-download="svg" onclick={on_svg}>{ "SVG" }</button>
            </div>
        }
    });
    html! {
        <figure class="chart">
            <figcaption class="chart__title">{ &props.title }</figcaption>
            <p class="chart__readout" aria-live="polite" data-readout={name}>
                { readout_text.unwrap_or_default() }
            </p>
            <div class="chart__canvas" ref={node} data-chart={name} tabindex="0" role="group"
                aria-label={props.title.clone()} aria-describedby={described_by}
                onpointermove={on_pointer_move.clone()} onpointerdown={on_pointer_move}
                onpointerleave={on_pointer_leave} onkeydown={on_key}>
                { Html::from_html_unchecked(AttrValue::from(drawn.svg.clone())) }
                { overlay.unwrap_or_default() }
            </div>
            <p class="visually-hidden" id={description_id}>{ described }</p>
            <details class="chart__table" ontoggle={on_toggle}>
                <summary>{ i18n::text(lang, Text::ShowTable) }</summary>
                { scroll_table(
                    table_label,
                    std::iter::once(AttrValue::from(i18n::text(lang, Text::ColumnMonth)))
                        .chain(table_layers.iter().map(|layer| AttrValue::from(layer.label.clone()))),
                    rows.unwrap_or_default(),
                ) }
            </details>
            { downloads.unwrap_or_default() }
        </figure>
    }
}
