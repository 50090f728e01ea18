//! Locale-aware number formatting and parsing. In the browser, formatting is the platform's
//! `Intl.NumberFormat` (no bytes of locale data shipped); natively — tests and build-time
//! rendering — a small en-US fallback stands in. Parsing is ours: `Intl` has no parser.

use super::Lang;

/// How a number is shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Style {
    /// Grouped whole number: `300,000`.
    Integer,
    /// Grouped, up to two fraction digits: `1,234.5`.
    Decimal,
    /// Grouped, exactly one fraction digit: `33.8`.
    OneDecimal,
    /// Short compact form for axes: `200K`, `1.5M`.
    Compact,
    /// Long compact form for prose: `16.9 billion`.
    CompactLong,
    /// Dollars and cents: `$2.25`.
    UsdCents,
    /// Long compact dollars: `$38 billion`.
    UsdCompactLong,
    /// Short compact dollars, where the long form does not fit: `$38B`, `38 δισ. $`.
    UsdCompact,
    /// A fraction shown as a percentage: `0.9` → `90%`. Keep last: the browser's cache of
    /// formatters has one slot per style up to this one.
    Percent,
}

/// `value` formatted in `style` for `lang`.
pub fn number(lang: Lang, value: f64, style: Style) -> String {
    if !value.is_finite() {
        return "–".to_owned();
    }
    match style {
        // `Intl` shortens compact currency to "$38B" whatever `compactDisplay` says: spell the
        // amount out and place the currency as the language does.
        Style::UsdCompactLong => {
            let amount = imp::number(lang, value, Style::CompactLong);
            super::text(lang, super::Text::UsdAmount).replace("{amount}", &amount)
        }
        _ => imp::number(lang, value, style),
    }
}

/// `value` as plain text in the shortest form that reads back to exactly it (`2.25`,
/// `38000000000`, `1.1e+29`): for links, data attributes and files, not for readers. It is
/// JavaScript's `Number.prototype.toString`: in the browser the platform writes it (Rust's
/// float formatting would add 13 KB to the wasm), and natively — tests, the page rendered at
/// build time — the same text is made from Rust's, which never uses an exponent.
pub fn plain(value: f64) -> String {
    #[cfg(target_arch = "wasm32")]
    let text = js_sys::Number::from(value)
        .to_string_with_radix(10)
        .map(String::from)
        .unwrap_or_default();
    #[cfg(not(target_arch = "wasm32"))]
    let text = {
        let magnitude = value.abs();
        if value.is_nan() {
            "NaN".to_owned()
        } else if value.is_infinite() {
            if value > 0.0 { "Infinity" } else { "-Infinity" }.to_owned()
        } else if value == 0.0 {
            "0".to_owned()
        } else if (1e-6..1e21).contains(&magnitude) {
            value.to_string()
        } else {
            // JavaScript's exponent form: shortest digits, `e+21` or `e-7`.
            let text = format!("{value:e}");
            match text.split_once('e') {
                Some((digits, exponent)) if !exponent.starts_with('-') => {
                    format!("{digits}e+{exponent}")
                }
                _ => text,
            }
        }
    };
    text
}

/// `value` rounded to `digits` significant digits, for approximate figures ("≈ 490,000").
pub fn round_significant(value: f64, digits: i32) -> f64 {
    if !value.is_finite() || value == 0.0 {
        return value;
    }
    let magnitude = 10f64.powi(value.abs().log10().floor() as i32 - digits + 1);
    (value / magnitude).round() * magnitude
}

