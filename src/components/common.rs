//! Small pieces shared by the panels: error lookup, a labelled choice (select or radio group),
//! a month field, and the hook that waits for a language's words.

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::i18n::{self, pack, Lang};
use crate::model::calendar::YearMonth;
use crate::model::validate::month_bounds;
use crate::model::{Field, FieldError, DEALS};

/// False when the page is rendered at build time, natively, by `src/bin/prerender.rs`: there
/// is no window, address or clock, so what would read them takes the defaults instead.
pub const IN_BROWSER: bool = cfg!(target_arch = "wasm32");

/// Whether a `<details>` is open, and the `ontoggle` handler that keeps that known. What a
/// closed disclosure holds is not built: nobody sees it, and it would otherwise be created at
/// start and rebuilt on every change.
#[hook]
pub fn use_disclosure() -> (bool, Callback<Event>) {
    let open = use_state_eq(|| false);
    let on_toggle = {
        let open = open.clone();
        Callback::from(move |event: Event| {
            if let Some(details) = event.target_dyn_into::<web_sys::Element>() {
                open.set(details.has_attribute("open"));
            }
        })
    };
    (*open, on_toggle)
}

/// The localised message for `field` among `errors`, if it has one.
pub fn error_for(errors: &[FieldError], lang: Lang, field: Field) -> Option<AttrValue> {
    errors
        .iter()
        .find(|error| error.field == field)
        .map(|error| AttrValue::from(i18n::error_message(lang, error.field, &error.problem)))
}

/// A table in a keyboard-scrollable box named `label` (also its caption, for screen readers):
/// column headers `columns`, body `rows`. The box is a named group, not a landmark: its section
/// is the landmark, often under the same name.
pub fn scroll_table(
    label: AttrValue,
    columns: impl IntoIterator<Item = AttrValue>,
    rows: Html,
) -> Html {
    html! {
        <div class="table-wrap" tabindex="0" role="group" aria-label={label.clone()}>
            <table class="table">
                <caption class="visually-hidden">{ label }</caption>
                <thead><tr>
                    { for columns.into_iter().map(|column| html! { <th scope="col">{ column }</th> }) }
                </tr></thead>
                <tbody>{ rows }</tbody>
            </table>
        </div>
    }
}

/// Props of [`Choice`].
#[derive(Properties, PartialEq)]
pub struct ChoiceProps {
    /// Input name (URL key).
    pub name: AttrValue,
    /// Visible label or legend.
    pub label: AttrValue,
    /// Options as (id, text).
    pub options: Vec<(AttrValue, AttrValue)>,
    /// Id of the selected option.
    pub selected: AttrValue,
    /// Radio buttons (few options, all visible) instead of a drop-down.
    #[prop_or_default]
    pub radios: bool,
    /// Called with the id of the option chosen.
    pub on_change: Callback<AttrValue>,
}

/// A labelled drop-down or radio group.
#[component]
pub fn Choice(props: &ChoiceProps) -> Html {
    let id = format!("choice-{}", props.name);
    if props.radios {
        let options = props.options.iter().map(|(value, text)| {
            let on_change = props.on_change.clone();
            let chosen = value.clone();
            let onchange = Callback::from(move |_: Event| on_change.emit(chosen.clone()));
            html! {
                <label class="segmented__option" key={value.to_string()}>
                    <input type="radio" name={props.name.clone()} value={value.clone()}
                        checked={*value == props.selected} {onchange} />
                    <span>{ text }</span>
                </label>
            }
        });
        return html! {
            <fieldset class="segmented">
                <legend class="field__label">{ &props.label }</legend>
                <div class="segmented__options">{ for options }</div>
            </fieldset>
        };
    }
    let on_change = props.on_change.clone();
    let onchange = Callback::from(move |event: Event| {
        let value = event.target_unchecked_into::<HtmlSelectElement>().value();
        on_change.emit(AttrValue::from(value));
    });
    html! {
        <div class="field" data-plain="true">
            <label class="field__label" for={id.clone()}>{ &props.label }</label>
            <select id={id} class="field__select" name={props.name.clone()} {onchange}>
                { for props.options.iter().map(|(value, text)| html! {
                    <option value={value.clone()} selected={*value == props.selected}>{ text }</option>
                }) }
            </select>
        </div>
    }
}

