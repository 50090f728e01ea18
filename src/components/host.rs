//! The edge between an embed and the page around it: posts the embed's height (in our own
//! message and in AMP's `embed-size` format) and its results to the parent, and takes inputs
//! from it. Messages of the wrong shape, from another window or from an origin other than the
//! one allowed by `origin=`, are ignored. Documented in docs/embedding.md ("Host API").

use gloo::events::EventListener;
use serde::Serialize;

use crate::export::pairs_as_object;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::MessageEvent;
use yew::prelude::*;

use crate::state::Action;
use crate::url::ViewOptions;

/// Prefix of every message type.
const PREFIX: &str = "compute-deal-calculator";

/// A message from the host page.
enum HostMessage {
    /// Set inputs by their URL keys: `{type, inputs: {value: 76, years: "5"}}`.
    Set { pairs: Vec<(String, String)> },
    /// Ask for the current results.
    Get,
}

impl HostMessage {
    /// Reads the data of a `message` event; `None` for anything of another shape. Read with
    /// `Reflect`, not serde: the message is already a JS object, and a deserializer for its
    /// tagged shape would add kilobytes to every page.
    fn read(data: &JsValue) -> Option<Self> {
        let field = |object: &JsValue, key: &str| {
            js_sys::Reflect::get(object, &JsValue::from_str(key)).ok()
        };
        if !data.is_object() {
            return None;
        }
        let kind = field(data, "type")?.as_string()?;
        match kind.strip_prefix(PREFIX)? {
            ":get" => Some(HostMessage::Get),
            ":set" => {
                let inputs = field(data, "inputs")?;
                if !inputs.is_object() || js_sys::Array::is_array(&inputs) {
                    return None;
                }
                // Every value must be a number or a string, as a host writes it in a link.
                let pairs = js_sys::Object::entries(inputs.unchecked_ref())
                    .iter()
                    .map(|entry| {
                        let entry = entry.unchecked_into::<js_sys::Array>();
                        let value = entry.get(1);
                        let text = match value.as_f64() {
                            Some(number) => crate::i18n::format::plain(number),
                            None => value.as_string()?,
                        };
                        Some((entry.get(0).as_string()?, text))
                    })
                    .collect::<Option<Vec<_>>>()?;
                Some(HostMessage::Set { pairs })
            }
            _ => None,
        }
    }
}

/// The results an embed reports: the summary figures by their `data-output` keys, in base
/// units, and the query string that reproduces them.
#[derive(Serialize, Clone, PartialEq, Default)]
pub struct Results {
    /// Figures by key, posted as an object.
    #[serde(serialize_with = "pairs_as_object")]
    pub outputs: Vec<(&'static str, f64)>,
    /// When some inputs are ranges, each figure's `[low, high]` over them, by key.
    #[serde(serialize_with = "pairs_as_object")]
    pub bounds: Vec<(&'static str, (f64, f64))>,
    /// Query string (without `?`) of the inputs.
    pub query: String,
}

#[derive(Serialize)]
struct ResultsMessage<'a> {
    #[serde(rename = "type")]
    kind: String,
    id: Option<&'a str>,
    results: &'a Results,
}

#[derive(Serialize)]
struct HeightMessage<'a> {
    #[serde(rename = "type")]
    kind: String,
    id: Option<&'a str>,
    height: f64,
}

/// WordPress's height message, for the frames it embeds (wp-embed).
#[derive(Serialize)]
struct WordPressHeight<'a> {
    message: &'static str,
    value: f64,
    secret: &'a str,
}

/// Embedly's (and Flourish's) resize message, which hosts read as a JSON string.
#[derive(Serialize)]
struct EmbedlyResize {
    context: &'static str,
    height: f64,
    src: String,
}

#[derive(Serialize)]
struct AmpEmbedSize {
    sentinel: &'static str,
    #[serde(rename = "type")]
    kind: &'static str,
    height: f64,
}

