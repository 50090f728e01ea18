//! A plotters [`DrawingBackend`] that writes SVG markup into a string, in whole pixels.
//!
//! Plotters' own SVG backend (`plotters-svg`) writes every opacity and font size as a float,
//! which brings Rust's float formatting (13 KB) into the wasm, and writes each dash of a dashed
//! line as an element of its own. This one writes integers only, leaves out what is implied
//! (full opacity), and joins consecutive strokes of the same colour and width — the dashes of a
//! line, a row of grid lines — into one `<path>`: a smaller page and fewer nodes to lay out.

use std::convert::Infallible;
use std::fmt::Write as _;

use plotters_backend::text_anchor::{HPos, VPos};
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind,
};

type Drawn = Result<(), DrawingErrorKind<Infallible>>;

/// The stroke of the `<path>` still open for more subpaths: colour and width.
#[derive(Clone, Copy, PartialEq)]
struct Stroke {
    rgb: (u8, u8, u8),
    opacity: u8,
    width: u32,
}

/// Writes an SVG document of `size` pixels into a string.
pub struct SvgBackend<'a> {
    out: &'a mut String,
    size: (u32, u32),
    /// The path whose `d` attribute is still being written.
    open_path: Option<Stroke>,
    finished: bool,
}

impl<'a> SvgBackend<'a> {
    /// Starts a document of `size` pixels in `out`.
    pub fn new(out: &'a mut String, size: (u32, u32)) -> Self {
        let (width, height) = size;
        let _ = write!(
            out,
            r#"<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}">"#
        );
        Self {
            out,
            size,
            open_path: None,
            finished: false,
        }
    }

    /// Ends the open path, if any, so that another element can start.
    fn close_path(&mut self) {
        if self.open_path.take().is_some() {
            self.out.push_str("\"/>");
        }
    }

    /// Writes ` name="#RRGGBB"` and, below full opacity, ` name-opacity="0.NN"`.
    fn paint(&mut self, name: &str, color: BackendColor) {
        let (r, g, b) = color.rgb;
        let _ = write!(self.out, r##" {name}="#{r:02X}{g:02X}{b:02X}""##);
        let opacity = hundredths(color.alpha);
        if opacity < 100 {
            let _ = write!(self.out, r#" {name}-opacity="0.{opacity:02}""#);
        }
    }

    /// Writes `points` as `x,y x,y …`.
    fn points(&mut self, points: impl IntoIterator<Item = BackendCoord>) {
        for (index, (x, y)) in points.into_iter().enumerate() {
            let separator = if index == 0 { "" } else { " " };
            let _ = write!(self.out, "{separator}{x},{y}");
        }
    }

    /// Writes `text` as SVG character data.
    fn escaped(&mut self, text: &str) {
        escape_into(self.out, text);
    }
}

/// Appends `text` to `out` as markup character data or a double-quoted attribute value.
pub fn escape_into(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            other => out.push(other),
        }
    }
}

/// An opacity in whole hundredths, 0–100.
fn hundredths(alpha: f64) -> u8 {
    (alpha.clamp(0.0, 1.0) * 100.0).round() as u8
}

