//! The audit log, for supervisors: newest first, with names instead of ids.

use super::{is_supervisor, not_found, signed_in};
use crate::db::audit;
use crate::db::requests::RequestId;
use crate::db::schedule;
use crate::http::error::{PageError, PageResultExt};
use crate::http::page;
use crate::startup::AppState;
use crate::views::PageCtx;
use crate::views::pages::staff::{StaffPage, audit as audit_page};
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};

/// How many entries the page shows; `verify-audit` reads them all.
const SHOWN: usize = 500;

pub async fn show(req: HttpRequest, state: web::Data<AppState>) -> Result<HttpResponse, PageError> {
    let (tr, me) = signed_in!(req, state);
    if !is_supervisor(&me) {
        return Ok(not_found(tr));
    }
    let staff = schedule::interviewers(&state.db).await.page_err(tr)?;
    let entries = audit::latest(&state.db, SHOWN as u64)
        .await
        .page_err(tr)?
        .into_iter()
        .map(|entry| {
            let who = entry
                .actor
                .strip_prefix("staff:")
                .and_then(|id| staff.iter().find(|s| s.id.to_string() == id))
                .map(|s| s.name.clone())
                .unwrap_or_else(|| {
                    tr.t(&format!(
                        "staff-audit-actor-{}",
                        entry.actor.split(':').next().unwrap_or("system")
                    ))
                });
            let reference = entry.request_id.map(|id| RequestId(id).reference());
            (entry, who, reference)
        })
        .collect::<Vec<_>>();
    let names: audit_page::Names = staff.iter().map(|s| (s.id, s.name.clone())).collect();
    let ctx = PageCtx::staff(tr, "staff/audit");
    let staff_page = StaffPage {
        ctx: &ctx,
        signed_in: &me,
        notice: None,
    };
    Ok(page(
        StatusCode::OK,
        audit_page::page(&staff_page, &entries, &names),
    ))
}
