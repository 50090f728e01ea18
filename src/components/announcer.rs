//! Tells screen-reader users what changed: the sentence summing up the results, read out
//! politely once the reader has stopped changing inputs for a moment (not on every keystroke).

use gloo::timers::callback::Timeout;
use yew::prelude::*;

/// Quiet time after the last change before it is announced, milliseconds.
const SETTLE_MS: u32 = 900;

/// Props of [`Announcer`].
#[derive(Properties, PartialEq)]
pub struct AnnouncerProps {
    /// The text to announce when it has stopped changing.
    pub text: AttrValue,
}

/// A visually hidden polite live region, debounced.
#[component]
pub fn Announcer(props: &AnnouncerProps) -> Html {
    // Starts with the first text, so loading the page announces nothing.
    let announced = use_state(|| props.text.clone());
    {
        let announced = announced.clone();
        use_effect_with(props.text.clone(), move |text| {
            let text = text.clone();
            let timeout = Timeout::new(SETTLE_MS, move || announced.set(text));
            move || drop(timeout)
        });
    }
    html! {
        <p class="visually-hidden" aria-live="polite" aria-atomic="true" data-announcer="true">
            { (*announced).clone() }
        </p>
    }
}
