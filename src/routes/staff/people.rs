//! An imported person for supervisors: their page, their three emails sent again with a new
//! code and link, and the revocation of their activation.

use super::{csrf_refused, is_supervisor, not_found, parse_id, signed_in};
use crate::db::{activations, imports};
use crate::http::error::{PageError, PageResultExt};
use crate::http::page;
use crate::http::staff_auth::SignedIn;
use crate::i18n::Tr;
use crate::startup::AppState;
use crate::use_cases::activation as activation_use_case;
use crate::use_cases::import::{self as use_case, ResendError, RunSettings};
use crate::views::PageCtx;
use crate::views::pages::staff::StaffPage;
use crate::views::pages::staff::people::{self as view, PersonView};
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use serde::Deserialize;

async fn person_of(
    state: &AppState,
    me: &SignedIn,
    raw: &str,
) -> anyhow::Result<Option<imports::Person>> {
    if !is_supervisor(me) {
        return Ok(None);
    }
    match parse_id(raw) {
        Some(id) => Ok(imports::person(&state.db, id).await?),
        None => Ok(None),
    }
}

#[allow(clippy::too_many_arguments)]
async fn person_page(
    state: &AppState,
    tr: Tr,
    me: &SignedIn,
    person: &imports::Person,
    reason: &str,
    reason_error: Option<String>,
    notice: Option<(&'static str, String)>,
    status: StatusCode,
) -> Result<HttpResponse, PageError> {
    let organisation = imports::organisation(&state.db, person.organisation_id)
        .await
        .page_err(tr)?
        .map(|o| o.name)
        .unwrap_or_default();
    let found = activations::for_person(&state.db, person.id)
        .await
        .page_err(tr)?;
    let ctx = PageCtx::staff(tr, format!("staff/people/{}", person.id));
    let staff_page = StaffPage {
        ctx: &ctx,
        signed_in: me,
        notice,
    };
    let shown = PersonView {
        person,
        organisation: &organisation,
        activations: &found,
        reason,
        reason_error,
        now: state.clock.now(),
    };
    Ok(page(status, view::page(&staff_page, &shown)))
}

pub async fn show(
    req: HttpRequest,
    path: web::Path<(String, String)>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, PageError> {
    let (tr, me) = signed_in!(req, state);
    let Some(person) = person_of(&state, &me, &path.1).await.page_err(tr)? else {
        return Ok(not_found(tr));
    };
    person_page(&state, tr, &me, &person, "", None, None, StatusCode::OK).await
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ResendData {
    csrf_token: String,
    replaces: String,
}

pub async fn resend(
    req: HttpRequest,
    path: web::Path<(String, String)>,
    form: web::Form<ResendData>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, PageError> {
    let (tr, me) = signed_in!(req, state);
    if !me.csrf_is_valid(&form.csrf_token) {
        return Ok(csrf_refused(tr, &me));
    }
    let Some(person) = person_of(&state, &me, &path.1).await.page_err(tr)? else {
        return Ok(not_found(tr));
    };
    let settings = RunSettings {
        base_url: &state.settings.base_url,
        activation_days: state.settings.activation_days,
        stop_after: None,
    };
    let replaces = parse_id(&form.replaces);
    let now = state.clock.now();
    let (notice, status) =
        match use_case::resend(&state.db, &settings, &person, replaces, me.member.id, now).await {
            Ok(()) => (("info", tr.t("people-resent")), StatusCode::OK),
            Err(ResendError::Activated) => {
                (("error", tr.t("people-activated")), StatusCode::CONFLICT)
            }
            Err(ResendError::Stale) => {
                (("error", tr.t("people-resend-stale")), StatusCode::CONFLICT)
            }
            Err(ResendError::Unexpected(e)) => return Err(PageError::new(tr, e)),
        };
    person_page(&state, tr, &me, &person, "", None, Some(notice), status).await
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct RevokeData {
    csrf_token: String,
    activation: String,
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
    let Some(person) = person_of(&state, &me, &path.1).await.page_err(tr)? else {
        return Ok(not_found(tr));
    };
    let activation = match parse_id(&form.activation) {
        Some(id) => activations::find(&state.db, id).await.page_err(tr)?,
        None => None,
    }
    .filter(|a| a.person_id == Some(person.id));
    let Some(activation) = activation else {
        return Ok(not_found(tr));
    };
    let now = state.clock.now();
    let revoked =
        activation_use_case::revoke(&state.db, &activation, &form.reason, me.member.id, now).await;
    let (reason_error, notice, status) = super::activations::revoke_answer(tr, revoked)?;
    let reason = if reason_error.is_some() {
        form.reason.as_str()
    } else {
        ""
    };
    person_page(
        &state,
        tr,
        &me,
        &person,
        reason,
        reason_error,
        notice,
        status,
    )
    .await
}
