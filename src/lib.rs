//! Compute Deal Calculator: turns the headline of an AI cloud-compute contract into numbers and
//! curves a reader can check. The module list is the architecture map: a pure model, pure state
//! and URL logic, i18n, chart drawing generic over the backend, and a thin Yew shell.

#[cfg(feature = "prerender")]
pub mod card;
pub mod chart;
pub mod components;
pub mod export;
pub mod i18n;
pub mod model;
pub mod state;
pub mod url;
