//! The staff start page; a supervisor's starts with the interview figures.

use crate::db::appointments::Appointment;
use crate::db::interview_figures::{Bounded, Figures, InterviewLine};
use crate::db::requests::RequestId;
use crate::i18n::{Tr, arg};
use crate::views::pages::staff::appointment::change_reason;
use crate::views::pages::staff::{StaffPage, appointment_state, when, zone};
use maud::{Markup, html};

/// `changes`: the signed-in person's appointments that someone else created or moved lately.
/// `figures`: for a supervisor.
pub fn page(
    page: &StaffPage,
    figures: Option<&Figures>,
    activation_figures: Option<&crate::db::activations::Figures>,
    changes: &[(Appointment, String)],
    upcoming: &[(Appointment, String)],
) -> Markup {
    let tr = page.ctx.tr;
    let me = page.signed_in;
    let languages: Vec<String> = crate::db::schedule::languages_of(&me.member.languages)
        .into_iter()
        .map(|l| tr.t(&format!("interview-language-{}", l.code())))
        .collect();
    let body = html! {
        h1 { (tr.t("staff-home-title")) }
        p {
            (tr.t_with("staff-signed-in-as", &[
                ("name", arg(me.member.name.clone())),
                ("role", arg(tr.t(&format!("role-{}", me.role.code())))),
            ]))
        }
        p { (tr.t_with("staff-languages", &[("languages", arg(languages.join(", ")))])) }
        @if let Some(figures) = figures { (figures_sections(page, figures)) }
        @if let Some(figures) = activation_figures {
            (crate::views::pages::staff::activations::figures(page, figures))
        }
        h2 { (tr.t("staff-home-changes")) }
        @if changes.is_empty() {
            p { (tr.t("staff-home-changes-none")) }
        } @else {
            ul {
                @for (a, reference) in changes {
                    li {
                        a href=(page.ctx.href(&format!("staff/appointments/{}", a.id))) {
                            (when(tr, a.starts_at, a.ends_at)) " " (zone(a.starts_at)) " — " (reference)
                        }
                        " — " (appointment_state(tr, a))
                        @if let Some(reason) = &a.change_reason { " (" (change_reason(tr, reason)) ")" }
                    }
                }
            }
        }
        h2 { (tr.t("staff-calendar-upcoming")) }
        @if upcoming.is_empty() {
            p { (tr.t("staff-calendar-upcoming-none")) }
        } @else {
            ul {
                @for (a, reference) in upcoming {
                    li {
                        a href=(page.ctx.href(&format!("staff/appointments/{}", a.id))) {
                            (when(tr, a.starts_at, a.ends_at)) " " (zone(a.starts_at)) " — " (reference)
                        }
                        " — " (appointment_state(tr, a))
                        (crate::views::pages::staff::calendar::interview_link(page, a))
                    }
                }
            }
        }
    };
    page.render(&tr.t("staff-home-title"), body)
}

fn count(n: u64) -> fluent_templates::fluent_bundle::FluentValue<'static> {
    i64::try_from(n).unwrap_or(i64::MAX).into()
}

fn outcome_name(tr: Tr, code: &str) -> String {
    tr.t(&format!("staff-figures-outcome-{code}"))
}

/// A table of counts, one row per kind: `id` names its caption.
fn counts_table(tr: Tr, id: &str, caption: &str, rows: &[(String, u64)]) -> Markup {
    html! {
        div.table-wrap role="region" tabindex="0" aria-labelledby=(id) {
            table {
                caption.visually-hidden #(id) { (caption) }
                thead {
                    tr {
                        th scope="col" { (tr.t("staff-figures-col-kind")) }
                        th scope="col" { (tr.t("staff-figures-col-count")) }
                    }
                }
                tbody {
                    @for (label, n) in rows {
                        tr {
                            th scope="row" { (label) }
                            td { (n) }
                        }
                    }
                }
            }
        }
    }
}

/// Which columns a list of interviews shows besides the request, the start and the interviewer.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Columns {
    Flagged,
    FlaggedDecided,
    Overdue,
}

