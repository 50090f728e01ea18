//! The methodology page of each language (`methodology/<lang>.html`), built natively at build
//! time and never part of the wasm: every formula in words and symbols, the accelerator
//! catalogue with its sources and trust tags, the figures sources disagree on, every deal's
//! sources with their notes, the reference prices' sources, the yardsticks, and what changed in
//! each data version. It needs no JavaScript.

use yew::prelude::*;

use super::common::scroll_table;
use super::deals_table::DealsTable;
use super::sources::{changes_list, host};
use crate::i18n::format::{self, Style};
use crate::i18n::page::{self, PageText};
use crate::i18n::{self, Lang, Text};
use crate::model::catalogue::{Figure, CATALOGUE};
use crate::model::context::{GPT4_SOURCE, US_HOME_SOURCE};
use crate::model::data_version::{DataVersion, DATA_CHANGES, PUE_2024_SOURCE};
use crate::model::deals::Status;
use crate::model::prices::REFERENCE_PRICES;
use crate::model::{Source, DEALS, ELECTRICITY_SOURCE, PUE_SOURCE};

/// Props of [`MethodologyPage`].
#[derive(Properties, PartialEq)]
pub struct MethodologyPageProps {
    /// Language.
    pub lang: Lang,
}

/// A source as a list item: its note (English), a link to it, its date and trust tag.
fn source_item(source: &Source) -> Html {
    html! {
        <li>
            <span lang="en">{ source.note }</span>{ " — " }
            <a href={source.url} rel="noopener noreferrer">{ host(source.url) }</a>
            { format!(" ({}) ", source.date) }
            <abbr class="trust" data-trust={source.trust.tag()}>{ source.trust.tag() }</abbr>
        </li>
    }
}

