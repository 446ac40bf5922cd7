//! Importing a list of people: the upload form with the templates, the preview of what
//! confirming would do (refused lines with their reasons), and a batch's progress and report.
//! `run-progress.js` follows a running batch as it does a run of "propose for all".

use super::StaffPage;
use crate::db::imports::{ImportBatch, ImportLine};
use crate::domain::import::Field;
use crate::i18n::{Tr, arg};
use crate::use_cases::import::{Preview, Reason};
use crate::views::partials::{FieldView, error_summary, file_field, hidden, text_field};
use chrono::{DateTime, Utc};
use fluent_templates::fluent_bundle::FluentValue;
use maud::{Markup, html};

/// A reason in words: the field and what is wrong with it.
pub fn reason_text(tr: Tr, reason: &Reason) -> String {
    let field = tr.t(&format!("import-field-{}", reason.field.code()));
    let what = match reason.other_line {
        Some(line) => tr.t_with(reason.key, &[("line", FluentValue::from(line))]),
        None => tr.t(reason.key),
    };
    format!("{field}: {what}")
}

/// The reasons stored with a refused line, in words.
pub fn stored_reasons(tr: Tr, stored: Option<&str>) -> String {
    stored
        .unwrap_or_default()
        .split('|')
        .filter_map(Reason::parse_stored)
        .map(|r| reason_text(tr, &r))
        .collect::<Vec<_>>()
        .join("; ")
}

pub struct UploadView<'a> {
    pub organisations: &'a [String],
    pub organisation: &'a str,
    pub problems: Vec<(String, String)>,
    pub batches: &'a [(ImportBatch, String)],
    pub action: String,
    pub max_lines: u32,
}

pub fn upload(page: &StaffPage, view: &UploadView) -> Markup {
    let tr = page.ctx.tr;
    let title = tr.t("import-title");
    let error = |field: &str| {
        view.problems
            .iter()
            .find(|(f, _)| f == field)
            .map(|(_, m)| m.clone())
    };
    let body = html! {
        h1 { (title) }
        (error_summary(tr, &view.problems))
        p { (tr.t_with("import-intro", &[("max", FluentValue::from(view.max_lines))])) }
        ul {
            @for field in Field::ALL { li { (tr.t(&format!("import-field-{}", field.code()))) } }
        }
        p {
            (tr.t("import-template")) " "
            a href=(page.ctx.href("staff/import/template.xlsx")) download { (tr.t("import-template-xlsx")) }
            " · "
            a href=(page.ctx.href("staff/import/template.csv")) download { (tr.t("import-template-csv")) }
        }
        form method="post" action=(view.action) enctype="multipart/form-data" novalidate {
            (text_field(tr, &FieldView {
                name: "organisation",
                label: tr.t("import-organisation"),
                hint: Some(tr.t("import-organisation-hint")),
                error: error("organisation"),
                required: true, note: None,
            }, "text", view.organisation, "organization"))
            datalist #organisations {
                @for name in view.organisations { option value=(name) {} }
            }
            (file_field(tr, &FieldView {
                name: "file",
                label: tr.t("import-file"),
                hint: Some(tr.t("import-file-hint")),
                error: error("file"),
                required: true, note: None,
            }, ".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"))
            button.button type="submit" { (tr.t("import-check")) }
        }
        @if !view.batches.is_empty() {
            h2 { (tr.t("import-latest")) }
            ul {
                @for (batch, organisation) in view.batches {
                    li {
                        a href=(page.ctx.href(&format!("staff/import/{}", batch.id))) {
                            (tr.instant(batch.created_at)) " — " (organisation) " — " (batch.file_name)
                        }
                    }
                }
            }
        }
    };
    page.render(&title, body)
}

pub struct PreviewView<'a> {
    pub preview: &'a Preview,
    pub organisation: &'a str,
    pub file_name: &'a str,
    pub token: &'a str,
    /// Refused lines shown (the CSV has them all).
    pub shown: usize,
}

