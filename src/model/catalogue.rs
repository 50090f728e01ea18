//! The accelerator catalogue: dense throughput, memory, all-in IT power and relative price
//! weight per kind (NVIDIA and AMD GPUs, Google TPUs, AWS Trainium), each figure with the
//! source it was taken from and any conflict between sources. The figures live in
//! `data/accelerators.toml`; `build.rs` writes them here as constants. Pure data; no web APIs.

use std::ops::{Index, IndexMut};

include!(concat!(env!("OUT_DIR"), "/catalogue.rs"));

impl GpuKind {
    /// Position in [`GpuKind::ALL`].
    pub fn position(self) -> usize {
        self as usize
    }

    /// The catalogue entry for this kind.
    pub fn spec(self) -> &'static GpuSpec {
        &CATALOGUE[self.position()]
    }

    /// Short stable identifier, also used in URLs: `h100`, `gb200`, …
    pub fn id(self) -> &'static str {
        self.spec().id
    }

    /// The kind with identifier `id` (case-insensitive).
    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL
            .into_iter()
            .find(|kind| kind.id().eq_ignore_ascii_case(id))
    }
}

/// A value for each [`GpuKind`], indexed by kind.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct PerKind<T>(pub [T; KIND_COUNT]);

impl<T> Index<GpuKind> for PerKind<T> {
    type Output = T;
    fn index(&self, kind: GpuKind) -> &T {
        &self.0[kind.position()]
    }
}

impl<T> IndexMut<GpuKind> for PerKind<T> {
    fn index_mut(&mut self, kind: GpuKind) -> &mut T {
        &mut self.0[kind.position()]
    }
}

impl PerKind<f64> {
    /// Sum over all kinds.
    pub fn total(&self) -> f64 {
        self.0.iter().sum()
    }
}

/// Numeric precision at which compute is counted. Always *dense* figures: vendor headline
/// numbers are often sparse (2× for FP8/BF16) and must never be mixed in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Hash)]
pub enum Precision {
    Fp4,
    #[default]
    Fp8,
    Bf16,
}

/// How far a source can be trusted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Trust {
    /// Primary: a vendor document, a filing, the company's own post.
    P,
    /// A reputable secondary source, or a reprint of Reuters, Bloomberg or the WSJ.
    S,
    /// Weak: a blog, an aggregator.
    W,
    /// Our own arithmetic on sourced figures; no source states it.
    D,
}

impl Trust {
    /// The tag as written in the data files and on the page (`P`, `S`, `W`, `D`).
    pub fn tag(self) -> &'static str {
        match self {
            Trust::P => "P",
            Trust::S => "S",
            Trust::W => "W",
            Trust::D => "D",
        }
    }
}

/// Where a figure comes from.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Source {
    /// Public URL of the page the figure was read from.
    pub url: &'static str,
    /// Date of the source, `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub date: &'static str,
    /// How far it can be trusted.
    pub trust: Trust,
    /// Quote or paraphrase, plus any conflict between sources and why this figure was chosen
    /// (English). Shown on the methodology pages, which are built natively: left out of the wasm.
    #[cfg(not(target_arch = "wasm32"))]
    pub note: &'static str,
}

/// What an accelerator is: the word a reader expects for it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Family {
    /// An NVIDIA or AMD GPU.
    Gpu,
    /// A Google TPU.
    Tpu,
    /// An AWS Trainium chip.
    Trainium,
}

/// A figure of a catalogue entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Figure {
    /// Dense FP4 throughput.
    Fp4,
    /// Dense FP8 throughput.
    Fp8,
    /// Dense BF16 throughput.
    Bf16,
    /// All-in IT power.
    Power,
}

/// Sources that disagree on a figure, the value picked and why.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Conflict {
    /// The figure in question.
    pub figure: Figure,
    /// What each source says, and the reason for the value picked (English).
    pub note: &'static str,
}

/// One catalogue entry. All throughput figures are dense, per chip. The fields only the
/// methodology pages show (built natively) are left out of the wasm.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct GpuSpec {
    /// Stable identifier, a URL key (`gb200`, `trn3`).
    pub id: &'static str,
    /// Display name (`GB200`, `Trainium3`); a product name, not translated.
    pub name: &'static str,
    /// Maker (`NVIDIA`, `AWS`, `Google`, `AMD`).
    #[cfg(not(target_arch = "wasm32"))]
    pub vendor: &'static str,
    /// GPU, TPU or Trainium.
    #[cfg(not(target_arch = "wasm32"))]
    pub family: Family,
    /// Dense FP4 PFLOPS per chip; `None` where the chip has no FP4 units.
    pub fp4_dense_pflops: Option<f64>,
    /// Dense FP8 PFLOPS per GPU.
    pub fp8_dense_pflops: f64,
    /// Dense BF16 PFLOPS per GPU.
    pub bf16_dense_pflops: f64,
    /// Source of the throughput figures.
    #[cfg(not(target_arch = "wasm32"))]
    pub compute_source: Source,
    /// HBM per GPU, GB (nameplate).
    pub hbm_gb: f64,
    /// All-in IT power per GPU (GPU, its share of CPUs, network and rack), kW.
    pub it_power_kw: f64,
    /// Source of the power figure.
    pub power_source: Source,
    /// Relative price weight (GB200 = 1): how a blended price is split between kinds.
    pub price_weight: f64,
    /// Source of the price weight.
    #[cfg(not(target_arch = "wasm32"))]
    pub price_weight_source: Source,
    /// Figures on which sources disagree (shown on the methodology pages; not in the wasm).
    #[cfg(not(target_arch = "wasm32"))]
    pub conflicts: &'static [Conflict],
}

