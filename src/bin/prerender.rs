//! Build-time output, printed for `scripts/prerender.mjs` (a Trunk post-build hook):
//!
//! - with no argument, the calculator rendered at its defaults, natively, with the same
//!   components the browser runs; it goes into the built `index.html`, so a reader sees the
//!   numbers and charts before the wasm arrives, or without it (`src/main.rs` swaps it for the
//!   live page);
//! - with `--pack el` or `--pack es`, that language's pack, and with `--library en|el|es`, that
//!   language's library pack (see `i18n::pack`);
//! - with `--methodology en|el|es`, the body of that language's methodology page
//!   (`components::MethodologyPage`), which `scripts/methodology.mjs` writes as a document;
//! - with `--pages`, every other page of the site, for `scripts/pages.mjs`: the home page in
//!   Greek and Spanish, and a page per deal in each language, each rendered as the calculator
//!   opened at its inputs. One record per page, separated by U+001E, of fields separated by
//!   U+001F: path, inputs (a link's query), language, title, description (the sentence to
//!   quote) and the rendered body.

use compute_deal_calculator::components::{
    location, quote, App, MethodologyPage, MethodologyPageProps,
};
use compute_deal_calculator::i18n::{self, pack, Lang, Text};
use compute_deal_calculator::model::{ranges, run, DEALS};

/// The calculator rendered as it opens at the current page's inputs.
fn render_app() -> String {
    let renderer = yew::LocalServerRenderer::<App>::new().hydratable(false);
    futures::executor::block_on(renderer.render())
}

/// Every page but the English home page, as `--pages` prints them.
fn pages() -> String {
    let mut records = Vec::new();
    for lang in Lang::ALL {
        let prefix = match lang {
            Lang::En => String::new(),
            _ => format!("{}/", lang.code()),
        };
        let homes = (lang != Lang::En).then(|| (prefix.clone(), format!("lang={}", lang.code())));
        let deals = DEALS.iter().map(|deal| {
            (
                format!("{prefix}deals/{}/", deal.id),
                format!("preset={}&lang={}", deal.id, lang.code()),
            )
        });
        for (path, inputs) in homes.into_iter().chain(deals) {
            location::build_page(&inputs);
            let state = location::initial_state();
            let outcome = run(&state.last_valid).ok();
            let bounds = ranges::bounds(&state.last_valid, &state.last_valid_spans);
            let title = format!(
                "{} — {}",
                i18n::heading(lang, state.preset),
                i18n::text(lang, Text::Title)
            );
            let description = outcome
                .map(|outcome| quote(&state, &outcome.summary, bounds.as_ref()))
                .unwrap_or_default();
            let fields = [
                path,
                inputs,
                lang.code().to_owned(),
                title,
                description,
                render_app(),
            ];
            records.push(fields.join("\u{1f}"));
        }
    }
    records.join("\u{1e}")
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.as_slice() {
        [] => print!("{}", render_app()),
        [flag] if flag == "--pages" => print!("{}", pages()),
        [flag, code] if flag == "--pack" => match Lang::from_code(code).and_then(pack::write) {
            Some(text) => print!("{text}"),
            None => {
                eprintln!("no language pack for {code:?}");
                std::process::exit(2);
            }
        },
        [flag, code] if flag == "--library" => match Lang::from_code(code) {
            Some(lang) => print!("{}", pack::write_library(lang)),
            None => {
                eprintln!("no language {code:?}");
                std::process::exit(2);
            }
        },
        [flag, code] if flag == "--methodology" => {
            let Some(lang) = Lang::from_code(code) else {
                eprintln!("no language {code:?}");
                std::process::exit(2);
            };
            let renderer =
                yew::LocalServerRenderer::<MethodologyPage>::with_props(MethodologyPageProps {
                    lang,
                })
                .hydratable(false);
            print!("{}", futures::executor::block_on(renderer.render()));
        }
        _ => {
            eprintln!(
                "usage: prerender [--pack el|es | --library en|el|es | --methodology en|el|es | --pages]"
            );
            std::process::exit(2);
        }
    }
}
