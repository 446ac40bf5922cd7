//! Routes by audience. Handlers are thin: parse, call the store, render.

pub mod applicant;
pub mod assets;
pub mod health;
pub mod staff;

use crate::http::lang::{self, LANG_SEGMENT};
use crate::http::page;
use crate::i18n::Tr;
use crate::views::PageCtx;
use crate::views::pages::error::{self, ErrorKind};
use actix_web::http::StatusCode;
use actix_web::http::header::LOCATION;
use actix_web::{HttpRequest, HttpResponse, web};

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/", web::get().to(root))
        .route("/health", web::get().to(health::health))
        .route("/ready", web::get().to(health::ready))
        .route("/static/style.css", web::get().to(assets::stylesheet))
        .route("/static/favicon.svg", web::get().to(assets::favicon))
        .route("/favicon.ico", web::get().to(assets::favicon))
        .route(
            "/static/upload-check.js",
            web::get().to(assets::upload_check_script),
        )
        .route(
            "/static/local-time.js",
            web::get().to(assets::local_time_script),
        )
        .route(
            "/static/run-progress.js",
            web::get().to(assets::run_progress_script),
        )
        .route(
            "/static/interview.js",
            web::get().to(assets::interview_script),
        )
        .route(LANG_SEGMENT, web::get().to(root))
        .service(
            web::scope(LANG_SEGMENT)
                .configure(applicant::configure)
                .configure(staff::configure),
        );
}

/// `/` and `/fr` lead to the home page in the visitor's language.
async fn root(req: HttpRequest) -> HttpResponse {
    let lang = lang::preferred(&req);
    HttpResponse::SeeOther()
        .insert_header((LOCATION, format!("/{}/", lang.code())))
        .finish()
}

/// Anything that matched no route.
pub async fn not_found(req: HttpRequest) -> HttpResponse {
    let ctx = PageCtx::new(Tr(lang::preferred(&req)), "");
    page(
        StatusCode::NOT_FOUND,
        error::page(&ctx, ErrorKind::NotFound),
    )
}
