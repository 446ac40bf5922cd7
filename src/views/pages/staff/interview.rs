//! The interview page: the applicant's data, the ID images with a zoom, the video link and the
//! history, then the checklist in the order it is walked, the fraud flag and the outcome. Each
//! section is one form with its own save button and the interview's version; `interview.js`
//! saves them in place and adds the camera.

use super::{StaffPage, appointment_state, when, zone};
use crate::db::appointments::Appointment;
use crate::db::id_documents::IdDocument;
use crate::db::interviews::Interview;
use crate::db::requests::StoredRequest;
use crate::domain::interview::{
    Blocker, DocumentField, DocumentProblem, DocumentType, FACIAL_FEATURES, Item, ItemState,
    Outcome, PHOTO_SIDE, RefusalReason, Stamp,
};
use crate::domain::mrz_check::{Mismatch, MrzProblem, ZoneDate};
use crate::domain::personal_data::{PersonalField, PersonalForm};
use crate::domain::request::Sex;
use crate::i18n::{Tr, arg};
use crate::views::PageCtx;
use crate::views::pages::request_form::country_options;
use crate::views::partials::{error_summary, hidden, select_options};
use chrono::{DateTime, Utc};
use maud::{Markup, html};
use std::collections::HashMap;
use uuid::Uuid;

/// What a refused save showed, to show it again: the section it came from, the values typed,
/// the problems per field and a message for the section.
#[derive(Debug, Default, Clone)]
pub struct Kept {
    pub section: String,
    pub values: HashMap<String, String>,
    pub problems: Vec<(String, String)>,
    pub message: Option<String>,
}

impl Kept {
    pub fn for_section(section: String) -> Self {
        Kept {
            section,
            ..Kept::default()
        }
    }

    /// The value typed in this section's field, if this section was the one refused.
    fn value(&self, section: &str, name: &str) -> Option<&str> {
        (self.section == section)
            .then(|| self.values.get(name).map(String::as_str))
            .flatten()
    }

    fn problem(&self, section: &str, name: &str) -> Option<&str> {
        (self.section == section)
            .then(|| {
                self.problems
                    .iter()
                    .find(|(field, _)| field == name)
                    .map(|(_, message)| message.as_str())
            })
            .flatten()
    }

    fn message(&self, section: &str) -> Option<&str> {
        (self.section == section)
            .then_some(self.message.as_deref())
            .flatten()
    }
}

pub struct InterviewView<'a> {
    pub appointment: &'a Appointment,
    pub interview: &'a Interview,
    pub request: &'a StoredRequest,
    /// The personal data as the applicant typed them, and as the interview established them.
    pub typed: PersonalForm,
    pub established: PersonalForm,
    pub names: &'a HashMap<Uuid, String>,
    pub history: Vec<Appointment>,
    /// ID images and photos on file.
    pub documents: Vec<IdDocument>,
    pub video_url: Option<String>,
    /// What still stands in the way of an approval.
    pub blockers: Vec<Blocker>,
    pub retention_days: u32,
    pub evidence_retention_days: u32,
    pub no_show_from: DateTime<Utc>,
    /// A supervisor who did not record the outcome may change it (four eyes).
    pub may_change_outcome: bool,
    /// The photo form's address token (checked before the upload is read).
    pub photo_address_token: String,
    /// The stored MRZ compared with the record as it is now (`None`: nothing to compare yet).
    pub mrz_mismatches: Option<Vec<Mismatch>>,
    pub kept: Kept,
}

impl InterviewView<'_> {
    fn name(&self, id: Uuid) -> &str {
        self.names.get(&id).map_or("?", String::as_str)
    }

    fn stamp(&self, tr: Tr, stamp: Stamp) -> String {
        tr.t_with(
            "interview-stamp",
            &[
                ("who", arg(self.name(stamp.by).to_owned())),
                ("time", arg(tr.instant(stamp.at))),
            ],
        )
    }

    fn decided(&self) -> bool {
        self.interview.record.outcome.is_some()
    }

    fn started(&self) -> bool {
        self.interview.record.started.is_some()
    }
}

/// Before the page opens: when it will.
pub fn not_yet(page: &StaffPage, appointment: &Appointment, opens_at: DateTime<Utc>) -> Markup {
    let tr = page.ctx.tr;
    let title = tr.t("interview-title-plain");
    page.render(
        &title,
        html! {
            h1 { (title) }
            p { (when(tr, appointment.starts_at, appointment.ends_at)) " " (zone(appointment.starts_at)) }
            p { (tr.t_with("interview-not-yet", &[("time", arg(tr.time(opens_at))), ("zone", arg(zone(opens_at)))])) }
            p { a href=(page.ctx.href(&format!("staff/appointments/{}", appointment.id))) { (tr.t("interview-see-appointment")) } }
        },
    )
}

pub fn page(page: &StaffPage, view: &InterviewView) -> Markup {
    let tr = page.ctx.tr;
    let a = view.appointment;
    let title = tr.t_with(
        "interview-title",
        &[("reference", arg(view.request.reference()))],
    );
    let body = html! {
        div #interview data-version=(view.interview.version) {
            h1 { (title) }
            (error_summary(tr, &summary_links(&view.kept)))
            (summary(page, view))
            dl {
                dt { (tr.t("staff-appointment-when")) }
                dd { (when(tr, a.starts_at, a.ends_at)) " " (zone(a.starts_at)) }
                dt { (tr.t("staff-appointment-interviewer")) } dd { (view.name(a.interviewer_id)) }
                dt { (tr.t("staff-queue-language")) }
                dd { (tr.t(&format!("interview-language-{}", view.request.interview_language))) }
                @if let Some(url) = &view.video_url {
                    dt { (tr.t("interview-video")) }
                    dd {
                        a href=(url) target="_blank" rel="noopener noreferrer" {
                            (tr.t("interview-video-open")) span.visually-hidden { " " (tr.t("language-switch-new-tab")) }
                        }
                    }
                }
            }
            (applicant(page, view))
            (documents(page, view))
            (history(page, view))
            (start(page, view))
            (consent(page, view))
            h2 #checklist { (tr.t("interview-checklist")) }
            @for (number, item) in Item::ALL.into_iter().skip(1).enumerate() {
                (item_section(page, view, number + 1, item))
            }
            (fraud(page, view))
            (outcome(page, view))
            @if view.may_change_outcome { (change_outcome(page, view)) }
            p.live-status #save-status role="status" aria-live="polite" {}
        }
        script src="/static/interview.js" defer {}
    };
    page.render(&title, body)
}