/// `value` in scientific notation with a superscript exponent, e.g. `1.1 × 10²⁹`.
pub fn scientific(lang: Lang, value: f64) -> String {
    if !value.is_finite() || value <= 0.0 {
        return number(lang, value, Style::Integer);
    }
    let mut exponent = value.log10().floor() as i32;
    let mut mantissa = value / 10f64.powi(exponent);
    // 9.96 rounds to 10.0 at one decimal: carry into the exponent.
    if (mantissa * 10.0).round() >= 100.0 {
        mantissa /= 10.0;
        exponent += 1;
    }
    let superscript: String = exponent
        .to_string()
        .chars()
        .map(|digit| match digit {
            '-' => '⁻',
            '0' => '⁰',
            '1' => '¹',
            '2' => '²',
            '3' => '³',
            '4' => '⁴',
            '5' => '⁵',
            '6' => '⁶',
            '7' => '⁷',
            '8' => '⁸',
            _ => '⁹',
        })
        .collect();
    format!(
        "{} × 10{superscript}",
        number(lang, mantissa, Style::OneDecimal)
    )
}

/// Parses a number as a reader of `lang` types it: group separators, a currency sign and
/// surrounding spaces are allowed (`$38`, `200,000`, ` 7.5 `). `None` unless the result is a
/// finite number.
pub fn parse(lang: Lang, text: &str) -> Option<f64> {
    let (group, point) = match lang {
        Lang::En => (',', '.'),
        Lang::El | Lang::Es => ('.', ','),
    };
    let mut cleaned = String::with_capacity(text.len());
    for character in text.trim().trim_start_matches('$').chars() {
        match character {
            c if c == group || c.is_whitespace() || c == '_' => {}
            c if c == point => cleaned.push('.'),
            // A typographic minus, as some keyboards and CMSs produce.
            '−' => cleaned.push('-'),
            c if c.is_ascii_digit() || matches!(c, '-' | '+' | 'e' | 'E') => cleaned.push(c),
            _ => return None,
        }
    }
    decimal(&cleaned)
}

/// Reads a plain decimal number as links and the cleaned fields hold it: an optional sign,
/// digits with an optional `.` fraction, an optional exponent (`-1.5`, `.5`, `2e9`). `None`
/// for anything else (`inf`, `NaN`, `0x10`, an empty string) or a result that is not finite.
///
/// In the browser the platform's `parseFloat` converts the checked text: Rust's float parser
/// ships 25 KB of tables in the wasm. Both round correctly, so the two give the same number.
pub fn decimal(text: &str) -> Option<f64> {
    fn without_sign(text: &str) -> &str {
        text.strip_prefix(['+', '-']).unwrap_or(text)
    }
    fn all_digits(text: &str) -> bool {
        text.bytes().all(|byte| byte.is_ascii_digit())
    }
    let (mantissa, exponent) = match without_sign(text).split_once(['e', 'E']) {
        Some((mantissa, exponent)) => (mantissa, Some(without_sign(exponent))),
        None => (without_sign(text), None),
    };
    let (whole, fraction) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let plain = !(whole.is_empty() && fraction.is_empty())
        && all_digits(whole)
        && all_digits(fraction)
        && exponent.is_none_or(|exponent| !exponent.is_empty() && all_digits(exponent));
    if !plain {
        return None;
    }
    #[cfg(target_arch = "wasm32")]
    let value = js_sys::parse_float(text);
    #[cfg(not(target_arch = "wasm32"))]
    let value = text.parse::<f64>().ok()?;
    value.is_finite().then_some(value)
}

#[cfg(target_arch = "wasm32")]
mod imp {
    use std::cell::RefCell;

    use js_sys::Intl::{
        CompactDisplay, NumberFormat, NumberFormatNotation, NumberFormatOptions, NumberFormatStyle,
    };
    use js_sys::{Array, JsString};
    use wasm_bindgen::{JsCast, JsValue};

    use super::{Lang, Style};

    /// Number of [`Style`]s: the formatters of one language.
    const STYLES: usize = Style::Percent as usize + 1;

    thread_local! {
        /// Building an `Intl.NumberFormat` is far slower than using one: keep them, by language
        /// and style (an array, not a hash map: no hashing code in the wasm).
        static FORMATTERS: RefCell<[Option<NumberFormat>; Lang::ALL.len() * STYLES]> =
            RefCell::new(std::array::from_fn(|_| None));
    }

