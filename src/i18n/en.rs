//! English text. Every match is exhaustive, so a missing translation fails the build.

use super::format::{self, Style};
use super::{Lang, Text};
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
        Text::GpusAtFull => "GPUs at full deployment",
        Text::HeadlineGiven => "Price per GPU-hour, as given",
        Text::EnergyDetail => "≈ {cost} of electricity at {price} per MWh",
        Text::IgnoredInLink => "Some of the link could not be used and was ignored:",
        Text::Dismiss => "Dismiss",
        Text::FooterNote => "Open source. No cookies, no tracking, no requests to other sites.",
        Text::DealLabel => "Deal",
        Text::AnnouncedHeading => "Announced",
        Text::AssumedHeading => "Assumed by the calculator",
        Text::ValueWord => "Value",
        Text::TermWord => "Term",
        Text::HardwareWord => "Hardware",
        Text::PowerWord => "Power",
        Text::DateWord => "Announced on",
        Text::NotDisclosed => "not disclosed",
        Text::StartLabel => "Term starts",
        Text::StartNote => "First month of the contract.",
        Text::SolveLegend => "Solve for",
        Text::SolvePrice => "Price per GPU-hour",
        Text::SolveFleet => "Fleet size",
        Text::SolveValue => "Contract value",
        Text::Computed => "computed",
        Text::PriceLabel => "Price per GPU-hour",
        Text::PriceUnit => "US$",
        Text::PriceNote => "Blended over every GPU kind in the fleet.",
        Text::FleetHeading => "Fleet",
        Text::FleetBasisLegend => "Size the fleet by",
        Text::FleetBasisGpus => "GPU counts",
        Text::FleetBasisMw => "Facility power",
        Text::FleetMwLabel => "Facility power at peak",
        Text::FleetMwUnit => "MW",
        Text::FleetMwNote => "GPU counts set the mix; all are scaled together to reach this power.",
        Text::MixNote => "The counts below set the mix; the total is computed.",
        Text::TrancheSettings => "Kind, timing and ramp",
        Text::TrancheKind => "GPU kind",
        Text::TrancheStart => "First month online",
        Text::TrancheRamp => "Ramp length",
        Text::MonthsUnit => "months",
        Text::TrancheShape => "Ramp shape",
        Text::ShapeLinear => "Linear",
        Text::ShapeS => "S-curve",
        Text::ShapeOnce => "All at once",
        Text::RemoveTranche => "Remove this tranche",
        Text::AddTranche => "Add tranche: +100,000 GB300 the next year",
        Text::GpusOf => "{kind} GPUs",
        Text::TrancheNote => "From {month}, {ramp}-month {shape} ramp.",
        Text::AdvancedHeading => "Advanced assumptions",
        Text::PrecisionLabel => "Precision for compute (dense)",
        Text::UtilisationLabel => "Utilisation",
        Text::UtilisationNote => "Share of delivered GPU-hours in use.",
        Text::MfuLabel => "Model FLOPs utilisation (MFU)",
        Text::MfuNote => "Share of peak throughput a workload achieves.",
        Text::PowerKwLabel => "{kind} IT power per GPU",
        Text::PowerKwUnit => "kW",
        Text::PueLabel => "PUE",
        Text::PueNote => "Facility ÷ IT power. AWS fleet, 2025: 1.14.",
        Text::ElectricityLabel => "Electricity price",
        Text::ElectricityUnit => "US$/MWh",
        Text::ElectricityNote => "The provider's bill, for context only.",
        Text::WeightLabel => "{kind} price weight",
        Text::WeightNote => "Relative to GB200 = 1; splits the blended price between kinds.",
        Text::PercentUnit => "%",
        Text::ReferenceHeading => "Beside published prices",
        Text::ReferenceIntro => "The deal's price per GPU-hour for each kind, against what the same GPU costs off the shelf.",
        Text::ReferenceProduct => "Offer",
        Text::ReferencePrice => "Per GPU-hour",
        Text::ReferenceDeal => "Deal vs offer",
        Text::BasisOnDemand => "on demand",
        Text::BasisCapacityBlock => "Capacity Block",
        Text::BasisList => "list",
        Text::BasisContract => "1-year contract index",
        Text::Gpt4Runs => "≈ {n} × GPT-4's training compute",
        Text::Homes => "≈ the average draw of {n} US homes",
        Text::ElectricityCost => "Electricity over the term",
        Text::CompareHeading => "Compare",
        Text::CompareIntro => "Pin the current results, change anything, and see both side by side. The charts draw the baseline as a dashed line.",
        Text::PinBaseline => "Pin as baseline",
        Text::ClearBaseline => "Clear baseline",
        Text::BaselineColumn => "Baseline",
        Text::CurrentColumn => "Current",
        Text::ChangeColumn => "Change",
        Text::BaselineLegend => "Baseline",
        Text::MetricValue => "Contract value",
        Text::MetricPrice => "Price per GPU-hour",
        Text::MetricGpus => "GPUs at full deployment",
        Text::MetricPeakMw => "Peak facility power (MW)",
        Text::MetricSpendYear => "Spend per year",
        Text::MetricSpendGwYear => "Spend per GW per year",
        Text::MetricValueGw => "Value per GW",
        Text::MetricValueGpu => "Value per GPU",
        Text::MetricSpendGpuYear => "Spend per GPU per year",
        Text::MethodologyHeading => "Methodology",
        Text::CatalogueHeading => "GPU catalogue",
        Text::CatalogueIntro => "Dense throughput per GPU (vendor headlines are often sparse, twice as large for FP8 and BF16), HBM, all-in IT power and price weight, each with its source.",
        Text::ColumnGpu => "GPU",
        Text::ColumnHbm => "HBM (GB)",
        Text::ColumnPower => "IT power (kW)",
        Text::ColumnWeight => "Price weight",
        Text::ColumnSources => "Sources",
        Text::YardsticksHeading => "Yardsticks",
        Text::FormulaMonth => "A month is 730.5 hours: 365.25 days × 24 h ÷ 12.",
        Text::FormulaRamp => "GPUs online in month k of a tranche of N GPUs with an R-month ramp: N × f((k + 1) ÷ R), where f(x) = x (linear), 3x² − 2x³ (S-curve) or 1 (all at once), capped at 1.",
        Text::FormulaHours => "GPU-hours H = Σ over months and tranches of GPUs online × 730.5.",
        Text::FormulaSolve => "Value V, blended price p and fleet are tied by V = p × H. Solving for price: p = V ÷ H. For the fleet: every count is scaled by s = V ÷ (p × H). For the value: V = p × H.",
        Text::FormulaWeights => "Price of kind k: p_k = p × w_k × H ÷ Σ_j (w_j × H_j), so that Σ p_k × H_k = p × H whatever the weights.",
        Text::FormulaMw => "A fleet given in megawatts scales every count by one factor so that the peak of facility power equals it.",
        Text::FormulaCompute => "Peak compute = Σ GPUs online × dense PFLOPS at the chosen precision. Useful compute = peak FLOP/s × 3,600 × hours × utilisation × MFU.",
        Text::FormulaPower => "IT power = Σ GPUs online × all-in kW per GPU; facility power = IT × PUE; energy = facility MW × 730.5 h per month (power as provisioned, an upper bound); electricity cost = energy × price.",
        Text::FormulaSpend => "Billing is as delivered: spend in a month = Σ_k p_k × GPU-hours of kind k that month; cumulative spend reaches V at the end of the term.",

    }
}