/// The refused section's problems for the summary at the top, each linking to its field.
fn summary_links(kept: &Kept) -> Vec<(String, String)> {
    kept.problems
        .iter()
        .map(|(field, message)| {
            let target = match field.as_str() {
                // A group of choices: its first one, or the section.
                "state" => format!("{}-state-not_done", kept.section),
                "missing" => kept.section.clone(),
                _ => format!("{}-{field}", kept.section),
            };
            (target, message.clone())
        })
        .collect()
}

/// Where the interview stands, and what is left before an approval.
fn summary(page: &StaffPage, view: &InterviewView) -> Markup {
    let tr = page.ctx.tr;
    let record = &view.interview.record;
    html! {
        div #summary {
            @if let Some(decided) = &record.outcome {
                p.notice.notice-info {
                    (tr.t_with("interview-decided", &[
                        ("outcome", arg(tr.t(&format!("interview-outcome-{}", decided.outcome.code())))),
                        ("stamp", arg(view.stamp(tr, Stamp { by: decided.by, at: decided.at }))),
                    ]))
                }
            } @else if let Some(started) = record.started {
                p { (tr.t_with("interview-started-at", &[("stamp", arg(view.stamp(tr, started)))])) }
            } @else {
                p { (tr.t("interview-not-started")) }
            }
            @if let Some(flag) = &record.fraud {
                p.notice.notice-error role="alert" {
                    (tr.t_with("interview-flagged", &[("stamp", arg(view.stamp(tr, Stamp { by: flag.by, at: flag.at })))]))
                }
            }
        }
    }
}

