//! One open request for a supervisor: who and what, and every interviewer's free slots that fit.

use super::queue::QueueRow;
use super::{StaffPage, offer_list};
use crate::i18n::arg;
use crate::use_cases::scheduling::Offer;
use maud::{Markup, html};

pub fn page(page: &StaffPage, row: &QueueRow, offers: &[Offer]) -> Markup {
    let tr = page.ctx.tr;
    let title = tr.t_with(
        "staff-request-title",
        &[("reference", arg(row.reference.clone()))],
    );
    let body = html! {
        h1 { (title) }
        dl {
            dt { (tr.t("staff-request-name")) } dd { (row.name) }
            dt { (tr.t("staff-queue-language")) } dd { (tr.t(&format!("interview-language-{}", row.language))) }
            dt { (tr.t("staff-queue-age")) } dd { (tr.t_with("staff-queue-age-days", &[("count", i64::from(row.age).into())])) }
            dt { (tr.t("staff-queue-preferred")) }
            dd { ul { @for slot in &row.preferred { li { (tr.slot(slot)) } } } }
        }
        h2 { (tr.t("staff-request-offers")) }
        p.hint { (tr.t("staff-request-offers-help")) }
        (offer_list(page, row.id, offers, true, "request"))
        p { a href=(page.ctx.href("staff/queue")) { "← " (tr.t("staff-back-to-queue")) } }
    };
    page.render(&title, body)
}
