//! Pages for interviewers and supervisors, behind a staff sign-in. Every handler starts with
//! `signed_in!`, and every record is checked against the signed-in person's role: an interviewer
//! who asks for someone else's calendar, plan or appointment gets "not found".

mod activations;
mod appointments;
mod assign;
mod audit;
mod calendar;
mod documents;
mod home;
mod import;
mod interview;
mod people;
mod plan;
mod queue;
mod sign_in;
mod undeliverable;

use crate::db::staff::Role;
use crate::http::page;
use crate::http::staff_auth::{self, SignedIn};
use crate::i18n::Tr;
use crate::startup::AppState;
use crate::views::PageCtx;
use crate::views::pages::error::{self, ErrorKind};
use crate::views::pages::staff::StaffPage;
use actix_web::http::StatusCode;
use actix_web::http::header::LOCATION;
use actix_web::{HttpRequest, HttpResponse, web};
use maud::html;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/staff/", web::get().to(home::show))
        .route("/staff/sign-in", web::get().to(sign_in::show))
        .route("/staff/sign-in", web::post().to(sign_in::submit))
        .route("/staff/sign-out", web::post().to(sign_in::sign_out))
        .route("/staff/calendar", web::get().to(calendar::show))
        .route("/staff/plan", web::get().to(plan::show))
        .route("/staff/plan", web::post().to(plan::save))
        .route(
            "/staff/plan/exceptions",
            web::post().to(plan::add_exception),
        )
        .route(
            "/staff/plan/exceptions/{id}/remove",
            web::post().to(plan::remove_exception),
        )
        .route("/staff/assign", web::get().to(assign::show))
        .route("/staff/queue", web::get().to(queue::show))
        .route("/staff/interviewers", web::get().to(plan::interviewers))
        .route("/staff/requests/{id}", web::get().to(queue::request))
        .route(
            "/staff/requests/{id}/propose",
            web::post().to(assign::propose),
        )
        .route("/staff/propose-all", web::post().to(queue::propose_all))
        .route(
            "/staff/propose-all/{id}",
            web::get().to(queue::propose_all_run),
        )
        .route(
            "/staff/appointments/{id}",
            web::get().to(appointments::show),
        )
        .route(
            "/staff/appointments/{id}/reassign",
            web::post().to(appointments::reassign),
        )
        .route("/staff/activations", web::get().to(activations::list))
        .route(
            "/staff/activations/{id}/revoke",
            web::post().to(activations::revoke),
        )
        .route(
            "/staff/requests/{id}/activation",
            web::get().to(activations::for_request),
        )
        .route(
            "/staff/requests/{id}/activation/reissue",
            web::post().to(activations::reissue),
        )
        .route("/staff/import", web::get().to(import::show))
        .route("/staff/import", web::post().to(import::upload))
        .route(
            "/staff/import/template.xlsx",
            web::get().to(import::template_xlsx),
        )
        .route(
            "/staff/import/template.csv",
            web::get().to(import::template_csv),
        )
        .route("/staff/import/confirm", web::post().to(import::confirm))
        .route(
            "/staff/import/preview/{token}/refused.csv",
            web::get().to(import::refused_csv),
        )
        .route("/staff/import/{id}", web::get().to(import::batch))
        .route(
            "/staff/import/{id}/report.csv",
            web::get().to(import::report_csv),
        )
        .route("/staff/import/{id}/resume", web::post().to(import::resume))
        .route("/staff/people/{id}", web::get().to(people::show))
        .route("/staff/people/{id}/resend", web::post().to(people::resend))
        .route("/staff/people/{id}/revoke", web::post().to(people::revoke))
        .route("/staff/audit", web::get().to(audit::show))
        .route("/staff/undeliverable", web::get().to(undeliverable::show))
        .route("/staff/documents/{id}", web::get().to(documents::show))
        .route("/staff/interviews/{id}", web::get().to(interview::show))
        .route(
            "/staff/interviews/{id}/documents",
            web::get().to(interview::documents),
        )
        .route(
            "/staff/interviews/{id}/photo",
            web::post().to(interview::photo),
        )
        .route(
            "/staff/interviews/{id}/{action}",
            web::post().to(interview::save),
        );
}

