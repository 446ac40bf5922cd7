//! One appointment: when, with whom, its history; for supervisors, the reassignment forms
//! (another interviewer at the same time, or another time) with a reason.

use super::{StaffPage, appointment_state, when, zone};
use crate::db::appointments::Appointment;
use crate::db::requests::StoredRequest;
use crate::db::staff::Role;
use crate::domain::scheduling::ChangeReason;
use crate::i18n::{Tr, arg};
use crate::use_cases::scheduling::Offer;
use crate::views::partials::{error_summary, hidden};
use maud::{Markup, html};
use uuid::Uuid;

#[derive(Debug, Clone, Default)]
pub struct ReassignForm {
    pub mode: String,
    pub interviewer: String,
    pub slot: String,
    pub reason: String,
    pub reason_text: String,
}

pub struct AppointmentView<'a> {
    pub appointment: &'a Appointment,
    pub request: &'a StoredRequest,
    pub interviewer_name: &'a str,
    /// Earlier appointments of the request: `(appointment, interviewer name)`.
    pub history: Vec<(Appointment, String)>,
    /// The identity document images the applicant uploaded.
    /// `None`: the viewer may not open them (no longer in charge of the request).
    pub documents: Option<Vec<crate::db::id_documents::IdDocument>>,
    /// Supervisors only: who could take it at the same time, and other times.
    pub reassign: Option<Reassign<'a>>,
}

pub struct Reassign<'a> {
    pub same_time: Vec<(Uuid, String)>,
    pub other_times: &'a [Offer],
    pub form: ReassignForm,
    pub problems: Vec<(String, String)>,
}

/// A stored change reason in the reader's language: a supervisor's reason (`workload`, or
/// `other: ` and their own words, shown as written), or what the applicant or the lapse did.
/// Anything else is shown as stored.
pub fn change_reason(tr: Tr, stored: &str) -> String {
    let key = match stored {
        "illness" | "workload" | "language" => format!("staff-reason-{stored}"),
        "cancelled by the applicant" => "staff-reason-cancelled".to_owned(),
        "the applicant asked for another slot" => "staff-reason-another-slot".to_owned(),
        "no answer in time" => "staff-reason-lapsed".to_owned(),
        _ => {
            return match stored.strip_prefix("other: ") {
                Some(text) => tr.t_with("staff-reason-other-text", &[("reason", arg(text))]),
                None => stored.to_owned(),
            };
        }
    };
    tr.t(&key)
}

/// The value of one "other time" option: interviewer and start.
pub fn slot_value(offer: &Offer) -> String {
    format!(
        "{}|{}",
        offer.interviewer_id,
        offer.fit.slot.starts_at.to_rfc3339()
    )
}

pub fn page(page: &StaffPage, view: &AppointmentView) -> Markup {
    let tr = page.ctx.tr;
    let a = view.appointment;
    let title = tr.t_with(
        "staff-appointment-title",
        &[("reference", arg(view.request.reference()))],
    );
    let body = html! {
        h1 { (title) }
        dl {
            dt { (tr.t("staff-appointment-when")) }
            dd { (when(tr, a.starts_at, a.ends_at)) " " (zone(a.starts_at)) }
            dt { (tr.t("staff-appointment-interviewer")) } dd { (view.interviewer_name) }
            dt { (tr.t("staff-appointment-state")) } dd { (appointment_state(tr, a)) (super::calendar::interview_link(page, a)) }
            dt { (tr.t("staff-request-name")) } dd { (view.request.first_names) " " (view.request.last_name) }
            dt { (tr.t("staff-queue-language")) } dd { (tr.t(&format!("interview-language-{}", view.request.interview_language))) }
            @if let Some(reason) = &a.change_reason {
                dt { (tr.t("staff-appointment-reason")) } dd { (change_reason(tr, reason)) }
            }
        }
        h2 { (tr.t("staff-documents")) }
        @if let Some(documents) = &view.documents {
            @if documents.is_empty() {
                p { (tr.t("staff-documents-none")) }
            } @else {
                ul {
                    @for d in documents {
                        li {
                            a href=(page.ctx.href(&format!("staff/documents/{}", d.id))) {
                                (tr.t(&format!("staff-document-{}", d.side)))
                            }
                            " — " (d.width) " × " (d.height) " px"
                            @if let (Some(sharpness), Some(glare)) = (d.sharpness, d.glare) {
                                " — " (tr.t_with("staff-document-figures", &[
                                    ("sharpness", arg(format!("{sharpness:.0}"))),
                                    ("glare", arg(format!("{:.0}", glare * 100.0))),
                                    // Recorded since the gate measures it; "–" for older images.
                                    ("colour", arg(d.colourfulness.map_or("–".to_owned(), |c| format!("{c:.0}")))),
                                ]))
                            }
                        }
                    }
                }
            }
        } @else {
            p { (tr.t("staff-documents-not-yours")) }
        }
        @if view.history.len() > 1 {
            h2 { (tr.t("staff-appointment-history")) }
            ul {
                @for (old, name) in &view.history {
                    li {
                        (when(tr, old.starts_at, old.ends_at)) " " (zone(old.starts_at)) " — " (name) " — " (appointment_state(tr, old))
                        @if let Some(reason) = &old.change_reason { " — " (change_reason(tr, reason)) }
                    }
                }
            }
        }
        @if let Some(reassign) = &view.reassign { (reassign_forms(page, a, reassign)) }
        // An appointment that is no longer the request's current one: where the request is now.
        @if page.signed_in.role == Role::Supervisor && !is_current(view) {
            p.request-link {
                a href=(page.ctx.href(&format!("staff/requests/{}", view.request.id))) {
                    (tr.t_with("staff-appointment-see-request", &[("reference", arg(view.request.reference()))]))
                }
            }
        }
    };
    page.render(&title, body)
}

