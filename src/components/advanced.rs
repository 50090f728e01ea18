//! Advanced assumptions, collapsed by default: precision, utilisation, MFU, power per GPU,
//! PUE, electricity price and relative price weights (for the kinds in the fleet).

use yew::prelude::*;

use super::common::{use_disclosure, Choice, PanelProps};
use super::number_field::NumberField;
use super::sources::host;
use crate::i18n::format::Style;
use crate::i18n::{self, Text};
use crate::model::{Field, GpuKind, Precision};
use crate::state::Action;
use crate::url::{self, precision_id};

/// The advanced assumptions panel.
#[component]
pub fn AdvancedPanel(props: &PanelProps) -> Html {
    let (open, on_toggle) = use_disclosure();
    let (state, lang) = (&props.state, props.state.lang);
    let scenario = &state.scenario;
    let text = |key| i18n::text(lang, key);
    let precisions = [Precision::Fp4, Precision::Fp8, Precision::Bf16]
        .map(|precision| {
            let id = precision_id(precision);
            (
                AttrValue::from(id),
                AttrValue::from(id.to_ascii_uppercase()),
            )
        })
        .to_vec();
    let on_precision = props.send(|id: AttrValue| Action::SetPrecision {
        precision: [Precision::Fp4, Precision::Fp8, Precision::Bf16]
            .into_iter()
            .find(|precision| precision_id(*precision) == id.as_str())
            .unwrap_or_default(),
    });
    let kinds: Vec<GpuKind> = GpuKind::ALL
        .into_iter()
        .filter(|kind| {
            scenario
                .tranches
                .iter()
                .any(|tranche| tranche.kind == *kind)
        })
        .collect();
    let per_kind = kinds.iter().map(|&kind| {
        let name = kind.spec().name;
        html! {
            <>
                <NumberField
                    name={url::kind_key("power", kind)}
                    label={text(Text::PowerKwLabel).replace("{kind}", name)}
                    unit={text(Text::PowerKwUnit)}
                    note={format!("{} ({})", host(kind.spec().power_source.url), kind.spec().power_source.date)}
                    {lang} style={Style::Decimal} value={scenario.it_power_kw[kind]}
                    error={props.error(Field::PowerKw(kind))}
                    on_change={props.send(move |kw: f64| Action::SetPowerKw { kind, kw })}
                    on_reject={props.reject(Field::PowerKw(kind))}
            span={props.span(Field::PowerKw(kind), 1.0)} on_span={props.send_span(Field::PowerKw(kind), 1.0)} />
                <NumberField
                    name={url::kind_key("weight", kind)}
                    label={text(Text::WeightLabel).replace("{kind}", name)}
                    unit="×" note={text(Text::WeightNote)}
                    {lang} style={Style::Decimal} value={scenario.price_weight[kind]}
                    error={props.error(Field::PriceWeight(kind))}
                    on_change={props.send(move |weight: f64| Action::SetPriceWeight { kind, weight })}
                    on_reject={props.reject(Field::PriceWeight(kind))}
            span={props.span(Field::PriceWeight(kind), 1.0)} on_span={props.send_span(Field::PriceWeight(kind), 1.0)} />
            </>
        }
    });
    // A fraction shown and typed as a percentage (utilisation, MFU).
    let percent_field = |name: &'static str,
                         label: Text,
                         note: Text,
                         fraction: f64,
                         field: Field,
                         action: fn(f64) -> Action| {
        html! {
            <NumberField {name} label={text(label)} unit={text(Text::PercentUnit)}
                note={text(note)} {lang} style={Style::Decimal} value={fraction * 100.0}
                error={props.error(field)}
                on_change={props.send(move |percent: f64| action(percent / 100.0))}
                on_reject={props.reject(field)}
            span={props.span(field, 0.01)} on_span={props.send_span(field, 0.01)} />
        }
    };
    html! {
        <details class="advanced" ontoggle={on_toggle}>
            <summary class="advanced__summary">{ text(Text::AdvancedHeading) }</summary>
            if open {
                <div class="advanced__grid">
                    <Choice name="precision" label={text(Text::PrecisionLabel)} options={precisions}
                        selected={AttrValue::from(precision_id(scenario.precision))} on_change={on_precision} />
                    { percent_field("util", Text::UtilisationLabel, Text::UtilisationNote, scenario.utilisation,
                        Field::Utilisation, |fraction| Action::SetUtilisation { fraction }) }
                    { percent_field("mfu", Text::MfuLabel, Text::MfuNote, scenario.mfu,
                        Field::Mfu, |fraction| Action::SetMfu { fraction }) }
                    <NumberField name="pue" label={text(Text::PueLabel)} unit="×"
                        note={text(Text::PueNote)} {lang} style={Style::Decimal} value={scenario.pue}
                        error={props.error(Field::Pue)}
                        on_change={props.send(|pue: f64| Action::SetPue { pue })}
                        on_reject={props.reject(Field::Pue)}
            span={props.span(Field::Pue, 1.0)} on_span={props.send_span(Field::Pue, 1.0)} />
                    <NumberField name="electricity" label={text(Text::ElectricityLabel)}
                        unit={text(Text::ElectricityUnit)} note={text(Text::ElectricityNote)}
                        {lang} style={Style::Decimal} value={scenario.electricity_usd_per_mwh}
                        error={props.error(Field::ElectricityPrice)}
                        on_change={props.send(|usd_per_mwh: f64| Action::SetElectricity { usd_per_mwh })}
                        on_reject={props.reject(Field::ElectricityPrice)}
            span={props.span(Field::ElectricityPrice, 1.0)} on_span={props.send_span(Field::ElectricityPrice, 1.0)} />
                    { for per_kind }
                </div>
            }
        </details>
    }
}