/// A bounded list of interviews, each linked to its interview page; says how many it leaves out.
fn interview_table(
    page: &StaffPage,
    id: &str,
    caption: &str,
    list: &Bounded,
    columns: Columns,
) -> Markup {
    let tr = page.ctx.tr;
    let line_state = |line: &InterviewLine| match line.started_at {
        Some(at) => tr.t_with("staff-figures-started", &[("time", arg(tr.time(at)))]),
        None => tr.t("staff-figures-not-started"),
    };
    html! {
        div.table-wrap role="region" tabindex="0" aria-labelledby=(id) {
            table {
                caption.visually-hidden #(id) { (caption) }
                thead {
                    tr {
                        th scope="col" { (tr.t("staff-figures-col-request")) }
                        th scope="col" { (tr.t("staff-figures-col-starts")) }
                        th scope="col" { (tr.t("staff-figures-col-interviewer")) }
                        @match columns {
                            Columns::Flagged => th scope="col" { (tr.t("staff-figures-col-flagged")) },
                            Columns::FlaggedDecided => {
                                th scope="col" { (tr.t("staff-figures-col-flagged")) }
                                th scope="col" { (tr.t("staff-figures-col-outcome")) }
                            },
                            Columns::Overdue => th scope="col" { (tr.t("staff-figures-col-state")) },
                        }
                    }
                }
                tbody {
                    @for line in &list.rows {
                        tr {
                            td {
                                a href=(page.ctx.href(&format!("staff/interviews/{}", line.appointment_id))) {
                                    (RequestId(line.request_id).reference())
                                }
                            }
                            td { (when(tr, line.starts_at, line.ends_at)) " " (zone(line.starts_at)) }
                            td { (line.interviewer) }
                            @if columns != Columns::Overdue {
                                td { @if let Some(at) = line.fraud_at { (tr.instant(at)) } }
                            }
                            @if columns == Columns::FlaggedDecided {
                                td {
                                    @if let Some(code) = &line.outcome { (outcome_name(tr, code)) }
                                    @if let Some(at) = line.outcome_at { br; (tr.instant(at)) }
                                }
                            }
                            @if columns == Columns::Overdue {
                                td { (line_state(line)) }
                            }
                        }
                    }
                }
            }
        }
        @if list.more() > 0 {
            p { (tr.t_with("staff-figures-more", &[("count", count(list.more()))])) }
        }
    }
}

/// The supervisor's figures: today's interviews by state, flagged ones, the last week's
/// outcomes, and those overdue for an outcome.
fn figures_sections(page: &StaffPage, figures: &Figures) -> Markup {
    let tr = page.ctx.tr;
    let today = &figures.today;
    let mut today_rows = vec![
        (tr.t("staff-figures-waiting"), today.waiting),
        (tr.t("staff-figures-in-progress"), today.in_progress),
    ];
    today_rows.extend(
        today
            .outcomes
            .iter()
            .map(|(code, n)| (outcome_name(tr, code), *n)),
    );
    let recent_rows: Vec<(String, u64)> = figures
        .recent_outcomes
        .iter()
        .map(|(code, n)| (outcome_name(tr, code), *n))
        .collect();
    let today_title = tr.t_with(
        "staff-figures-today",
        &[("date", arg(tr.date_long(today.date)))],
    );
    let open_title = tr.t("staff-figures-flagged-open");
    let decided_title = tr.t("staff-figures-flagged-decided");
    let recent_title = tr.t("staff-figures-recent");
    let overdue_title = tr.t("staff-figures-overdue");
    html! {
        section {
            h2 { (today_title) }
            p { (tr.t_with("staff-figures-today-total", &[("count", count(today.total()))])) }
            (counts_table(tr, "figures-today-caption", &today_title, &today_rows))
        }
        section {
            h2 { (tr.t("staff-figures-flagged")) }
            h3 { (open_title) }
            @if figures.flagged_open.total == 0 {
                p { (tr.t("staff-figures-flagged-open-none")) }
            } @else {
                (interview_table(page, "figures-flagged-open", &open_title, &figures.flagged_open, Columns::Flagged))
            }
            h3 { (decided_title) }
            @if figures.flagged_decided.total == 0 {
                p { (tr.t("staff-figures-flagged-decided-none")) }
            } @else {
                (interview_table(page, "figures-flagged-decided", &decided_title, &figures.flagged_decided, Columns::FlaggedDecided))
            }
        }
        section {
            h2 { (recent_title) }
            (counts_table(tr, "figures-recent-caption", &recent_title, &recent_rows))
        }
        section {
            h2 { (overdue_title) }
            @if figures.overdue.total == 0 {
                p { (tr.t("staff-figures-overdue-none")) }
            } @else {
                p { (tr.t_with("staff-figures-overdue-help", &[("count", count(figures.overdue.total))])) }
                (interview_table(page, "figures-overdue-list", &overdue_title, &figures.overdue, Columns::Overdue))
            }
        }
    }
}
