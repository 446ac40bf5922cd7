//! The staff start page: who is signed in, what changed in their calendar lately, and their
//! next interviews; for a supervisor first the interview figures.

use super::{is_supervisor, signed_in};
use crate::db::requests::RequestId;
use crate::db::{activations, appointments, interview_figures};
use crate::http::error::{PageError, PageResultExt};
use crate::http::page;
use crate::startup::AppState;
use crate::views::PageCtx;
use crate::views::pages::staff::StaffPage;
use crate::views::pages::staff_home;
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use chrono::Duration;

pub async fn show(req: HttpRequest, state: web::Data<AppState>) -> Result<HttpResponse, PageError> {
    let (tr, me) = signed_in!(req, state);
    let now = state.clock.now();
    let figures = if is_supervisor(&me) {
        Some(
            interview_figures::figures(&state.db, now, interview_figures::LISTED)
                .await
                .page_err(tr)?,
        )
    } else {
        None
    };
    let activation_figures = if is_supervisor(&me) {
        Some(activations::figures(&state.db, now).await.page_err(tr)?)
    } else {
        None
    };
    let changes = appointments::recent_changes(&state.db, me.member.id, now - Duration::days(14))
        .await
        .page_err(tr)?
        .into_iter()
        .map(|a| {
            let reference = RequestId(a.request_id).reference();
            (a, reference)
        })
        .collect::<Vec<_>>();
    let upcoming = appointments::upcoming(&state.db, me.member.id, now, 5)
        .await
        .page_err(tr)?
        .into_iter()
        .map(|a| {
            let reference = RequestId(a.request_id).reference();
            (a, reference)
        })
        .collect::<Vec<_>>();
    let ctx = PageCtx::staff(tr, "staff/");
    let staff_page = StaffPage {
        ctx: &ctx,
        signed_in: &me,
        notice: None,
    };
    Ok(page(
        StatusCode::OK,
        staff_home::page(
            &staff_page,
            figures.as_ref(),
            activation_figures.as_ref(),
            &changes,
            &upcoming,
        ),
    ))
}
