//! The headline figure: the price per GPU-hour the deal implies, and its split by GPU kind.

use yew::prelude::*;

use crate::i18n::format::{self, Style};
use crate::i18n::{self, Lang, Text};
use crate::model::{GpuKind, Summary};

/// Props of [`Headline`].
#[derive(Properties, PartialEq)]
pub struct HeadlineProps {
    /// Totals of the last valid scenario.
    pub summary: Summary,
    /// Whether the inputs have changed since (an invalid field).
    pub stale: bool,
    /// Whether the price is solved (else it is an input).
    pub solved: bool,
    /// Language of labels and numbers.
    pub lang: Lang,
}

/// The implied price per GPU-hour, large.
#[component]
pub fn Headline(props: &HeadlineProps) -> Html {
    let (s, lang) = (&props.summary, props.lang);
    let per_kind = GpuKind::ALL
        .into_iter()
        .filter_map(|kind| {
            s.price_per_kind_usd[kind].map(|price| {
                html! {
                    <li key={kind.id()}>
                        <span class="headline__kind">{ kind.spec().name }</span>
                        <span data-output={format!("price_{}", kind.id())} data-value={format::plain(price)}>
                            { format::number(lang, price, Style::UsdCents) }
                        </span>
                    </li>
                }
            })
        })
        .collect::<Html>();
    html! {
        <div class="headline" data-stale={props.stale.then_some("true")}>
            <p class="headline__label" id="headline-label">{ i18n::text(lang, if props.solved { Text::HeadlineLabel } else { Text::HeadlineGiven }) }</p>
            <p class="headline__figure"
                aria-labelledby="headline-label"
                data-output="price_per_gpu_hour"
                data-value={format::plain(s.price_per_gpu_hour_usd)}>
                { format::number(lang, s.price_per_gpu_hour_usd, Style::UsdCents) }
            </p>
            <ul class="headline__kinds">{ per_kind }</ul>
            <p class="headline__note">{ i18n::text(lang, Text::HeadlineNote) }</p>
        </div>
    }
}
