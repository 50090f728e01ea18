//! Social cards: the 1200 × 630 picture a link preview shows for a page (`og:image`), drawn at
//! build time (feature `prerender`) from the same model, words and chart code as the page: the
//! deal's name, the implied price with its range, the accelerators-online curve and the source
//! line. Written as SVG, then drawn to PNG by resvg with the bundled DejaVu Sans, which covers
//! Greek (`assets/fonts/`, licence beside it).

use std::sync::Arc;

use resvg::{tiny_skia, usvg};

use crate::chart::{render_svg, series, ChartKind, Theme};
use crate::i18n::format::{self, Style};
use crate::i18n::{self, Lang, Text};
use crate::model::{ranges, Deal, Outcome, DEALS};
use crate::state::AppState;

/// The card's size, the one Open Graph and X recommend.
pub const WIDTH: u32 = 1200;
/// The card's height.
pub const HEIGHT: u32 = 630;

const INK: &str = "#111418";
const MUTED: &str = "#4B5563";
const ACCENT: &str = "#1F5FBF";

/// `text` escaped for SVG text and attributes.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// `text` in lines of at most `width` characters, broken between words; at most `lines` of
/// them, the last cut with an ellipsis if the text goes on.
fn wrap(text: &str, width: usize, lines: usize) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        match out.last_mut() {
            Some(line) if line.chars().count() + 1 + word.chars().count() <= width => {
                line.push(' ');
                line.push_str(word);
            }
            _ => out.push(word.to_owned()),
        }
    }
    if out.len() > lines {
        out.truncate(lines);
        if let Some(last) = out.last_mut() {
            last.push('…');
        }
    }
    out
}

/// "between $1.69 and $3.36": the range of the headline price per accelerator-hour in `bounds`,
/// in `lang`, if its ends differ; the card draws it under the price and its alternative text
/// says it.
pub fn price_range(lang: Lang, bounds: Option<&ranges::Bounds>) -> Option<String> {
    bounds
        .and_then(|bounds| bounds.of("price_per_gpu_hour"))
        .filter(|(low, high)| low != high)
        .map(|(low, high)| {
            i18n::text(lang, Text::RangeBetween)
                .replace("{low}", &format::number(lang, low, Style::UsdCents))
                .replace("{high}", &format::number(lang, high, Style::UsdCents))
        })
}

