//! Boots a wasm of the site (the calculator's, `src/main.rs`, and the embed's,
//! `src/bin/embed.rs`): the panic page, the wait for the parsed document and the reader's
//! words, the swap of the page built at build time for the live one, and `data-ready`.

use yew::BaseComponent;

use super::location;
use crate::i18n::pack;

/// Replaces a page whose wasm has panicked with a message and a link that reloads it without
/// the query string (the most likely culprit), after logging the panic to the console.
fn on_panic(info: &std::panic::PanicHookInfo<'_>) {
    console_error_panic_hook::hook(info);
    let document = gloo::utils::document();
    let path = gloo::utils::window()
        .location()
        .pathname()
        .unwrap_or_default();
    let Some(body) = document.body() else {
        return;
    };
    // Built with DOM calls, not markup: the path comes from the address bar.
    let build = || -> Option<web_sys::Element> {
        let main = document.create_element("main").ok()?;
        main.set_class_name("crashed");
        main.set_attribute("role", "alert").ok()?;
        let heading = document.create_element("h1").ok()?;
        heading.set_text_content(Some("Something went wrong."));
        let text = document.create_element("p").ok()?;
        text.set_text_content(Some(
            "The calculator stopped. Your link may hold a value it cannot handle.",
        ));
        let link = document.create_element("a").ok()?;
        link.set_attribute("href", &path).ok()?;
        link.set_text_content(Some("Reset the calculator"));
        for child in [&heading, &text, &link] {
            main.append_child(child).ok()?;
        }
        Some(main)
    };
    if let Some(main) = build() {
        body.set_inner_html("");
        let _ = body.append_child(&main);
    }
    if let Some(root) = document.document_element() {
        // Tests and embedders watch this attribute; the page is no longer live.
        let _ = root.set_attribute("data-ready", "crashed");
    }
}

/// Runs `start` once the document is parsed: the loader runs as soon as the wasm is here (an
/// `async` module script, see scripts/prerender.mjs), often while the built page is still
/// being parsed, and the live page must not take over a half-read one.
fn when_parsed(start: impl FnOnce() + 'static) {
    let document = gloo::utils::document();
    if document.ready_state() == "loading" {
        gloo::events::EventListener::once(&document, "DOMContentLoaded", move |_| start()).forget();
    } else {
        start();
    }
}

/// Renders `C` in place of the page built at build time, once the document is parsed and the
/// reader's words are here, after `keep` has taken what it wants from the built page; then
/// marks `<html data-ready>`.
pub fn start<C>(keep: fn(&web_sys::Element))
where
    C: BaseComponent<Properties = ()>,
{
    std::panic::set_hook(Box::new(on_panic));
    when_parsed(move || {
        // A Greek or Spanish page waits for its language pack, so that it never shows English
        // words (the page built in English is hidden for those readers meanwhile).
        pack::when_available(location::initial_lang(), move || {
            // The page rendered at build time (scripts/prerender.mjs) makes way for the live
            // one. Both happen in this task, so the browser never paints the page without
            // either.
            if let Some(prerendered) = gloo::utils::document().get_element_by_id("prerendered") {
                keep(&prerendered);
                prerendered.remove();
            }
            // The page's way to its buyer's ledger page is built outside the calculator
            // (scripts/pages.mjs); Yew clears the body it mounts in, so it is put back first.
            let link = gloo::utils::document()
                .query_selector(".ledger-link")
                .ok()
                .flatten();
            yew::Renderer::<C>::new().render();
            if let Some(link) = link {
                let body = gloo::utils::body();
                // Failing to put it back only loses the link.
                let _ = body.insert_before(&link, body.first_child().as_ref());
            }
            // Yew renders in a task it has just queued; this one, queued after it, runs once
            // the whole page is in the document, and before the browser lays it out and paints
            // it (Yew's effects wait for that): the moment the results are there to paint.
            yew::platform::spawn_local(async {
                if let Some(root) = gloo::utils::document().document_element() {
                    // Tests and embedders watch this attribute; failing to set it changes
                    // nothing the reader sees.
                    let _ = root.set_attribute("data-ready", "true");
                }
            });
        });
    });
}
