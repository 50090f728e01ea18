//! Everything language-dependent: the words of the page in English, Greek and Spanish, error
//! messages, the sentence to quote, and number parsing and formatting. Must not import yew or
//! the components; formatting uses the browser's `Intl` in wasm and a plain fallback natively
//! (tests, build-time rendering).

// Greek and Spanish reach the browser as language packs (`pack`), not in the wasm.
#[cfg(not(target_arch = "wasm32"))]
mod el;
mod en;
#[cfg(not(target_arch = "wasm32"))]
mod es;
pub mod format;
pub mod pack;
#[cfg(not(target_arch = "wasm32"))]
pub mod page;

use crate::model::calendar::YearMonth;
use crate::model::ranges::Bounds;
use crate::model::validate::{Field, Problem};
use crate::model::{SolveFor, Summary};
use format::Style;

/// A language of the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Hash, PartialOrd, Ord)]
pub enum Lang {
    /// English (United States number formats).
    #[default]
    En,
    /// Greek (Greece).
    El,
    /// Spanish (Spain).
    Es,
}

impl Lang {
    /// Every language, in switcher order.
    pub const ALL: [Lang; 3] = [Lang::En, Lang::El, Lang::Es];

    /// ISO 639-1 code, as in `lang=` and `<html lang>`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::El => "el",
            Lang::Es => "es",
        }
    }

    /// BCP 47 locale handed to `Intl`.
    pub fn locale(self) -> &'static str {
        match self {
            Lang::En => "en-US",
            Lang::El => "el-GR",
            Lang::Es => "es-ES",
        }
    }

    /// The language's own name, for the switcher.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::El => "Ελληνικά",
            Lang::Es => "Español",
        }
    }

    /// The language with code `code` (`en`, `es-AR`, `el_GR`, …), if the page has it.
    pub fn from_code(code: &str) -> Option<Self> {
        let primary = code.split(['-', '_']).next()?;
        Self::ALL
            .into_iter()
            .find(|lang| lang.code().eq_ignore_ascii_case(primary))
    }

    /// The first of `preferences` (as in `navigator.languages`) the page has, else English.
    pub fn negotiate<'a>(preferences: impl IntoIterator<Item = &'a str>) -> Self {
        preferences
            .into_iter()
            .find_map(Lang::from_code)
            .unwrap_or_default()
    }
}

