//! Shown once after a successful request: the personal security code and what happens next.

use crate::domain::codes::SecurityCode;
use crate::i18n::arg;
use crate::views::PageCtx;
use crate::views::layout::layout;
use crate::views::partials::notice;
use maud::{Markup, html};

pub struct Received<'a> {
    pub code: &'a SecurityCode,
    pub reference: &'a str,
    pub email: &'a str,
    /// The same form was sent again: this is a new code, the earlier one no longer works.
    pub resent: bool,
}

pub fn page(ctx: &PageCtx, received: &Received) -> Markup {
    let tr = ctx.tr;
    let body = html! {
        h1 { (tr.t("received-title")) }
        @if received.resent { (notice("warning", &tr.t("received-resent"))) }
        p.lead { (tr.t_with("received-reference", &[("reference", arg(received.reference))])) }

        section.security-code-box aria-labelledby="code-title" {
            h2 #code-title { (tr.t("received-code-title")) }
            p.security-code { code #security-code { (received.code.grouped()) } }
            p { strong { (tr.t("received-code-keep")) } }
            p { (tr.t("received-code-lost")) }
        }

        h2 { (tr.t("received-next-title")) }
        ol.steps {
            li { (tr.t_with("received-next-1", &[("email", arg(received.email))])) }
            li { (tr.t("received-next-2")) }
            li { (tr.t("received-next-3")) }
        }
    };
    layout(ctx, &tr.t("received-title"), body)
}

/// The form was sent long ago or the request has moved on: no new code can be shown.
pub fn already_sent(ctx: &PageCtx) -> Markup {
    let tr = ctx.tr;
    let body = html! {
        h1 { (tr.t("already-sent-title")) }
        p { (tr.t("already-sent-text")) }
        p { a.button href=(ctx.href("request")) { (tr.t("already-sent-new")) } }
    };
    layout(ctx, &tr.t("already-sent-title"), body)
}
