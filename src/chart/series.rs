//! Data space: what each chart shows, as months, values and localised labels. No drawing here.

use crate::i18n::{self, format, Lang, Text};
use crate::model::{GpuKind, Outcome};

/// One of the four charts; the name is its `data-chart` hook.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum ChartKind {
    #[default]
    Gpus,
    Compute,
    Power,
    Spend,
}

impl ChartKind {
    /// Every chart, in page order.
    pub const ALL: [ChartKind; 4] = [
        ChartKind::Gpus,
        ChartKind::Compute,
        ChartKind::Power,
        ChartKind::Spend,
    ];

    /// The `data-chart` name.
    pub fn name(self) -> &'static str {
        match self {
            ChartKind::Gpus => "gpus",
            ChartKind::Compute => "compute",
            ChartKind::Power => "power",
            ChartKind::Spend => "spend",
        }
    }

    /// The chart's short name, for tabs.
    pub fn tab(self) -> Text {
        match self {
            ChartKind::Gpus => Text::TabGpus,
            ChartKind::Compute => Text::TabCompute,
            ChartKind::Power => Text::TabPower,
            ChartKind::Spend => Text::TabSpend,
        }
    }

    /// The chart's title text.
    pub fn title(self) -> Text {
        match self {
            ChartKind::Gpus => Text::GpusChartTitle,
            ChartKind::Compute => Text::ComputeChartTitle,
            ChartKind::Power => Text::PowerChartTitle,
            ChartKind::Spend => Text::SpendChartTitle,
        }
    }
}

/// How a layer is drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LayerStyle {
    /// Filled, stacked on the layers before it that are also stacked.
    Stacked,
    /// Lightly filled down to zero, with a line on top.
    Area,
    /// A line.
    Line,
    /// A dashed horizontal reference line at the layer's first value.
    Reference,
    /// A dashed line: another scenario's total, for comparison.
    Dashed,
    /// A dashed vertical line at the layer's first x: a moment, such as today.
    Marker,
}

/// One series of a chart.
#[derive(Clone, Debug, PartialEq)]
pub struct Layer {
    /// Legend text.
    pub label: String,
    /// X positions in month ordinals ([`crate::model::YearMonth::ordinal`]); fractional
    /// positions are inside a month. Stacked layers share the same positions.
    pub x: Vec<f64>,
    /// One value per x position.
    pub values: Vec<f64>,
    /// How it is drawn.
    pub style: LayerStyle,
    /// Index into the palette's series colours.
    pub color: usize,
}

/// The low–high band of a chart's main total when some inputs are ranges: at each x, the
/// lowest and highest total over the scenarios at the ranges' extremes.
#[derive(Clone, Debug, PartialEq)]
pub struct Band {
    /// Legend text.
    pub label: String,
    /// X positions, as a layer's.
    pub x: Vec<f64>,
    /// Lowest total at each x.
    pub low: Vec<f64>,
    /// Highest total at each x.
    pub high: Vec<f64>,
}

/// A chart in data space.
#[derive(Clone, Debug, PartialEq)]
pub struct ChartSpec {
    /// Which chart.
    pub kind: ChartKind,
    /// Language of the labels.
    pub lang: Lang,
    /// First and last ordinal of the x axis.
    pub x_range: (f64, f64),
    /// Series, bottom layer first.
    pub layers: Vec<Layer>,
    /// Y axis description with its unit.
    pub y_axis: String,
    /// The range of the main total, drawn behind the layers, if some inputs are ranges.
    pub band: Option<Band>,
}

impl ChartSpec {
    /// The y tick label for `value`.
    pub fn y_label(&self, value: f64) -> String {
        format::number(self.lang, value, format::Style::Compact)
    }

    /// Highest value the y axis must show: the top of the stack or the highest layer.
    pub fn y_max(&self) -> f64 {
        let points = self.layers.first().map_or(0, |layer| layer.x.len());
        let stacked: f64 = (0..points)
            .map(|index| {
                self.layers
                    .iter()
                    .filter(|layer| layer.style == LayerStyle::Stacked)
                    .map(|layer| layer.values.get(index).copied().unwrap_or(0.0))
                    .sum::<f64>()
            })
            .fold(0.0, f64::max);
        self.layers
            .iter()
            .flat_map(|layer| layer.values.iter().copied())
            .chain(self.band.iter().flat_map(|band| band.high.iter().copied()))
            .fold(stacked, f64::max)
    }
}

/// X positions and values of the chart's main total, e.g. all GPUs online: what a baseline
/// is compared on.
fn total(kind: ChartKind, outcome: &Outcome) -> (Vec<f64>, Vec<f64>) {
    let months = &outcome.months;
    let first = months.first().map_or(0, |point| point.month.ordinal());
    match kind {
        ChartKind::Spend => (
            std::iter::once(f64::from(first))
                .chain(
                    months
                        .iter()
                        .map(|point| f64::from(point.month.ordinal() + 1)),
                )
                .collect(),
            std::iter::once(0.0)
                .chain(months.iter().map(|point| point.cumulative_spend_usd / 1e9))
                .collect(),
        ),
        _ => (
            months
                .iter()
                .map(|point| f64::from(point.month.ordinal()) + 0.5)
                .collect(),
            months
                .iter()
                .map(|point| match kind {
                    ChartKind::Gpus => point.gpus_online.total(),
                    ChartKind::Compute => point.peak_eflops,
                    _ => point.facility_power_mw,
                })
                .collect(),
        ),
    }
}

