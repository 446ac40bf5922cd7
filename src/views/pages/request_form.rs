//! The request form (journey step 1), blank or filled again with what was typed and the errors.

use crate::domain::countries::COUNTRY_CODES;
use crate::domain::language::{InterviewLanguage, Language};
use crate::domain::request::{
    DatePart, Field, FieldErrors, MOTIVATION_MAX, MOTIVATION_MIN, NAME_MAX, Problem, RequestForm,
    Sex,
};
use crate::domain::slot::PreferredSlot;
use crate::i18n::{Tr, arg};
use crate::views::PageCtx;
use crate::views::layout::layout;
use crate::views::partials::{
    DateBox, FieldView, checkbox_field, date_input, error_summary, hidden, notice, radio_group,
    select_field, select_options, select_with_options, slot_grid, text_field, textarea_field,
};
use maud::{Markup, PreEscaped, html};
use std::sync::OnceLock;

/// Country names in this language, sorted as a reader expects (accents ignored).
pub fn sorted_country_names<'a>(
    tr: Tr,
    codes: impl Iterator<Item = &'a str>,
) -> Vec<(String, String)> {
    let mut names: Vec<(String, String)> = codes
        .map(|code| (code.to_owned(), tr.t(&format!("country-{code}"))))
        .collect();
    names.sort_by_cached_key(|(_, name)| deunicode::deunicode(name).to_lowercase());
    names
}

/// Every country of birth in this language, sorted: built once per language (about 250
/// translations and a sort), then shared by every form the process renders.
pub fn country_options(tr: Tr) -> &'static [(String, String)] {
    static LISTS: [OnceLock<Vec<(String, String)>>; Language::ALL.len()] =
        [const { OnceLock::new() }; Language::ALL.len()];
    let index = Language::ALL
        .iter()
        .position(|l| *l == tr.lang())
        .unwrap_or_default();
    LISTS[index].get_or_init(|| sorted_country_names(tr, COUNTRY_CODES.iter().copied()))
}

/// The country list's `<option>`s with nothing chosen, rendered once per language: most forms
/// are shown blank, and 250 options are most of the page's work.
fn blank_country_options(tr: Tr) -> Markup {
    static RENDERED: [OnceLock<String>; Language::ALL.len()] =
        [const { OnceLock::new() }; Language::ALL.len()];
    let index = Language::ALL
        .iter()
        .position(|l| *l == tr.lang())
        .unwrap_or_default();
    let html =
        RENDERED[index].get_or_init(|| select_options(tr, country_options(tr), "").into_string());
    // Rendered by maud above, from our own translations: already escaped.
    PreEscaped(html.clone())
}

fn country_field(tr: Tr, field: &FieldView, selected: &str) -> Markup {
    if selected.trim().is_empty() {
        select_with_options(tr, field, blank_country_options(tr))
    } else {
        select_field(tr, field, country_options(tr), selected)
    }
}

pub struct FormPage<'a> {
    pub form: &'a RequestForm,
    pub errors: &'a FieldErrors,
    pub offered: &'a [PreferredSlot],
    /// A message about the whole form (session expired, too many requests).
    pub notice: Option<String>,
    pub csrf_token: &'a str,
    pub submission_token: &'a str,
}

fn message(tr: Tr, field: Field, errors: &FieldErrors) -> Option<String> {
    errors.get(field).map(|problem| {
        tr.t_with(
            problem.message_key(field),
            &[
                ("field", arg(tr.t(&format!("field-{}", field.name())))),
                ("max", arg(NAME_MAX.to_string())),
                ("min", arg(MOTIVATION_MIN.to_string())),
                ("motivation_max", arg(MOTIVATION_MAX.to_string())),
            ],
        )
    })
}

fn view<'a>(tr: Tr, field: Field, errors: &FieldErrors, required: bool) -> FieldView<'a> {
    let hint_key = format!("hint-{}", field.name());
    FieldView {
        name: field.name(),
        label: tr.t(&format!("field-{}", field.name())),
        hint: tr.has(&hint_key).then(|| tr.t(&hint_key)),
        error: message(tr, field, errors),
        required,
        note: None,
    }
}

/// Where the error summary leads for a problem: the field's input, or for a group its first
/// input (the radios and the slot grid give their first input the field's id), or for the date
/// its first box with a problem.
fn anchor(field: Field, problem: Problem) -> &'static str {
    match field {
        Field::BirthDate => problem.date_parts().first().unwrap_or(DatePart::Day).name(),
        _ => field.name(),
    }
}

/// The date of birth's three boxes, with what was typed and those the problem concerns.
fn date_boxes<'a>(tr: Tr, form: &'a RequestForm, errors: &FieldErrors) -> Vec<DateBox<'a>> {
    let wrong = errors
        .get(Field::BirthDate)
        .map(Problem::date_parts)
        .unwrap_or_default();
    DatePart::ALL
        .into_iter()
        .zip([&form.birth_day, &form.birth_month, &form.birth_year])
        .map(|(part, value)| DateBox {
            name: part.name(),
            label: tr.t(&format!("date-{}", part.code())),
            value,
            autocomplete: match part {
                DatePart::Day => "bday-day",
                DatePart::Month => "bday-month",
                DatePart::Year => "bday-year",
            },
            digits: if part == DatePart::Year { 4 } else { 2 },
            invalid: wrong.contains(part),
        })
        .collect()
}

