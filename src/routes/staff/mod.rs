//! Pages for interviewers and supervisors, behind a staff sign-in.

mod home;
mod sign_in;

use crate::http::staff_auth::{self, SignedIn};
use crate::startup::AppState;
use actix_web::http::header::LOCATION;
use actix_web::{HttpRequest, HttpResponse, web};

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/staff/", web::get().to(home::show))
        .route("/staff/sign-in", web::get().to(sign_in::show))
        .route("/staff/sign-in", web::post().to(sign_in::submit))
        .route("/staff/sign-out", web::post().to(sign_in::sign_out));
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