pub fn preview(page: &StaffPage, view: &PreviewView) -> Markup {
    let tr = page.ctx.tr;
    let p = view.preview;
    let title = tr.t("import-preview-title");
    let n = |v: usize| FluentValue::from(v);
    let body = html! {
        h1 { (title) }
        p { (tr.t_with("import-preview-file", &[("file", arg(view.file_name.to_owned())), ("organisation", arg(view.organisation.to_owned()))])) }
        dl.figures {
            dt { (tr.t("import-preview-lines")) } dd #preview-lines { (p.lines) }
            dt { (tr.t("import-preview-create")) } dd #preview-create { (p.to_create.len()) }
            dt { (tr.t("import-preview-existing")) } dd #preview-existing { (p.existing.len()) }
            dt { (tr.t("import-preview-refused")) } dd #preview-refused { (p.refused.len()) }
        }
        @if p.header_skipped { p.hint { (tr.t("import-preview-header")) } }
        @if !p.refused.is_empty() {
            h2 { (tr.t("import-refused-title")) }
            p {
                (tr.t_with("staff-list-shown", &[("shown", n(view.shown.min(p.refused.len()))), ("total", n(p.refused.len()))])) " "
                a href=(page.ctx.href(&format!("staff/import/preview/{}/refused.csv?organisation={}", view.token, urlencode(view.organisation)))) download {
                    (tr.t("import-refused-csv"))
                }
            }
            div.table-scroll tabindex="0" role="region" aria-label=(tr.t("import-refused-title")) {
                table #refused {
                    thead { tr {
                        th scope="col" { (tr.t("import-line")) }
                        th scope="col" { (tr.t("import-reasons")) }
                    } }
                    tbody {
                        @for r in p.refused.iter().take(view.shown) {
                            tr {
                                td { (r.number) }
                                td { (r.reasons.iter().map(|x| reason_text(tr, x)).collect::<Vec<_>>().join("; ")) }
                            }
                        }
                    }
                }
            }
        }
        @if p.to_create.is_empty() {
            p { (tr.t("import-nothing-to-create")) }
        } @else {
            form method="post" action=(page.ctx.href("staff/import/confirm")) {
                (page.csrf())
                (hidden("token", view.token))
                (hidden("organisation", view.organisation))
                (hidden("file_name", view.file_name))
                p { (tr.t_with("import-confirm-text", &[("count", n(p.to_create.len()))])) }
                button.button type="submit" { (tr.t("import-confirm")) }
            }
        }
        p { a href=(page.ctx.href("staff/import")) { "← " (tr.t("import-another")) } }
    };
    page.render(&title, body)
}

fn urlencode(value: &str) -> String {
    url::form_urlencoded::byte_serialize(value.as_bytes()).collect()
}

pub struct BatchView<'a> {
    pub batch: &'a ImportBatch,
    pub organisation: &'a str,
    pub lines: &'a [ImportLine],
    pub total_lines: u64,
    pub page: u64,
    pub per_page: u64,
    pub now: DateTime<Utc>,
}

pub fn batch(page: &StaffPage, view: &BatchView) -> Markup {
    let tr = page.ctx.tr;
    let b = view.batch;
    let running = b.is_running(view.now);
    let finished = b.finished_at.is_some();
    let state = if running {
        "running"
    } else if finished {
        "finished"
    } else {
        "stopped"
    };
    let title = tr.t(if running {
        "import-running-title"
    } else {
        "import-report-title"
    });
    let n = |v: i32| FluentValue::from(i64::from(v));
    let base = format!("staff/import/{}", b.id);
    let last_page = view
        .total_lines
        .div_ceil(view.per_page.max(1))
        .saturating_sub(1);
    let body = html! {
        section #run data-state=(state) {
            h1 { (title) }
            p { (view.organisation) " — " (b.file_name) }
            p #run-summary role="status" {
                (tr.t_with("import-progress", &[("done", n(b.done())), ("total", n(b.lines)), ("created", n(b.created))]))
            }
            @if running {
                progress max=(b.lines.max(1)) value=(b.done()) aria-label=(tr.t("import-progress-label")) { (b.done()) " / " (b.lines) }
                p { (tr.t("import-leave")) }
                p { a href=(page.ctx.href(&base)) { (tr.t("staff-propose-all-refresh")) } }
            } @else {
                @if !finished {
                    div.notice.notice-error { p { (tr.t("import-stopped")) } }
                    form method="post" action=(page.ctx.href(&format!("{base}/resume"))) {
                        (page.csrf())
                        button.button type="submit" { (tr.t("import-resume")) }
                    }
                }
                dl.figures {
                    dt { (tr.t("import-outcome-created")) } dd #report-created { (b.created) }
                    dt { (tr.t("import-outcome-existing")) } dd #report-existing { (b.existing) }
                    dt { (tr.t("import-outcome-refused")) } dd #report-refused { (b.refused) }
                }
                p { a href=(page.ctx.href(&format!("{base}/report.csv"))) download { (tr.t("import-report-csv")) } }
                div.table-scroll tabindex="0" role="region" aria-label=(tr.t("import-report-title")) {
                    table {
                        thead { tr {
                            th scope="col" { (tr.t("import-line")) }
                            th scope="col" { (tr.t("import-field-last_name")) }
                            th scope="col" { (tr.t("import-outcome")) }
                        } }
                        tbody {
                            @for line in view.lines {
                                tr {
                                    td { (line.line_number) }
                                    td {
                                        @if let Some(person) = line.person_id {
                                            a href=(page.ctx.href(&format!("staff/people/{person}"))) { (line.first_names) " " (line.last_name) }
                                        } @else { (line.first_names) " " (line.last_name) }
                                    }
                                    td {
                                        (tr.t(&format!("import-outcome-{}", line.outcome)))
                                        @if line.reason.is_some() { " — " (stored_reasons(tr, line.reason.as_deref())) }
                                    }
                                }
                            }
                        }
                    }
                }
                nav aria-label=(tr.t("import-pages")) {
                    @if view.page > 0 { a href=(page.ctx.href(&format!("{base}?page={}", view.page - 1))) { "← " (tr.t("import-page-previous")) } " " }
                    @if view.page < last_page { a href=(page.ctx.href(&format!("{base}?page={}", view.page + 1))) { (tr.t("import-page-next")) " →" } }
                }
            }
        }
        p { a href=(page.ctx.href("staff/import")) { "← " (tr.t("import-title")) } }
        script src="/static/run-progress.js" defer {}
    };
    page.render(&title, body)
}
