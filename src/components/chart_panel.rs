//! One chart: a titled figure whose SVG is drawn by [`crate::chart`] at the width the layout
//! gives it, redrawn when the window resizes. Owns the only DOM measurement of the charts.

use std::rc::Rc;

use gloo::events::EventListener;
use web_sys::Element;
use yew::prelude::*;

use super::download;
use crate::chart::{self, ChartSpec, Theme};

/// Height drawn when the container has none of its own, CSS pixels. The stylesheet sets the
/// container's height (240 px on the page, 200 px in embeds), so nothing shifts.
const FALLBACK_HEIGHT_PX: u32 = 240;

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

/// A chart with its title.
#[component]
pub fn ChartPanel(props: &ChartPanelProps) -> Html {
    let node = use_node_ref();
    let size = use_state_eq(|| (0u32, 0u32));
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
    let svg = use_memo(
        (props.spec.clone(), width, height, props.theme),
        |(spec, width, height, theme)| match width {
            0 => String::new(),
            width => chart::render_svg(spec, *width, *height, *theme),
        },
    );
    let name = props.spec.kind.name();
    let downloads = (!props.download_label.is_empty()).then(|| {
        let on_svg = {
            let svg = svg.clone();
            Callback::from(move |_: MouseEvent| {
                download::save_text(&format!("{name}.svg"), "image/svg+xml", &svg)
            })
        };
        let on_png = {
            let (svg, theme) = (svg.clone(), props.theme);
            Callback::from(move |_: MouseEvent| {
                download::save_png(
                    &format!("{name}.png"),
                    &svg,
                    width,
                    height,
                    theme.background(),
                )
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
            <div class="chart__canvas" ref={node} data-chart={name} role="img" aria-label={props.title.clone()}>
                { Html::from_html_unchecked(AttrValue::from((*svg).clone())) }
            </div>
            { downloads.unwrap_or_default() }
        </figure>
    }
}
