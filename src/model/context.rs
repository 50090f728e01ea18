//! Yardsticks that make totals relatable: a well-known training run and an average home's
//! electricity use, each with its source. Pure data and arithmetic; no web APIs.

use super::catalogue::{Source, Trust};

/// Estimated training compute of GPT-4, FLOP.
pub const GPT4_TRAINING_FLOP: f64 = 2.1e25;

/// Source of [`GPT4_TRAINING_FLOP`].
pub const GPT4_SOURCE: Source = Source {
    trust: Trust::S,
    url: "https://epoch.ai/data/notable-ai-models",
    date: "2025-01",
    #[cfg(not(target_arch = "wasm32"))]
    note: "Epoch AI's Notable AI Models database estimates GPT-4 (OpenAI, March 2023) at 2.1 × 10²⁵ FLOP, the first model trained above 10²⁵ FLOP.",
};

/// Average electricity use of a US home, kWh per year.
pub const US_HOME_KWH_PER_YEAR: f64 = 10_715.0;

/// Source of [`US_HOME_KWH_PER_YEAR`].
pub const US_HOME_SOURCE: Source = Source {
    trust: Trust::P,
    url: "https://www.eia.gov/tools/faqs/faq.php?id=97",
    date: "2021-10-07",
    #[cfg(not(target_arch = "wasm32"))]
    note: "“In 2020, the average annual electricity consumption for a U.S. residential utility customer was 10,715 kilowatthours (kWh).”",
};

/// How many GPT-4 training runs `flop` of useful compute would pay for.
pub fn gpt4_runs(flop: f64) -> f64 {
    flop / GPT4_TRAINING_FLOP
}

/// How many average US homes draw, on average, `mw` megawatts.
pub fn us_homes(mw: f64) -> f64 {
    let home_average_kw = US_HOME_KWH_PER_YEAR / (365.25 * 24.0);
    mw * 1000.0 / home_average_kw
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_home_draws_about_one_point_two_kilowatts() {
        // 1 MW ≈ 818 homes at 1.22 kW each.
        assert!((us_homes(1.0) - 818.0).abs() < 1.0);
        assert_eq!(gpt4_runs(4.2e25), 2.0);
    }
}