fn applicant(page: &StaffPage, view: &InterviewView) -> Markup {
    let tr = page.ctx.tr;
    let r = view.request;
    let corrections = &view.interview.record.corrections;
    html! {
        section #applicant aria-labelledby="applicant-title" {
            h2 #applicant-title { (tr.t("interview-applicant")) }
            p.hint { (tr.t("interview-applicant-as-typed")) }
            dl {
                @for field in PersonalField::ALL {
                    dt { (tr.t(&format!("interview-field-{}", field.code()))) }
                    dd { (personal_value(tr, field, view.typed.value(field))) }
                }
                dt { (tr.t("interview-field-birth_country")) }
                dd { (tr.t(&format!("country-{}", r.birth_country))) }
                dt { (tr.t("interview-field-email")) } dd { (r.email) }
            }
            @if !corrections.is_empty() {
                table {
                    caption { (tr.t("interview-corrections")) }
                    thead { tr {
                        th scope="col" { (tr.t("interview-correction-field")) }
                        th scope="col" { (tr.t("interview-correction-from")) }
                        th scope="col" { (tr.t("interview-correction-to")) }
                        th scope="col" { (tr.t("interview-correction-by")) }
                    } }
                    tbody {
                        @for c in corrections {
                            tr {
                                th scope="row" { (tr.t(&format!("interview-field-{}", c.field.code()))) }
                                td { (personal_value(tr, c.field, &c.original)) }
                                td { (personal_value(tr, c.field, &c.corrected)) }
                                td { (view.stamp(tr, Stamp { by: c.by, at: c.at })) }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// A personal data value as people read it.
fn personal_value(tr: Tr, field: PersonalField, value: &str) -> String {
    match field {
        PersonalField::Sex => Sex::parse(value)
            .map_or_else(|| value.to_owned(), |s| tr.t(&format!("sex-{}", s.code()))),
        PersonalField::BirthDate => chrono::NaiveDate::parse_from_str(value, "%Y-%m-%d")
            .map_or_else(|_| value.to_owned(), |d| tr.date_long(d)),
        PersonalField::Niss if value.is_empty() => tr.t("interview-niss-none"),
        PersonalField::Niss => crate::domain::niss::Niss::parse(value)
            .map_or_else(|_| value.to_owned(), |n| n.to_string()),
        _ => value.to_owned(),
    }
}

fn documents(page: &StaffPage, view: &InterviewView) -> Markup {
    let tr = page.ctx.tr;
    let asked = view.interview.new_upload_requested;
    html! {
        section #documents aria-labelledby="documents-title" data-poll=[(asked.is_some() && !view.decided()).then(|| page.ctx.href(&format!("staff/interviews/{}/documents", view.appointment.id)))] {
            h2 #documents-title { (tr.t("staff-documents")) }
            (document_list(page.ctx, &view.documents))
            @if let Some(message) = view.kept.message("documents") { p.field-error { (message) } }
            @if let Some(asked) = asked {
                p.notice.notice-info { (tr.t_with("interview-new-upload-asked", &[("stamp", arg(view.stamp(tr, asked)))])) }
            }
            @if view.started() && !view.decided() {
                form method="post" action=(page.ctx.href(&format!("staff/interviews/{}/new-upload", view.appointment.id))) data-save {
                    (page.csrf())
                    (hidden("version", &view.interview.version.to_string()))
                    p.hint { (tr.t("interview-new-upload-help")) }
                    button.button.secondary type="submit" { (tr.t("interview-new-upload")) }
                }
            }
        }
    }
}

/// The images with their figures; each opens at full size in a new tab, and the script adds a
/// magnifier over a region.
fn document_list(ctx: &PageCtx, documents: &[IdDocument]) -> Markup {
    let tr = ctx.tr;
    html! {
        div #document-list {
            @if documents.is_empty() {
                p { (tr.t("staff-documents-none")) }
            } @else {
                div.id-images {
                    @for d in documents {
                        @let href = ctx.href(&format!("staff/documents/{}", d.id));
                        @let label = tr.t(&format!("interview-image-{}", d.side));
                        figure.id-image {
                            a href=(href) target="_blank" rel="noopener" {
                                img src=(href) alt=(label) width=(d.width) height=(d.height) loading="lazy" data-zoom;
                            }
                            figcaption {
                                strong { (label) } " — " (d.width) " × " (d.height) " px"
                                @if let (Some(sharpness), Some(glare)) = (d.sharpness, d.glare) {
                                    @if d.side != PHOTO_SIDE {
                                        br;
                                        (tr.t_with("staff-document-figures", &[
                                            ("sharpness", arg(format!("{sharpness:.0}"))),
                                            ("glare", arg(format!("{:.0}", glare * 100.0))),
                                            ("colour", arg(d.colourfulness.map_or("–".to_owned(), |c| format!("{c:.0}")))),
                                        ]))
                                    }
                                }
                                br;
                                (tr.t_with("interview-image-received", &[("time", arg(tr.instant(d.created_at)))]))
                                " — "
                                a href=(href) target="_blank" rel="noopener" {
                                    (tr.t("interview-image-full-size")) span.visually-hidden { " " (tr.t("language-switch-new-tab")) }
                                }
                            }
                        }
                    }
                }
                p.hint { (tr.t("interview-zoom-help")) }
            }
        }
    }
}

/// The document list alone, for the script that follows a new upload.
pub fn documents_fragment(ctx: &PageCtx, documents: &[IdDocument]) -> Markup {
    document_list(ctx, documents)
}

fn history(page: &StaffPage, view: &InterviewView) -> Markup {
    let tr = page.ctx.tr;
    html! {
        section #history aria-labelledby="history-title" {
            h2 #history-title { (tr.t("staff-appointment-history")) }
            ul {
                li { (tr.t_with("interview-history-requested", &[("time", arg(tr.instant(view.request.created_at)))])) }
                @for old in &view.history {
                    li {
                        (when(tr, old.starts_at, old.ends_at)) " " (zone(old.starts_at)) " — " (view.name(old.interviewer_id)) " — " (appointment_state(tr, old))
                        @if let Some(reason) = &old.change_reason { " — " (super::appointment::change_reason(tr, reason)) }
                    }
                }
            }
        }
    }
}

/// The form of one section: the address, the CSRF token and the version.
fn section_form(page: &StaffPage, view: &InterviewView, action: &str, body: Markup) -> Markup {
    html! {
        form method="post" action=(page.ctx.href(&format!("staff/interviews/{}/{action}", view.appointment.id))) data-save {
            (page.csrf())
            (hidden("version", &view.interview.version.to_string()))
            (body)
        }
    }
}

fn start(page: &StaffPage, view: &InterviewView) -> Markup {
    let tr = page.ctx.tr;
    html! {
        section #start aria-labelledby="start-title" {
            h2 #start-title { (tr.t("interview-start-title")) }
            @if let Some(message) = view.kept.message("start") { p.field-error { (message) } }
            @if let Some(started) = view.interview.record.started {
                p { (tr.t_with("interview-started-at", &[("stamp", arg(view.stamp(tr, started)))])) }
            } @else if !view.decided() {
                (section_form(page, view, "start", html! {
                    p.hint { (tr.t("interview-start-help")) }
                    button.button type="submit" { (tr.t("interview-start")) }
                }))
            }
        }
    }
}

fn consent(page: &StaffPage, view: &InterviewView) -> Markup {
    let tr = page.ctx.tr;
    let record = &view.interview.record;
    let kept = &view.kept;
    let checked = |name: &str, stored: bool| match kept.value("consent", name) {
        Some(v) => !v.is_empty(),
        None => stored,
    };
    let mark = record.checklist.get(&Item::Consent);
    let figures = [
        ("days", arg(view.retention_days.to_string())),
        (
            "evidence_days",
            arg(view.evidence_retention_days.to_string()),
        ),
        (
            "evidence_years",
            arg(format!(
                "{:.0}",
                f64::from(view.evidence_retention_days) / 365.25
            )),
        ),
    ];
    html! {
        section #consent aria-labelledby="consent-title" {
            h2 #consent-title { (tr.t("interview-consent-title")) }
            @if let Some(message) = kept.message("consent") { p.field-error { (message) } }
            p { (tr.t_with("interview-consent-say", &figures)) }
            @if let Some(mark) = mark.filter(|m| m.state == ItemState::Ok) {
                p { (tr.t_with("interview-consent-confirmed", &[("stamp", arg(view.stamp(tr, Stamp { by: mark.by, at: mark.at })))])) }
            } @else if view.started() && !view.decided() {
                (section_form(page, view, "consent", html! {
                    fieldset {
                        legend { (tr.t("interview-consent-legend")) }
                        @for (name, stored) in [("purpose_told", record.consent.purpose_told), ("photo_announced", record.consent.photo_announced), ("retention_told", record.consent.retention_told)] {
                            div.choice {
                                input type="checkbox" id=(format!("consent-{name}")) name=(name) value="yes" checked[checked(name, stored)];
                                label for=(format!("consent-{name}")) { (tr.t_with(&format!("interview-consent-{name}"), &figures)) }
                            }
                        }
                    }
                    button.button type="submit" { (tr.t("interview-consent-save")) }
                }))
            }
        }
    }
}

fn item_section(page: &StaffPage, view: &InterviewView, number: usize, item: Item) -> Markup {
    let tr = page.ctx.tr;
    let section = format!("item-{}", item.code());
    let record = &view.interview.record;
    let mark = record.checklist.get(&item);
    let open = view.started() && !view.decided() && record.consent_confirmed();
    let kept = &view.kept;
    let state = kept
        .value(&section, "state")
        .and_then(ItemState::parse)
        .unwrap_or_else(|| record.item_state(item));
    let note = kept
        .value(&section, "note")
        .map(str::to_owned)
        .unwrap_or_else(|| mark.map(|m| m.note.clone()).unwrap_or_default());
    html! {
        section #(section) .checklist-item aria-labelledby=(format!("{section}-title")) data-state=(record.item_state(item).code()) {
            h3 #(format!("{section}-title")) {
                (number) ". " (tr.t(&format!("interview-item-{}", item.code())))
                " " span.tag { (tr.t(&format!("interview-state-{}", record.item_state(item).code()))) }
            }
            @if let Some(mark) = mark {
                p.hint { (view.stamp(tr, Stamp { by: mark.by, at: mark.at })) }
            }
            p.hint { (tr.t(&format!("interview-item-{}-help", item.code()))) }
            @if let Some(message) = kept.message(&section) { p.field-error role="alert" { (message) } }
            (item_evidence(page, view, item, open))
            @if open {
                (section_form(page, view, "item", html! {
                    (hidden("item", item.code()))
                    fieldset.field.has-error[kept.problem(&section, "state").is_some()] {
                        legend { (tr.t("interview-item-state")) }
                        @if let Some(p) = kept.problem(&section, "state") { p.field-error { (p) } }
                        div.choices.inline {
                            @for s in [ItemState::NotDone, ItemState::Ok, ItemState::NotOk] {
                                @let id = format!("{section}-state-{}", s.code());
                                div.choice {
                                    input type="radio" id=(id) name="state" value=(s.code()) checked[state == s] data-autosave;
                                    label for=(id) { (tr.t(&format!("interview-state-{}", s.code()))) }
                                }
                            }
                        }
                    }
                    (textarea(tr, &section, "note", &tr.t("interview-note"), &note, kept.problem(&section, "note"), false))
                    button.button.secondary type="submit" { (tr.t("interview-item-save")) }
                }))
            }
        }
    }
}

