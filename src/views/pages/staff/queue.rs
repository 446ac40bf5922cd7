//! Open requests waiting for a slot, oldest first: the supervisors' queue and the list on the
//! interviewers' assignment dashboard.

use super::StaffPage;
use crate::domain::language::InterviewLanguage;
use crate::domain::slot::PreferredSlot;
use maud::{Markup, html};
use uuid::Uuid;

pub struct QueueRow {
    pub id: Uuid,
    pub reference: String,
    pub name: String,
    pub language: String,
    pub preferred: Vec<PreferredSlot>,
    /// Working days since the request was made.
    pub age: u32,
}

/// How many requests a table shows: the oldest, which are the ones to deal with first.
const ROWS_SHOWN: usize = 200;

/// The table of open requests; `link` gives each row's "choose" target.
pub fn request_table(
    page: &StaffPage,
    rows: &[QueueRow],
    selected: Option<Uuid>,
    link: impl Fn(&QueueRow) -> String,
) -> Markup {
    let tr = page.ctx.tr;
    html! {
        @if rows.is_empty() {
            p { (tr.t("staff-queue-empty")) }
        } @else {
            @if rows.len() > ROWS_SHOWN {
                p.hint { (tr.t_with("staff-queue-shown", &[("shown", (ROWS_SHOWN as i64).into())])) }
            }
            // Scrolls sideways on narrow screens: a focusable region, so keyboards can scroll it.
            div.table-wrap role="region" tabindex="0" aria-labelledby="queue-caption" {
                table {
                    caption.visually-hidden #queue-caption { (tr.t("staff-queue-caption")) }
                    thead {
                        tr {
                            th scope="col" { (tr.t("staff-queue-reference")) }
                            th scope="col" { (tr.t("staff-queue-language")) }
                            th scope="col" { (tr.t("staff-queue-preferred")) }
                            th scope="col" { (tr.t("staff-queue-age")) }
                        }
                    }
                    tbody {
                        @for row in rows.iter().take(ROWS_SHOWN) {
                            tr {
                                td {
                                    @if selected == Some(row.id) {
                                        a href=(link(row)) aria-current="true" { strong { (row.reference) } }
                                    } @else {
                                        a href=(link(row)) { (row.reference) }
                                    }
                                    br; (row.name)
                                }
                                td { (tr.t(&format!("interview-language-{}", row.language))) }
                                td {
                                    ul {
                                        @for slot in &row.preferred { li { (tr.slot(slot)) } }
                                    }
                                }
                                td { (tr.t_with("staff-queue-age-days", &[("count", i64::from(row.age).into())])) }
                            }
                        }
                    }
                }
            }
        }
    }
}

pub fn page(page: &StaffPage, rows: &[QueueRow], language: Option<InterviewLanguage>) -> Markup {
    let tr = page.ctx.tr;
    let title = tr.t("staff-queue-title");
    let body = html! {
        h1 { (title) }
        form method="post" action=(page.ctx.href("staff/propose-all")) {
            (page.csrf())
            p { (tr.t("staff-propose-all-help")) }
            button.button type="submit" { (tr.t("staff-propose-all")) }
        }
        h2 { (tr.t_with("staff-queue-count", &[("count", (rows.len() as i64).into())])) }
        form.inline-form method="get" action=(page.ctx.href("staff/queue")) {
            div.field {
                label for="language" { (tr.t("staff-queue-filter")) }
                select #language name="language" {
                    option value="" { (tr.t("staff-queue-all-languages")) }
                    @for l in InterviewLanguage::ALL {
                        option value=(l.code()) selected[language == Some(l)] { (tr.t(&format!("interview-language-{}", l.code()))) }
                    }
                }
            }
            button.button.secondary type="submit" { (tr.t("staff-queue-apply")) }
        }
        (request_table(page, rows, None, |row| page.ctx.href(&format!("staff/requests/{}", row.id))))
    };
    page.render(&title, body)
}
