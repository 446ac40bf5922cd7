use crate::http::{lang, page};
use crate::i18n::Tr;
use crate::views::PageCtx;
use crate::views::pages::privacy;
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse};

pub async fn show(req: HttpRequest) -> HttpResponse {
    let ctx = PageCtx::new(Tr(lang::preferred(&req)), "privacy");
    page(StatusCode::OK, privacy::page(&ctx))
}
