//! The security code form that every applicant link opens with (the appointment, a new upload,
//! new slots after an interruption): only its title, introduction and button differ.

use super::{FieldView, error_summary, hidden, notice, text_field};
use crate::views::PageCtx;
use crate::views::layout::layout;
use maud::{Markup, html};

pub struct CodeForm<'a> {
    pub csrf: &'a str,
    pub action: String,
    pub error: Option<String>,
    pub locked: Option<String>,
    pub code: &'a str,
}

/// The translation keys of what differs between the links' code forms.
pub struct CodeTexts {
    pub title: &'static str,
    pub intro: &'static str,
    pub submit: &'static str,
    /// The field's label and hint, and what to do when the code is lost.
    pub label: &'static str,
    pub hint: &'static str,
    pub lost: &'static str,
}

impl CodeTexts {
    /// The security code of the applicant's links, with the page's own title, introduction
    /// and button.
    pub const fn security_code(
        title: &'static str,
        intro: &'static str,
        submit: &'static str,
    ) -> Self {
        CodeTexts {
            title,
            intro,
            submit,
            label: "appointment-code-label",
            hint: "appointment-code-hint",
            lost: "appointment-code-lost",
        }
    }
}

pub fn code_form_page(ctx: &PageCtx, form: &CodeForm, texts: &CodeTexts) -> Markup {
    let tr = ctx.tr;
    let ctx = &ctx.with_errors(form.error.is_some());
    let title = tr.t(texts.title);
    let problems: Vec<(String, String)> = form
        .error
        .iter()
        .map(|e| ("code".to_owned(), e.clone()))
        .collect();
    let body = html! {
        h1 { (title) }
        (error_summary(tr, &problems))
        @if let Some(locked) = &form.locked { (notice("error", locked)) }
        p { (tr.t(texts.intro)) }
        form method="post" action=(form.action) novalidate {
            (hidden("csrf_token", form.csrf))
            (text_field(tr, &FieldView {
                name: "code",
                label: tr.t(texts.label),
                hint: Some(tr.t(texts.hint)),
                error: form.error.clone(),
                required: true, note: None,
            }, "text", form.code, "off"))
            button.button type="submit" { (tr.t(texts.submit)) }
        }
        p.hint { (tr.t(texts.lost)) }
    };
    layout(ctx, &title, body)
}
