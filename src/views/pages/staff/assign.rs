//! The interviewers' slot-assignment dashboard: open requests in their languages, and for the
//! chosen one their own free slots that fit, preferred windows first.

use super::queue::{QueueRow, request_table};
use super::{StaffPage, offer_list};
use crate::i18n::arg;
use crate::scheduling::Offer;
use maud::{Markup, html};

pub struct Chosen<'a> {
    pub row: &'a QueueRow,
    pub offers: &'a [Offer],
}

pub fn page(page: &StaffPage, rows: &[QueueRow], chosen: Option<Chosen>) -> Markup {
    let tr = page.ctx.tr;
    let title = tr.t("staff-assign-title");
    let body = html! {
        h1 { (title) }
        p { (tr.t("staff-assign-help")) }
        @if let Some(chosen) = &chosen {
            section aria-labelledby="chosen" {
                h2 #chosen { (tr.t_with("staff-assign-slots-for", &[("reference", arg(chosen.row.reference.clone()))])) }
                (offer_list(page, chosen.row.id, chosen.offers, false, "assign"))
            }
        }
        h2 { (tr.t_with("staff-queue-count", &[("count", (rows.len() as i64).into())])) }
        (request_table(page, rows, chosen.as_ref().map(|c| c.row.id), |row| {
            format!("{}?request={}#chosen", page.ctx.href("staff/assign"), row.id)
        }))
    };
    page.render(&title, body)
}