/// The card of the page showing `state`, whose results are `outcome` and, with ranges,
/// `bounds` (the chart's band comes from `corners`, the ranges' extremes run in full), as SVG.
/// `site` is the site's address, written at the foot.
pub fn svg(
    state: &AppState,
    outcome: &Outcome,
    bounds: Option<&ranges::Bounds>,
    corners: &[Outcome],
    site: &str,
) -> String {
    let lang = state.lang;
    let text = |key| i18n::text(lang, key);
    let summary = &outcome.summary;
    let heading = i18n::heading(lang, state.preset);
    let price = format::number(lang, summary.price_per_gpu_hour_usd, Style::UsdCents);
    let range = price_range(lang, bounds);
    let deal = state.preset.and_then(Deal::find).unwrap_or(&DEALS[0]);
    let hosts = deal.credit;
    let sources = if hosts.is_empty() {
        deal.announced.to_owned()
    } else {
        format!(
            "{}: {} · {}",
            text(Text::SourcesHeading),
            hosts.join(", "),
            deal.announced
        )
    };
    let site = site_label(site);

    // The accelerators-online curve, drawn by the page's chart code at the size a chart has on
    // the page and scaled up, so that its labels stay legible in a preview.
    let spec = series::with_band(
        series::spec(ChartKind::Gpus, outcome, None, lang),
        outcome,
        corners,
    );
    let (chart_width, chart_height) = (420, 200);
    let chart = render_svg(&spec, chart_width, chart_height, Theme::Light).svg;
    let inner = svg_body(&chart);

    let mut out = format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" viewBox="0 0 {WIDTH} {HEIGHT}" font-family="DejaVu Sans"><rect width="{WIDTH}" height="{HEIGHT}" fill="#FFFFFF"/><rect width="16" height="{HEIGHT}" fill="{ACCENT}"/><text x="64" y="78" font-size="26" font-weight="bold" fill="{ACCENT}">{}</text>"##,
        escape(text(Text::Title))
    );
    for (index, line) in wrap(&heading, 38, 2).iter().enumerate() {
        out.push_str(&format!(
            r#"<text x="64" y="{}" font-size="46" font-weight="bold" fill="{INK}">{}</text>"#,
            140 + index * 56,
            escape(line)
        ));
    }
    for (index, line) in wrap(text(Text::HeadlineLabel), 30, 2).iter().enumerate() {
        out.push_str(&format!(
            r#"<text x="64" y="{}" font-size="26" fill="{MUTED}">{}</text>"#,
            286 + index * 34,
            escape(line)
        ));
    }
    out.push_str(&format!(
        r#"<text x="60" y="450" font-size="120" font-weight="bold" fill="{INK}">{}</text>"#,
        escape(&price)
    ));
    if let Some(range) = range {
        out.push_str(&format!(
            r#"<text x="64" y="500" font-size="28" fill="{INK}">{}</text>"#,
            escape(&range)
        ));
    }
    out.push_str(&format!(
        r#"<text x="606" y="282" font-size="24" font-weight="bold" fill="{INK}">{}</text><svg x="600" y="294" width="536" height="{}" viewBox="0 0 {chart_width} {chart_height}">{inner}</svg>"#,
        escape(text(ChartKind::Gpus.title())),
        536 * chart_height / chart_width,
    ));
    out.push_str(&format!(
        r##"<line x1="64" y1="560" x2="1136" y2="560" stroke="#D1D5DB" stroke-width="2"/><text x="64" y="600" font-size="22" fill="{MUTED}">{}</text><text x="1136" y="600" font-size="22" fill="{MUTED}" text-anchor="end">{}</text></svg>"##,
        escape(&sources),
        escape(site)
    ));
    out
}

/// The card of a ledger page: its heading, its headline in words (`headline`, with its range)
/// and its stacked chart (`chart`, an SVG document `chart_size` CSS pixels large), as SVG.
pub fn ledger_svg(
    lang: Lang,
    heading: &str,
    headline: &str,
    chart: &str,
    chart_size: (u32, u32),
    site: &str,
) -> String {
    let site = site_label(site);
    let (chart_width, chart_height) = chart_size;
    let inner = svg_body(chart);
    let mut out = format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" viewBox="0 0 {WIDTH} {HEIGHT}" font-family="DejaVu Sans"><rect width="{WIDTH}" height="{HEIGHT}" fill="#FFFFFF"/><rect width="16" height="{HEIGHT}" fill="{ACCENT}"/><text x="64" y="70" font-size="24" font-weight="bold" fill="{ACCENT}">{}</text>"##,
        escape(i18n::text(lang, Text::Title))
    );
    for (index, line) in wrap(heading, 44, 2).iter().enumerate() {
        out.push_str(&format!(
            r#"<text x="64" y="{}" font-size="40" font-weight="bold" fill="{INK}">{}</text>"#,
            124 + index * 48,
            escape(line)
        ));
    }
    for (index, line) in wrap(headline, 24, 8).iter().enumerate() {
        out.push_str(&format!(
            r#"<text x="64" y="{}" font-size="28" fill="{INK}">{}</text>"#,
            236 + index * 38,
            escape(line)
        ));
    }
    out.push_str(&format!(
        r#"<svg x="500" y="176" width="636" height="{}" viewBox="0 0 {chart_width} {chart_height}">{inner}</svg>"#,
        636 * chart_height / chart_width,
    ));
    out.push_str(&format!(
        r##"<text x="64" y="604" font-size="22" fill="{MUTED}">{}</text></svg>"##,
        escape(site)
    ));
    out
}

/// What a card writes of the site's address: no scheme, no trailing slash.
fn site_label(site: &str) -> &str {
    site.split_once("://")
        .map_or(site, |(_, rest)| rest)
        .trim_end_matches('/')
}

/// The inside of the SVG document `svg`, to nest in a card's own.
fn svg_body(svg: &str) -> &str {
    svg.split_once('>')
        .map_or("", |(_, rest)| rest)
        .trim_end_matches("</svg>")
}

