//! The ledger page's own wasm (`ledger/`, chosen by `index.html`'s loader from the page's
//! `<meta name="page-inputs" content="page=ledger…">`): every deal on one timeline
//! (`components::LedgerPage`), its words in its three languages. Nothing else lives here.

use compute_deal_calculator::components::{boot, LedgerPage};

/// Talc, as in the calculator's wasm (src/main.rs).
#[cfg(all(target_family = "wasm", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

fn main() {
    // The ledger has no later sections: nothing of the built page is kept.
    boot::start::<LedgerPage>(|_| ());
}
