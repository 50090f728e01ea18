//! Reference prices per accelerator-hour that an implied deal price can be set beside: public
//! list, Capacity-Block and market rates, each with its source. The figures live in
//! `data/prices.toml`; `build.rs` writes them here as constants. Pure data; no web APIs.

use super::catalogue::{GpuKind, Source, Trust};

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

include!(concat!(env!("OUT_DIR"), "/prices.rs"));

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
