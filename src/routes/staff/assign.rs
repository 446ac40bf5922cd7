//! The interviewers' slot-assignment dashboard, and proposing a slot (for interviewers, their
//! own; for supervisors, anyone's): the same rules and the same email either way.

use super::queue::{page_number, queue_rows, render_request};
use super::{
    csrf_refused, flash_notice, is_supervisor, not_found, parse_id, see_other_with, signed_in,
};
use crate::db::audit::Actor;
use crate::db::requests::{self, OpenRequest, OpenSummary, RequestId};
use crate::db::schedule;
use crate::domain::request::RequestState;
use crate::http::error::{PageError, PageResultExt};
use crate::http::flash::{self, Flash};
use crate::http::page;
use crate::http::staff_auth::SignedIn;
use crate::i18n::Tr;
use crate::startup::AppState;
use crate::use_cases::scheduling::{self, ChangeError};
use crate::views::PageCtx;
use crate::views::pages::staff::StaffPage;
use crate::views::pages::staff::assign::{self, Chosen};
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use chrono::DateTime;
use serde::Deserialize;
use uuid::Uuid;

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct AssignQuery {
    request: String,
    page: String,
}

pub async fn show(
    req: HttpRequest,
    query: web::Query<AssignQuery>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, PageError> {
    let (tr, me) = signed_in!(req, state);
    let notice = flash_notice(&req, tr);
    let response = render_assign(
        &state,
        tr,
        &me,
        parse_id(&query.request),
        page_number(&query.page),
        notice,
        StatusCode::OK,
    )
    .await
    .page_err(tr)?;
    Ok(flash::shown(response, &req, state.settings.is_https()))
}

/// The chosen request, if it is still open and in one of the given languages, with its slots.
async fn open_in(
    state: &AppState,
    id: Uuid,
    languages: &[crate::domain::language::InterviewLanguage],
) -> anyhow::Result<Option<OpenRequest>> {
    let Some(request) = requests::find(&state.db, RequestId(id)).await? else {
        return Ok(None);
    };
    let fits = request.state() == Some(RequestState::Submitted)
        && request
            .interview_language()
            .is_some_and(|l| languages.contains(&l));
    if !fits {
        return Ok(None);
    }
    let preferred = requests::preferred_slots(&state.db, RequestId(id)).await?;
    Ok(Some(OpenRequest { request, preferred }))
}

/// The dashboard (one page of the open requests in the person's languages), with a chosen
/// request's slots if it is still open in those languages.
pub(super) async fn render_assign(
    state: &AppState,
    tr: Tr,
    me: &SignedIn,
    chosen: Option<Uuid>,
    page_number: u64,
    notice: Option<(&'static str, String)>,
    status: StatusCode,
) -> anyhow::Result<HttpResponse> {
    let now = state.clock.now();
    let Some(myself) = schedule::interviewer(&state.db, me.member.id).await? else {
        anyhow::bail!("the signed-in staff member {} has gone", me.member.id);
    };
    let open = requests::open_requests_page(
        &state.db,
        Some(&myself.languages),
        page_number,
        assign::PER_PAGE,
    )
    .await?;
    let rows = queue_rows(&open.rows, now);
    let chosen_request = match chosen {
        Some(id) => open_in(state, id, &myself.languages).await?,
        None => None,
    };
    let offers = match &chosen_request {
        Some(open) => {
            scheduling::offers(
                &state.db,
                &open.request,
                &open.preferred,
                std::slice::from_ref(&myself),
                now,
            )
            .await?
        }
        None => Vec::new(),
    };
    let chosen_row = chosen_request
        .as_ref()
        .map(|open| queue_rows(&[OpenSummary::of(open)], now).remove(0));
    // The language switch keeps the page and the chosen request (from the parsed values).
    let ctx = PageCtx::staff(
        tr,
        assign::assign_path(open.page, chosen_row.as_ref().map(|r| r.id)),
    );
    let staff_page = StaffPage {
        ctx: &ctx,
        signed_in: me,
        notice,
    };
    let chosen = chosen_row.as_ref().map(|row| Chosen {
        row,
        offers: &offers,
    });
    Ok(page(
        status,
        assign::page(&staff_page, &rows, &open, chosen),
    ))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ProposeForm {
    csrf_token: String,
    interviewer: String,
    starts_at: String,
    back: String,
}

/// Proposes one slot. A slot taken in the meantime answers 409 with the page shown again,
/// its slots fresh, and a message saying so.
pub async fn propose(
    req: HttpRequest,
    path: web::Path<(String, String)>,
    form: web::Form<ProposeForm>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, PageError> {
    let (tr, me) = signed_in!(req, state);
    if !me.csrf_is_valid(&form.csrf_token) {
        return Ok(csrf_refused(tr, &me));
    }
    let (Some(request_id), Some(interviewer_id)) = (parse_id(&path.1), parse_id(&form.interviewer))
    else {
        return Ok(not_found(tr));
    };
    // An interviewer proposes only their own slots, to requests in their languages.
    if interviewer_id != me.member.id && !is_supervisor(&me) {
        return Ok(not_found(tr));
    }
    let Some(request) = requests::find(&state.db, RequestId(request_id))
        .await
        .page_err(tr)?
    else {
        return Ok(not_found(tr));
    };
    let Some(interviewer) = schedule::interviewer(&state.db, interviewer_id)
        .await
        .page_err(tr)?
    else {
        return Ok(not_found(tr));
    };
    let speaks = request
        .interview_language()
        .is_some_and(|l| interviewer.languages.contains(&l));
    if !is_supervisor(&me) && !speaks {
        return Ok(not_found(tr));
    }
    let back_to_assign = form.back == "assign" || !is_supervisor(&me);
    let refused = |key: &str| Some(("error", tr.t(key)));
    let outcome = match DateTime::parse_from_rfc3339(&form.starts_at) {
        Ok(starts_at) => {
            scheduling::propose(
                &state.db,
                &state.settings.base_url,
                &request,
                &interviewer,
                starts_at.to_utc(),
                Actor::Staff(me.member.id),
                state.clock.now(),
            )
            .await
        }
        Err(_) => Err(ChangeError::NotOffered),
    };
    let notice = match outcome {
        Ok(_) => {
            let target = if back_to_assign {
                "staff/assign"
            } else {
                "staff/queue"
            };
            return Ok(see_other_with(
                tr,
                &state,
                target,
                Flash::Proposed(request.id),
            ));
        }
        Err(ChangeError::SlotTaken) => refused("staff-slot-taken"),
        Err(ChangeError::NoLongerOpen) => refused("staff-request-not-open"),
        Err(ChangeError::NotOffered) => refused("staff-slot-not-offered"),
        Err(ChangeError::Unexpected(e)) => return Err(PageError::new(tr, e)),
    };
    let response = if back_to_assign {
        render_assign(
            &state,
            tr,
            &me,
            Some(request_id),
            1,
            notice,
            StatusCode::CONFLICT,
        )
        .await
    } else {
        render_request(&state, tr, &me, request_id, notice, StatusCode::CONFLICT).await
    };
    response.page_err(tr)
}