pub fn page(ctx: &PageCtx, p: &FormPage) -> Markup {
    let tr = ctx.tr;
    let form = p.form;
    let errors = p.errors;
    let summary: Vec<(String, String)> = errors
        .iter()
        .filter_map(|(field, problem)| {
            Some((
                anchor(field, problem).to_owned(),
                message(tr, field, errors)?,
            ))
        })
        .collect();
    let ctx = &ctx.with_errors(!summary.is_empty());
    let sexes: Vec<(String, String)> = Sex::ALL
        .iter()
        .map(|s| (s.code().to_owned(), tr.t(&format!("sex-{}", s.code()))))
        .collect();
    let languages: Vec<(String, String)> = InterviewLanguage::ALL
        .iter()
        .map(|l| {
            (
                l.code().to_owned(),
                tr.t(&format!("interview-language-{}", l.code())),
            )
        })
        .collect();
    let title = tr.t("form-title");

    let body = html! {
        h1 { (title) }
        @if let Some(text) = &p.notice { (notice("error", text)) }
        (error_summary(tr, &summary))
        p { (tr.t("form-intro")) }
        form method="post" action=(ctx.href("request")) novalidate {
            (hidden("csrf_token", p.csrf_token))
            (hidden("submission_token", p.submission_token))

            h2 { (tr.t("form-section-person")) }
            (text_field(tr, &view(tr, Field::LastName, errors, true), "text", &form.last_name, "family-name"))
            (text_field(tr, &view(tr, Field::FirstNames, errors, true), "text", &form.first_names, "given-name"))
            (date_input(tr, &view(tr, Field::BirthDate, errors, true), &date_boxes(tr, form, errors)))
            (country_field(tr, &view(tr, Field::BirthCountry, errors, true), &form.birth_country))
            (text_field(tr, &view(tr, Field::BirthPlace, errors, true), "text", &form.birth_place, "off"))
            (radio_group(tr, &view(tr, Field::Sex, errors, true), &sexes, &form.sex))
            (text_field(tr, &view(tr, Field::Niss, errors, false), "text", &form.niss, "off"))

            h2 { (tr.t("form-section-contact")) }
            (text_field(tr, &view(tr, Field::Email, errors, true), "email", &form.email, "email"))
            (textarea_field(tr, &view(tr, Field::Motivation, errors, true), &form.motivation, MOTIVATION_MAX))

            h2 { (tr.t("form-section-interview")) }
            (radio_group(tr, &view(tr, Field::InterviewLanguage, errors, true), &languages, &form.interview_language))
            (slot_grid(tr, &view(tr, Field::Slots, errors, true), p.offered, &form.slot))

            h2 { (tr.t("form-section-consent")) }
            (checkbox_field(
                tr,
                &view(tr, Field::Consent, errors, true),
                html! {
                    (tr.t("consent-label")) " "
                    a href=(ctx.href("privacy")) target="_blank" rel="noopener" { (tr.t("consent-privacy-link")) }
                },
                form.consent.as_deref().is_some_and(|v| !v.is_empty()),
            ))

            div.actions {
                button.button type="submit" { (tr.t("form-submit")) }
            }
        }
    };
    layout(ctx, &title, body)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_blank_country_field_is_the_same_rendered_once_or_afresh() {
        for lang in Language::ALL {
            let tr = Tr(lang);
            let field = FieldView {
                name: "birth_country",
                label: "Country".to_owned(),
                hint: None,
                error: None,
                required: true,
                note: None,
            };
            let once = country_field(tr, &field, "").into_string();
            let afresh = select_field(tr, &field, country_options(tr), "").into_string();
            assert_eq!(once, afresh, "{lang:?}");
            assert_eq!(
                country_field(tr, &field, "").into_string(),
                afresh,
                "{lang:?} again"
            );
            let chosen = country_field(tr, &field, "BE").into_string();
            assert!(chosen.contains(r#"value="BE" selected"#), "{lang:?}");
        }
    }

    #[test]
    fn the_cached_country_list_is_the_one_built_afresh_in_every_language() {
        for lang in Language::ALL {
            let tr = Tr(lang);
            let fresh = sorted_country_names(tr, COUNTRY_CODES.iter().copied());
            assert_eq!(fresh.len(), COUNTRY_CODES.len(), "{lang}");
            assert_eq!(country_options(tr), fresh.as_slice(), "{lang}: first use");
            assert_eq!(
                country_options(tr),
                fresh.as_slice(),
                "{lang}: from the cache"
            );
            assert!(
                std::ptr::eq(country_options(tr), country_options(tr)),
                "{lang}: built once"
            );
        }
        // Each language has its own list, not the first one built.
        assert_ne!(
            country_options(Tr(Language::De)),
            country_options(Tr(Language::Fr))
        );
    }
}
