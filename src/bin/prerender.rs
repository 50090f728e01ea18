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
//! - with `--pages <dir> <site>`, every page of the site, for `scripts/pages.mjs`: the home
//!   page and a page per deal in each language, each rendered as the calculator opened at its
//!   inputs, and its social card (`card`), written to `<dir>/<path>card.png`. One record per
//!   page, separated by U+001E, of fields separated by U+001F: path, inputs (a link's query),
//!   language, title, description (the sentence to quote), the card's alternative text and
//!   the rendered body.

use compute_deal_calculator::components::ledger::{self, Word};
use compute_deal_calculator::components::{
    location, quote, App, LedgerPage, MethodologyPage, MethodologyPageProps,
};
use std::path::Path;

use compute_deal_calculator::card;
use compute_deal_calculator::chart::ChartKind;
use compute_deal_calculator::i18n::format::{self, Style};
use compute_deal_calculator::i18n::{self, pack, Lang, Text};
use compute_deal_calculator::model::{ranges, run, DEALS};

/// The calculator rendered as it opens at the current page's inputs.
fn render_app() -> String {
    let renderer = yew::LocalServerRenderer::<App>::new().hydratable(false);
    futures::executor::block_on(renderer.render())
}

/// The ledger page rendered as it opens at the current page's inputs.
fn render_ledger() -> String {
    let renderer = yew::LocalServerRenderer::<LedgerPage>::new().hydratable(false);
    futures::executor::block_on(renderer.render())
}

/// A ledger page in `lang` (`prefix` its path's language part): every buyer's, or one buyer's
/// (grouped by provider), with its record and its card written under `cards`.
fn ledger_page(
    lang: Lang,
    prefix: &str,
    buyer: Option<&'static str>,
    cards: &Path,
    site: &str,
) -> Result<String, String> {
    use compute_deal_calculator::chart::{render_svg, Theme};
    use compute_deal_calculator::model::deals::party_name;
    use compute_deal_calculator::url::ledger::decode;
    let (path, inputs) = match buyer {
        None => (
            format!("{prefix}ledger/"),
            format!("page=ledger&lang={}", lang.code()),
        ),
        Some(buyer) => (
            format!("{prefix}ledger/{buyer}/"),
            format!(
                "page=ledger&buyer={buyer}&group=provider&lang={}",
                lang.code()
            ),
        ),
    };
    location::build_page(&inputs);
    let (query, _) = decode(&location::split_query(&inputs));
    let sums = compute_deal_calculator::model::ledger::ledger(
        &query.selection,
        query.group,
        query.measure,
    );
    let heading = match buyer {
        None => ledger::word(lang, Word::Heading).to_owned(),
        Some(buyer) => ledger::word(lang, Word::BuyerLedger).replace("{buyer}", party_name(buyer)),
    };
    let headline = ledger::headline(lang, buyer, &sums, false);
    let short = ledger::headline(lang, buyer, &sums, true);
    let spec = ledger::chart_spec(
        lang,
        query.group,
        query.measure,
        &sums,
        query.selection.asof,
    );
    let size = (560, 360);
    let chart = render_svg(&spec, size.0, size.1, Theme::Light).svg;
    let drawn = card::ledger_svg(lang, &heading, &short, &chart, size, site);
    let image = card::png(&drawn).map_err(|error| format!("{path}: {error}"))?;
    std::fs::create_dir_all(cards.join(&path)).map_err(|error| error.to_string())?;
    std::fs::write(cards.join(&path).join("card.png"), image).map_err(|error| error.to_string())?;
    let fields = [
        path,
        inputs,
        lang.code().to_owned(),
        heading.clone(),
        format!("{headline} {}", ledger::word(lang, Word::Intro)),
        format!("{heading}. {headline}"),
        render_ledger(),
        String::new(),
    ];
    Ok(fields.join("\u{1f}"))
}

