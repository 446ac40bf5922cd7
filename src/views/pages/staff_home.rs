//! The staff start page.

use crate::db::appointments::Appointment;
use crate::i18n::arg;
use crate::views::pages::staff::appointment::change_reason;
use crate::views::pages::staff::{StaffPage, appointment_state, when, zone};
use maud::{Markup, html};

/// `changes`: the signed-in person's appointments that someone else created or moved lately.
pub fn page(
    page: &StaffPage,
    changes: &[(Appointment, String)],
    upcoming: &[(Appointment, String)],
) -> Markup {
    let tr = page.ctx.tr;
    let me = page.signed_in;
    let languages: Vec<String> = crate::db::schedule::languages_of(&me.member.languages)
        .into_iter()
        .map(|l| tr.t(&format!("interview-language-{}", l.code())))
        .collect();
    let body = html! {
        h1 { (tr.t("staff-home-title")) }
        p {
            (tr.t_with("staff-signed-in-as", &[
                ("name", arg(me.member.name.clone())),
                ("role", arg(tr.t(&format!("role-{}", me.role.code())))),
            ]))
        }
        p { (tr.t_with("staff-languages", &[("languages", arg(languages.join(", ")))])) }
        h2 { (tr.t("staff-home-changes")) }
        @if changes.is_empty() {
            p { (tr.t("staff-home-changes-none")) }
        } @else {
            ul {
                @for (a, reference) in changes {
                    li {
                        a href=(page.ctx.href(&format!("staff/appointments/{}", a.id))) {
                            (when(tr, a.starts_at, a.ends_at)) " " (zone(a.starts_at)) " — " (reference)
                        }
                        " — " (appointment_state(tr, a))
                        @if let Some(reason) = &a.change_reason { " (" (change_reason(tr, reason)) ")" }
                    }
                }
            }
        }
        h2 { (tr.t("staff-calendar-upcoming")) }
        @if upcoming.is_empty() {
            p { (tr.t("staff-calendar-upcoming-none")) }
        } @else {
            ul {
                @for (a, reference) in upcoming {
                    li {
                        a href=(page.ctx.href(&format!("staff/appointments/{}", a.id))) {
                            (when(tr, a.starts_at, a.ends_at)) " " (zone(a.starts_at)) " — " (reference)
                        }
                        " — " (appointment_state(tr, a))
                    }
                }
            }
        }
    };
    page.render(&tr.t("staff-home-title"), body)
}
