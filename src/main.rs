//! Boots the page: panic hook, then render the calculator. Nothing else lives here.

fn main() {
    console_error_panic_hook::set_once();
    yew::Renderer::<compute_deal_calculator::components::App>::new().render();
}