/// The signed-in staff member, or the redirect to the sign-in page.
pub(crate) async fn require_staff(
    req: &HttpRequest,
    state: &AppState,
    lang: crate::domain::language::Language,
) -> anyhow::Result<Result<SignedIn, HttpResponse>> {
    Ok(match staff_auth::current(req, state).await? {
        Some(signed_in) => Ok(signed_in),
        None => Err(HttpResponse::SeeOther()
            .insert_header((LOCATION, format!("/{}/staff/sign-in", lang.code())))
            .finish()),
    })
}

/// `let (tr, me) = signed_in!(req, state);` — the language and the signed-in staff member, or
/// an early return to the sign-in page.
macro_rules! signed_in {
    ($req:expr, $state:expr) => {{
        let tr = $crate::i18n::Tr($crate::http::lang::preferred(&$req));
        match $crate::routes::staff::require_staff(&$req, &$state, tr.lang())
            .await
            .map_err(|e| $crate::http::error::PageError::new(tr, e))?
        {
            Ok(me) => (tr, me),
            Err(redirect) => return Ok(redirect),
        }
    }};
}
pub(crate) use signed_in;

/// What an interviewer gets for a page or record that is not theirs, and anyone for a record
/// that does not exist.
pub(crate) fn not_found(tr: Tr) -> HttpResponse {
    page(
        StatusCode::NOT_FOUND,
        error::page(&PageCtx::new(tr, ""), ErrorKind::NotFound),
    )
}

pub(crate) fn is_supervisor(me: &SignedIn) -> bool {
    me.role == Role::Supervisor
}

/// A staff form without the session's CSRF token: nothing is changed.
pub(crate) fn csrf_refused(tr: Tr, me: &SignedIn) -> HttpResponse {
    let ctx = PageCtx::staff(tr, "staff/");
    let staff_page = StaffPage {
        ctx: &ctx,
        signed_in: me,
        notice: Some(("error", tr.t("staff-csrf-refused"))),
    };
    let title = tr.t("staff-csrf-title");
    page(
        StatusCode::FORBIDDEN,
        staff_page.render(&title, html! { h1 { (title) } }),
    )
}

/// The notice a redirect left for this page (see `http::flash`), in the page's language.
pub(crate) fn flash_notice(req: &HttpRequest, tr: Tr) -> Option<(&'static str, String)> {
    use crate::http::flash::{self, Flash};
    let message = match flash::waiting(req)? {
        Flash::Proposed(id) => tr.t_with(
            "staff-proposed",
            &[(
                "reference",
                crate::i18n::arg(crate::db::requests::RequestId(id).reference()),
            )],
        ),
        Flash::Reassigned => tr.t("staff-reassigned"),
        Flash::PlanSaved => tr.t("staff-plan-saved"),
        Flash::InterviewSaved => tr.t("interview-saved"),
    };
    Some(("info", message))
}

/// A 303 to a staff page that shows a notice once.
pub(crate) fn see_other_with(
    tr: Tr,
    state: &AppState,
    path: &str,
    flash: crate::http::flash::Flash,
) -> HttpResponse {
    crate::http::flash::redirect_with(
        format!("/{}/{path}", tr.lang().code()),
        flash,
        state.settings.is_https(),
    )
}

/// A 303 to a staff page.
pub(crate) fn see_other(tr: Tr, path: &str) -> HttpResponse {
    HttpResponse::SeeOther()
        .insert_header((LOCATION, format!("/{}/{path}", tr.lang().code())))
        .finish()
}

/// Parses a path id; anything else is "not found".
pub(crate) fn parse_id(raw: &str) -> Option<uuid::Uuid> {
    uuid::Uuid::parse_str(raw).ok()
}
