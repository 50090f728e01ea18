//! Every deal of the library side by side (`<table data-table="deals">`): sortable by any column
//! with a mouse or the keyboard, each row opening its deal, assumed figures marked, and the
//! whole table as a CSV download.

use yew::prelude::*;

use super::download;
use crate::export;
use crate::i18n::format::{self, Style};
use crate::i18n::{self, Lang, Text};
use crate::model::deal_table::{Column, DealRow, Figure};
use crate::state::Action;
use crate::url;

/// Props of [`DealsTable`].
#[derive(Properties, PartialEq)]
pub struct DealsTableProps {
    /// Language.
    pub lang: Lang,
    /// The calculator's address relative to the page (`""` on the calculator, `"../"` on the
    /// methodology pages), for the links that open a deal.
    #[prop_or_default]
    pub calculator: AttrValue,
    /// Whether headers sort the table (not on the methodology pages, which run no script).
    #[prop_or(true)]
    pub sortable: bool,
    /// The deal on screen, if one is loaded.
    pub current: Option<&'static str>,
    /// Called to open a deal.
    pub on_action: Callback<Action>,
}

/// How the table is ordered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Order {
    column: Column,
    ascending: bool,
}

/// Each column's heading and its key in `data-sort`.
fn heading(column: Column) -> (Text, &'static str) {
    match column {
        Column::Parties => (Text::ColumnDeal, "deal"),
        Column::Announced => (Text::ColumnDate, "announced"),
        Column::Value => (Text::ColumnValue, "value"),
        Column::Term => (Text::ColumnTerm, "term"),
        Column::Power => (Text::ColumnGw, "gw"),
        Column::Hardware => (Text::ColumnHardware, "hardware"),
        Column::Price => (Text::ColumnPrice, "price"),
        Column::PerGwYear => (Text::ColumnGwYear, "gw_year"),
        Column::PerEfHour => (Text::ColumnEfHour, "ef_hour"),
    }
}

/// A cell holding `figure` written in `style`, marked when it rests on an assumption, with the
/// range its assumptions allow under it (and in `data-low`/`data-high`).
fn figure_cell(lang: Lang, figure: Figure, style: Style) -> Html {
    let (low, high) = figure.range.map_or((None, None), |(low, high)| {
        (Some(format::plain(low)), Some(format::plain(high)))
    });
    html! {
        <td data-value={format::plain(figure.value)} data-low={low} data-high={high}
            data-assumed={figure.assumed.then_some("true")}>
            // The asterisk is drawn by the style sheet after the figure; screen readers get the
            // word.
            <span class="deals__figure">
                { format::number(lang, figure.value, style) }
                if figure.assumed {
                    <span class="visually-hidden">{ format!(" ({})", i18n::text(lang, Text::AssumedMark)) }</span>
                }
            </span>
            if let Some((low, high)) = figure.range.map(|(low, high)| {
                (format::number(lang, low, style), format::number(lang, high, style))
            }) {
                // Short on screen; in words for screen readers, which read a dash as nothing.
                <span class="deals__range">
                    <span aria-hidden="true">{ format!("{low}–{high}") }</span>
                    <span class="visually-hidden">
                        { format!(", {}", i18n::text(lang, Text::RangeBetween)
                            .replace("{low}", &low)
                            .replace("{high}", &high)) }
                    </span>
                </span>
            }
        </td>
    }
}

/// `rows` in `order`. With a score of rows, each row's place is the count of rows before it —
/// cheaper in the wasm than the standard library's sort, which brings kilobytes of code.
fn ranked(rows: &[DealRow], order: Order) -> Vec<&DealRow> {
    let before = |a: &DealRow, b: &DealRow| {
        let ordering = DealRow::compare(a, b, order.column);
        if order.ascending {
            ordering.is_lt()
        } else {
            ordering.is_gt()
        }
    };
    let mut placed: Vec<Option<&DealRow>> = vec![None; rows.len()];
    for (index, row) in rows.iter().enumerate() {
        // Ties keep library order: an equal row earlier in the library goes first.
        let place = rows
            .iter()
            .enumerate()
            .filter(|&(other, candidate)| {
                before(candidate, row) || (other < index && !before(row, candidate))
            })
            .count();
        placed[place] = Some(row);
    }
    placed.into_iter().flatten().collect()
}

