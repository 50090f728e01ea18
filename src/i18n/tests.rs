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
    for &key in Text::ALL {
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
        sentence(Lang::En, &summary, scenario.term_months, SolveFor::Price, None, None),
        "At $38 billion over 7 years for 300,000 accelerators, the deal implies about $2.25 per accelerator-hour, with about 0.59 GW of power at peak."
    );
}

#[test]
fn with_ranges_the_sentence_gives_each_figure_its_span() {
    let scenario = Scenario::default();
    let spans = crate::model::DEALS[0].spans(crate::model::DataVersion::CURRENT);
    let summary = run(&scenario).expect("valid").summary;
    let bounds = crate::model::ranges::bounds(&scenario, &spans).expect("bounds");
    let term = Some((72.0, 96.0));
    assert_eq!(
        sentence(Lang::En, &summary, scenario.term_months, SolveFor::Price, Some(&bounds), term),
        "At $38 billion over 7 years (6 years–8 years) for 300,000 (200,000–400,000) accelerators, the deal implies about $2.25 ($1.69–$3.36) per accelerator-hour, with about 0.59 GW (0.39 GW–0.8 GW) of power at peak."
    );
}
