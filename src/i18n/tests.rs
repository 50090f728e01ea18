use super::*;
use crate::model::{run, Scenario};

#[test]
fn languages_come_from_codes_tags_and_preferences() {
    assert_eq!(Lang::from_code("en"), Some(Lang::En));
    assert_eq!(Lang::from_code("es-AR"), Some(Lang::Es));
    assert_eq!(Lang::from_code("el_GR"), Some(Lang::El));
    assert_eq!(Lang::from_code("xx"), None);
    assert_eq!(Lang::negotiate(["fr-FR", "el", "en"]), Lang::El);
    assert_eq!(Lang::negotiate(["fr-FR"]), Lang::En);
}

#[test]
fn errors_name_the_field_and_the_range() {
    let range = Problem::OutOfRange {
        min: 1e6,
        max: 5e12,
    };
    assert_eq!(
        error_message(Lang::En, Field::Value, &range),
        "Contract value must be between $1 million and $5 trillion."
    );
    let years = Problem::OutOfRange {
        min: 1.0,
        max: 360.0,
    };
    assert_eq!(
        error_message(Lang::En, Field::Years, &years),
        "Duration must be between 1 month and 30 years."
    );
    assert!(error_message(Lang::Es, Field::Years, &years)
        .starts_with("Duración: debe estar entre 1 mes y 30 años"));
    assert!(error_message(Lang::El, Field::Years, &years)
        .starts_with("Διάρκεια: πρέπει να είναι από 1 μήνα έως 30 έτη"));
}

#[test]
fn every_text_is_translated_and_keeps_its_placeholders() {
    let placeholders = |text: &str| {
        let mut found: Vec<String> = text
            .split('{')
            .skip(1)
            .filter_map(|rest| rest.split_once('}').map(|(name, _)| name.to_owned()))
            .collect();
        found.sort();
        found
    };
    for key in ALL_TEXTS {
        let english = text(Lang::En, key);
        for lang in [Lang::El, Lang::Es] {
            let translated = text(lang, key);
            assert!(!translated.is_empty(), "{key:?} in {lang:?}");
            assert_eq!(
                placeholders(translated),
                placeholders(english),
                "{key:?} in {lang:?}"
            );
        }
    }
}

#[test]
fn the_sentence_reads_like_the_issue_says() {
    let scenario = Scenario::default();
    let summary = run(&scenario).expect("valid").summary;
    assert_eq!(
        sentence(Lang::En, &summary, scenario.term_months, SolveFor::Price),
        "At $38 billion over 7 years for 300,000 GPUs, the deal implies about $2.25 per GPU-hour, with about 0.59 GW of power at peak."
    );
}

