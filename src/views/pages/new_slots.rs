//! The page behind the link of an interrupted interview's email: the security code, the slot
//! grid for new preferred slots (the same as the request form's), and the confirmation.

use crate::domain::slot::PreferredSlot;
use crate::views::PageCtx;
use crate::views::layout::layout;
use crate::views::partials::{FieldView, error_summary, hidden, notice, slot_grid};
use maud::{Markup, html};

pub use crate::views::partials::CodeForm;

pub fn code_form(ctx: &PageCtx, form: &CodeForm) -> Markup {
    crate::views::partials::code_form_page(
        ctx,
        form,
        &crate::views::partials::CodeTexts::security_code(
            "new-slots-title",
            "new-slots-code-intro",
            "new-slots-code-submit",
        ),
    )
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
