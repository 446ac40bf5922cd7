//! "My digital key": the sign-in with username and password, and the small page a signed-in key
//! holder sees, standing for the online services that accept the key.

use crate::db::digital_keys::{DigitalKey, KeySignIn};
use crate::domain::activation::KeyFactor;
use crate::views::PageCtx;
use crate::views::layout::layout;
use crate::views::partials::{FieldView, error_summary, hidden, notice, text_field};
use maud::{Markup, html};

pub struct SignInForm<'a> {
    pub csrf: &'a str,
    pub username: &'a str,
    pub error: Option<String>,
}

pub fn sign_in(ctx: &PageCtx, form: &SignInForm) -> Markup {
    let tr = ctx.tr;
    let ctx = &ctx.with_errors(form.error.is_some());
    let title = tr.t("key-sign-in-title");
    let problems: Vec<(String, String)> = form
        .error
        .iter()
        .map(|e| ("username".to_owned(), e.clone()))
        .collect();
    let body = html! {
        h1 { (title) }
        (error_summary(tr, &problems))
        p { (tr.t("key-sign-in-intro")) }
        form method="post" action=(ctx.href("key/sign-in")) novalidate {
            (hidden("csrf_token", form.csrf))
            (text_field(tr, &FieldView {
                name: "username",
                label: tr.t("key-username-label"),
                hint: None,
                error: form.error.clone(),
                required: true, note: None,
            }, "text", form.username, "username"))
            (text_field(tr, &FieldView {
                name: "password",
                label: tr.t("key-password-label"),
                hint: None,
                error: None,
                required: true, note: None,
            }, "password", "", "current-password"))
            button.button type="submit" { (tr.t("key-sign-in-submit")) }
        }
        p.hint { (tr.t("key-sign-in-lost")) }
    };
    layout(ctx, &title, body)
}

pub struct KeyView<'a> {
    pub csrf: &'a str,
    pub key: &'a DigitalKey,
    pub sign_ins: &'a [KeySignIn],
    pub notice: Option<String>,
}

pub fn my_key(ctx: &PageCtx, view: &KeyView) -> Markup {
    let tr = ctx.tr;
    let key = view.key;
    let title = tr.t("key-page-title");
    let factor = key.factor();
    let body = html! {
        h1 { (title) }
        @if let Some(text) = &view.notice { (notice("info", text)) }
        dl {
            dt { (tr.t("key-page-name")) } dd { (key.first_names) " " (key.last_name) }
            dt { (tr.t("key-username-label")) } dd { (key.username) }
            dt { (tr.t("key-page-type")) } dd #key-type { (tr.t(&format!("key-factor-{}", factor.code()))) }
            @if let Some(at) = key.activated_at {
                dt { (tr.t("key-page-activated")) } dd { (tr.instant(at)) }
            }
        }
        h2 { (tr.t("key-page-sign-ins")) }
        ul {
            @for s in view.sign_ins {
                li { (tr.instant(s.at)) " — " (tr.t(&format!("key-factor-{}", s.factor))) }
            }
        }
        h2 { (tr.t("key-page-change")) }
        @for other in KeyFactor::ALL.into_iter().filter(|f| *f != factor && *f != KeyFactor::Password) {
            p { a href=(ctx.href(&format!("key/switch/{}", other.code()))) { (tr.t(&format!("key-switch-to-{}", other.code()))) } }
        }
        form method="post" action=(ctx.href("key/sign-out")) {
            (hidden("csrf_token", view.csrf))
            button.button-secondary type="submit" { (tr.t("key-sign-out")) }
        }
    };
    layout(ctx, &title, body)
}

/// Changing the second factor: the code of the current factor, and for the app a code from its
/// new setup.
pub struct SwitchForm<'a> {
    pub csrf: &'a str,
    pub to: KeyFactor,
    pub current: KeyFactor,
    pub app: Option<Markup>,
    pub problems: Vec<(String, String)>,
    pub info: Option<String>,
}

pub fn switch(ctx: &PageCtx, form: &SwitchForm) -> Markup {
    let tr = ctx.tr;
    let ctx = &ctx.with_errors(!form.problems.is_empty());
    let title = tr.t(&format!("key-switch-to-{}", form.to.code()));
    let error = |field: &str| {
        form.problems
            .iter()
            .find(|(f, _)| f == field)
            .map(|(_, m)| m.clone())
    };
    let action = ctx.href(&format!("key/switch/{}", form.to.code()));
    let body = html! {
        h1 { (title) }
        (error_summary(tr, &form.problems))
        @if let Some(info) = &form.info { (notice("info", info)) }
        p { (tr.t(&format!("key-switch-to-{}-intro", form.to.code()))) }
        @if let Some(app) = &form.app { (app) }
        form method="post" action=(action) novalidate {
            (hidden("csrf_token", form.csrf))
            @if form.to == KeyFactor::App {
                (text_field(tr, &FieldView {
                    name: "new_code",
                    label: tr.t("key-switch-new-code"),
                    hint: Some(tr.t("key-code-app-hint")),
                    error: error("new_code"),
                    required: true, note: None,
                }, "text", "", "one-time-code"))
            }
            (text_field(tr, &FieldView {
                name: "current_code",
                label: tr.t(&format!("key-switch-current-{}", form.current.code())),
                hint: None,
                error: error("current_code"),
                required: true, note: None,
            }, if form.current == KeyFactor::Password { "password" } else { "text" }, "",
               if form.current == KeyFactor::Password { "current-password" } else { "one-time-code" }))
            button.button type="submit" { (tr.t("key-switch-submit")) }
        }
        @if form.current == KeyFactor::Email {
            form method="post" action=(format!("{action}/send-code")) {
                (hidden("csrf_token", form.csrf))
                p { (tr.t("key-switch-email-code")) " " button.button-secondary type="submit" { (tr.t("key-code-send")) } }
            }
        }
        p { a href=(ctx.href("key")) { "← " (tr.t("key-page-title")) } }
    };
    layout(ctx, &title, body)
}
