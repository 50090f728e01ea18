//! Screen space: places a [`ChartSpec`] on any plotters backend — legend, axes with calendar
//! ticks, stacked areas, lines and reference lines.

use std::ops::Range;

use plotters::coord::ranged1d::{DefaultFormatting, KeyPointHint};
use plotters::coord::Shift;
use plotters::prelude::*;

use super::series::{ChartSpec, LayerStyle};
use super::Palette;
use crate::i18n;
use crate::model::YearMonth;

/// The family as a variant, not the string "sans-serif": plotters lower-cases family names,
/// which would pull Unicode case tables (11 KB) into the wasm.
const FONT: FontFamily = FontFamily::SansSerif;
/// plotters writes SVG font sizes as points ÷ 1.24: 15 gives 12 CSS pixels.
const FONT_PX: u32 = 15;
const LEGEND_ROW_PX: u32 = 20;
const SWATCH_PX: i32 = 10;
const Y_LABEL_AREA_PX: u32 = 44;
const X_LABEL_AREA_PX: u32 = 24;
/// Room one x tick label needs, so labels never collide.
const X_TICK_SPACING_PX: u32 = 48;

type DrawResult<DB, T = ()> = Result<T, DrawingAreaErrorKind<<DB as DrawingBackend>::ErrorType>>;

/// A linear time axis in month ordinals whose ticks are chosen by [`month_ticks`] (plotters'
/// own key points for floats would fall on fractions of a month).
struct MonthAxis {
    range: Range<f64>,
    ticks: Vec<f64>,
}

impl Ranged for MonthAxis {
    type ValueType = f64;
    type FormatOption = DefaultFormatting;

    fn map(&self, value: &f64, limit: (i32, i32)) -> i32 {
        let span = self.range.end - self.range.start;
        let share = if span > 0.0 {
            (value - self.range.start) / span
        } else {
            0.0
        };
        limit.0 + (share * f64::from(limit.1 - limit.0)).round() as i32
    }

    fn key_points<Hint: KeyPointHint>(&self, hint: Hint) -> Vec<f64> {
        if hint.weight().allow_light_points() {
            Vec::new()
        } else {
            self.ticks.clone()
        }
    }

    fn range(&self) -> Range<f64> {
        self.range.clone()
    }
}

/// Month ordinals in `range` to put ticks on: every `step` months (aligned to January), with
/// the smallest step that leaves at most `max_ticks` ticks.
fn month_ticks(range: (f64, f64), max_ticks: usize) -> Vec<f64> {
    let first = range.0.ceil() as i32;
    let last = range.1.floor() as i32;
    for step in [1, 2, 3, 6, 12, 24, 60, 120, 240] {
        let ticks: Vec<f64> = (first..=last)
            .filter(|ordinal| ordinal.rem_euclid(step) == 0)
            .map(f64::from)
            .collect();
        if ticks.len() <= max_ticks.max(2) {
            return ticks;
        }
    }
    vec![range.0, range.1]
}

/// The label of the tick at month ordinal `ordinal`: the year in January, else the month.
fn month_tick_label(spec: &ChartSpec, ordinal: f64) -> String {
    let month = YearMonth::from_ordinal(ordinal.round() as i32);
    if month.month() == 1 {
        month.year().to_string()
    } else {
        i18n::month_abbreviations(spec.lang)[month.month() as usize - 1].to_owned()
    }
}

/// Width of `text` at the chart font size, CSS pixels, from an average glyph width. Plotters'
/// own measurement in the browser inserts a styled element into the page for every call:
/// forbidden under the strict Content-Security-Policy, and a forced layout each time.
fn approximate_text_width(text: &str) -> i32 {
    // Average advance of sans-serif glyphs ≈ 0.58 em; the SVG font size is FONT_PX ÷ 1.24.
    let em = f64::from(FONT_PX) / 1.24;
    (text.chars().count() as f64 * em * 0.58).ceil() as i32
}

/// Draws the legend as rows of swatches and labels (none for a single layer: the title names
/// it), then the y axis unit above the axis; returns the height they took.
fn draw_legend_and_unit<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    spec: &ChartSpec,
    palette: &Palette,
) -> Result<u32, DrawingAreaErrorKind<DB::ErrorType>> {
    let style = TextStyle::from((FONT, FONT_PX).into_font()).color(&palette.ink);
    let width = root.dim_in_pixel().0 as i32;
    let (mut x, mut y) = (4, 4);
    let legend = if spec.layers.len() > 1 {
        &spec.layers[..]
    } else {
        &[]
    };
    for layer in legend {
        let item_width = SWATCH_PX + 6 + approximate_text_width(&layer.label) + 16;
        if x + item_width > width && x > 4 {
            x = 4;
            y += LEGEND_ROW_PX as i32;
        }
        let color = palette.series[layer.color % palette.series.len()];
        let swatch_top = y + 2;
        if matches!(
            layer.style,
            LayerStyle::Reference | LayerStyle::Line | LayerStyle::Dashed
        ) {
            let middle = swatch_top + SWATCH_PX / 2;
            root.draw(&PathElement::new(
                vec![(x, middle), (x + SWATCH_PX, middle)],
                color.stroke_width(2),
            ))?;
        } else {
            root.draw(&Rectangle::new(
                [(x, swatch_top), (x + SWATCH_PX, swatch_top + SWATCH_PX)],
                color.filled(),
            ))?;
        }
        root.draw(&Text::new(
            layer.label.clone(),
            (x + SWATCH_PX + 6, y),
            style.clone(),
        ))?;
        x += item_width;
    }
    if !legend.is_empty() {
        y += LEGEND_ROW_PX as i32 + 4;
    }
    let unit_style = TextStyle::from((FONT, FONT_PX).into_font()).color(&palette.muted);
    root.draw(&Text::new(spec.y_axis.clone(), (4, y), unit_style))?;
    Ok(y as u32 + LEGEND_ROW_PX)
}