/// The parent window, unless the page is the top window.
fn parent() -> Option<web_sys::Window> {
    let window = gloo::utils::window();
    let parent = window.parent().ok().flatten()?;
    (!JsValue::from(&parent).loose_eq(&JsValue::from(&window))).then_some(parent)
}

fn post(view: &ViewOptions, message: &impl Serialize) {
    post_value(view, message, false);
}

/// Posts `message` to the parent as an object, or as its JSON text if `as_text`.
fn post_value(view: &ViewOptions, message: &impl Serialize, as_text: bool) {
    let Some(parent) = parent() else {
        return;
    };
    // Plain objects, not `Map`s, so that host pages can read fields directly.
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    let Ok(mut value) = message.serialize(&serializer) else {
        return;
    };
    if as_text {
        let Ok(text) = js_sys::JSON::stringify(&value) else {
            return;
        };
        value = text.into();
    }
    let target = view.origin.as_deref().unwrap_or("*");
    // A refused post (e.g. a closed parent) only means nobody is listening.
    let _ = parent.post_message(&value, target);
}

/// Posts the height of `element` (the embed's root) to the parent in every form a host may
/// listen for: ours, AMP's, Embedly's, and WordPress's when WordPress embedded the frame.
pub fn post_height(view: &ViewOptions, element: &web_sys::Element) {
    let height = element.get_bounding_client_rect().height().ceil();
    post(
        view,
        &HeightMessage {
            kind: format!("{PREFIX}:height"),
            id: view.id.as_deref(),
            height,
        },
    );
    post(
        view,
        &AmpEmbedSize {
            sentinel: "amp",
            kind: "embed-size",
            height,
        },
    );
    let src = gloo::utils::window().location().href().unwrap_or_default();
    post_value(
        view,
        &EmbedlyResize {
            context: "iframe.resize",
            height,
            src,
        },
        true,
    );
    if let Some(secret) = &view.secret {
        post(
            view,
            &WordPressHeight {
                message: "height",
                value: height,
                secret,
            },
        );
    }
}

/// WordPress's message asking the page that embeds the frame to open `link` at the top level.
#[derive(Serialize)]
struct WordPressLink<'a> {
    message: &'static str,
    value: &'a str,
    secret: &'a str,
}

/// Asks WordPress to open `link` at the top level, if WordPress embedded the frame; `false`
/// when it did not (the link then opens by itself).
pub fn ask_wordpress_to_open(view: &ViewOptions, link: &str) -> bool {
    let Some(secret) = &view.secret else {
        return false;
    };
    post(
        view,
        &WordPressLink {
            message: "link",
            value: link,
            secret,
        },
    );
    true
}

/// Posts `results` to the parent.
pub fn post_results(view: &ViewOptions, results: &Results) {
    post(
        view,
        &ResultsMessage {
            kind: format!("{PREFIX}:results"),
            id: view.id.as_deref(),
            results,
        },
    );
}

/// Listens for host messages: inputs become [`Action::ApplyPairs`]; a request for results is
/// answered with `latest`.
#[hook]
pub fn use_host_messages(
    view: &ViewOptions,
    on_action: Callback<Action>,
    latest: std::rc::Rc<std::cell::RefCell<Results>>,
) {
    let view = view.clone();
    use_effect_with(view, move |view| {
        let view = view.clone();
        let listener = EventListener::new(&gloo::utils::window(), "message", move |event| {
            let Some(event) = event.dyn_ref::<MessageEvent>() else {
                return;
            };
            let from_parent = match (parent(), event.source()) {
                (Some(parent), Some(source)) => JsValue::from(&parent).loose_eq(&source),
                _ => false,
            };
            let origin_allowed = view
                .origin
                .as_deref()
                .is_none_or(|allowed| allowed == event.origin());
            if !from_parent || !origin_allowed {
                return;
            }
            match HostMessage::read(&event.data()) {
                Some(HostMessage::Set { pairs }) => on_action.emit(Action::ApplyPairs { pairs }),
                Some(HostMessage::Get) => post_results(&view, &latest.borrow()),
                None => {}
            }
        });
        move || drop(listener)
    });
}
