//! The headline figure: the price per GPU-hour the deal implies, and its split by GPU kind.

use yew::prelude::*;

use crate::i18n::format::{self, Style};
use crate::i18n::{self, Lang, Text};
use crate::model::ranges::Bounds;
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
    /// The bounds of every output, when some input is a range.
    #[prop_or_default]
    pub bounds: Option<std::rc::Rc<Bounds>>,
}

/// The `data-low` and `data-high` of output `key`, if it has bounds.
pub fn bound_attributes(bounds: Option<&Bounds>, key: &str) -> (Option<String>, Option<String>) {
    match bounds.and_then(|bounds| bounds.of(key)) {
        Some((low, high)) => (Some(format::plain(low)), Some(format::plain(high))),
        None => (None, None),
    }
}

/// The implied price per GPU-hour, large.
#[component]
pub fn Headline(props: &HeadlineProps) -> Html {
    let (s, lang) = (&props.summary, props.lang);
    let bounds = props.bounds.as_deref();
    let per_kind = GpuKind::ALL
        .into_iter()
        .filter_map(|kind| {
            s.price_per_kind_usd[kind].map(|price| {
                let key = format!("price_{}", kind.id());
                let (low, high) = bound_attributes(bounds, &key);
                html! {
                    <li key={kind.id()}>
                        <span class="headline__kind">{ kind.spec().name }</span>
                        <span data-output={key} data-value={format::plain(price)} data-low={low} data-high={high}>
                            { format::number(lang, price, Style::UsdCents) }
                        </span>
                    </li>
                }
            })
        })
        .collect::<Html>();
    let (price_low, price_high) = bound_attributes(bounds, "price_per_gpu_hour");
    html! {
        <div class="headline" data-stale={props.stale.then_some("true")}>
            <p class="headline__label" id="headline-label">{ i18n::text(lang, if props.solved { Text::HeadlineLabel } else { Text::HeadlineGiven }) }</p>
            // The label above names the figure; a paragraph takes no name of its own (ARIA).
            <p class="headline__figure"
                data-output="price_per_gpu_hour"
                data-value={format::plain(s.price_per_gpu_hour_usd)}
                data-low={price_low} data-high={price_high}>
                { format::number(lang, s.price_per_gpu_hour_usd, Style::UsdCents) }
            </p>
            if let Some((low, high)) = bounds.and_then(|bounds| bounds.of("price_per_gpu_hour")) {
                <p class="headline__range" data-range="price_per_gpu_hour">
                    { i18n::text(lang, Text::RangeBetween)
                        .replace("{low}", &format::number(lang, low, Style::UsdCents))
                        .replace("{high}", &format::number(lang, high, Style::UsdCents)) }
                </p>
            }
            <ul class="headline__kinds">{ per_kind }</ul>
            <p class="headline__note">{ i18n::text(lang, Text::HeadlineNote) }</p>
        </div>
    }
}
