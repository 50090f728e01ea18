//! The reader's inputs and the pure reducer that changes them. Holds inputs only — everything
//! shown is derived from them. No storage, URL, timers or DOM here; `impl Reducible` is a thin
//! wrapper around [`AppState::apply`].

use std::rc::Rc;

use crate::i18n::Lang;
use crate::model::calendar::YearMonth;
use crate::model::ramp::RampShape;
use crate::model::ranges::{self, set_value, Span};
use crate::model::{
    run, validate, DataVersion, Deal, Field, FieldError, GpuKind, Precision, Problem, Scenario,
    SolveFor, Tranche,
};

/// The colour scheme the reader asked for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Hash)]
pub enum ThemeChoice {
    /// Follow the system (`prefers-color-scheme`).
    #[default]
    Auto,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

impl ThemeChoice {
    /// Every choice, in switcher order.
    pub const ALL: [ThemeChoice; 3] = [ThemeChoice::Auto, ThemeChoice::Light, ThemeChoice::Dark];

    /// Stable identifier used in URLs and `data-theme`.
    pub fn id(self) -> &'static str {
        match self {
            ThemeChoice::Auto => "auto",
            ThemeChoice::Light => "light",
            ThemeChoice::Dark => "dark",
        }
    }

    /// The choice with identifier `id`.
    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|choice| choice.id() == id)
    }
}

/// What the reader has entered.
/// Text the reader typed that is not a number (or month), by field, in field order: a few
/// entries at most, kept in a vector (a `BTreeMap` costs 11 KB of wasm).
#[derive(Clone, Debug, PartialEq, Default)]
pub struct RejectedText(Vec<(Field, String)>);

impl RejectedText {
    /// Records `text` for `field`, replacing what was there.
    pub fn insert(&mut self, field: Field, text: String) {
        self.remove(&field);
        let at = self
            .0
            .iter()
            .take_while(|(other, _)| *other < field)
            .count();
        self.0.insert(at, (field, text));
    }

    /// Forgets `field`'s text.
    pub fn remove(&mut self, field: &Field) {
        self.0.retain(|(other, _)| other != field);
    }

    /// Keeps the texts of the fields `keep` accepts.
    pub fn retain(&mut self, keep: impl Fn(Field) -> bool) {
        self.0.retain(|(field, _)| keep(*field));
    }

    /// Forgets every text.
    pub fn clear(&mut self) {
        self.0.clear();
    }

    /// Whether there is none.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The fields with text, in field order.
    pub fn fields(&self) -> impl Iterator<Item = Field> + '_ {
        self.0.iter().map(|(field, _)| *field)
    }
}

#[derive(Clone, Debug, PartialEq, Default)]
pub struct AppState {
    /// Language of the page.
    pub lang: Lang,
    /// Colour scheme.
    pub theme: ThemeChoice,
    /// Parts of the link the page was opened with that could not be used (`key=value`).
    pub ignored_in_link: Vec<String>,
    /// The scenario as entered; may be invalid.
    pub scenario: Scenario,
    /// The last scenario that passed validation: what the results show.
    pub last_valid: Scenario,
    /// Inputs given as ranges (`key=low~high`); the scenario holds their midpoints.
    pub spans: Vec<Span>,
    /// The spans of [`Self::last_valid`]: what the bounds on screen show.
    pub last_valid_spans: Vec<Span>,
    /// Text the reader typed that is not a number (or month), by field. Kept so the field
    /// still shows it.
    pub rejected_text: RejectedText,
    /// The deal of the library last loaded, if any.
    pub preset: Option<&'static str>,
    /// The version of the default figures the scenario started from.
    pub data: DataVersion,
    /// A scenario pinned for comparison.
    pub baseline: Option<Scenario>,
}

