//! Reference prices per GPU-hour that an implied deal price can be set beside: public list,
//! Capacity-Block and market rates, each with its source. Pure data; no web APIs.

use super::catalogue::{GpuKind, Source};

/// How a reference price is sold.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PriceBasis {
    /// Pay as you go, no commitment.
    OnDemand,
    /// Reserved in advance for days or weeks (AWS Capacity Blocks).
    CapacityBlock,
    /// A published list price.
    List,
    /// A market index of term contracts.
    Contract,
}

/// One cited price per GPU-hour.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ReferencePrice {
    /// Stable identifier (as in `facts.json` where it has one).
    pub id: &'static str,
    /// GPU kind priced.
    pub kind: GpuKind,
    /// Seller and product, e.g. "AWS u-p6e-gb200x72 UltraServer".
    pub product: &'static str,
    /// How it is sold.
    pub basis: PriceBasis,
    /// USD per GPU-hour.
    pub usd_per_gpu_hour: f64,
    /// Where it comes from.
    pub source: Source,
}

/// The reference prices, GB200 and GB300 first.
pub static REFERENCE_PRICES: [ReferencePrice; 9] = [
    ReferencePrice {
        id: "aws-u-p6e-gb200x72-capacity-block",
        kind: GpuKind::GB200,
        product: "AWS u-p6e-gb200x72 UltraServer",
        basis: PriceBasis::CapacityBlock,
        usd_per_gpu_hour: 761.904 / 72.0,
        source: Source {
            url: "https://aws.amazon.com/ec2/capacityblocks/pricing/",
            date: "2026-06",
            note: "$761.904 per UltraServer-hour for 72 GPUs = $10.582 per GPU-hour, US East (Dallas) Local Zone. A 2026 snapshot: AWS reviews these prices quarterly (+15% in January 2026), so the 2025 rate may have been lower.",
        },
    },
    ReferencePrice {
        id: "coreweave-gb200-slice",
        kind: GpuKind::GB200,
        product: "CoreWeave GB200 NVL72 (4-GPU slice)",
        basis: PriceBasis::OnDemand,
        usd_per_gpu_hour: 10.5,
        source: Source {
            url: "https://www.coreweave.com/pricing",
            date: "2026-09-19",
            note: "$42.00 per hour for 4 GPUs = $10.50 per GPU-hour; CoreWeave advertises up to 60% off for committed use.",
        },
    },
    ReferencePrice {
        id: "azure-nd-gb200-v6",
        kind: GpuKind::GB200,
        product: "Azure ND GB200 v6, 3-year reservation",
        basis: PriceBasis::List,
        usd_per_gpu_hour: 11.898,
        source: Source {
            url: "https://prices.azure.com/api/retail/prices",
            date: "2026-09-19",
            note: "ND128isr_NDR_GB200_v6 (4 GPUs): $27.04 per GPU-hour pay as you go, $11.90 with a 3-year reservation (eastus).",
        },
    },
    ReferencePrice {
        id: "oci-list-gb200",
        kind: GpuKind::GB200,
        product: "Oracle OCI GB200 list",
        basis: PriceBasis::List,
        usd_per_gpu_hour: 16.0,
        source: OCI,
    },
    ReferencePrice {
        id: "oci-list-gb300",
        kind: GpuKind::GB300,
        product: "Oracle OCI GB300 list",
        basis: PriceBasis::List,
        usd_per_gpu_hour: 18.0,
        source: OCI,
    },
    ReferencePrice {
        id: "aws-p6-b300-48xl-ondemand",
        kind: GpuKind::B300,
        product: "AWS p6-b300.48xlarge",
        basis: PriceBasis::OnDemand,
        usd_per_gpu_hour: 142.416 / 8.0,
        source: Source {
            url: "https://aws.amazon.com/ec2/pricing/on-demand/",
            date: "2026-09-19",
            note: "$142.416 per hour for 8 B300 = $17.80 per GPU-hour, us-east-1 (via a public research document on GitHub).",
        },
    },
    ReferencePrice {
        id: "aws-p6-b200-48xl-ondemand",
        kind: GpuKind::B200,
        product: "AWS p6-b200.48xlarge",
        basis: PriceBasis::OnDemand,
        usd_per_gpu_hour: 113.9328 / 8.0,
        source: Source {
            url: "https://aws.amazon.com/ec2/pricing/on-demand/",
            date: "2026-09",
            note: "$113.9328 per hour for 8 B200 = $14.24 per GPU-hour, us-east-1. At its 2025 launch P6-B200 was sold through Capacity Blocks only.",
        },
    },
    ReferencePrice {
        id: "aws-p5-48xl-ondemand",
        kind: GpuKind::H100,
        product: "AWS p5.48xlarge",
        basis: PriceBasis::OnDemand,
        usd_per_gpu_hour: 55.04 / 8.0,
        source: Source {
            url: "https://aws.amazon.com/ec2/pricing/on-demand/",
            date: "2025-06",
            note: "$55.04 per hour for 8 H100 = $6.88 per GPU-hour, us-east-1, after the June 2025 cut from $98.32.",
        },
    },
    ReferencePrice {
        id: "h100-contract-market",
        kind: GpuKind::H100,
        product: "H100 one-year contract (SemiAnalysis index)",
        basis: PriceBasis::Contract,
        usd_per_gpu_hour: 2.35,
        source: Source {
            url: "https://neighborhoodsf.com/Wikis/Neighborhood+Notes/Published/H100+rental+prices+(%24+per+GPU-hour)",
            date: "2026-03",
            note: "~$2.35 per GPU-hour for a 1-year contract in March 2026, up ~40% from $1.70 in October 2025, citing SemiAnalysis.",
        },
    },
];

const OCI: Source = Source {
    url:
        "https://apexapps.oracle.com/pls/apex/cetools/api/v1/products/?limit=2000&currencyCode=USD",
    date: "2026-09-19",
    note: "Oracle OCI list per GPU-hour: GB200 $16, GB300 $18 (OCI price API).",
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_aws_gb200_ultraserver_rate_is_ten_dollars_fifty_eight() {
        let rate = REFERENCE_PRICES
            .iter()
            .find(|price| price.id == "aws-u-p6e-gb200x72-capacity-block")
            .expect("listed");
        assert_eq!((rate.usd_per_gpu_hour * 100.0).round() / 100.0, 10.58);
    }

    #[test]
    fn every_reference_price_is_positive_and_sourced() {
        for price in &REFERENCE_PRICES {
            assert!(price.usd_per_gpu_hour > 0.0, "{}", price.id);
            assert!(price.source.url.starts_with("https://"), "{}", price.id);
        }
    }
}
