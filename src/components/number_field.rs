//! A labelled number field with a slider beside it, a note and an error message. Turns typing
//! and dragging into domain values; keeps what the reader typed even when it is not a number.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::i18n::format::{self, Style};
use crate::i18n::{self, Lang, Text};

/// How slider positions (0 – [`SliderScale::steps`]) map to values.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum SliderScale {
    /// Evenly spaced values from `min` to `max` in steps of `step`.
    Linear { min: f64, max: f64, step: f64 },
    /// Logarithmic from `min` to `max` (both > 0), rounded to three significant digits.
    Log { min: f64, max: f64 },
    /// Square-root scale from 0 to `max`, rounded to multiples of `round_to`: fine control of
    /// small counts, still reaching large ones.
    Sqrt { max: f64, round_to: f64 },
}

impl SliderScale {
    /// Positions of the non-linear sliders: fine enough to drag, one step per arrow key.
    const FINE_STEPS: f64 = 1000.0;

    /// Number of slider steps: one per `step` for linear scales, so an arrow key moves by one.
    pub fn steps(self) -> f64 {
        match self {
            SliderScale::Linear { min, max, step } => ((max - min) / step).round(),
            SliderScale::Log { .. } | SliderScale::Sqrt { .. } => Self::FINE_STEPS,
        }
    }

    /// The slider position showing `value`, clamped to the slider's ends.
    pub fn position(self, value: f64) -> f64 {
        let share = match self {
            SliderScale::Linear { min, max, .. } => (value - min) / (max - min),
            SliderScale::Log { min, max } => {
                (value.max(min).ln() - min.ln()) / (max.ln() - min.ln())
            }
            SliderScale::Sqrt { max, .. } => (value.max(0.0) / max).sqrt(),
        };
        (share.clamp(0.0, 1.0) * self.steps()).round()
    }

    /// The value at slider `position`.
    pub fn value(self, position: f64) -> f64 {
        let share = (position / self.steps()).clamp(0.0, 1.0);
        match self {
            SliderScale::Linear { min, max, step } => {
                ((min + share * (max - min)) / step).round() * step
            }
            SliderScale::Log { min, max } => {
                let raw = (min.ln() + share * (max.ln() - min.ln())).exp();
                let magnitude = 10f64.powi(raw.log10().floor() as i32 - 2);
                (raw / magnitude).round() * magnitude
            }
            SliderScale::Sqrt { max, round_to } => {
                (share * share * max / round_to).round() * round_to
            }
        }
    }
}

/// Props of [`NumberField`].
#[derive(Properties, PartialEq)]
pub struct NumberFieldProps {
    /// Input name, equal to the field's URL key (`value`, `years`, `gb200`, …).
    pub name: AttrValue,
    /// Visible label.
    pub label: AttrValue,
    /// Unit shown after the field.
    pub unit: AttrValue,
    /// A line under the field: what was announced, or that the figure is assumed.
    #[prop_or_default]
    pub note: AttrValue,
    /// Current value in the field's display unit.
    pub value: f64,
    /// How the slider maps to values; `None` for a field without a slider.
    #[prop_or_default]
    pub scale: Option<SliderScale>,
    /// Whether the value is computed by the model (read-only, marked as such).
    #[prop_or_default]
    pub computed: bool,
    /// The word that marks a computed value ("computed").
    #[prop_or_default]
    pub computed_label: AttrValue,
    /// How the value is written in the text field.
    pub style: Style,
    /// Language for parsing and formatting.
    pub lang: Lang,
    /// Accessible name suffix of the slider ("slider").
    #[prop_or_default]
    pub slider_suffix: AttrValue,
    /// Error message to show beside the field, if any.
    #[prop_or_default]
    pub error: Option<AttrValue>,
    /// Called with a new value in display units.
    pub on_change: Callback<f64>,
    /// Called with text that is not a number.
    pub on_reject: Callback<String>,
    /// The field as a range, (low, high) in display units, if it is one.
    #[prop_or_default]
    pub span: Option<(f64, f64)>,
    /// Called with a new range in display units, or `None` to make the field one number
    /// again. A field without it has no range control.
    #[prop_or_default]
    pub on_span: Option<Callback<Option<(f64, f64)>>>,
}

/// How far a field made a range first reaches either side of its value: ±20 %, as the
/// sensitivity chart assumes for inputs without a range.
const FIRST_RANGE: f64 = crate::model::ranges::ASSUMED_SWING;