/// A change the reader makes. Values are in base units.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Set the contract value, USD (kept in whole dollars).
    SetValue { usd: f64 },
    /// Set the term in years; stored as whole months.
    SetTermYears { years: f64 },
    /// Set the first month of the term.
    SetStart { month: YearMonth },
    /// Set the blended price per GPU-hour, USD.
    SetPrice { usd: f64 },
    /// Choose the solved quantity, carrying the current results over to the inputs.
    SetSolve { mode: SolveFor },
    /// Give the fleet as peak facility MW (`Some`) or by GPU counts (`None`).
    SetFleetMw { mw: Option<f64> },
    /// Set the GPU count of the tranche at `index`.
    SetTrancheCount { index: usize, gpus: f64 },
    /// Set the GPU kind of the tranche at `index`.
    SetTrancheKind { index: usize, kind: GpuKind },
    /// Set the first month of the tranche at `index`.
    SetTrancheStart { index: usize, month: YearMonth },
    /// Set the ramp length of the tranche at `index`, months (whole).
    SetTrancheRamp { index: usize, months: f64 },
    /// Set the ramp shape of the tranche at `index`.
    SetTrancheShape { index: usize, shape: RampShape },
    /// Add an expansion tranche: 100,000 GB300 from January of the year after the last
    /// tranche's first month, over 6 months.
    AddTranche,
    /// Remove the tranche at `index`.
    RemoveTranche { index: usize },
    /// Set the precision at which compute is counted.
    SetPrecision { precision: Precision },
    /// Set utilisation, as a fraction.
    SetUtilisation { fraction: f64 },
    /// Set MFU, as a fraction.
    SetMfu { fraction: f64 },
    /// Set the all-in IT power per GPU of `kind`, kW.
    SetPowerKw { kind: GpuKind, kw: f64 },
    /// Set the PUE.
    SetPue { pue: f64 },
    /// Set the electricity price, USD per MWh.
    SetElectricity { usd_per_mwh: f64 },
    /// Set the relative price weight of `kind`.
    SetPriceWeight { kind: GpuKind, weight: f64 },
    /// Load a deal of the library by id; unknown ids change nothing.
    LoadPreset { id: String },
    /// Pin the current results as the baseline to compare against.
    PinBaseline,
    /// Stop comparing.
    ClearBaseline,
    /// Record text typed into `field` that is not a number or month.
    RejectText { field: Field, text: String },
    /// Choose the colour scheme.
    SetTheme { theme: ThemeChoice },
    /// Choose the language.
    SetLang { lang: Lang },
    /// Hide the note about ignored parts of the link.
    DismissLinkNote,
    /// Apply inputs given as link pairs (from a host page); unusable pairs are dropped.
    ApplyPairs { pairs: Vec<(String, String)> },
    /// Give numeric input `field` as the range `low..=high` (base units); the scenario takes
    /// its midpoint.
    SetSpan { field: Field, low: f64, high: f64 },
    /// Give `field` as one number again: the midpoint of its range.
    ClearSpan { field: Field },
}

/// Converts a whole number of months typed as a float; fractions and values beyond `i32` map
/// to a value validation rejects.
fn whole_months(months: f64) -> i32 {
    if months.fract() == 0.0 {
        // `as` saturates; NaN cannot reach here (its fract is NaN).
        months as i32
    } else {
        -1
    }
}

