//! The Yew shell: components that render state and turn DOM events into [`crate::state::Action`]s.
//! Props down, actions up; only leaf components see `web_sys` types. No model arithmetic here.

mod app;
mod chart_panel;
mod headline;
mod number_field;
mod sources;
mod summary;

pub use app::App;
