//! The audit log for supervisors, newest first: each action and its detail in the reader's
//! language, times in Brussels with the zone.

mod detail;

use super::{StaffPage, zone};
use crate::db::audit::AuditEntry;
use crate::i18n::{Tr, arg};
use maud::{Markup, html};

pub use detail::{Names, render as detail_text};

/// The name of an action code (`reassign` → "Reassigned to another interviewer"); a code this
/// version does not know is named as such, with the code.
pub fn action_label(tr: Tr, code: &str) -> String {
    let key = format!("staff-audit-action-{}", code.replace('_', "-"));
    if tr.has(&key) {
        tr.t(&key)
    } else {
        tr.t_with("staff-audit-action-unknown", &[("code", arg(code))])
    }
}

/// `entries`: each entry with who acted and the request's reference; `names`: staff by id, for
/// details that name someone by id.
pub fn page(
    page: &StaffPage,
    entries: &[(AuditEntry, String, Option<String>)],
    names: &Names,
) -> Markup {
    let tr = page.ctx.tr;
    let title = tr.t("staff-audit-title");
    let body = html! {
        h1 { (title) }
        p { (tr.t("staff-audit-help")) }
        // Scrolls sideways on narrow screens: a focusable region, so keyboards can scroll it.
        div.table-wrap role="region" tabindex="0" aria-labelledby="audit-caption" {
            table {
                caption.visually-hidden #audit-caption { (tr.t("staff-audit-caption")) }
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
                        tr data-action=(entry.action) {
                            td { (tr.date_long(crate::domain::slot::brussels_date(entry.at))) ", " (tr.time(entry.at)) " " (zone(entry.at)) }
                            td { (who) }
                            td { (action_label(tr, &entry.action)) }
                            td { @if let Some(r) = reference { (r) } }
                            td { (detail::render(tr, &entry.action, &entry.detail, names)) }
                        }
                    }
                }
            }
        }
    };
    page.render(&title, body)
}
