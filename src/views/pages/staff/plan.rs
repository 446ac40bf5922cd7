//! The working plan: languages spoken, periods per weekday, interview length, exceptions, and
//! the interviews the plan no longer covers.

use super::{StaffPage, when, zone};
use crate::db::appointments::Appointment;
use crate::db::schedule::StoredException;
use crate::domain::language::InterviewLanguage;
use crate::domain::working_plan::Exception;
use crate::i18n::arg;
use crate::views::partials::{FieldView, error_summary, hidden, text_field};
use maud::{Markup, html};
use uuid::Uuid;

/// The plan form as typed, so that an error keeps everything.
#[derive(Debug, Clone, Default)]
pub struct PlanForm {
    pub days: [String; 7],
    pub languages: Vec<String>,
    pub interview_minutes: String,
}

#[derive(Debug, Clone, Default)]
pub struct ExceptionForm {
    pub day: String,
    pub kind: String,
    pub period: String,
}

pub struct PlanView<'a> {
    pub staff_id: Uuid,
    pub name: &'a str,
    pub own: bool,
    /// A supervisor may set the interview length.
    pub may_set_length: bool,
    pub form: PlanForm,
    /// `(field id, message)`.
    pub problems: Vec<(String, String)>,
    pub exceptions: &'a [StoredException],
    pub exception_form: ExceptionForm,
    pub exception_problems: Vec<(String, String)>,
    pub conflicts: Vec<(Appointment, String)>,
}

fn problem<'a>(problems: &'a [(String, String)], id: &str) -> Option<&'a String> {
    problems.iter().find(|(f, _)| f == id).map(|(_, m)| m)
}

pub fn page(page: &StaffPage, view: &PlanView) -> Markup {
    let tr = page.ctx.tr;
    let title = if view.own {
        tr.t("staff-plan-title")
    } else {
        tr.t_with("staff-plan-title-of", &[("name", arg(view.name))])
    };
    let action = |path: &str| page.ctx.href(&format!("staff/plan{path}"));
    let body = html! {
        h1 { (title) }
        @if !view.conflicts.is_empty() {
            div.notice.notice-warning role="status" {
                p { strong { (tr.t("staff-plan-conflicts")) } }
                ul {
                    @for (appointment, reference) in &view.conflicts {
                        li {
                            a href=(page.ctx.href(&format!("staff/appointments/{}", appointment.id))) {
                                (when(tr, appointment.starts_at, appointment.ends_at)) " " (zone(appointment.starts_at)) " — " (reference)
                            }
                        }
                    }
                }
                p { (tr.t("staff-plan-conflicts-help")) }
            }
        }
        (error_summary(tr, &view.problems))
        form method="post" action=(action("")) novalidate {
            (page.csrf())
            (hidden("staff", &view.staff_id.to_string()))
            fieldset.field {
                legend { (tr.t("staff-plan-languages")) }
                @if let Some(message) = problem(&view.problems, "languages") {
                    p.field-error id="languages-error" { (message) }
                }
                div.choices {
                    @for (i, language) in InterviewLanguage::ALL.iter().enumerate() {
                        @let id = if i == 0 { "languages".to_owned() } else { format!("languages-{}", language.code()) };
                        div.choice {
                            input type="checkbox" id=(id) name="languages" value=(language.code())
                                checked[view.form.languages.iter().any(|l| l == language.code())];
                            label for=(id) { (tr.t(&format!("interview-language-{}", language.code()))) }
                        }
                    }
                }
            }
            fieldset.field.plan-days {
                legend { (tr.t("staff-plan-week")) }
                p.hint { (tr.t("staff-plan-week-hint")) }
                @for (weekday, value) in view.form.days.iter().enumerate() {
                    @let name = format!("day{weekday}");
                    (text_field(tr, &FieldView {
                        name: &name,
                        label: tr.t(&format!("weekday-{}", weekday + 1)),
                        hint: None,
                        error: problem(&view.problems, &name).cloned(),
                        required: false, note: None,
                    }, "text", value, "off"))
                }
            }
            @if view.may_set_length {
                (text_field(tr, &FieldView {
                    name: "interview_minutes",
                    label: tr.t("staff-plan-length"),
                    hint: Some(tr.t("staff-plan-length-hint")),
                    error: problem(&view.problems, "interview_minutes").cloned(),
                    required: true, note: None,
                }, "text", &view.form.interview_minutes, "off"))
            } @else {
                p { (tr.t_with("staff-plan-length-fixed", &[("minutes", arg(view.form.interview_minutes.clone()))])) }
            }
            button.button type="submit" { (tr.t("staff-plan-save")) }
        }
        h2 { (tr.t("staff-plan-exceptions")) }
        @if view.exceptions.is_empty() {
            p { (tr.t("staff-plan-exceptions-none")) }
        } @else {
            ul {
                @for stored in view.exceptions {
                    li {
                        @match &stored.exception {
                            Exception::DayOff(day) => { (tr.t_with("staff-plan-day-off", &[("date", arg(tr.date_long(*day)))])) }
                            Exception::ExtraHours(day, period) => {
                                (tr.t_with("staff-plan-extra-hours", &[
                                    ("date", arg(tr.date_long(*day))),
                                    ("period", arg(format!("{}–{}", period.start.format("%H:%M"), period.end.format("%H:%M")))),
                                ]))
                            }
                        }
                        " "
                        form.inline method="post" action=(action(&format!("/exceptions/{}/remove", stored.id))) {
                            (page.csrf())
                            (hidden("staff", &view.staff_id.to_string()))
                            button.link-button type="submit" { (tr.t("staff-plan-remove")) }
                        }
                    }
                }
            }
        }
        (error_summary(tr, &view.exception_problems))
        form method="post" action=(action("/exceptions")) novalidate {
            (page.csrf())
            (hidden("staff", &view.staff_id.to_string()))
            fieldset.field {
                legend { (tr.t("staff-plan-add-exception")) }
                (text_field(tr, &FieldView {
                    name: "day",
                    label: tr.t("staff-plan-exception-day"),
                    hint: None,
                    error: problem(&view.exception_problems, "day").cloned(),
                    required: true, note: None,
                }, "date", &view.exception_form.day, "off"))
                div.field {
                    div.choices {
                        div.choice {
                            input type="radio" id="kind" name="kind" value="off" checked[view.exception_form.kind != "extra"];
                            label for="kind" { (tr.t("staff-plan-kind-off")) }
                        }
                        div.choice {
                            input type="radio" id="kind-extra" name="kind" value="extra" checked[view.exception_form.kind == "extra"];
                            label for="kind-extra" { (tr.t("staff-plan-kind-extra")) }
                        }
                    }
                }
                (text_field(tr, &FieldView {
                    name: "period",
                    label: tr.t("staff-plan-exception-period"),
                    hint: Some(tr.t("staff-plan-exception-period-hint")),
                    error: problem(&view.exception_problems, "period").cloned(),
                    required: false, note: None,
                }, "text", &view.exception_form.period, "off"))
            }
            button.button type="submit" { (tr.t("staff-plan-add")) }
        }
    };
    page.render(&title, body)
}
