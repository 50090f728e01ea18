//! Reads the data an editor keeps current — `data/accelerators.toml`, `data/deals.toml`,
//! `data/prices.toml` and `data/changes.toml` — checks it, and writes it as Rust constants into
//! `OUT_DIR`, where `src/model/` includes them (the rules and the code generation are in
//! `build/data.rs`). Nothing is parsed at run time, so the data costs the wasm only its own
//! bytes. A file that breaks a rule fails the build with a message naming the file, the entry
//! and the rule.

#[path = "build/data.rs"]
mod data;
#[allow(dead_code)]
#[path = "src/model/limits.rs"]
mod limits;

use std::path::Path;

use data::{
    catalogue_rs, changes_rs, deals_rs, ledger_rs, prices_rs, CatalogueFile, ChangesFile,
    DealsFile, LedgerFile, Numbering, PricesFile,
};

fn main() {
    for file in ["accelerators", "deals", "prices", "changes", "ledger"] {
        println!("cargo::rerun-if-changed=data/{file}.toml");
    }
    println!("cargo::rerun-if-changed=build/data.rs");
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let catalogue: CatalogueFile = read("accelerators");
    let kinds: Vec<String> = catalogue.accelerator.iter().map(|a| a.id.clone()).collect();
    let deals: DealsFile = read("deals");
    let prices: PricesFile = read("prices");
    let changes: ChangesFile = read("changes");
    let ledger: LedgerFile = read("ledger");

    let mut numbering = Numbering::new(&deals, &changes);
    let outputs = [
        ("catalogue.rs", catalogue_rs(&catalogue)),
        ("deals.rs", deals_rs(&deals, &kinds, &mut numbering)),
        ("prices.rs", prices_rs(&prices, &kinds)),
        ("changes.rs", changes_rs(&changes, &mut numbering)),
        ("words.rs", numbering.rust()),
        ("ledger.rs", ledger_rs(&ledger, &deals)),
    ];
    for (name, code) in outputs {
        let path = Path::new(&out).join(name);
        std::fs::write(&path, code).unwrap_or_else(|error| panic!("writing {path:?}: {error}"));
    }
}

/// `data/<name>.toml`, deserialised.
fn read<T: for<'de> serde::Deserialize<'de>>(name: &str) -> T {
    let path = format!("data/{name}.toml");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|error| panic!("{path}: {error}"));
    data::parse(name, &text)
}