impl AppState {
    /// The state after `action`. Pure.
    pub fn apply(mut self, action: Action) -> Self {
        let scenario = &mut self.scenario;
        let field = match action {
            Action::SetValue { usd } => {
                // Whole dollars: links then carry the value exactly (`url::to_query`).
                scenario.value_usd = usd.round();
                Some(Field::Value)
            }
            Action::SetTermYears { years } => {
                // `as` saturates and maps NaN to 0, which validation then reports.
                scenario.term_months = (years * 12.0).round() as i32;
                Some(Field::Years)
            }
            Action::SetStart { month } => {
                scenario.start = month;
                Some(Field::Start)
            }
            Action::SetPrice { usd } => {
                scenario.price_per_gpu_hour_usd = usd;
                Some(Field::Price)
            }
            Action::SetSolve { mode } => {
                self.switch_solve(mode);
                None
            }
            Action::SetFleetMw { mw } => {
                scenario.fleet_mw = mw;
                self.rejected_text.remove(&Field::FleetMw);
                Some(Field::FleetMw)
            }
            Action::SetTrancheCount { index, gpus } => {
                let Some(tranche) = scenario.tranches.get_mut(index) else {
                    return self;
                };
                tranche.count = gpus;
                Some(Field::TrancheCount(index))
            }
            Action::SetTrancheKind { index, kind } => {
                let Some(tranche) = scenario.tranches.get_mut(index) else {
                    return self;
                };
                tranche.kind = kind;
                None
            }
            Action::SetTrancheStart { index, month } => {
                let Some(tranche) = scenario.tranches.get_mut(index) else {
                    return self;
                };
                tranche.first_month = month;
                Some(Field::TrancheStart(index))
            }
            Action::SetTrancheRamp { index, months } => {
                let Some(tranche) = scenario.tranches.get_mut(index) else {
                    return self;
                };
                tranche.ramp_months = whole_months(months);
                Some(Field::TrancheRamp(index))
            }
            Action::SetTrancheShape { index, shape } => {
                let Some(tranche) = scenario.tranches.get_mut(index) else {
                    return self;
                };
                tranche.ramp = shape;
                None
            }
            Action::AddTranche => {
                if scenario.tranches.len() >= Scenario::MAX_TRANCHES {
                    return self;
                }
                let year = scenario
                    .tranches
                    .iter()
                    .map(|tranche| tranche.first_month.year())
                    .max()
                    .unwrap_or(scenario.start.year())
                    + 1;
                scenario.tranches.push(Tranche {
                    kind: GpuKind::GB300,
                    count: 100_000.0,
                    first_month: YearMonth::new(year.min(2040), 1).unwrap_or(scenario.start),
                    ramp_months: 6,
                    ramp: RampShape::Linear,
                    months_online: None,
                });
                None
            }
            Action::RemoveTranche { index } => {
                if index >= scenario.tranches.len() {
                    return self;
                }
                scenario.tranches.remove(index);
                // Indices after the removed tranche shift: drop their unreadable text, and move
                // their ranges down.
                self.rejected_text.retain(|field| {
                    !matches!(field,
                        Field::TrancheCount(i) | Field::TrancheStart(i) | Field::TrancheRamp(i)
                        if i >= index)
                });
                self.spans.retain(|span| {
                    !matches!(span.field, Field::TrancheCount(i) | Field::TrancheRamp(i) if i == index)
                });
                for span in &mut self.spans {
                    match &mut span.field {
                        Field::TrancheCount(i) | Field::TrancheRamp(i) if *i > index => *i -= 1,
                        _ => {}
                    }
                }
                None
            }
            Action::SetPrecision { precision } => {
                scenario.precision = precision;
                None
            }
            Action::SetUtilisation { fraction } => {
                scenario.utilisation = fraction;
                Some(Field::Utilisation)
            }
            Action::SetMfu { fraction } => {
                scenario.mfu = fraction;
                Some(Field::Mfu)
            }
            Action::SetPowerKw { kind, kw } => {
                scenario.it_power_kw[kind] = kw;
                Some(Field::PowerKw(kind))
            }
            Action::SetPue { pue } => {
                scenario.pue = pue;
                Some(Field::Pue)
            }
            Action::SetElectricity { usd_per_mwh } => {
                scenario.electricity_usd_per_mwh = usd_per_mwh;
                Some(Field::ElectricityPrice)
            }
            Action::SetPriceWeight { kind, weight } => {
                scenario.price_weight[kind] = weight;
                Some(Field::PriceWeight(kind))
            }
            Action::LoadPreset { id } => {
                let Some(deal) = Deal::find(&id) else {
                    return self;
                };
                self.scenario = deal.scenario_for(self.data);
                self.rejected_text.clear();
                self.spans = deal.spans(self.data);
                self.preset = Some(deal.id);
                None
            }
            Action::PinBaseline => {
                self.baseline = Some(self.last_valid.clone());
                return self;
            }
            Action::ClearBaseline => {
                self.baseline = None;
                return self;
            }
            Action::RejectText { field, text } => {
                self.rejected_text.insert(field, text);
                return self;
            }
            Action::SetTheme { theme } => {
                self.theme = theme;
                return self;
            }
            Action::SetLang { lang } => {
                self.lang = lang;
                // Unreadable text was judged in the old language's number format.
                self.rejected_text.clear();
                self.scenario = self.last_valid.clone();
                return self;
            }
            Action::DismissLinkNote => {
                self.ignored_in_link.clear();
                return self;
            }
            Action::ApplyPairs { pairs } => {
                return crate::url::apply_pairs(&self, &pairs).state;
            }
            Action::SetSpan { field, .. }
                if ranges::value_of(scenario, field).is_none()
                    || matches!(
                        (field, scenario.solve),
                        (Field::Price, SolveFor::Price) | (Field::Value, SolveFor::Value)
                    ) =>
            {
                // No range for an input the scenario lacks, nor for the solved quantity.
                return self;
            }
            Action::SetSpan { field, low, high } => {
                // Inputs held in whole units (dollars, accelerators, months) keep whole ends.
                let whole = |end: f64| match field {
                    Field::Value
                    | Field::Years
                    | Field::TrancheCount(_)
                    | Field::TrancheRamp(_) => end.round(),
                    _ => end,
                };
                let span = Span {
                    field,
                    low: whole(low),
                    high: whole(high),
                };
                if span.low <= span.high {
                    set_value(scenario, field, span.central());
                }
                self.spans.retain(|other| other.field != field);
                self.spans.push(span);
                self.rejected_text.remove(&field);
                None
            }
            Action::ClearSpan { field } => {
                self.spans.retain(|other| other.field != field);
                None
            }
        };
        if let Some(field) = field {
            // One number typed into a field replaces its range.
            self.rejected_text.remove(&field);
            self.spans.retain(|span| span.field != field);
        }
        // A range only for an input the scenario has (not a tranche it lacks, nor the fleet in
        // megawatts once the fleet is counted).
        let scenario = &self.scenario;
        self.spans
            .retain(|span| ranges::value_of(scenario, span.field).is_some());
        self.settle();
        self
    }