impl DrawingBackend for SvgBackend<'_> {
    type ErrorType = Infallible;

    fn get_size(&self) -> (u32, u32) {
        self.size
    }

    fn ensure_prepared(&mut self) -> Drawn {
        Ok(())
    }

    fn present(&mut self) -> Drawn {
        if !self.finished {
            self.close_path();
            self.out.push_str("</svg>");
            self.finished = true;
        }
        Ok(())
    }

    fn draw_pixel(&mut self, point: BackendCoord, color: BackendColor) -> Drawn {
        self.draw_rect(point, (point.0 + 1, point.1 + 1), &color, true)
    }

    fn draw_line<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
    ) -> Drawn {
        self.draw_path([from, to], style)
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        upper_left: BackendCoord,
        bottom_right: BackendCoord,
        style: &S,
        fill: bool,
    ) -> Drawn {
        self.close_path();
        let (x, y) = upper_left;
        let (width, height) = (bottom_right.0 - x, bottom_right.1 - y);
        let _ = write!(
            self.out,
            r#"<rect x="{x}" y="{y}" width="{width}" height="{height}""#
        );
        if fill {
            self.paint("fill", style.color());
        } else {
            self.out.push_str(r#" fill="none""#);
            self.paint("stroke", style.color());
        }
        self.out.push_str("/>");
        Ok(())
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Drawn {
        let color = style.color();
        let stroke = Stroke {
            rgb: color.rgb,
            opacity: hundredths(color.alpha),
            width: style.stroke_width(),
        };
        if stroke.opacity == 0 {
            return Ok(());
        }
        if self.open_path != Some(stroke) {
            self.close_path();
            self.out.push_str(r#"<path fill="none""#);
            self.paint("stroke", color);
            let _ = write!(self.out, r#" stroke-width="{}" d=""#, stroke.width);
            self.open_path = Some(stroke);
        }
        for (index, (x, y)) in path.into_iter().enumerate() {
            let command = if index == 0 { 'M' } else { 'L' };
            let _ = write!(self.out, "{command}{x} {y}");
        }
        Ok(())
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        vertices: I,
        style: &S,
    ) -> Drawn {
        self.close_path();
        self.out.push_str("<polygon");
        self.paint("fill", style.color());
        self.out.push_str(r#" points=""#);
        self.points(vertices);
        self.out.push_str("\"/>");
        Ok(())
    }

    fn draw_text<TStyle: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &TStyle,
        (x, y): BackendCoord,
    ) -> Drawn {
        self.close_path();
        let anchor = match style.anchor().h_pos {
            HPos::Left => "start",
            HPos::Center => "middle",
            HPos::Right => "end",
        };
        let dy = match style.anchor().v_pos {
            VPos::Top => "0.76em",
            VPos::Center => "0.35em",
            VPos::Bottom => "0",
        };
        let _ = write!(
            self.out,
            r#"<text x="{x}" y="{y}" dy="{dy}" text-anchor="{anchor}" font-family="{}" font-size="{}""#,
            style.family().as_str(),
            style.size().round() as i32,
        );
        self.paint("fill", style.color());
        self.out.push('>');
        self.escaped(text);
        self.out.push_str("</text>");
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use plotters::element::DashedPathElement;
    use plotters::prelude::*;
    use plotters_backend::text_anchor::{HPos, Pos, VPos};

    use super::SvgBackend;

    fn drawn(draw: impl FnOnce(&DrawingArea<SvgBackend, plotters::coord::Shift>)) -> String {
        let mut out = String::new();
        {
            let area = SvgBackend::new(&mut out, (100, 50)).into_drawing_area();
            draw(&area);
            area.present().expect("infallible");
        }
        out
    }

    #[test]
    fn writes_whole_pixels_and_only_needed_opacity() {
        let svg = drawn(|area| {
            area.draw(&Polygon::new(
                vec![(0, 0), (10, 0), (10, 10)],
                RGBColor(0x1f, 0x5f, 0xbf).mix(0.85).filled(),
            ))
            .expect("drawn");
            area.draw(&Rectangle::new([(1, 2), (5, 9)], BLACK.filled()))
                .expect("drawn");
            let style = TextStyle::from(("sans-serif", 12.0).into_font())
                .color(&RED)
                .pos(Pos::new(HPos::Right, VPos::Center));
            area.draw(&Text::new("a < b & c", (50, 20), style))
                .expect("drawn");
        });
        assert_eq!(
            svg,
            concat!(
                r#"<svg xmlns="http://www.w3.org/2000/svg" width="100" height="50" viewBox="0 0 100 50">"#,
                r##"<polygon fill="#1F5FBF" fill-opacity="0.85" points="0,0 10,0 10,10"/>"##,
                r##"<rect x="1" y="2" width="4" height="7" fill="#000000"/>"##,
                r##"<text x="50" y="20" dy="0.35em" text-anchor="end" font-family="sans-serif" font-size="12" fill="#FF0000">a &lt; b &amp; c</text>"##,
                "</svg>"
            )
        );
    }

    #[test]
    fn strokes_of_one_style_share_a_path() {
        let svg = drawn(|area| {
            area.draw(&PathElement::new(
                vec![(0, 10), (90, 10)],
                BLUE.stroke_width(1),
            ))
            .expect("drawn");
            area.draw(&PathElement::new(
                vec![(0, 20), (90, 20)],
                BLUE.stroke_width(1),
            ))
            .expect("drawn");
            area.draw(&DashedPathElement::new(
                vec![(0, 30), (20, 30)],
                5,
                5,
                RED.stroke_width(2),
            ))
            .expect("drawn");
            area.draw(&PathElement::new(vec![(0, 0), (1, 1)], BLUE.mix(0.0)))
                .expect("drawn");
        });
        assert_eq!(
            svg,
            concat!(
                r#"<svg xmlns="http://www.w3.org/2000/svg" width="100" height="50" viewBox="0 0 100 50">"#,
                r##"<path fill="none" stroke="#0000FF" stroke-width="1" d="M0 10L90 10M0 20L90 20"/>"##,
                r##"<path fill="none" stroke="#FF0000" stroke-width="2" d="M0 30L5 30M10 30L15 30"/>"##,
                "</svg>"
            )
        );
    }
}
