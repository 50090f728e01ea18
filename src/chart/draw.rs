//! Screen space: places a [`ChartSpec`] on any plotters backend — legend, axis unit, a y grid
//! on round numbers, calendar ticks, stacked areas, lines and dashed reference lines.
//!
//! Positions are worked out here, in pixels, and drawn with plotters' basic elements (paths,
//! polygons, rectangles, text) on the backend's drawing area. Plotters' chart builder, mesh and
//! coordinate systems are left out: for four line-and-area charts they cost 13 KB of the
//! gzipped wasm.

use plotters::coord::Shift;
use plotters::element::DashedPathElement;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::series::{ChartSpec, LayerStyle};
use super::Palette;
use crate::i18n;
use crate::model::YearMonth;

/// The family as a variant, not the string "sans-serif": plotters lower-cases family names,
/// which would pull Unicode case tables (11 KB) into the wasm.
const FONT: FontFamily = FontFamily::SansSerif;
/// The chart font size, CSS pixels (as [`super::svg::SvgBackend`] writes it).
const FONT_PX: f64 = 12.0;
const LEGEND_ROW_PX: i32 = 20;
const SWATCH_PX: i32 = 10;
/// Room left of the plotting area for the y tick labels, at least: wider labels ("300 χιλ.")
/// get the room they need.
const Y_LABEL_AREA_PX: i32 = 44;
/// Gap between a y tick label and the axis.
const Y_LABEL_GAP_PX: i32 = 10;
/// Room below the plotting area for the x tick labels.
const X_LABEL_AREA_PX: i32 = 24;
const MARGIN_TOP_PX: i32 = 6;
const MARGIN_RIGHT_PX: i32 = 16;
/// Room one x tick label needs, so labels never collide.
const X_TICK_SPACING_PX: i32 = 48;
/// Most y grid lines above zero.
const Y_TICKS: usize = 5;
/// Opacity of a range band's tint.
const BAND_OPACITY: f64 = 0.22;

type DrawResult<DB, T = ()> = Result<T, DrawingAreaErrorKind<<DB as DrawingBackend>::ErrorType>>;

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

/// Round values from zero up to `max` for the y grid: multiples of 1, 2 or 5 × 10ⁿ, the
/// finest step that needs at most `count` lines above zero.
fn value_ticks(max: f64, count: usize) -> Vec<f64> {
    if !(max.is_finite() && max > 0.0) {
        return vec![0.0];
    }
    let magnitude = 10f64.powf((max / count as f64).log10().floor());
    let step = [1.0, 2.0, 5.0, 10.0]
        .into_iter()
        .map(|factor| factor * magnitude)
        .find(|step| max / step <= count as f64)
        .unwrap_or(10.0 * magnitude);
    (0..=count)
        .map(|index| index as f64 * step)
        .take_while(|value| *value <= max)
        .collect()
}

/// Width of `text` at the chart font size, CSS pixels, from an average glyph width. Plotters'
/// own measurement in the browser inserts a styled element into the page for every call:
/// forbidden under the strict Content-Security-Policy, and a forced layout each time.
pub(super) fn approximate_text_width(text: &str) -> i32 {
    // Average advance of sans-serif glyphs ≈ 0.58 em.
    (text.chars().count() as f64 * FONT_PX * 0.58).ceil() as i32
}

/// `points` without the ones that add nothing to the shape: repeats, and points on the
/// straight line between their neighbours (a flat run after the fleet is deployed is two
/// points, not seventy). Exact in pixel space, so the drawing does not change.
fn essential(points: &[(i32, i32)]) -> Vec<(i32, i32)> {
    let mut kept: Vec<(i32, i32)> = Vec::with_capacity(points.len());
    for &point in points {
        if kept.last() == Some(&point) {
            continue;
        }
        if let [.., before, last] = kept[..] {
            let turn = i64::from(last.0 - before.0) * i64::from(point.1 - last.1)
                - i64::from(last.1 - before.1) * i64::from(point.0 - last.0);
            let onward = i64::from(last.0 - before.0) * i64::from(point.0 - last.0)
                + i64::from(last.1 - before.1) * i64::from(point.1 - last.1);
            if turn == 0 && onward > 0 {
                kept.pop();
            }
        }
        kept.push(point);
    }
    kept
}

