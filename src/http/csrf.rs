//! CSRF protection by the double-submit pattern: a random 128-bit token in an HttpOnly,
//! SameSite=Strict cookie and in a hidden form field; a POST is accepted only when both are
//! present and equal (compared in constant time). A cross-site page can neither read the cookie
//! nor make the browser send it.

use crate::domain::codes::Token;
use actix_web::cookie::{Cookie, SameSite};
use actix_web::{HttpRequest, HttpResponse};

pub const COOKIE: &str = "rdv_csrf";

/// The token for a form being shown: the visitor's current one, or a new one with the cookie to
/// set.
pub fn token_for_form(req: &HttpRequest, secure: bool) -> (Token, Option<Cookie<'static>>) {
    match req.cookie(COOKIE).and_then(|c| Token::parse(c.value())) {
        Some(token) => (token, None),
        None => {
            let token = Token::generate();
            let cookie = Cookie::build(COOKIE, token.as_str().to_owned())
                .path("/")
                .http_only(true)
                .secure(secure)
                .same_site(SameSite::Strict)
                .finish();
            (token, Some(cookie))
        }
    }
}

/// Whether a submitted form carries the token of the visitor's cookie.
pub fn is_valid(req: &HttpRequest, submitted: &str) -> bool {
    req.cookie(COOKIE)
        .and_then(|c| Token::parse(c.value()))
        .is_some_and(|token| token.matches(submitted))
}

/// The token for one form's address (`?csrf_token=…`), checked before its body is read: derived
/// from the cookie's token and the form's purpose, so that the address (kept in a browser's
/// history or a proxy's log) never holds the cookie's own value.
pub fn for_address(token: &Token, purpose: &str) -> String {
    derive(token.as_str(), purpose)
}

/// Whether a form's address carries the token `for_address` made from this visitor's cookie.
pub fn address_is_valid(req: &HttpRequest, purpose: &str, submitted: &str) -> bool {
    use subtle::ConstantTimeEq;
    req.cookie(COOKIE)
        .and_then(|c| Token::parse(c.value()))
        .is_some_and(|token| {
            let expected = derive(token.as_str(), purpose);
            expected.len() == submitted.len()
                && bool::from(expected.as_bytes().ct_eq(submitted.as_bytes()))
        })
}

fn derive(token: &str, purpose: &str) -> String {
    use sha2::{Digest, Sha256};
    let digest = Sha256::digest(format!("csrf-address\u{1f}{token}\u{1f}{purpose}").as_bytes());
    hex::encode(&digest[..16])
}

/// Adds a newly made CSRF cookie to a form page's response.
pub fn attach(mut response: HttpResponse, cookie: Option<Cookie<'static>>) -> HttpResponse {
    if let Some(cookie) = cookie
        && let Err(error) = response.add_cookie(&cookie)
    {
        tracing::error!(error = ?error, "could not set the CSRF cookie");
    }
    response
}
