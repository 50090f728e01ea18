//! The Yew shell: components that render state and turn DOM events into [`crate::state::Action`]s.
//! Props down, actions up; only leaf components see `web_sys` types. No model arithmetic here.

mod advanced;
mod announcer;
mod app;
pub mod boot;
mod chart_panel;
mod common;
mod compare;
mod contract;
mod deal_panel;
pub mod deals_table;
mod download;
mod embed;
mod fleet;
mod headline;
mod host;
pub mod lazy;
pub mod ledger;
pub mod location;
#[cfg(not(target_arch = "wasm32"))]
mod methodology;
mod number_field;
mod reference_prices;
mod sensitivity;
mod share;
mod sources;
mod summary;

pub use app::{quote, App, EmbedApp};
pub use ledger::LedgerPage;
#[cfg(not(target_arch = "wasm32"))]
pub use methodology::{MethodologyPage, MethodologyPageProps};