/// A number field and a slider for one input.
#[component]
pub fn NumberField(props: &NumberFieldProps) -> Html {
    let text = use_state(|| format::number(props.lang, props.value, props.style));

    // A value set from elsewhere (the slider) rewrites the text, unless the text already says
    // it: rewriting "38." to "38" mid-typing would fight the reader.
    {
        let text = text.clone();
        let (lang, style) = (props.lang, props.style);
        use_effect_with(props.value, move |value| {
            if format::parse(lang, &text) != Some(*value) {
                text.set(format::number(lang, *value, style));
            }
        });
    }

    // The texts of the two ends when the field is a range: the reader may type one end while
    // the other stays as it was. Ends set from elsewhere (a preset, the link) rewrite the text
    // that does not say them.
    let end_texts = use_state(|| {
        props
            .span
            .map(|(low, high)| [low, high].map(|end| format::number(props.lang, end, props.style)))
            .unwrap_or_default()
    });
    {
        let end_texts = end_texts.clone();
        let (lang, style) = (props.lang, props.style);
        use_effect_with(props.span, move |span| {
            if let Some((low, high)) = *span {
                let keep = |text: &String, value: f64| {
                    if format::parse(lang, text) == Some(value) {
                        text.clone()
                    } else {
                        format::number(lang, value, style)
                    }
                };
                let next = [keep(&end_texts[0], low), keep(&end_texts[1], high)];
                if next != *end_texts {
                    end_texts.set(next);
                }
            }
        });
    }

    let on_text = {
        let (text, lang) = (text.clone(), props.lang);
        let (on_change, on_reject) = (props.on_change.clone(), props.on_reject.clone());
        Callback::from(move |event: InputEvent| {
            let typed = event.target_unchecked_into::<HtmlInputElement>().value();
            match format::parse(lang, &typed) {
                Some(value) => on_change.emit(value),
                None => on_reject.emit(typed.clone()),
            }
            text.set(typed);
        })
    };
    let slider = props.scale.map(|scale| {
        let on_change = props.on_change.clone();
        let on_slide = Callback::from(move |event: InputEvent| {
            let position = event
                .target_unchecked_into::<HtmlInputElement>()
                .value_as_number();
            if position.is_finite() {
                on_change.emit(scale.value(position));
            }
        });
        let value_text = format!(
            "{} {}",
            format::number(props.lang, props.value, props.style),
            props.unit
        );
        html! {
            <input
                class="field__slider"
                type="range"
                min="0"
                max={format::plain(scale.steps())}
                step="1"
                value={format::plain(scale.position(props.value))}
                disabled={props.computed}
                aria-label={format!("{} ({})", props.label, props.slider_suffix)}
                aria-valuetext={value_text}
                oninput={on_slide}
            />
        }
    });

    let toggle = props
        .on_span
        .as_ref()
        .filter(|_| !props.computed)
        .map(|on_span| {
            let (on_span, span, value) = (on_span.clone(), props.span, props.value);
            let onclick = Callback::from(move |_: MouseEvent| {
                on_span.emit(match span {
                    Some(_) => None,
                    None => Some((value * (1.0 - FIRST_RANGE), value * (1.0 + FIRST_RANGE))),
                })
            });
            html! {
                <button type="button" class="field__toggle button button--small"
                    aria-pressed={if props.span.is_some() { "true" } else { "false" }}
                    data-range-toggle={props.name.clone()} {onclick}>
                    { i18n::text(props.lang, Text::RangeToggle) }
                </button>
            }
        });
    let id = format!("field-{}", props.name);
    let note_id = format!("{id}-note");
    let error_id = format!("{id}-error");
    let described_by = [
        (!props.note.is_empty()).then(|| note_id.clone()),
        props.error.as_ref().map(|_| error_id.clone()),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" ");
    // One end of a range: its own box, named "<key>_low" or "<key>_high".
    let end_box = |end: usize, on_span: &Callback<Option<(f64, f64)>>| {
        let on_input = {
            let (end_texts, lang) = (end_texts.clone(), props.lang);
            let (on_span, on_reject) = (on_span.clone(), props.on_reject.clone());
            Callback::from(move |event: InputEvent| {
                let typed = event.target_unchecked_into::<HtmlInputElement>().value();
                let mut next = (*end_texts).clone();
                next[end] = typed.clone();
                match (format::parse(lang, &next[0]), format::parse(lang, &next[1])) {
                    (Some(low), Some(high)) => on_span.emit(Some((low, high))),
                    _ => on_reject.emit(typed),
                }
                end_texts.set(next);
            })
        };
        let (suffix, word) = if end == 0 {
            ("low", Text::RangeLowEnd)
        } else {
            ("high", Text::RangeHighEnd)
        };
        html! {
            <div class="field__box">
                <input
                    class="field__input"
                    type="text"
                    inputmode="decimal"
                    autocomplete="off"
                    spellcheck="false"
                    name={format!("{}_{suffix}", props.name)}
                    data-range-end={suffix}
                    value={end_texts[end].clone()}
                    aria-label={format!("{}, {}", props.label, i18n::text(props.lang, word))}
                    aria-invalid={props.error.is_some().then_some("true")}
                    aria-describedby={(!described_by.is_empty()).then(|| described_by.clone())}
                    oninput={on_input}
                />
                <span class="field__unit" aria-hidden="true">{ &props.unit }</span>
            </div>
        }
    };
    html! {
        <div class="field" data-invalid={props.error.is_some().then_some("true")}
            data-ranged={props.span.is_some().then_some("true")}
            data-computed={props.computed.then_some("true")}
            data-plain={props.scale.is_none().then_some("true")}>
            <label class="field__label" for={id.clone()}>
                { &props.label }
                if props.computed {
                    <span class="badge">{ &props.computed_label }</span>
                }
            </label>
            <div class="field__row">
                <div class="field__box">
                    <input
                        id={id.clone()}
                        class="field__input"
                        type="text"
                        inputmode="decimal"
                        autocomplete="off"
                        spellcheck="false"
                        name={props.name.clone()}
                        value={(*text).clone()}
                        readonly={props.computed}
                        aria-invalid={props.error.is_some().then_some("true")}
                        aria-describedby={(!described_by.is_empty()).then(|| described_by.clone())}
                        oninput={on_text}
                    />
                    <span class="field__unit" aria-hidden="true">{ &props.unit }</span>
                </div>
                { slider.unwrap_or_default() }
                { toggle.unwrap_or_default() }
            </div>
            // A range: its two ends under the central value (which one number typed above, or
            // the slider, replaces).
            if let (Some(_), Some(on_span), false) = (props.span, props.on_span.clone(), props.computed) {
                <div class="field__range" role="group" aria-label={format!("{} ({})", props.label, i18n::text(props.lang, Text::RangeToggle))}>
                    { end_box(0, &on_span) }
                    <span class="field__dash" aria-hidden="true">{ "–" }</span>
                    { end_box(1, &on_span) }
                </div>
            }
            if !props.note.is_empty() {
                <p class="field__note" id={note_id}>{ &props.note }</p>
            }
            if let Some(error) = &props.error {
                <p class="field__error" id={error_id} data-error-for={props.name.clone()} role="alert">
                    { error }
                </p>
            }
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_values_sit_on_the_sliders_and_come_back() {
        let value = SliderScale::Log {
            min: 1.0,
            max: 1000.0,
        };
        let gpus = SliderScale::Sqrt {
            max: 2_000_000.0,
            round_to: 1000.0,
        };
        for (scale, default, tolerance) in [(value, 38.0, 0.01), (gpus, 200_000.0, 0.01)] {
            let back = scale.value(scale.position(default));
            assert!(
                (back / default - 1.0).abs() < tolerance,
                "{back} vs {default}"
            );
        }
    }

    #[test]
    fn slider_ends_are_the_scale_ends() {
        let years = SliderScale::Linear {
            min: 1.0,
            max: 30.0,
            step: 1.0,
        };
        assert_eq!(years.value(0.0), 1.0);
        assert_eq!(years.steps(), 29.0);
        assert_eq!(years.value(29.0), 30.0);
        assert_eq!(years.value(years.position(7.0) + 1.0), 8.0);
        assert_eq!(years.position(-5.0), 0.0);
        assert_eq!(years.position(99.0), 29.0);
        let gpus = SliderScale::Sqrt {
            max: 2_000_000.0,
            round_to: 1000.0,
        };
        assert_eq!(gpus.value(0.0), 0.0);
        assert_eq!(gpus.value(gpus.steps()), 2_000_000.0);
    }

    #[test]
    fn log_slider_values_are_round() {
        let scale = SliderScale::Log {
            min: 1.0,
            max: 1000.0,
        };
        for position in 0..=1000 {
            let value = scale.value(f64::from(position));
            let digits = value / 10f64.powi(value.log10().floor() as i32 - 2);
            assert!((digits - digits.round()).abs() < 1e-6, "{value}");
        }
    }
}