/// Props of [`MonthField`].
#[derive(Properties, PartialEq)]
pub struct MonthFieldProps {
    /// URL key; also the name of the hidden input that holds the month as `YYYY-MM`.
    pub name: AttrValue,
    /// Visible label (the group's legend).
    pub label: AttrValue,
    /// Current month.
    pub value: YearMonth,
    /// Language of the month names and of the two parts' labels.
    pub lang: Lang,
    /// Error message, if any.
    #[prop_or_default]
    pub error: Option<AttrValue>,
    /// Called with a month.
    pub on_change: Callback<YearMonth>,
}

/// A month chosen with two drop-downs, month and year, that work alike in every browser
/// (`<input type="month">` is a bare text box in Firefox and desktop Safari). A hidden input
/// named after the URL key carries the month as `YYYY-MM`, as the public DOM hooks promise.
#[component]
pub fn MonthField(props: &MonthFieldProps) -> Html {
    let (value, lang) = (props.value, props.lang);
    let part = |choose: fn(YearMonth, u32) -> Option<YearMonth>| {
        let on_change = props.on_change.clone();
        Callback::from(move |event: Event| {
            let chosen = event.target_unchecked_into::<HtmlSelectElement>().value();
            if let Some(month) = chosen.parse().ok().and_then(|number| choose(value, number)) {
                on_change.emit(month);
            }
        })
    };
    let on_month = part(|value, month| YearMonth::new(value.year(), month));
    let on_year = part(|value, year| YearMonth::new(i32::try_from(year).ok()?, value.month()));
    let bounds = month_bounds();
    let error_id = format!("month-{}-error", props.name);
    let invalid = props.error.is_some().then_some("true");
    let described = props.error.is_some().then(|| error_id.clone());
    html! {
        <fieldset class="field field--month" data-plain="true" data-invalid={invalid}
            data-month-field={props.name.clone()}>
            <legend class="field__label">{ &props.label }</legend>
            <div class="month">
                <select class="field__select" data-part="month"
                    aria-label={i18n::text(lang, i18n::Text::MonthWord)} onchange={on_month}
                    aria-invalid={invalid} aria-describedby={described.clone()}>
                    { for i18n::month_abbreviations(lang).iter().zip(1u32..).map(|(name, number)| html! {
                        <option value={number.to_string()} selected={number == value.month()}>{ *name }</option>
                    }) }
                </select>
                <select class="field__select" data-part="year"
                    aria-label={i18n::text(lang, i18n::Text::YearWord)} onchange={on_year}
                    aria-invalid={invalid} aria-describedby={described}>
                    { for (bounds.start().year()..=bounds.end().year()).map(|year| html! {
                        <option selected={year == value.year()}>{ year }</option>
                    }) }
                </select>
            </div>
            <input type="hidden" name={props.name.clone()} value={value.to_string()} />
            if let Some(error) = &props.error {
                <p class="field__error" id={error_id} data-error-for={props.name.clone()} role="alert">{ error }</p>
            }
        </fieldset>
    }
}

/// Props shared by the input panels: the state to show, its errors and results, and the
/// channel for the reader's actions.
#[derive(Properties, PartialEq, Clone)]
pub struct PanelProps {
    /// The reader's inputs.
    pub state: std::rc::Rc<crate::state::AppState>,
    /// Every current error.
    pub errors: std::rc::Rc<Vec<FieldError>>,
    /// Results of the last valid scenario (for computed fields).
    pub summary: Option<std::rc::Rc<crate::model::Summary>>,
    /// Sends an action to the reducer.
    pub on_action: Callback<crate::state::Action>,
}

