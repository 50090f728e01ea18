//! The assumptions paragraph, the list of sources behind every default figure with their trust
//! tags, and what changed in each data version.

use yew::prelude::*;

use crate::i18n::{self, Lang, Text};
use crate::model::data_version::DATA_CHANGES;
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
            { format!(" ({}, {})", source.date, source.trust.tag()) }
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
            <p class="section-intro">{ i18n::text(lang, Text::TrustLegend) }</p>
            <h2 id="changes-heading">{ i18n::text(lang, Text::ChangesHeading) }</h2>
            <div class="changes" data-changes="true">
                { for DATA_CHANGES.iter().map(|version| html! {
                    <section class="changes__version" data-version={version.version}>
                        <h3>{ i18n::text(lang, Text::ChangesVersion)
                            .replace("{version}", version.version)
                            .replace("{date}", version.date) }</h3>
                        <ul>{ for version.changes.iter().map(|change| html! { <li>{ i18n::words(lang, change) }</li> }) }</ul>
                    </section>
                }) }
            </div>
        </section>
    }
}
