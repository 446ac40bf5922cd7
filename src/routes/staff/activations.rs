//! Supervisors and activations: the list and figures, a request's activations, revoking one
//! (with a reason) and issuing a new code and link, whose code is shown once.

use super::{csrf_refused, is_supervisor, not_found, parse_id, signed_in};
use crate::db::activations;
use crate::db::requests::{self, RequestId};
use crate::domain::activation::{ActivationCode, activation_expires_at};
use crate::domain::email::EmailAddress;
use crate::domain::request::RequestState;
use crate::http::error::{PageError, PageResultExt};
use crate::http::staff_auth::SignedIn;
use crate::http::{page, secret_page};
use crate::i18n::Tr;
use crate::startup::AppState;
use crate::use_cases::activation::{self as use_case, IssueSettings, ReissueError, RevokeError};
use crate::views::PageCtx;
use crate::views::pages::staff::StaffPage;
use crate::views::pages::staff::activations::{self as view, ListView, RequestView};
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use chrono::{DateTime, Utc};
use serde::Deserialize;

/// How many activations the list shows.
const LISTED: u64 = 50;

/// The page showing a new activation code once (never cached, sent uncompressed).
pub fn code_shown(
    tr: Tr,
    me: &SignedIn,
    code: &ActivationCode,
    expires_at: DateTime<Utc>,
    back: &str,
) -> HttpResponse {
    let ctx = PageCtx::staff(tr, back.to_owned()).shown_once();
    let staff_page = StaffPage {
        ctx: &ctx,
        signed_in: me,
        notice: None,
    };
    secret_page(
        StatusCode::OK,
        view::code_shown(&staff_page, code, expires_at, back),
    )
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ListQuery {
    email: String,
}

pub async fn list(
    req: HttpRequest,
    query: web::Query<ListQuery>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, PageError> {
    let (tr, me) = signed_in!(req, state);
    if !is_supervisor(&me) {
        return Ok(not_found(tr));
    }
    let now = state.clock.now();
    let typed = query.email.trim();
    let (email, email_error) = match typed {
        "" => (None, None),
        raw => match EmailAddress::parse(raw) {
            Ok(email) => (Some(email), None),
            Err(_) => (None, Some(tr.t("error-email"))),
        },
    };
    let figures = activations::figures(&state.db, now).await.page_err(tr)?;
    let (rows, total) = if email_error.is_some() {
        (Vec::new(), 0)
    } else {
        activations::list(&state.db, email.as_ref().map(|e| e.as_str()), now, LISTED)
            .await
            .page_err(tr)?
    };
    let ctx = PageCtx::staff(tr, "staff/activations");
    let staff_page = StaffPage {
        ctx: &ctx,
        signed_in: &me,
        notice: None,
    };
    let status = if email_error.is_some() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    Ok(page(
        status,
        view::list(
            &staff_page,
            &ListView {
                figures: &figures,
                email: typed,
                email_error,
                rows: &rows,
                total,
                now,
            },
        ),
    ))
}

#[allow(clippy::too_many_arguments)]
async fn request_page(
    state: &AppState,
    tr: Tr,
    me: &SignedIn,
    request: &requests::StoredRequest,
    reason: &str,
    reason_error: Option<String>,
    notice: Option<(&'static str, String)>,
    status: StatusCode,
) -> Result<HttpResponse, PageError> {
    let now = state.clock.now();
    let found = activations::for_request(&state.db, request.id)
        .await
        .page_err(tr)?;
    let ctx = PageCtx::staff(tr, format!("staff/requests/{}/activation", request.id));
    let staff_page = StaffPage {
        ctx: &ctx,
        signed_in: me,
        notice,
    };
    let view = RequestView {
        reference: request.reference(),
        name: format!("{} {}", request.first_names, request.last_name),
        request_id: request.id,
        activations: &found,
        may_reissue: request.state() == Some(RequestState::Approved),
        reason,
        reason_error,
        now,
    };
    Ok(page(status, view::for_request(&staff_page, &view)))
}

async fn supervised_request(
    state: &AppState,
    me: &SignedIn,
    raw: &str,
) -> anyhow::Result<Option<requests::StoredRequest>> {
    if !is_supervisor(me) {
        return Ok(None);
    }
    let Some(id) = parse_id(raw) else {
        return Ok(None);
    };
    Ok(requests::find(&state.db, RequestId(id)).await?)
}

pub async fn for_request(
    req: HttpRequest,
    path: web::Path<(String, String)>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, PageError> {
    let (tr, me) = signed_in!(req, state);
    let Some(request) = supervised_request(&state, &me, &path.1)
        .await
        .page_err(tr)?
    else {
        return Ok(not_found(tr));
    };
    request_page(&state, tr, &me, &request, "", None, None, StatusCode::OK).await
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct RevokeData {
    csrf_token: String,
    reason: String,
}

pub async fn revoke(
    req: HttpRequest,
    path: web::Path<(String, String)>,
    form: web::Form<RevokeData>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, PageError> {
    let (tr, me) = signed_in!(req, state);
    if !me.csrf_is_valid(&form.csrf_token) {
        return Ok(csrf_refused(tr, &me));
    }
    let activation = match parse_id(&path.1) {
        Some(id) if is_supervisor(&me) => activations::find(&state.db, id).await.page_err(tr)?,
        _ => None,
    };
    let Some(activation) = activation else {
        return Ok(not_found(tr));
    };
    let Some(request) = (match activation.request_id {
        Some(id) => requests::find(&state.db, RequestId(id))
            .await
            .page_err(tr)?,
        None => None,
    }) else {
        return Ok(not_found(tr));
    };
    let now = state.clock.now();
    let revoked = use_case::revoke(&state.db, &activation, &form.reason, me.member.id, now).await;
    let (reason_error, notice, status) = revoke_answer(tr, revoked)?;
    let reason = if reason_error.is_some() {
        form.reason.as_str()
    } else {
        ""
    };
    request_page(
        &state,
        tr,
        &me,
        &request,
        reason,
        reason_error,
        notice,
        status,
    )
    .await
}

/// What a revocation tells the supervisor: the reason field's error, a notice, the status.
pub(super) type RevokeAnswer = (Option<String>, Option<(&'static str, String)>, StatusCode);

pub(super) fn revoke_answer(
    tr: Tr,
    revoked: Result<(), RevokeError>,
) -> Result<RevokeAnswer, PageError> {
    Ok(match revoked {
        Ok(()) => (
            None,
            Some(("info", tr.t("staff-activation-revoked"))),
            StatusCode::OK,
        ),
        Err(RevokeError::ReasonRequired) => (
            Some(tr.t("staff-activation-revoke-reason-required")),
            None,
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
        Err(RevokeError::NotOpen) => (
            None,
            Some(("error", tr.t("staff-activation-not-open"))),
            StatusCode::CONFLICT,
        ),
        Err(RevokeError::Unexpected(e)) => return Err(PageError::new(tr, e)),
    })
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ReissueData {
    csrf_token: String,
    /// The newest activation the page showed (empty: none).
    replaces: String,
}

pub async fn reissue(
    req: HttpRequest,
    path: web::Path<(String, String)>,
    form: web::Form<ReissueData>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, PageError> {
    let (tr, me) = signed_in!(req, state);
    if !me.csrf_is_valid(&form.csrf_token) {
        return Ok(csrf_refused(tr, &me));
    }
    let Some(request) = supervised_request(&state, &me, &path.1)
        .await
        .page_err(tr)?
    else {
        return Ok(not_found(tr));
    };
    let now = state.clock.now();
    let settings = IssueSettings {
        base_url: &state.settings.base_url,
        days: state.settings.activation_days,
        imported: false,
    };
    let replaces = parse_id(&form.replaces);
    match use_case::reissue(&state.db, &settings, &request, replaces, me.member.id, now).await {
        Ok(code) => Ok(code_shown(
            tr,
            &me,
            &code,
            activation_expires_at(now, state.settings.activation_days),
            &format!("staff/requests/{}/activation", request.id),
        )),
        Err(ReissueError::NotApproved) => {
            let notice = Some(("error", tr.t("staff-activation-not-approved")));
            request_page(
                &state,
                tr,
                &me,
                &request,
                "",
                None,
                notice,
                StatusCode::CONFLICT,
            )
            .await
        }
        Err(ReissueError::Stale) => {
            let notice = Some(("error", tr.t("staff-activation-reissue-stale")));
            request_page(
                &state,
                tr,
                &me,
                &request,
                "",
                None,
                notice,
                StatusCode::CONFLICT,
            )
            .await
        }
        Err(ReissueError::Unexpected(e)) => Err(PageError::new(tr, e)),
    }
}
