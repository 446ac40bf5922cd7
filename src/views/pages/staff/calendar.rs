//! An interviewer's week, Monday to Friday in Brussels time: interviews, free time, conflicts
//! with the working plan; the weeks before and after; the next interviews.

use super::{StaffPage, appointment_state, when, zone};
use crate::db::appointments::Appointment;
use crate::i18n::arg;
use chrono::{DateTime, Duration, NaiveDate, Utc};
use maud::{Markup, html};
use uuid::Uuid;

pub enum Item {
    /// Free time, consecutive free slots joined.
    Free {
        starts_at: DateTime<Utc>,
        ends_at: DateTime<Utc>,
        slots: usize,
    },
    Interview {
        appointment: Box<Appointment>,
        reference: String,
        /// Outside the working plan (the plan changed after it was booked).
        conflict: bool,
    },
}

pub struct Day {
    pub date: NaiveDate,
    /// Before today in Brussels: its free time is gone, whatever the plan said.
    pub past: bool,
    pub items: Vec<Item>,
}

pub struct CalendarView<'a> {
    pub interviewer_id: Uuid,
    pub interviewer_name: &'a str,
    /// Whether the signed-in person looks at their own calendar.
    pub own: bool,
    pub monday: NaiveDate,
    pub days: Vec<Day>,
    pub upcoming: Vec<(Appointment, String)>,
    /// Everyone whose calendar the viewer may open (supervisors), `(id, name)`.
    pub others: Vec<(Uuid, String)>,
}

pub fn page(page: &StaffPage, view: &CalendarView) -> Markup {
    let tr = page.ctx.tr;
    let week_link = |monday: NaiveDate| {
        let mut href = format!("{}?week={monday}", page.ctx.href("staff/calendar"));
        if !view.own {
            href.push_str(&format!("&staff={}", view.interviewer_id));
        }
        href
    };
    let title = if view.own {
        tr.t("staff-calendar-title")
    } else {
        tr.t_with(
            "staff-calendar-title-of",
            &[("name", arg(view.interviewer_name))],
        )
    };
    let body = html! {
        h1 { (title) }
        @if !view.others.is_empty() {
            form.inline-form method="get" action=(page.ctx.href("staff/calendar")) {
                input type="hidden" name="week" value=(view.monday.to_string());
                div.field {
                    label for="staff" { (tr.t("staff-calendar-of")) }
                    select #staff name="staff" {
                        @for (id, name) in &view.others {
                            option value=(id.to_string()) selected[*id == view.interviewer_id] { (name) }
                        }
                    }
                }
                button.button type="submit" { (tr.t("staff-calendar-show")) }
            }
        }
        div.week-nav {
            a href=(week_link(view.monday - Duration::days(7))) { "← " (tr.t("staff-calendar-previous")) }
            strong { (tr.t_with("staff-calendar-week-of", &[("date", arg(tr.date_long(view.monday)))])) }
            a href=(week_link(view.monday + Duration::days(7))) { (tr.t("staff-calendar-next")) " →" }
        }
        p.hint { (tr.t("staff-calendar-zone-note")) }
        div.calendar {
            @for day in &view.days {
                section aria-labelledby=(format!("day-{}", day.date)) {
                    h2 id=(format!("day-{}", day.date)) {
                        (tr.date_long(day.date))
                        @if let Some(first) = day_zone(day) { " " span.hint { "(" (first) ")" } }
                    }
                    @if day.items.is_empty() && day.past {
                        p.hint.past { (tr.t("staff-calendar-past")) }
                    } @else if day.items.is_empty() {
                        p.hint { (tr.t("staff-calendar-not-working")) }
                    } @else {
                        ul {
                            @for item in &day.items { (render_item(page, item)) }
                        }
                    }
                }
            }
        }
        h2 { (tr.t("staff-calendar-upcoming")) }
        @if view.upcoming.is_empty() {
            p { (tr.t("staff-calendar-upcoming-none")) }
        } @else {
            ul {
                @for (appointment, reference) in &view.upcoming {
                    li {
                        a href=(page.ctx.href(&format!("staff/appointments/{}", appointment.id))) {
                            (when(tr, appointment.starts_at, appointment.ends_at)) " " (zone(appointment.starts_at))
                        }
                        " — " (reference) " — " (appointment_state(tr, appointment))
                        (interview_link(page, appointment))
                    }
                }
            }
        }
    };
    page.render(&title, body)
}

/// The link to a confirmed appointment's interview page.
pub fn interview_link(
    page: &StaffPage,
    appointment: &crate::db::appointments::Appointment,
) -> Markup {
    html! {
        @if appointment.state == "confirmed" {
            " — "
            a href=(page.ctx.href(&format!("staff/interviews/{}", appointment.id))) { (page.ctx.tr.t("interview-open")) }
        }
    }
}

fn day_zone(day: &Day) -> Option<String> {
    day.items.first().map(|item| match item {
        Item::Free { starts_at, .. } => zone(*starts_at),
        Item::Interview { appointment, .. } => zone(appointment.starts_at),
    })
}

fn render_item(page: &StaffPage, item: &Item) -> Markup {
    let tr = page.ctx.tr;
    match item {
        Item::Free {
            starts_at,
            ends_at,
            slots,
        } => html! {
            li.free {
                (tr.time(*starts_at)) "–" (tr.time(*ends_at)) " "
                (tr.t_with("staff-calendar-free", &[("count", (*slots as i64).into())]))
            }
        },
        Item::Interview {
            appointment,
            reference,
            conflict,
        } => html! {
            li class=(format!("{}{}", appointment.state, if *conflict { " conflict" } else { "" })) {
                a href=(page.ctx.href(&format!("staff/appointments/{}", appointment.id))) {
                    (tr.time(appointment.starts_at)) "–" (tr.time(appointment.ends_at)) " " (reference)
                }
                " " span.tag { (appointment_state(tr, appointment)) }
                @if *conflict { " " strong { (tr.t("staff-calendar-conflict")) } }
                (interview_link(page, appointment))
            }
        },
    }
}
