//! Pages for things that went wrong: not found, too large, and our own failures. They never
//! show technical details; they say what the person can do next.

use crate::views::PageCtx;
use crate::views::layout::layout;
use maud::{Markup, html};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    NotFound,
    TooLarge,
    BadRequest,
    Internal,
}

impl ErrorKind {
    fn key(self) -> &'static str {
        match self {
            ErrorKind::NotFound => "not-found",
            ErrorKind::TooLarge => "too-large",
            ErrorKind::BadRequest => "bad-request",
            ErrorKind::Internal => "internal",
        }
    }
}

pub fn page(ctx: &PageCtx, kind: ErrorKind) -> Markup {
    let tr = ctx.tr;
    let key = kind.key();
    let body = html! {
        h1 { (tr.t(&format!("error-page-{key}-title"))) }
        p { (tr.t(&format!("error-page-{key}-text"))) }
        p { a href=(ctx.href("")) { (tr.t("error-page-home")) } }
    };
    layout(ctx, &tr.t(&format!("error-page-{key}-title")), body)
}