    fn options(style: Style) -> NumberFormatOptions {
        let options = NumberFormatOptions::new();
        match style {
            Style::Integer => options.set_maximum_fraction_digits(0),
            Style::Decimal => options.set_maximum_fraction_digits(2),
            Style::OneDecimal => {
                options.set_minimum_fraction_digits(1);
                options.set_maximum_fraction_digits(1);
            }
            // `number` adds the currency to the long compact amount.
            Style::Compact | Style::CompactLong | Style::UsdCompactLong => {
                options.set_notation(NumberFormatNotation::Compact);
                options.set_maximum_fraction_digits(1);
                if style != Style::Compact {
                    options.set_compact_display(CompactDisplay::Long);
                }
            }
            Style::UsdCents => {
                options.set_style(NumberFormatStyle::Currency);
                options.set_currency("USD");
                options.set_minimum_fraction_digits(2);
                options.set_maximum_fraction_digits(2);
            }
            Style::UsdCompact => {
                options.set_style(NumberFormatStyle::Currency);
                options.set_currency("USD");
                options.set_notation(NumberFormatNotation::Compact);
                options.set_maximum_fraction_digits(1);
            }
            Style::Percent => {
                options.set_style(NumberFormatStyle::Percent);
                options.set_maximum_fraction_digits(1);
            }
        }
        options
    }

