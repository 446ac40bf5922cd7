//! The emails that could not be delivered, newest first: the request, the recipient, what the
//! email was, when and why the mail server refused it.

use super::{StaffPage, zone};
use crate::db::outbox::OutboxMessage;
use crate::db::requests::RequestId;
use fluent_templates::fluent_bundle::FluentValue;
use maud::{Markup, html};

pub struct Listing<'a> {
    pub messages: &'a [OutboxMessage],
    /// Counted from 1.
    pub page: u64,
    pub pages: u64,
    pub total: u64,
}

fn number(n: u64) -> FluentValue<'static> {
    (n as i64).into()
}

pub fn page(page: &StaffPage, listing: &Listing) -> Markup {
    let tr = page.ctx.tr;
    let title = tr.t("staff-undeliverable-title");
    let href = |n: u64| page.ctx.href(&format!("staff/undeliverable?page={n}"));
    let body = html! {
        h1 { (title) }
        p { (tr.t("staff-undeliverable-help")) }
        @if listing.messages.is_empty() {
            p { (tr.t("staff-undeliverable-none")) }
        } @else {
            p { (tr.t_with("staff-undeliverable-count", &[("count", number(listing.total))])) }
            div.table-wrap role="region" tabindex="0" aria-labelledby="undeliverable-caption" {
                table {
                    caption.visually-hidden #undeliverable-caption { (tr.t("staff-undeliverable-caption")) }
                    thead {
                        tr {
                            th scope="col" { (tr.t("staff-undeliverable-request")) }
                            th scope="col" { (tr.t("staff-undeliverable-recipient")) }
                            th scope="col" { (tr.t("staff-undeliverable-kind")) }
                            th scope="col" { (tr.t("staff-undeliverable-when")) }
                            th scope="col" { (tr.t("staff-undeliverable-reason")) }
                        }
                    }
                    tbody {
                        @for message in listing.messages {
                            tr {
                                td {
                                    @if let Some(id) = message.request_id {
                                        a href=(page.ctx.href(&format!("staff/requests/{id}"))) { (RequestId(id).reference()) }
                                    }
                                }
                                td { (message.recipient) }
                                td { code { (message.kind) } }
                                td {
                                    @if let Some(at) = message.failed_at {
                                        (tr.date_long(crate::domain::slot::brussels_date(at))) ", " (tr.time(at)) " " (zone(at))
                                    }
                                }
                                td { (message.last_error.as_deref().unwrap_or_default()) }
                            }
                        }
                    }
                }
            }
            @if listing.pages > 1 {
                nav aria-label=(tr.t("staff-undeliverable-pages")) {
                    p {
                        @if listing.page > 1 {
                            a href=(href(listing.page - 1)) rel="prev" { (tr.t("staff-undeliverable-previous")) }
                            " "
                        }
                        (tr.t_with("staff-undeliverable-page", &[("page", number(listing.page)), ("pages", number(listing.pages))]))
                        @if listing.page < listing.pages {
                            " "
                            a href=(href(listing.page + 1)) rel="next" { (tr.t("staff-undeliverable-next")) }
                        }
                    }
                }
            }
        }
    };
    page.render(&title, body)
}
