//! Boots the calculator: the allocator, then `boot::start` with the full page. Nothing else
//! lives here.

use compute_deal_calculator::components::{boot, lazy, App};

/// Talc instead of Rust's default wasm allocator (dlmalloc): smaller and faster. The page has
/// one thread.
#[cfg(all(target_family = "wasm", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

fn main() {
    // The built page's later sections are kept for the live page's slots (see `lazy`).
    boot::start::<App>(lazy::keep_built);
}