/// Every text, to check translations against English.
const ALL_TEXTS: [Text; 214] = [
    Text::AnnouncedValue,
    Text::AnnouncedTerm,
    Text::Title,
    Text::Heading,
    Text::Deck,
    Text::InputsHeading,
    Text::ValueLabel,
    Text::ValueUnit,
    Text::ValueNote,
    Text::YearsLabel,
    Text::YearsUnit,
    Text::YearsNote,
    Text::GpusUnit,
    Text::SliderSuffix,
    Text::HeadlineLabel,
    Text::HeadlineNote,
    Text::SummaryHeading,
    Text::ContractValue,
    Text::TotalGpus,
    Text::TotalGpuHours,
    Text::PeakFacilityPower,
    Text::TotalEnergy,
    Text::UsefulCompute,
    Text::UsefulComputeDetail,
    Text::PeakCompute,
    Text::SpendPerYear,
    Text::StaleNote,
    Text::ChartsHeading,
    Text::GpusChartTitle,
    Text::ComputeChartTitle,
    Text::PowerChartTitle,
    Text::SpendChartTitle,
    Text::GpusAxis,
    Text::ComputeAxis,
    Text::PowerAxis,
    Text::SpendAxis,
    Text::FacilityPower,
    Text::ItPower,
    Text::BilledToDate,
    Text::ContractValueLine,
    Text::AssumptionsHeading,
    Text::AssumptionsBody,
    Text::SourcesHeading,
    Text::GpusAtFull,
    Text::HeadlineGiven,
    Text::EnergyDetail,
    Text::IgnoredInLink,
    Text::Dismiss,
    Text::ShareHeading,
    Text::CopyLink,
    Text::ShareButton,
    Text::DownloadCsv,
    Text::DownloadJson,
    Text::CiteHeading,
    Text::CopyCitation,
    Text::EmbedHeading,
    Text::EmbedIntro,
    Text::EmbedChart,
    Text::EmbedCodeLabel,
    Text::CopyCode,
    Text::PreviewHeading,
    Text::DownloadChart,
    Text::OpenFull,
    Text::EmbedCredit,
    Text::ChartTabs,
    Text::ThemeLabel,
    Text::ThemeAuto,
    Text::ThemeLight,
    Text::ThemeDark,
    Text::DataVersionNote,
    Text::DealHeading,
    Text::DealDeck,
    Text::TabGpus,
    Text::TabCompute,
    Text::TabPower,
    Text::TabSpend,
    Text::FooterNote,
    Text::DealLabel,
    Text::AnnouncedHeading,
    Text::AssumedHeading,
    Text::ValueWord,
    Text::TermWord,
    Text::HardwareWord,
    Text::PowerWord,
    Text::DateWord,
    Text::NotDisclosed,
    Text::StartLabel,
    Text::SolveLegend,
    Text::SolvePrice,
    Text::SolveFleet,
    Text::SolveValue,
    Text::Computed,
    Text::PriceLabel,
    Text::PriceUnit,
    Text::PriceNote,
    Text::FleetHeading,
    Text::FleetBasisLegend,
    Text::FleetBasisGpus,
    Text::FleetBasisMw,
    Text::FleetMwLabel,
    Text::FleetMwUnit,
    Text::FleetMwNote,
    Text::MixNote,
    Text::TrancheSettings,
    Text::TrancheKind,
    Text::TrancheStart,
    Text::TrancheRamp,
    Text::MonthsUnit,
    Text::TrancheShape,
    Text::ShapeLinear,
    Text::ShapeS,
    Text::ShapeOnce,
    Text::RampLinear,
    Text::RampS,
    Text::RampOnce,
    Text::RemoveTranche,
    Text::AddTranche,
    Text::GpusOf,
    Text::TrancheNote,
    Text::AdvancedHeading,
    Text::PrecisionLabel,
    Text::UtilisationLabel,
    Text::UtilisationNote,
    Text::MfuLabel,
    Text::MfuNote,
    Text::PowerKwLabel,
    Text::PowerKwUnit,
    Text::PueLabel,
    Text::PueNote,
    Text::ElectricityLabel,
    Text::ElectricityUnit,
    Text::ElectricityNote,
    Text::WeightLabel,
    Text::WeightNote,
    Text::PercentUnit,
    Text::ReferenceHeading,
    Text::ReferenceIntro,
    Text::ReferenceProduct,
    Text::ReferencePrice,
    Text::ReferenceDeal,
    Text::BasisOnDemand,
    Text::BasisCapacityBlock,
    Text::BasisList,
    Text::BasisContract,
    Text::Gpt4Runs,
    Text::Homes,
    Text::CompareHeading,
    Text::CompareIntro,
    Text::PinBaseline,
    Text::ClearBaseline,
    Text::BaselineColumn,
    Text::CurrentColumn,
    Text::ChangeColumn,
    Text::BaselineLegend,
    Text::MetricValue,
    Text::MetricPrice,
    Text::MetricGpus,
    Text::MetricPeakMw,
    Text::MetricSpendYear,
    Text::MetricSpendGwYear,
    Text::MetricValueGw,
    Text::MetricValueGpu,
    Text::MetricSpendGpuYear,
    Text::MethodologyHeading,
    Text::CatalogueHeading,
    Text::CatalogueIntro,
    Text::ColumnGpu,
    Text::ColumnHbm,
    Text::ColumnPower,
    Text::ColumnWeight,
    Text::ColumnSources,
    Text::YardsticksHeading,
    Text::FormulaMonth,
    Text::FormulaRamp,
    Text::FormulaHours,
    Text::FormulaSolve,
    Text::FormulaWeights,
    Text::FormulaMw,
    Text::FormulaCompute,
    Text::FormulaPower,
    Text::FormulaSpend,
    Text::LanguageLabel,
    Text::QuoteHeading,
    Text::CopySentence,
    Text::SentencePrice,
    Text::SentenceFleet,
    Text::SentenceValue,
    Text::YearOne,
    Text::YearsN,
    Text::MonthOne,
    Text::MonthsN,
    Text::ChartDescription,
    Text::ShowTable,
    Text::ColumnMonth,
    Text::ReadoutHint,
    Text::FieldValue,
    Text::FieldYears,
    Text::FieldStart,
    Text::FieldPrice,
    Text::FieldFleet,
    Text::FieldFleetMw,
    Text::FieldTrancheCount,
    Text::FieldTrancheStart,
    Text::FieldTrancheRamp,
    Text::FieldUtilisation,
    Text::FieldMfu,
    Text::FieldElectricity,
    Text::ErrNotANumber,
    Text::ErrNotAMonth,
    Text::ErrWhole,
    Text::ErrRange,
    Text::ErrNoGpuHours,
    Text::ErrTooMany,
    Text::UsdAmount,
];
