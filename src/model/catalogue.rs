//! The GPU catalogue: dense throughput, memory, all-in IT power and relative price weight per
//! GPU kind, each figure with the source it was taken from. Pure data; no web APIs.

use std::ops::{Index, IndexMut};

/// A GPU kind the model knows. The order is the stacking order of the GPU chart.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum GpuKind {
    H100,
    H200,
    B200,
    B300,
    GB200,
    GB300,
}

impl GpuKind {
    /// Every kind, in catalogue order.
    pub const ALL: [GpuKind; 6] = [
        GpuKind::H100,
        GpuKind::H200,
        GpuKind::B200,
        GpuKind::B300,
        GpuKind::GB200,
        GpuKind::GB300,
    ];

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
pub struct PerKind<T>(pub [T; 6]);

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

/// Where a figure comes from.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Source {
    /// Public URL of the page the figure was read from.
    pub url: &'static str,
    /// Date of the source, `YYYY-MM` or `YYYY-MM-DD`.
    pub date: &'static str,
    /// Quote or paraphrase, plus any conflict between sources and why this figure was chosen.
    pub note: &'static str,
}

/// One catalogue entry. All throughput figures are dense, per GPU.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct GpuSpec {
    /// Stable identifier (`gb200`).
    pub id: &'static str,
    /// Display name (`GB200`); a product name, not translated.
    pub name: &'static str,
    /// Dense FP4 PFLOPS per GPU; `None` where the GPU has no FP4 tensor cores.
    pub fp4_dense_pflops: Option<f64>,
    /// Dense FP8 PFLOPS per GPU.
    pub fp8_dense_pflops: f64,
    /// Dense BF16 PFLOPS per GPU.
    pub bf16_dense_pflops: f64,
    /// Source of the throughput figures.
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
    pub price_weight_source: Source,
}

impl GpuSpec {
    /// Dense PFLOPS per GPU at `precision`. Hopper has no FP4 tensor cores, so its FP4 figure
    /// falls back to its FP8 rate.
    pub fn dense_pflops(&self, precision: Precision) -> f64 {
        match precision {
            Precision::Fp4 => self.fp4_dense_pflops.unwrap_or(self.fp8_dense_pflops),
            Precision::Fp8 => self.fp8_dense_pflops,
            Precision::Bf16 => self.bf16_dense_pflops,
        }
    }
}

const LOCKWOOD_H100: Source = Source {
    url: "https://glennklockwood.com/garden/processors/h100",
    date: "2024",
    note: "H100 SXM5: BF16 989 TFLOPS dense (1,979 sparse), FP8 1,979 dense (3,958 sparse), 80 GB HBM3, 700 W.",
};

const SEMIANALYSIS_H100_POWER: Source = Source {
    url: "https://www.apetops-us.com/help/ai-306-100kcal-h100-computing-cluster-build-from-technical-challenges-to-implementation-options",
    date: "2024",
    note: "Summary of SemiAnalysis '100,000 H100 Clusters': ~700 W GPU + ~575 W CPU/NIC/PSU per GPU, +~10% storage and network = 1.40 kW IT per GPU (our arithmetic); 150 MW per 100k GPUs all-in.",
};

const OCI_LIST: Source = Source {
    url: "https://apexapps.oracle.com/pls/apex/cetools/api/v1/products/?limit=2000&currencyCode=USD",
    date: "2026-09-19",
    note: "Oracle OCI list per GPU-hour: H100 $10, H200 $10, B200 $14, B300 $15, GB200 $16, GB300 $18. The only public list that prices all six kinds; weight = list price ÷ GB200 list price.",
};

const LOCKWOOD_B200: Source = Source {
    url: "https://glennklockwood.com/garden/processors/B200",
    date: "2025",
    note: "HGX B200 at 1,000 W: BF16 2,250 TFLOPS dense, FP8 4,500, FP4 9,000; 192 GB HBM3e nameplate. GB200 variant at 1,200 W: BF16 2,500, FP8 5,000, FP4 10,000.",
};

const DGX_POWER: Source = Source {
    url: "https://thedailyscout.com/s/mS-qfkbCluI",
    date: "2025",
    note: "DGX B200 ≈ 14.3 kW, DGX B300 ≈ 14.5 kW for 8 GPUs incl. host, citing docs.nvidia.com: 1.79 and 1.81 kW per GPU.",
};

