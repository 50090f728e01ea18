//! The page: owns the one reducer, derives results with `use_memo`, and lays out inputs,
//! headline, summary, charts and sources. Marks `<html data-ready>` once results are shown.

use std::rc::Rc;

use gloo::events::EventListener;
use yew::prelude::*;

use super::chart_panel::ChartPanel;
use super::headline::Headline;
use super::number_field::{NumberField, SliderScale};
use super::sources::Sources;
use super::summary::SummaryFigures;
use crate::chart::{series, ChartKind, Theme};
use crate::i18n::format::Style;
use crate::i18n::{self, Text};
use crate::model::{run, Field};
use crate::state::{Action, AppState};

const DARK_QUERY: &str = "(prefers-color-scheme: dark)";

/// The reader's colour scheme, following changes while the page is open.
#[hook]
fn use_system_theme() -> Theme {
    let query = use_memo((), |_| {
        gloo::utils::window().match_media(DARK_QUERY).ok().flatten()
    });
    let theme_of = |query: &Option<web_sys::MediaQueryList>| match query {
        Some(list) if list.matches() => Theme::Dark,
        _ => Theme::Light,
    };
    let theme = use_state_eq(|| theme_of(&query));
    {
        let theme = theme.clone();
        use_effect_with(query, move |query| {
            let listener = query.as_ref().as_ref().map(|list| {
                let list = list.clone();
                EventListener::new(&list.clone(), "change", move |_| {
                    theme.set(if list.matches() {
                        Theme::Dark
                    } else {
                        Theme::Light
                    });
                })
            });
            move || drop(listener)
        });
    }
    *theme
}

/// The calculator.
#[component]
pub fn App() -> Html {
    let state = use_reducer_eq(AppState::default);
    let lang = state.lang;
    let theme = use_system_theme();
    let outcome = use_memo(state.last_valid.clone(), |scenario| run(scenario).ok());
    let specs = use_memo((outcome.clone(), lang), |(outcome, lang)| {
        outcome
            .as_ref()
            .as_ref()
            .map(|outcome| ChartKind::ALL.map(|kind| Rc::new(series::spec(kind, outcome, *lang))))
    });
    let errors = use_memo(state.clone(), |state| state.errors());

    use_effect_with((), |_| {
        if let Some(root) = gloo::utils::document().document_element() {
            // Failing to set an attribute only delays tests; nothing for the reader to see.
            let _ = root.set_attribute("data-ready", "true");
        }
    });

    let error_for = |field: Field| {
        errors
            .iter()
            .find(|error| error.field == field)
            .map(|error| AttrValue::from(i18n::error_message(lang, error.field, &error.problem)))
    };
    let reject = |field: Field| {
        let state = state.clone();
        Callback::from(move |text: String| state.dispatch(Action::RejectText { field, text }))
    };
    let on_value = {
        let state = state.clone();
        Callback::from(move |billions: f64| {
            state.dispatch(Action::SetValue {
                usd: billions * 1e9,
            })
        })
    };
    let on_years = {
        let state = state.clone();
        Callback::from(move |years: f64| state.dispatch(Action::SetTermYears { years }))
    };
    let on_count = |index: usize| {
        let state = state.clone();
        Callback::from(move |gpus: f64| state.dispatch(Action::SetTrancheCount { index, gpus }))
    };
    let count_of = |index: usize| state.scenario.tranches.get(index).map_or(0.0, |t| t.count);
    let text = |key| i18n::text(lang, key);
    let gpu_scale = SliderScale::Sqrt {
        max: 2_000_000.0,
        round_to: 1000.0,
    };
    let fleet_error = error_for(Field::Fleet);

    html! {
        <div class="page">
            <header class="masthead">
                <p class="masthead__kicker">{ text(Text::Title) }</p>
                <h1 class="masthead__title">{ text(Text::Heading) }</h1>
                <p class="masthead__deck">{ text(Text::Deck) }</p>
            </header>
            <main class="layout">
                <section class="controls" aria-labelledby="inputs-heading">
                    <h2 id="inputs-heading" class="section-title">{ text(Text::InputsHeading) }</h2>
                    <NumberField
                        name="value" label={text(Text::ValueLabel)} unit={text(Text::ValueUnit)}
                        note={text(Text::ValueNote)} lang={lang} style={Style::Decimal}
                        value={state.scenario.value_usd / 1e9}
                        scale={SliderScale::Log { min: 1.0, max: 1000.0 }}
                        slider_suffix={text(Text::SliderSuffix)}
                        error={error_for(Field::Value)}
                        on_change={on_value} on_reject={reject(Field::Value)} />
                    <NumberField
                        name="years" label={text(Text::YearsLabel)} unit={text(Text::YearsUnit)}
                        note={text(Text::YearsNote)} lang={lang} style={Style::Decimal}
                        value={f64::from(state.scenario.term_months) / 12.0}
                        scale={SliderScale::Linear { min: 1.0, max: 30.0, step: 1.0 }}
                        slider_suffix={text(Text::SliderSuffix)}
                        error={error_for(Field::Years)}
                        on_change={on_years} on_reject={reject(Field::Years)} />
                    <NumberField
                        name="gb200" label={text(Text::Gb200Label)} unit={text(Text::GpusUnit)}
                        note={text(Text::GpuCountNote)} lang={lang} style={Style::Integer}
                        value={count_of(0)} scale={gpu_scale}
                        slider_suffix={text(Text::SliderSuffix)}
                        error={error_for(Field::TrancheCount(0))}
                        on_change={on_count(0)} on_reject={reject(Field::TrancheCount(0))} />
                    <NumberField
                        name="gb300" label={text(Text::Gb300Label)} unit={text(Text::GpusUnit)}
                        note={text(Text::GpuCountNote)} lang={lang} style={Style::Integer}
                        value={count_of(1)} scale={gpu_scale}
                        slider_suffix={text(Text::SliderSuffix)}
                        error={error_for(Field::TrancheCount(1))}
                        on_change={on_count(1)} on_reject={reject(Field::TrancheCount(1))} />
                    if let Some(message) = fleet_error {
                        <p class="field__error" data-error-for="fleet" role="alert">{ message }</p>
                    }
                </section>
                <section class="results" aria-labelledby="results-heading">
                    <h2 id="results-heading" class="visually-hidden">{ text(Text::SummaryHeading) }</h2>
                    if let Some(outcome) = outcome.as_ref() {
                        <Headline summary={outcome.summary.clone()} stale={state.is_stale()} lang={lang} />
                        if state.is_stale() {
                            <p class="stale-note" role="status">{ text(Text::StaleNote) }</p>
                        }
                        <SummaryFigures summary={outcome.summary.clone()} lang={lang}
                            utilisation={state.last_valid.utilisation} mfu={state.last_valid.mfu} />
                    }
                </section>
                <section class="charts" aria-labelledby="charts-heading">
                    <h2 id="charts-heading" class="section-title">{ text(Text::ChartsHeading) }</h2>
                    <div class={classes!("charts__grid", state.is_stale().then_some("is-stale"))}>
                        if let Some(specs) = specs.as_ref() {
                            { for specs.iter().map(|spec| html! {
                                <ChartPanel key={spec.kind.name()} spec={spec.clone()}
                                    title={text(spec.kind.title())} theme={theme} />
                            }) }
                        }
                    </div>
                </section>
            </main>
            <footer class="footer">
                <Sources lang={lang} />
                <p class="footer__note">{ text(Text::FooterNote) }</p>
            </footer>
        </div>
    }
}