impl PanelProps {
    /// A callback sending the action `make` builds from an emitted value.
    pub fn send<T: 'static>(
        &self,
        make: impl Fn(T) -> crate::state::Action + 'static,
    ) -> Callback<T> {
        let on_action = self.on_action.clone();
        Callback::from(move |value: T| on_action.emit(make(value)))
    }

    /// A callback recording unreadable text typed into `field`.
    pub fn reject(&self, field: Field) -> Callback<String> {
        self.send(move |text| crate::state::Action::RejectText { field, text })
    }

    /// The localised error of `field`, if any.
    pub fn error(&self, field: Field) -> Option<AttrValue> {
        error_for(&self.errors, self.state.lang, field)
    }

    /// `field`'s range in display units (base units ÷ `per_unit`), if it is one.
    pub fn span(&self, field: Field, per_unit: f64) -> Option<(f64, f64)> {
        self.state
            .spans
            .iter()
            .find(|span| span.field == field)
            .map(|span| (span.low / per_unit, span.high / per_unit))
    }

    /// A callback setting `field`'s range from display units (× `per_unit` to base units), or
    /// making it one number again.
    pub fn send_span(&self, field: Field, per_unit: f64) -> Callback<Option<(f64, f64)>> {
        self.send(move |span: Option<(f64, f64)>| match span {
            Some((low, high)) => crate::state::Action::SetSpan {
                field,
                low: low * per_unit,
                high: high * per_unit,
            },
            None => crate::state::Action::ClearSpan { field },
        })
    }
}

/// Where a chart's keyboard cursor goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CursorMove {
    /// To the point (or bar) at this index.
    To(usize),
    /// Off the chart (Escape).
    Leave,
}

/// The move `key` makes of a chart's cursor at `current` over `count` points: the arrow keys
/// step (left and right; up and down too if `vertical`, for charts read top to bottom), Home
/// and End jump, Escape leaves; `None` for any other key, which the chart lets through.
pub fn cursor_move(
    key: &str,
    current: Option<usize>,
    count: usize,
    vertical: bool,
) -> Option<CursorMove> {
    let last = count.saturating_sub(1);
    let forward = key == "ArrowRight" || (vertical && key == "ArrowDown");
    let back = key == "ArrowLeft" || (vertical && key == "ArrowUp");
    let to = match current {
        _ if key == "Escape" => return Some(CursorMove::Leave),
        Some(index) if forward => (index + 1).min(last),
        Some(index) if back => index.saturating_sub(1),
        _ if forward || back || key == "Home" => 0,
        _ if key == "End" => last,
        _ => return None,
    };
    Some(CursorMove::To(to))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cursor_steps_jumps_and_leaves() {
        use CursorMove::{Leave, To};
        assert_eq!(cursor_move("ArrowRight", None, 5, false), Some(To(0)));
        assert_eq!(cursor_move("ArrowRight", Some(4), 5, false), Some(To(4)));
        assert_eq!(cursor_move("ArrowLeft", Some(0), 5, false), Some(To(0)));
        assert_eq!(cursor_move("ArrowLeft", Some(3), 5, false), Some(To(2)));
        assert_eq!(cursor_move("End", Some(1), 5, false), Some(To(4)));
        assert_eq!(cursor_move("Home", Some(3), 5, false), Some(To(0)));
        assert_eq!(cursor_move("Escape", Some(3), 5, false), Some(Leave));
        // Up and down only for charts read top to bottom; other keys pass through.
        assert_eq!(cursor_move("ArrowDown", Some(1), 5, false), None);
        assert_eq!(cursor_move("ArrowDown", Some(1), 5, true), Some(To(2)));
        assert_eq!(cursor_move("ArrowUp", None, 5, true), Some(To(0)));
        assert_eq!(cursor_move("a", Some(1), 5, true), None);
    }
}

/// Renders again once the words of `lang`, and of `preset` if it comes from the library, are
/// here. A language set another way (a host page's message, or a slot of the second wasm) may
/// arrive before its words: English stands in meanwhile. The words of every deal but the seed
/// deal come from the reader's library pack the first time such a deal is shown.
#[hook]
pub fn use_words(lang: Lang, preset: Option<&'static str>) {
    let update = use_force_update();
    // The deal is a dependency too: a pack that failed to load is tried again with the next deal.
    use_effect_with((lang, preset), move |&(lang, preset)| {
        let from_library = preset.is_some_and(|id| id != DEALS[0].id);
        let library_missing = from_library && !pack::library_available(lang);
        if !pack::available(lang) || library_missing {
            pack::when_available(lang, move || {
                if from_library {
                    pack::when_library_available(lang, move || update.force_update());
                } else {
                    update.force_update();
                }
            });
        }
    });
}
