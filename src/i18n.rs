//! Everything language-dependent: the words of the page, error messages, and number parsing and
//! formatting. Must not import yew or the components; formatting uses the browser's `Intl` in
//! wasm and a plain fallback natively (tests, build-time rendering).

mod en;
pub mod format;

use crate::model::calendar::YearMonth;
use crate::model::validate::{Field, Problem};

/// A language of the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Hash)]
pub enum Lang {
    /// English (United States number formats).
    #[default]
    En,
}

impl Lang {
    /// Every language, in switcher order.
    pub const ALL: [Lang; 1] = [Lang::En];

    /// ISO 639-1 code, as in `lang=` and `<html lang>`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
        }
    }

    /// BCP 47 locale handed to `Intl`.
    pub fn locale(self) -> &'static str {
        match self {
            Lang::En => "en-US",
        }
    }

    /// The language with code `code` (`en`, `en-GB`, …), if the page has it.
    pub fn from_code(code: &str) -> Option<Self> {
        let primary = code.split(['-', '_']).next()?;
        Self::ALL
            .into_iter()
            .find(|lang| lang.code().eq_ignore_ascii_case(primary))
    }
}

/// A fixed piece of text on the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Text {
    Title,
    Heading,
    Deck,
    InputsHeading,
    ValueLabel,
    ValueUnit,
    ValueNote,
    YearsLabel,
    YearsUnit,
    YearsNote,
    Gb200Label,
    Gb300Label,
    GpusUnit,
    GpuCountNote,
    SliderSuffix,
    HeadlineLabel,
    HeadlineNote,
    SummaryHeading,
    ContractValue,
    TotalGpus,
    TotalGpuHours,
    PeakFacilityPower,
    TotalEnergy,
    UsefulCompute,
    UsefulComputeDetail,
    PeakCompute,
    SpendPerYear,
    StaleNote,
    ChartsHeading,
    GpusChartTitle,
    ComputeChartTitle,
    PowerChartTitle,
    SpendChartTitle,
    GpusAxis,
    ComputeAxis,
    PowerAxis,
    SpendAxis,
    FacilityPower,
    ItPower,
    BilledToDate,
    ContractValueLine,
    AssumptionsHeading,
    AssumptionsBody,
    SourcesHeading,
    FooterNote,
    TabGpus,
    TabCompute,
    TabPower,
    TabSpend,
    DealHeading,
    DealDeck,
    ShareHeading,
    CopyLink,
    ShareButton,
    DownloadCsv,
    DownloadJson,
    CiteHeading,
    CopyCitation,
    EmbedHeading,
    EmbedIntro,
    EmbedChart,
    EmbedCodeLabel,
    CopyCode,
    PreviewHeading,
    DownloadPng,
    DownloadSvg,
    DownloadChart,
    OpenFull,
    EmbedCredit,
    ChartTabs,
    ThemeLabel,
    ThemeAuto,
    ThemeLight,
    ThemeDark,
    DataVersionNote,
    IgnoredInLink,
    Dismiss,
    HeadlineGiven,
    EnergyDetail,
    GpusAtFull,
    DealLabel,
    AnnouncedHeading,
    AssumedHeading,
    ValueWord,
    TermWord,
    HardwareWord,
    PowerWord,
    DateWord,
    NotDisclosed,
    StartLabel,
    StartNote,
    SolveLegend,
    SolvePrice,
    SolveFleet,
    SolveValue,
    Computed,
    PriceLabel,
    PriceUnit,
    PriceNote,
    FleetHeading,
    FleetBasisLegend,
    FleetBasisGpus,
    FleetBasisMw,
    FleetMwLabel,
    FleetMwUnit,
    FleetMwNote,
    MixNote,
    TrancheSettings,
    TrancheKind,
    TrancheStart,
    TrancheRamp,
    MonthsUnit,
    TrancheShape,
    ShapeLinear,
    ShapeS,
    ShapeOnce,
    RemoveTranche,
    AddTranche,
    GpusOf,
    TrancheNote,
    AdvancedHeading,
    PrecisionLabel,
    UtilisationLabel,
    UtilisationNote,
    MfuLabel,
    MfuNote,
    PowerKwLabel,
    PowerKwUnit,
    PueLabel,
    PueNote,
    ElectricityLabel,
    ElectricityUnit,
    ElectricityNote,
    WeightLabel,
    WeightNote,
    PercentUnit,
    ReferenceHeading,
    ReferenceIntro,
    ReferenceProduct,
    ReferencePrice,
    ReferenceDeal,
    BasisOnDemand,
    BasisCapacityBlock,
    BasisList,
    BasisContract,
    Gpt4Runs,
    Homes,
    ElectricityCost,
    CompareHeading,
    CompareIntro,
    PinBaseline,
    ClearBaseline,
    BaselineColumn,
    CurrentColumn,
    ChangeColumn,
    BaselineLegend,
    MetricValue,
    MetricPrice,
    MetricGpus,
    MetricPeakMw,
    MetricSpendYear,
    MetricSpendGwYear,
    MetricValueGw,
    MetricValueGpu,
    MetricSpendGpuYear,
    MethodologyHeading,
    CatalogueHeading,
    CatalogueIntro,
    ColumnGpu,
    ColumnHbm,
    ColumnPower,
    ColumnWeight,
    ColumnSources,
    YardsticksHeading,
    FormulaMonth,
    FormulaRamp,
    FormulaHours,
    FormulaSolve,
    FormulaWeights,
    FormulaMw,
    FormulaCompute,
    FormulaPower,
    FormulaSpend,
}

