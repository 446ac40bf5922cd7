//! Form fields that carry their label, hint and error, wired for screen readers
//! (`aria-describedby`, `aria-invalid`), and the error summary that links to them.

use crate::i18n::Tr;
use maud::{Markup, html};

/// Everything a field needs to render: its name (also its id), label, optional hint, the value
/// typed so far and the error message, if any.
pub struct FieldView<'a> {
    pub name: &'a str,
    pub label: String,
    pub hint: Option<String>,
    pub error: Option<String>,
    pub required: bool,
    /// A note under the field (`{name}-note`), read with it: what changed since the last try.
    pub note: Option<String>,
}

impl FieldView<'_> {
    fn described_by(&self) -> Option<String> {
        let mut ids = Vec::new();
        if self.hint.is_some() {
            ids.push(format!("{}-hint", self.name));
        }
        if self.error.is_some() {
            ids.push(format!("{}-error", self.name));
        }
        if self.note.is_some() {
            ids.push(format!("{}-note", self.name));
        }
        (!ids.is_empty()).then(|| ids.join(" "))
    }

    fn label(&self, tr: Tr) -> Markup {
        html! {
            label for=(self.name) {
                (self.label)
                @if !self.required { " " span.optional { (tr.t("field-optional")) } }
            }
        }
    }

    fn hint_and_error(&self, tr: Tr) -> Markup {
        html! {
            @if let Some(hint) = &self.hint { p.hint id=(format!("{}-hint", self.name)) { (hint) } }
            @if let Some(error) = &self.error {
                p.field-error id=(format!("{}-error", self.name)) {
                    span.visually-hidden { (tr.t("error-prefix")) " " }
                    (error)
                }
            }
            @if let Some(note) = &self.note { p.field-note id=(format!("{}-note", self.name)) { (note) } }
        }
    }

    fn class(&self) -> &'static str {
        if self.error.is_some() {
            "field has-error"
        } else {
            "field"
        }
    }
}

pub fn text_field(
    tr: Tr,
    field: &FieldView,
    input_type: &str,
    value: &str,
    autocomplete: &str,
) -> Markup {
    html! {
        div class=(field.class()) {
            (field.label(tr))
            (field.hint_and_error(tr))
            input id=(field.name) name=(field.name) type=(input_type) value=(value)
                autocomplete=(autocomplete)
                required[field.required]
                aria-describedby=[field.described_by()]
                aria-invalid=[field.error.as_ref().map(|_| "true")];
        }
    }
}

pub fn textarea_field(tr: Tr, field: &FieldView, value: &str, max_length: usize) -> Markup {
    html! {
        div class=(field.class()) {
            (field.label(tr))
            (field.hint_and_error(tr))
            textarea id=(field.name) name=(field.name) rows="4" maxlength=(max_length)
                required[field.required]
                aria-describedby=[field.described_by()]
                aria-invalid=[field.error.as_ref().map(|_| "true")] { (value) }
        }
    }
}

/// A `<select>` with a first empty "choose" option; `options` are (value, label) pairs.
pub fn select_field(
    tr: Tr,
    field: &FieldView,
    options: &[(String, String)],
    selected: &str,
) -> Markup {
    html! {
        div class=(field.class()) {
            (field.label(tr))
            (field.hint_and_error(tr))
            select id=(field.name) name=(field.name)
                required[field.required]
                aria-describedby=[field.described_by()]
                aria-invalid=[field.error.as_ref().map(|_| "true")] {
                option value="" { (tr.t("select-choose")) }
                @for (value, label) in options {
                    option value=(value) selected[value.eq_ignore_ascii_case(selected.trim())] { (label) }
                }
            }
        }
    }
}

/// A group of radio buttons in a fieldset; the first radio carries the field's id so that the
/// error summary can link to it.
pub fn radio_group(
    tr: Tr,
    field: &FieldView,
    options: &[(String, String)],
    selected: &str,
) -> Markup {
    html! {
        fieldset class=(field.class()) aria-describedby=[field.described_by()] {
            legend { (field.label) }
            (field.hint_and_error(tr))
            div.choices {
                @for (i, (value, label)) in options.iter().enumerate() {
                    @let id = if i == 0 { field.name.to_owned() } else { format!("{}-{}", field.name, value) };
                    div.choice {
                        input type="radio" id=(id) name=(field.name) value=(value)
                            checked[value == selected]
                            required[field.required]
                            aria-invalid=[field.error.as_ref().map(|_| "true")];
                        label for=(id) { (label) }
                    }
                }
            }
        }
    }
}

/// A single checkbox whose label may hold markup (a link).
pub fn checkbox_field(tr: Tr, field: &FieldView, label: Markup, checked: bool) -> Markup {
    html! {
        div class=(field.class()) {
            (field.hint_and_error(tr))
            div.choice {
                input type="checkbox" id=(field.name) name=(field.name) value="yes"
                    checked[checked]
                    required[field.required]
                    aria-describedby=[field.described_by()]
                    aria-invalid=[field.error.as_ref().map(|_| "true")];
                label for=(field.name) { (label) }
            }
        }
    }
}

pub fn hidden(name: &str, value: &str) -> Markup {
    html! { input type="hidden" name=(name) value=(value); }
}

/// The list of problems at the top of a form, each linking to its field.
pub fn error_summary(tr: Tr, problems: &[(String, String)]) -> Markup {
    html! {
        @if !problems.is_empty() {
            div.error-summary role="alert" aria-labelledby="error-summary-title" tabindex="-1" {
                h2 #error-summary-title { (tr.t("error-summary-title")) }
                ul {
                    @for (id, message) in problems {
                        li { a href=(format!("#{id}")) { (message) } }
                    }
                }
            }
        }
    }
}

/// A file input; `accept` hints the browser's picker (the server checks the content anyway).
pub fn file_field(tr: Tr, field: &FieldView, accept: &str) -> Markup {
    html! {
        div class=(field.class()) {
            (field.label(tr))
            (field.hint_and_error(tr))
            input id=(field.name) name=(field.name) type="file" accept=(accept)
                required[field.required]
                aria-describedby=[field.described_by()]
                aria-invalid=[field.error.as_ref().map(|_| "true")];
        }
    }
}
