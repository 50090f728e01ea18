//! The four charts. Two steps, as in owid-grapher: [`series`] turns an [`Outcome`] into a
//! [`ChartSpec`] in data space (months and values, localised labels); [`draw`] places it on
//! screen with plotters, generic over the backend. [`render_svg`] runs both into an SVG string,
//! natively or in wasm. Must not import yew or web_sys.
//!
//! [`Outcome`]: crate::model::Outcome

mod draw;
pub mod series;
mod svg;

pub use svg::escape_into;

use plotters::prelude::*;

use svg::SvgBackend;

pub use draw::draw;
pub use series::{ChartKind, ChartSpec, Layer, LayerStyle};

/// Colours of one theme.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Palette {
    /// Axis labels and legend text.
    pub ink: RGBColor,
    /// Tick labels.
    pub muted: RGBColor,
    /// Grid lines and axes.
    pub grid: RGBColor,
    /// Series colours, in layer order. Chosen for ≥ 3:1 contrast against the background.
    pub series: [RGBColor; 6],
}

/// Light or dark colours. The charts follow the page's theme.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Hash)]
pub enum Theme {
    #[default]
    Light,
    Dark,
}

impl Theme {
    /// The page background of this theme (CSS colour), for images exported outside the page.
    pub fn background(self) -> &'static str {
        match self {
            Theme::Light => "#ffffff",
            Theme::Dark => "#111418",
        }
    }

    /// The palette of this theme.
    pub fn palette(self) -> Palette {
        match self {
            Theme::Light => Palette {
                ink: RGBColor(0x1b, 0x1f, 0x24),
                muted: RGBColor(0x4b, 0x55, 0x63),
                grid: RGBColor(0xe3, 0xe6, 0xea),
                series: [
                    RGBColor(0x1f, 0x5f, 0xbf),
                    RGBColor(0xc2, 0x5e, 0x00),
                    RGBColor(0x5b, 0x6b, 0x7d),
                    RGBColor(0x00, 0x80, 0x72),
                    RGBColor(0x7b, 0x4f, 0xa8),
                    RGBColor(0x8a, 0x6d, 0x00),
                ],
            },
            Theme::Dark => Palette {
                ink: RGBColor(0xe8, 0xea, 0xed),
                muted: RGBColor(0xb0, 0xb8, 0xc4),
                grid: RGBColor(0x33, 0x3a, 0x44),
                series: [
                    RGBColor(0x6f, 0xa8, 0xff),
                    RGBColor(0xff, 0xa6, 0x4d),
                    RGBColor(0xa9, 0xb4, 0xc2),
                    RGBColor(0x3f, 0xc7, 0xb5),
                    RGBColor(0xc5, 0x9b, 0xf0),
                    RGBColor(0xe0, 0xc2, 0x4a),
                ],
            },
        }
    }
}

/// A chart drawn as SVG.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Drawn {
    /// The SVG document.
    pub svg: String,
    /// Left and right edge of the plotting area, pixels from the SVG's left edge: the span
    /// onto which the spec's x range is mapped.
    pub plot_x: (i32, i32),
}

impl Drawn {
    /// The month ordinal under pixel column `px`, for read-outs.
    pub fn ordinal_at(&self, spec: &ChartSpec, px: f64) -> f64 {
        let (left, right) = self.plot_x;
        let share = ((px - f64::from(left)) / f64::from((right - left).max(1))).clamp(0.0, 1.0);
        spec.x_range.0 + share * (spec.x_range.1 - spec.x_range.0)
    }

    /// The pixel column of month ordinal `ordinal`.
    pub fn px_at(&self, spec: &ChartSpec, ordinal: f64) -> f64 {
        let (left, right) = self.plot_x;
        let span = (spec.x_range.1 - spec.x_range.0).max(f64::EPSILON);
        f64::from(left) + (ordinal - spec.x_range.0) / span * f64::from(right - left)
    }
}

