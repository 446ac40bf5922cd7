//! Staff sign-in and sign-out. Every failure gets the same message, whether the email exists,
//! the password is wrong or the account is paused, so that nothing can be learnt from it.

use crate::db::audit::{self, Actor};
use crate::db::{sessions, staff};
use crate::domain::sign_in::Gate;
use crate::http::error::{PageError, PageResultExt};
use crate::http::staff_auth::{self, COOKIE};
use crate::http::{csrf, lang, page};
use crate::i18n::Tr;
use crate::secrets;
use crate::startup::AppState;
use crate::views::PageCtx;
use crate::views::pages::staff_sign_in::{self, SignInPage};
use actix_web::http::StatusCode;
use actix_web::http::header::LOCATION;
use actix_web::{HttpRequest, HttpResponse, web};
use serde::Deserialize;

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct SignInForm {
    email: String,
    password: String,
    csrf_token: String,
}

pub async fn show(req: HttpRequest, state: web::Data<AppState>) -> HttpResponse {
    let tr = Tr(lang::preferred(&req));
    let notice = req
        .query_string()
        .contains("signed-out")
        .then(|| tr.t("staff-signed-out"));
    sign_in_page(&req, &state, tr, "", notice, None, StatusCode::OK)
}

pub async fn submit(
    req: HttpRequest,
    form: web::Form<SignInForm>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, PageError> {
    let tr = Tr(lang::preferred(&req));
    let form = form.into_inner();
    if !csrf::is_valid(&req, &form.csrf_token) {
        let notice = Some(tr.t("notice-csrf-staff"));
        return Ok(sign_in_page(
            &req,
            &state,
            tr,
            &form.email,
            notice,
            None,
            StatusCode::FORBIDDEN,
        ));
    }
    let failed = || {
        let error = Some(tr.t("staff-sign-in-failed"));
        sign_in_page(
            &req,
            &state,
            tr,
            &form.email,
            None,
            error,
            StatusCode::UNAUTHORIZED,
        )
    };
    let now = state.clock.now();
    let Some(member) = staff::find_by_email(&state.db, &form.email)
        .await
        .page_err(tr)?
    else {
        secrets::verify_nothing(form.password).await.page_err(tr)?;
        return Ok(failed());
    };
    let attempts = member.attempts();
    if attempts.gate(now) != Gate::Open {
        return Ok(failed());
    }
    let password_ok = secrets::verify(form.password.clone(), member.password_hash.clone())
        .await
        .page_err(tr)?;
    if !password_ok {
        let after = attempts.after_failure(now);
        staff::save_attempts(&state.db, member.id, after)
            .await
            .page_err(tr)?;
        if after.just_locked() {
            tracing::warn!(staff_id = %member.id, "staff account locked after repeated failed sign-ins");
            audit::record(
                &state.db,
                Actor::Staff(member.id),
                "staff_locked",
                None,
                "repeated failed sign-ins",
                now,
            )
            .await
            .page_err(tr)?;
        }
        return Ok(failed());
    }

    staff::save_attempts(&state.db, member.id, Default::default())
        .await
        .page_err(tr)?;
    // A new session at every sign-in: an id planted before sign-in is never promoted.
    if let Some(old) = req.cookie(COOKIE) {
        sessions::close(&state.db, old.value()).await.page_err(tr)?;
    }
    let token = sessions::open(&state.db, member.id, now)
        .await
        .page_err(tr)?;
    audit::record(
        &state.db,
        Actor::Staff(member.id),
        "staff_signed_in",
        None,
        "",
        now,
    )
    .await
    .page_err(tr)?;
    tracing::info!(staff_id = %member.id, "staff signed in");
    Ok(HttpResponse::SeeOther()
        .insert_header((LOCATION, format!("/{}/staff/", tr.lang().code())))
        .cookie(staff_auth::session_cookie(
            token.as_str(),
            state.settings.is_https(),
        ))
        .finish())
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct SignOutForm {
    csrf_token: String,
}

pub async fn sign_out(
    req: HttpRequest,
    form: web::Form<SignOutForm>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, PageError> {
    let tr = Tr(lang::preferred(&req));
    let signed_in = staff_auth::current(&req, &state).await.page_err(tr)?;
    if let Some(signed_in) = &signed_in {
        if !signed_in.csrf_is_valid(&form.csrf_token) {
            return Ok(HttpResponse::SeeOther()
                .insert_header((LOCATION, format!("/{}/staff/", tr.lang().code())))
                .finish());
        }
        if let Some(cookie) = req.cookie(COOKIE) {
            sessions::close(&state.db, cookie.value())
                .await
                .page_err(tr)?;
        }
        let now = state.clock.now();
        audit::record(
            &state.db,
            Actor::Staff(signed_in.member.id),
            "staff_signed_out",
            None,
            "",
            now,
        )
        .await
        .page_err(tr)?;
    }
    Ok(HttpResponse::SeeOther()
        .insert_header((
            LOCATION,
            format!("/{}/staff/sign-in?signed-out", tr.lang().code()),
        ))
        .cookie(staff_auth::removal_cookie(state.settings.is_https()))
        .finish())
}

fn sign_in_page(
    req: &HttpRequest,
    state: &AppState,
    tr: Tr,
    email: &str,
    notice: Option<String>,
    error: Option<String>,
    status: StatusCode,
) -> HttpResponse {
    let (csrf_token, cookie) = csrf::token_for_form(req, state.settings.is_https());
    let view = SignInPage {
        email,
        notice,
        error,
        csrf_token: csrf_token.as_str(),
    };
    csrf::attach(
        page(
            status,
            staff_sign_in::page(&PageCtx::new(tr, "staff/sign-in"), &view),
        ),
        cookie,
    )
}
