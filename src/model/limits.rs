//! The allowed range of every numeric input, in its base unit. Plain constants, so that the
//! build's data checks (`build/data.rs`) hold the data files to the same limits as a reader's
//! input; [`super::validate`] re-exports them.

use std::ops::RangeInclusive;

/// Contract value, USD.
pub const VALUE_USD: RangeInclusive<f64> = 1e6..=5e12;
/// Contract term, months.
pub const TERM_MONTHS: RangeInclusive<i32> = 1..=360;
/// GPUs per tranche.
pub const TRANCHE_GPUS: RangeInclusive<f64> = 0.0..=20_000_000.0;
/// Ramp length, months.
pub const RAMP_MONTHS: RangeInclusive<i32> = 0..=120;
/// Fleet size as peak facility power, MW.
pub const FLEET_MW: RangeInclusive<f64> = 1.0..=100_000.0;
/// Blended price per GPU-hour, USD.
pub const PRICE_USD: RangeInclusive<f64> = 0.01..=1000.0;
/// Relative price weight per kind.
pub const PRICE_WEIGHT: RangeInclusive<f64> = 0.1..=10.0;
/// Utilisation and MFU, as fractions.
pub const FRACTION: RangeInclusive<f64> = 0.0..=1.0;
/// All-in IT power per GPU, kW.
pub const POWER_KW: RangeInclusive<f64> = 0.1..=10.0;
/// Power usage effectiveness.
pub const PUE: RangeInclusive<f64> = 1.0..=3.0;
/// Electricity price, USD per MWh.
pub const ELECTRICITY_USD_PER_MWH: RangeInclusive<f64> = 0.0..=1000.0;
