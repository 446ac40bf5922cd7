//! The activation pages behind the emailed link: the activation code, a page for each link that
//! can no longer be used, the choice of the digital key, its first code, and the key made.

use crate::domain::activation::{KeyFactor, LinkProblem};
use crate::domain::credentials::MIN_PASSWORD_CHARS;
use crate::i18n::{Tr, arg};
use crate::views::PageCtx;
use crate::views::layout::layout;
use crate::views::partials::{
    CodeForm, CodeTexts, FieldView, checkbox_field, code_form_page, error_summary, hidden, notice,
    text_field,
};
use fluent_templates::fluent_bundle::FluentValue;
use maud::{Markup, PreEscaped, html};

pub fn code_form(ctx: &PageCtx, form: &CodeForm) -> Markup {
    code_form_page(
        ctx,
        form,
        &CodeTexts {
            title: "activation-title",
            intro: "activation-code-intro",
            submit: "activation-code-submit",
            label: "activation-code-label",
            hint: "activation-code-hint",
            lost: "activation-code-lost",
        },
    )
}

/// Why a link opens nothing, as its own page: what happened and what to do next.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Problem {
    Unknown,
    Link(LinkProblem),
}

pub fn link_problem(ctx: &PageCtx, problem: Problem) -> Markup {
    let tr = ctx.tr;
    let key = match problem {
        Problem::Unknown => "unknown",
        Problem::Link(LinkProblem::Used) => "used",
        Problem::Link(LinkProblem::Revoked) => "revoked",
        Problem::Link(LinkProblem::Expired) => "expired",
        Problem::Link(LinkProblem::Locked(_)) => "locked",
    };
    let title = tr.t(&format!("activation-{key}-title"));
    let text = match problem {
        Problem::Link(LinkProblem::Locked(until)) => tr.t_with(
            "activation-locked-text",
            &[("until", arg(tr.instant(until)))],
        ),
        _ => tr.t(&format!("activation-{key}-text")),
    };
    let body = html! {
        h1 { (title) }
        (notice(if matches!(problem, Problem::Link(LinkProblem::Used)) { "info" } else { "warning" }, &text))
        p { (tr.t(&format!("activation-{key}-next"))) }
        @if matches!(problem, Problem::Link(LinkProblem::Used)) {
            p { a.button href=(ctx.href("key/sign-in")) { (tr.t("key-sign-in-title")) } }
        }
    };
    layout(ctx, &title, body)
}

/// The key choice as typed, with its problems.
pub struct ChoiceForm<'a> {
    pub csrf: &'a str,
    pub action: String,
    pub factor: &'a str,
    pub username: &'a str,
    pub understood: bool,
    /// `(field, message)`, in the order of the form.
    pub problems: Vec<(String, String)>,
}

impl ChoiceForm<'_> {
    fn error(&self, field: &str) -> Option<String> {
        self.problems
            .iter()
            .find(|(f, _)| f == field)
            .map(|(_, m)| m.clone())
    }
}

pub fn choose(ctx: &PageCtx, name: &str, form: &ChoiceForm) -> Markup {
    let tr = ctx.tr;
    let ctx = &ctx.with_errors(!form.problems.is_empty());
    let title = tr.t("key-choose-title");
    let factor_error = form.error("factor");
    let body = html! {
        h1 { (title) }
        (error_summary(tr, &form.problems))
        p { (tr.t_with("key-choose-intro", &[("name", arg(name.to_owned()))])) }
        form method="post" action=(form.action) novalidate {
            (hidden("csrf_token", form.csrf))
            fieldset class=(if factor_error.is_some() { "field has-error" } else { "field" }) {
                legend { (tr.t("key-factor-legend")) }
                @if let Some(error) = &factor_error { p.field-error { (error) } }
                div.choices {
                    @for (i, factor) in KeyFactor::ALL.into_iter().enumerate() {
                        @let id = if i == 0 { "factor".to_owned() } else { format!("factor-{}", factor.code()) };
                        div.choice {
                            input type="radio" id=(id) name="factor" value=(factor.code())
                                checked[form.factor == factor.code()]
                                aria-describedby=(format!("{id}-hint"));
                            label for=(id) { strong { (tr.t(&format!("key-factor-{}", factor.code()))) } }
                            p.hint id=(format!("{id}-hint")) { (tr.t(&format!("key-factor-{}-hint", factor.code()))) }
                        }
                    }
                }
            }
            (text_field(tr, &FieldView {
                name: "username",
                label: tr.t("key-username-label"),
                hint: Some(tr.t("key-username-hint")),
                error: form.error("username"),
                required: true, note: None,
            }, "text", form.username, "username"))
            (text_field(tr, &FieldView {
                name: "password",
                label: tr.t("key-password-label"),
                hint: Some(tr.t_with("key-password-hint", &[("min", FluentValue::from(MIN_PASSWORD_CHARS))])),
                error: form.error("password"),
                required: true, note: None,
            }, "password", "", "new-password"))
            (text_field(tr, &FieldView {
                name: "password_again",
                label: tr.t("key-password-again-label"),
                hint: None,
                error: form.error("password_again"),
                required: true, note: None,
            }, "password", "", "new-password"))
            (checkbox_field(tr, &FieldView {
                name: "understood",
                label: String::new(),
                hint: Some(tr.t("key-password-only-warning")),
                error: form.error("understood"),
                required: false, note: None,
            }, html! { (tr.t("key-password-only-understood-label")) }, form.understood))
            button.button type="submit" { (tr.t("key-choose-submit")) }
        }
    };
    layout(ctx, &title, body)
}

