//! One request for staff. Open: who and what, and every interviewer's free slots that fit (a
//! supervisor's page). Ended: the same read-only, with how and when it ended, its appointments
//! and its audit entries, and what is left to do.

use super::appointment::change_reason;
use super::audit::{Names, action_label, detail_text};
use super::queue::QueueRow;
use super::{StaffPage, appointment_state, offer_list, when, zone};
use crate::db::appointments::Appointment;
use crate::db::audit::AuditEntry;
use crate::db::requests::StoredRequest;
use crate::db::staff::Role;
use crate::domain::request::RequestState;
use crate::domain::slot::{PreferredSlot, brussels_date};
use crate::i18n::{Tr, arg};
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

/// What the page of an ended request shows.
pub struct EndedView<'a> {
    pub request: &'a StoredRequest,
    /// The state it ended in; it entered it at the request's `updated_at`.
    pub state: RequestState,
    pub preferred: &'a [PreferredSlot],
    /// Every appointment it had, oldest first.
    pub appointments: &'a [Appointment],
    /// Its audit entries, oldest first, without the views of its pages.
    pub entries: &'a [AuditEntry],
    /// Staff names by id: who acted, and whom an appointment or a detail names.
    pub names: &'a Names,
}

/// The state's key part: `no_show` → `no-show`.
fn state_key(state: RequestState) -> String {
    state.code().replace('_', "-")
}

/// What is left to do once a request has ended, in the reader's language.
fn next_step(state: RequestState) -> &'static str {
    match state {
        RequestState::Approved => "staff-request-ended-approved",
        RequestState::Activated => "staff-request-ended-activated",
        _ => "staff-request-ended-new-request",
    }
}

/// Who acted: a staff member by name, or the applicant or the system.
fn actor(tr: Tr, names: &Names, stored: &str) -> String {
    stored
        .strip_prefix("staff:")
        .and_then(|id| uuid::Uuid::parse_str(id).ok())
        .and_then(|id| names.get(&id).cloned())
        .unwrap_or_else(|| {
            tr.t(&format!(
                "staff-audit-actor-{}",
                stored.split(':').next().unwrap_or("system")
            ))
        })
}

pub fn ended_page(page: &StaffPage, view: &EndedView) -> Markup {
    let tr = page.ctx.tr;
    let request = view.request;
    let supervisor = page.signed_in.role == Role::Supervisor;
    let title = tr.t_with(
        "staff-request-title",
        &[("reference", arg(request.reference()))],
    );
    let name_of = |id: &uuid::Uuid| view.names.get(id).cloned().unwrap_or_default();
    let body = html! {
        h1 { (title) }
        div.notice.notice-info.request-ended {
            p.request-ended-state {
                (tr.t_with("staff-request-ended", &[
                    ("state", arg(tr.t(&format!("staff-request-state-{}", state_key(view.state))))),
                    ("when", arg(tr.instant(request.updated_at))),
                ]))
            }
            p.request-ended-next { (tr.t(next_step(view.state))) }
            @if supervisor && view.state == RequestState::Approved {
                p { a href=(page.ctx.href(&format!("staff/requests/{}/activation", request.id))) { (tr.t("staff-request-activation")) } }
            }
        }
        dl {
            dt { (tr.t("staff-request-name")) } dd { (request.first_names) " " (request.last_name) }
            dt { (tr.t("staff-queue-language")) } dd { (tr.t(&format!("interview-language-{}", request.interview_language))) }
            dt { (tr.t("staff-request-submitted")) } dd { (tr.instant(request.created_at)) }
            dt { (tr.t("staff-queue-preferred")) }
            dd { ul { @for slot in view.preferred { li { (tr.slot(slot)) } } } }
        }
        h2 { (tr.t("staff-request-appointments")) }
        @if view.appointments.is_empty() {
            p { (tr.t("staff-request-appointments-none")) }
        } @else {
            ul.request-appointments {
                @for a in view.appointments {
                    li {
                        (when(tr, a.starts_at, a.ends_at)) " " (zone(a.starts_at)) " — " (name_of(&a.interviewer_id)) " — " (appointment_state(tr, a))
                        @if let Some(reason) = &a.change_reason { " — " (change_reason(tr, reason)) }
                    }
                }
            }
        }
        h2 { (tr.t("staff-request-history")) }
        p.hint { (tr.t("staff-request-history-help")) }
        div.table-wrap role="region" tabindex="0" aria-labelledby="history-caption" {
            table.request-history {
                caption.visually-hidden #history-caption { (tr.t("staff-request-history")) }
                thead {
                    tr {
                        th scope="col" { (tr.t("staff-audit-when")) }
                        th scope="col" { (tr.t("staff-audit-who")) }
                        th scope="col" { (tr.t("staff-audit-what")) }
                        th scope="col" { (tr.t("staff-audit-detail")) }
                    }
                }
                tbody {
                    @for entry in view.entries {
                        tr data-action=(entry.action) {
                            td { (tr.date_long(brussels_date(entry.at))) ", " (tr.time(entry.at)) " " (zone(entry.at)) }
                            td { (actor(tr, view.names, &entry.actor)) }
                            td { (action_label(tr, &entry.action)) }
                            td { (detail_text(tr, &entry.action, &entry.detail, view.names)) }
                        }
                    }
                }
            }
        }
        @if supervisor {
            p { a href=(page.ctx.href("staff/queue")) { "← " (tr.t("staff-back-to-queue")) } }
        }
    };
    page.render(&title, body)
}
