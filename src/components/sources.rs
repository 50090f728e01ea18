//! The assumptions paragraph and the list of sources behind every default figure.

use yew::prelude::*;

use crate::i18n::{self, Lang, Text};
use crate::model::{GpuKind, Source, DEALS, ELECTRICITY_SOURCE, PUE_SOURCE};

/// Props of [`Sources`].
#[derive(Properties, PartialEq)]
pub struct SourcesProps {
    /// Language of the headings.
    pub lang: Lang,
}

/// The host of `url` without `www.`, as link text.
pub fn host(url: &str) -> &str {
    let rest = url.split_once("://").map_or(url, |(_, rest)| rest);
    let host = rest.split('/').next().unwrap_or(rest);
    host.strip_prefix("www.").unwrap_or(host)
}

fn item(source: &Source) -> Html {
    html! {
        <li lang="en">
            { source.note }
            { " — " }
            <a href={source.url} rel="noopener noreferrer">{ host(source.url) }</a>
            { format!(" ({})", source.date) }
        </li>
    }
}

/// Assumptions and sources, for the foot of the page.
#[component]
pub fn Sources(props: &SourcesProps) -> Html {
    let lang = props.lang;
    let gb200 = GpuKind::GB200.spec();
    let gb300 = GpuKind::GB300.spec();
    let mut sources: Vec<&Source> = DEALS[0].sources.iter().collect();
    sources.extend([
        &gb200.compute_source,
        &gb300.compute_source,
        &gb200.power_source,
        &gb300.power_source,
        &PUE_SOURCE,
        &gb200.price_weight_source,
        &ELECTRICITY_SOURCE,
    ]);
    html! {
        <section class="sources" aria-labelledby="assumptions-heading">
            <h2 id="assumptions-heading">{ i18n::text(lang, Text::AssumptionsHeading) }</h2>
            <p>{ i18n::text(lang, Text::AssumptionsBody) }</p>
            <h2>{ i18n::text(lang, Text::SourcesHeading) }</h2>
            <ol class="sources__list">{ for sources.into_iter().map(item) }</ol>
        </section>
    }
}
