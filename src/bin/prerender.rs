//! Renders the calculator at its defaults, natively, with the same components the browser
//! runs, and prints the markup. `scripts/prerender.mjs` (a Trunk post-build hook) puts it into
//! the built `index.html`, so a reader sees the numbers and charts before the wasm arrives, or
//! without it; `src/main.rs` swaps it for the live page.

use compute_deal_calculator::components::App;

fn main() {
    let renderer = yew::LocalServerRenderer::<App>::new().hydratable(false);
    print!("{}", futures::executor::block_on(renderer.render()));
}
