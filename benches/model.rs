//! Model benchmarks (`cargo bench --bench model`): the default deal, and the heaviest valid
//! input — 30 years of monthly steps with 20 tranches — in each solve mode.

use std::hint::black_box;

use compute_deal_calculator::model::calendar::YearMonth;
use compute_deal_calculator::model::ramp::RampShape;
use compute_deal_calculator::model::{run, GpuKind, Scenario, SolveFor, Tranche};
use criterion::{criterion_group, criterion_main, Criterion};

fn thirty_years_twenty_tranches(solve: SolveFor) -> Scenario {
    let start = YearMonth::new(2026, 1).expect("January is a month");
    Scenario {
        start,
        term_months: 360,
        solve,
        tranches: (0..20)
            .map(|index| Tranche {
                // The six kinds of the first edition, so that figures compare across versions.
                kind: GpuKind::ALL[index % 6],
                count: 50_000.0,
                // A tranche every six months: the last starts in mid-2035, inside the
                // calendar the inputs allow (to 2040).
                first_month: start.plus_months(index as i32 * 6),
                ramp_months: 12,
                ramp: RampShape::SCurve,
                months_online: None,
            })
            .collect(),
        ..Scenario::default()
    }
}

fn model(c: &mut Criterion) {
    let default = Scenario::default();
    c.bench_function("run: default deal (84 months, 2 tranches)", |b| {
        b.iter(|| run(black_box(&default)))
    });
    for solve in [SolveFor::Price, SolveFor::Fleet, SolveFor::Value] {
        let heavy = thirty_years_twenty_tranches(solve);
        // Measuring the early return of an invalid scenario would flatter the model.
        assert!(run(&heavy).is_ok(), "the heavy scenario must be valid");
        c.bench_function(
            &format!("run: 30 years, 20 tranches, solve {}", solve.id()),
            |b| b.iter(|| run(black_box(&heavy))),
        );
    }
}

criterion_group!(benches, model);
criterion_main!(benches);