/// Whether the appointment is still active for a request that has not ended.
fn is_current(view: &AppointmentView) -> bool {
    view.appointment.state().is_some_and(|s| s.is_active())
        && !view.request.state().is_some_and(|s| s.has_ended())
}

fn reason_fields(
    page: &StaffPage,
    form: &ReassignForm,
    problems: &[(String, String)],
    suffix: &str,
) -> Markup {
    let tr = page.ctx.tr;
    let error = problems
        .iter()
        .find(|(f, _)| f.starts_with("reason"))
        .map(|(_, m)| m);
    html! {
        fieldset.field.has-error[error.is_some()] {
            legend { (tr.t("staff-reason")) }
            @if let Some(message) = error { p.field-error { (message) } }
            div.choices {
                @for kind in ChangeReason::KINDS {
                    @let id = format!("reason-{kind}-{suffix}");
                    div.choice {
                        input type="radio" id=(id) name="reason" value=(kind) checked[form.reason == kind];
                        label for=(id) { (tr.t(&format!("staff-reason-{kind}"))) }
                    }
                }
            }
            div.field {
                label for=(format!("reason_text-{suffix}")) { (tr.t("staff-reason-text")) }
                input type="text" id=(format!("reason_text-{suffix}")) name="reason_text" value=(form.reason_text) maxlength="500";
            }
        }
    }
}

fn reassign_forms(page: &StaffPage, a: &Appointment, reassign: &Reassign) -> Markup {
    let tr = page.ctx.tr;
    let action = page
        .ctx
        .href(&format!("staff/appointments/{}/reassign", a.id));
    let form = &reassign.form;
    let mine = |mode: &str| {
        if form.mode == mode {
            reassign.problems.as_slice()
        } else {
            &[]
        }
    };
    html! {
        h2 #reassign { (tr.t("staff-reassign-title")) }
        section aria-labelledby="same-time" {
            h3 #same-time { (tr.t("staff-reassign-same-time")) }
            (error_summary(tr, mine("interviewer")))
            @if reassign.same_time.is_empty() {
                p { (tr.t("staff-reassign-nobody")) }
            } @else {
                form method="post" action=(action) {
                    (page.csrf())
                    (hidden("mode", "interviewer"))
                    div.field {
                        label for="interviewer" { (tr.t("staff-reassign-to")) }
                        select #interviewer name="interviewer" {
                            @for (id, name) in &reassign.same_time {
                                option value=(id.to_string()) selected[form.interviewer == id.to_string()] { (name) }
                            }
                        }
                    }
                    (reason_fields(page, form, mine("interviewer"), "interviewer"))
                    button.button type="submit" { (tr.t("staff-reassign-submit")) }
                }
            }
        }
        section aria-labelledby="other-time" {
            h3 #other-time { (tr.t("staff-reassign-other-time")) }
            p.hint { (tr.t("staff-reassign-other-time-help")) }
            (error_summary(tr, mine("time")))
            @if reassign.other_times.is_empty() {
                p { (tr.t("staff-offers-none")) }
            } @else {
                form method="post" action=(action) {
                    (page.csrf())
                    (hidden("mode", "time"))
                    div.field {
                        label for="slot" { (tr.t("staff-reassign-slot")) }
                        select #slot name="slot" {
                            @for offer in reassign.other_times {
                                @let value = slot_value(offer);
                                option value=(value) selected[form.slot == value] {
                                    (when(tr, offer.fit.slot.starts_at, offer.fit.slot.ends_at)) " " (zone(offer.fit.slot.starts_at)) " — " (offer.interviewer_name)
                                    @if offer.fit.preferred { " ★" }
                                }
                            }
                        }
                    }
                    (reason_fields(page, form, mine("time"), "time"))
                    button.button type="submit" { (tr.t("staff-reassign-move")) }
                }
            }
        }
    }
}
