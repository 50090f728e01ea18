use proptest::prelude::*;

use super::*;
use crate::state::fuzz::any_action;

proptest! {
    /// The contract between the page's two wasms: whatever the reader did, a slot's inputs
    /// read back as the calculator's last valid ones, with their ranges, deal, language,
    /// theme and data version.
    #[test]
    fn a_slot_reads_back_the_inputs_on_screen(
        actions in prop::collection::vec(any_action(), 0..30),
        lang in prop::sample::select(Lang::ALL.to_vec()),
    ) {
        let mut state = AppState { lang, ..url::from_query(&[]).state };
        for action in actions {
            state = state.apply(action);
        }
        let read = state_from_query(&query_of(&state), Some(state.lang));
        prop_assert_eq!(&read.last_valid, &state.last_valid);
        prop_assert_eq!(&read.last_valid_spans, &state.last_valid_spans);
        prop_assert_eq!(read.preset, state.preset);
        prop_assert_eq!(read.lang, state.lang);
        prop_assert_eq!(read.theme, state.theme);
        prop_assert_eq!(read.data, state.data);
    }
}

/// The built page and a first visit without a query open at the same inputs, so their slots
/// match and the built sections stay (see `restore_built`).
#[test]
fn the_built_page_slot_holds_the_defaults() {
    let opened = url::from_query(&[]).state;
    assert_eq!(query_of(&opened), "v=2&data=2027-01");
    assert_eq!(state_from_query("v=2&data=2027-01", None), opened);
}
