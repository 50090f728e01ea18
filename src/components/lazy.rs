//! The page's later sections — the sensitivity chart, the published prices, the share and
//! export panel, the table of deals and the sources — live in a second wasm
//! (`src/bin/extras.rs`), which the page loads only when one of them nears the screen or the
//! inputs change (the loader is in `index.html`). They cost 26 KB of gzip, and a first visit
//! needs none of them: it shows the ones built at build time.
//!
//! The calculator renders an empty slot for each, `<div data-lazy="…">`, whose `data-query`
//! and `data-lang` attributes always hold its inputs (the link's query, which round-trips every
//! input, and the language). The second wasm's one app, [`Extras`], renders each section into its
//! slot through a portal, reads those attributes, and follows them with a `MutationObserver`. Opening a deal from the table goes
//! back the other way, as an [`OPEN_DEAL_EVENT`] on the window.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::common::{use_words, IN_BROWSER};
use super::deals_table::DealsTable;
use super::location;
use super::reference_prices::ReferencePrices;
use super::sensitivity::Sensitivity;
use super::share::SharePanel;
use super::sources::Sources;
use crate::i18n::Lang;
use crate::model::{run, Outcome};
use crate::state::{Action, AppState};
use crate::url;

/// The window event by which the table of deals, in the second wasm, asks the calculator to
/// open a deal; its `detail` is the deal's id.
pub const OPEN_DEAL_EVENT: &str = "cdc-open-deal";

/// A section of the page that the second wasm renders.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Section {
    /// The tornado charts (`data-chart="sensitivity"`).
    Sensitivity,
    /// The implied price beside published prices.
    Prices,
    /// Link, exports, citation and embed code.
    Share,
    /// The library's deals side by side (live only: not built at build time).
    Deals,
    /// Assumptions and sources, in the footer.
    Sources,
}

impl Section {
    /// Every section, in page order.
    pub const ALL: [Section; 5] = [
        Section::Sensitivity,
        Section::Prices,
        Section::Share,
        Section::Deals,
        Section::Sources,
    ];

    /// Its `data-lazy` name.
    pub fn name(self) -> &'static str {
        match self {
            Section::Sensitivity => "sensitivity",
            Section::Prices => "prices",
            Section::Share => "share",
            Section::Deals => "deals",
            Section::Sources => "sources",
        }
    }

    fn from_name(name: &str) -> Option<Section> {
        Section::ALL
            .into_iter()
            .find(|section| section.name() == name)
    }
}

/// The query that describes `state`'s last valid inputs in a slot's `data-query`, as the
/// page's link would: the sections show the figures of the inputs on screen, and a field with
/// an error leaves them at its last valid value.
fn query_of(state: &AppState) -> String {
    let shown = AppState {
        scenario: state.last_valid.clone(),
        spans: state.last_valid_spans.clone(),
        ..state.clone()
    };
    url::to_query(&shown)
        .into_iter()
        .map(|(key, value)| format!("{key}={value}"))
        .collect::<Vec<_>>()
        .join("&")
}

/// The section itself, for `state` and its results.
fn section_view(section: Section, state: &AppState, outcome: &Rc<Option<Outcome>>) -> Html {
    let lang = state.lang;
    match section {
        Section::Sensitivity => html! {
            <Sensitivity scenario={Rc::new(state.last_valid.clone())}
                spans={Rc::new(state.last_valid_spans.clone())} {lang} />
        },
        Section::Prices => match outcome.as_ref() {
            Some(outcome) => html! { <ReferencePrices summary={outcome.summary.clone()} {lang} /> },
            None => Html::default(),
        },
        Section::Share => html! {
            <SharePanel state={Rc::new(state.clone())} outcome={outcome.clone()} />
        },
        Section::Deals => html! {
            <DealsTable {lang} current={state.preset} on_action={Callback::from(ask_to_open)} />
        },
        Section::Sources => html! { <Sources {lang} /> },
    }
}

/// Passes a deal chosen in the table to the calculator (see [`OPEN_DEAL_EVENT`]).
fn ask_to_open(action: Action) {
    let Action::LoadPreset { id } = action else {
        return;
    };
    let init = web_sys::CustomEventInit::new();
    init.set_detail(&JsValue::from_str(&id));
    if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict(OPEN_DEAL_EVENT, &init) {
        // A window always takes an event; nothing to tell the reader otherwise.
        let _ = gloo::utils::window().dispatch_event(&event);
    }
}

/// The calculator's slot for `section`: empty in the browser, where the second wasm fills it;
/// the section itself at build time, so the built page shows it (except the table of deals,
/// which is live only: readers without the wasm find it on the methodology page).
pub fn slot(section: Section, state: &AppState) -> Html {
    let built = !IN_BROWSER && section != Section::Deals;
    html! {
        <div class="lazy" data-lazy={section.name()} data-query={query_of(state)}
            data-lang={state.lang.code()}>
            if built {
                { section_view(section, state, &Rc::new(run(&state.last_valid).ok())) }
            }
        </div>
    }
}

thread_local! {
    /// The built page's sections, kept from when the built page makes way for the live one
    /// until the live slots exist.
    static BUILT: RefCell<Vec<(String, web_sys::Element)>> = const { RefCell::new(Vec::new()) };
}

