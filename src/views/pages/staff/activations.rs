//! Activations for supervisors: the figures, those waiting (or one person's, found by email
//! address), a request's activations with revoke and reissue, and the page that shows a new
//! activation code once.

use super::StaffPage;
use crate::db::activations::{Activation, Figures};
use crate::db::requests::RequestId;
use crate::domain::activation::{ActivationCode, LinkProblem, judge_link};
use crate::i18n::{Tr, arg};
use crate::views::partials::{FieldView, hidden, text_field, textarea_field};
use chrono::{DateTime, Utc};
use fluent_templates::fluent_bundle::FluentValue;
use maud::{Markup, html};

/// The activation's state in words.
pub fn state_text(tr: Tr, activation: &Activation, now: DateTime<Utc>) -> String {
    let key = match judge_link(activation.state(), now) {
        Ok(()) => "waiting",
        Err(LinkProblem::Used) => "used",
        Err(LinkProblem::Revoked) => "revoked",
        Err(LinkProblem::Expired) => "expired",
        Err(LinkProblem::Locked(_)) => "locked",
    };
    tr.t(&format!("staff-activation-state-{key}"))
}

pub fn figures(page: &StaffPage, figures: &Figures) -> Markup {
    let tr = page.ctx.tr;
    html! {
        section aria-labelledby="activation-figures-title" {
            h2 #activation-figures-title { (tr.t("staff-activations-figures")) }
            dl.figures {
                dt { (tr.t("staff-activations-pending")) } dd #activations-pending { (figures.pending) }
                dt { (tr.t("staff-activations-done")) } dd #activations-done { (figures.done) }
                dt { (tr.t("staff-activations-expired")) } dd #activations-expired { (figures.expired) }
            }
            p { a href=(page.ctx.href("staff/activations")) { (tr.t("staff-activations-title")) } }
        }
    }
}

pub struct ListView<'a> {
    pub figures: &'a Figures,
    pub email: &'a str,
    pub email_error: Option<String>,
    pub rows: &'a [Activation],
    pub total: u64,
    pub now: DateTime<Utc>,
}

pub fn list(page: &StaffPage, view: &ListView) -> Markup {
    let tr = page.ctx.tr;
    let title = tr.t("staff-activations-title");
    let body = html! {
        h1 { (title) }
        (figures(page, view.figures))
        form method="get" action=(page.ctx.href("staff/activations")) {
            (text_field(tr, &FieldView {
                name: "email",
                label: tr.t("staff-activations-find"),
                hint: Some(tr.t("staff-activations-find-hint")),
                error: view.email_error.clone(),
                required: false, note: None,
            }, "email", view.email, "off"))
            button.button type="submit" { (tr.t("staff-activations-find-submit")) }
        }
        h2 { (if view.email.is_empty() { tr.t("staff-activations-waiting") } else { tr.t("staff-activations-found") }) }
        p { (tr.t_with("staff-list-shown", &[("shown", FluentValue::from(view.rows.len())), ("total", FluentValue::from(view.total))])) }
        @if !view.rows.is_empty() {
            table {
                thead { tr {
                    th scope="col" { (tr.t("staff-request-name")) }
                    th scope="col" { (tr.t("staff-activation-issued")) }
                    th scope="col" { (tr.t("staff-activation-expires")) }
                    th scope="col" { (tr.t("staff-activation-state")) }
                } }
                tbody {
                    @for a in view.rows {
                        tr {
                            td {
                                @if let Some(request) = a.request_id {
                                    a href=(page.ctx.href(&format!("staff/requests/{request}/activation"))) { (a.first_names) " " (a.last_name) }
                                    " (" (RequestId(request).reference()) ")"
                                } @else if let Some(person) = a.person_id {
                                    a href=(page.ctx.href(&format!("staff/people/{person}"))) { (a.first_names) " " (a.last_name) }
                                } @else { (a.first_names) " " (a.last_name) }
                            }
                            td { (tr.instant(a.issued_at)) }
                            td { (tr.instant(a.expires_at)) }
                            td { (state_text(tr, a, view.now)) }
                        }
                    }
                }
            }
        }
    };
    page.render(&title, body)
}

