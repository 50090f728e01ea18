//! Links pinned to a data version keep their numbers: every deal's figures and ranges under
//! every published version, as the page showed them when that version was current, recorded in
//! `tests/fixtures/pinned-figures.txt` and checked here. A later data version adds a file's
//! worth of lines for itself; it never changes the lines of an earlier one.
//!
//! `CDC_RECORD_PINNED=<version>` appends that version's lines (once, when it is published).

use crate::model::data_version::DataVersion;
use crate::model::deals::DEALS;
use crate::model::outcome::summarise;
use crate::model::ranges::{bounds, OUTPUTS};

const FIXTURE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/pinned-figures.txt"
);

/// The lines of `version`: `<version> <deal> <output> <central> <low> <high>`, the bounds `-`
/// where the deal has no range under that version.
fn lines_of(version: DataVersion) -> Vec<String> {
    let mut lines = Vec::new();
    for deal in &DEALS {
        let scenario = super::defaults(Some(deal.id), version);
        let spans = super::default_spans(Some(deal.id), version);
        let summary = summarise(&scenario).expect("every deal runs");
        let bounds = bounds(&scenario, &spans);
        for (index, (key, read)) in OUTPUTS.iter().enumerate() {
            let (low, high) = bounds
                .as_ref()
                .map_or(("-".to_owned(), "-".to_owned()), |b| {
                    let (low, high) = b.outputs[index];
                    (format!("{low:e}"), format!("{high:e}"))
                });
            lines.push(format!(
                "{} {} {key} {:e} {low} {high}",
                version.id(),
                deal.id,
                read(&summary)
            ));
        }
    }
    lines
}

/// Whether two recorded numbers agree to within rounding (or are both `-`).
fn agree(recorded: &str, now: &str) -> bool {
    match (recorded.parse::<f64>(), now.parse::<f64>()) {
        (Ok(a), Ok(b)) => (a - b).abs() <= 1e-9 * a.abs().max(b.abs()),
        _ => recorded == now,
    }
}

#[test]
fn every_pinned_version_keeps_its_figures_and_ranges() {
    let recorded = std::fs::read_to_string(FIXTURE).unwrap_or_default();
    if let Ok(id) = std::env::var("CDC_RECORD_PINNED") {
        let version = DataVersion::from_id(&id).expect("a published version");
        assert!(
            !recorded
                .lines()
                .any(|line| line.starts_with(&format!("{id} "))),
            "version {id} is recorded already: its lines never change"
        );
        let mut text = recorded.clone();
        for line in lines_of(version) {
            text.push_str(&line);
            text.push('\n');
        }
        std::fs::write(FIXTURE, text).expect("writes the fixture");
        return;
    }
    let mut checked = 0;
    for version in DataVersion::ALL {
        let now = lines_of(version);
        let then: Vec<&str> = recorded
            .lines()
            .filter(|line| line.starts_with(&format!("{} ", version.id())))
            .collect();
        if then.is_empty() {
            continue;
        }
        for line in &then {
            let fields: Vec<&str> = line.split(' ').collect();
            let prefix = fields[..3].join(" ");
            let current = now
                .iter()
                .find(|candidate| candidate.starts_with(&format!("{prefix} ")))
                .unwrap_or_else(|| panic!("{prefix}: a pinned figure is gone"));
            let current: Vec<&str> = current.split(' ').collect();
            for column in 3..6 {
                assert!(
                    agree(fields[column], current[column]),
                    "{prefix}: recorded {line:?}, now {current:?}"
                );
            }
            checked += 1;
        }
    }
    assert!(checked > 0, "the fixture records some version");
}