/// `spec` drawn as an SVG document of `width` × `height` CSS pixels. A chart that cannot be
/// drawn (a backend error) yields an empty SVG of the same size rather than a panic.
pub fn render_svg(spec: &ChartSpec, width: u32, height: u32, theme: Theme) -> Drawn {
    let mut svg = String::new();
    let drawn = {
        let root = SvgBackend::new(&mut svg, (width, height)).into_drawing_area();
        draw(&root, spec, &theme.palette())
    };
    match drawn {
        Ok(plot_x) => Drawn { svg, plot_x },
        Err(_) => Drawn {
            svg: format!(
                r#"<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}"></svg>"#
            ),
            plot_x: (0, width as i32),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use crate::model::{run, Scenario};

    /// Whether `svg` has a text element reading exactly `label`.
    fn has_label(svg: &str, label: &str) -> bool {
        svg.contains(&format!(">{label}<"))
    }

    fn svg_of(kind: ChartKind, scenario: &Scenario, width: u32) -> String {
        let outcome = run(scenario).expect("valid scenario");
        render_svg(
            &series::spec(kind, &outcome, None, Lang::En),
            width,
            260,
            Theme::Light,
        )
        .svg
    }

    #[test]
    fn every_chart_has_a_legend_year_ticks_and_its_axis_unit() {
        let scenario = Scenario::default();
        let expectations = [
            (
                ChartKind::Gpus,
                vec!["GB200", "GB300", "Accelerators", "200K"],
            ),
            (ChartKind::Compute, vec!["EFLOPS, FP8 dense", "1.5K"]),
            (
                ChartKind::Power,
                vec!["Facility (IT × PUE)", "IT load", "MW"],
            ),
            (
                ChartKind::Spend,
                vec!["Billed to date", "Contract value", "US$ billions"],
            ),
        ];
        for (kind, labels) in expectations {
            let svg = svg_of(kind, &scenario, 640);
            assert!(svg.starts_with("<svg"), "{kind:?}");
            for label in labels.iter().chain(&["2026", "2030", "2032"]) {
                assert!(has_label(&svg, label), "{kind:?} lacks {label}");
            }
        }
    }

    #[test]
    fn the_gpu_chart_changes_with_the_fleet() {
        let mut scenario = Scenario::default();
        let before = svg_of(ChartKind::Gpus, &scenario, 640);
        scenario.tranches[0].count = 400_000.0;
        let after = svg_of(ChartKind::Gpus, &scenario, 640);
        assert_ne!(before, after);
        assert!(has_label(&after, "400K") && !has_label(&before, "400K"));
    }

    #[test]
    fn narrow_charts_thin_out_their_ticks() {
        let scenario = Scenario::default();
        let wide = svg_of(ChartKind::Compute, &scenario, 1000);
        let narrow = svg_of(ChartKind::Compute, &scenario, 320);
        assert!(has_label(&wide, "2027"));
        assert!(has_label(&narrow, "2026") && !has_label(&narrow, "2027"));
        assert!(has_label(&narrow, "2028") && has_label(&narrow, "2030"));
    }

    #[test]
    fn a_baseline_adds_a_dashed_line_and_widens_the_axis() {
        let current = run(&Scenario::default()).expect("valid");
        let longer = Scenario {
            term_months: 120,
            ..Scenario::default()
        };
        let baseline = run(&longer).expect("valid");
        let spec = series::spec(ChartKind::Spend, &current, Some(&baseline), Lang::En);
        let svg = render_svg(&spec, 640, 260, Theme::Light).svg;
        assert!(has_label(&svg, "Baseline"));
        assert!(has_label(&svg, "2035"));
        let without = series::spec(ChartKind::Spend, &current, None, Lang::En);
        assert!(!has_label(
            &render_svg(&without, 640, 260, Theme::Light).svg,
            "2035"
        ));
    }

    #[test]
    fn pixels_and_months_map_both_ways() {
        let outcome = run(&Scenario::default()).expect("valid");
        let spec = series::spec(ChartKind::Gpus, &outcome, None, Lang::En);
        let drawn = render_svg(&spec, 640, 260, Theme::Light);
        let (left, right) = drawn.plot_x;
        assert!(left > 20 && right < 640 && left < right, "{left}..{right}");
        assert_eq!(drawn.ordinal_at(&spec, f64::from(left)), spec.x_range.0);
        assert_eq!(drawn.ordinal_at(&spec, 10_000.0), spec.x_range.1);
        let middle = (spec.x_range.0 + spec.x_range.1) / 2.0;
        assert!((drawn.ordinal_at(&spec, drawn.px_at(&spec, middle)) - middle).abs() < 1e-9);
    }

    #[test]
    fn long_tick_labels_get_room_left_of_the_axis() {
        let outcome = run(&Scenario::default()).expect("valid");
        for lang in Lang::ALL {
            let spec = series::spec(ChartKind::Gpus, &outcome, None, lang);
            let drawn = render_svg(&spec, 358, 240, Theme::Light);
            let widest = [1e5, 2e5, 3e5]
                .map(|value| draw::approximate_text_width(&spec.y_label(value)))
                .into_iter()
                .max()
                .unwrap_or(0);
            // Labels end 10 px left of the plotting area and must start inside the canvas.
            assert!(
                drawn.plot_x.0 - 10 - widest >= 0,
                "{lang:?}: {}",
                drawn.plot_x.0
            );
            assert!(has_label(&drawn.svg, &spec.y_label(3e5)), "{lang:?}");
        }
    }

    #[test]
    fn a_single_series_has_no_legend() {
        let scenario = Scenario::default();
        let compute = svg_of(ChartKind::Compute, &scenario, 640);
        assert!(!has_label(&compute, "Compute online"));
        assert!(!compute.contains("<rect"));
    }

    #[test]
    fn dark_theme_uses_light_ink() {
        let outcome = run(&Scenario::default()).expect("valid");
        let spec = series::spec(ChartKind::Gpus, &outcome, None, Lang::En);
        let dark = render_svg(&spec, 640, 260, Theme::Dark).svg;
        assert!(dark.contains("#E8EAED") || dark.contains("#e8eaed"));
    }
}