/// A labelled text area whose id is unique on the page.
fn textarea(
    tr: Tr,
    section: &str,
    name: &str,
    label: &str,
    value: &str,
    error: Option<&str>,
    required: bool,
) -> Markup {
    let id = format!("{section}-{name}");
    html! {
        div.field.has-error[error.is_some()] {
            label for=(id) {
                (label)
                @if !required { " " span.optional { (tr.t("field-optional")) } }
            }
            @if let Some(error) = error { p.field-error id=(format!("{id}-error")) { (error) } }
            textarea id=(id) name=(name) rows="3" maxlength="2000"
                aria-describedby=[error.map(|_| format!("{id}-error"))]
                aria-invalid=[error.map(|_| "true")] { (value) }
        }
    }
}

/// A labelled one-line input whose id is unique on the page.
#[allow(clippy::too_many_arguments)]
fn input(
    section: &str,
    name: &str,
    kind: &str,
    label: &str,
    value: &str,
    error: Option<&str>,
    extra: Option<(&str, &str)>,
) -> Markup {
    let id = format!("{section}-{name}");
    html! {
        div.field.has-error[error.is_some()] {
            label for=(id) { (label) }
            @if let Some(error) = error { p.field-error id=(format!("{id}-error")) { (error) } }
            input id=(id) name=(name) type=(kind) value=(value)
                autocomplete="off" spellcheck="false"
                inputmode=[extra.filter(|(k, _)| *k == "inputmode").map(|(_, v)| v)]
                aria-describedby=[error.map(|_| format!("{id}-error"))]
                aria-invalid=[error.map(|_| "true")];
        }
    }
}

/// What an item shows and asks besides its mark.
fn item_evidence(page: &StaffPage, view: &InterviewView, item: Item, open: bool) -> Markup {
    let tr = page.ctx.tr;
    let record = &view.interview.record;
    match item {
        Item::DocumentData => document_form(page, view, open),
        Item::Mrz => mrz_form(page, view, open),
        Item::SecurityFeatures => html! {
            @if let Some(features) = &record.features {
                ol.features {
                    @for f in features {
                        li {
                            strong { (f.name) }
                            " — " (tr.t(&format!("interview-feature-category-{}", f.category.code())))
                            @if f.optically_variable { " — " span.tag { (tr.t("interview-feature-ovd")) } }
                        }
                    }
                }
            }
        },
        Item::SamePerson => html! {
            p { (tr.t("interview-facial-features")) }
            ul.inline-list {
                @for feature in FACIAL_FEATURES {
                    li { (tr.t(&format!("interview-facial-{}", feature.replace(' ', "-")))) }
                }
            }
            @if let Some(prompt) = &record.prompt {
                p.notice.notice-info { strong { (tr.t("interview-liveness")) } " " (prompt) }
            }
        },
        Item::PersonalData => corrections_form(page, view, open),
        Item::PhotoWithDocument => photo_form(page, view, open),
        Item::Consent | Item::OriginalShown | Item::RegistryChecks => html! {},
    }
}

pub fn document_field_name(field: DocumentField) -> &'static str {
    match field {
        DocumentField::Kind => "kind",
        DocumentField::IssuingCountry => "issuing_country",
        DocumentField::Number => "number",
        DocumentField::Expiry => "expiry",
    }
}

pub fn document_problem_key(problem: DocumentProblem) -> &'static str {
    match problem {
        DocumentProblem::Required => "interview-document-required",
        DocumentProblem::KindNotAccepted => "interview-document-kind-not-accepted",
        DocumentProblem::UnknownCountry => "interview-document-unknown-country",
        DocumentProblem::IdCardNotEuropean => "interview-document-id-card-not-european",
        DocumentProblem::NumberFormat => "interview-document-number-format",
        DocumentProblem::DateFormat => "interview-document-date-format",
    }
}

