//! Browser side of exports: file downloads (text, SVG, PNG at 2×), the clipboard and the Web
//! Share API. Each returns quietly when the browser refuses: exporting is never worth a crash.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, HtmlCanvasElement, HtmlImageElement, Url};

use super::common::IN_BROWSER;

/// Scale of PNG downloads: crisp on high-density screens and in print.
const PNG_SCALE: u32 = 2;

fn blob(text: &str, mime: &str) -> Option<Blob> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    Blob::new_with_str_sequence_and_options(&parts, &options).ok()
}

fn save_url(url: &str, filename: &str) {
    let document = gloo::utils::document();
    let Some(anchor) = document
        .create_element("a")
        .ok()
        .and_then(|element| element.dyn_into::<HtmlAnchorElement>().ok())
    else {
        return;
    };
    anchor.set_href(url);
    anchor.set_download(filename);
    anchor.click();
}

/// Offers `text` as a file named `filename` of type `mime`.
pub fn save_text(filename: &str, mime: &str, text: &str) {
    let Some(url) = blob(text, mime).and_then(|blob| Url::create_object_url_with_blob(&blob).ok())
    else {
        return;
    };
    save_url(&url, filename);
    // The click has started the download; the object URL is no longer needed.
    let _ = Url::revoke_object_url(&url);
}

/// Offers the SVG document `svg` (`width` × `height` CSS pixels) as a PNG at twice its size,
/// on a `background` colour so that it reads outside the page's theme.
pub fn save_png(filename: &str, svg: &str, width: u32, height: u32, background: &str) {
    let Some(url) =
        blob(svg, "image/svg+xml").and_then(|blob| Url::create_object_url_with_blob(&blob).ok())
    else {
        return;
    };
    let Ok(image) = HtmlImageElement::new() else {
        return;
    };
    let (filename, background) = (filename.to_owned(), background.to_owned());
    let loaded = image.clone();
    let svg_url = url.clone();
    let onload = Closure::once_into_js(move || {
        let _ = Url::revoke_object_url(&svg_url);
        let Some(canvas) = gloo::utils::document()
            .create_element("canvas")
            .ok()
            .and_then(|element| element.dyn_into::<HtmlCanvasElement>().ok())
        else {
            return;
        };
        canvas.set_width(width * PNG_SCALE);
        canvas.set_height(height * PNG_SCALE);
        let Some(context) = canvas
            .get_context("2d")
            .ok()
            .flatten()
            .and_then(|context| context.dyn_into::<web_sys::CanvasRenderingContext2d>().ok())
        else {
            return;
        };
        context.set_fill_style_str(&background);
        context.fill_rect(
            0.0,
            0.0,
            f64::from(width * PNG_SCALE),
            f64::from(height * PNG_SCALE),
        );
        let _ = context.draw_image_with_html_image_element_and_dw_and_dh(
            &loaded,
            0.0,
            0.0,
            f64::from(width * PNG_SCALE),
            f64::from(height * PNG_SCALE),
        );
        if let Ok(png) = canvas.to_data_url_with_type("image/png") {
            save_url(&png, &filename);
        }
    });
    image.set_onload(Some(onload.unchecked_ref()));
    image.set_src(&url);
}

/// Copies `text` to the clipboard.
pub fn copy(text: &str) {
    let clipboard = gloo::utils::window().navigator().clipboard();
    // The promise settles on its own; a refusal leaves the text where the reader can select it.
    let _ = clipboard.write_text(text);
}

/// Whether the browser offers the Web Share API.
pub fn can_share() -> bool {
    if !IN_BROWSER {
        return false;
    }
    let navigator = gloo::utils::window().navigator();
    js_sys::Reflect::has(&navigator, &JsValue::from_str("share")).unwrap_or(false)
}

/// Opens the system share sheet for `url` with `title`.
pub fn share(title: &str, url: &str) {
    let data = web_sys::ShareData::new();
    data.set_title(title);
    data.set_url(url);
    let _ = gloo::utils::window().navigator().share_with_data(&data);
}

/// The site's root address (what the page's `<base>` points to: a deal page is two or three
/// levels down), for the files every page shares: `embed.js`, the deal pages and their cards.
pub fn site_root() -> String {
    if !IN_BROWSER {
        return String::new();
    }
    gloo::utils::document()
        .base_uri()
        .ok()
        .flatten()
        .unwrap_or_else(page_base)
}

/// The page's address without its query, for links and embed code.
pub fn page_base() -> String {
    if !IN_BROWSER {
        return String::new();
    }
    let location = gloo::utils::window().location();
    let origin = location.origin().unwrap_or_default();
    let path = location.pathname().unwrap_or_default();
    format!("{origin}{path}")
}
