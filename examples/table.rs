use compute_deal_calculator::model::deal_table::DealRow;
fn main() {
    for r in DealRow::all() {
        println!(
            "{:32} {:>7.1}B{} {:>5.2}y{} {:>5.2}GW{} ${:>6.2}{} ${:>5.2}B/GWy ${:>6.0}/EFh {:?}",
            r.deal.id,
            r.value_usd.value / 1e9,
            if r.value_usd.assumed { "*" } else { " " },
            r.term_years.value,
            if r.term_years.assumed { "*" } else { " " },
            r.power_gw.value,
            if r.power_gw.assumed { "*" } else { " " },
            r.price_usd.value,
            if r.price_usd.assumed { "*" } else { " " },
            r.usd_per_gw_year.value / 1e9,
            r.usd_per_fp8_ef_hour.value,
            r.kinds.iter().map(|k| k.id()).collect::<Vec<_>>()
        );
    }
}