fn document_form(page: &StaffPage, view: &InterviewView, open: bool) -> Markup {
    let tr = page.ctx.tr;
    let section = "item-document_data";
    let stored = view.interview.record.document.as_ref();
    let kept = &view.kept;
    let value = |name: &str, stored: Option<String>| {
        kept.value(section, name)
            .map(str::to_owned)
            .or(stored)
            .unwrap_or_default()
    };
    let kind = value("kind", stored.map(|d| d.kind().code().to_owned()));
    let country = value(
        "issuing_country",
        stored.map(|d| d.issuing_country().code().to_owned()),
    );
    let number = value("number", stored.map(|d| d.number().to_owned()));
    let expiry = value(
        "expiry",
        stored.map(|d| d.expiry().format("%Y-%m-%d").to_string()),
    );
    html! {
        @if let Some(d) = stored {
            dl {
                dt { (tr.t("interview-document-kind")) } dd { (tr.t(&format!("interview-document-kind-{}", d.kind().code()))) }
                dt { (tr.t("interview-document-country")) } dd { (tr.t(&format!("country-{}", d.issuing_country().code()))) }
                dt { (tr.t("interview-document-number")) } dd { (d.number()) }
                dt { (tr.t("interview-document-expiry")) } dd { (tr.date_long(d.expiry())) }
            }
        }
        @if open {
            (section_form(page, view, "document", html! {
                div.field.has-error[kept.problem(section, "kind").is_some()] {
                    label for="item-document_data-kind" { (tr.t("interview-document-kind")) }
                    @if let Some(p) = kept.problem(section, "kind") { p.field-error { (p) } }
                    select #item-document_data-kind name="kind" {
                        option value="" { (tr.t("select-choose")) }
                        @for k in DocumentType::ALL {
                            option value=(k.code()) selected[kind == k.code()] { (tr.t(&format!("interview-document-kind-{}", k.code()))) }
                        }
                    }
                }
                div.field.has-error[kept.problem(section, "issuing_country").is_some()] {
                    label for="item-document_data-issuing_country" { (tr.t("interview-document-country")) }
                    @if let Some(p) = kept.problem(section, "issuing_country") { p.field-error { (p) } }
                    select #item-document_data-issuing_country name="issuing_country" {
                        option value="" { (tr.t("select-choose")) }
                        (select_options(tr, country_options(tr), &country))
                    }
                }
                (input(section, "number", "text", &tr.t("interview-document-number"), &number, kept.problem(section, "number"), None))
                (input(section, "expiry", "date", &tr.t("interview-document-expiry"), &expiry, kept.problem(section, "expiry"), None))
                button.button type="submit" { (tr.t("interview-document-save")) }
            }))
        }
    }
}

pub fn mrz_problem_message(tr: Tr, problem: &MrzProblem) -> String {
    match problem {
        MrzProblem::Empty => tr.t("interview-mrz-empty"),
        MrzProblem::WrongShape { line_lengths } => tr.t_with(
            "interview-mrz-wrong-shape",
            &[(
                "lengths",
                arg(line_lengths
                    .iter()
                    .map(|l| l.to_string())
                    .collect::<Vec<_>>()
                    .join(", ")),
            )],
        ),
        MrzProblem::BadCharacter {
            character,
            line,
            column,
        } => tr.t_with(
            "interview-mrz-bad-character",
            &[
                ("character", arg(character.to_string())),
                ("line", arg(line.to_string())),
                ("column", arg(column.to_string())),
            ],
        ),
        MrzProblem::NotAnIdentityDocument { found } => tr.t_with(
            "interview-mrz-not-identity-document",
            &[("found", arg(found.clone()))],
        ),
        MrzProblem::NotParseable => tr.t("interview-mrz-not-parseable"),
    }
}

fn zone_date(tr: Tr, date: &ZoneDate) -> String {
    match date {
        ZoneDate::Date(d) => tr.date_long(*d),
        ZoneDate::NotADate(raw) => raw.clone(),
    }
}

/// One mismatch: the field, what was typed, what the zone says.
fn mismatch_row(tr: Tr, mismatch: &Mismatch) -> Markup {
    let (key, typed, zone): (String, String, String) = match mismatch {
        Mismatch::CheckDigit(field) => (
            format!("interview-mrz-check-{}", field.as_str()),
            String::new(),
            tr.t("interview-mrz-check-wrong"),
        ),
        Mismatch::DocumentNumber { typed, mrz } => (
            "interview-mrz-field-number".into(),
            typed.clone(),
            mrz.clone(),
        ),
        Mismatch::ExpiryDate { typed, mrz } => (
            "interview-mrz-field-expiry".into(),
            tr.date_long(*typed),
            zone_date(tr, mrz),
        ),
        Mismatch::IssuingCountry { typed, mrz, .. } => (
            "interview-mrz-field-country".into(),
            typed.clone(),
            mrz.clone(),
        ),
        Mismatch::LastName {
            typed,
            typed_as_mrz,
            mrz,
        } => (
            "interview-mrz-field-last-name".into(),
            format!("{typed} ({typed_as_mrz})"),
            mrz.clone(),
        ),
        Mismatch::FirstNames {
            typed,
            typed_as_mrz,
            mrz,
        } => (
            "interview-mrz-field-first-names".into(),
            format!("{typed} ({typed_as_mrz})"),
            mrz.clone(),
        ),
        Mismatch::BirthDate { typed, mrz } => (
            "interview-mrz-field-birth-date".into(),
            tr.date_long(*typed),
            zone_date(tr, mrz),
        ),
        Mismatch::Sex { typed, mrz } => (
            "interview-mrz-field-sex".into(),
            tr.t(&format!("sex-{}", typed.code())),
            mrz.to_string(),
        ),
    };
    html! {
        tr {
            th scope="row" { (tr.t(&key)) }
            td { (typed) }
            td { code { (zone) } }
        }
    }
}

