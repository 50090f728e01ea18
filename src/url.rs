//! Names of the public inputs: the URL keys, which are also the `name` of each input on the
//! page. Pure; no web APIs. (The query-string encoding itself builds on these names.)

use crate::model::{GpuKind, Scenario};

/// The key of the count of tranche `index`: the GPU kind's id (`gb200`, `gb300`, …) for the
/// first tranche of that kind, so the two default tranches are `gb200` and `gb300`; `t3`, `t4`,
/// … (1-based) for any later tranche of a kind already listed.
pub fn tranche_count_key(scenario: &Scenario, index: usize) -> String {
    let Some(tranche) = scenario.tranches.get(index) else {
        return format!("t{}", index + 1);
    };
    let first_of_kind = scenario.tranches[..index]
        .iter()
        .all(|earlier| earlier.kind != tranche.kind);
    if first_of_kind {
        tranche.kind.id().to_owned()
    } else {
        format!("t{}", index + 1)
    }
}

/// The key of another setting of tranche `index` (`t1_start`, `t2_ramp`, …; 1-based).
pub fn tranche_key(index: usize, setting: &str) -> String {
    format!("t{}_{setting}", index + 1)
}

/// The key of a per-kind setting (`power_gb300`, `weight_gb300`).
pub fn kind_key(prefix: &str, kind: GpuKind) -> String {
    format!("{prefix}_{}", kind.id())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Tranche;

    #[test]
    fn default_tranches_are_keyed_by_kind_and_repeats_by_position() {
        let mut scenario = Scenario::default();
        assert_eq!(tranche_count_key(&scenario, 0), "gb200");
        assert_eq!(tranche_count_key(&scenario, 1), "gb300");
        let extra: Tranche = scenario.tranches[1].clone();
        scenario.tranches.push(extra);
        assert_eq!(tranche_count_key(&scenario, 2), "t3");
        assert_eq!(tranche_key(2, "start"), "t3_start");
        assert_eq!(kind_key("power", GpuKind::H100), "power_h100");
    }
}
