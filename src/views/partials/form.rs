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
    select_with_options(tr, field, select_options(tr, options, selected))
}

/// The `<option>`s of a select, the first an empty "choose" one.
pub fn select_options(tr: Tr, options: &[(String, String)], selected: &str) -> Markup {
    html! {
        option value="" { (tr.t("select-choose")) }
        @for (value, label) in options {
            option value=(value) selected[value.eq_ignore_ascii_case(selected.trim())] { (label) }
        }
    }
}

/// A `<select>` with its label, hint and error around options already rendered (a long list
/// may be rendered once and reused).
pub fn select_with_options(tr: Tr, field: &FieldView, options: Markup) -> Markup {
    html! {
        div class=(field.class()) {
            (field.label(tr))
            (field.hint_and_error(tr))
            select id=(field.name) name=(field.name)
                required[field.required]
                aria-describedby=[field.described_by()]
                aria-invalid=[field.error.as_ref().map(|_| "true")] {
                (options)
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

/// One box of a date input: day, month or year.
pub struct DateBox<'a> {
    /// The input's name, also its id.
    pub name: &'a str,
    pub label: String,
    pub value: &'a str,
    pub autocomplete: &'a str,
    /// How many digits the box is sized for (2 or 4).
    pub digits: u8,
    /// This box is one the error is about.
    pub invalid: bool,
}

/// A date as three text boxes in a fieldset (GOV.UK's date input): one legend, one hint and one
/// error for the group, the boxes the error concerns marked invalid. Digits only, hence
/// `inputmode=numeric` (not `type=number`, which would turn "07" into 7 and accept "1e3").
pub fn date_input(tr: Tr, field: &FieldView, boxes: &[DateBox]) -> Markup {
    html! {
        fieldset class=(format!("{} date-input", field.class())) role="group" aria-describedby=[field.described_by()] {
            legend { (field.label) }
            (field.hint_and_error(tr))
            div.date-parts {
                @for part in boxes {
                    div.date-part {
                        label for=(part.name) { (part.label) }
                        input class=(format!("width-{}", part.digits)) id=(part.name) name=(part.name)
                            type="text" inputmode="numeric" value=(part.value)
                            autocomplete=(part.autocomplete)
                            aria-invalid=[part.invalid.then_some("true")];
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

/// The list of problems at the top of a form, each linking to its field (for a group of inputs,
/// to its first input, or the first one with a problem). It takes the focus as the page loads,
/// without a script: `autofocus` applies to any focusable element, and `tabindex=-1` makes the
/// summary one without putting it in the tab order.
pub fn error_summary(tr: Tr, problems: &[(String, String)]) -> Markup {
    html! {
        @if !problems.is_empty() {
            div.error-summary role="alert" aria-labelledby="error-summary-title" tabindex="-1" autofocus {
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
