//! The pure model: scenario, catalogue, ramps, validation, solving and the monthly time series.
//! Owns every number the page shows; must not import yew, web_sys, js_sys or gloo, so that it
//! compiles and is tested natively.

/// [`deals::Words`] in English, Greek and Spanish.
macro_rules! words {
    ($en:expr, $el:expr, $es:expr $(,)?) => {
        Words {
            en: $en,
            #[cfg(not(target_arch = "wasm32"))]
            el: $el,
            #[cfg(not(target_arch = "wasm32"))]
            es: $es,
        }
    };
}

pub mod calendar;
pub mod catalogue;
pub mod compare;
pub mod context;
pub mod data_version;
pub mod deal_table;
pub mod deals;
pub mod outcome;
pub mod prices;
pub mod ramp;
pub mod scenario;
pub mod validate;

pub use calendar::{YearMonth, HOURS_PER_MONTH};
pub use catalogue::{GpuKind, PerKind, Precision, Source, Trust};
pub use data_version::DataVersion;
pub use deals::{Deal, DEALS};
pub use outcome::{run, MonthPoint, Outcome, Summary};
pub use ramp::RampShape;
pub use scenario::{Scenario, SolveFor, Tranche, ELECTRICITY_SOURCE, PUE_SOURCE};
pub use validate::{validate, Field, FieldError, Problem};
