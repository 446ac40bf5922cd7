//! An imported person for supervisors: who they are, their organisation, their activations,
//! and the forms to send their three emails again or to revoke their activation.

use super::StaffPage;
use super::activations::state_text;
use crate::db::activations::Activation;
use crate::db::imports::Person;
use crate::i18n::arg;
use crate::views::partials::{FieldView, hidden, textarea_field};
use chrono::{DateTime, Utc};
use maud::{Markup, html};

pub struct PersonView<'a> {
    pub person: &'a Person,
    pub organisation: &'a str,
    pub activations: &'a [Activation],
    pub reason: &'a str,
    pub reason_error: Option<String>,
    pub now: DateTime<Utc>,
}

pub fn page(page: &StaffPage, view: &PersonView) -> Markup {
    let tr = page.ctx.tr;
    let p = view.person;
    let title = tr.t_with(
        "people-title",
        &[("name", arg(format!("{} {}", p.first_names, p.last_name)))],
    );
    let open = view
        .activations
        .iter()
        .find(|a| a.used_at.is_none() && a.revoked_at.is_none());
    let activated = view.activations.iter().any(|a| a.used_at.is_some());
    let base = format!("staff/people/{}", p.id);
    let body = html! {
        h1 { (title) }
        dl {
            dt { (tr.t("import-field-email")) } dd { (p.email) }
            dt { (tr.t("import-field-language")) } dd { (p.language.to_uppercase()) }
            dt { (tr.t("import-field-card_number")) } dd { (p.card_number) }
            dt { (tr.t("import-organisation")) } dd { (view.organisation) }
            dt { (tr.t("people-registered")) } dd { (tr.instant(p.created_at)) }
        }
        h2 { (tr.t("staff-activations-title")) }
        table {
            thead { tr {
                th scope="col" { (tr.t("staff-activation-issued")) }
                th scope="col" { (tr.t("staff-activation-expires")) }
                th scope="col" { (tr.t("staff-activation-state")) }
            } }
            tbody {
                @for a in view.activations {
                    tr {
                        td { (tr.instant(a.issued_at)) }
                        td { (tr.instant(a.expires_at)) }
                        td { (state_text(tr, a, view.now)) @if let Some(r) = &a.revoke_reason { " — " (r) } }
                    }
                }
            }
        }
        @if !activated {
            section aria-labelledby="resend-title" {
                h2 #resend-title { (tr.t("people-resend")) }
                p { (tr.t("people-resend-help")) }
                form method="post" action=(page.ctx.href(&format!("{base}/resend"))) {
                    (page.csrf())
                    (hidden("replaces", &open.map(|a| a.id.to_string()).unwrap_or_default()))
                    button.button type="submit" { (tr.t("people-resend-submit")) }
                }
            }
        }
        @if let Some(open) = open {
            section aria-labelledby="revoke-title" {
                h2 #revoke-title { (tr.t("staff-activation-revoke")) }
                form method="post" action=(page.ctx.href(&format!("{base}/revoke"))) novalidate {
                    (page.csrf())
                    (hidden("activation", &open.id.to_string()))
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
    };
    page.render(&title, body)
}
