//! What "propose for all" did.

use super::StaffPage;
use crate::scheduling::ProposeAllReport;
use maud::{Markup, html};

pub fn page(page: &StaffPage, report: &ProposeAllReport) -> Markup {
    let tr = page.ctx.tr;
    let n =
        |v: usize| -> fluent_templates::fluent_bundle::FluentValue<'static> { (v as i64).into() };
    let title = tr.t("staff-propose-all-title");
    let body = html! {
        h1 { (title) }
        div.notice.notice-info role="status" {
            p { (tr.t_with("staff-propose-all-proposed", &[("count", n(report.proposed)), ("open", n(report.open))])) }
        }
        ul {
            li { (tr.t_with("staff-propose-all-no-slot", &[("count", n(report.no_slot))])) }
            li { (tr.t_with("staff-propose-all-taken", &[("count", n(report.taken_by_others))])) }
            li { (tr.t_with("staff-propose-all-changed", &[("count", n(report.changed_meanwhile))])) }
        }
        p { (tr.t("staff-propose-all-again")) }
        p { a href=(page.ctx.href("staff/queue")) { "← " (tr.t("staff-back-to-queue")) } }
    };
    page.render(&title, body)
}