pub(super) fn field_label(field: Field) -> String {
    let fixed = match field {
        Field::Value => "Contract value",
        Field::Years => "Duration",
        Field::Start => "Start month",
        Field::Price => "Price per GPU-hour",
        Field::Fleet => "Fleet",
        Field::FleetMw => "Facility power at peak",
        Field::TrancheCount(index) => return format!("GPU count of tranche {}", index + 1),
        Field::TrancheStart(index) => return format!("First month of tranche {}", index + 1),
        Field::TrancheRamp(index) => return format!("Ramp of tranche {}", index + 1),
        Field::PriceWeight(kind) => return format!("{} price weight", kind.spec().name),
        Field::PowerKw(kind) => return format!("{} IT power per GPU", kind.spec().name),
        Field::Utilisation => "Utilisation",
        Field::Mfu => "Model FLOPs utilisation",
        Field::Pue => "PUE",
        Field::ElectricityPrice => "Electricity price",
    };
    fixed.to_owned()
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
        Field::FleetMw => format!("{} MW", format::number(lang, value, Style::Integer)),
        Field::Utilisation | Field::Mfu => format::number(lang, value, Style::Percent),
        _ => format::number(lang, value, Style::Decimal),
    }
}

pub(super) fn error_message(field: Field, problem: &Problem) -> String {
    let label = field_label(field);
    match problem {
        Problem::NotANumber => match field {
            Field::Start | Field::TrancheStart(_) => {
                format!("{label}: enter a month as YYYY-MM, like 2025-11.")
            }
            _ => format!("{label}: enter a number, like 38 or 2.5."),
        },
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