/// First and one-past-last month ordinal of `outcome`'s term.
fn x_range(outcome: &Outcome) -> (f64, f64) {
    let first = outcome
        .months
        .first()
        .map_or(0, |point| point.month.ordinal());
    let end = outcome
        .months
        .last()
        .map_or(first, |point| point.month.ordinal())
        + 1;
    (f64::from(first), f64::from(end))
}

/// The spec of chart `kind` for `outcome`, labelled in `lang`, with `baseline`'s total drawn
/// as a dashed line when there is one.
pub fn spec(
    kind: ChartKind,
    outcome: &Outcome,
    baseline: Option<&Outcome>,
    lang: Lang,
) -> ChartSpec {
    let months = &outcome.months;
    // Rates are plotted mid-month; running totals at the end of each month, from zero.
    let (x, main_total) = total(kind, outcome);
    let text = |text| i18n::text(lang, text).to_owned();
    let layer = |label: Text, values: Vec<f64>, style, color| Layer {
        label: text(label),
        x: x.clone(),
        values,
        style,
        color,
    };
    let (mut layers, y_axis) = match kind {
        ChartKind::Gpus => {
            let layers = GpuKind::ALL
                .into_iter()
                .filter(|&kind| months.iter().any(|point| point.gpus_online[kind] > 0.0))
                .enumerate()
                .map(|(index, kind)| Layer {
                    label: kind.spec().name.to_owned(),
                    x: x.clone(),
                    values: months.iter().map(|point| point.gpus_online[kind]).collect(),
                    style: LayerStyle::Stacked,
                    color: index % 2,
                })
                .collect();
            (layers, text(Text::GpusAxis))
        }
        ChartKind::Compute => (
            vec![layer(
                Text::ComputeChartTitle,
                main_total,
                LayerStyle::Area,
                0,
            )],
            text(Text::ComputeAxis),
        ),
        ChartKind::Power => (
            vec![
                layer(Text::FacilityPower, main_total, LayerStyle::Area, 0),
                layer(
                    Text::ItPower,
                    months.iter().map(|point| point.it_power_mw).collect(),
                    LayerStyle::Line,
                    1,
                ),
            ],
            text(Text::PowerAxis),
        ),
        ChartKind::Spend => {
            let value = outcome.summary.contract_value_usd / 1e9;
            let points = x.len();
            (
                vec![
                    layer(Text::BilledToDate, main_total, LayerStyle::Area, 0),
                    layer(
                        Text::ContractValueLine,
                        vec![value; points],
                        LayerStyle::Reference,
                        1,
                    ),
                ],
                text(Text::SpendAxis),
            )
        }
    };
    let mut range = x_range(outcome);
    if let Some(baseline) = baseline {
        let (x, values) = total(kind, baseline);
        let (first, end) = x_range(baseline);
        range = (range.0.min(first), range.1.max(end));
        layers.push(Layer {
            label: text(Text::BaselineLegend),
            x,
            values,
            style: LayerStyle::Dashed,
            color: 2,
        });
    }
    ChartSpec {
        kind,
        lang,
        x_range: range,
        layers,
        y_axis,
        band: None,
    }
}

/// `spec` with the band of its main total over `central` and `corners` (the scenarios at the
/// ranges' extremes, run), its x axis widened to hold it. Terms may differ in length: past
/// the end of its term a scenario runs nothing, and its spend stays at its total.
pub fn with_band(mut spec: ChartSpec, central: &Outcome, corners: &[Outcome]) -> ChartSpec {
    if corners.is_empty() {
        return spec;
    }
    let totals: Vec<(Vec<f64>, Vec<f64>)> = std::iter::once(central)
        .chain(corners)
        .map(|outcome| total(spec.kind, outcome))
        .collect();
    let Some((x, _)) = totals.iter().max_by_key(|(x, _)| x.len()) else {
        return spec;
    };
    let after_end = |values: &[f64]| match spec.kind {
        ChartKind::Spend => values.last().copied().unwrap_or(0.0),
        _ => 0.0,
    };
    let at = |index: usize| {
        totals
            .iter()
            .map(move |(_, values)| values.get(index).copied().unwrap_or(after_end(values)))
    };
    let low = (0..x.len())
        .map(|i| at(i).fold(f64::INFINITY, f64::min))
        .collect();
    let high = (0..x.len()).map(|i| at(i).fold(0.0, f64::max)).collect();
    if let Some(&last) = x.last() {
        spec.x_range.1 = spec.x_range.1.max(last.ceil());
    }
    spec.band = Some(Band {
        label: i18n::text(spec.lang, Text::BandLegend).to_owned(),
        x: x.clone(),
        low,
        high,
    });
    spec
}
