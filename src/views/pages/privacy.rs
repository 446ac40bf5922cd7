//! The privacy notice linked from the consent checkbox.

use crate::views::PageCtx;
use crate::views::layout::layout;
use maud::{Markup, html};

pub fn page(ctx: &PageCtx) -> Markup {
    let tr = ctx.tr;
    let body = html! {
        h1 { (tr.t("privacy-title")) }
        @for section in ["controller", "data", "purpose", "retention", "rights"] {
            h2 { (tr.t(&format!("privacy-{section}-title"))) }
            p { (tr.t(&format!("privacy-{section}-text"))) }
        }
        p { a href=(ctx.href("request")) { (tr.t("privacy-back")) } }
    };
    layout(ctx, &tr.t("privacy-title"), body)
}
