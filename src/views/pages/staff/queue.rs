//! Open requests waiting for a slot, oldest first: the supervisors' queue and the list on the
//! interviewers' assignment dashboard.

use super::StaffPage;
use crate::db::requests::OpenPage;
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

/// How many requests a page of the queue shows; the oldest come first, on page 1.
pub const PER_PAGE: u64 = 50;

/// The queue's address (after the language) for a filter and a page.
pub fn queue_path(language: Option<InterviewLanguage>, page: u64) -> String {
    let mut query = Vec::new();
    if let Some(language) = language {
        query.push(format!("language={}", language.code()));
    }
    if page > 1 {
        query.push(format!("page={page}"));
    }
    if query.is_empty() {
        "staff/queue".to_owned()
    } else {
        format!("staff/queue?{}", query.join("&"))
    }
}

/// Which requests of how many a page shows, and links to the pages before and after it (plain
/// links: they work without JavaScript); `href` gives a page's address.
pub fn pager(page: &StaffPage, open: &OpenPage, href: impl Fn(u64) -> String) -> Markup {
    let tr = page.ctx.tr;
    let from = (open.page - 1) * open.per_page + 1;
    let to = from + open.rows.len() as u64 - 1;
    let last = open.last_page();
    let int = |n: u64| i64::try_from(n).unwrap_or(i64::MAX).into();
    html! {
        @if open.total > open.per_page {
            nav.pager aria-label=(tr.t("staff-queue-pages")) {
                p { (tr.t_with("staff-queue-range", &[("from", int(from)), ("to", int(to)), ("total", int(open.total))])) }
                ul {
                    @if open.page > 1 {
                        li { a href=(href(open.page - 1)) rel="prev" { (tr.t("staff-queue-previous")) } }
                    }
                    @if open.page < last {
                        li { a href=(href(open.page + 1)) rel="next" { (tr.t("staff-queue-next")) } }
                    }
                }
            }
        }
    }
}

/// The table of one page of open requests; `link` gives each row's "choose" target.
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
                        @for row in rows {
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

pub fn page(
    page: &StaffPage,
    rows: &[QueueRow],
    open: &OpenPage,
    language: Option<InterviewLanguage>,
) -> Markup {
    let tr = page.ctx.tr;
    let title = tr.t("staff-queue-title");
    let body = html! {
        h1 { (title) }
        form method="post" action=(page.ctx.href("staff/propose-all")) {
            (page.csrf())
            p { (tr.t("staff-propose-all-help")) }
            button.button type="submit" { (tr.t("staff-propose-all")) }
        }
        h2 { (tr.t_with("staff-queue-count", &[("count", i64::try_from(open.total).unwrap_or(i64::MAX).into())])) }
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
        (pager(page, open, |n| page.ctx.href(&queue_path(language, n))))
    };
    page.render(&title, body)
}