    pub(super) fn number(lang: Lang, value: f64, style: Style) -> String {
        // Whole numbers go through the two-decimal formatter, rounded first (both round half
        // away from zero): one `Intl.NumberFormat` fewer to build while the page starts.
        let (style, value) = match style {
            Style::Integer => (Style::Decimal, value.round()),
            other => (other, value),
        };
        FORMATTERS.with(|formatters| {
            let mut formatters = formatters.borrow_mut();
            let formatter =
                formatters[lang as usize * STYLES + style as usize].get_or_insert_with(|| {
                    let locales = Array::of1(&JsValue::from_str(lang.locale()));
                    NumberFormat::new(&locales, options(style).unchecked_ref())
                });
            formatter
                .format()
                .call1(&JsValue::NULL, &JsValue::from_f64(value))
                .ok()
                .and_then(|formatted| formatted.dyn_into::<JsString>().ok())
                .map(String::from)
                .unwrap_or_else(|| super::plain(value))
        })
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod imp {
    //! Formatting for native builds (tests, and the pages rendered at build time), written to
    //! print what `Intl.NumberFormat` prints in the browser for en-US, el-GR and es-ES with the
    //! page's options; `src/i18n/format/intl.tsv`, written by Node's `Intl`
    //! (`scripts/intl-fixture.mjs`), holds it to that.

    use super::{Lang, Style};

    /// How a language writes numbers (CLDR, as ICU prints them).
    struct Rules {
        group: char,
        decimal: char,
        /// Digits a whole part needs before it is grouped: 4 in English and Greek (`1,234`),
        /// 5 in Spanish (`1234`, `12.345`).
        group_from: usize,
        /// Short compact suffixes of thousands, millions, billions and trillions.
        short: [&'static str; 4],
        /// Long compact words of the same, (one, other).
        long: [(&'static str, &'static str); 4],
        /// What goes before and after an amount of dollars.
        usd: (&'static str, &'static str),
        percent: &'static str,
        /// Spanish writes short billions under ten thousand million in millions (`1500 M`).
        billions_in_millions: bool,
    }

    const EN: Rules = Rules {
        group: ',',
        decimal: '.',
        group_from: 4,
        short: ["K", "M", "B", "T"],
        long: [
            (" thousand", " thousand"),
            (" million", " million"),
            (" billion", " billion"),
            (" trillion", " trillion"),
        ],
        usd: ("$", ""),
        percent: "%",
        billions_in_millions: false,
    };

    const EL: Rules = Rules {
        group: '.',
        decimal: ',',
        group_from: 4,
        short: ["\u{a0}χιλ.", "\u{a0}εκ.", "\u{a0}δισ.", "\u{a0}τρισ."],
        long: [
            (" χιλιάδα", " χιλιάδες"),
            (" εκατομμύριο", " εκατομμύρια"),
            (" δισεκατομμύριο", " δισεκατομμύρια"),
            (" τρισεκατομμύριο", " τρισεκατομμύρια"),
        ],
        usd: ("", "\u{a0}$"),
        percent: "%",
        billions_in_millions: false,
    };

    const ES: Rules = Rules {
        group: '.',
        decimal: ',',
        group_from: 5,
        short: ["\u{a0}mil", "\u{a0}M", "\u{a0}mil\u{a0}M", "\u{a0}B"],
        long: [
            (" mil", " mil"),
            (" millón", " millones"),
            (" mil millones", " mil millones"),
            (" billón", " billones"),
        ],
        usd: ("", "\u{a0}US$"),
        percent: "\u{a0}%",
        billions_in_millions: true,
    };

    fn rules(lang: Lang) -> &'static Rules {
        match lang {
            Lang::En => &EN,
            Lang::El => &EL,
            Lang::Es => &ES,
        }
    }

    /// The digits of `magnitude` (≥ 0), whole and fraction, rounded half away from zero to at
    /// most `max` fraction digits and trimmed to no fewer than `min`. Rounds the shortest
    /// decimal that reads back to the number, as ICU does (`1.005` → `1.01`), not its binary
    /// value.
    fn digits(magnitude: f64, min: usize, max: usize) -> (String, String) {
        let text = magnitude.to_string();
        let (whole, fraction) = text.split_once('.').unwrap_or((&text, ""));
        let mut kept: Vec<u8> = whole.bytes().chain(fraction.bytes().take(max)).collect();
        let mut fraction_len = fraction.len().min(max);
        if fraction
            .as_bytes()
            .get(max)
            .is_some_and(|digit| *digit >= b'5')
        {
            // Carry from the last kept digit up; a carry out of the top adds a digit.
            let mut at = kept.len();
            loop {
                if at == 0 {
                    kept.insert(0, b'1');
                    break;
                }
                at -= 1;
                if kept[at] == b'9' {
                    kept[at] = b'0';
                } else {
                    kept[at] += 1;
                    break;
                }
            }
        }
        while fraction_len > min && kept.last() == Some(&b'0') {
            kept.pop();
            fraction_len -= 1;
        }
        kept.resize(kept.len() + (min - fraction_len.min(min)), b'0');
        let fraction_len = fraction_len.max(min);
        let split = kept.len() - fraction_len;
        let text = String::from_utf8(kept).unwrap_or_default();
        (text[..split].to_owned(), text[split..].to_owned())
    }

    /// `value` in `lang`'s digits and separators, with `min`–`max` fraction digits.
    fn plain(rules: &Rules, value: f64, min: usize, max: usize) -> String {
        let (whole, fraction) = digits(value.abs(), min, max);
        let mut out = String::new();
        if value < 0.0 && (whole.bytes().chain(fraction.bytes())).any(|digit| digit != b'0') {
            out.push('-');
        }
        for (position, digit) in whole.chars().enumerate() {
            let left = whole.len() - position;
            if position > 0 && left % 3 == 0 && whole.len() >= rules.group_from {
                out.push(rules.group);
            }
            out.push(digit);
        }
        if !fraction.is_empty() {
            out.push(rules.decimal);
            out.push_str(&fraction);
        }
        out
    }

    /// The compact form: the amount in thousands, millions, … with at most one fraction
    /// digit (at least `min`), and its suffix, short or `long`.
    fn compact(rules: &Rules, value: f64, long: bool, min: usize) -> String {
        let rounded = |scaled: f64| {
            let (whole, _) = digits(scaled.abs(), 0, 1);
            whole.len()
        };
        let mut step = (1..=4)
            .rev()
            .find(|&step| value.abs() >= 1e3f64.powi(step))
            .unwrap_or(0);
        // 999.96 thousand is 1 million once rounded.
        if step < 4 && rounded(value / 1e3f64.powi(step)) > 3 {
            step += 1;
        }
        if step == 0 {
            return plain(rules, value, min, 1);
        }
        let mut scaled = value / 1e3f64.powi(step);
        let mut suffix = if long {
            let (one, other) = rules.long[step as usize - 1];
            let amount = plain(rules, scaled, min, 1);
            return format!("{amount}{}", if amount == "1" { one } else { other });
        } else {
            rules.short[step as usize - 1]
        };
        if rules.billions_in_millions && step == 3 && rounded(value / 1e6) <= 4 {
            scaled = value / 1e6;
            suffix = rules.short[1];
        }
        format!("{}{suffix}", plain(rules, scaled, min, 1))
    }

    /// Dollars: the sign first, then the language's currency placement.
    fn usd(rules: &Rules, amount: String) -> String {
        let (before, after) = rules.usd;
        match amount.strip_prefix('-') {
            Some(positive) => format!("-{before}{positive}{after}"),
            None => format!("{before}{amount}{after}"),
        }
    }

    pub(super) fn number(lang: Lang, value: f64, style: Style) -> String {
        let rules = rules(lang);
        match style {
            Style::Integer => plain(rules, value.round(), 0, 0),
            Style::Decimal => plain(rules, value, 0, 2),
            Style::OneDecimal => plain(rules, value, 1, 1),
            Style::Compact => compact(rules, value, false, 0),
            Style::CompactLong | Style::UsdCompactLong => compact(rules, value, true, 0),
            Style::UsdCents => usd(rules, plain(rules, value, 2, 2)),
            // A currency's two decimals, capped at one by the options: at least one shows.
            Style::UsdCompact => usd(rules, compact(rules, value, false, 1)),
            Style::Percent => format!("{}{}", plain(rules, value * 100.0, 0, 1), rules.percent),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_numbers_read_back_exactly() {
        for value in [
            2.25,
            38e9,
            0.1 + 0.2,
            300_000.0,
            1.0 / 3.0,
            7.5e-5,
            1.1e29,
            3e-9,
        ] {
            assert_eq!(decimal(&plain(value)), Some(value), "{value}");
        }
        // As JavaScript writes them, so that the page built natively matches the live one.
        assert_eq!(plain(38e9), "38000000000");
        assert_eq!(plain(2.25), "2.25");
        assert_eq!(plain(1.0958376600000012e29), "1.0958376600000012e+29");
        assert_eq!(plain(1e21), "1e+21");
        assert_eq!(
            plain(999_999_999_999_999_900_000.0),
            "999999999999999900000"
        );
        assert_eq!(plain(1e-7), "1e-7");
        assert_eq!(plain(0.000_001), "0.000001");
        assert_eq!(plain(-0.0), "0");
        assert_eq!(plain(f64::NEG_INFINITY), "-Infinity");
    }

    #[test]
    fn parses_what_readers_type() {
        let cases = [
            ("38", Some(38.0)),
            (" 7.5 ", Some(7.5)),
            ("$38", Some(38.0)),
            ("200,000", Some(200_000.0)),
            ("-5", Some(-5.0)),
            ("−5", Some(-5.0)),
            ("1e3", Some(1000.0)),
            ("", None),
            ("abc", None),
            ("inf", None),
            ("NaN", None),
            ("1e400", None),
            ("3..5", None),
        ];
        for (text, expected) in cases {
            assert_eq!(parse(Lang::En, text), expected, "{text:?}");
        }
    }

    #[test]
    fn plain_decimals_are_read_and_everything_else_refused() {
        for (text, expected) in [
            ("38", 38.0),
            ("-1.5", -1.5),
            ("+.5", 0.5),
            ("5.", 5.0),
            ("2e9", 2e9),
            ("1.5E-3", 1.5e-3),
            ("38.000000001", 38.000000001),
        ] {
            assert_eq!(decimal(text), Some(expected), "{text:?}");
        }
        for text in [
            "",
            ".",
            "-",
            "e5",
            "1e",
            "1e+",
            "1.2.3",
            "0x10",
            "inf",
            "-infinity",
            "NaN",
            " 1",
            "1 ",
            "1_000",
            "1e400",
            "--1",
            "1e5.5",
        ] {
            assert_eq!(decimal(text), None, "{text:?}");
        }
    }

    proptest::proptest! {
        /// Whatever the text, `decimal` either refuses it or agrees with Rust's own parser
        /// (which the browser's `parseFloat` matches on the texts `decimal` lets through).
        #[test]
        fn decimal_agrees_with_rusts_parser(text in "[-+]?[0-9]{0,12}(\\.[0-9]{0,12})?([eE][-+]?[0-9]{0,3})?|[ -~]{0,12}") {
            if let Some(value) = decimal(&text) {
                proptest::prop_assert_eq!(Some(value), text.parse::<f64>().ok());
            } else if let Ok(value) = text.parse::<f64>() {
                let word = text.to_ascii_lowercase();
                proptest::prop_assert!(!value.is_finite() || word.contains("inf") || word.contains("nan"), "{text:?} refused");
            }
        }
    }

    #[test]
    fn greek_and_spanish_read_decimal_commas() {
        for lang in [Lang::El, Lang::Es] {
            assert_eq!(parse(lang, "2,25"), Some(2.25));
            assert_eq!(parse(lang, "200.000"), Some(200_000.0));
            assert_eq!(parse(lang, "1.234,5"), Some(1234.5));
            assert_eq!(number(lang, 2.25, Style::Decimal), "2,25");
        }
    }

    #[test]
    fn formats_like_intl_en_us() {
        let cases = [
            (300_000.0, Style::Integer, "300,000"),
            (2.2470, Style::UsdCents, "$2.25"),
            (38e9, Style::UsdCompactLong, "$38 billion"),
            (1e6, Style::UsdCompactLong, "$1 million"),
            (200_000.0, Style::Compact, "200K"),
            (16.911e9, Style::CompactLong, "16.9 billion"),
            (0.9, Style::Percent, "90%"),
        ];
        for (value, style, expected) in cases {
            assert_eq!(number(Lang::En, value, style), expected);
        }
    }

    /// The native formatter prints what the browser's `Intl` prints: the pages built at build
    /// time show the same figures, in the same words, as the live page.
    #[test]
    fn formats_like_intl_in_every_language() {
        let styles = [
            ("Integer", Style::Integer),
            ("Decimal", Style::Decimal),
            ("OneDecimal", Style::OneDecimal),
            ("Compact", Style::Compact),
            ("CompactLong", Style::CompactLong),
            ("UsdCents", Style::UsdCents),
            ("UsdCompact", Style::UsdCompact),
            ("Percent", Style::Percent),
        ];
        let mut checked = 0;
        let mut wrong = Vec::new();
        for line in include_str!("format/intl.tsv").lines().skip(1) {
            let [locale, style, value, expected] = line.split('\t').collect::<Vec<_>>()[..] else {
                panic!("a line of four fields: {line:?}");
            };
            let lang = Lang::ALL
                .into_iter()
                .find(|lang| lang.locale() == locale)
                .expect("a language of the page");
            let (_, style) = styles
                .into_iter()
                .find(|(name, _)| *name == style)
                .expect("a style of the page");
            let value: f64 = value.parse().expect("a number");
            let written = imp::number(lang, value, style);
            if written != expected {
                wrong.push(format!(
                    "{locale} {style:?} {value}: {written:?}, not {expected:?}"
                ));
            }
            checked += 1;
        }
        assert!(checked > 1000, "{checked} lines");
        assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    }

    #[test]
    fn approximate_figures_keep_two_significant_digits() {
        assert_eq!(round_significant(485_812.0, 2), 490_000.0);
        assert_eq!(round_significant(5_218.0, 2), 5_200.0);
        assert_eq!(round_significant(0.0, 2), 0.0);
    }

    #[test]
    fn scientific_notation_uses_superscripts_and_carries() {
        assert_eq!(scientific(Lang::En, 1.1e29), "1.1 × 10²⁹");
        assert_eq!(scientific(Lang::En, 9.97e25), "1.0 × 10²⁶");
        assert_eq!(number(Lang::En, f64::NAN, Style::Integer), "–");
    }
}