/// Keeps the built page's sections before it is removed (see [`restore_built`]).
pub fn keep_built(page: &web_sys::Element) {
    let Ok(slots) = page.query_selector_all("[data-lazy]") else {
        return;
    };
    let kept = (0..slots.length())
        .filter_map(|index| slots.item(index)?.dyn_into::<web_sys::Element>().ok())
        .filter_map(|slot| Some((slot.get_attribute("data-lazy")?, slot)))
        .collect();
    BUILT.with(|built| *built.borrow_mut() = kept);
}

/// Moves the built sections into the live slots, where they show the same inputs (the built
/// page's defaults in English): a first visit shows them until the second wasm is needed. A
/// link with other inputs, or another language, leaves its slots empty until then; it never
/// shows another scenario's figures. Called once, after the first render.
pub fn restore_built() {
    let kept = BUILT.with(|built| std::mem::take(&mut *built.borrow_mut()));
    let document = gloo::utils::document();
    for (name, built) in kept {
        let selector = format!("[data-lazy=\"{name}\"]");
        let Ok(Some(live)) = document.query_selector(&selector) else {
            continue;
        };
        let same = ["data-query", "data-lang"]
            .iter()
            .all(|attribute| live.get_attribute(attribute) == built.get_attribute(attribute));
        if same && built.has_child_nodes() {
            while let Some(child) = built.first_child() {
                // Moving a node between two elements of one document cannot fail.
                let _ = live.append_child(&child);
            }
            // The loader marks the section stale, not live, if the inputs change first.
            let _ = live.set_attribute("data-built", "true");
        }
    }
}

/// The inputs a slot describes: its `data-query` (see [`query_of`]) in `data-lang`.
fn state_of(slot: &web_sys::Element) -> AppState {
    let query = slot.get_attribute("data-query").unwrap_or_default();
    let lang = slot
        .get_attribute("data-lang")
        .and_then(|code| Lang::from_code(&code));
    state_from_query(&query, lang)
}

/// The inputs of a slot's `query`, in `lang` if known: the same as the calculator's, which
/// wrote it (a property test holds them to it).
fn state_from_query(query: &str, lang: Option<Lang>) -> AppState {
    let decoded = url::from_query(&location::split_query(query)).state;
    AppState {
        lang: lang.unwrap_or(decoded.lang),
        ..decoded
    }
}

/// Props of [`Extras`].
#[derive(Properties, PartialEq)]
pub struct ExtrasProps {
    /// The calculator's slots, with the section each holds; not empty.
    pub slots: Vec<(Section, web_sys::Element)>,
}

/// The second wasm's sections, each rendered into its slot: they follow the slots' inputs.
#[component]
pub fn Extras(props: &ExtrasProps) -> Html {
    // Every slot holds the same inputs: the first one is watched.
    let watched = props.slots.first().map(|(_, slot)| slot.clone());
    let state = use_state(|| Rc::new(watched.as_ref().map(state_of).unwrap_or_default()));
    {
        let state = state.clone();
        use_effect_with(watched, move |watched| {
            let watched = watched.clone();
            let on_change = watched.clone().map(|slot| {
                Closure::<dyn FnMut()>::new(move || state.set(Rc::new(state_of(&slot))))
            });
            let observer = on_change.as_ref().and_then(|on_change| {
                web_sys::MutationObserver::new(on_change.as_ref().unchecked_ref()).ok()
            });
            if let (Some(observer), Some(slot)) = (&observer, &watched) {
                let options = web_sys::MutationObserverInit::new();
                options.set_attributes(true);
                let filter = js_sys::Array::of2(&"data-query".into(), &"data-lang".into());
                options.set_attribute_filter(&filter);
                // Observing an element of the document cannot fail.
                let _ = observer.observe_with_options(slot, &options);
            }
            move || {
                if let Some(observer) = observer {
                    observer.disconnect();
                }
                drop(on_change);
            }
        });
    }
    use_words(state.lang, state.preset);
    let outcome = use_memo(state.last_valid.clone(), |scenario| run(scenario).ok());
    props
        .slots
        .iter()
        .map(|(section, slot)| {
            create_portal(section_view(*section, &state, &outcome), slot.clone())
        })
        .collect()
}

/// Mounts the second wasm's sections into the calculator's slots, in place of the built ones,
/// and marks the page (`<html data-extras="ready">`) for tests and the loader.
pub fn mount_all() {
    let document = gloo::utils::document();
    let Ok(found) = document.query_selector_all("[data-lazy]") else {
        return;
    };
    let slots: Vec<(Section, web_sys::Element)> = (0..found.length())
        .filter_map(|index| found.item(index)?.dyn_into::<web_sys::Element>().ok())
        .filter_map(|slot| {
            let section = Section::from_name(&slot.get_attribute("data-lazy")?)?;
            Some((section, slot))
        })
        .collect();
    for (_, slot) in &slots {
        slot.set_inner_html("");
        let _ = slot.remove_attribute("data-built");
        let _ = slot.remove_attribute("data-stale");
    }
    // The sections render into their slots; the app itself needs a root of its own, which
    // stays out of the document.
    let (false, Ok(root)) = (slots.is_empty(), document.create_element("div")) else {
        return;
    };
    yew::Renderer::<Extras>::with_root_and_props(root, ExtrasProps { slots }).render();
    if let Some(root) = document.document_element() {
        let _ = root.set_attribute("data-extras", "ready");
    }
}

#[cfg(test)]
mod tests;
