//! The stylesheet, compiled into the binary from `templates/style.css`.

use actix_web::HttpResponse;
use actix_web::http::header::{CACHE_CONTROL, CONTENT_TYPE};

const STYLESHEET: &str = include_str!("../../templates/style.css");

pub async fn stylesheet() -> HttpResponse {
    HttpResponse::Ok()
        .insert_header((CONTENT_TYPE, "text/css; charset=utf-8"))
        .insert_header((CACHE_CONTROL, "public, max-age=3600"))
        .body(STYLESHEET)
}

const LOCAL_TIME: &str = include_str!("../../templates/scripts/local-time.js");

/// The small script that adds the visitor's local time to an appointment's Brussels time.
pub async fn local_time_script() -> HttpResponse {
    HttpResponse::Ok()
        .insert_header((CONTENT_TYPE, "text/javascript; charset=utf-8"))
        .insert_header((CACHE_CONTROL, "public, max-age=3600"))
        .body(LOCAL_TIME)
}

const UPLOAD_CHECK: &str = include_str!("../../templates/scripts/upload-check.js");

/// The script that checks an ID image in the browser before it is sent.
pub async fn upload_check_script() -> HttpResponse {
    HttpResponse::Ok()
        .insert_header((CONTENT_TYPE, "text/javascript; charset=utf-8"))
        .insert_header((CACHE_CONTROL, "public, max-age=3600"))
        .body(UPLOAD_CHECK)
}
