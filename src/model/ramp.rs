//! How a tranche of GPUs comes online: the fraction of it in service in each month after its
//! first month. Pure functions of integers; no web APIs.

/// Shape of a tranche's ramp from nothing to its full count.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Hash)]
pub enum RampShape {
    /// Equal additions every month.
    #[default]
    Linear,
    /// Slow start, fast middle, slow finish (smoothstep: 3x² − 2x³).
    SCurve,
    /// The whole tranche in the first month, whatever the ramp length.
    AllAtOnce,
}

impl RampShape {
    /// Fraction (0–1) of the tranche online in month `months_in` of the tranche, where 0 is its
    /// first month and negative months are before it arrives. A ramp of `ramp_months` months
    /// reaches 1 in its last month (`ramp_months − 1`); a ramp of 0 months is all at once.
    pub fn online_fraction(self, months_in: i32, ramp_months: i32) -> f64 {
        if months_in < 0 {
            return 0.0;
        }
        if ramp_months <= 0 || self == RampShape::AllAtOnce {
            return 1.0;
        }
        let progress = ((months_in as f64 + 1.0) / ramp_months as f64).min(1.0);
        match self {
            RampShape::Linear => progress,
            RampShape::SCurve => progress * progress * (3.0 - 2.0 * progress),
            RampShape::AllAtOnce => 1.0,
        }
    }

    /// Stable identifier used in URLs.
    pub fn id(self) -> &'static str {
        match self {
            RampShape::Linear => "linear",
            RampShape::SCurve => "s",
            RampShape::AllAtOnce => "once",
        }
    }

    /// The shape with identifier `id`.
    pub fn from_id(id: &str) -> Option<Self> {
        [RampShape::Linear, RampShape::SCurve, RampShape::AllAtOnce]
            .into_iter()
            .find(|shape| shape.id() == id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn linear_twelve_month_ramp_adds_a_twelfth_each_month() {
        let fractions: Vec<f64> = (-1..13)
            .map(|m| RampShape::Linear.online_fraction(m, 12))
            .collect();
        assert_eq!(fractions[0], 0.0);
        assert!((fractions[1] - 1.0 / 12.0).abs() < 1e-12);
        assert_eq!(fractions[12], 1.0);
        assert_eq!(fractions[13], 1.0);
    }

    #[test]
    fn zero_length_ramp_and_all_at_once_are_full_from_the_first_month() {
        assert_eq!(RampShape::Linear.online_fraction(0, 0), 1.0);
        assert_eq!(RampShape::AllAtOnce.online_fraction(0, 24), 1.0);
        assert_eq!(RampShape::AllAtOnce.online_fraction(-1, 24), 0.0);
    }

    proptest! {
        #[test]
        fn every_shape_rises_monotonically_from_zero_to_one(
            ramp in 0i32..=120,
            month in -5i32..200,
        ) {
            for shape in [RampShape::Linear, RampShape::SCurve, RampShape::AllAtOnce] {
                let now = shape.online_fraction(month, ramp);
                let next = shape.online_fraction(month + 1, ramp);
                prop_assert!((0.0..=1.0).contains(&now));
                prop_assert!(next >= now);
                if month >= ramp {
                    prop_assert_eq!(now, 1.0);
                }
            }
        }
    }
}
