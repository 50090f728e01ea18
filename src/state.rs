//! The reader's inputs and the pure reducer that changes them. Holds inputs only — everything
//! shown is derived from them. No storage, URL, timers or DOM here; `impl Reducible` is a thin
//! wrapper around [`AppState::apply`].

use std::collections::BTreeMap;
use std::rc::Rc;

use crate::i18n::Lang;
use crate::model::{validate, Field, FieldError, Problem, Scenario};

/// What the reader has entered.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct AppState {
    /// Language of the page.
    pub lang: Lang,
    /// The scenario as entered; may be invalid.
    pub scenario: Scenario,
    /// The last scenario that passed validation: what the results show.
    pub last_valid: Scenario,
    /// Text the reader typed that is not a number, by field. Kept so the field still shows it.
    pub rejected_text: BTreeMap<Field, String>,
}

/// A change the reader makes. Values are in base units.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Set the contract value, USD.
    SetValue { usd: f64 },
    /// Set the term in years; stored as whole months.
    SetTermYears { years: f64 },
    /// Set the GPU count of the tranche at `index`.
    SetTrancheCount { index: usize, gpus: f64 },
    /// Record text typed into `field` that is not a number.
    RejectText { field: Field, text: String },
}

impl AppState {
    /// The state after `action`. Pure.
    pub fn apply(mut self, action: Action) -> Self {
        let field = match action {
            Action::SetValue { usd } => {
                self.scenario.value_usd = usd;
                Field::Value
            }
            Action::SetTermYears { years } => {
                // `as` saturates and maps NaN to 0, which validation then reports.
                self.scenario.term_months = (years * 12.0).round() as i32;
                Field::Years
            }
            Action::SetTrancheCount { index, gpus } => {
                let Some(tranche) = self.scenario.tranches.get_mut(index) else {
                    return self;
                };
                tranche.count = gpus;
                Field::TrancheCount(index)
            }
            Action::RejectText { field, text } => {
                self.rejected_text.insert(field, text);
                return self;
            }
        };
        self.rejected_text.remove(&field);
        if self.rejected_text.is_empty() && validate(&self.scenario).is_empty() {
            self.last_valid = self.scenario.clone();
        }
        self
    }

    /// Every error to show, at most one per field: unreadable text first, then the model's
    /// validation of the rest.
    pub fn errors(&self) -> Vec<FieldError> {
        let mut errors: Vec<FieldError> = self
            .rejected_text
            .keys()
            .map(|&field| FieldError {
                field,
                problem: Problem::NotANumber,
            })
            .collect();
        for error in validate(&self.scenario) {
            if !errors.iter().any(|shown| shown.field == error.field) {
                errors.push(error);
            }
        }
        errors
    }

    /// Whether the results on screen are older than the inputs.
    pub fn is_stale(&self) -> bool {
        !self.rejected_text.is_empty() || self.scenario != self.last_valid
    }
}

impl yew::Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new((*self).clone().apply(action))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_valid_change_updates_the_results() {
        let state = AppState::default().apply(Action::SetValue { usd: 76e9 });
        assert_eq!(state.last_valid.value_usd, 76e9);
        assert!(!state.is_stale());
        assert!(state.errors().is_empty());
    }

    #[test]
    fn an_invalid_value_keeps_the_last_result_and_the_other_inputs() {
        let state = AppState::default()
            .apply(Action::SetTrancheCount {
                index: 0,
                gpus: 250_000.0,
            })
            .apply(Action::SetValue { usd: -5e9 });
        assert!(state.is_stale());
        assert_eq!(state.last_valid.value_usd, 38e9);
        assert_eq!(state.last_valid.tranches[0].count, 250_000.0);
        assert_eq!(state.scenario.tranches[0].count, 250_000.0);
        let errors = state.errors();
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].field, Field::Value);
    }

    #[test]
    fn unreadable_text_is_kept_until_replaced() {
        let state = AppState::default().apply(Action::RejectText {
            field: Field::Years,
            text: "seven".to_owned(),
        });
        assert!(state.is_stale());
        assert_eq!(state.errors()[0].problem, Problem::NotANumber);
        let state = state.apply(Action::SetTermYears { years: 8.0 });
        assert!(!state.is_stale());
        assert_eq!(state.last_valid.term_months, 96);
    }

    #[test]
    fn years_are_stored_as_whole_months() {
        let state = AppState::default().apply(Action::SetTermYears { years: 7.5 });
        assert_eq!(state.scenario.term_months, 90);
        let state = state.apply(Action::SetTermYears { years: f64::NAN });
        assert_eq!(state.scenario.term_months, 0);
        assert_eq!(state.errors()[0].field, Field::Years);
    }

    #[test]
    fn a_count_for_a_missing_tranche_changes_nothing() {
        let state = AppState::default();
        let after = state.clone().apply(Action::SetTrancheCount {
            index: 9,
            gpus: 1.0,
        });
        assert_eq!(after, state);
    }
}
