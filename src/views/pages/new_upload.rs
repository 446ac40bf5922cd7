//! The page behind the link of a "new upload of your ID" email: the security code, the upload
//! form (the same image fields as at the booking), and what the applicant sees afterwards.

use crate::i18n::arg;
use crate::use_cases::id_upload::Side;
use crate::views::PageCtx;
use crate::views::layout::layout;
use crate::views::partials::{
    FieldView, IdImageFields, error_summary, hidden, id_image_check_script, notice, text_field,
};
use maud::{Markup, html};

/// The advice on a good image (the email gives the same).
const GOOD_IMAGE: [&str; 4] = [
    "new-upload-good-whole",
    "new-upload-good-sharp",
    "new-upload-good-light",
    "new-upload-good-colour",
];

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
    let title = tr.t("new-upload-title");
    let problems: Vec<(String, String)> = form
        .error
        .iter()
        .map(|e| ("code".to_owned(), e.clone()))
        .collect();
    let body = html! {
        h1 { (title) }
        (error_summary(tr, &problems))
        @if let Some(locked) = &form.locked { (notice("error", locked)) }
        p { (tr.t("new-upload-code-intro")) }
        form method="post" action=(form.action) novalidate {
            (hidden("csrf_token", form.csrf))
            (text_field(tr, &FieldView {
                name: "code",
                label: tr.t("appointment-code-label"),
                hint: Some(tr.t("appointment-code-hint")),
                error: form.error.clone(),
                required: true, note: None,
            }, "text", form.code, "off"))
            button.button type="submit" { (tr.t("new-upload-code-submit")) }
        }
        p.hint { (tr.t("appointment-code-lost")) }
    };
    layout(ctx, &title, body)
}

pub struct UploadForm<'a> {
    pub csrf: &'a str,
    pub action: String,
    /// The upload limit, in megabytes and in bytes.
    pub max_megabytes: String,
    pub max_bytes: usize,
    /// `(field, message)` for `front` and `back`.
    pub problems: Vec<(String, String)>,
    /// Sides that passed the check but must be chosen again.
    pub passed: Vec<String>,
}

/// The front is required (it is the scan asked for again), the back only for a card.
pub fn upload_form(ctx: &PageCtx, form: &UploadForm) -> Markup {
    let tr = ctx.tr;
    let ctx = &ctx.with_errors(!form.problems.is_empty());
    let title = tr.t("new-upload-title");
    let fields = IdImageFields {
        max_bytes: form.max_bytes,
        problems: &form.problems,
        passed: &form.passed,
        on_file: &[],
    };
    let body = html! {
        h1 { (title) }
        (error_summary(tr, &form.problems))
        p { (tr.t("new-upload-intro")) }
        p { strong { (tr.t("new-upload-good-title")) } }
        ul { @for key in GOOD_IMAGE { li { (tr.t(key)) } } }
        form method="post" action=(form.action) enctype="multipart/form-data" novalidate {
            (hidden("csrf_token", form.csrf))
            p.hint { (tr.t_with("new-upload-format", &[("max", arg(form.max_megabytes.clone()))])) }
            (fields.field(tr, Side::Front, true))
            (fields.field(tr, Side::Back, false))
            button.button type="submit" { (tr.t("new-upload-submit")) }
        }
        p { (tr.t("new-upload-kept")) }
        (id_image_check_script())
    };
    layout(ctx, &title, body)
}

pub fn received(ctx: &PageCtx) -> Markup {
    let tr = ctx.tr;
    let title = tr.t("new-upload-received-title");
    let body = html! {
        h1 { (title) }
        (notice("info", &tr.t("new-upload-received-text")))
        p { (tr.t("new-upload-received-next")) }
    };
    layout(ctx, &title, body)
}

/// The interview has an outcome: nothing more is needed.
pub fn over(ctx: &PageCtx) -> Markup {
    let tr = ctx.tr;
    let title = tr.t("new-upload-over-title");
    let body = html! {
        h1 { (title) }
        p { (tr.t("new-upload-over-text")) }
    };
    layout(ctx, &title, body)
}
