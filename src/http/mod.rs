//! Web plumbing shared by the routes: language choice, CSRF, rate limits, error pages.

pub mod csrf;
pub mod error;
pub mod flash;
pub mod lang;
pub mod rate_limit;
pub mod staff_auth;

use actix_web::HttpResponse;
use actix_web::http::StatusCode;
use actix_web::http::header::{CACHE_CONTROL, CONTENT_TYPE};
use maud::Markup;

/// An HTML page response. Pages may carry tokens or codes: never cached.
pub fn page(status: StatusCode, markup: Markup) -> HttpResponse {
    HttpResponse::build(status)
        .insert_header((CONTENT_TYPE, "text/html; charset=utf-8"))
        .insert_header((CACHE_CONTROL, "no-store"))
        .body(markup.into_string())
}
