//! Small pieces shared by the panels: error lookup, a labelled choice (select or radio group)
//! and a month field. Leaf components: they turn DOM events into plain values.

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::i18n::{self, Lang};
use crate::model::calendar::YearMonth;
use crate::model::validate::month_bounds;
use crate::model::{Field, FieldError};

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

/// A table in a keyboard-scrollable region named `label` (also its caption, for screen
/// readers): column headers `columns`, body `rows`.
pub fn scroll_table(
    label: AttrValue,
    columns: impl IntoIterator<Item = AttrValue>,
    rows: Html,
) -> Html {
    html! {
        <div class="table-wrap" tabindex="0" role="region" aria-label={label.clone()}>
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
    /// Input name (URL key).
    pub name: AttrValue,
    /// Visible label.
    pub label: AttrValue,
    /// Current month.
    pub value: YearMonth,
    /// Error message, if any.
    #[prop_or_default]
    pub error: Option<AttrValue>,
    /// Called with a month.
    pub on_change: Callback<YearMonth>,
    /// Called with text that is not a month.
    pub on_reject: Callback<String>,
}

/// A month input (`YYYY-MM`; a picker where the browser has one).
#[component]
pub fn MonthField(props: &MonthFieldProps) -> Html {
    let id = format!("month-{}", props.name);
    let (on_change, on_reject) = (props.on_change.clone(), props.on_reject.clone());
    let onchange = Callback::from(move |event: Event| {
        let text = event.target_unchecked_into::<HtmlInputElement>().value();
        match YearMonth::parse(&text) {
            Some(month) => on_change.emit(month),
            None => on_reject.emit(text),
        }
    });
    let bounds = month_bounds();
    let error_id = format!("{id}-error");
    html! {
        <div class="field" data-plain="true" data-invalid={props.error.is_some().then_some("true")}>
            <label class="field__label" for={id.clone()}>{ &props.label }</label>
            <input id={id} class="field__month" type="month" name={props.name.clone()}
                value={props.value.to_string()} min={bounds.start().to_string()}
                max={bounds.end().to_string()} {onchange}
                aria-invalid={props.error.is_some().then_some("true")}
                aria-describedby={props.error.is_some().then(|| error_id.clone())} />
            if let Some(error) = &props.error {
                <p class="field__error" id={error_id} data-error-for={props.name.clone()} role="alert">{ error }</p>
            }
        </div>
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
}
