//! The staff start page.

use crate::http::staff_auth::SignedIn;
use crate::i18n::arg;
use crate::views::PageCtx;
use crate::views::layout::layout;
use crate::views::partials::hidden;
use maud::{Markup, html};

pub fn page(ctx: &PageCtx, signed_in: &SignedIn) -> Markup {
    let tr = ctx.tr;
    let languages: Vec<String> = signed_in
        .member
        .languages
        .split(',')
        .map(|code| tr.t(&format!("interview-language-{code}")))
        .collect();
    let body = html! {
        h1 { (tr.t("staff-home-title")) }
        p {
            (tr.t_with("staff-signed-in-as", &[
                ("name", arg(signed_in.member.name.clone())),
                ("role", arg(tr.t(&format!("role-{}", signed_in.role.code())))),
            ]))
        }
        p { (tr.t_with("staff-languages", &[("languages", arg(languages.join(", ")))])) }
        form method="post" action=(ctx.href("staff/sign-out")) {
            (hidden("csrf_token", &signed_in.session.csrf_token))
            button.button type="submit" { (tr.t("staff-sign-out")) }
        }
    };
    layout(ctx, &tr.t("staff-home-title"), body)
}
