//! Journey step 1: the request form and its submission.

use crate::db::audit::{self, Actor};
use crate::db::outbox;
use crate::db::requests::{self, InsertError, RequestId, StoredRequest};
use crate::domain::codes::{SecurityCode, Token};
use crate::domain::request::{FieldErrors, NewRequest, RequestForm, RequestState};
use crate::domain::slot::{brussels_date, offered_slots};
use crate::email::messages;
use crate::http::csrf;
use crate::http::error::{PageError, PageResultExt};
use crate::http::rate_limit::client_address;
use crate::http::{lang, page, secret_page};
use crate::i18n::Tr;
use crate::secrets;
use crate::startup::AppState;
use crate::views::PageCtx;
use crate::views::pages::request_form::{self, FormPage};
use crate::views::pages::request_received::{self, Received};
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use chrono::Duration;
use fluent_templates::fluent_bundle::FluentValue;
use sea_orm::TransactionTrait;
use sha2::{Digest, Sha256};
use uuid::Uuid;

/// A form sent again within this time (double click, back and resend) shows a fresh code for the
/// request it already created, instead of creating a second one.
const RESUBMIT_WINDOW: Duration = Duration::hours(1);

pub async fn show(req: HttpRequest, state: web::Data<AppState>) -> HttpResponse {
    let tr = Tr(lang::preferred(&req));
    form_page(
        &req,
        &state,
        tr,
        &RequestForm::default(),
        &FieldErrors::default(),
        None,
        StatusCode::OK,
    )
}

pub async fn submit(
    req: HttpRequest,
    body: web::Bytes,
    state: web::Data<AppState>,
) -> Result<HttpResponse, PageError> {
    let tr = Tr(lang::preferred(&req));
    // Undecodable bodies become an empty form, which the page then explains field by field.
    let form: RequestForm = serde_html_form::from_bytes(&body).unwrap_or_default();

    // Refusals that concern the whole form keep every value typed and explain why on top.
    let refuse = |notice: String, status| {
        let no_field_errors = FieldErrors::default();
        form_page(
            &req,
            &state,
            tr,
            &form,
            &no_field_errors,
            Some(notice),
            status,
        )
    };
    if !csrf::is_valid(&req, &form.csrf_token) {
        tracing::warn!("request form refused: missing or wrong CSRF token");
        return Ok(refuse(tr.t("notice-csrf"), StatusCode::FORBIDDEN));
    }
    let today = brussels_date(state.clock.now());
    let new = match form.parse(today, &offered_slots(today)) {
        Ok(new) => new,
        Err(errors) => {
            return Ok(form_page(
                &req,
                &state,
                tr,
                &form,
                &errors,
                None,
                StatusCode::UNPROCESSABLE_ENTITY,
            ));
        }
    };
    if let Some(client) = client_address(&req, &state.settings.trusted_proxies)
        && let Err(wait) = state.limiter.check(client)
    {
        tracing::warn!(%client, "request form refused: too many submissions from this address");
        let minutes = wait.as_secs().div_ceil(60).max(1);
        let notice = tr.t_with(
            "notice-rate-limited",
            &[("minutes", FluentValue::from(minutes))],
        );
        return Ok(refuse(notice, StatusCode::TOO_MANY_REQUESTS));
    }

    let submission_token = Token::parse(&form.submission_token).unwrap_or_else(Token::generate);
    let origin = Origin::of(&req, &new);
    let code = SecurityCode::generate();
    let code_hash = secrets::hash(code.expose().to_owned()).await.page_err(tr)?;
    match store_request(
        &state,
        tr,
        &new,
        &submission_token,
        &origin,
        code_hash.clone(),
    )
    .await?
    {
        Some(id) => {
            tracing::info!(request_id = %id.0, "request submitted");
            let received = Received {
                code: &code,
                reference: &id.reference(),
                email: new.email.as_str(),
                resent: false,
            };
            Ok(secret_page(
                StatusCode::OK,
                request_received::page(&PageCtx::new(tr, "").shown_once(), &received),
            ))
        }
        None => resubmitted(&state, tr, &submission_token, &origin, &code, code_hash).await,
    }
}

/// Who sent a form and what it held, as digests: a form sent again gets a new security code
/// only from the same browser (its CSRF cookie, set with the form) with the same content, so
/// that someone who learnt a form's submission token cannot reset another person's code.
struct Origin {
    browser: String,
    content: String,
}

