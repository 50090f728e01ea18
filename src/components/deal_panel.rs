//! The deal library: a drop-down of presets and a card that keeps what was announced apart
//! from what the calculator assumes, with the deal's status, its sources and how far each can
//! be trusted, and the readings of an ambiguous value.

use yew::prelude::*;

use super::common::{Choice, PanelProps};
use crate::i18n::format::{self, Style};
use crate::i18n::{self, Lang, Text};
use crate::model::deals::{Deal, Status};
use crate::model::{run, Scenario, SolveFor, DEALS};
use crate::state::Action;
use crate::url;

/// The word for `status` in `lang`.
fn status_text(lang: Lang, status: Status) -> &'static str {
    i18n::text(
        lang,
        match status {
            Status::Active => Text::StatusActive,
            Status::Expanded => Text::StatusExpanded,
            Status::Superseded => Text::StatusSuperseded,
        },
    )
}

/// What the deal's scenario gives at `value_usd`: the price per accelerator-hour, or the fleet
/// where the fleet is solved.
fn reading_result(lang: Lang, deal: &Deal, value_usd: f64) -> String {
    let scenario = Scenario {
        value_usd,
        ..deal.scenario()
    };
    let Ok(outcome) = run(&scenario) else {
        return "–".to_owned();
    };
    let summary = outcome.summary;
    match scenario.solve {
        SolveFor::Fleet => format!(
            "{} {}",
            format::number(lang, summary.total_gpus, Style::CompactLong),
            i18n::text(lang, Text::GpusUnit)
        ),
        _ => i18n::text(lang, Text::ReadingPrice).replace(
            "{price}",
            &format::number(lang, summary.price_per_gpu_hour_usd, Style::UsdCents),
        ),
    }
}

/// Deal picker and card.
pub fn deal_panel(props: &PanelProps) -> Html {
    let lang = props.state.lang;
    let text = |key| i18n::text(lang, key);
    let options = DEALS
        .iter()
        .map(|deal| {
            let label = format!("{} ({})", deal.parties, &deal.announced[..7]);
            (AttrValue::from(deal.id), AttrValue::from(label))
        })
        .collect::<Vec<_>>();
    let selected = props.state.preset.unwrap_or(DEALS[0].id);

    let on_change = props.send(|id: AttrValue| Action::LoadPreset { id: id.to_string() });
    let Some(deal) = DEALS.iter().find(|deal| deal.id == selected) else {
        return Html::default();
    };
    let value = deal.value_usd.map_or_else(
        || text(Text::NotDisclosed).to_owned(),
        |usd| format::number(lang, usd, Style::UsdCompactLong),
    );
    let power = deal.power_gw.map_or_else(
        || text(Text::NotDisclosed).to_owned(),
        |gw| format!("{} GW", format::number(lang, gw, Style::Decimal)),
    );
    html! {
        <div class="deal">
            <Choice name="preset" label={text(Text::DealLabel)} {options}
                selected={AttrValue::from(selected)} {on_change} />
            <p class="deal__page"><a href={url::deal_page(lang, deal.id)} data-link="deal-page">
                { text(Text::DealPage) }</a></p>
            <div class="deal__card" data-deal={deal.id}>
                <h3 class="deal__heading">{ text(Text::AnnouncedHeading) }</h3>
                <dl class="deal__facts">
                    <dt>{ text(Text::ValueWord) }</dt><dd data-announced="value">{ value }</dd>
                    <dt>{ text(Text::TermWord) }</dt><dd data-announced="term">{ i18n::words(lang, &deal.term) }</dd>
                    <dt>{ text(Text::HardwareWord) }</dt><dd>{ i18n::words(lang, &deal.hardware) }</dd>
                    <dt>{ text(Text::PowerWord) }</dt><dd data-announced="power">{ power }</dd>
                    <dt>{ text(Text::DateWord) }</dt><dd>{ deal.announced }</dd>
                    <dt>{ text(Text::StatusWord) }</dt>
                    <dd data-status={status_text(Lang::En, deal.status)}>{
                        match deal.status_note {
                            Some(note) => format!("{} — {}", status_text(lang, deal.status), i18n::words(lang, &note)),
                            None => status_text(lang, deal.status).to_owned(),
                        }
                    }</dd>
                    <dt>{ text(Text::AsOfWord) }</dt><dd data-as-of="true">{ deal.as_of }</dd>
                </dl>
                if !deal.readings.is_empty() {
                    <p class="deal__readings-heading">{ text(Text::ReadingsHeading) }</p>
                    <ul class="deal__readings" data-readings="true">
                        { for deal.readings.iter().map(|reading| {
                            let usd = reading.value_usd;
                            html! {
                                <li>
                                    <button type="button" class="button button--quiet"
                                        onclick={props.on_action.reform(move |_: MouseEvent| Action::SetValue { usd })}>
                                        { i18n::words(lang, &reading.label) }
                                    </button>
                                    { format!(" → {}", reading_result(lang, deal, usd)) }
                                </li>
                            }
                        }) }
                    </ul>
                }
                // The seed deal's sources are listed here; every other deal's, with their notes,
                // on the methodology page (the wasm carries only the seed deal's).
                if deal.id == DEALS[0].id {
                    <ul class="deal__sources">
                        { for deal.sources.iter().map(|source| html! {
                            <li data-trust={source.trust.tag()}><a href={source.url} rel="noopener noreferrer">
                                { super::sources::host(source.url) }</a>
                                { format!(" ({}, {})", source.date, source.trust.tag()) }</li>
                        }) }
                    </ul>
                    <p class="deal__trust-legend">{ text(Text::TrustLegend) }</p>
                } else {
                    <p class="deal__sources-link">
                        <a href={format!("methodology/{}.html#{}", lang.code(), deal.id)} data-link="deal-sources">
                            { text(Text::DealSourcesLink) }</a>
                    </p>
                }
                <h3 class="deal__heading">{ text(Text::AssumedHeading) }</h3>
                <p class="deal__assumed">{ i18n::words(lang, &deal.assumptions) }</p>
                if let Some(usd) = deal.assumed_price_usd {
                    <p class="deal__assumed-price">
                        { format!("{}: {}.", text(Text::AssumedPriceWord), format::number(lang, usd, Style::UsdCents)) }
                    </p>
                }
                if let Some(note) = &deal.range_note {
                    <h3 class="deal__heading">{ text(Text::RangesHeading) }</h3>
                    <p class="deal__assumed" data-note="ranges">{ i18n::words(lang, note) }</p>
                }
            </div>
        </div>
    }
}
