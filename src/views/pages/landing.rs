//! The home page: what the service is for, the four steps, what to have ready, who does not need
//! it, and one button to start.

use crate::domain::countries::EIDAS_NOTIFIED;
use crate::views::PageCtx;
use crate::views::layout::layout;
use crate::views::pages::request_form::sorted_country_names;
use maud::{Markup, html};

pub fn page(ctx: &PageCtx) -> Markup {
    let tr = ctx.tr;
    let eidas = sorted_country_names(tr, EIDAS_NOTIFIED.iter().copied());
    let body = html! {
        h1 { (tr.t("landing-title")) }
        p.lead { (tr.t("landing-intro")) }
        p { (tr.t("landing-result")) }
        p.cta { a.button href=(ctx.href("request")) { (tr.t("landing-start")) } }
        p { (tr.t("landing-have-key")) " " a href=(ctx.href("key/sign-in")) { (tr.t("landing-have-key-link")) } }

        h2 { (tr.t("landing-steps-title")) }
        ol.steps {
            @for step in 1..=4 {
                li {
                    strong { (tr.t(&format!("landing-step-{step}-title"))) }
                    " " (tr.t(&format!("landing-step-{step}-text")))
                }
            }
        }

        h2 { (tr.t("landing-ready-title")) }
        ul {
            @for item in ["personal-data", "email", "motivation", "slots", "language", "document"] {
                li { (tr.t(&format!("landing-ready-{item}"))) }
            }
        }

        h2 { (tr.t("landing-not-needed-title")) }
        p { (tr.t("landing-not-needed-text")) }
        ul.columns {
            @for (_, name) in &eidas { li { (name) } }
        }

        p.cta { a.button href=(ctx.href("request")) { (tr.t("landing-start")) } }
    };
    layout(ctx, &tr.t("landing-title"), body)
}
