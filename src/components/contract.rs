//! The contract: value, duration, start, which quantity is solved, the price per GPU-hour,
//! and whether the fleet is sized by GPU counts or by facility power. Each field is also
//! available on its own, for the embed's chosen controls.

use yew::prelude::*;

use super::common::{Choice, MonthField, PanelProps};
use super::number_field::{NumberField, SliderScale};
use crate::i18n::format::{self, Style};
use crate::i18n::{self, Text};
use crate::model::{Deal, Field, SolveFor};
use crate::state::Action;

/// The deal loaded from the library, unless it is the default OpenAI–AWS deal (whose notes are
/// written out in full).
fn other_deal(props: &PanelProps) -> Option<&'static Deal> {
    props
        .state
        .preset
        .and_then(Deal::find)
        .filter(|deal| deal.id != crate::model::DEALS[0].id)
}

/// The contract value field (`value`), computed when solving for the value.
pub fn value_field(props: &PanelProps) -> Html {
    let (scenario, lang) = (&props.state.scenario, props.state.lang);
    let text = |key| i18n::text(lang, key);
    let solved = scenario.solve == SolveFor::Value;
    let shown = match (solved, &props.summary) {
        (true, Some(summary)) => summary.contract_value_usd,
        _ => scenario.value_usd,
    };
    let value_note = match other_deal(props) {
        Some(deal) => deal.value_usd.map_or_else(String::new, |usd| {
            text(Text::AnnouncedValue)
                .replace("{value}", &format::number(lang, usd, Style::UsdCompactLong))
        }),
        None => text(Text::ValueNote).to_owned(),
    };
    html! {
        <NumberField
            name="value" label={text(Text::ValueLabel)} unit={text(Text::ValueUnit)}
            note={value_note} {lang} style={Style::Decimal}
            value={shown / 1e9}
            scale={SliderScale::Log { min: 1.0, max: 1000.0 }}
            slider_suffix={text(Text::SliderSuffix)}
            computed={solved} computed_label={text(Text::Computed)}
            error={props.error(Field::Value)}
            on_change={props.send(|billions: f64| Action::SetValue { usd: billions * 1e9 })}
            on_reject={props.reject(Field::Value)}
            span={props.span(Field::Value, 1e9)} on_span={props.send_span(Field::Value, 1e9)} />
    }
}

/// The duration field (`years`).
pub fn years_field(props: &PanelProps) -> Html {
    let (scenario, lang) = (&props.state.scenario, props.state.lang);
    let text = |key| i18n::text(lang, key);
    let years_note = match other_deal(props) {
        Some(deal) => text(Text::AnnouncedTerm).replace("{term}", i18n::words(lang, &deal.term)),
        None => text(Text::YearsNote).to_owned(),
    };
    html! {
        <NumberField
            name="years" label={text(Text::YearsLabel)} unit={text(Text::YearsUnit)}
            note={years_note} {lang} style={Style::Decimal}
            value={f64::from(scenario.term_months) / 12.0}
            scale={SliderScale::Linear { min: 1.0, max: 30.0, step: 1.0 }}
            slider_suffix={text(Text::SliderSuffix)}
            error={props.error(Field::Years)}
            on_change={props.send(|years: f64| Action::SetTermYears { years })}
            on_reject={props.reject(Field::Years)}
            span={props.span(Field::Years, 12.0)} on_span={props.send_span(Field::Years, 12.0)} />
    }
}

/// The start month field (`start`).
pub fn start_field(props: &PanelProps) -> Html {
    let (scenario, lang) = (&props.state.scenario, props.state.lang);
    html! {
        <MonthField name="start" label={i18n::text(lang, Text::StartLabel)} value={scenario.start}
            {lang} error={props.error(Field::Start)}
            on_change={props.send(|month| Action::SetStart { month })} />
    }
}