/// Declares [`Text`] with [`Text::ALL`], every variant in declaration order: the order in
/// which a language pack lists its translations.
macro_rules! texts {
    ($($(#[$doc:meta])* $name:ident),* $(,)?) => {
        /// A fixed piece of text on the page; `{name}` marks a value filled in by the caller.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Text {
            $($(#[$doc])* $name),*
        }

        impl Text {
            /// Every text, in declaration order.
            pub const ALL: &'static [Text] = &[$(Text::$name),*];
        }
    };
}

texts! {
    AnnouncedValue,
    AnnouncedTerm,
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
    GpusUnit,
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
    GpusAtFull,
    HeadlineGiven,
    EnergyDetail,
    IgnoredInLink,
    Dismiss,
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
    DownloadChart,
    OpenFull,
    /// The embed's credit: `{sources}`, the sites of the deal's most trusted sources.
    EmbedCredit,
    ChartTabs,
    ThemeLabel,
    ThemeAuto,
    ThemeLight,
    ThemeDark,
    DataVersionNote,
    DealHeading,
    DealDeck,
    TabGpus,
    TabCompute,
    TabPower,
    TabSpend,
    FooterNote,
    DealLabel,
    /// The link from the deal picker to the deal's own page.
    DealPage,
    AnnouncedHeading,
    AssumedHeading,
    ValueWord,
    TermWord,
    HardwareWord,
    PowerWord,
    DateWord,
    NotDisclosed,
    StartLabel,
    MonthWord,
    YearWord,
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
    /// The ramp shapes as they read inside the tranche note (lower case where the language wants it).
    RampLinear,
    RampS,
    RampOnce,
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
    LanguageLabel,
    QuoteHeading,
    CopySentence,
    SentencePrice,
    SentenceFleet,
    SentenceValue,
    YearOne,
    YearsN,
    MonthOne,
    MonthsN,
    ChartDescription,
    ShowTable,
    ColumnMonth,
    ReadoutHint,
    FieldValue,
    FieldYears,
    FieldStart,
    FieldPrice,
    FieldFleet,
    FieldFleetMw,
    FieldTrancheCount,
    FieldTrancheStart,
    FieldTrancheRamp,
    FieldUtilisation,
    FieldMfu,
    FieldElectricity,
    ErrNotANumber,
    ErrNotAMonth,
    ErrWhole,
    ErrRange,
    ErrNoGpuHours,
    ErrRangeReversed,
    RangeBetween,
    ErrTooMany,
    UsdAmount,
    DealsHeading,
    DealsIntro,
    ColumnDeal,
    ColumnDate,
    ColumnValue,
    ColumnTerm,
    ColumnGw,
    ColumnHardware,
    ColumnPrice,
    ColumnGwYear,
    ColumnEfHour,
    AssumedMark,
    DownloadDealsCsv,
    StatusWord,
    StatusActive,
    StatusExpanded,
    StatusSuperseded,
    AsOfWord,
    ReadingsHeading,
    ReadingPrice,
    AssumedPriceWord,
    TrustLegend,
    ChangesHeading,
    ChangesVersion,
    MethodologyLink,
    DealSourcesLink,
    RangeToggle,
    RangeLowEnd,
    RangeHighEnd,
    BandLegend,
    SensitivityHeading,
    SensitivityIntro,
    SensitivityPrice,
    SensitivityPower,
    AssumedSwing,
    ColumnAssumption,
    ColumnRange,
    ColumnAtLow,
    ColumnAtHigh,
    SensitivityReadout,
    RangesHeading,
}

/// The text `text` in `lang`.
///
/// In the browser, Greek and Spanish come from their language pack; English stands in until it
/// is loaded ([`pack::load`]).
pub fn text(lang: Lang, text: Text) -> &'static str {
    match lang {
        Lang::En => en::text(text),
        #[cfg(not(target_arch = "wasm32"))]
        Lang::El => el::text(text),
        #[cfg(not(target_arch = "wasm32"))]
        Lang::Es => es::text(text),
        #[cfg(target_arch = "wasm32")]
        lang => pack::loaded(lang).map_or_else(|| en::text(text), |pack| pack.text(text)),
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

/// `words` in `lang`. In the browser, library words (every deal's but the seed deal's) come
/// from the reader's library pack, and are blank until it has loaded
/// ([`pack::when_library_available`]); Greek and Spanish core words from the language pack.
pub fn words(lang: Lang, words: &crate::model::deals::Words) -> &'static str {
    #[cfg(not(target_arch = "wasm32"))]
    return match lang {
        Lang::En => words.en,
        Lang::El => words.el,
        Lang::Es => words.es,
    };
    #[cfg(target_arch = "wasm32")]
    {
        if usize::from(words.index) >= crate::model::deals::CORE_WORDS {
            return pack::library(lang)
                .and_then(|library| library.words(words.index))
                .unwrap_or_default();
        }
        match lang {
            Lang::En => words.en,
            lang => pack::loaded(lang)
                .and_then(|pack| pack.words(words.index))
                .unwrap_or(words.en),
        }
    }
}

/// Abbreviated month names, January first.
pub fn month_abbreviations(lang: Lang) -> [&'static str; 12] {
    match lang {
        Lang::En => en::MONTHS,
        #[cfg(not(target_arch = "wasm32"))]
        Lang::El => el::MONTHS,
        #[cfg(not(target_arch = "wasm32"))]
        Lang::Es => es::MONTHS,
        #[cfg(target_arch = "wasm32")]
        lang => pack::loaded(lang).map_or(en::MONTHS, |pack| pack.months()),
    }
}

/// A calendar month as a reader reads it, e.g. "Nov 2025".
pub fn month_label(lang: Lang, month: YearMonth) -> String {
    let name = month_abbreviations(lang)[month.month() as usize - 1];
    format!("{name} {}", month.year())
}

/// A whole number of months in words: "1 month", "18 months", "7 years".
pub fn months(lang: Lang, count: f64) -> String {
    let number = format::number(lang, count, Style::Decimal);
    let years = format::number(lang, count / 12.0, Style::Decimal);
    match count {
        1.0 => text(lang, Text::MonthOne).to_owned(),
        12.0 => text(lang, Text::YearOne).to_owned(),
        _ if count % 12.0 == 0.0 => text(lang, Text::YearsN).replace("{n}", &years),
        _ => text(lang, Text::MonthsN).replace("{n}", &number),
    }
}

/// The name of `field` as its label shows it.
pub fn field_label(lang: Lang, field: Field) -> String {
    let fixed = |key| text(lang, key).to_owned();
    let numbered = |key, index: usize| text(lang, key).replace("{n}", &(index + 1).to_string());
    match field {
        Field::Value => fixed(Text::FieldValue),
        Field::Years => fixed(Text::FieldYears),
        Field::Start => fixed(Text::FieldStart),
        Field::Price => fixed(Text::FieldPrice),
        Field::Fleet => fixed(Text::FieldFleet),
        Field::FleetMw => fixed(Text::FieldFleetMw),
        Field::TrancheCount(index) => numbered(Text::FieldTrancheCount, index),
        Field::TrancheStart(index) => numbered(Text::FieldTrancheStart, index),
        Field::TrancheRamp(index) => numbered(Text::FieldTrancheRamp, index),
        Field::PriceWeight(kind) => {
            text(lang, Text::WeightLabel).replace("{kind}", kind.spec().name)
        }
        Field::PowerKw(kind) => text(lang, Text::PowerKwLabel).replace("{kind}", kind.spec().name),
        Field::Utilisation => fixed(Text::FieldUtilisation),
        Field::Mfu => fixed(Text::FieldMfu),
        Field::Pue => fixed(Text::PueLabel),
        Field::ElectricityPrice => fixed(Text::FieldElectricity),
    }
}

/// A bound of `field`'s range in the field's own unit and words.
pub fn bound(lang: Lang, field: Field, value: f64) -> String {
    match field {
        Field::Value => format::number(lang, value, Style::UsdCompactLong),
        Field::Years | Field::TrancheRamp(_) => months(lang, value),
        Field::Price | Field::ElectricityPrice => format::number(lang, value, Style::UsdCents),
        Field::FleetMw => format!("{} MW", format::number(lang, value, Style::Integer)),
        Field::Utilisation | Field::Mfu => format::number(lang, value, Style::Percent),
        _ => format::number(lang, value, Style::Decimal),
    }
}

/// A message for `problem` with `field`, naming the field and the allowed range.
pub fn error_message(lang: Lang, field: Field, problem: &Problem) -> String {
    let label = field_label(lang, field);
    let template = |key| text(lang, key).replace("{label}", &label);
    match problem {
        Problem::NotANumber => match field {
            Field::Start | Field::TrancheStart(_) => template(Text::ErrNotAMonth),
            _ => template(Text::ErrNotANumber),
        },
        Problem::NotWholeNumber => template(Text::ErrWhole),
        Problem::OutOfRange { min, max } => template(Text::ErrRange)
            .replace("{min}", &bound(lang, field, *min))
            .replace("{max}", &bound(lang, field, *max)),
        Problem::MonthOutOfRange { first, last } => template(Text::ErrRange)
            .replace("{min}", &month_label(lang, *first))
            .replace("{max}", &month_label(lang, *last)),
        Problem::NoGpuHours => text(lang, Text::ErrNoGpuHours).to_owned(),
        Problem::TooManyTranches { max } => {
            text(lang, Text::ErrTooMany).replace("{max}", &max.to_string())
        }
        Problem::RangeReversed => template(Text::ErrRangeReversed),
    }
}

/// A plain-language sentence summing up the results, in the form of the solved quantity, e.g.
/// "At $38 billion over 7 years for 300,000 GPUs, the deal implies about $2.25 per GPU-hour,
/// with about 0.6 GW of power at peak." Doubles as the charts' text description. With
/// `bounds`, each figure that spans a range reads "central (low–high)"; `term_span` is the
/// term's range in months, if it has one.
pub fn sentence(
    lang: Lang,
    summary: &Summary,
    term_months: i32,
    solve: SolveFor,
    bounds: Option<&Bounds>,
    term_span: Option<(f64, f64)>,
) -> String {
    let template = match solve {
        SolveFor::Price => Text::SentencePrice,
        SolveFor::Fleet => Text::SentenceFleet,
        SolveFor::Value => Text::SentenceValue,
    };
    let power = |mw: f64| {
        if mw >= 1000.0 {
            format!(
                "{} GW",
                format::number(lang, mw / 1000.0, Style::OneDecimal)
            )
        } else if mw >= 100.0 {
            format!("{} GW", format::number(lang, mw / 1000.0, Style::Decimal))
        } else {
            format!("{} MW", format::number(lang, mw, Style::Integer))
        }
    };
    let value = |usd: f64| format::number(lang, usd, Style::UsdCompactLong);
    let gpus =
        |count: f64| format::number(lang, format::round_significant(count, 3), Style::Integer);
    let price = |usd: f64| format::number(lang, usd, Style::UsdCents);
    // "central (low–high)" when the output spans a range whose ends read differently.
    let ranged = |key: &str, central: f64, words: &dyn Fn(f64) -> String| {
        let central_words = words(central);
        match bounds.and_then(|bounds| bounds.of(key)) {
            Some((low, high)) if words(low) != words(high) => {
                format!("{central_words} ({}–{})", words(low), words(high))
            }
            _ => central_words,
        }
    };
    let years = match term_span {
        Some((low, high)) if low != high => format!(
            "{} ({}–{})",
            months(lang, f64::from(term_months)),
            months(lang, low),
            months(lang, high)
        ),
        _ => months(lang, f64::from(term_months)),
    };
    text(lang, template)
        .replace(
            "{value}",
            &ranged("contract_value", summary.contract_value_usd, &value),
        )
        .replace("{years}", &years)
        .replace("{gpus}", &ranged("total_gpus", summary.total_gpus, &gpus))
        .replace(
            "{price}",
            &ranged("price_per_gpu_hour", summary.price_per_gpu_hour_usd, &price),
        )
        .replace(
            "{power}",
            &ranged("peak_facility_mw", summary.peak_facility_mw, &power),
        )
}

#[cfg(test)]
mod tests;
