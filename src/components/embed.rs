//! The compact view for frames (`?embed=1`): title, headline figure, the chosen controls, one
//! chart at a time behind tabs, a source credit and a link to the full calculator. Fits a
//! 360 × 500–650 px frame without scripts on the host page.

use std::rc::Rc;

use yew::prelude::*;

use super::chart_panel::ChartPanel;
use super::common::PanelProps;
use super::contract::{price_field, start_field, value_field, years_field};
use super::download;
use super::fleet::count_field;
use super::headline::Headline;
use super::host;
use super::share::query_string;
use crate::chart::{ChartKind, ChartSpec, Theme};
use crate::i18n::{self, Text};
use crate::model::ranges::Bounds;
use crate::model::{Deal, SolveFor, DEALS};
use crate::url::{self, ViewOptions};

/// Props of [`EmbedView`].
#[derive(Properties, PartialEq)]
pub struct EmbedViewProps {
    /// Inputs, errors, results and the action channel.
    pub panel: PanelProps,
    /// Embed options from the address.
    pub view: ViewOptions,
    /// The four charts.
    pub specs: Option<Rc<[Rc<ChartSpec>; 4]>>,
    /// The bounds of every output, when some input is a range: the headline says them, as the
    /// full page's does.
    pub bounds: Option<Rc<Bounds>>,
    /// Colours.
    pub theme: Theme,
    /// Receives the root element, to measure for the parent's frame.
    pub root: NodeRef,
}

/// The embed.
#[component]
pub fn EmbedView(props: &EmbedViewProps) -> Html {
    let panel = &props.panel;
    let (state, lang) = (&panel.state, panel.state.lang);
    let text = |key| i18n::text(lang, key);
    let chart = use_state(|| props.view.chart);
    let scenario = &state.scenario;
    let controls: Vec<String> = if props.view.controls.is_empty() {
        let mut keys = vec!["value".to_owned(), "years".to_owned()];
        keys.extend(
            (0..scenario.tranches.len().min(2)).map(|i| url::tranche_count_key(scenario, i)),
        );
        keys
    } else {
        props.view.controls.clone()
    };
    let fields = controls.iter().map(|key| match key.as_str() {
        "value" => value_field(panel),
        "years" => years_field(panel),
        "price" => price_field(panel),
        "start" => start_field(panel),
        other => (0..scenario.tranches.len())
            .find(|&index| url::tranche_count_key(scenario, index) == other)
            .map(|index| count_field(panel, index))
            .unwrap_or_default(),
    });
    let tabs = ChartKind::ALL.map(|kind| {
        let selected = *chart == kind;
        let onclick = {
            let chart = chart.clone();
            Callback::from(move |_: MouseEvent| chart.set(kind))
        };
        html! {
            <button type="button" role="tab" class="tabs__tab" id={format!("tab-{}", kind.name())}
                aria-selected={selected.to_string()} aria-controls="embed-chart"
                tabindex={if selected { "0" } else { "-1" }} {onclick}>
                { text(kind.tab()) }
            </button>
        }
    });
    let spec = props
        .specs
        .as_ref()
        .and_then(|specs| specs.iter().find(|spec| spec.kind == *chart).cloned());
    let full_link = format!(
        "{}{}",
        download::page_base(),
        query_string(&url::to_query(state))
    );
    // The full calculator opens at the top level, in place of the article. WordPress's sandbox
    // forbids a frame to navigate the top window: there, WordPress does it when asked.
    let on_full = {
        let (view, link) = (props.view.clone(), full_link.clone());
        Callback::from(move |event: MouseEvent| {
            if host::ask_wordpress_to_open(&view, &link) {
                event.prevent_default();
            }
        })
    };
    // The deal's own sources, not the seed deal's.
    let deal = state.preset.and_then(Deal::find).unwrap_or(&DEALS[0]);
    let credit = text(Text::EmbedCredit).replace("{sources}", &deal.credit.join(", "));
    html! {
        <div class="embed" ref={props.root.clone()}>
            <p class="embed__title">{ i18n::heading(lang, state.preset) }</p>
            if let Some(summary) = panel.summary.as_ref() {
                <Headline summary={(**summary).clone()} stale={state.is_stale()} {lang}
                    bounds={props.bounds.clone()}
                    solved={state.last_valid.solve == SolveFor::Price} />
            }
            <div class="embed__controls">{ for fields }</div>
            <div class="tabs" role="tablist" aria-label={text(Text::ChartTabs)}>{ for tabs }</div>
            <div id="embed-chart" role="tabpanel" aria-labelledby={format!("tab-{}", chart.name())}>
                if let Some(spec) = spec {
                    <ChartPanel spec={spec.clone()} title={text(spec.kind.title())} theme={props.theme} />
                }
            </div>
            <p class="embed__credit">
                <span>{ credit }</span>
                <a href={full_link} target="_top" data-action="open-full" onclick={on_full}>{ text(Text::OpenFull) }</a>
            </p>
        </div>
    }
}