/// The methodology page's content.
#[component]
pub fn MethodologyPage(props: &MethodologyPageProps) -> Html {
    let lang = props.lang;
    let text = |key| i18n::text(lang, key);
    let page_text = |key| page::text(lang, key);
    let number = |value: f64| format::number(lang, value, Style::Decimal);
    let calculator = match lang {
        Lang::En => "../".to_owned(),
        _ => format!("../?lang={}", lang.code()),
    };
    let rows = CATALOGUE.iter().map(|spec| {
        let sources = [
            spec.compute_source,
            spec.power_source,
            spec.price_weight_source,
        ];
        html! {
            <tr key={spec.id}>
                <th scope="row">{ spec.name }<span class="catalogue__vendor">{ format!(" {}", spec.vendor) }</span></th>
                <td>{ spec.fp4_dense_pflops.map_or_else(|| "–".to_owned(), number) }</td>
                <td>{ number(spec.fp8_dense_pflops) }</td>
                <td>{ number(spec.bf16_dense_pflops) }</td>
                <td>{ number(spec.hbm_gb) }</td>
                <td>{ number(spec.it_power_kw) }</td>
                <td>{ number(spec.price_weight) }</td>
                <td class="catalogue__sources">
                    { for sources.iter().map(|source| html! {
                        <p lang="en"><a href={source.url} rel="noopener noreferrer">{ host(source.url) }</a>
                        { format!(" ({}, {}): {}", source.date, source.trust.tag(), source.note) }</p>
                    }) }
                </td>
            </tr>
        }
    });
    let conflicts = CATALOGUE.iter().flat_map(|spec| {
        spec.conflicts.iter().map(move |conflict| {
            let figure = match conflict.figure {
                Figure::Fp4 => PageText::FigureFp4,
                Figure::Fp8 => PageText::FigureFp8,
                Figure::Bf16 => PageText::FigureBf16,
                Figure::Power => PageText::FigurePower,
            };
            html! {
                <li><strong>{ format!("{}, {}: ", spec.name, page_text(figure)) }</strong>
                    <span lang="en">{ conflict.note }</span></li>
            }
        })
    });
    let deals = DEALS.iter().map(|deal| {
        let status = match deal.status {
            Status::Active => Text::StatusActive,
            Status::Expanded => Text::StatusExpanded,
            Status::Superseded => Text::StatusSuperseded,
        };
        html! {
            <section class="methodology__deal" id={deal.id} data-deal={deal.id}>
                <h3>{ format!("{} ({}, {}; {} {})", deal.parties, deal.announced, text(status),
                    text(Text::AsOfWord).to_lowercase(), deal.as_of) }</h3>
                <ul class="sources__list">{ for deal.sources.iter().map(source_item) }</ul>
                if let (Some(usd), Some(note)) = (deal.assumed_price_usd, deal.assumed_price_note) {
                    <p>{ format!("{}: {}. ", text(Text::AssumedPriceWord), format::number(lang, usd, Style::UsdCents)) }
                        <span lang="en">{ note }</span></p>
                }
            </section>
        }
    });
    let defaults = [PUE_SOURCE, PUE_2024_SOURCE, ELECTRICITY_SOURCE];
    html! {
        <main class="page methodology-page">
            <p><a href={calculator.clone()}>{ format!("← {}", text(Text::Title)) }</a></p>
            <h1 class="masthead__title">{ text(Text::MethodologyHeading) }</h1>
            <ol class="methodology__formulas">
                { for PageText::FORMULAS.iter().map(|formula| html! { <li>{ page_text(*formula) }</li> }) }
            </ol>
            <DealsTable {lang} calculator="../" sortable=false current={None::<&'static str>} on_action={Callback::noop()} />
            <h2>{ page_text(PageText::CatalogueHeading) }</h2>
            <p class="section-intro">{ page_text(PageText::CatalogueIntro) }</p>
            { scroll_table(
                AttrValue::from(page_text(PageText::CatalogueHeading)),
                [
                    AttrValue::from(page_text(PageText::ColumnGpu)),
                    AttrValue::from("FP4 PFLOPS"),
                    AttrValue::from("FP8 PFLOPS"),
                    AttrValue::from("BF16 PFLOPS"),
                    AttrValue::from(page_text(PageText::ColumnHbm)),
                    AttrValue::from(page_text(PageText::ColumnPower)),
                    AttrValue::from(page_text(PageText::ColumnWeight)),
                    AttrValue::from(page_text(PageText::ColumnSources)),
                ],
                rows.collect::<Html>(),
            ) }
            <p class="section-intro">{ text(Text::TrustLegend) }</p>
            <h2>{ page_text(PageText::ConflictsHeading) }</h2>
            <p class="section-intro">{ page_text(PageText::ConflictsIntro) }</p>
            <ul class="conflicts" data-conflicts="true">{ for conflicts }</ul>
            <h2>{ text(Text::SourcesHeading) }</h2>
            <h3>{ text(Text::AssumptionsHeading) }</h3>
            <ul class="sources__list">{ for defaults.iter().map(source_item) }</ul>
            { for deals }
            <h3>{ text(Text::ReferenceHeading) }</h3>
            <ul class="sources__list">
                { for REFERENCE_PRICES.iter().map(|price| html! {
                    <li><strong>{ format!("{}: ", price.product) }</strong><span lang="en">{ price.source.note }</span>{ " — " }
                        <a href={price.source.url} rel="noopener noreferrer">{ host(price.source.url) }</a>
                        { format!(" ({}) {}", price.source.date, price.source.trust.tag()) }</li>
                }) }
            </ul>
            <h2>{ page_text(PageText::YardsticksHeading) }</h2>
            <ul class="sources__list">{ for [GPT4_SOURCE, US_HOME_SOURCE].iter().map(source_item) }</ul>
            <h2>{ text(Text::ChangesHeading) }</h2>
            { changes_list(lang, &DATA_CHANGES) }
            <p class="footer__note">{ text(Text::DataVersionNote)
                .replace("{data}", DataVersion::CURRENT.id())
                .replace("{model}", crate::export::MODEL_VERSION) }</p>
        </main>
    }
}