impl GpuSpec {
    /// Dense PFLOPS per chip at `precision`. Hopper, Trainium2 and TPU7x have no FP4 units, so
    /// their FP4 figure falls back to their FP8 rate.
    pub fn dense_pflops(&self, precision: Precision) -> f64 {
        match precision {
            Precision::Fp4 => self.fp4_dense_pflops.unwrap_or(self.fp8_dense_pflops),
            Precision::Fp8 => self.fp8_dense_pflops,
            Precision::Bf16 => self.bf16_dense_pflops,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn catalogue_is_in_kind_order_with_unique_ids() {
        for kind in GpuKind::ALL {
            assert_eq!(GpuKind::from_id(kind.id()), Some(kind));
            assert_eq!(CATALOGUE[kind.position()].id, kind.id());
        }
    }

    #[test]
    fn every_figure_is_positive_and_sourced() {
        for spec in &CATALOGUE {
            for pflops in [
                spec.fp8_dense_pflops,
                spec.bf16_dense_pflops,
                spec.it_power_kw,
            ] {
                assert!(pflops > 0.0, "{}", spec.id);
            }
            for source in [
                spec.compute_source,
                spec.power_source,
                spec.price_weight_source,
            ] {
                assert!(source.url.starts_with("https://"), "{}", spec.id);
                assert!(!source.note.is_empty());
            }
        }
    }

    #[test]
    fn dense_figures_are_half_the_sparse_headlines() {
        // GB200 NVL72 headline: 720 PF FP8 sparse per 72-GPU rack → 360 PF dense → 5 PF per GPU.
        assert_eq!(GpuKind::GB200.spec().fp8_dense_pflops * 72.0, 360.0);
        assert_eq!(
            GpuKind::GB300.spec().dense_pflops(Precision::Fp4) * 72.0,
            1080.0
        );
    }

    #[test]
    fn hopper_fp4_falls_back_to_fp8() {
        let h100 = GpuKind::H100.spec();
        assert_eq!(h100.dense_pflops(Precision::Fp4), h100.fp8_dense_pflops);
    }

    /// Each kind's figures as its sources give them (`data/sources/`): id, dense FP4, FP8 and
    /// BF16 PFLOPS, HBM GB, all-in kW.
    type Figures = (&'static str, Option<f64>, f64, f64, f64, f64);
    const SOURCED: [Figures; KIND_COUNT] = [
        ("h100", None, 1.979, 0.989, 80.0, 1.40),
        ("h200", None, 1.979, 0.989, 141.0, 1.40),
        ("b200", Some(9.0), 4.5, 2.25, 192.0, 1.79),
        ("b300", Some(15.0), 5.0, 2.5, 288.0, 1.81),
        ("gb200", Some(10.0), 5.0, 2.5, 192.0, 120.0 / 72.0),
        ("gb300", Some(15.0), 5.0, 2.5, 288.0, 135.0 / 72.0),
        ("trn2", None, 1.299, 0.667, 96.0, 1.0),
        ("trn3", Some(2.517), 2.517, 0.671, 144.0, 1.4),
        ("tpu7x", None, 4.614, 2.307, 192.0, 10_000.0 / 9216.0),
        ("mi355x", Some(10.0), 5.0, 2.5, 288.0, 1.95),
        ("mi450", Some(40.0), 20.0, 10.0, 432.0, 1.95),
        (
            "vr200",
            Some(35.0),
            1200.0 / 72.0,
            600.0 / 72.0,
            288.0,
            230.0 / 72.0,
        ),
    ];

    #[test]
    fn every_kind_reproduces_its_sourced_figures() {
        for (id, fp4, fp8, bf16, hbm, kw) in SOURCED {
            let spec = GpuKind::from_id(id).expect("in the catalogue").spec();
            assert_eq!(spec.fp4_dense_pflops, fp4, "{id}");
            assert_eq!(spec.fp8_dense_pflops, fp8, "{id}");
            assert_eq!(spec.bf16_dense_pflops, bf16, "{id}");
            assert_eq!(spec.hbm_gb, hbm, "{id}");
            assert_eq!(spec.it_power_kw, kw, "{id}");
        }
    }

    #[test]
    fn figures_the_sources_disagree_on_say_so() {
        let conflicts = |id| GpuKind::from_id(id).expect("listed").spec().conflicts;
        for (id, figure) in [
            ("vr200", Figure::Fp4),
            ("vr200", Figure::Power),
            ("mi450", Figure::Power),
            ("trn3", Figure::Power),
            ("tpu7x", Figure::Power),
        ] {
            assert!(
                conflicts(id).iter().any(|c| c.figure == figure),
                "{id}: {figure:?}"
            );
        }
    }

    #[test]
    fn google_calls_its_chip_a_tpu_and_aws_a_trainium() {
        assert_eq!(GpuKind::TPU7X.spec().family, Family::Tpu);
        assert_eq!(GpuKind::TRN3.spec().family, Family::Trainium);
        assert_eq!(GpuKind::MI450.spec().family, Family::Gpu);
    }
}
