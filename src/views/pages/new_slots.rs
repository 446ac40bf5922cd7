//! The page behind the link of an interrupted interview's email: the security code, the slot
//! grid for new preferred slots (the same as the request form's), and the confirmation.

use crate::domain::slot::PreferredSlot;
use crate::views::PageCtx;
use crate::views::layout::layout;
use crate::views::partials::{FieldView, error_summary, hidden, notice, slot_grid, text_field};
use maud::{Markup, html};

pub struct CodeForm<'a> {
    pub csrf: &'a str,
    pub action: String,
    pub error: Option<String>,
    pub locked: Option<String>,
    pub code: &'a str,
}

pub fn code_form(ctx: &PageCtx, form: &CodeForm) -> Markup {
    let tr = ctx.tr;
    let ctx = &ctx.with_errors(form.error.is_some());
    let title = tr.t("new-slots-title");
    let problems: Vec<(String, String)> = form
        .error
        .iter()
        .map(|e| ("code".to_owned(), e.clone()))
        .collect();
    let body = html! {
        h1 { (title) }
        (error_summary(tr, &problems))
        @if let Some(locked) = &form.locked { (notice("error", locked)) }
        p { (tr.t("new-slots-code-intro")) }
        form method="post" action=(form.action) novalidate {
            (hidden("csrf_token", form.csrf))
            (text_field(tr, &FieldView {
                name: "code",
                label: tr.t("appointment-code-label"),
                hint: Some(tr.t("appointment-code-hint")),
                error: form.error.clone(),
                required: true, note: None,
            }, "text", form.code, "off"))
            button.button type="submit" { (tr.t("new-slots-code-submit")) }
        }
        p.hint { (tr.t("appointment-code-lost")) }
    };
    layout(ctx, &title, body)
}

pub struct SlotsForm<'a> {
    pub csrf: &'a str,
    pub action: String,
    pub offered: &'a [PreferredSlot],
    /// What was ticked, kept when the choice is refused.
    pub chosen: &'a [String],
    pub error: Option<String>,
}

pub fn slots_form(ctx: &PageCtx, form: &SlotsForm) -> Markup {
    let tr = ctx.tr;
    let title = tr.t("new-slots-title");
    let field = FieldView {
        name: "slot",
        label: tr.t("field-slot"),
        hint: Some(tr.t("hint-slot")),
        error: form.error.clone(),
        required: true,
        note: None,
    };
    let problems: Vec<(String, String)> = form
        .error
        .iter()
        .map(|e| ("slot".to_owned(), e.clone()))
        .collect();
    let ctx = &ctx.with_errors(!problems.is_empty());
    let body = html! {
        h1 { (title) }
        (error_summary(tr, &problems))
        p { (tr.t("new-slots-intro")) }
        form method="post" action=(form.action) novalidate {
            (hidden("csrf_token", form.csrf))
            (slot_grid(tr, &field, form.offered, form.chosen))
            button.button type="submit" { (tr.t("new-slots-submit")) }
        }
    };
    layout(ctx, &title, body)
}

pub fn chosen(ctx: &PageCtx) -> Markup {
    let tr = ctx.tr;
    let title = tr.t("new-slots-done-title");
    let body = html! {
        h1 { (title) }
        (notice("info", &tr.t("new-slots-done-text")))
    };
    layout(ctx, &title, body)
}