/// Where a label hangs from its point.
#[derive(Clone, Copy)]
enum Anchor {
    /// Left edge, top at the point.
    TopLeft,
    /// Centred, top at the point.
    TopCentre,
    /// Right edge, vertically centred on the point.
    MiddleRight,
}

/// Draws plotters' basic elements on `area` in pixel coordinates.
struct Pen<'a, DB: DrawingBackend> {
    area: &'a DrawingArea<DB, Shift>,
}

impl<DB: DrawingBackend> Pen<'_, DB> {
    fn text(&self, at: (i32, i32), anchor: Anchor, color: RGBColor, text: &str) -> DrawResult<DB> {
        let pos = match anchor {
            Anchor::TopLeft => Pos::new(HPos::Left, VPos::Top),
            Anchor::TopCentre => Pos::new(HPos::Center, VPos::Top),
            Anchor::MiddleRight => Pos::new(HPos::Right, VPos::Center),
        };
        let style = TextStyle::from((FONT, FONT_PX).into_font())
            .color(&color)
            .pos(pos);
        self.area.draw(&Text::new(text, at, style))
    }

    fn line(&self, points: &[(i32, i32)], color: RGBColor, width: u32) -> DrawResult<DB> {
        let points = essential(points);
        self.area
            .draw(&PathElement::new(points, color.stroke_width(width)))
    }

    fn dashed(
        &self,
        points: &[(i32, i32)],
        color: RGBColor,
        (dash, gap): (i32, i32),
    ) -> DrawResult<DB> {
        let points = essential(points);
        self.area.draw(&DashedPathElement::new(
            points,
            dash,
            gap,
            color.stroke_width(2),
        ))
    }

    fn area_fill(&self, points: &[(i32, i32)], color: RGBColor, opacity: f64) -> DrawResult<DB> {
        let points = essential(points);
        self.area
            .draw(&Polygon::new(points, color.mix(opacity).filled()))
    }

    fn square(&self, (x, y): (i32, i32), side: i32, color: RGBColor) -> DrawResult<DB> {
        self.area.draw(&Rectangle::new(
            [(x, y), (x + side, y + side)],
            color.filled(),
        ))
    }
}

/// Draws the legend as rows of swatches and labels (none for a single layer: the title names
/// it), then the y axis unit above the axis; returns the height they take.
fn legend_and_unit<DB: DrawingBackend>(
    pen: &Pen<DB>,
    spec: &ChartSpec,
    palette: &Palette,
    width: i32,
) -> DrawResult<DB, i32> {
    let (mut x, mut y) = (4, 4);
    let legend = if spec.layers.len() > 1 {
        &spec.layers[..]
    } else {
        &[]
    };
    let mut band_item = spec.band.as_ref().map(|band| band.label.as_str());
    let items = legend
        .iter()
        .map(|layer| (layer.label.as_str(), Some(layer)))
        .chain(std::iter::from_fn(|| {
            band_item.take().map(|label| (label, None))
        }));
    let mut drawn_any = false;
    for (label, layer) in items {
        drawn_any = true;
        let item_width = SWATCH_PX + 6 + approximate_text_width(label) + 16;
        if x + item_width > width && x > 4 {
            x = 4;
            y += LEGEND_ROW_PX;
        }
        let swatch_top = y + 2;
        match layer {
            // The band: its tint between its two edges.
            None => {
                let bottom = swatch_top + SWATCH_PX;
                pen.area_fill(
                    &[
                        (x, swatch_top),
                        (x + SWATCH_PX, swatch_top),
                        (x + SWATCH_PX, bottom),
                        (x, bottom),
                    ],
                    palette.muted,
                    BAND_OPACITY,
                )?;
                for edge in [swatch_top, bottom] {
                    pen.line(&[(x, edge), (x + SWATCH_PX, edge)], palette.muted, 1)?;
                }
            }
            Some(layer) => {
                let color = palette.series[layer.color % palette.series.len()];
                if matches!(
                    layer.style,
                    LayerStyle::Reference
                        | LayerStyle::Line
                        | LayerStyle::Dashed
                        | LayerStyle::Marker
                ) {
                    let middle = swatch_top + SWATCH_PX / 2;
                    pen.line(&[(x, middle), (x + SWATCH_PX, middle)], color, 2)?;
                } else {
                    pen.square((x, swatch_top), SWATCH_PX, color)?;
                }
            }
        }
        pen.text((x + SWATCH_PX + 6, y), Anchor::TopLeft, palette.ink, label)?;
        x += item_width;
    }
    if drawn_any {
        y += LEGEND_ROW_PX + 4;
    }
    pen.text((4, y), Anchor::TopLeft, palette.muted, &spec.y_axis)?;
    Ok(y + LEGEND_ROW_PX)
}

