//! The edge between the page's state and the address bar: reads the query once at start, and
//! one hook writes it back with `history.replaceState` (no history entries) on every change.

use std::cell::RefCell;

use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use wasm_bindgen::JsCast;
use web_sys::UrlSearchParams;
use yew::prelude::*;

use super::common::IN_BROWSER;
use crate::i18n::Lang;
use crate::state::AppState;
use crate::url;

fn current_params() -> Option<UrlSearchParams> {
    if !IN_BROWSER {
        return None;
    }
    let search = gloo::utils::window().location().search().ok()?;
    UrlSearchParams::new_with_str(&search).ok()
}

/// The address's fragment (`#…`), empty outside the browser.
pub fn fragment() -> String {
    if !IN_BROWSER {
        return String::new();
    }
    gloo::utils::window().location().hash().unwrap_or_default()
}

thread_local! {
    /// The inputs of the page being rendered at build time (see [`build_page`]).
    static BUILDING: RefCell<Vec<(String, String)>> = const { RefCell::new(Vec::new()) };
}

/// Renders the next pages at build time as the page of `inputs` (a link's query: a deal
/// page's `preset=…&lang=…`, `lang=el` for the home page in Greek); `src/bin/prerender.rs`.
pub fn build_page(inputs: &str) {
    BUILDING.with(|building| *building.borrow_mut() = split_query(inputs));
}

/// `key=value&…` as pairs; the page's own inputs hold nothing to decode.
pub fn split_query(query: &str) -> Vec<(String, String)> {
    query
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .map(|(key, value)| (key.to_owned(), value.to_owned()))
        .collect()
}

/// The inputs the page itself stands for: none on the home page; a deal page's deal and
/// language, from `<meta name="page-inputs" content="preset=…&lang=…">`, which the build adds
/// to every page it makes (scripts/pages.mjs).
pub fn page_inputs() -> Vec<(String, String)> {
    if !IN_BROWSER {
        return BUILDING.with(|building| building.borrow().clone());
    }
    let meta = gloo::utils::document()
        .query_selector("meta[name=page-inputs]")
        .ok()
        .flatten();
    split_query(
        &meta
            .and_then(|meta| meta.get_attribute("content"))
            .unwrap_or_default(),
    )
}

/// The link's query as decoded pairs, in order.
fn linked_pairs() -> Vec<(String, String)> {
    let Some(params) = current_params() else {
        return Vec::new();
    };
    let Ok(Some(entries)) = js_sys::try_iter(&params) else {
        return Vec::new();
    };
    entries
        .flatten()
        .filter_map(|entry| {
            let pair = entry.dyn_into::<js_sys::Array>().ok()?;
            Some((pair.get(0).as_string()?, pair.get(1).as_string()?))
        })
        .collect()
}

/// The page's inputs as decoded pairs: the page's own (see [`page_inputs`]) under what its
/// link's query says, which wins key by key.
pub fn query_pairs() -> Vec<(String, String)> {
    let linked = linked_pairs();
    let mut pairs: Vec<(String, String)> = page_inputs()
        .into_iter()
        .filter(|(key, _)| linked.iter().all(|(other, _)| other != key))
        .collect();
    pairs.extend(linked);
    pairs
}

/// The reader's preferred languages, most preferred first (`navigator.languages`).
fn preferred_languages() -> Vec<String> {
    if !IN_BROWSER {
        return Vec::new();
    }
    gloo::utils::window()
        .navigator()
        .languages()
        .iter()
        .filter_map(|language| language.as_string())
        .collect()
}

/// The state described by the page's address, with what it had to ignore. Without `lang=`,
/// the language is the reader's first preference the page has.
pub fn initial_state() -> AppState {
    let pairs = query_pairs();
    let decoded = url::from_query(&pairs);
    AppState {
        ignored_in_link: decoded.ignored,
        lang: language(&pairs, decoded.state.lang),
        ..decoded.state
    }
}

/// The language the page opens in (see [`initial_state`]).
pub fn initial_lang() -> Lang {
    let pairs = query_pairs();
    language(&pairs, url::from_query(&pairs).state.lang)
}

/// `linked`, the language the link decodes to, if the link has `lang=`; else the reader's
/// first preference the page has.
fn language(pairs: &[(String, String)], linked: Lang) -> Lang {
    if pairs.iter().any(|(key, _)| key == "lang") {
        linked
    } else {
        Lang::negotiate(preferred_languages().iter().map(String::as_str))
    }
}

/// How long the inputs must rest before the address follows them, ms. `replaceState` costs
/// Chrome about 5 ms a call: a slider drag would spend most of each frame on it.
pub const ADDRESS_SETTLE_MS: u32 = 250;

/// Writes `query` (and the view keys already in the address) to the address bar: for pages
/// whose inputs are not the calculator's (the ledger).
pub fn write_query(query: &[(String, String)]) {
    write_address(query);
}

/// Writes `query` (and the view keys already in the address) to the address bar.
fn write_address(query: &[(String, String)]) {
    let Ok(params) = UrlSearchParams::new() else {
        return;
    };
    for (key, value) in query {
        params.append(key, value);
    }
    for (key, value) in linked_pairs() {
        if url::VIEW_KEYS.contains(&key.as_str()) {
            params.append(&key, &value);
        }
    }
    let window = gloo::utils::window();
    let Ok(path) = window.location().pathname() else {
        return;
    };
    let Ok(history) = window.history() else {
        return;
    };
    let address = format!("{path}?{}", String::from(params.to_string()));
    // A failed write leaves the old address: the page itself is unaffected.
    let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&address));
}

/// Keeps the address bar in step with `state`: at once when the page opens, then once the
/// inputs rest for [`ADDRESS_SETTLE_MS`], and when the page is left (so that a tab restored
/// later or a return with the back button reopens the latest inputs). Keys the model does not own (such as `embed`) are kept as they are.
#[hook]
pub fn use_url_sync(state: &AppState) {
    let query = url::to_query(state);
    let latest = use_mut_ref(Vec::new);
    latest.borrow_mut().clone_from(&query);
    use_effect_with((), move |_| {
        let listener = EventListener::new(&gloo::utils::window(), "pagehide", move |_| {
            write_address(&latest.borrow());
        });
        move || drop(listener)
    });
    let opened = use_mut_ref(|| false);
    use_effect_with(query, move |query| {
        let pending = if std::mem::replace(&mut *opened.borrow_mut(), true) {
            let query = query.clone();
            Some(Timeout::new(ADDRESS_SETTLE_MS, move || {
                write_address(&query)
            }))
        } else {
            write_address(query);
            None
        };
        // A newer change cancels the write this one scheduled.
        move || drop(pending)
    });
}