/// Draws `spec` on `root` in `palette`'s colours; returns the pixel span (left, right) of the
/// plotting area, which maps linearly onto `spec.x_range` (for read-outs).
pub fn draw<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    spec: &ChartSpec,
    palette: &Palette,
) -> DrawResult<DB, (i32, i32)> {
    let legend_height = draw_legend_and_unit(root, spec, palette)?;
    let (_, plot_area) = root.split_vertically(legend_height);
    let plot_width = plot_area
        .dim_in_pixel()
        .0
        .saturating_sub(Y_LABEL_AREA_PX + 16);
    let ticks = month_ticks(spec.x_range, (plot_width / X_TICK_SPACING_PX) as usize);
    let y_max = match spec.y_max() {
        top if top > 0.0 => top * 1.08,
        _ => 1.0,
    };

    let mut chart = ChartBuilder::on(&plot_area)
        .margin_top(6)
        .margin_right(16)
        .x_label_area_size(X_LABEL_AREA_PX)
        .y_label_area_size(Y_LABEL_AREA_PX)
        .build_cartesian_2d(
            MonthAxis {
                range: spec.x_range.0..spec.x_range.1,
                ticks,
            },
            0.0..y_max,
        )?;
    let tick_style = TextStyle::from((FONT, FONT_PX).into_font()).color(&palette.muted);
    chart
        .configure_mesh()
        .disable_x_mesh()
        .bold_line_style(palette.grid.stroke_width(1))
        .light_line_style(TRANSPARENT)
        .axis_style(palette.grid.stroke_width(1))
        .y_labels(5)
        .x_label_style(tick_style.clone())
        .y_label_style(tick_style)
        .x_label_formatter(&|ordinal| month_tick_label(spec, *ordinal))
        .y_label_formatter(&|value| spec.y_label(*value))
        .draw()?;

    let plot_x = chart.plotting_area().get_pixel_range().0;
    let mut stack = Vec::<f64>::new();
    for layer in &spec.layers {
        let color = palette.series[layer.color % palette.series.len()];
        let points = || layer.x.iter().copied().zip(layer.values.iter().copied());
        match layer.style {
            LayerStyle::Stacked => {
                stack.resize(layer.values.len(), 0.0);
                let top: Vec<f64> = stack
                    .iter()
                    .zip(&layer.values)
                    .map(|(base, value)| base + value)
                    .collect();
                let outline: Vec<(f64, f64)> = layer
                    .x
                    .iter()
                    .copied()
                    .zip(top.iter().copied())
                    .chain(layer.x.iter().copied().zip(stack.iter().copied()).rev())
                    .collect();
                chart.draw_series(std::iter::once(Polygon::new(
                    outline,
                    color.mix(0.85).filled(),
                )))?;
                stack = top;
            }
            LayerStyle::Area => {
                chart.draw_series(AreaSeries::new(points(), 0.0, color.mix(0.18).filled()))?;
                chart.draw_series(LineSeries::new(points(), color.stroke_width(2)))?;
            }
            LayerStyle::Line => {
                chart.draw_series(LineSeries::new(points(), color.stroke_width(2)))?;
            }
            LayerStyle::Dashed => {
                chart.draw_series(DashedLineSeries::new(points(), 5, 4, color.stroke_width(2)))?;
            }
            LayerStyle::Reference => {
                let level = layer.values.first().copied().unwrap_or(0.0);
                let ends = [(spec.x_range.0, level), (spec.x_range.1, level)];
                chart.draw_series(DashedLineSeries::new(ends, 6, 4, color.stroke_width(2)))?;
            }
        }
    }
    root.present()?;
    Ok((plot_x.start, plot_x.end))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ticks_fall_on_januaries_when_years_fit() {
        let range = (f64::from(2025 * 12 + 10), f64::from(2032 * 12 + 10));
        let ticks = month_ticks(range, 10);
        assert_eq!(ticks.len(), 7);
        assert!(ticks.iter().all(|tick| (*tick as i32).rem_euclid(12) == 0));
    }

    #[test]
    fn short_terms_get_month_ticks() {
        let start = f64::from(2026 * 12);
        assert_eq!(month_ticks((start, start + 6.0), 10).len(), 7);
        assert_eq!(month_ticks((start, start + 6.0), 3).len(), 3);
    }
}
