//! The embed's own wasm (`?embed=1`, chosen by `index.html`'s loader): the compact view, the
//! model, the chart, the host API and the words, without the full page's panels and later
//! sections. Nothing else lives here.

use compute_deal_calculator::components::{boot, EmbedApp};

/// Talc, as in the calculator's wasm (src/main.rs).
#[cfg(all(target_family = "wasm", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

fn main() {
    // The embed has no later sections: nothing of the built page is kept.
    boot::start::<EmbedApp>(|_| ());
}
