//! The second wasm: the page's later sections (see `components::lazy`), loaded by `index.html`
//! when one of them nears the screen or the inputs change. Nothing else lives here.

use compute_deal_calculator::components::lazy;
use compute_deal_calculator::i18n::{pack, Lang};

/// Talc, as in the calculator's wasm (src/main.rs).
#[cfg(all(target_family = "wasm", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

fn main() {
    console_error_panic_hook::set_once();
    // The sections speak the page's language: its words first (already fetched by the
    // calculator, so from the browser's cache).
    let lang = gloo::utils::document()
        .query_selector("[data-lazy]")
        .ok()
        .flatten()
        .and_then(|slot| slot.get_attribute("data-lang"))
        .and_then(|code| Lang::from_code(&code))
        .unwrap_or_default();
    pack::when_available(lang, lazy::mount_all);
}