/// The price field (`price`), computed when solving for the price.
pub fn price_field(props: &PanelProps) -> Html {
    let (scenario, lang) = (&props.state.scenario, props.state.lang);
    let text = |key| i18n::text(lang, key);
    let solved = scenario.solve == SolveFor::Price;
    let shown = match (solved, &props.summary) {
        (true, Some(summary)) => summary.price_per_gpu_hour_usd,
        _ => scenario.price_per_gpu_hour_usd,
    };
    html! {
        <NumberField
            name="price" label={text(Text::PriceLabel)} unit={text(Text::PriceUnit)}
            note={text(Text::PriceNote)} {lang} style={Style::Decimal}
            value={shown}
            scale={SliderScale::Log { min: 0.1, max: 100.0 }}
            slider_suffix={text(Text::SliderSuffix)}
            computed={solved} computed_label={text(Text::Computed)}
            error={props.error(Field::Price)}
            on_change={props.send(|usd: f64| Action::SetPrice { usd })}
            on_reject={props.reject(Field::Price)}
            span={props.span(Field::Price, 1.0)} on_span={props.send_span(Field::Price, 1.0)} />
    }
}

/// Value, duration, start, solve-for, price and fleet basis.
pub fn contract_panel(props: &PanelProps) -> Html {
    let (scenario, lang) = (&props.state.scenario, props.state.lang);
    let text = |key| i18n::text(lang, key);
    let solve = scenario.solve;
    let solve_options = [
        (SolveFor::Price, Text::SolvePrice),
        (SolveFor::Fleet, Text::SolveFleet),
        (SolveFor::Value, Text::SolveValue),
    ]
    .map(|(mode, label)| (AttrValue::from(mode.id()), AttrValue::from(text(label))))
    .to_vec();
    let on_solve = props.send(|id: AttrValue| Action::SetSolve {
        mode: SolveFor::from_id(&id).unwrap_or_default(),
    });
    let by_power = scenario.fleet_mw.is_some();
    let basis_options = vec![
        (
            AttrValue::from("gpus"),
            AttrValue::from(text(Text::FleetBasisGpus)),
        ),
        (
            AttrValue::from("mw"),
            AttrValue::from(text(Text::FleetBasisMw)),
        ),
    ];
    let peak_mw = props
        .summary
        .as_ref()
        .map_or(1000.0, |s| s.peak_facility_mw.round().max(1.0));
    let on_basis = props.send(move |id: AttrValue| Action::SetFleetMw {
        mw: (id == "mw").then_some(peak_mw),
    });
    html! {
        <>
            { value_field(props) }
            { years_field(props) }
            { start_field(props) }
            <Choice name="solve" label={text(Text::SolveLegend)} radios=true
                options={solve_options} selected={AttrValue::from(solve.id())} on_change={on_solve} />
            { price_field(props) }
            if solve != SolveFor::Fleet {
                <Choice name="fleet_by" label={text(Text::FleetBasisLegend)} radios=true
                    options={basis_options}
                    selected={AttrValue::from(if by_power { "mw" } else { "gpus" })}
                    on_change={on_basis} />
            }
            if let (Some(mw), true) = (scenario.fleet_mw, solve != SolveFor::Fleet) {
                <NumberField
                    name="fleet_mw" label={text(Text::FleetMwLabel)} unit={text(Text::FleetMwUnit)}
                    note={text(Text::FleetMwNote)} {lang} style={Style::Integer}
                    value={mw}
                    scale={SliderScale::Log { min: 10.0, max: 20_000.0 }}
                    slider_suffix={text(Text::SliderSuffix)}
                    error={props.error(Field::FleetMw)}
                    on_change={props.send(|mw: f64| Action::SetFleetMw { mw: Some(mw) })}
                    on_reject={props.reject(Field::FleetMw)}
            span={props.span(Field::FleetMw, 1.0)} on_span={props.send_span(Field::FleetMw, 1.0)} />
            }
        </>
    }
}
