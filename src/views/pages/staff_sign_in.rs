//! The staff sign-in form.

use crate::views::PageCtx;
use crate::views::layout::layout;
use crate::views::partials::{FieldView, hidden, notice, text_field};
use maud::{Markup, html};

pub struct SignInPage<'a> {
    pub email: &'a str,
    pub notice: Option<String>,
    pub error: Option<String>,
    pub csrf_token: &'a str,
}

pub fn page(ctx: &PageCtx, p: &SignInPage) -> Markup {
    let tr = ctx.tr;
    let ctx = &ctx.with_errors(p.error.is_some());
    let field = |name, key: &str| FieldView {
        name,
        label: tr.t(key),
        hint: None,
        error: None,
        required: true,
        note: None,
    };
    let body = html! {
        h1 { (tr.t("staff-sign-in-title")) }
        @if let Some(text) = &p.notice { (notice("info", text)) }
        @if let Some(text) = &p.error { (notice("error", text)) }
        // The server's messages, in the page's language, rather than the browser's own.
        form method="post" action=(ctx.href("staff/sign-in")) novalidate {
            (hidden("csrf_token", p.csrf_token))
            (text_field(tr, &field("email", "staff-email"), "email", p.email, "username"))
            (text_field(tr, &field("password", "staff-password"), "password", "", "current-password"))
            div.actions { button.button type="submit" { (tr.t("staff-sign-in-submit")) } }
        }
    };
    layout(ctx, &tr.t("staff-sign-in-title"), body)
}
