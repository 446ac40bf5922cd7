//! Web plumbing shared by the routes: language choice, CSRF, rate limits, error pages.

pub mod csrf;
pub mod error;
pub mod flash;
pub mod lang;
pub mod rate_limit;
pub mod staff_auth;
pub mod upload;

use actix_web::HttpResponse;
use actix_web::http::StatusCode;
use actix_web::http::header::{CACHE_CONTROL, CONTENT_TYPE};
use maud::Markup;

/// A page that holds a secret (a security code, a CSRF token) next to text the visitor typed:
/// sent uncompressed, so that the compressed size can never be used to guess the secret
/// (BREACH). The compression middleware leaves a response that names its encoding alone.
pub fn secret_page(status: StatusCode, markup: Markup) -> HttpResponse {
    let mut response = page(status, markup);
    response.headers_mut().insert(
        actix_web::http::header::CONTENT_ENCODING,
        actix_web::http::header::HeaderValue::from_static("identity"),
    );
    response
}

/// An HTML page response. Pages may carry tokens or codes: never cached.
pub fn page(status: StatusCode, markup: Markup) -> HttpResponse {
    HttpResponse::build(status)
        .insert_header((CONTENT_TYPE, "text/html; charset=utf-8"))
        .insert_header((CACHE_CONTROL, "no-store"))
        .body(markup.into_string())
}