impl Origin {
    fn of(req: &HttpRequest, new: &NewRequest) -> Origin {
        let digest = |text: &str| hex::encode(Sha256::digest(text.as_bytes()));
        let cookie = req
            .cookie(csrf::COOKIE)
            .map(|c| c.value().to_owned())
            .unwrap_or_default();
        Origin {
            browser: digest(&cookie),
            content: digest(&format!("{new:?}")),
        }
    }
}

/// One transaction: the request, its slots, the "request received" email and the audit entry.
/// Returns `None` when this form had already been stored.
async fn store_request(
    state: &AppState,
    tr: Tr,
    new: &NewRequest,
    submission_token: &Token,
    origin: &Origin,
    code_hash: String,
) -> Result<Option<RequestId>, PageError> {
    let now = state.clock.now();
    let id = RequestId(Uuid::new_v4());
    let email = messages::request_received(tr, new, id.0, &id.reference());
    let tx = state.db.begin().await.page_err(tr)?;
    match requests::insert(
        &tx,
        id,
        submission_token.as_str(),
        new,
        tr.lang(),
        code_hash,
        now,
    )
    .await
    {
        Ok(()) => {}
        Err(InsertError::AlreadySubmitted) => return Ok(None),
        Err(InsertError::Db(e)) => return Err(PageError::new(tr, e)),
    }
    requests::remember_origin(&tx, id, &origin.browser, &origin.content)
        .await
        .page_err(tr)?;
    outbox::queue(&tx, &email, now).await.page_err(tr)?;
    audit::record(
        &tx,
        Actor::Applicant,
        "request_submitted",
        Some(id.0),
        "",
        now,
    )
    .await
    .page_err(tr)?;
    tx.commit().await.page_err(tr)?;
    Ok(Some(id))
}

/// The same form came again. While its request is fresh and untouched, the code shown now
/// replaces the one shown before (the browser may never have displayed that one).
async fn resubmitted(
    state: &AppState,
    tr: Tr,
    submission_token: &Token,
    origin: &Origin,
    code: &SecurityCode,
    code_hash: String,
) -> Result<HttpResponse, PageError> {
    let ctx = PageCtx::new(tr, "request");
    let now = state.clock.now();
    let existing: Option<StoredRequest> =
        requests::find_by_submission_token(&state.db, submission_token.as_str())
            .await
            .page_err(tr)?;
    let Some(existing) = existing.filter(|r| {
        RequestState::parse(&r.state) == Some(RequestState::Submitted)
            && now - r.created_at < RESUBMIT_WINDOW
    }) else {
        return Ok(page(
            StatusCode::CONFLICT,
            request_received::already_sent(&ctx),
        ));
    };
    let id = RequestId(existing.id);
    let tx = state.db.begin().await.page_err(tr)?;
    let same_sender = (origin.browser.as_str(), origin.content.as_str());
    if !requests::replace_security_code(&tx, id, same_sender, code_hash, now)
        .await
        .page_err(tr)?
    {
        return Ok(page(
            StatusCode::CONFLICT,
            request_received::already_sent(&ctx),
        ));
    }
    audit::record(
        &tx,
        Actor::Applicant,
        "security_code_reissued",
        Some(id.0),
        "form sent again",
        now,
    )
    .await
    .page_err(tr)?;
    tx.commit().await.page_err(tr)?;
    tracing::info!(request_id = %id.0, "request form sent again: new security code shown");
    let received = Received {
        code,
        reference: &id.reference(),
        email: &existing.email,
        resent: true,
    };
    Ok(secret_page(
        StatusCode::OK,
        request_received::page(&PageCtx::new(tr, "").shown_once(), &received),
    ))
}

/// The form, blank or with what was typed, its errors and a notice.
fn form_page(
    req: &HttpRequest,
    state: &AppState,
    tr: Tr,
    form: &RequestForm,
    errors: &FieldErrors,
    notice: Option<String>,
    status: StatusCode,
) -> HttpResponse {
    let (csrf_token, cookie) = csrf::token_for_form(req, state.settings.is_https());
    let submission_token = Token::parse(&form.submission_token).unwrap_or_else(Token::generate);
    let offered = offered_slots(brussels_date(state.clock.now()));
    let view = FormPage {
        form,
        errors,
        offered: &offered,
        notice,
        csrf_token: csrf_token.as_str(),
        submission_token: submission_token.as_str(),
    };
    csrf::attach(
        secret_page(
            status,
            request_form::page(&PageCtx::new(tr, "request"), &view),
        ),
        cookie,
    )
}