/// The text `text` in `lang`.
pub fn text(lang: Lang, text: Text) -> &'static str {
    match lang {
        Lang::En => en::text(text),
    }
}

/// The page's heading: the OpenAI–AWS question by default, the loaded deal's otherwise.
pub fn heading(lang: Lang, preset: Option<&str>) -> String {
    match preset.and_then(crate::model::Deal::find) {
        Some(deal) if deal.id != crate::model::DEALS[0].id => {
            text(lang, Text::DealHeading).replace("{parties}", deal.parties)
        }
        _ => text(lang, Text::Heading).to_owned(),
    }
}

/// The standfirst under the heading, matching [`heading`].
pub fn deck(lang: Lang, preset: Option<&str>) -> &'static str {
    match preset {
        Some(id) if id != crate::model::DEALS[0].id => text(lang, Text::DealDeck),
        _ => text(lang, Text::Deck),
    }
}

/// Abbreviated month names, January first.
pub fn month_abbreviations(lang: Lang) -> [&'static str; 12] {
    match lang {
        Lang::En => en::MONTHS,
    }
}

/// A calendar month as a reader reads it, e.g. "Nov 2025".
pub fn month_label(lang: Lang, month: YearMonth) -> String {
    let name = month_abbreviations(lang)[month.month() as usize - 1];
    format!("{name} {}", month.year())
}

/// The name of `field` as its label shows it.
pub fn field_label(lang: Lang, field: Field) -> String {
    match lang {
        Lang::En => en::field_label(field),
    }
}

/// A message for `problem` with `field`, naming the field and the allowed range.
pub fn error_message(lang: Lang, field: Field, problem: &Problem) -> String {
    match lang {
        Lang::En => en::error_message(field, problem),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn languages_come_from_codes_and_tags() {
        assert_eq!(Lang::from_code("en"), Some(Lang::En));
        assert_eq!(Lang::from_code("en-GB"), Some(Lang::En));
        assert_eq!(Lang::from_code("xx"), None);
    }

    #[test]
    fn errors_name_the_field_and_the_range() {
        let message = error_message(
            Lang::En,
            Field::Value,
            &Problem::OutOfRange {
                min: 1e6,
                max: 5e12,
            },
        );
        assert_eq!(
            message,
            "Contract value must be between $1 million and $5 trillion."
        );
        let message = error_message(
            Lang::En,
            Field::Years,
            &Problem::OutOfRange {
                min: 1.0,
                max: 360.0,
            },
        );
        assert_eq!(message, "Duration must be between 1 month and 30 years.");
    }
}
