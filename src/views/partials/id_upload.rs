//! The ID image fields, wherever images are asked for: each with its limits written on it for the
//! in-browser check (`upload-check.js`), which only warns; the server's gate decides.

use super::{FieldView, file_field};
use crate::domain::id_quality::{MIN_LONG_SIDE, MIN_SHARPNESS, MIN_SHORT_SIDE};
use crate::domain::id_scan::megabytes;
use crate::i18n::{Tr, arg};
use crate::use_cases::id_upload::Side;
use maud::{Markup, html};

/// The ID image fields of one form: the limits, and what the last attempt found.
pub struct IdImageFields<'a> {
    pub max_bytes: usize,
    /// `(field, message)` of the sides refused.
    pub problems: &'a [(String, String)],
    /// Sides that passed but were not kept because another was refused.
    pub passed: &'a [String],
    /// Sides already on file from an earlier upload: a new image only replaces it.
    pub on_file: &'a [String],
}

impl IdImageFields<'_> {
    /// One file field for a side of the document, its problem (if any) next to it. A side on
    /// file is never required again.
    pub fn field(&self, tr: Tr, side: Side, required: bool) -> Markup {
        let name = side.code();
        let on_file = self.on_file.iter().any(|field| field == name);
        let required = required && !on_file;
        // Read with the field: why it is no longer required, or why it must be chosen again.
        let passed = self.passed.iter().any(|field| field == name);
        let note = if passed {
            Some(tr.t("id-image-passed"))
        } else if on_file {
            Some(tr.t("id-image-on-file"))
        } else {
            None
        };
        let view = FieldView {
            name,
            label: tr.t(&format!("id-image-{name}")),
            hint: Some(tr.t(&format!("id-image-{name}-hint"))),
            error: self
                .problems
                .iter()
                .find(|(field, _)| field == name)
                .map(|(_, message)| message.clone()),
            required,
            note,
        };
        let too_large = tr.t_with("scan-too-large", &[("max", arg(megabytes(self.max_bytes)))]);
        html! {
            // The browser warns at half the server's sharpness threshold: its estimate differs a
            // little, and a warning on a photo the server takes would only confuse.
            div.upload-check
                data-max-bytes=(self.max_bytes)
                data-min-long=(MIN_LONG_SIDE)
                data-min-short=(MIN_SHORT_SIDE)
                data-min-sharpness=(MIN_SHARPNESS / 2.0)
                data-msg-size=(too_large)
                data-msg-type=(tr.t("scan-not-jpeg-or-png"))
                data-msg-small=(tr.t("upload-check-small"))
                data-msg-blur=(tr.t("upload-check-blur")) {
                (file_field(tr, &view, "image/jpeg,image/png"))
                p.field-warning id=(format!("{name}-check")) role="status" hidden {}
            }
        }
    }
}

/// The in-browser check, once per page holding image fields.
pub fn id_image_check_script() -> Markup {
    html! { script src="/static/upload-check.js" defer {} }
}