/// The table of every deal.
#[component]
pub fn DealsTable(props: &DealsTableProps) -> Html {
    let lang = props.lang;
    let text = |key| i18n::text(lang, key);
    let rows = use_memo((), |()| DealRow::all());
    let order = use_state(|| Order {
        column: Column::Announced,
        ascending: false,
    });
    let sorted = ranked(&rows, *order);
    let headers = Column::ALL.map(|column| {
        let (label, key) = heading(column);
        let sorted_here = order.column == column;
        // Only the sorted column says how (ARIA: one header at a time).
        let aria_sort = match (sorted_here, order.ascending) {
            (false, _) => None,
            (true, true) => Some("ascending"),
            (true, false) => Some("descending"),
        };
        let on_click = {
            let order = order.clone();
            Callback::from(move |_: MouseEvent| {
                order.set(Order {
                    column,
                    // A new column sorts text A→Z and numbers high→low first.
                    ascending: if order.column == column {
                        !order.ascending
                    } else {
                        matches!(column, Column::Parties | Column::Hardware)
                    },
                });
            })
        };
        if !props.sortable {
            return html! { <th scope="col">{ text(label) }</th> };
        }
        // The arrow is drawn by the style sheet, from aria-sort.
        html! {
            <th scope="col" aria-sort={aria_sort}>
                <button type="button" class="sort" data-sort={key} onclick={on_click}>
                    { text(label) }
                </button>
            </th>
        }
    });
    let body = sorted.iter().map(|row| {
        let deal = row.deal;
        let id = deal.id;
        let open = props.on_action.reform(move |event: MouseEvent| {
            // Let modified clicks open a new tab or window, as links do.
            if !(event.ctrl_key() || event.meta_key() || event.shift_key() || event.button() != 0) {
                event.prevent_default();
                if let Some(window) = web_sys_window() {
                    window.scroll_to_with_x_and_y(0.0, 0.0);
                }
            }
            Action::LoadPreset { id: id.to_owned() }
        });
        let href = format!("{}{}", props.calculator, url::deal_page(lang, id));
        let hardware: Vec<&str> = row.kinds.iter().map(|kind| kind.spec().name).collect();
        html! {
            <tr key={id} data-deal={id} aria-current={(props.current == Some(id)).then_some("true")}>
                <th scope="row"><a href={href} onclick={open}>{ deal.parties }</a></th>
                <td>{ deal.announced }</td>
                { figure_cell(lang, row.value_usd, Style::UsdCompactLong) }
                { figure_cell(lang, row.term_years, Style::Decimal) }
                { figure_cell(lang, row.power_gw, Style::Decimal) }
                <td>{ hardware.join(" + ") }</td>
                { figure_cell(lang, row.price_usd, Style::UsdCents) }
                { figure_cell(lang, row.usd_per_gw_year, Style::UsdCompactLong) }
                { figure_cell(lang, row.usd_per_fp8_ef_hour, Style::UsdCents) }
            </tr>
        }
    });
    let on_csv = {
        let rows = rows.clone();
        Callback::from(move |_: MouseEvent| {
            download::save_text(
                "compute-deals.csv",
                "text/csv;charset=utf-8",
                &export::deals_csv(&rows),
            );
        })
    };
    let label = AttrValue::from(text(Text::DealsHeading));
    html! {
        <section class="deals-table" aria-labelledby="deals-heading">
            <h2 id="deals-heading" class="section-title">{ text(Text::DealsHeading) }</h2>
            <p class="section-intro">{ text(Text::DealsIntro) }</p>
            <div class="table-wrap" tabindex="0" role="group" aria-label={label.clone()}>
                <table class="table" data-table="deals">
                    <caption class="visually-hidden">{ label }</caption>
                    <thead><tr>{ for headers }</tr></thead>
                    <tbody>{ for body }</tbody>
                </table>
            </div>
            if props.sortable {
                <button type="button" class="button button--quiet" data-action="download-deals-csv" onclick={on_csv}>
                    { text(Text::DownloadDealsCsv) }
                </button>
            }
        </section>
    }
}

/// The browser window, where there is one (none when rendered at build time).
fn web_sys_window() -> Option<web_sys::Window> {
    if super::common::IN_BROWSER {
        web_sys::window()
    } else {
        None
    }
}
