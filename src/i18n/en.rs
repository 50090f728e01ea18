//! English text. Every match is exhaustive, so a missing translation fails the build.

use super::format::{self, Style};
use super::{Lang, Text};
use crate::model::catalogue::GpuKind;
use crate::model::validate::{Field, Problem};

pub(super) const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

pub(super) fn text(text: Text) -> &'static str {
    match text {
        Text::Title => "Compute Deal Calculator",
        Text::Heading => "OpenAI × AWS: $38 billion over seven years. What does it buy?",
        Text::Deck => "On 3 November 2025 OpenAI agreed to buy $38 billion of AWS cloud capacity over seven years: hundreds of thousands of NVIDIA GB200 and GB300 GPUs, all deployed before the end of 2026. Change the terms and see what they add up to.",
        Text::InputsHeading => "The deal",
        Text::ValueLabel => "Contract value",
        Text::ValueUnit => "US$ billions",
        Text::ValueNote => "Announced: $38 billion.",
        Text::YearsLabel => "Duration",
        Text::YearsUnit => "years",
        Text::YearsNote => "Reported: seven years from November 2025.",
        Text::Gb200Label => "GB200 GPUs",
        Text::Gb300Label => "GB300 GPUs",
        Text::GpusUnit => "GPUs",
        Text::GpuCountNote => "Assumed: only “hundreds of thousands” was announced.",
        Text::SliderSuffix => "slider",
        Text::HeadlineLabel => "Implied price per GPU-hour",
        Text::HeadlineNote => "Contract value ÷ GPU-hours delivered over the term, billed as GPUs come online.",
        Text::SummaryHeading => "What the deal adds up to",
        Text::ContractValue => "Contract value",
        Text::TotalGpus => "GPUs at full deployment",
        Text::TotalGpuHours => "GPU-hours over the term",
        Text::PeakFacilityPower => "Peak facility power",
        Text::TotalEnergy => "Energy over the term",
        Text::UsefulCompute => "Useful compute over the term",
        Text::UsefulComputeDetail => "FP8 dense, at {utilisation} utilisation and {mfu} MFU",
        Text::PeakCompute => "Peak compute, FP8 dense",
        Text::SpendPerYear => "Average spend per year",
        Text::StaleNote => "Showing the last valid result: fix the highlighted field to update.",
        Text::ChartsHeading => "Capacity over the term",
        Text::GpusChartTitle => "GPUs online",
        Text::ComputeChartTitle => "Compute online",
        Text::PowerChartTitle => "Power",
        Text::SpendChartTitle => "Cumulative spend",
        Text::GpusAxis => "GPUs",
        Text::ComputeAxis => "EFLOPS, FP8 dense",
        Text::PowerAxis => "MW",
        Text::SpendAxis => "US$ billions",
        Text::FacilityPower => "Facility (IT × PUE)",
        Text::ItPower => "IT load",
        Text::BilledToDate => "Billed to date",
        Text::ContractValueLine => "Contract value",
        Text::AssumptionsHeading => "Assumptions",
        Text::AssumptionsBody => "GB200 GPUs ramp up linearly from November 2025 over 12 months, GB300 from June 2026 over 6 months, so that all capacity is online by December 2026. A month is 730.5 hours. The blended price is split between kinds in proportion to Oracle's list prices (GB300 : GB200 = 18 : 16). Power: 120 kW per 72-GPU GB200 rack, 135 kW per GB300 rack (sources disagree: 120–155 kW), AWS fleet PUE 1.14. Compute counts dense FP8 only: vendor headlines are often sparse, twice as large.",
        Text::SourcesHeading => "Sources",
        Text::FooterNote => "Open source. No cookies, no tracking, no requests to other sites.",
    }
}

pub(super) fn field_label(field: Field) -> &'static str {
    match field {
        Field::Value => "Contract value",
        Field::Years => "Duration",
        Field::Start => "Start month",
        Field::Price => "Price per GPU-hour",
        Field::Fleet => "Fleet",
        Field::FleetMw => "Fleet size in facility MW",
        Field::TrancheCount(0) => "GB200 GPUs",
        Field::TrancheCount(1) => "GB300 GPUs",
        Field::TrancheCount(_) => "GPU count",
        Field::TrancheStart(_) => "First month online",
        Field::TrancheRamp(_) => "Ramp length",
        Field::PriceWeight(kind) => match kind {
            GpuKind::GB300 => "GB300 price weight",
            _ => "Price weight",
        },
        Field::Utilisation => "Utilisation",
        Field::Mfu => "Model FLOPs utilisation",
        Field::PowerKw(_) => "IT power per GPU",
        Field::Pue => "PUE",
        Field::ElectricityPrice => "Electricity price",
    }
}

fn months(count: f64) -> String {
    match count {
        1.0 => "1 month".to_owned(),
        _ if count % 12.0 == 0.0 => format!("{} years", count / 12.0),
        _ => format!("{count} months"),
    }
}

fn bound(field: Field, value: f64) -> String {
    let lang = Lang::En;
    match field {
        Field::Value => format::number(lang, value, Style::UsdCompactLong),
        Field::Years | Field::TrancheRamp(_) => months(value),
        Field::Price | Field::ElectricityPrice => format::number(lang, value, Style::UsdCents),
        Field::Utilisation | Field::Mfu => format::number(lang, value, Style::Percent),
        _ => format::number(lang, value, Style::Decimal),
    }
}

pub(super) fn error_message(field: Field, problem: &Problem) -> String {
    let label = field_label(field);
    match problem {
        Problem::NotANumber => format!("{label}: enter a number, like 38 or 2.5."),
        Problem::NotWholeNumber => format!("{label} must be a whole number."),
        Problem::OutOfRange { min, max } => format!(
            "{label} must be between {} and {}.",
            bound(field, *min),
            bound(field, *max)
        ),
        Problem::MonthOutOfRange { first, last } => {
            format!("{label} must be between {first} and {last}.")
        }
        Problem::NoGpuHours => {
            "No GPU is online during the term: add GPUs or extend the duration.".to_owned()
        }
        Problem::TooManyTranches { max } => format!("A fleet can have at most {max} tranches."),
    }
}
