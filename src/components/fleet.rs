//! The fleet editor: one count field per tranche (with a slider), each with its kind, first
//! month, ramp length and shape behind a disclosure; add and remove tranches.

use yew::prelude::*;

use super::common::{Choice, MonthField, PanelProps, IN_BROWSER};
use super::number_field::{NumberField, SliderScale};
use crate::i18n::format::{self, Style};
use crate::i18n::{self, month_label, Text};
use crate::model::ramp::RampShape;
use crate::model::{Field, GpuKind, Scenario, SolveFor};
use crate::state::Action;
use crate::url;

fn shape_text(shape: RampShape) -> Text {
    match shape {
        RampShape::Linear => Text::ShapeLinear,
        RampShape::SCurve => Text::ShapeS,
        RampShape::AllAtOnce => Text::ShapeOnce,
    }
}

/// The same shape as it reads inside a sentence (the tranche note).
fn shape_in_sentence(shape: RampShape) -> Text {
    match shape {
        RampShape::Linear => Text::RampLinear,
        RampShape::SCurve => Text::RampS,
        RampShape::AllAtOnce => Text::RampOnce,
    }
}

/// The count field of tranche `index` (`gb200`, `gb300`, `t3`, …), with a slider.
pub fn count_field(props: &PanelProps, index: usize) -> Html {
    let (scenario, lang) = (&props.state.scenario, props.state.lang);
    let text = |key| i18n::text(lang, key);
    let Some(tranche) = scenario.tranches.get(index) else {
        return Html::default();
    };
    let note = text(Text::TrancheNote)
        .replace("{month}", &month_label(lang, tranche.first_month))
        .replace("{ramp}", &tranche.ramp_months.to_string())
        .replace("{shape}", text(shape_in_sentence(tranche.ramp)));
    html! {
        <NumberField
            name={url::tranche_count_key(scenario, index)}
            label={text(Text::GpusOf).replace("{kind}", tranche.kind.spec().name)}
            // No unit beside the count: the label names it ("GB200 accelerators"), and the
            // word is too long to leave room for seven digits.
            unit="" note={note} {lang} style={Style::Integer}
            value={tranche.count}
            scale={SliderScale::Sqrt { max: 2_000_000.0, round_to: 1000.0 }}
            slider_suffix={text(Text::SliderSuffix)}
            error={props.error(Field::TrancheCount(index))}
            on_change={props.send(move |gpus: f64| Action::SetTrancheCount { index, gpus })}
            on_reject={props.reject(Field::TrancheCount(index))}
            span={props.span(Field::TrancheCount(index), 1.0)} on_span={props.send_span(Field::TrancheCount(index), 1.0)} />
    }
}

/// Every tranche of the fleet.
pub fn fleet_panel(props: &PanelProps) -> Html {
    let (state, lang) = (&props.state, props.state.lang);
    let scenario = &state.scenario;
    let text = |key| i18n::text(lang, key);
    // Counts are only a mix when the fleet is solved for or given in megawatts.
    let scaled = scenario.solve == SolveFor::Fleet || scenario.fleet_mw.is_some();
    let total = props.summary.as_ref().map(|summary| summary.total_gpus);
    let tranches = scenario.tranches.iter().enumerate().map(|(index, tranche)| {
        let kind_options = GpuKind::ALL
            .map(|kind| (AttrValue::from(kind.id()), AttrValue::from(kind.spec().name)))
            .to_vec();
        let shape_options = [RampShape::Linear, RampShape::SCurve, RampShape::AllAtOnce]
            .map(|shape| (AttrValue::from(shape.id()), AttrValue::from(text(shape_text(shape)))))
            .to_vec();
        html! {
            <div class="tranche" key={index}>
                { count_field(props, index) }
                <details class="tranche__settings">
                    <summary>{ text(Text::TrancheSettings) }</summary>
                    // The page built at build time leaves the closed settings out (0.5 KB
                    // of the first visit): nobody opens them before the live page is there.
                    if IN_BROWSER {
                        <div class="tranche__grid">
                            <Choice name={url::tranche_key(index, "kind")} label={text(Text::TrancheKind)}
                                options={kind_options} selected={AttrValue::from(tranche.kind.id())}
                                on_change={props.send(move |id: AttrValue| Action::SetTrancheKind {
                                    index, kind: GpuKind::from_id(&id).unwrap_or(GpuKind::GB200) })} />
                            <MonthField name={url::tranche_key(index, "start")} label={text(Text::TrancheStart)}
                                value={tranche.first_month} {lang}
                                error={props.error(Field::TrancheStart(index))}
                                on_change={props.send(move |month| Action::SetTrancheStart { index, month })} />
                            <NumberField
                                name={url::tranche_key(index, "ramp")} label={text(Text::TrancheRamp)}
                                unit={text(Text::MonthsUnit)} {lang} style={Style::Integer}
                                value={f64::from(tranche.ramp_months)}
                                error={props.error(Field::TrancheRamp(index))}
                                on_change={props.send(move |months: f64| Action::SetTrancheRamp { index, months })}
                                on_reject={props.reject(Field::TrancheRamp(index))}
            span={props.span(Field::TrancheRamp(index), 1.0)} on_span={props.send_span(Field::TrancheRamp(index), 1.0)} />
                            <Choice name={url::tranche_key(index, "shape")} label={text(Text::TrancheShape)}
                                options={shape_options} selected={AttrValue::from(tranche.ramp.id())}
                                on_change={props.send(move |id: AttrValue| Action::SetTrancheShape {
                                    index, shape: RampShape::from_id(&id).unwrap_or_default() })} />
                        </div>
                        <button type="button" class="button button--quiet"
                            onclick={props.send(move |_: MouseEvent| Action::RemoveTranche { index })}>
                            { text(Text::RemoveTranche) }
                        </button>
                    }
                </details>
            </div>
        }
    });
    let can_add = scenario.tranches.len() < Scenario::MAX_TRANCHES;
    html! {
        <fieldset class="fleet">
            <legend class="section-title">{ text(Text::FleetHeading) }</legend>
            if let (true, Some(total)) = (scaled, total) {
                <p class="fleet__total">
                    <span class="badge">{ text(Text::Computed) }</span>
                    { format!(" {} {}", format::number(lang, total, Style::Integer), text(Text::GpusAtFull)) }
                </p>
                <p class="field__note">{ text(Text::MixNote) }</p>
            }
            { for tranches }
            if let Some(message) = props.error(Field::Fleet) {
                <p class="field__error" data-error-for="fleet" role="alert">{ message }</p>
            }
            if can_add {
                <button type="button" class="button" data-action="add-tranche"
                    onclick={props.send(|_: MouseEvent| Action::AddTranche)}>
                    { text(Text::AddTranche) }
                </button>
            }
        </fieldset>
    }
}
