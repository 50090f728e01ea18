//! Compare: pin the current results as a baseline and see both side by side, per year, per
//! gigawatt and per GPU.

use yew::prelude::*;

use super::common::scroll_table;
use crate::i18n::format::{self, Style};
use crate::i18n::{self, Lang, Text};
use crate::model::compare::{compare, Metric};
use crate::model::Summary;

/// Props of [`Compare`].
#[derive(Properties, PartialEq)]
pub struct CompareProps {
    /// Results of the current scenario.
    pub current: Summary,
    /// Results of the pinned baseline, if any.
    pub baseline: Option<Summary>,
    /// Language.
    pub lang: Lang,
    /// Pin the current scenario.
    pub on_pin: Callback<()>,
    /// Drop the baseline.
    pub on_clear: Callback<()>,
}

fn metric_text(metric: Metric) -> Text {
    match metric {
        Metric::ContractValue => Text::MetricValue,
        Metric::PricePerGpuHour => Text::MetricPrice,
        Metric::Gpus => Text::MetricGpus,
        Metric::PeakFacilityMw => Text::MetricPeakMw,
        Metric::SpendPerYear => Text::MetricSpendYear,
        Metric::SpendPerGwYear => Text::MetricSpendGwYear,
        Metric::ValuePerGw => Text::MetricValueGw,
        Metric::ValuePerGpu => Text::MetricValueGpu,
        Metric::SpendPerGpuYear => Text::MetricSpendGpuYear,
    }
}

fn shown(lang: Lang, metric: Metric, value: Option<f64>) -> String {
    let Some(value) = value else {
        return "–".to_owned();
    };
    match metric {
        Metric::PricePerGpuHour | Metric::ValuePerGpu | Metric::SpendPerGpuYear => {
            format::number(lang, value, Style::UsdCents)
        }
        Metric::Gpus | Metric::PeakFacilityMw => format::number(lang, value, Style::Integer),
        _ => format::number(lang, value, Style::UsdCompactLong),
    }
}

/// Pin/clear buttons and, with a baseline, the comparison table.
#[component]
pub fn Compare(props: &CompareProps) -> Html {
    let lang = props.lang;
    let text = |key| i18n::text(lang, key);
    let on_pin = props.on_pin.reform(|_: MouseEvent| ());
    let on_clear = props.on_clear.reform(|_: MouseEvent| ());
    let table_label = AttrValue::from(text(Text::CompareHeading));
    let table = props.baseline.as_ref().map(|baseline| {
        let rows = compare(baseline, &props.current).into_iter().map(|row| {
            let change = row.change.map_or_else(
                || "–".to_owned(),
                |change| {
                    let sign = if change > 0.0 { "+" } else { "" };
                    format!("{sign}{}", format::number(lang, change, Style::Percent))
                },
            );
            html! {
                <tr>
                    <th scope="row">{ text(metric_text(row.metric)) }</th>
                    <td>{ shown(lang, row.metric, row.baseline) }</td>
                    <td>{ shown(lang, row.metric, row.current) }</td>
                    <td>{ change }</td>
                </tr>
            }
        });
        html! {
            <div data-compare="table">
                { scroll_table(
                    table_label.clone(),
                    [
                        AttrValue::default(),
                        AttrValue::from(text(Text::BaselineColumn)),
                        AttrValue::from(text(Text::CurrentColumn)),
                        AttrValue::from(text(Text::ChangeColumn)),
                    ],
                    rows.collect::<Html>(),
                ) }
            </div>
        }
    });
    html! {
        <section class="compare" aria-labelledby="compare-heading">
            <h2 id="compare-heading" class="section-title">{ text(Text::CompareHeading) }</h2>
            <p class="section-intro">{ text(Text::CompareIntro) }</p>
            <div class="compare__actions">
                <button type="button" class="button" data-action="pin-baseline" onclick={on_pin}>
                    { text(Text::PinBaseline) }
                </button>
                if props.baseline.is_some() {
                    <button type="button" class="button button--quiet" data-action="clear-baseline" onclick={on_clear}>
                        { text(Text::ClearBaseline) }
                    </button>
                }
            </div>
            { table.unwrap_or_default() }
        </section>
    }
}
