//! The applicant's appointment page, reached from the proposal email: the security code form,
//! the appointment itself, the cancel confirmation, and the pages for links that no longer work.

use crate::db::appointments::Appointment;
use crate::db::requests::StoredRequest;
use crate::i18n::arg;
use crate::use_cases::id_upload::Side;
use crate::views::PageCtx;
use crate::views::layout::layout;
use crate::views::partials::{
    FieldView, IdImageFields, error_summary, hidden, id_image_check_script, notice, slot_grid,
};
use maud::{Markup, html};

/// Why a link does not lead to an appointment any more.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkProblem {
    /// No appointment carries this token.
    Unknown,
    /// The slot was replaced by a newer proposal, sent by email.
    Replaced,
    /// The request has ended: cancelled, lapsed, or the interview took place.
    Finished,
}

pub fn link_problem(ctx: &PageCtx, problem: LinkProblem) -> Markup {
    let tr = ctx.tr;
    let key = match problem {
        LinkProblem::Unknown => "unknown",
        LinkProblem::Replaced => "replaced",
        LinkProblem::Finished => "finished",
    };
    let title = tr.t(&format!("appointment-link-{key}-title"));
    let body = html! {
        h1 { (title) }
        p { (tr.t(&format!("appointment-link-{key}-text"))) }
        p { a.button href=(ctx.href("request")) { (tr.t("appointment-new-request")) } }
    };
    layout(ctx, &title, body)
}

pub use crate::views::partials::CodeForm;

pub fn code_form(ctx: &PageCtx, form: &CodeForm) -> Markup {
    crate::views::partials::code_form_page(
        ctx,
        form,
        &crate::views::partials::CodeTexts::security_code(
            "appointment-code-title",
            "appointment-code-intro",
            "appointment-code-submit",
        ),
    )
}

pub struct Details<'a> {
    pub appointment: &'a Appointment,
    pub request: &'a StoredRequest,
    /// The interview has started: nothing can be changed any more.
    pub started: bool,
    pub cancel_href: String,
    pub another_href: String,
    /// The accept form, while the appointment is only proposed.
    pub accept: Option<AcceptForm<'a>>,
}

pub struct AcceptForm<'a> {
    pub csrf: &'a str,
    /// The upload limit, in megabytes and in bytes.
    pub max_megabytes: String,
    pub max_bytes: usize,
    pub action: String,
    /// `(field, message)` for `front` and `back`.
    pub problems: Vec<(String, String)>,
    /// Sides that passed the check but must be chosen again.
    pub passed: Vec<String>,
    /// Sides the request already has an image of.
    pub on_file: Vec<String>,
}

pub fn details(ctx: &PageCtx, view: &Details) -> Markup {
    let tr = ctx.tr;
    // A refused image is explained at the top of the page too, not only by its field far below.
    let problems: &[(String, String)] = view
        .accept
        .as_ref()
        .filter(|_| !view.started)
        .map_or(&[], |accept| &accept.problems);
    let ctx = &ctx.with_errors(!problems.is_empty());
    let a = view.appointment;
    let title = tr.t("appointment-title");
    let minutes = (a.ends_at - a.starts_at).num_minutes();
    let language = tr.t(&format!(
        "interview-language-{}",
        view.request.interview_language
    ));
    let body = html! {
        h1 { (title) }
        (error_summary(tr, problems))
        p.lead { (tr.t_with("appointment-state-line", &[("state", arg(tr.t(&format!("appointment-state-{}", a.state))))])) }
        dl {
            dt { (tr.t("appointment-when")) }
            dd {
                (tr.instant(a.starts_at))
                br;
                span.hint data-local-time=(a.starts_at.to_rfc3339()) data-local-label=(tr.t("appointment-your-time")) {}
                script src="/static/local-time.js" defer {}
            }
            dt { (tr.t("appointment-length")) }
            dd { (tr.t_with("appointment-minutes", &[("minutes", (minutes).into())])) }
            dt { (tr.t("appointment-language")) } dd { (language) }
            dt { (tr.t("appointment-reference")) } dd { (view.request.reference()) }
        }
        @if view.accept.is_some() && !view.started {
            (notice("info", &tr.t_with("appointment-answer-before", &[("deadline", arg(tr.deadline(a.answer_deadline())))])))
        }
        h2 { (tr.t("appointment-prepare-title")) }
        ul {
            li { (tr.t("appointment-prepare-document")) }
            li { (tr.t("appointment-prepare-device")) }
            li { (tr.t("appointment-prepare-connection")) }
        }
        @if view.started {
            (notice("info", &tr.t("appointment-started")))
        } @else {
            @if let Some(accept) = &view.accept { (accept_form(ctx, accept)) }
            h2 { (tr.t("appointment-change-title")) }
            ul {
                li { a href=(view.another_href) { (tr.t("appointment-another-link")) } }
                li { a href=(view.cancel_href) { (tr.t("appointment-cancel-link")) } }
            }
        }
    };
    layout(ctx, &title, body)
}

