//! The summary figures: one `data-output` element per figure, raw value in `data-value`.

use yew::prelude::*;

use crate::i18n::format::{self, Style};
use crate::i18n::{self, Lang, Text};
use crate::model::context::{gpt4_runs, us_homes};
use crate::model::ranges::Bounds;
use crate::model::{SolveFor, Summary};

use super::headline::bound_attributes;

/// One figure: its hook key, label, raw value in base units and formatted text.
struct Figure {
    key: &'static str,
    label: Text,
    raw: f64,
    /// Writes a value of this figure for readers.
    show: fn(Lang, f64) -> String,
    /// The style of a shorter form, for where the figure does not fit (see [`short_form`]).
    short: Option<Style>,
    detail: Option<String>,
}

/// The short form of `figure`, if its text holds a word of more than ten letters
/// ("δισεκατομμύρια"): at the summary's type size such a word is wider than a cell on a phone,
/// and cannot wrap. The stylesheet shows the short form unless the cell is wide enough.
fn short_form(figure: &Figure, lang: Lang) -> Option<String> {
    let style = figure.short?;
    let long_word = (figure.show)(lang, figure.raw)
        .split_whitespace()
        .any(|word| word.chars().count() > 10);
    long_word.then(|| format::number(lang, figure.raw, style))
}

/// Props of [`SummaryFigures`].
#[derive(Properties, PartialEq)]
pub struct SummaryFiguresProps {
    /// Totals of the last valid scenario.
    pub summary: Summary,
    /// Which quantity is solved: its figure is marked as computed.
    pub solve: SolveFor,
    /// Electricity price, USD per MWh, for the energy detail.
    pub electricity_usd_per_mwh: f64,
    /// Share of GPU-hours in use (0–1), for the useful-compute detail.
    pub utilisation: f64,
    /// Model FLOPs utilisation (0–1), for the useful-compute detail.
    pub mfu: f64,
    /// Language of labels and numbers.
    pub lang: Lang,
    /// The bounds of every output, when some input is a range.
    #[prop_or_default]
    pub bounds: Option<std::rc::Rc<Bounds>>,
}

/// The list of summary figures.
#[component]
pub fn SummaryFigures(props: &SummaryFiguresProps) -> Html {
    let (s, lang) = (&props.summary, props.lang);
    let bounds = props.bounds.as_deref();
    let figures = [
        Figure {
            key: "contract_value",
            label: Text::ContractValue,
            raw: s.contract_value_usd,
            show: |lang, v| format::number(lang, v, Style::UsdCompactLong),
            short: Some(Style::UsdCompact),
            detail: None,
        },
        Figure {
            key: "total_gpus",
            label: Text::TotalGpus,
            raw: s.total_gpus,
            show: |lang, v| format::number(lang, v, Style::Integer),
            short: None,
            detail: None,
        },
        Figure {
            key: "total_gpu_hours",
            label: Text::TotalGpuHours,
            raw: s.total_gpu_hours,
            show: |lang, v| format::number(lang, v, Style::CompactLong),
            short: Some(Style::Compact),
            detail: None,
        },
        Figure {
            key: "peak_eflops",
            label: Text::PeakCompute,
            raw: s.peak_eflops,
            show: |lang, v| format!("{} EFLOPS", format::number(lang, v, Style::Integer)),
            short: None,
            detail: None,
        },
        Figure {
            key: "peak_facility_mw",
            label: Text::PeakFacilityPower,
            raw: s.peak_facility_mw,
            show: |lang, v| format!("{} MW", format::number(lang, v, Style::Integer)),
            short: None,
            detail: Some(i18n::text(lang, Text::Homes).replace(
                "{n}",
                &format::number(
                    lang,
                    format::round_significant(us_homes(s.peak_facility_mw), 2),
                    Style::Integer,
                ),
            )),
        },
        Figure {
            key: "total_energy_mwh",
            label: Text::TotalEnergy,
            raw: s.total_energy_mwh,
            show: |lang, v| format!("{} TWh", format::number(lang, v / 1e6, Style::OneDecimal)),
            short: None,
            detail: Some(
                i18n::text(lang, Text::EnergyDetail)
                    .replace(
                        "{cost}",
                        &format::number(lang, s.total_electricity_usd, Style::UsdCompactLong),
                    )
                    .replace(
                        "{price}",
                        &format::number(lang, props.electricity_usd_per_mwh, Style::UsdCents),
                    ),
            ),
        },
        Figure {
            key: "total_useful_flop",
            label: Text::UsefulCompute,
            raw: s.total_useful_flop,
            show: |lang, v| format!("{} FLOP", format::scientific(lang, v)),
            short: None,
            detail: Some(
                i18n::text(lang, Text::UsefulComputeDetail)
                    .replace(
                        "{utilisation}",
                        &format::number(lang, props.utilisation, Style::Percent),
                    )
                    .replace("{mfu}", &format::number(lang, props.mfu, Style::Percent))
                    + "; "
                    + &i18n::text(lang, Text::Gpt4Runs).replace(
                        "{n}",
                        &format::number(
                            lang,
                            format::round_significant(gpt4_runs(s.total_useful_flop), 2),
                            Style::Integer,
                        ),
                    ),
            ),
        },
        Figure {
            key: "average_spend_per_year",
            label: Text::SpendPerYear,
            raw: s.average_spend_per_year_usd,
            show: |lang, v| format::number(lang, v, Style::UsdCompactLong),
            short: Some(Style::UsdCompact),
            detail: None,
        },
    ];
    let computed = match props.solve {
        SolveFor::Price => None,
        SolveFor::Fleet => Some("total_gpus"),
        SolveFor::Value => Some("contract_value"),
    };
    html! {
        <dl class="summary">
            { for figures.into_iter().map(|figure| html! {
                <div class="summary__item" key={figure.key}>
                    <dt class="summary__label">
                        { i18n::text(lang, figure.label) }
                        if computed == Some(figure.key) {
                            <span class="badge">{ i18n::text(lang, Text::Computed) }</span>
                        }
                    </dt>
                    <dd class="summary__value" data-output={figure.key} data-value={format::plain(figure.raw)}
                        data-short={short_form(&figure, lang)} data-low={bound_attributes(bounds, figure.key).0}
                        data-high={bound_attributes(bounds, figure.key).1}>
                        <span>{ (figure.show)(lang, figure.raw) }</span>
                    </dd>
                    if let Some((low, high)) = bounds.and_then(|bounds| bounds.of(figure.key)).filter(|(low, high)| low != high) {
                        <dd class="summary__range" data-range={figure.key}>
                            { i18n::text(lang, Text::RangeBetween)
                                .replace("{low}", &(figure.show)(lang, low))
                                .replace("{high}", &(figure.show)(lang, high)) }
                        </dd>
                    }
                    if let Some(detail) = figure.detail {
                        <dd class="summary__detail">{ detail }</dd>
                    }
                </div>
            }) }
        </dl>
    }
}
