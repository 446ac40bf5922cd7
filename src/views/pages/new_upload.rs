//! The page behind the link of a "new upload of your ID" email: the security code, the upload
//! form (the same image fields as at the booking), and what the applicant sees afterwards.

use crate::i18n::arg;
use crate::use_cases::id_upload::Side;
use crate::views::PageCtx;
use crate::views::layout::layout;
use crate::views::partials::{IdImageFields, error_summary, hidden, id_image_check_script, notice};
use maud::{Markup, html};

/// The advice on a good image (the email gives the same).
const GOOD_IMAGE: [&str; 4] = [
    "new-upload-good-whole",
    "new-upload-good-sharp",
    "new-upload-good-light",
    "new-upload-good-colour",
];

pub use crate::views::partials::CodeForm;

pub fn code_form(ctx: &PageCtx, form: &CodeForm) -> Markup {
    crate::views::partials::code_form_page(
        ctx,
        form,
        &crate::views::partials::CodeTexts::security_code(
            "new-upload-title",
            "new-upload-code-intro",
            "new-upload-code-submit",
        ),
    )
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
