//! The deal's price per GPU-hour for each kind, beside published prices for the same GPU.

use yew::prelude::*;

use super::common::scroll_table;
use crate::i18n::format::{self, Style};
use crate::i18n::{self, Lang, Text};
use crate::model::prices::{PriceBasis, REFERENCE_PRICES};
use crate::model::{GpuKind, Summary};

/// Props of [`ReferencePrices`].
#[derive(Properties, PartialEq)]
pub struct ReferencePricesProps {
    /// Results of the last valid scenario.
    pub summary: Summary,
    /// Language.
    pub lang: Lang,
}

fn basis_text(basis: PriceBasis) -> Text {
    match basis {
        PriceBasis::OnDemand => Text::BasisOnDemand,
        PriceBasis::CapacityBlock => Text::BasisCapacityBlock,
        PriceBasis::List => Text::BasisList,
        PriceBasis::Contract => Text::BasisContract,
    }
}

/// The comparison table. Kinds without a reference price are left out; the H100 contract
/// index is always shown as the market's floor.
#[component]
pub fn ReferencePrices(props: &ReferencePricesProps) -> Html {
    let (summary, lang) = (&props.summary, props.lang);
    let text = |key| i18n::text(lang, key);
    let table_label = AttrValue::from(text(Text::ReferenceHeading));
    let rows = REFERENCE_PRICES.iter().filter_map(|reference| {
        let deal_price = summary.price_per_kind_usd[reference.kind]
            .or((reference.kind == GpuKind::H100).then_some(summary.price_per_gpu_hour_usd))?;
        let change = deal_price / reference.usd_per_gpu_hour - 1.0;
        let sign = if change > 0.0 { "+" } else { "" };
        Some(html! {
            <tr key={reference.id} data-reference={reference.id}>
                <th scope="row">
                    <a href={reference.source.url} rel="noopener noreferrer">
                        { reference.product }</a>
                    <span class="prices__basis">{ format!(" · {} · {}", text(basis_text(reference.basis)), reference.source.date) }</span>
                </th>
                <td>{ format::number(lang, reference.usd_per_gpu_hour, Style::UsdCents) }</td>
                <td data-value={format::plain(change)}>
                    { format!("{} {sign}{}", format::number(lang, deal_price, Style::UsdCents),
                        format::number(lang, change, Style::Percent)) }
                </td>
            </tr>
        })
    });
    html! {
        <section class="prices" aria-labelledby="prices-heading">
            <h2 id="prices-heading" class="section-title">{ text(Text::ReferenceHeading) }</h2>
            <p class="section-intro">{ text(Text::ReferenceIntro) }</p>
            { scroll_table(
                table_label,
                [
                    AttrValue::from(text(Text::ReferenceProduct)),
                    AttrValue::from(text(Text::ReferencePrice)),
                    AttrValue::from(text(Text::ReferenceDeal)),
                ],
                rows.collect::<Html>(),
            ) }
        </section>
    }
}
