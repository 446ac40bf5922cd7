//! Staff sign-in and sign-out. A refusal says what to do (try again, wait so many seconds, wait
//! until the pause ends) from the address's counters alone, which an address that no account
//! has keeps too: so nothing can be learnt from it about which accounts exist.

use crate::db::audit::{self, Actor};
use crate::db::sign_in_throttles::{self, Kind};
use crate::db::staff::StaffMember;
use crate::db::{sessions, staff};
use crate::domain::codes::Token;
use crate::domain::sign_in::{Refusal, Reserved};
use crate::http::error::{PageError, PageResultExt};
use crate::http::rate_limit::client_address;
use crate::http::staff_auth::{self, COOKIE};
use crate::http::{csrf, lang, secret_page};
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

/// No `Debug`: it holds the password.
#[derive(Default, Deserialize)]
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
    let (member, token) = match sign_in(&state, &form.email, form.password, now)
        .await
        .page_err(tr)?
    {
        Ok(signed_in) => signed_in,
        Err(refusal) => {
            return Ok(failed(
                StatusCode::UNAUTHORIZED,
                refusal_message(tr, refusal),
            ));
        }
    };
    // A new session at every sign-in: an id planted before sign-in is never promoted.
    if let Some(old) = req.cookie(COOKIE) {
        sessions::close(&state.db, old.value()).await.page_err(tr)?;
    }
    tracing::info!(staff_id = %member.id, "staff signed in");
    Ok(HttpResponse::SeeOther()
        .insert_header((LOCATION, format!("/{}/staff/", tr.lang().code())))
        .cookie(staff_auth::session_cookie(
            token.as_str(),
            state.settings.is_https(),
        ))
        .finish())
}

/// What a refused sign-in says: the same words for every address whose counters stand alike.
fn refusal_message(tr: Tr, refusal: Refusal) -> String {
    match refusal {
        Refusal::Wrong { wait: None } => tr.t("staff-sign-in-failed"),
        Refusal::Wrong { wait: Some(wait) } => tr.t_with(
            "staff-sign-in-failed-wait",
            &[("seconds", FluentValue::from(Refusal::seconds(wait)))],
        ),
        Refusal::TooSoon(wait) => tr.t_with(
            "staff-sign-in-too-soon",
            &[("seconds", FluentValue::from(Refusal::seconds(wait)))],
        ),
        Refusal::Locked(until) => tr.t_with(
            "staff-sign-in-paused",
            &[("until", crate::i18n::arg(tr.instant(until)))],
        ),
    }
}

/// Signs in: the account behind a correct email and password, with a new session. The attempt
/// is counted in the database before the password is checked, so that attempts sent at once
/// count one each; an address that no account has is counted the same way, so that every
/// refusal (unknown email, locked or slowed account, wrong password) takes the same database
/// steps, one argon2 verification and the same answer for the same counters. The attempt that
/// locks the account ends its sessions and audits the lock in the same transaction; a correct
/// password opens a session only if the account is still as it was checked (no new password,
/// no lock meanwhile).
async fn sign_in(
    state: &AppState,
    email: &str,
    password: String,
    now: DateTime<Utc>,
) -> anyhow::Result<Result<(StaffMember, Token), Refusal>> {
    let account = staff::find_by_email(&state.db, email).await?.map(|m| m.id);
    let tx = begin_read_committed(&state.db).await?;
    let reservation = staff::reserve_attempt(&tx, account, now).await?;
    // Counted by the address typed whether an account has it or not (the same steps for both);
    // the answer for an address nobody has comes from these counters.
    let by_name = sign_in_throttles::reserve(&tx, Kind::StaffEmail, email, now).await?;
    if let Some(reserved) = reservation.as_ref().filter(|r| r.locked_now) {
        let id = reserved.member.id;
        let failures = reserved.attempts.failures;
        let ended = sessions::close_all_for(&tx, id).await?;
        audit::record(
            &tx,
            Actor::Staff(id),
            "staff_locked",
            None,
            &format!("failures={failures} sessions_ended={ended}"),
            now,
        )
        .await?;
        tracing::warn!(staff_id = %id, failures, sessions_ended = ended, "staff account locked after repeated failed sign-ins");
    }
    tx.commit().await?;

    state
        .sign_in_verifications
        .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let Some(reservation) = reservation else {
        secrets::verify_nothing(password).await?;
        tracing::warn!("failed staff sign-in: no account has this email address");
        let (reserved, after) = by_name;
        return Ok(Err(Refusal::of(reserved, &after, now)));
    };
    let member = reservation.member;
    let failures = reservation.attempts.failures;
    let correct = match reservation.reserved {
        Reserved::Check => secrets::verify(password, member.password_hash.clone()).await?,
        Reserved::TooSoon | Reserved::Locked(_) => {
            secrets::verify_nothing(password).await?;
            false
        }
    };
    if !correct {
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
        return Ok(Err(Refusal::of(
            reservation.reserved,
            &reservation.attempts,
            now,
        )));
    }
    let tx = begin_read_committed(&state.db).await?;
    if !staff::sign_in_succeeded(&tx, member.id, &member.password_hash, now).await? {
        tracing::warn!(staff_id = %member.id, "failed staff sign-in: the account was locked or its password changed meanwhile");
        return Ok(Err(Refusal::Wrong { wait: None }));
    }
    let token = sessions::open(&tx, member.id, now).await?;
    audit::record(
        &tx,
        Actor::Staff(member.id),
        "staff_signed_in",
        None,
        "",
        now,
    )
    .await?;
    tx.commit().await?;
    Ok(Ok((member, token)))
}

/// A transaction at READ COMMITTED on PostgreSQL whatever the server's default, so that a
/// statement after the first write sees what others committed (SQLite has one writer anyway).
async fn begin_read_committed(
    db: &sea_orm::DatabaseConnection,
) -> Result<sea_orm::DatabaseTransaction, sea_orm::DbErr> {
    use sea_orm::{DbBackend, IsolationLevel};
    if db.get_database_backend() == DbBackend::Postgres {
        db.begin_with_config(Some(IsolationLevel::ReadCommitted), None)
            .await
    } else {
        db.begin().await
    }
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
        secret_page(
            status,
            staff_sign_in::page(&PageCtx::new(tr, "staff/sign-in"), &view),
        ),
        cookie,
    )
}
