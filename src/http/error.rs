//! The one error a page handler returns when something unexpected fails. Its cause is logged with
//! its whole chain; the person gets a page in their language that says what to do, never details.

use super::page;
use crate::i18n::Tr;
use crate::views::PageCtx;
use crate::views::pages::error::{self, ErrorKind};
use actix_web::http::StatusCode;
use actix_web::{HttpResponse, ResponseError};
use std::fmt;

pub struct PageError {
    tr: Tr,
    source: anyhow::Error,
}

impl PageError {
    pub fn new(tr: Tr, source: impl Into<anyhow::Error>) -> Self {
        PageError {
            tr,
            source: source.into(),
        }
    }
}

impl fmt::Debug for PageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}", self.source)
    }
}

impl fmt::Display for PageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:#}", self.source)
    }
}

impl ResponseError for PageError {
    fn status_code(&self) -> StatusCode {
        StatusCode::INTERNAL_SERVER_ERROR
    }

    fn error_response(&self) -> HttpResponse {
        tracing::error!(error = ?self.source, "request failed");
        page(
            StatusCode::INTERNAL_SERVER_ERROR,
            error::page(&PageCtx::new(self.tr, ""), ErrorKind::Internal),
        )
    }
}

/// Adds `.page_err(tr)?` to results in handlers.
pub trait PageResultExt<T> {
    fn page_err(self, tr: Tr) -> Result<T, PageError>;
}

impl<T, E: Into<anyhow::Error>> PageResultExt<T> for Result<T, E> {
    fn page_err(self, tr: Tr) -> Result<T, PageError> {
        self.map_err(|e| PageError::new(tr, e))
    }
}