fn mrz_form(page: &StaffPage, view: &InterviewView, open: bool) -> Markup {
    let tr = page.ctx.tr;
    let section = "item-mrz";
    let record = &view.interview.record;
    let kept = &view.kept;
    let text = kept
        .value(section, "mrz")
        .map(str::to_owned)
        .or_else(|| record.mrz.clone())
        .unwrap_or_default();
    let mismatches = &view.mrz_mismatches;
    html! {
        @if let Some(mismatches) = mismatches {
            @if mismatches.is_empty() {
                p.notice.notice-info { (tr.t("interview-mrz-all-match")) }
            } @else {
                table.mismatches {
                    caption { (tr.t_with("interview-mrz-mismatches", &[("count", (mismatches.len() as i64).into())])) }
                    thead { tr {
                        th scope="col" { (tr.t("interview-mrz-field")) }
                        th scope="col" { (tr.t("interview-mrz-typed")) }
                        th scope="col" { (tr.t("interview-mrz-zone")) }
                    } }
                    tbody { @for m in mismatches { (mismatch_row(tr, m)) } }
                }
            }
        }
        @if open {
            (section_form(page, view, "mrz", html! {
                @let error = kept.problem(section, "mrz");
                div.field.has-error[error.is_some()] {
                    label for="item-mrz-mrz" { (tr.t("interview-mrz-label")) }
                    p.hint id="item-mrz-mrz-hint" { (tr.t("interview-mrz-hint")) }
                    @if let Some(error) = error { p.field-error id="item-mrz-mrz-error" { (error) } }
                    textarea.mrz id="item-mrz-mrz" name="mrz" rows="3" maxlength="200" spellcheck="false" autocomplete="off"
                        aria-describedby=(if error.is_some() { "item-mrz-mrz-hint item-mrz-mrz-error" } else { "item-mrz-mrz-hint" })
                        aria-invalid=[error.map(|_| "true")] { (text) }
                }
                button.button type="submit" { (tr.t("interview-mrz-check")) }
            }))
        }
    }
}

fn corrections_form(page: &StaffPage, view: &InterviewView, open: bool) -> Markup {
    let tr = page.ctx.tr;
    let section = "item-personal_data";
    let kept = &view.kept;
    let value = |field: PersonalField| {
        kept.value(section, field.code())
            .map(str::to_owned)
            .unwrap_or_else(|| view.established.value(field).to_owned())
    };
    html! {
        @if open {
            (section_form(page, view, "personal-data", html! {
                fieldset {
                    legend { (tr.t("interview-corrections-legend")) }
                    p.hint { (tr.t("interview-corrections-help")) }
                    @for field in [PersonalField::LastName, PersonalField::FirstNames, PersonalField::BirthPlace] {
                        (input(section, field.code(), "text", &tr.t(&format!("interview-field-{}", field.code())), &value(field), kept.problem(section, field.code()), None))
                    }
                    (input(section, "birth_date", "date", &tr.t("interview-field-birth_date"), &value(PersonalField::BirthDate), kept.problem(section, "birth_date"), None))
                    @let sex = value(PersonalField::Sex);
                    div.field.has-error[kept.problem(section, "sex").is_some()] {
                        label for="item-personal_data-sex" { (tr.t("interview-field-sex")) }
                        @if let Some(p) = kept.problem(section, "sex") { p.field-error { (p) } }
                        select #item-personal_data-sex name="sex" {
                            @for s in Sex::ALL {
                                option value=(s.code()) selected[sex == s.code()] { (tr.t(&format!("sex-{}", s.code()))) }
                            }
                        }
                    }
                    (input(section, "niss", "text", &tr.t("interview-field-niss"), &value(PersonalField::Niss), kept.problem(section, "niss"), Some(("inputmode", "numeric"))))
                }
                button.button.secondary type="submit" { (tr.t("interview-corrections-save")) }
            }))
        }
    }
}

fn photo_form(page: &StaffPage, view: &InterviewView, open: bool) -> Markup {
    let tr = page.ctx.tr;
    let section = "item-photo_with_document";
    let kept = &view.kept;
    let error = kept.problem(section, "photo");
    let action = format!(
        "{}?csrf_token={}",
        page.ctx
            .href(&format!("staff/interviews/{}/photo", view.appointment.id)),
        view.photo_address_token
    );
    let photos = view
        .documents
        .iter()
        .filter(|d| d.side == PHOTO_SIDE)
        .count();
    html! {
        p { (tr.t_with("interview-photos-taken", &[("count", (photos as i64).into())])) }
        @if open {
            form.photo-form method="post" action=(action) enctype="multipart/form-data" data-save {
                div.camera hidden data-camera data-ready=(tr.t("interview-camera-ready")) data-taken=(tr.t("interview-camera-taken")) data-failed=(tr.t("interview-camera-failed")) {
                    video.camera-preview autoplay playsinline muted aria-label=(tr.t("interview-camera-preview")) {}
                    canvas.camera-still hidden aria-label=(tr.t("interview-camera-still")) {}
                    p.camera-status role="status" {}
                    div.camera-buttons {
                        button.button.secondary type="button" data-camera-start { (tr.t("interview-camera-start")) }
                        button.button.secondary type="button" data-camera-take hidden { (tr.t("interview-camera-take")) }
                        button.button.secondary type="button" data-camera-again hidden { (tr.t("interview-camera-again")) }
                    }
                }
                div.field.has-error[error.is_some()] {
                    label for="item-photo_with_document-photo" { (tr.t("interview-photo-file")) }
                    p.hint id="item-photo_with_document-photo-hint" { (tr.t("interview-photo-hint")) }
                    @if let Some(error) = error { p.field-error id="item-photo_with_document-photo-error" { (error) } }
                    input #item-photo_with_document-photo name="photo" type="file" accept="image/jpeg,image/png" capture="user"
                        aria-describedby=(if error.is_some() { "item-photo_with_document-photo-hint item-photo_with_document-photo-error" } else { "item-photo_with_document-photo-hint" })
                        aria-invalid=[error.map(|_| "true")];
                }
                button.button type="submit" { (tr.t("interview-photo-save")) }
            }
        }
    }
}

