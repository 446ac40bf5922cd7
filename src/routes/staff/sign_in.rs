//! Staff sign-in and sign-out. Every failure gets the same message, whether the email exists,
//! the password is wrong or the account is paused, so that nothing can be learnt from it.

use crate::db::audit::{self, Actor};
use crate::db::staff::StaffMember;
use crate::db::{sessions, staff};
use crate::domain::sign_in::Reserved;
use crate::http::error::{PageError, PageResultExt};
use crate::http::rate_limit::client_address;
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
use chrono::{DateTime, Utc};
use fluent_templates::fluent_bundle::FluentValue;
use sea_orm::TransactionTrait;
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
    let failed = |status, error: String| {
        sign_in_page(&req, &state, tr, &form.email, None, Some(error), status)
    };
    if let Some(client) = client_address(&req, &state.settings.trusted_proxies)
        && let Err(wait) = state.sign_in_limiter.check(client)
    {
        tracing::warn!(%client, "staff sign-in refused: too many attempts from this address");
        let minutes = wait.as_secs().div_ceil(60).max(1);
        let error = tr.t_with(
            "sign-in-rate-limited",
            &[("minutes", FluentValue::from(minutes))],
        );
        return Ok(failed(StatusCode::TOO_MANY_REQUESTS, error));
    }
    let now = state.clock.now();
    let Some(member) = check_password(&state, &form.email, form.password, now)
        .await
        .page_err(tr)?
    else {
        return Ok(failed(
            StatusCode::UNAUTHORIZED,
            tr.t("staff-sign-in-failed"),
        ));
    };

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

/// The account behind a correct email and password. The attempt is counted in the database
/// before the password is checked, so that attempts sent at once count one each; every refusal
/// (unknown email, locked or slowed account, wrong password) costs the same argon2 verification,
/// so that response times do not tell which accounts exist. A lock ends the account's sessions.
async fn check_password(
    state: &AppState,
    email: &str,
    password: String,
    now: DateTime<Utc>,
) -> anyhow::Result<Option<StaffMember>> {
    let member = staff::find_by_email(&state.db, email).await?;
    let reservation = match &member {
        Some(member) => staff::reserve_attempt(&state.db, member.id, now).await?,
        None => None,
    };
    let counted = || {
        state
            .sign_in_verifications
            .fetch_add(1, std::sync::atomic::Ordering::Relaxed)
    };
    let (Some(member), Some(reservation)) = (member, reservation) else {
        counted();
        secrets::verify_nothing(password).await?;
        tracing::warn!("failed staff sign-in: no account has this email address");
        return Ok(None);
    };
    counted();
    let correct = match reservation.reserved {
        Reserved::Check => secrets::verify(password, member.password_hash.clone()).await?,
        Reserved::TooSoon | Reserved::Locked(_) => {
            secrets::verify_nothing(password).await?;
            false
        }
    };
    if correct {
        staff::save_attempts(&state.db, member.id, Default::default()).await?;
        return Ok(Some(member));
    }
    let failures = reservation.attempts.failures;
    match reservation.reserved {
        Reserved::Locked(until) => {
            tracing::warn!(staff_id = %member.id, %until, "failed staff sign-in: account locked");
        }
        Reserved::TooSoon => {
            tracing::warn!(staff_id = %member.id, failures, "failed staff sign-in: too soon after the last failure");
        }
        Reserved::Check => {
            tracing::warn!(staff_id = %member.id, failures, "failed staff sign-in: wrong password");
        }
    }
    if reservation.locked_now {
        let tx = state.db.begin().await?;
        let ended = sessions::close_all_for(&tx, member.id).await?;
        audit::record(
            &tx,
            Actor::Staff(member.id),
            "staff_locked",
            None,
            &format!("failures={failures} sessions_ended={ended}"),
            now,
        )
        .await?;
        tx.commit().await?;
        tracing::warn!(staff_id = %member.id, failures, sessions_ended = ended, "staff account locked after repeated failed sign-ins");
    }
    Ok(None)
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