    /// Makes the current inputs the ones on screen if they are valid, ranges included.
    fn settle(&mut self) {
        if self.rejected_text.is_empty()
            && validate(&self.scenario).is_empty()
            && ranges::check(&self.scenario, &self.spans).is_empty()
        {
            self.last_valid = self.scenario.clone();
            self.last_valid_spans = self.spans.clone();
        }
    }

    /// Switches the solved quantity so that the numbers stay consistent: the results of the
    /// current (or last valid) scenario become the inputs of the new mode.
    fn switch_solve(&mut self, mode: SolveFor) {
        let source = if validate(&self.scenario).is_empty() {
            self.scenario.clone()
        } else {
            // The last valid inputs, with their ranges: a range stays with the midpoint it set.
            self.spans = self.last_valid_spans.clone();
            self.last_valid.clone()
        };
        if let Ok(outcome) = run(&source) {
            let summary = outcome.summary;
            self.scenario = source;
            self.scenario.value_usd = summary.contract_value_usd.round();
            self.scenario.price_per_gpu_hour_usd = summary.price_per_gpu_hour_usd;
            if self.scenario.solve == SolveFor::Fleet && mode != SolveFor::Fleet {
                // The solved fleet becomes the given fleet, its ranges scaled with it (each
                // count the midpoint of its range, as everywhere).
                for tranche in &mut self.scenario.tranches {
                    tranche.count = (tranche.count * summary.fleet_scale).round();
                }
                for span in &mut self.spans {
                    if let Field::TrancheCount(_) = span.field {
                        span.low = (span.low * summary.fleet_scale).round();
                        span.high = (span.high * summary.fleet_scale).round();
                        set_value(&mut self.scenario, span.field, span.central());
                    }
                }
                self.scenario.fleet_mw = None;
            }
            self.rejected_text.retain(|field| {
                !matches!(field, Field::Value | Field::Price | Field::TrancheCount(_))
            });
        }
        self.scenario.solve = mode;
        // The solved quantity is an output: it cannot be a range.
        let solved = match mode {
            SolveFor::Price => Some(Field::Price),
            SolveFor::Value => Some(Field::Value),
            SolveFor::Fleet => None,
        };
        self.spans.retain(|span| Some(span.field) != solved);
    }

    /// Every error to show, at most one per field: unreadable text first, then the model's
    /// validation of the rest.
    pub fn errors(&self) -> Vec<FieldError> {
        let mut errors: Vec<FieldError> = self
            .rejected_text
            .fields()
            .map(|field| FieldError {
                field,
                problem: Problem::NotANumber,
            })
            .collect();
        for error in validate(&self.scenario) {
            if !errors.iter().any(|shown| shown.field == error.field) {
                errors.push(error);
            }
        }
        // A range's error goes in field order among the rest.
        for error in ranges::check(&self.scenario, &self.spans) {
            if !errors.iter().any(|shown| shown.field == error.field) {
                let at = errors
                    .iter()
                    .position(|shown| shown.field > error.field)
                    .unwrap_or(errors.len());
                errors.insert(at, error);
            }
        }
        errors
    }

    /// Whether the results on screen are older than the inputs.
    pub fn is_stale(&self) -> bool {
        !self.rejected_text.is_empty()
            || self.scenario != self.last_valid
            || self.spans != self.last_valid_spans
    }
}

impl yew::Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new((*self).clone().apply(action))
    }
}

#[cfg(test)]
pub(crate) mod fuzz;
#[cfg(test)]
mod tests;
