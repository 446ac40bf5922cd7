//! The staff start page: who is signed in, with which role and languages.

use super::require_staff;
use crate::http::error::{PageError, PageResultExt};
use crate::http::{lang, page};
use crate::i18n::Tr;
use crate::startup::AppState;
use crate::views::PageCtx;
use crate::views::pages::staff_home;
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};

pub async fn show(req: HttpRequest, state: web::Data<AppState>) -> Result<HttpResponse, PageError> {
    let tr = Tr(lang::preferred(&req));
    let signed_in = match require_staff(&req, &state, tr.lang()).await.page_err(tr)? {
        Ok(signed_in) => signed_in,
        Err(redirect) => return Ok(redirect),
    };
    Ok(page(
        StatusCode::OK,
        staff_home::page(&PageCtx::new(tr, "staff/"), &signed_in),
    ))
}
