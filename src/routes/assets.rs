//! The stylesheet and the small scripts, compiled into the binary from `templates/`. Every page
//! works without the scripts; they only add to it.

use actix_web::HttpResponse;
use actix_web::http::header::{CACHE_CONTROL, CONTENT_TYPE};

const STYLESHEET: &str = include_str!("../../templates/style.css");

pub async fn stylesheet() -> HttpResponse {
    asset("text/css; charset=utf-8", STYLESHEET)
}

/// The script that adds the visitor's local time to an appointment's Brussels time.
pub async fn local_time_script() -> HttpResponse {
    script(include_str!("../../templates/scripts/local-time.js"))
}

/// The script that checks an ID image in the browser before it is sent.
pub async fn upload_check_script() -> HttpResponse {
    script(include_str!("../../templates/scripts/upload-check.js"))
}

/// The script that saves the interview page's sections in place and adds the camera.
pub async fn interview_script() -> HttpResponse {
    script(include_str!("../../templates/scripts/interview.js"))
}

/// The script that follows a running "propose for all" on its page.
pub async fn run_progress_script() -> HttpResponse {
    script(include_str!("../../templates/scripts/run-progress.js"))
}

/// The icon browsers show in the tab, and ask for as `/favicon.ico` on every site.
pub async fn favicon() -> HttpResponse {
    asset("image/svg+xml", include_str!("../../templates/favicon.svg"))
}

fn script(body: &'static str) -> HttpResponse {
    asset("text/javascript; charset=utf-8", body)
}

fn asset(content_type: &'static str, body: &'static str) -> HttpResponse {
    HttpResponse::Ok()
        .insert_header((CONTENT_TYPE, content_type))
        .insert_header((CACHE_CONTROL, "public, max-age=3600"))
        .body(body)
}
