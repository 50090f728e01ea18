//! Model benchmarks (`cargo bench --bench model`): the default deal, the heaviest valid
//! input — 30 years of monthly steps with 20 tranches — in each solve mode, and the bounds of
//! the default deal over spans on three and on eight inputs.

use std::hint::black_box;

use compute_deal_calculator::model::calendar::YearMonth;
use compute_deal_calculator::model::ramp::RampShape;
use compute_deal_calculator::model::ranges::{bounds, set_value, value_of, Span};
use compute_deal_calculator::model::{run, Field, GpuKind, Scenario, SolveFor, Tranche};
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

/// The default deal with spans on the first `count` of eight inputs, each ±20 % about its
/// default (the sensitivity chart's fallback).
fn default_with_spans(count: usize) -> (Scenario, Vec<Span>) {
    let mut scenario = Scenario::default();
    let fields = [
        Field::TrancheCount(0),
        Field::TrancheCount(1),
        Field::Years,
        Field::TrancheRamp(0),
        Field::PowerKw(GpuKind::GB200),
        Field::Pue,
        Field::Utilisation,
        Field::PriceWeight(GpuKind::GB300),
    ];
    let spans: Vec<Span> = fields[..count]
        .iter()
        .map(|&field| {
            let central = value_of(&scenario, field).expect("a numeric input of the default deal");
            let (low, high) = (central * 0.8, central * 1.2);
            match field {
                Field::TrancheCount(_) | Field::Years | Field::TrancheRamp(_) => Span {
                    field,
                    low: low.round(),
                    high: high.round(),
                },
                // A share is at most 100 %; a PUE at least 1.
                Field::Utilisation => Span {
                    field,
                    low,
                    high: high.min(1.0),
                },
                Field::Pue => Span {
                    field,
                    low: low.max(1.0),
                    high,
                },
                _ => Span { field, low, high },
            }
        })
        .collect();
    for span in &spans {
        set_value(&mut scenario, span.field, span.central());
    }
    (scenario, spans)
}

fn ranges(c: &mut Criterion) {
    for count in [3, 8] {
        let (scenario, spans) = default_with_spans(count);
        assert!(
            bounds(&scenario, &spans).is_some(),
            "every corner must be priced"
        );
        c.bench_function(&format!("bounds: default deal, {count} spans"), |b| {
            b.iter(|| bounds(black_box(&scenario), black_box(&spans)))
        });
    }
}

criterion_group!(benches, model, ranges);
criterion_main!(benches);
