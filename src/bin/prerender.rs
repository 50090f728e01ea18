//! Build-time output, printed for `scripts/prerender.mjs` (a Trunk post-build hook):
//!
//! - with no argument, the calculator rendered at its defaults, natively, with the same
//!   components the browser runs; it goes into the built `index.html`, so a reader sees the
//!   numbers and charts before the wasm arrives, or without it (`src/main.rs` swaps it for the
//!   live page);
//! - with `--pack el` or `--pack es`, that language's pack, and with `--library en|el|es`, that
//!   language's library pack (see `i18n::pack`);
//! - with `--methodology en|el|es`, the body of that language's methodology page
//!   (`components::MethodologyPage`), which `scripts/methodology.mjs` writes as a document.

use compute_deal_calculator::components::{App, MethodologyPage, MethodologyPageProps};
use compute_deal_calculator::i18n::{pack, Lang};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.as_slice() {
        [] => {
            let renderer = yew::LocalServerRenderer::<App>::new().hydratable(false);
            print!("{}", futures::executor::block_on(renderer.render()));
        }
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
                "usage: prerender [--pack el|es | --library en|el|es | --methodology en|el|es]"
            );
            std::process::exit(2);
        }
    }
}