/// The app's setup: the QR code drawn on the server, and the secret as text for typing.
pub fn app_setup(tr: Tr, qr_svg: &str, secret_text: &str) -> Markup {
    // The secret in groups of four, as apps show and take it.
    let grouped: Vec<String> = secret_text
        .as_bytes()
        .chunks(4)
        .map(|c| String::from_utf8_lossy(c).into_owned())
        .collect();
    html! {
        ol.steps {
            li { (tr.t("key-app-step-install")) }
            li {
                (tr.t("key-app-step-scan"))
                // Our own SVG, from the qrcode crate: no text from anyone else is in it.
                div.qr-code { (PreEscaped(qr_svg)) }
            }
            li {
                (tr.t("key-app-step-type"))
                p { code #app-secret data-secret=(secret_text) { (grouped.join(" ")) } }
            }
            li { (tr.t("key-app-step-code")) }
        }
    }
}

/// The first code of a new key: from the email just sent, or from the app set up here.
pub struct ConfirmForm<'a> {
    pub csrf: &'a str,
    pub action: String,
    pub resend_action: Option<String>,
    pub factor: KeyFactor,
    pub app: Option<Markup>,
    pub error: Option<String>,
    pub info: Option<String>,
    pub code: &'a str,
}

pub fn code_entry(ctx: &PageCtx, title: &str, intro: &str, form: &ConfirmForm) -> Markup {
    let tr = ctx.tr;
    let ctx = &ctx.with_errors(form.error.is_some());
    let problems: Vec<(String, String)> = form
        .error
        .iter()
        .map(|e| ("code".to_owned(), e.clone()))
        .collect();
    let hint = if form.factor == KeyFactor::App {
        tr.t("key-code-app-hint")
    } else {
        tr.t("key-code-email-hint")
    };
    let body = html! {
        h1 { (title) }
        (error_summary(tr, &problems))
        @if let Some(info) = &form.info { (notice("info", info)) }
        p { (intro) }
        @if let Some(app) = &form.app { (app) }
        form method="post" action=(form.action) novalidate {
            (hidden("csrf_token", form.csrf))
            (text_field(tr, &FieldView {
                name: "code",
                label: tr.t("key-code-label"),
                hint: Some(hint),
                error: form.error.clone(),
                required: true, note: None,
            }, "text", form.code, "one-time-code"))
            button.button type="submit" { (tr.t("key-code-submit")) }
        }
        @if let Some(resend) = &form.resend_action {
            form method="post" action=(resend) {
                (hidden("csrf_token", form.csrf))
                p { (tr.t("key-code-not-received")) " " button.button-secondary type="submit" { (tr.t("key-code-resend")) } }
            }
        }
    };
    layout(ctx, title, body)
}

/// The key is active.
pub fn activated(ctx: &PageCtx, factor: KeyFactor) -> Markup {
    let tr = ctx.tr;
    let title = tr.t("key-active-title");
    let body = html! {
        h1 { (title) }
        (notice("info", &tr.t_with("key-active-text", &[("factor", arg(tr.t(&format!("key-factor-{}", factor.code()))))])))
        @if factor == KeyFactor::Password { p { (tr.t("key-password-only-warning")) } }
        p { (tr.t("key-active-next")) }
        p { a.button href=(ctx.href("key/sign-in")) { (tr.t("key-sign-in-title")) } }
    };
    layout(ctx, &title, body)
}

/// The QR code of an `otpauth://` address as inline SVG, named for screen readers. Empty when
/// the address is too long for a QR code (it never is: about 150 characters).
pub fn qr_svg(uri: &str, label: &str) -> String {
    let Ok(code) = qrcode::QrCode::new(uri.as_bytes()) else {
        return String::new();
    };
    let svg = code
        .render::<qrcode::render::svg::Color>()
        .min_dimensions(220, 220)
        .build();
    // Inline in HTML: no XML declaration; an image with a name.
    let svg = svg
        .split_once("<svg")
        .map_or(svg.clone(), |(_, rest)| format!("<svg{rest}"));
    let label = maud::html! { (label) }.into_string().replace('"', "&quot;");
    svg.replacen(
        "<svg",
        &format!("<svg role=\"img\" aria-label=\"{label}\""),
        1,
    )
}