pub fn cancel_confirm(
    ctx: &PageCtx,
    appointment: &Appointment,
    csrf: &str,
    action: &str,
    back: &str,
) -> Markup {
    let tr = ctx.tr;
    let title = tr.t("appointment-cancel-title");
    let body = html! {
        h1 { (title) }
        p { (tr.t_with("appointment-cancel-question", &[("when", arg(tr.instant(appointment.starts_at)))])) }
        p { (tr.t("appointment-cancel-consequence")) }
        form method="post" action=(action) {
            (hidden("csrf_token", csrf))
            button.button type="submit" { (tr.t("appointment-cancel-confirm")) }
        }
        p { a href=(back) { (tr.t("appointment-cancel-back")) } }
    };
    layout(ctx, &title, body)
}

pub fn cancelled(ctx: &PageCtx) -> Markup {
    let tr = ctx.tr;
    let title = tr.t("appointment-cancelled-title");
    let body = html! {
        h1 { (title) }
        p { (tr.t("appointment-cancelled-text")) }
        p { a href=(ctx.href("request")) { (tr.t("appointment-new-request")) } }
    };
    layout(ctx, &title, body)
}

pub fn started(ctx: &PageCtx) -> Markup {
    let tr = ctx.tr;
    let title = tr.t("appointment-title");
    let body = html! {
        h1 { (title) }
        (notice("info", &tr.t("appointment-started")))
    };
    layout(ctx, &title, body)
}

pub struct AnotherSlot<'a> {
    pub csrf: &'a str,
    pub action: String,
    pub back: String,
    pub offered: &'a [crate::domain::slot::PreferredSlot],
    pub chosen: &'a [String],
    pub error: Option<String>,
}

/// "Ask for another slot": the same grid as the request form.
pub fn another_slot(ctx: &PageCtx, view: &AnotherSlot) -> Markup {
    let tr = ctx.tr;
    let title = tr.t("appointment-another-title");
    let field = FieldView {
        name: "slot",
        label: tr.t("field-slot"),
        hint: Some(tr.t("hint-slot")),
        error: view.error.clone(),
        required: true,
        note: None,
    };
    let problems: Vec<(String, String)> = view
        .error
        .iter()
        .map(|e| ("slot".to_owned(), e.clone()))
        .collect();
    let ctx = &ctx.with_errors(!problems.is_empty());
    let body = html! {
        h1 { (title) }
        (error_summary(tr, &problems))
        p { (tr.t("appointment-another-intro")) }
        form method="post" action=(view.action) novalidate {
            (hidden("csrf_token", view.csrf))
            (slot_grid(tr, &field, view.offered, view.chosen))
            button.button type="submit" { (tr.t("appointment-another-submit")) }
        }
        p { a href=(view.back) { (tr.t("appointment-cancel-back")) } }
    };
    layout(ctx, &title, body)
}

pub fn another_asked(ctx: &PageCtx) -> Markup {
    let tr = ctx.tr;
    let title = tr.t("appointment-another-done-title");
    let body = html! {
        h1 { (title) }
        p { (tr.t("appointment-another-done-text")) }
    };
    layout(ctx, &title, body)
}

fn accept_form(ctx: &PageCtx, form: &AcceptForm) -> Markup {
    let tr = ctx.tr;
    let fields = IdImageFields {
        max_bytes: form.max_bytes,
        problems: &form.problems,
        passed: &form.passed,
        on_file: &form.on_file,
    };
    html! {
        section aria-labelledby="accept" {
            h2 #accept { (tr.t("appointment-accept-title")) }
            p { (tr.t_with("appointment-accept-intro", &[("max", arg(form.max_megabytes.clone()))])) }
            form method="post" action=(form.action) enctype="multipart/form-data" novalidate {
                (hidden("csrf_token", form.csrf))
                (fields.field(tr, Side::Front, true))
                (fields.field(tr, Side::Back, false))
                button.button type="submit" { (tr.t("appointment-accept-submit")) }
            }
            (id_image_check_script())
        }
    }
}

pub fn accepted(ctx: &PageCtx, appointment: &Appointment) -> Markup {
    let tr = ctx.tr;
    let title = tr.t("appointment-accepted-title");
    let body = html! {
        h1 { (title) }
        (notice("info", &tr.t_with("appointment-accepted-text", &[("when", arg(tr.instant(appointment.starts_at)))])))
        p { (tr.t("appointment-accepted-email")) }
    };
    layout(ctx, &title, body)
}
