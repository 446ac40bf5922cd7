//! The page language: from the URL (`/fr/…`), else from `Accept-Language`, else English.

use crate::domain::language::Language;
use actix_web::HttpRequest;
use actix_web::http::header::ACCEPT_LANGUAGE;

/// The path pattern of the language segment, so that `/xx/…` falls through to "not found".
pub const LANG_SEGMENT: &str = "/{lang:fr|nl|en|de}";

pub fn preferred(req: &HttpRequest) -> Language {
    req.match_info()
        .get("lang")
        .and_then(Language::parse)
        .or_else(|| {
            // Pages that matched no route still speak the language of their URL.
            let first = req.path().trim_start_matches('/').split('/').next()?;
            Language::parse(first).filter(|_| first.len() == 2)
        })
        .or_else(|| {
            req.headers()
                .get(ACCEPT_LANGUAGE)
                .and_then(|h| h.to_str().ok())
                .and_then(Language::from_accept_language)
        })
        .unwrap_or(Language::En)
}