/// `svg` drawn to PNG with the bundled fonts.
pub fn png(svg: &str) -> Result<Vec<u8>, String> {
    let mut fonts = usvg::fontdb::Database::new();
    fonts.load_font_data(include_bytes!("../assets/fonts/DejaVuSans.ttf").to_vec());
    fonts.load_font_data(include_bytes!("../assets/fonts/DejaVuSans-Bold.ttf").to_vec());
    fonts.set_sans_serif_family("DejaVu Sans");
    let options = usvg::Options {
        font_family: "DejaVu Sans".to_owned(),
        fontdb: Arc::new(fonts),
        ..usvg::Options::default()
    };
    let tree = usvg::Tree::from_str(svg, &options).map_err(|error| error.to_string())?;
    let mut pixmap = tiny_skia::Pixmap::new(WIDTH, HEIGHT).ok_or_else(|| "no pixmap".to_owned())?;
    resvg::render(&tree, tiny_skia::Transform::default(), &mut pixmap.as_mut());
    pixmap.encode_png().map_err(|error| error.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use crate::model::run;
    use crate::url;

    #[test]
    fn headings_wrap_between_words_and_stop_with_an_ellipsis() {
        assert_eq!(wrap("a bb ccc dddd", 6, 3), ["a bb", "ccc", "dddd"]);
        assert_eq!(wrap("a bb ccc dddd", 6, 2), ["a bb", "ccc…"]);
    }

    /// Every card is a 1200 × 630 PNG of at most 300 KB, in Greek too, with the price in it.
    #[test]
    fn a_card_is_a_small_png_with_the_price_in_the_readers_language() {
        let mut state = url::from_query(&[]).state;
        state.lang = Lang::El;
        let outcome = run(&state.last_valid).expect("the defaults run");
        let bounds = ranges::bounds(&state.last_valid, &state.last_valid_spans);
        let drawn = svg(
            &state,
            &outcome,
            bounds.as_ref(),
            &[],
            "https://example.org/calc/",
        );
        assert!(drawn.contains(">2,25\u{a0}$<"), "{drawn}");
        assert!(
            drawn.contains(">από 1,69\u{a0}$ έως 3,36\u{a0}$<"),
            "the range in Greek"
        );
        assert!(drawn.contains(">example.org/calc<"));
        let image = png(&drawn).expect("draws");
        assert_eq!(&image[..8], b"\x89PNG\r\n\x1a\n");
        let (width, height) = (
            u32::from_be_bytes(image[16..20].try_into().expect("4 bytes")),
            u32::from_be_bytes(image[20..24].try_into().expect("4 bytes")),
        );
        assert_eq!((width, height), (WIDTH, HEIGHT));
        assert!(image.len() <= 300 * 1024, "{} bytes", image.len());
    }

    /// A card carries the headline's range exactly when the deal's data has ranges: for every
    /// deal in every language, and for a link pinned to data from before ranges existed.
    #[test]
    fn every_card_shows_the_range_exactly_when_the_deal_has_one() {
        use crate::model::DataVersion;
        for deal in &DEALS {
            for lang in Lang::ALL {
                for data in [DataVersion::CURRENT, DataVersion::D2025_11] {
                    let pairs = [
                        ("preset".to_owned(), deal.id.to_owned()),
                        ("lang".to_owned(), lang.code().to_owned()),
                        ("data".to_owned(), data.id().to_owned()),
                    ];
                    let state = url::from_query(&pairs).state;
                    let outcome = run(&state.last_valid).expect("every deal runs");
                    let bounds = ranges::bounds(&state.last_valid, &state.last_valid_spans);
                    let drawn = svg(&state, &outcome, bounds.as_ref(), &[], "https://x.org/");
                    let range = price_range(lang, bounds.as_ref());
                    assert_eq!(
                        range.is_some(),
                        !deal.spans(data).is_empty(),
                        "{} {lang:?} {data:?}",
                        deal.id
                    );
                    if let Some(range) = range {
                        let escaped = range.replace('&', "&amp;");
                        assert!(drawn.contains(&escaped), "{} {lang:?}: {range}", deal.id);
                    }
                }
            }
        }
    }
}