/// Every page, as `--pages` prints them, with each page's social card written to `cards`
/// (`<cards>/<path>card.png`); `site` is the site's address, written on the cards.
fn pages(cards: &Path, site: &str) -> Result<String, String> {
    let mut records = Vec::new();
    for lang in Lang::ALL {
        let prefix = match lang {
            Lang::En => String::new(),
            _ => format!("{}/", lang.code()),
        };
        let home = (prefix.clone(), format!("lang={}", lang.code()));
        let deals = DEALS.iter().map(|deal| {
            (
                format!("{prefix}deals/{}/", deal.id),
                format!("preset={}&lang={}", deal.id, lang.code()),
            )
        });
        for (path, inputs) in std::iter::once(home).chain(deals) {
            location::build_page(&inputs);
            let state = location::initial_state();
            let outcome = run(&state.last_valid).map_err(|_| format!("{path}: no results"))?;
            let bounds = ranges::bounds(&state.last_valid, &state.last_valid_spans);
            let corners: Vec<_> = bounds.as_ref().map_or_else(Vec::new, |bounds| {
                bounds
                    .chart_corners
                    .iter()
                    .filter_map(|scenario| run(scenario).ok())
                    .collect()
            });
            let heading = i18n::heading(lang, state.preset);
            // The product's name after the deal's, where both fit the 70 characters a search
            // result shows.
            let title = format!("{heading} — {}", i18n::text(lang, Text::Title));
            let title = if title.chars().count() <= 70 {
                title
            } else {
                heading.to_string()
            };
            let description = quote(&state, &outcome.summary, bounds.as_ref());
            let drawn = card::svg(&state, &outcome, bounds.as_ref(), &corners, site);
            let image = card::png(&drawn).map_err(|error| format!("{path}: {error}"))?;
            let file = cards.join(&path).join("card.png");
            std::fs::create_dir_all(cards.join(&path)).map_err(|error| error.to_string())?;
            std::fs::write(&file, image).map_err(|error| error.to_string())?;
            // What the picture shows, for readers who cannot see it.
            let price = format::number(
                lang,
                outcome.summary.price_per_gpu_hour_usd,
                Style::UsdCents,
            );
            let range = card::price_range(lang, bounds.as_ref())
                .map_or_else(String::new, |range| format!(", {range}"));
            let alt = format!(
                "{heading} {}: {price}{range}. {}",
                i18n::text(lang, Text::HeadlineLabel),
                i18n::text(lang, ChartKind::Gpus.title()),
            );
            // A deal's page (and the home page, the seed deal's) links to its buyer's ledger
            // page: outside the calculator, in the page as built, so that the calculator's
            // wasm and language packs carry none of it.
            let deal = state
                .preset
                .and_then(compute_deal_calculator::model::Deal::find)
                .unwrap_or(&DEALS[0]);
            let link = format!(
                r#"<p class="ledger-link"><a href="{}{}/" data-link="ledger">{} →</a></p>"#,
                compute_deal_calculator::url::ledger_page(lang),
                deal.buyer,
                ledger::word(lang, Word::BuyerLedger).replace(
                    "{buyer}",
                    compute_deal_calculator::model::deals::party_name(deal.buyer)
                )
            );
            let fields = [
                path,
                inputs,
                lang.code().to_owned(),
                title,
                description,
                alt,
                render_app(),
                link,
            ];
            records.push(fields.join("\u{1f}"));
        }
        records.push(ledger_page(lang, &prefix, None, cards, site)?);
        for buyer in compute_deal_calculator::url::ledger::buyers() {
            records.push(ledger_page(lang, &prefix, Some(buyer), cards, site)?);
        }
    }
    Ok(records.join("\u{1e}"))
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.as_slice() {
        [] => print!("{}", render_app()),
        [flag, cards, site] if flag == "--pages" => match pages(Path::new(cards), site) {
            Ok(records) => print!("{records}"),
            Err(error) => {
                eprintln!("prerender --pages: {error}");
                std::process::exit(1);
            }
        },
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
                "usage: prerender [--pack el|es | --library en|el|es | --methodology en|el|es | --pages <dir> <site>]"
            );
            std::process::exit(2);
        }
    }
}