const VERDA_GB300: Source = Source {
    url: "https://verda.com/blog/gb300-nvl72-architecture",
    date: "2025",
    note: "GB300 NVL72 without sparsity: FP4 1,080 PFLOPS, FP8 360, BF16 180 per 72 GPUs; 288 GB HBM3e per GPU. No separate HGX B300 figure was found, so B300 uses the same per-GPU figures.",
};

/// The catalogue, in [`GpuKind::ALL`] order.
pub static CATALOGUE: [GpuSpec; 6] = [
    GpuSpec {
        id: "h100",
        name: "H100",
        fp4_dense_pflops: None,
        fp8_dense_pflops: 1.979,
        bf16_dense_pflops: 0.989,
        compute_source: LOCKWOOD_H100,
        hbm_gb: 80.0,
        it_power_kw: 1.40,
        power_source: SEMIANALYSIS_H100_POWER,
        price_weight: 10.0 / 16.0,
        price_weight_source: OCI_LIST,
    },
    GpuSpec {
        id: "h200",
        name: "H200",
        fp4_dense_pflops: None,
        fp8_dense_pflops: 1.979,
        bf16_dense_pflops: 0.989,
        compute_source: Source {
            url: "https://www.saulelectric.com/nvidia-h200.html",
            date: "2025",
            note: "Same compute as H100; 141 GB HBM3e, 4.8 TB/s, 700 W. That page calls 3.94 PF FP8 'dense'; it is the sparse figure, so the H100 dense rate is used.",
        },
        hbm_gb: 141.0,
        it_power_kw: 1.40,
        power_source: SEMIANALYSIS_H100_POWER,
        price_weight: 10.0 / 16.0,
        price_weight_source: OCI_LIST,
    },
    GpuSpec {
        id: "b200",
        name: "B200",
        fp4_dense_pflops: Some(9.0),
        fp8_dense_pflops: 4.5,
        bf16_dense_pflops: 2.25,
        compute_source: LOCKWOOD_B200,
        hbm_gb: 192.0,
        it_power_kw: 1.79,
        power_source: DGX_POWER,
        price_weight: 14.0 / 16.0,
        price_weight_source: OCI_LIST,
    },
    GpuSpec {
        id: "b300",
        name: "B300",
        fp4_dense_pflops: Some(15.0),
        fp8_dense_pflops: 5.0,
        bf16_dense_pflops: 2.5,
        compute_source: VERDA_GB300,
        hbm_gb: 288.0,
        it_power_kw: 1.81,
        power_source: DGX_POWER,
        price_weight: 15.0 / 16.0,
        price_weight_source: OCI_LIST,
    },
    GpuSpec {
        id: "gb200",
        name: "GB200",
        fp4_dense_pflops: Some(10.0),
        fp8_dense_pflops: 5.0,
        bf16_dense_pflops: 2.5,
        compute_source: LOCKWOOD_B200,
        hbm_gb: 192.0,
        it_power_kw: 120.0 / 72.0,
        power_source: Source {
            url: "https://introl.com/blog/gb200-nvl72-deployment-72-gpu-liquid-cooled",
            date: "2025-12",
            note: "'The GB200 NVL72 consumes 120 kilowatts': 120 kW ÷ 72 GPUs = 1.67 kW per GPU. No NVIDIA primary figure found; one outlier page says ~70 kW. Cross-check: Meta measured ~1.81 kW facility power per GB200 (150 MW for 83k GPUs, arXiv 2605.24461).",
        },
        price_weight: 1.0,
        price_weight_source: OCI_LIST,
    },
    GpuSpec {
        id: "gb300",
        name: "GB300",
        fp4_dense_pflops: Some(15.0),
        fp8_dense_pflops: 5.0,
        bf16_dense_pflops: 2.5,
        compute_source: VERDA_GB300,
        hbm_gb: 288.0,
        it_power_kw: 135.0 / 72.0,
        power_source: Source {
            url: "https://lenovopress.lenovo.com/lp2357-lenovo-nvidia-gb300-nvl72-rack-scale-ai",
            date: "2025",
            note: "Sources conflict: Lenovo gives '135 kW TDP, up to 155 kW peak' per rack; introl.com says ~120 kW. Chosen: Lenovo's 135 kW ÷ 72 = 1.88 kW, the only rack figure from a system vendor, and consistent with GPUs rising from 1.2 to 1.4 kW versus GB200.",
        },
        price_weight: 18.0 / 16.0,
        price_weight_source: OCI_LIST,
    },
];

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
}