pub struct RequestView<'a> {
    pub reference: String,
    pub name: String,
    pub request_id: uuid::Uuid,
    pub activations: &'a [Activation],
    /// The request is approved and its key not yet made: a new code may be issued.
    pub may_reissue: bool,
    pub reason: &'a str,
    pub reason_error: Option<String>,
    pub now: DateTime<Utc>,
}

pub fn for_request(page: &StaffPage, view: &RequestView) -> Markup {
    let tr = page.ctx.tr;
    let csrf = page.signed_in.session.csrf_token.as_str();
    let title = tr.t_with(
        "staff-activation-request-title",
        &[("reference", arg(view.reference.clone()))],
    );
    let open = view
        .activations
        .iter()
        .find(|a| a.used_at.is_none() && a.revoked_at.is_none());
    let body = html! {
        h1 { (title) }
        p { (view.name) }
        @if view.activations.is_empty() {
            p { (tr.t("staff-activation-none")) }
        } @else {
            table {
                thead { tr {
                    th scope="col" { (tr.t("staff-activation-issued")) }
                    th scope="col" { (tr.t("staff-activation-expires")) }
                    th scope="col" { (tr.t("staff-activation-state")) }
                    th scope="col" { (tr.t("staff-activation-wrong-codes")) }
                } }
                tbody {
                    @for a in view.activations {
                        tr {
                            td { (tr.instant(a.issued_at)) }
                            td { (tr.instant(a.expires_at)) }
                            td {
                                (state_text(tr, a, view.now))
                                @if let Some(reason) = &a.revoke_reason { " — " (reason) }
                            }
                            td { (a.wrong_codes.min(5)) }
                        }
                    }
                }
            }
        }
        @if view.may_reissue {
            section aria-labelledby="reissue-title" {
                h2 #reissue-title { (tr.t("staff-activation-reissue")) }
                p { (tr.t("staff-activation-reissue-help")) }
                form method="post" action=(page.ctx.href(&format!("staff/requests/{}/activation/reissue", view.request_id))) {
                    (hidden("csrf_token", csrf))
                    (hidden("replaces", &open.or(view.activations.first()).map(|a| a.id.to_string()).unwrap_or_default()))
                    button.button type="submit" { (tr.t("staff-activation-reissue-submit")) }
                }
            }
        }
        @if let Some(open) = open {
            section aria-labelledby="revoke-title" {
                h2 #revoke-title { (tr.t("staff-activation-revoke")) }
                form method="post" action=(page.ctx.href(&format!("staff/activations/{}/revoke", open.id))) novalidate {
                    (hidden("csrf_token", csrf))
                    (textarea_field(tr, &FieldView {
                        name: "reason",
                        label: tr.t("staff-activation-revoke-reason"),
                        hint: None,
                        error: view.reason_error.clone(),
                        required: true, note: None,
                    }, view.reason, 500))
                    button.button type="submit" { (tr.t("staff-activation-revoke-submit")) }
                }
            }
        }
        p { a href=(page.ctx.href("staff/activations")) { "← " (tr.t("staff-activations-title")) } }
    };
    page.render(&title, body)
}

/// The activation code in large type, once: to read out or show in the call.
pub fn code_shown(
    page: &StaffPage,
    code: &ActivationCode,
    expires_at: DateTime<Utc>,
    back: &str,
) -> Markup {
    let tr = page.ctx.tr;
    let title = tr.t("staff-activation-code-title");
    let grouped = code.grouped();
    let body = html! {
        h1 { (title) }
        p { (tr.t("staff-activation-code-intro")) }
        p.activation-code #activation-code aria-describedby="activation-code-spelled" { (grouped) }
        p.hint #activation-code-spelled {
            (tr.t("staff-activation-code-spelled")) " "
            @for (i, c) in grouped.chars().enumerate() {
                @if i > 0 { " " }
                @if c == '-' { "—" } @else { (c) }
            }
        }
        p { (tr.t_with("staff-activation-code-until", &[("until", arg(tr.instant(expires_at)))])) }
        div.notice.notice-warning role="status" { p { (tr.t("staff-activation-code-once")) } }
        p { a.button href=(page.ctx.href(back)) { (tr.t("staff-activation-code-done")) } }
    };
    page.render(&title, body)
}