/// The plotting area in pixels and the data it shows.
struct Frame {
    left: i32,
    right: i32,
    top: i32,
    bottom: i32,
    x_range: (f64, f64),
    y_max: f64,
}

impl Frame {
    /// The pixel column of month ordinal `ordinal`.
    fn x(&self, ordinal: f64) -> i32 {
        let span = self.x_range.1 - self.x_range.0;
        let share = if span > 0.0 {
            (ordinal - self.x_range.0) / span
        } else {
            0.0
        };
        self.left + (share * f64::from(self.right - self.left)).round() as i32
    }

    /// The pixel row of `value`.
    fn y(&self, value: f64) -> i32 {
        self.bottom - (value / self.y_max * f64::from(self.bottom - self.top)).round() as i32
    }

    fn point(&self, (ordinal, value): (f64, f64)) -> (i32, i32) {
        (self.x(ordinal), self.y(value))
    }
}

/// Draws `spec` on `root` in `palette`'s colours; returns the pixel span (left, right) of the
/// plotting area, which maps linearly onto `spec.x_range` (for read-outs).
pub fn draw<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    spec: &ChartSpec,
    palette: &Palette,
) -> DrawResult<DB, (i32, i32)> {
    let pen = Pen { area: root };
    let (width, height) = root.dim_in_pixel();
    let (width, height) = (width as i32, height as i32);
    let top = legend_and_unit(&pen, spec, palette, width)? + MARGIN_TOP_PX;
    let y_max = match spec.y_max() {
        top if top > 0.0 => top * 1.08,
        _ => 1.0,
    };
    let y_ticks: Vec<(f64, String)> = value_ticks(y_max, Y_TICKS)
        .into_iter()
        .map(|value| (value, spec.y_label(value)))
        .collect();
    let left = y_ticks
        .iter()
        .map(|(_, label)| approximate_text_width(label) + Y_LABEL_GAP_PX + 4)
        .fold(Y_LABEL_AREA_PX, i32::max);
    let frame = Frame {
        left,
        right: (width - MARGIN_RIGHT_PX - 1).max(left + 1),
        top,
        bottom: (height - X_LABEL_AREA_PX - 1).max(top + 1),
        x_range: spec.x_range,
        y_max,
    };

    // The y axis: grid lines on round values, ticks and labels to their left.
    pen.line(
        &[(left - 1, top), (left - 1, frame.bottom)],
        palette.grid,
        1,
    )?;
    for (value, label) in &y_ticks {
        let y = frame.y(*value);
        pen.line(&[(left, y), (frame.right, y)], palette.grid, 1)?;
        pen.line(&[(left - 6, y), (left - 1, y)], palette.grid, 1)?;
        pen.text(
            (left - Y_LABEL_GAP_PX, y),
            Anchor::MiddleRight,
            palette.muted,
            label,
        )?;
    }
    // The x axis: calendar ticks, as many as fit.
    let axis_y = frame.bottom + 1;
    pen.line(&[(left, axis_y), (frame.right, axis_y)], palette.grid, 1)?;
    let max_ticks = (frame.right - left - 16) / X_TICK_SPACING_PX;
    for ordinal in month_ticks(spec.x_range, max_ticks.max(0) as usize) {
        let x = frame.x(ordinal);
        pen.line(&[(x, axis_y), (x, axis_y + 5)], palette.grid, 1)?;
        let label = month_tick_label(spec, ordinal);
        pen.text((x, axis_y + 10), Anchor::TopCentre, palette.muted, &label)?;
    }

    // The band's tint behind the layers; its edges, thin solid lines (dashes would be a path
    // segment each), over them, so that stacked areas do not hide the low end.
    let band_edges = spec.band.as_ref().map(|band| {
        let edge = |values: &[f64]| -> Vec<(i32, i32)> {
            band.x
                .iter()
                .copied()
                .zip(values.iter().copied())
                .map(|point| frame.point(point))
                .collect()
        };
        (edge(&band.low), edge(&band.high))
    });
    if let Some((low, high)) = &band_edges {
        let outline: Vec<(i32, i32)> = high.iter().chain(low.iter().rev()).copied().collect();
        pen.area_fill(&outline, palette.muted, BAND_OPACITY)?;
    }
    let mut stack = Vec::<f64>::new();
    for layer in &spec.layers {
        let color = palette.series[layer.color % palette.series.len()];
        let points: Vec<(i32, i32)> = layer
            .x
            .iter()
            .copied()
            .zip(layer.values.iter().copied())
            .map(|point| frame.point(point))
            .collect();
        match layer.style {
            LayerStyle::Stacked => {
                stack.resize(layer.values.len(), 0.0);
                let top: Vec<f64> = stack
                    .iter()
                    .zip(&layer.values)
                    .map(|(base, value)| base + value)
                    .collect();
                let outline: Vec<(i32, i32)> = layer
                    .x
                    .iter()
                    .copied()
                    .zip(top.iter().copied())
                    .chain(layer.x.iter().copied().zip(stack.iter().copied()).rev())
                    .map(|point| frame.point(point))
                    .collect();
                pen.area_fill(&outline, color, 0.85)?;
                stack = top;
            }
            LayerStyle::Area => {
                let floor = frame.y(0.0);
                let outline: Vec<(i32, i32)> = points
                    .first()
                    .map(|&(x, _)| (x, floor))
                    .into_iter()
                    .chain(points.iter().copied())
                    .chain(points.last().map(|&(x, _)| (x, floor)))
                    .collect();
                pen.area_fill(&outline, color, 0.18)?;
                pen.line(&points, color, 2)?;
            }
            LayerStyle::Line => pen.line(&points, color, 2)?,
            LayerStyle::Dashed => pen.dashed(&points, color, (5, 4))?,
            LayerStyle::Reference => {
                let y = frame.y(layer.values.first().copied().unwrap_or(0.0));
                pen.dashed(&[(left, y), (frame.right, y)], color, (6, 4))?;
            }
            LayerStyle::Marker => {
                let x = frame.x(layer.x.first().copied().unwrap_or(spec.x_range.0));
                pen.dashed(&[(x, frame.top), (x, frame.bottom)], color, (4, 3))?;
            }
        }
    }
    if let Some((low, high)) = &band_edges {
        pen.line(low, palette.muted, 1)?;
        pen.line(high, palette.muted, 1)?;
    }
    root.present()?;
    Ok((left, frame.right))
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

    #[test]
    fn y_ticks_are_round_and_fit() {
        assert_eq!(value_ticks(41.04, 5), [0.0, 10.0, 20.0, 30.0, 40.0]);
        assert_eq!(value_ticks(324_000.0, 5), [0.0, 1e5, 2e5, 3e5]);
        assert_eq!(value_ticks(1.0, 5).len(), 6);
        assert_eq!(value_ticks(f64::NAN, 5), [0.0]);
        assert_eq!(value_ticks(0.0, 5), [0.0]);
        for max in [0.003, 7.0, 99.0, 1234.5, 6.02e23] {
            let ticks = value_ticks(max, 5);
            assert!((2..=6).contains(&ticks.len()), "{max}: {ticks:?}");
            assert!(ticks
                .last()
                .is_some_and(|top| *top <= max && *top >= max / 5.0));
        }
    }

    #[test]
    fn only_points_that_shape_the_line_are_kept() {
        // A ramp, a flat run, a repeat, a turn back and a fall.
        let points = [
            (0, 10),
            (1, 9),
            (2, 8),
            (3, 8),
            (4, 8),
            (4, 8),
            (5, 8),
            (4, 8),
            (5, 9),
        ];
        assert_eq!(
            essential(&points),
            [(0, 10), (2, 8), (5, 8), (4, 8), (5, 9)]
        );
        assert_eq!(essential(&[]), []);
        assert_eq!(essential(&[(1, 1)]), [(1, 1)]);
        assert_eq!(essential(&[(1, 1), (1, 1)]), [(1, 1)]);
    }
}
