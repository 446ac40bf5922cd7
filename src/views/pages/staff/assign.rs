//! The interviewers' slot-assignment dashboard: open requests in their languages, and for the
//! chosen one their own free slots that fit, preferred windows first.

use super::queue::{QueueRow, pager, request_table};
use super::{StaffPage, offer_list};
use crate::db::requests::OpenPage;
use crate::i18n::arg;
use crate::use_cases::scheduling::Offer;
use maud::{Markup, html};
use uuid::Uuid;

/// How many requests a page of the dashboard lists, oldest first.
pub const PER_PAGE: u64 = super::queue::PER_PAGE;

/// The dashboard's address (after the language) for a page and a chosen request.
pub fn assign_path(page: u64, chosen: Option<Uuid>) -> String {
    let mut query = Vec::new();
    if page > 1 {
        query.push(format!("page={page}"));
    }
    if let Some(id) = chosen {
        query.push(format!("request={id}"));
    }
    if query.is_empty() {
        "staff/assign".to_owned()
    } else {
        format!("staff/assign?{}", query.join("&"))
    }
}

pub struct Chosen<'a> {
    pub row: &'a QueueRow,
    pub offers: &'a [Offer],
}

pub fn page(
    page: &StaffPage,
    rows: &[QueueRow],
    open: &OpenPage,
    chosen: Option<Chosen>,
) -> Markup {
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
        h2 { (tr.t_with("staff-queue-count", &[("count", i64::try_from(open.total).unwrap_or(i64::MAX).into())])) }
        (request_table(page, rows, chosen.as_ref().map(|c| c.row.id), |row| {
            format!("{}#chosen", page.ctx.href(&assign_path(open.page, Some(row.id))))
        }))
        (pager(page, open, |n| page.ctx.href(&assign_path(n, None))))
    };
    page.render(&title, body)
}
