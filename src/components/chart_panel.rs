//! One chart: a titled figure whose SVG is drawn by [`crate::chart`] at the width the layout
//! gives it, redrawn when the window resizes. Owns the only DOM measurement of the charts.

use std::rc::Rc;

use gloo::events::EventListener;
use web_sys::Element;
use yew::prelude::*;

use crate::chart::{self, ChartSpec, Theme};

/// Height of every chart, CSS pixels; the container reserves it so nothing shifts.
pub const CHART_HEIGHT_PX: u32 = 240;

/// Props of [`ChartPanel`].
#[derive(Properties, PartialEq)]
pub struct ChartPanelProps {
    /// What to draw.
    pub spec: Rc<ChartSpec>,
    /// Title above the chart.
    pub title: AttrValue,
    /// Colours to draw in.
    pub theme: Theme,
}

fn measured_width(node: &NodeRef) -> u32 {
    node.cast::<Element>()
        .map_or(0, |element| element.client_width().max(0) as u32)
}

/// A chart with its title.
#[component]
pub fn ChartPanel(props: &ChartPanelProps) -> Html {
    let node = use_node_ref();
    let width = use_state_eq(|| 0u32);
    {
        let (node, width) = (node.clone(), width.clone());
        use_effect_with((), move |_| {
            width.set(measured_width(&node));
            let listener = EventListener::new(&gloo::utils::window(), "resize", move |_| {
                width.set(measured_width(&node));
            });
            move || drop(listener)
        });
    }
    let svg = use_memo(
        (props.spec.clone(), *width, props.theme),
        |(spec, width, theme)| match width {
            0 => String::new(),
            width => chart::render_svg(spec, *width, CHART_HEIGHT_PX, *theme),
        },
    );
    let name = props.spec.kind.name();
    html! {
        <figure class="chart">
            <figcaption class="chart__title">{ &props.title }</figcaption>
            <div class="chart__canvas" ref={node} data-chart={name} role="img" aria-label={props.title.clone()}>
                { Html::from_html_unchecked(AttrValue::from((*svg).clone())) }
            </div>
        </figure>
    }
}
