//! Share, export and embed: copy the link, the Web Share sheet, CSV and JSON downloads,
//! citations, and ready-made embed code with a preview at phone and desktop widths.

use std::rc::Rc;

use yew::prelude::*;

use super::common::{use_disclosure, Choice, IN_BROWSER};
use super::download;
use crate::chart::ChartKind;
use crate::export;
use crate::i18n::{self, Text};
use crate::model::Outcome;
use crate::state::AppState;
use crate::url::{self, ViewOptions};

/// Default height of the embed frame, CSS pixels: the compact view fits it on a phone.
pub const EMBED_HEIGHT_PX: u32 = 640;

/// Props of [`SharePanel`].
#[derive(Properties, PartialEq)]
pub struct SharePanelProps {
    /// The reader's inputs.
    pub state: Rc<AppState>,
    /// Results of the last valid scenario (shared with the page, not copied).
    pub outcome: Rc<Option<Outcome>>,
}

/// `?query` of `pairs`, encoded by the browser.
pub fn query_string(pairs: &[(String, String)]) -> String {
    if !IN_BROWSER {
        return String::new();
    }
    let Ok(params) = web_sys::UrlSearchParams::new() else {
        return String::new();
    };
    for (key, value) in pairs {
        params.append(key, value);
    }
    format!("?{}", String::from(params.to_string()))
}

/// Style of the embed frame in the host page: borderless, full width up to 800 px.
/// `width:1px;min-width:100%`: iOS Safari sizes a frame by its content unless it is told so.
const FRAME_STYLE: &str = "border:0;width:1px;min-width:100%";

/// Embed code for `src`: a responsive, lazy iframe, the deal's social card (`card`, relative to
/// the site's root) linked to `link` for hosts that drop frames and scripts (newsletters, Apple
/// News: a `<noscript>` picture), and the optional resizing script, written by the browser's
/// own serialiser so every attribute is escaped. The constant `style` is added to the
/// serialised text: setting a `style` attribute on an element of this page would break its
/// Content-Security-Policy.
fn embed_code(src: &str, title: &str, link: &str, card: &str) -> String {
    if !IN_BROWSER {
        return String::new();
    }
    let from_root = |path: &str| {
        web_sys::Url::new_with_base(path, &download::site_root())
            .map(|url| url.href())
            .unwrap_or_default()
    };
    let document = gloo::utils::document();
    let elements =
        ["iframe", "script", "noscript", "a", "img"].map(|name| document.create_element(name).ok());
    let [Some(frame), Some(script), Some(fallback), Some(anchor), Some(image)] = elements else {
        return String::new();
    };
    let _ = anchor.set_attribute("href", link);
    let card = from_root(card);
    for (name, value) in [
        ("src", card.as_str()),
        ("alt", title),
        ("width", "600"),
        ("height", "315"),
    ] {
        let _ = image.set_attribute(name, value);
    }
    let _ = anchor.append_child(&image);
    let _ = fallback.append_child(&anchor);
    for (name, value) in [
        ("src", src),
        ("title", title),
        ("width", "100%"),
        ("height", &EMBED_HEIGHT_PX.to_string()),
        ("loading", "lazy"),
        ("allow", "web-share; clipboard-write"),
        ("data-compute-deal-calculator", ""),
    ] {
        let _ = frame.set_attribute(name, value);
    }
    let frame_html =
        frame
            .outer_html()
            .replacen("<iframe ", &format!("<iframe style=\"{FRAME_STYLE}\" "), 1);
    let _ = script.set_attribute("src", &from_root("embed.js"));
    let _ = script.set_attribute("async", "");
    format!(
        "{frame_html}\n{}\n{}",
        fallback.outer_html(),
        script.outer_html()
    )
}

fn today() -> String {
    if !IN_BROWSER {
        return String::new();
    }
    let iso: String = js_sys::Date::new_0().to_iso_string().into();
    iso.get(..10).unwrap_or_default().to_owned()
}

