//! The document around every page: head, header with the language switch, main, footer.

use super::PageCtx;
use crate::domain::language::Language;
use maud::{DOCTYPE, Markup, html};

pub fn layout(ctx: &PageCtx, title: &str, body: Markup) -> Markup {
    let tr = ctx.tr;
    html! {
        (DOCTYPE)
        html lang=(tr.lang().code()) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title {
                    @if ctx.has_errors { (tr.t("error-prefix")) " " }
                    (title) " — " (tr.t("site-name"))
                }
                link rel="stylesheet" href="/static/style.css";
                link rel="icon" href="/static/favicon.svg" type="image/svg+xml";
            }
            body class=[ctx.wide.then_some("wide")] {
                a.skip-link href="#main" { (tr.t("skip-to-content")) }
                header.site-header {
                    div.wrap {
                        a.site-name href=(ctx.href("")) { (tr.t("site-name")) }
                        nav.language-switch aria-label=(tr.t("language-switch-label")) {
                            ul {
                                @for lang in Language::ALL {
                                    li {
                                        @if lang == tr.lang() {
                                            a href=(format!("/{}/{}", lang.code(), ctx.path)) lang=(lang.code()) hreflang=(lang.code()) aria-current="true" { (lang.endonym()) }
                                        } @else {
                                            a href=(format!("/{}/{}", lang.code(), ctx.path)) lang=(lang.code()) hreflang=(lang.code())
                                                target=[ctx.shown_once.then_some("_blank")] rel=[ctx.shown_once.then_some("noopener")] {
                                                (lang.endonym())
                                                @if ctx.shown_once {
                                                    span aria-hidden="true" { " ↗" }
                                                    span.visually-hidden lang=(tr.lang().code()) { " " (tr.t("language-switch-new-tab")) }
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
                main #main.wrap {
                    (body)
                }
                footer.site-footer {
                    div.wrap {
                        p { (tr.t("footer-text")) }
                        p { a href=(ctx.href("privacy")) { (tr.t("privacy-link")) } }
                    }
                }
            }
        }
    }
}
