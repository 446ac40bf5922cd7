//! Emails the mail server refused for good, for supervisors: who was not told what, and why.

use super::{is_supervisor, not_found, signed_in};
use crate::db::outbox;
use crate::http::error::{PageError, PageResultExt};
use crate::http::page;
use crate::startup::AppState;
use crate::views::PageCtx;
use crate::views::pages::staff::{StaffPage, undeliverable as undeliverable_page};
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};

/// Emails per page.
const PER_PAGE: u64 = 50;

#[derive(serde::Deserialize)]
pub struct PageQuery {
    page: Option<u64>,
}

pub async fn show(
    req: HttpRequest,
    state: web::Data<AppState>,
    query: web::Query<PageQuery>,
) -> Result<HttpResponse, PageError> {
    let (tr, me) = signed_in!(req, state);
    if !is_supervisor(&me) {
        return Ok(not_found(tr));
    }
    let number = query.page.unwrap_or(1).max(1);
    let (messages, total) = outbox::undeliverable(&state.db, number - 1, PER_PAGE)
        .await
        .page_err(tr)?;
    let ctx = PageCtx::staff(tr, "staff/undeliverable");
    let staff_page = StaffPage {
        ctx: &ctx,
        signed_in: &me,
        notice: None,
    };
    let pages = total.div_ceil(PER_PAGE).max(1);
    let listing = undeliverable_page::Listing {
        messages: &messages,
        // A page past the end shows the last one (as the store read it).
        page: number.min(pages),
        pages,
        total,
    };
    Ok(page(
        StatusCode::OK,
        undeliverable_page::page(&staff_page, &listing),
    ))
}
