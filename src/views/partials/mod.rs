//! Small pieces shared by pages: form fields, the error summary, notices.

mod code_form;
mod form;
mod id_upload;
mod slot_grid;

pub use form::{
    DateBox, FieldView, checkbox_field, date_input, error_summary, file_field, hidden, radio_group,
    select_field, select_options, select_with_options, text_field, textarea_field,
};

pub use code_form::{CodeForm, CodeTexts, code_form_page};
pub use id_upload::{IdImageFields, id_image_check_script};
pub use slot_grid::slot_grid;

use maud::{Markup, html};

/// A highlighted message at the top of a page (`kind` is `info`, `warning` or `error`).
pub fn notice(kind: &str, text: &str) -> Markup {
    html! {
        div class=(format!("notice notice-{kind}")) role=(if kind == "error" { "alert" } else { "status" }) {
            p { (text) }
        }
    }
}
