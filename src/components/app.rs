//! The page: owns the one reducer, derives results with `use_memo`, and lays out the panels,
//! headline, summary, comparisons, charts and sources. (`main` marks `<html data-ready>` once
//! the first render is in the document.)

use std::rc::Rc;

use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::advanced::AdvancedPanel;
use super::announcer::Announcer;
use super::chart_panel::ChartPanel;
use super::common::{use_words, Choice, PanelProps, IN_BROWSER};
use super::compare::Compare;
use super::contract::contract_panel;
use super::deal_panel::deal_panel;
use super::download;
use super::embed::EmbedView;
use super::fleet::fleet_panel;
use super::headline::Headline;
use super::host;
use super::lazy::{self, Section};
use super::summary::SummaryFigures;
use crate::chart::{series, ChartKind, ChartSpec, Theme};
use crate::export;
use crate::i18n::{self, pack, Lang, Text};
use crate::model::ranges;
use crate::model::{run, Field, Outcome, SolveFor, Summary};
use crate::state::{Action, AppState, ThemeChoice};
use crate::url;

use super::location;

const DARK_QUERY: &str = "(prefers-color-scheme: dark)";

/// The reader's colour scheme, following changes while the page is open.
#[hook]
fn use_system_theme() -> Theme {
    let query = use_memo((), |_| {
        IN_BROWSER
            .then(|| gloo::utils::window().match_media(DARK_QUERY).ok().flatten())
            .flatten()
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

/// The sentence to quote for `state`'s last valid inputs, whose results are `summary` and,
/// when some input is a range, `bounds`.
pub fn quote(state: &AppState, summary: &Summary, bounds: Option<&ranges::Bounds>) -> String {
    let term_span = state
        .last_valid_spans
        .iter()
        .find(|span| span.field == Field::Years)
        .map(|span| (span.low, span.high));
    i18n::sentence(
        state.lang,
        summary,
        state.last_valid.term_months,
        state.last_valid.solve,
        bounds,
        term_span,
    )
}

/// What the full page and the embed both derive from the one reducer, with the effects both
/// need: the link kept in sync, the words loaded, the theme and language on `<html>`, and the
/// host page told of results and height.
pub struct Calculator {
    /// The reader's inputs.
    pub state: UseReducerHandle<AppState>,
    /// Colours: the reader's choice, or the system's.
    pub theme: Theme,
    /// Results of the last valid inputs, with their ranges' bounds when some input is a range.
    pub bounds: Rc<Option<Rc<ranges::Bounds>>>,
    /// Results of the pinned comparison, if any.
    pub baseline: Rc<Option<Outcome>>,
    /// The four charts, with their bands.
    pub specs: Rc<Option<[Rc<ChartSpec>; 4]>>,
    /// Embed options from the address.
    pub view: Rc<url::ViewOptions>,
    /// What every panel gets.
    pub panel: PanelProps,
    /// The embed's root, measured for the parent's frame.
    pub root: NodeRef,
}

/// The one reducer and everything derived from it (see [`Calculator`]).
#[hook]
pub fn use_calculator() -> Calculator {
    let state = use_reducer_eq(location::initial_state);
    location::use_url_sync(&state);
    let lang = state.lang;
    use_words(lang, state.preset);
    let system_theme = use_system_theme();
    let theme = match state.theme {
        ThemeChoice::Auto => system_theme,
        ThemeChoice::Light => Theme::Light,
        ThemeChoice::Dark => Theme::Dark,
    };
    use_effect_with((state.theme, lang), |(choice, lang)| {
        if let Some(root) = gloo::utils::document().document_element() {
            // Attributes only steer CSS and assistive technology; failure changes nothing else.
            let _ = root.set_attribute("data-theme", choice.id());
            let _ = root.set_attribute("lang", lang.code());
        }
    });
    let outcome = use_memo(state.last_valid.clone(), |scenario| run(scenario).ok());
    let bounds = use_memo(
        (state.last_valid.clone(), state.last_valid_spans.clone()),
        |(scenario, spans)| ranges::bounds(scenario, spans).map(Rc::new),
    );
    let baseline = use_memo(state.baseline.clone(), |baseline| {
        baseline.as_ref().and_then(|scenario| run(scenario).ok())
    });
    // The scenarios at the ranges' extremes, run in full: the charts' bands.
    let corners = use_memo((*bounds).clone(), |bounds| {
        bounds.as_ref().map_or_else(Vec::new, |bounds| {
            bounds
                .chart_corners
                .iter()
                .filter_map(|scenario| run(scenario).ok())
                .collect::<Vec<_>>()
        })
    });
    let specs = use_memo(
        (outcome.clone(), baseline.clone(), corners.clone(), lang),
        |(outcome, baseline, corners, lang)| {
            outcome.as_ref().as_ref().map(|outcome| {
                ChartKind::ALL.map(|kind| {
                    Rc::new(series::with_band(
                        series::spec(kind, outcome, baseline.as_ref().as_ref(), *lang),
                        outcome,
                        corners,
                    ))
                })
            })
        },
    );
    let errors = use_memo((*state).clone(), |state| state.errors());
    let view = use_memo((), |_| url::ViewOptions {
        secret: url::wordpress_secret(&location::fragment()),
        ..url::view_options(&location::query_pairs())
    });
    let root = use_node_ref();

    let on_action = {
        let state = state.clone();
        Callback::from(move |action: Action| state.dispatch(action))
    };
    let panel = PanelProps {
        state: Rc::new((*state).clone()),
        errors,
        summary: outcome
            .as_ref()
            .as_ref()
            .map(|outcome| Rc::new(outcome.summary.clone())),
        on_action: on_action.clone(),
    };

    // The host page hears our results and height, and may set inputs.
    let results = host::Results {
        outputs: outcome
            .as_ref()
            .as_ref()
            .map(export::results)
            .unwrap_or_default(),
        bounds: match (outcome.as_ref(), bounds.as_deref()) {
            (Some(outcome), Some(bounds)) => export::bounds_of(outcome, bounds),
            _ => Vec::new(),
        },
        query: url::to_query(&state)
            .into_iter()
            .map(|(key, value)| format!("{key}={value}"))
            .collect::<Vec<_>>()
            .join("&"),
    };
    let latest = use_mut_ref(host::Results::default);
    *latest.borrow_mut() = results.clone();
    host::use_host_messages(&view, on_action, latest);
    {
        let view = (*view).clone();
        use_effect_with(results, move |results| host::post_results(&view, results));
    }
    {
        let (view, root) = ((*view).clone(), root.clone());
        use_effect(move || {
            if let Some(element) = root.cast::<web_sys::Element>() {
                host::post_height(&view, &element);
            }
        });
    }
    {
        let (view, root) = ((*view).clone(), root.clone());
        use_effect_with((), move |_| {
            let listener = EventListener::new(&gloo::utils::window(), "resize", move |_| {
                if let Some(element) = root.cast::<web_sys::Element>() {
                    host::post_height(&view, &element);
                }
            });
            move || drop(listener)
        });
    }
    {
        let embed = view.embed;
        use_effect_with(embed, |embed| {
            if let Some(root) = gloo::utils::document().document_element() {
                // Only steers CSS; failure leaves the full page's styles.
                let _ = root.set_attribute("data-embed", &embed.to_string());
            }
        });
    }
    Calculator {
        state,
        theme,
        bounds,
        baseline,
        specs,
        view,
        panel,
        root,
    }
}

/// The compact view for frames (`?embed=1`), the root of the embed's own wasm
/// (`src/bin/embed.rs`): the same reducer and results as the full page, none of its panels.
#[component]
pub fn EmbedApp() -> Html {
    let calculator = use_calculator();
    html! {
        <EmbedView panel={calculator.panel} view={(*calculator.view).clone()}
            theme={calculator.theme} root={calculator.root}
            bounds={(*calculator.bounds).clone()}
            specs={calculator.specs.as_ref().clone().map(Rc::new)} />
    }
}

/// The calculator: the full page. (A page opened with `?embed=1` runs [`EmbedApp`] instead,
/// from the embed's own wasm: see `index.html`'s loader.)
#[component]
pub fn App() -> Html {
    // The later sections as built come back into their slots once the page is live (`main`
    // marks it `data-ready` as soon as it is in the document).
    use_effect_with((), |_| lazy::restore_built());
    let Calculator {
        state,
        theme,
        bounds,
        baseline,
        specs,
        panel,
        ..
    } = use_calculator();
    let on_action = panel.on_action.clone();
    // The table of deals, in the second wasm, asks for a deal by an event (see `lazy`).
    {
        let on_action = on_action.clone();
        use_effect_with((), move |_| {
            let listener = EventListener::new(
                &gloo::utils::window(),
                lazy::OPEN_DEAL_EVENT,
                move |event| {
                    let id = event
                        .dyn_ref::<web_sys::CustomEvent>()
                        .and_then(|event| event.detail().as_string());
                    if let Some(id) = id {
                        on_action.emit(Action::LoadPreset { id });
                    }
                },
            );
            move || drop(listener)
        });
    }
    let lang = state.lang;
    let summary = panel.summary.clone();
    let text = |key| i18n::text(lang, key);
    let stale = state.is_stale();
    let theme_options = ThemeChoice::ALL
        .map(|choice| {
            let label = match choice {
                ThemeChoice::Auto => Text::ThemeAuto,
                ThemeChoice::Light => Text::ThemeLight,
                ThemeChoice::Dark => Text::ThemeDark,
            };
            (AttrValue::from(choice.id()), AttrValue::from(text(label)))
        })
        .to_vec();
    let on_theme = on_action.reform(|id: AttrValue| Action::SetTheme {
        theme: ThemeChoice::from_id(&id).unwrap_or_default(),
    });
    let lang_options = Lang::ALL
        .map(|lang| {
            (
                AttrValue::from(lang.code()),
                AttrValue::from(lang.native_name()),
            )
        })
        .to_vec();
    let on_lang = {
        let on_action = on_action.clone();
        Callback::from(move |code: AttrValue| {
            let lang = Lang::from_code(&code).unwrap_or_default();
            let on_action = on_action.clone();
            // The words first, then the language: no moment of English in between.
            pack::when_available(lang, move || on_action.emit(Action::SetLang { lang }));
        })
    };
    let sentence = summary
        .as_ref()
        .map(|summary| quote(&state, summary, bounds.as_deref()));

    html! {
        <div class="page">
            <header class="masthead">
                <div class="masthead__bar">
                    <p class="masthead__kicker">{ text(Text::Title) }</p>
                    <Choice name="lang" label={text(Text::LanguageLabel)} options={lang_options}
                        selected={AttrValue::from(lang.code())} on_change={on_lang} />
                </div>
                <h1 class="masthead__title">{ i18n::heading(lang, state.preset) }</h1>
                <p class="masthead__deck">{ i18n::deck(lang, state.preset) }</p>
            </header>
            if !state.ignored_in_link.is_empty() {
                <p class="link-note" role="status" data-note="ignored">
                    { format!("{} {}", text(Text::IgnoredInLink), state.ignored_in_link.join(", ")) }
                    <button type="button" class="button button--quiet"
                        onclick={on_action.reform(|_: MouseEvent| Action::DismissLinkNote)}>
                        { text(Text::Dismiss) }
                    </button>
                </p>
            }
            <Announcer text={sentence.clone().unwrap_or_default()} />
            <main class="layout">
                <section class="lead">
                    if let Some(summary) = summary.as_ref() {
                        <Headline summary={(**summary).clone()} {stale} {lang}
                            bounds={(*bounds).clone()}
                            solved={state.last_valid.solve == SolveFor::Price} />
                    }
                    if stale {
                        <p class="stale-note" role="status">{ text(Text::StaleNote) }</p>
                    }
                </section>
                <section class="controls" aria-labelledby="inputs-heading">
                    <h2 id="inputs-heading" class="section-title">{ text(Text::InputsHeading) }</h2>
                    // Functions, not components: their props change with every input, so a
                    // component would re-render them anyway, and each costs bytes of machinery.
                    { deal_panel(&panel) }
                    { contract_panel(&panel) }
                    { fleet_panel(&panel) }
                    <AdvancedPanel ..panel.clone() />
                </section>
                <section class="results" aria-labelledby="results-heading">
                    <h2 id="results-heading" class="visually-hidden">{ text(Text::SummaryHeading) }</h2>
                    if let Some(summary) = summary.as_ref() {
                        if let Some(sentence) = sentence.clone() {
                            <figure class="quote">
                                <figcaption class="quote__label">{ text(Text::QuoteHeading) }</figcaption>
                                <blockquote class="quote__text" id="sentence" data-sentence="true">
                                    { sentence.clone() }
                                </blockquote>
                                <button type="button" class="button button--quiet" data-action="copy-sentence"
                                    onclick={Callback::from(move |_: MouseEvent| download::copy(&sentence))}>
                                    { text(Text::CopySentence) }
                                </button>
                            </figure>
                        }
                        <SummaryFigures summary={(**summary).clone()} {lang}
                            bounds={(*bounds).clone()} solve={state.last_valid.solve}
                            electricity_usd_per_mwh={state.last_valid.electricity_usd_per_mwh}
                            utilisation={state.last_valid.utilisation} mfu={state.last_valid.mfu} />
                        <section class="charts" aria-labelledby="charts-heading">
                            <h2 id="charts-heading" class="section-title">{ text(Text::ChartsHeading) }</h2>
                            <p class="section-intro">{ text(Text::ReadoutHint) }</p>
                            <div class="charts__grid" data-stale={stale.then_some("true")}>
                                if let Some(specs) = specs.as_ref() {
                                    { for specs.iter().map(|spec| html! {
                                        <ChartPanel key={spec.kind.name()} spec={spec.clone()}
                                            title={text(spec.kind.title())} {theme}
                                            download_label={text(Text::DownloadChart)}
                                            described_by={AttrValue::from("sentence")} />
                                    }) }
                                }
                            </div>
                            { lazy::slot(Section::Sensitivity, &state) }
                        </section>
                        { lazy::slot(Section::Prices, &state) }
                        <Compare current={(**summary).clone()}
                            baseline={baseline.as_ref().as_ref().map(|outcome| outcome.summary.clone())}
                            {lang}
                            on_pin={on_action.reform(|_| Action::PinBaseline)}
                            on_clear={on_action.reform(|_| Action::ClearBaseline)} />
                        { lazy::slot(Section::Share, &state) }
                    }
                </section>
            </main>
            { lazy::slot(Section::Deals, &state) }
            <footer class="footer">
                { lazy::slot(Section::Sources, &state) }
                <Choice name="theme" label={text(Text::ThemeLabel)} radios=true options={theme_options}
                    selected={AttrValue::from(state.theme.id())} on_change={on_theme} />
                <p class="footer__note">
                    { text(Text::DataVersionNote)
                        .replace("{data}", state.data.id())
                        .replace("{model}", export::MODEL_VERSION) }
                    { " " }{ text(Text::FooterNote) }
                </p>
            </footer>
        </div>
    }
}
