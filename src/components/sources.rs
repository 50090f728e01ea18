//! The foot of the page: the assumptions paragraph, what changed in the current data version,
//! and the link to the methodology page, which lists every source.

use yew::prelude::*;

use crate::i18n::{self, Lang, Text};
use crate::model::data_version::{DataChange, DATA_CHANGES};

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

/// What changed in `versions` (newest first), each under its dated heading.
pub fn changes_list(lang: Lang, versions: &[DataChange]) -> Html {
    html! {
        <div class="changes" data-changes="true">
            { for versions.iter().map(|version| html! {
                <section class="changes__version" data-version={version.version}>
                    <h3>{ i18n::text(lang, Text::ChangesVersion)
                        .replace("{version}", version.version)
                        .replace("{date}", version.date) }</h3>
                    <ul>{ for version.changes.iter().map(|change| html! { <li>{ i18n::words(lang, change) }</li> }) }</ul>
                </section>
            }) }
        </div>
    }
}

/// Assumptions, what changed in the current data version, and the way to the methodology page
/// (every formula and every source, with its notes), for the foot of the page.
#[component]
pub fn Sources(props: &SourcesProps) -> Html {
    let lang = props.lang;
    let text = |key| i18n::text(lang, key);
    html! {
        <section class="sources" aria-labelledby="assumptions-heading">
            <h2 id="assumptions-heading">{ text(Text::AssumptionsHeading) }</h2>
            <p>{ text(Text::AssumptionsBody) }</p>
            <p class="methodology-link">
                <a href={format!("methodology/{}.html", lang.code())} data-link="methodology">
                    { text(Text::MethodologyLink) }</a>
            </p>
            <h2>{ text(Text::ChangesHeading) }</h2>
            { changes_list(lang, &DATA_CHANGES[..1]) }
        </section>
    }
}
