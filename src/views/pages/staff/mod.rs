//! Staff pages: the navigation they share, and one module per page.

pub mod activations;
pub mod appointment;
pub mod assign;
pub mod audit;
pub mod calendar;
pub mod import;
pub mod interview;
pub mod people;
pub mod plan;
pub mod propose_all;
pub mod queue;
pub mod request;
pub mod undeliverable;

use crate::db::appointments::Appointment;
use crate::db::staff::Role;
use crate::http::staff_auth::SignedIn;
use crate::i18n::Tr;
use crate::use_cases::scheduling::Offer;
use crate::views::PageCtx;
use crate::views::layout::layout;
use crate::views::partials::{hidden, notice};
use maud::{Markup, html};

/// What every staff page shows above its own content.
pub struct StaffPage<'a> {
    pub ctx: &'a PageCtx,
    pub signed_in: &'a SignedIn,
    /// `(kind, text)` for a notice at the top.
    pub notice: Option<(&'static str, String)>,
}

impl StaffPage<'_> {
    /// The whole document: navigation, the notice, then `body`.
    pub fn render(&self, title: &str, body: Markup) -> Markup {
        let tr = self.ctx.tr;
        let mut links = vec![
            ("staff/", "staff-nav-home"),
            ("staff/calendar", "staff-nav-calendar"),
            ("staff/assign", "staff-nav-assign"),
            ("staff/plan", "staff-nav-plan"),
        ];
        if self.signed_in.role == Role::Supervisor {
            links.extend([
                ("staff/queue", "staff-nav-queue"),
                ("staff/activations", "staff-nav-activations"),
                ("staff/import", "staff-nav-import"),
                ("staff/interviewers", "staff-nav-interviewers"),
                ("staff/audit", "staff-nav-audit"),
                ("staff/undeliverable", "staff-nav-undeliverable"),
            ]);
        }
        let content = html! {
            nav.staff-nav aria-label=(tr.t("staff-nav-label")) {
                ul {
                    @for (path, key) in &links {
                        li {
                            @if self.ctx.path == *path {
                                a href=(self.ctx.href(path)) aria-current="page" { (tr.t(key)) }
                            } @else {
                                a href=(self.ctx.href(path)) { (tr.t(key)) }
                            }
                        }
                    }
                    li {
                        form method="post" action=(self.ctx.href("staff/sign-out")) {
                            (hidden("csrf_token", &self.signed_in.session.csrf_token))
                            button.link-button type="submit" { (tr.t("staff-sign-out")) }
                        }
                    }
                }
            }
            @if let Some((kind, text)) = &self.notice { (notice(kind, text)) }
            (body)
        };
        layout(self.ctx, title, content)
    }

    pub fn csrf(&self) -> Markup {
        hidden("csrf_token", &self.signed_in.session.csrf_token)
    }
}

/// "Monday 30 November 2026, 09:00–09:30".
pub fn when(
    tr: Tr,
    starts_at: chrono::DateTime<chrono::Utc>,
    ends_at: chrono::DateTime<chrono::Utc>,
) -> String {
    let day = tr.date_long(crate::domain::slot::brussels_date(starts_at));
    format!("{day}, {}–{}", tr.time(starts_at), tr.time(ends_at))
}

/// The name of the zone in force at an instant in Brussels: CET or CEST.
pub fn zone(at: chrono::DateTime<chrono::Utc>) -> String {
    at.with_timezone(&crate::domain::slot::TIME_ZONE)
        .format("%Z")
        .to_string()
}

/// A translated appointment state.
pub fn appointment_state(tr: Tr, appointment: &Appointment) -> String {
    tr.t(&format!("appointment-state-{}", appointment.state))
}

/// How many free slots a list shows (preferred ones come first).
const OFFERS_SHOWN: usize = 60;

/// The free slots offered for a request, each a button that proposes it. `show_names` lists
/// the interviewer (a supervisor choosing among everyone).
pub fn offer_list(
    page: &StaffPage,
    request_id: uuid::Uuid,
    offers: &[Offer],
    show_names: bool,
    back: &str,
) -> Markup {
    let tr = page.ctx.tr;
    html! {
        @if offers.is_empty() {
            p { (tr.t("staff-offers-none")) }
        } @else {
            @if offers.len() > OFFERS_SHOWN {
                p.hint { (tr.t_with("staff-offers-shown", &[("shown", (OFFERS_SHOWN as i64).into()), ("count", (offers.len() as i64).into())])) }
            }
            ul.offers {
                @for offer in offers.iter().take(OFFERS_SHOWN) {
                    li {
                        form method="post" action=(page.ctx.href(&format!("staff/requests/{request_id}/propose"))) {
                            (page.csrf())
                            (hidden("interviewer", &offer.interviewer_id.to_string()))
                            (hidden("starts_at", &offer.fit.slot.starts_at.to_rfc3339()))
                            (hidden("back", back))
                            button.button.secondary[!offer.fit.preferred] type="submit" {
                                (when(tr, offer.fit.slot.starts_at, offer.fit.slot.ends_at))
                                " " (zone(offer.fit.slot.starts_at))
                                @if show_names { br; (offer.interviewer_name) }
                                @if offer.fit.preferred { br; span.tag { (tr.t("staff-offer-preferred")) } }
                            }
                        }
                    }
                }
            }
        }
    }
}
