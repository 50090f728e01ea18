//! The pure model: scenario, catalogue, ramps, validation, solving and the monthly time series.
//! Owns every number the page shows; must not import yew, web_sys, js_sys or gloo, so that it
//! compiles and is tested natively.

/// [`deals::Words`] numbered `index`, in English, Greek and Spanish, whose English the wasm
/// carries (core words: the seed deal's, the current data version's changes).
macro_rules! words {
    ($index:expr, $en:expr, $el:expr, $es:expr $(,)?) => {
        Words {
            index: $index,
            en: $en,
            #[cfg(not(target_arch = "wasm32"))]
            el: $el,
            #[cfg(not(target_arch = "wasm32"))]
            es: $es,
        }
    };
}

/// [`deals::Words`] numbered `index` whose English, too, stays out of the wasm: the page
/// fetches it from the English library pack when it shows them.
macro_rules! library_words {
    ($index:expr, $en:expr, $el:expr, $es:expr $(,)?) => {
        Words {
            index: $index,
            #[cfg(not(target_arch = "wasm32"))]
            en: $en,
            #[cfg(target_arch = "wasm32")]
            en: "",
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
pub mod ledger;
pub mod limits;
pub mod outcome;
pub mod prices;
pub mod ramp;
pub mod ranges;
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