fn fraud(page: &StaffPage, view: &InterviewView) -> Markup {
    let tr = page.ctx.tr;
    let record = &view.interview.record;
    let kept = &view.kept;
    html! {
        section #fraud aria-labelledby="fraud-title" {
            h2 #fraud-title { (tr.t("interview-fraud-title")) }
            @if let Some(message) = kept.message("fraud") { p.field-error role="alert" { (message) } }
            @if let Some(flag) = &record.fraud {
                p { (tr.t_with("interview-flagged", &[("stamp", arg(view.stamp(tr, Stamp { by: flag.by, at: flag.at })))])) }
                blockquote { (flag.note) }
            } @else if view.started() && !view.decided() {
                (section_form(page, view, "flag", html! {
                    p.hint { (tr.t("interview-fraud-help")) }
                    (textarea(tr, "fraud", "note", &tr.t("interview-fraud-note"), kept.value("fraud", "note").unwrap_or(""), kept.problem("fraud", "note"), true))
                    button.button.danger type="submit" { (tr.t("interview-fraud-flag")) }
                }))
            } @else {
                p { (tr.t("interview-fraud-none")) }
            }
        }
    }
}

fn blocker_text(tr: Tr, blocker: &Blocker) -> String {
    let item = |i: &Item| arg(tr.t(&format!("interview-item-{}", i.code())));
    match blocker {
        Blocker::NotStarted => tr.t("interview-blocker-not-started"),
        Blocker::ConsentNotConfirmed => tr.t("interview-blocker-consent"),
        Blocker::ItemNotDone(i) => tr.t_with("interview-blocker-not-done", &[("item", item(i))]),
        Blocker::ItemNotOk(i) => tr.t_with("interview-blocker-not-ok", &[("item", item(i))]),
        Blocker::EvidenceMissing(i) => {
            tr.t_with("interview-blocker-evidence", &[("item", item(i))])
        }
        Blocker::DocumentExpired => tr.t("interview-blocker-expired"),
        Blocker::SuspectedFraud => tr.t("interview-blocker-fraud"),
    }
}

/// The outcome's texts: what the applicant reads, apart from the note for staff.
/// `id` makes the fields' ids unique; `section` is where a refusal keeps their values.
fn outcome_texts(
    tr: Tr,
    view: &InterviewView,
    id: &str,
    section: &str,
    applicant_required: bool,
) -> Markup {
    let kept = &view.kept;
    html! {
        (textarea(tr, id, "applicant_text", &tr.t("interview-applicant-text"), kept.value(section, "applicant_text").unwrap_or(""), kept.problem(section, "applicant_text"), applicant_required))
        p.hint { (tr.t("interview-applicant-text-help")) }
        (textarea(tr, id, "internal_note", &tr.t("interview-internal-note"), kept.value(section, "internal_note").unwrap_or(""), kept.problem(section, "internal_note"), false))
    }
}

/// The forms for every outcome, or the outcome as recorded.
fn outcome(page: &StaffPage, view: &InterviewView) -> Markup {
    let tr = page.ctx.tr;
    let record = &view.interview.record;
    html! {
        section #outcome aria-labelledby="outcome-title" {
            h2 #outcome-title { (tr.t("interview-outcome-title")) }
            @if let Some(decided) = &record.outcome {
                (recorded_outcome(tr, view, &decided.outcome))
            } @else {
                (outcome_forms(page, view, ""))
            }
        }
    }
}

fn recorded_outcome(tr: Tr, view: &InterviewView, outcome: &Outcome) -> Markup {
    let decided = view.interview.record.outcome.as_ref();
    html! {
        dl {
            dt { (tr.t("interview-outcome")) }
            dd { (tr.t(&format!("interview-outcome-{}", outcome.code()))) }
            @if let Some(d) = decided {
                dt { (tr.t("interview-decided-by")) } dd { (view.stamp(tr, Stamp { by: d.by, at: d.at })) }
            }
            @match outcome {
                Outcome::Incomplete { missing, applicant_text, internal_note } => {
                    dt { (tr.t("interview-missing")) }
                    dd { @for (n, i) in missing.iter().enumerate() { @if n > 0 { ", " } (tr.t(&format!("interview-item-{}", i.code()))) } }
                    dt { (tr.t("interview-applicant-text")) } dd { (applicant_text) }
                    dt { (tr.t("interview-internal-note")) } dd { (internal_note) }
                }
                Outcome::Refused { reason, applicant_text, internal_note } => {
                    dt { (tr.t("interview-refusal-reason")) } dd { (tr.t(&format!("interview-reason-{}", reason.code()))) }
                    dt { (tr.t("interview-applicant-text")) } dd { (applicant_text) }
                    dt { (tr.t("interview-internal-note")) } dd { (internal_note) }
                }
                Outcome::Interrupted { applicant_text: Some(text) } => {
                    dt { (tr.t("interview-applicant-text")) } dd { (text) }
                }
                _ => {}
            }
        }
    }
}