/// The share, export and embed panel.
#[component]
pub fn SharePanel(props: &SharePanelProps) -> Html {
    let lang = props.state.lang;
    let text = |key| i18n::text(lang, key);
    let embed_chart = use_state(ChartKind::default);
    // Each preview frame is a whole calculator, reloaded whenever the inputs change.
    let (preview_open, on_preview_toggle) = use_disclosure();
    let (cite_open, on_cite_toggle) = use_disclosure();
    let link = format!(
        "{}{}",
        download::page_base(),
        query_string(&url::to_query(&props.state))
    );
    let embed_view = ViewOptions {
        embed: true,
        chart: *embed_chart,
        ..ViewOptions::default()
    };
    let mut embed_pairs = url::to_query(&props.state);
    embed_pairs.extend(url::view_pairs(&embed_view));
    let embed_src = format!("{}{}", download::page_base(), query_string(&embed_pairs));
    let heading = i18n::heading(lang, props.state.preset);
    let deal = props.state.preset.unwrap_or(crate::model::DEALS[0].id);
    let card = format!("{}card.png", url::deal_page(lang, deal));
    let code = embed_code(&embed_src, &heading, &link, &card);
    let copy = |value: String| Callback::from(move |_: MouseEvent| download::copy(&value));
    let citations = cite_open.then(|| {
        let date = today();
        let apa = export::cite_apa(&props.state, &link, &date);
        let bibtex = export::cite_bibtex(&props.state, &link, &date);
        html! {
            <>
                <p class="share__label">{ "APA" }</p>
                <pre class="share__code" data-cite="apa">{ &apa }</pre>
                <button type="button" class="button button--quiet" onclick={copy(apa.clone())}>
                    { text(Text::CopyCitation) }</button>
                <p class="share__label">{ "BibTeX" }</p>
                <pre class="share__code" data-cite="bibtex">{ &bibtex }</pre>
                <button type="button" class="button button--quiet" onclick={copy(bibtex)}>
                    { text(Text::CopyCitation) }</button>
            </>
        }
    });

    let on_share = {
        let (title, link) = (heading.clone(), link.clone());
        Callback::from(move |_: MouseEvent| download::share(&title, &link))
    };
    // The files are written when asked for, not on every change.
    let on_csv = {
        let (state, outcome, link) = (props.state.clone(), props.outcome.clone(), link.clone());
        Callback::from(move |_: MouseEvent| {
            if let Some(outcome) = outcome.as_ref() {
                let csv = export::csv(&state, outcome, &link);
                download::save_text("compute-deal.csv", "text/csv;charset=utf-8", &csv);
            }
        })
    };
    let on_json = {
        let (state, outcome, link) = (props.state.clone(), props.outcome.clone(), link.clone());
        Callback::from(move |_: MouseEvent| {
            let Some(outcome) = outcome.as_ref() else {
                return;
            };
            let document = export::document(&state, outcome, &link);
            let Ok(value) = serde_wasm_bindgen::to_value(&document) else {
                return;
            };
            let json = js_sys::JSON::stringify_with_replacer_and_space(
                &value,
                &wasm_bindgen::JsValue::NULL,
                &wasm_bindgen::JsValue::from_f64(2.0),
            );
            if let Ok(json) = json {
                download::save_text("compute-deal.json", "application/json", &String::from(json));
            }
        })
    };
    let chart_options = ChartKind::ALL
        .map(|kind| {
            (
                AttrValue::from(kind.name()),
                AttrValue::from(text(kind.title())),
            )
        })
        .to_vec();
    let on_chart = {
        let embed_chart = embed_chart.clone();
        Callback::from(move |name: AttrValue| {
            let kind = ChartKind::ALL
                .into_iter()
                .find(|kind| kind.name() == name.as_str());
            embed_chart.set(kind.unwrap_or_default());
        })
    };
    html! {
        <section class="share" aria-labelledby="share-heading">
            <h2 id="share-heading" class="section-title">{ text(Text::ShareHeading) }</h2>
            // Printed in place of the buttons: the link that reproduces the page.
            <p class="share__link" data-link="print">{ &link }</p>
            <div class="share__actions">
                <button type="button" class="button" data-action="copy-link" onclick={copy(link.clone())}>
                    { text(Text::CopyLink) }</button>
                if download::can_share() {
                    <button type="button" class="button button--quiet" data-action="share" onclick={on_share}>
                        { text(Text::ShareButton) }</button>
                }
                <button type="button" class="button button--quiet" data-action="download-csv" onclick={on_csv}>
                    { text(Text::DownloadCsv) }</button>
                <button type="button" class="button button--quiet" data-action="download-json" onclick={on_json}>
                    { text(Text::DownloadJson) }</button>
            </div>
            <details class="share__cite" ontoggle={on_cite_toggle}>
                <summary class="advanced__summary">{ text(Text::CiteHeading) }</summary>
                { citations.unwrap_or_default() }
            </details>
            <h3 class="share__subheading">{ text(Text::EmbedHeading) }</h3>
            <p class="section-intro">{ text(Text::EmbedIntro) }</p>
            <Choice name="embed_chart" label={text(Text::EmbedChart)} options={chart_options}
                selected={AttrValue::from(embed_chart.name())} on_change={on_chart} />
            <label class="field__label" for="embed-code">{ text(Text::EmbedCodeLabel) }</label>
            <textarea id="embed-code" class="share__code share__textarea" readonly=true rows="6"
                value={code.clone()} data-embed-code="true" />
            <button type="button" class="button" data-action="copy-embed" onclick={copy(code)}>
                { text(Text::CopyCode) }</button>
            <details class="share__preview" ontoggle={on_preview_toggle}>
                <summary class="advanced__summary">{ text(Text::PreviewHeading) }</summary>
                <div class="share__frames">
                    if preview_open {
                        <iframe src={embed_src.clone()} title={heading.clone()} width="360"
                            height={EMBED_HEIGHT_PX.to_string()} class="share__frame" />
                        <iframe src={embed_src} title={heading.clone()} width="640"
                            height={EMBED_HEIGHT_PX.to_string()} class="share__frame" />
                    }
                </div>
            </details>
        </section>
    }
}
