//! Data space: what each chart shows, as months, values and localised labels. No drawing here.

use crate::i18n::{self, format, Lang, Text};
use crate::model::{GpuKind, Outcome};

/// One of the four charts; the name is its `data-chart` hook.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ChartKind {
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
}

/// One series of a chart.
#[derive(Clone, Debug, PartialEq)]
pub struct Layer {
    /// Legend text.
    pub label: String,
    /// One value per x position of the chart.
    pub values: Vec<f64>,
    /// How it is drawn.
    pub style: LayerStyle,
    /// Index into the palette's series colours.
    pub color: usize,
}

/// A chart in data space.
#[derive(Clone, Debug, PartialEq)]
pub struct ChartSpec {
    /// Which chart.
    pub kind: ChartKind,
    /// Language of the labels.
    pub lang: Lang,
    /// X positions in month ordinals ([`crate::model::YearMonth::ordinal`]); fractional
    /// positions are inside a month.
    pub x: Vec<f64>,
    /// First and last ordinal of the x axis.
    pub x_range: (f64, f64),
    /// Series, bottom layer first.
    pub layers: Vec<Layer>,
    /// Y axis description with its unit.
    pub y_axis: String,
}

impl ChartSpec {
    /// The y tick label for `value`.
    pub fn y_label(&self, value: f64) -> String {
        format::number(self.lang, value, format::Style::Compact)
    }

    /// Highest value the y axis must show: the top of the stack or the highest layer.
    pub fn y_max(&self) -> f64 {
        let stacked: f64 = (0..self.x.len())
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
            .fold(stacked, f64::max)
    }
}

/// The spec of chart `kind` for `outcome`, labelled in `lang`.
pub fn spec(kind: ChartKind, outcome: &Outcome, lang: Lang) -> ChartSpec {
    let months = &outcome.months;
    let first = months.first().map_or(0, |point| point.month.ordinal());
    let end = months.last().map_or(first, |point| point.month.ordinal()) + 1;
    // Rates are plotted mid-month; running totals at the end of each month, from zero.
    let mid_month: Vec<f64> = months
        .iter()
        .map(|point| f64::from(point.month.ordinal()) + 0.5)
        .collect();
    let text = |text| i18n::text(lang, text).to_owned();
    let (x, layers, y_axis) = match kind {
        ChartKind::Gpus => {
            let layers = GpuKind::ALL
                .into_iter()
                .filter(|&kind| months.iter().any(|point| point.gpus_online[kind] > 0.0))
                .enumerate()
                .map(|(index, kind)| Layer {
                    label: kind.spec().name.to_owned(),
                    values: months.iter().map(|point| point.gpus_online[kind]).collect(),
                    style: LayerStyle::Stacked,
                    color: index % 3,
                })
                .collect();
            (mid_month, layers, text(Text::GpusAxis))
        }
        ChartKind::Compute => {
            let values = months.iter().map(|point| point.peak_eflops).collect();
            let layers = vec![Layer {
                label: text(Text::ComputeChartTitle),
                values,
                style: LayerStyle::Area,
                color: 0,
            }];
            (mid_month, layers, text(Text::ComputeAxis))
        }
        ChartKind::Power => {
            let layers = vec![
                Layer {
                    label: text(Text::FacilityPower),
                    values: months.iter().map(|point| point.facility_power_mw).collect(),
                    style: LayerStyle::Area,
                    color: 0,
                },
                Layer {
                    label: text(Text::ItPower),
                    values: months.iter().map(|point| point.it_power_mw).collect(),
                    style: LayerStyle::Line,
                    color: 1,
                },
            ];
            (mid_month, layers, text(Text::PowerAxis))
        }
        ChartKind::Spend => {
            let x = std::iter::once(f64::from(first))
                .chain(
                    months
                        .iter()
                        .map(|point| f64::from(point.month.ordinal() + 1)),
                )
                .collect::<Vec<_>>();
            let billed = std::iter::once(0.0)
                .chain(months.iter().map(|point| point.cumulative_spend_usd / 1e9))
                .collect::<Vec<_>>();
            let value = outcome.summary.contract_value_usd / 1e9;
            let layers = vec![
                Layer {
                    label: text(Text::BilledToDate),
                    values: billed,
                    style: LayerStyle::Area,
                    color: 0,
                },
                Layer {
                    label: text(Text::ContractValueLine),
                    values: vec![value; x.len()],
                    style: LayerStyle::Reference,
                    color: 2,
                },
            ];
            (x, layers, text(Text::SpendAxis))
        }
    };
    ChartSpec {
        kind,
        lang,
        x,
        x_range: (f64::from(first), f64::from(end)),
        layers,
        y_axis,
    }
}
