//! The methodology: every formula in words and symbols, the accelerator catalogue with its
//! sources, their trust tags and the figures they disagree on, and the yardsticks.

use yew::prelude::*;

use super::common::{scroll_table, use_disclosure, IN_BROWSER};
use super::sources::host;
use crate::i18n::format::{self, Style};
use crate::i18n::{self, Lang, Text};
use crate::model::catalogue::{Figure, CATALOGUE};
use crate::model::context::{GPT4_SOURCE, US_HOME_SOURCE};

/// Props of [`Methodology`].
#[derive(Properties, PartialEq)]
pub struct MethodologyProps {
    /// Language.
    pub lang: Lang,
}

const FORMULAS: [Text; 9] = [
    Text::FormulaMonth,
    Text::FormulaRamp,
    Text::FormulaHours,
    Text::FormulaSolve,
    Text::FormulaWeights,
    Text::FormulaMw,
    Text::FormulaCompute,
    Text::FormulaPower,
    Text::FormulaSpend,
];

/// The methodology panel, collapsed by default.
#[component]
pub fn Methodology(props: &MethodologyProps) -> Html {
    let (open, on_toggle) = use_disclosure();
    let lang = props.lang;
    let text = |key| i18n::text(lang, key);
    let number = |value: f64| format::number(lang, value, Style::Decimal);
    let table_label = AttrValue::from(text(Text::CatalogueHeading));
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
    html! {
        <details class="methodology" ontoggle={on_toggle}>
            <summary class="advanced__summary">{ text(Text::MethodologyHeading) }</summary>
            // Built when opened; always at build time, for readers without JavaScript.
            if open || !IN_BROWSER {
                <ol class="methodology__formulas">
                    { for FORMULAS.iter().map(|formula| html! { <li>{ text(*formula) }</li> }) }
                </ol>
                <h3>{ text(Text::CatalogueHeading) }</h3>
                <p class="section-intro">{ text(Text::CatalogueIntro) }</p>
                { scroll_table(
                    table_label,
                    [
                        AttrValue::from(text(Text::ColumnGpu)),
                        AttrValue::from("FP4 PFLOPS"),
                        AttrValue::from("FP8 PFLOPS"),
                        AttrValue::from("BF16 PFLOPS"),
                        AttrValue::from(text(Text::ColumnHbm)),
                        AttrValue::from(text(Text::ColumnPower)),
                        AttrValue::from(text(Text::ColumnWeight)),
                        AttrValue::from(text(Text::ColumnSources)),
                    ],
                    rows.collect::<Html>(),
                ) }
                <p class="section-intro">{ text(Text::TrustLegend) }</p>
                <h3>{ text(Text::ConflictsHeading) }</h3>
                <p class="section-intro">{ text(Text::ConflictsIntro) }</p>
                <ul class="conflicts" data-conflicts="true">
                    { for CATALOGUE.iter().flat_map(|spec| spec.conflicts.iter().map(move |conflict| (spec, conflict))).map(|(spec, conflict)| {
                        let figure = match conflict.figure {
                            Figure::Fp4 => Text::FigureFp4,
                            Figure::Fp8 => Text::FigureFp8,
                            Figure::Bf16 => Text::FigureBf16,
                            Figure::Power => Text::FigurePower,
                        };
                        html! {
                            <li><strong>{ format!("{}, {}: ", spec.name, text(figure)) }</strong>
                                <span lang="en">{ conflict.note }</span></li>
                        }
                    }) }
                </ul>
                <h3>{ text(Text::YardsticksHeading) }</h3>
                <ul>
                    { for [GPT4_SOURCE, US_HOME_SOURCE].iter().map(|source| html! {
                        <li lang="en">{ source.note }{ " — " }<a href={source.url} rel="noopener noreferrer">{ host(source.url) }</a>
                        { format!(" ({})", source.date) }</li>
                    }) }
                </ul>
            }
        </details>
    }
}
