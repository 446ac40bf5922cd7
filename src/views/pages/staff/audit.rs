//! The audit log for supervisors, newest first.

use super::StaffPage;
use crate::db::audit::AuditEntry;
use maud::{Markup, html};

pub fn page(page: &StaffPage, entries: &[(AuditEntry, String, Option<String>)]) -> Markup {
    let tr = page.ctx.tr;
    let title = tr.t("staff-audit-title");
    let body = html! {
        h1 { (title) }
        p { (tr.t("staff-audit-help")) }
        div.table-wrap {
            table {
                thead {
                    tr {
                        th scope="col" { (tr.t("staff-audit-when")) }
                        th scope="col" { (tr.t("staff-audit-who")) }
                        th scope="col" { (tr.t("staff-audit-what")) }
                        th scope="col" { (tr.t("staff-audit-request")) }
                        th scope="col" { (tr.t("staff-audit-detail")) }
                    }
                }
                tbody {
                    @for (entry, who, reference) in entries {
                        tr {
                            td { (tr.date_long(crate::domain::slot::brussels_date(entry.at))) ", " (tr.time(entry.at)) }
                            td { (who) }
                            td { code { (entry.action) } }
                            td { @if let Some(r) = reference { (r) } }
                            td { (entry.detail) }
                        }
                    }
                }
            }
        }
    };
    page.render(&title, body)
}
