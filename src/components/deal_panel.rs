//! The deal library: a drop-down of presets and a card that keeps what was announced apart
//! from what the calculator assumes.

use yew::prelude::*;

use super::common::{Choice, PanelProps};
use crate::i18n::format::{self, Style};
use crate::i18n::{self, Text};
use crate::model::DEALS;
use crate::state::Action;

/// Deal picker and card.
#[component]
pub fn DealPanel(props: &PanelProps) -> Html {
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
            <div class="deal__card" data-deal={deal.id}>
                <h3 class="deal__heading">{ text(Text::AnnouncedHeading) }</h3>
                <dl class="deal__facts">
                    <dt>{ text(Text::ValueWord) }</dt><dd data-announced="value">{ value }</dd>
                    <dt>{ text(Text::TermWord) }</dt><dd data-announced="term">{ i18n::words(lang, &deal.term) }</dd>
                    <dt>{ text(Text::HardwareWord) }</dt><dd>{ i18n::words(lang, &deal.hardware) }</dd>
                    <dt>{ text(Text::PowerWord) }</dt><dd data-announced="power">{ power }</dd>
                    <dt>{ text(Text::DateWord) }</dt><dd>{ deal.announced }</dd>
                </dl>
                <ul class="deal__sources">
                    { for deal.sources.iter().map(|source| html! {
                        <li><a href={source.url} rel="noopener noreferrer" title={source.note}>
                            { super::sources::host(source.url) }</a>{ format!(" ({})", source.date) }</li>
                    }) }
                </ul>
                <h3 class="deal__heading">{ text(Text::AssumedHeading) }</h3>
                <p class="deal__assumed">{ i18n::words(lang, &deal.assumptions) }</p>
            </div>
        </div>
    }
}