/// `prefix` is empty for a first outcome and `change-` for a supervisor's change, so that the
/// ids of the two sets of forms differ.
fn outcome_forms(page: &StaffPage, view: &InterviewView, prefix: &str) -> Markup {
    let tr = page.ctx.tr;
    let record = &view.interview.record;
    let kept = &view.kept;
    let action = if prefix.is_empty() {
        "outcome"
    } else {
        "change-outcome"
    };
    let changing = !prefix.is_empty();
    // Each form's section: where a refusal shows its message and keeps what was typed.
    let sub = |code: &str| format!("{prefix}outcome-{code}");
    let change_reason = |id: &str, section: &str| {
        html! {
            @if changing {
                (textarea(tr, id, "change_reason", &tr.t("interview-change-reason"), kept.value(section, "change_reason").unwrap_or(""), kept.problem(section, "change_reason"), true))
            }
        }
    };
    let may_decide = record.started.is_some() || !changing;
    html! {
        @if may_decide {
            section #(format!("{prefix}outcome-approved")) aria-labelledby=(format!("{prefix}outcome-approved-title")) {
                h3 #(format!("{prefix}outcome-approved-title")) { (tr.t("interview-outcome-approved")) }
                @if let Some(message) = kept.message(&sub("approved")) { p.field-error role="alert" { (message) } }
                @if view.blockers.is_empty() {
                    p { (tr.t("interview-approve-ready")) }
                    (section_form(page, view, action, html! {
                        (hidden("outcome", "approved"))
                        (change_reason(&format!("{prefix}outcome-approved"), &sub("approved")))
                        button.button type="submit" { (tr.t("interview-approve")) }
                    }))
                } @else {
                    p { (tr.t("interview-approve-blocked")) }
                    ul.blockers { @for b in &view.blockers { li { (blocker_text(tr, b)) } } }
                }
            }
            @let section = sub("incomplete");
            section #(format!("{prefix}outcome-incomplete")) aria-labelledby=(format!("{prefix}outcome-incomplete-title")) {
                h3 #(format!("{prefix}outcome-incomplete-title")) { (tr.t("interview-outcome-incomplete")) }
                @if let Some(message) = kept.message(&section) { p.field-error role="alert" { (message) } }
                (section_form(page, view, action, html! {
                    (hidden("outcome", "incomplete"))
                    @let missing_kept: Vec<&str> = kept.value(&section, "missing").map(|m| m.split_whitespace().collect()).unwrap_or_default();
                    @let error = kept.problem(&section, "missing");
                    fieldset.field.has-error[error.is_some()] {
                        legend { (tr.t("interview-missing-legend")) }
                        @if let Some(error) = error { p.field-error { (error) } }
                        @for item in Item::ALL.into_iter().skip(1).filter(|i| record.item_state(*i) != ItemState::Ok) {
                            @let id = format!("{prefix}missing-{}", item.code());
                            div.choice {
                                input type="checkbox" id=(id) name="missing" value=(item.code()) checked[missing_kept.contains(&item.code())];
                                label for=(id) { (tr.t(&format!("interview-item-{}", item.code()))) }
                            }
                        }
                    }
                    (outcome_texts(tr, view, &format!("{prefix}outcome-incomplete"), &section, true))
                    (change_reason(&format!("{prefix}outcome-incomplete"), &section))
                    button.button.secondary type="submit" { (tr.t("interview-record-incomplete")) }
                }))
            }
            @let section = sub("refused");
            section #(format!("{prefix}outcome-refused")) aria-labelledby=(format!("{prefix}outcome-refused-title")) {
                h3 #(format!("{prefix}outcome-refused-title")) { (tr.t("interview-outcome-refused")) }
                @if let Some(message) = kept.message(&section) { p.field-error role="alert" { (message) } }
                (section_form(page, view, action, html! {
                    (hidden("outcome", "refused"))
                    @let reason = kept.value(&section, "reason").unwrap_or("");
                    @let error = kept.problem(&section, "reason");
                    div.field.has-error[error.is_some()] {
                        label for=(format!("{prefix}outcome-refused-reason")) { (tr.t("interview-refusal-reason")) }
                        @if let Some(error) = error { p.field-error { (error) } }
                        select id=(format!("{prefix}outcome-refused-reason")) name="reason" {
                            option value="" { (tr.t("select-choose")) }
                            @for r in RefusalReason::ALL {
                                option value=(r.code()) selected[reason == r.code()] { (tr.t(&format!("interview-reason-{}", r.code()))) }
                            }
                        }
                    }
                    (outcome_texts(tr, view, &format!("{prefix}outcome-refused"), &section, true))
                    (change_reason(&format!("{prefix}outcome-refused"), &section))
                    button.button.danger type="submit" { (tr.t("interview-record-refused")) }
                }))
            }
        }
        @if !changing && record.started.is_none() {
            @let section = sub("no_show");
            section #(format!("{prefix}outcome-no_show")) aria-labelledby=(format!("{prefix}outcome-no_show-title")) {
                h3 #(format!("{prefix}outcome-no_show-title")) { (tr.t("interview-outcome-no_show")) }
                @if let Some(message) = kept.message(&section) { p.field-error role="alert" { (message) } }
                p.hint { (tr.t_with("interview-no-show-from", &[("time", arg(tr.time(view.no_show_from))), ("zone", arg(zone(view.no_show_from)))])) }
                (section_form(page, view, action, html! {
                    (hidden("outcome", "no_show"))
                    button.button.secondary type="submit" { (tr.t("interview-record-no-show")) }
                }))
            }
        }
        @if !changing {
            @let section = sub("interrupted");
            section #(format!("{prefix}outcome-interrupted")) aria-labelledby=(format!("{prefix}outcome-interrupted-title")) {
                h3 #(format!("{prefix}outcome-interrupted-title")) { (tr.t("interview-outcome-interrupted")) }
                @if let Some(message) = kept.message(&section) { p.field-error role="alert" { (message) } }
                p.hint { (tr.t("interview-interrupted-help")) }
                (section_form(page, view, action, html! {
                    (hidden("outcome", "interrupted"))
                    (textarea(tr, &section, "applicant_text", &tr.t("interview-applicant-text"), kept.value(&section, "applicant_text").unwrap_or(""), kept.problem(&section, "applicant_text"), false))
                    button.button.secondary type="submit" { (tr.t("interview-record-interrupted")) }
                }))
            }
        }
    }
}

fn change_outcome(page: &StaffPage, view: &InterviewView) -> Markup {
    let tr = page.ctx.tr;
    html! {
        section #change-outcome aria-labelledby="change-outcome-title" {
            h2 #change-outcome-title { (tr.t("interview-change-title")) }
            p.hint { (tr.t("interview-change-help")) }
            (outcome_forms(page, view, "change-"))
        }
    }
}
