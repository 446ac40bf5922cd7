//! Journey step 2: the appointment page behind the proposal email's link. The link's token
//! finds the appointment; the personal security code opens a short session for that request
//! only; then the applicant sees the appointment and may cancel it until it starts.

use crate::db::applicant_access::{self, Refused};
use crate::db::appointments::Appointment;
use crate::db::audit::{self, Actor};
use crate::db::id_documents;
use crate::db::outbox;
use crate::db::requests::{self, RequestId, StoredRequest};
use crate::domain::codes::{SecurityCode, Token};
use crate::domain::id_scan;
use crate::domain::request::{RequestState, slots as parse_slots};
use crate::domain::scheduling::AppointmentState;
use crate::domain::slot::{brussels_date, offered_slots};
use crate::email::messages;
use crate::http::error::{PageError, PageResultExt};
use crate::http::rate_limit::client_address;
use crate::http::upload::CappedFile;
use crate::http::{csrf, lang, page};
use crate::i18n::{Tr, arg};
use crate::secrets;
use crate::startup::AppState;
use crate::use_cases::id_upload::{self, Part, Side};
use crate::use_cases::scheduling::{self, ChangeError, MailSettings};
use crate::views::PageCtx;
use crate::views::pages::appointment::{self, AcceptForm, CodeForm, Details, LinkProblem};
use actix_web::cookie::{Cookie, SameSite};
use actix_web::http::StatusCode;
use actix_web::http::header::LOCATION;
use actix_web::{FromRequest, HttpRequest, HttpResponse, web};
use sea_orm::TransactionTrait;
use serde::Deserialize;

/// The cookie of the session a correct security code opens.
pub const COOKIE: &str = "rdv_applicant";

/// What a link leads to: an appointment that can be shown, or a page saying why not.
enum Found {
    Live(Box<Appointment>, Box<StoredRequest>),
    Problem(LinkProblem),
}

async fn find(state: &AppState, raw_token: &str) -> anyhow::Result<Found> {
    let Some(token) = Token::parse(raw_token) else {
        return Ok(Found::Problem(LinkProblem::Unknown));
    };
    let Some(found) = applicant_access::appointment_for_token(&state.db, &token).await? else {
        return Ok(Found::Problem(LinkProblem::Unknown));
    };
    let Some(request) = requests::find(&state.db, RequestId(found.request_id)).await? else {
        return Ok(Found::Problem(LinkProblem::Unknown));
    };
    let request_open = matches!(
        request.state(),
        Some(RequestState::Proposed | RequestState::Confirmed)
    );
    Ok(match found.state() {
        Some(s) if s.is_active() && request_open => Found::Live(Box::new(found), Box::new(request)),
        _ if request_open || request.state() == Some(RequestState::Submitted) => {
            Found::Problem(LinkProblem::Replaced)
        }
        _ => Found::Problem(LinkProblem::Finished),
    })
}

pub(super) fn problem_page(tr: Tr, problem: LinkProblem) -> HttpResponse {
    let status = match problem {
        LinkProblem::Unknown => StatusCode::NOT_FOUND,
        _ => StatusCode::GONE,
    };
    page(
        status,
        appointment::link_problem(&PageCtx::new(tr, "request"), problem),
    )
}

/// Every page behind a link keeps its place when the language is switched: the switch leads to
/// the same page (token included) in the other language.
fn page_ctx(tr: Tr, token: &str, suffix: &str) -> PageCtx {
    PageCtx::new(tr, format!("appointment/{token}{suffix}"))
}

/// What the accept form's address token is for: this link's accept form only.
fn accept_purpose(token: &str) -> String {
    format!("accept:{token}")
}

fn base_path(tr: Tr, token: &str) -> String {
    format!("/{}/appointment/{token}", tr.lang().code())
}

pub(super) async fn has_session(
    req: &HttpRequest,
    state: &AppState,
    request: &StoredRequest,
) -> anyhow::Result<bool> {
    Ok(match req.cookie(COOKIE) {
        Some(cookie) => {
            applicant_access::session_is_open(
                &state.db,
                cookie.value(),
                request.id,
                state.clock.now(),
            )
            .await?
        }
        None => false,
    })
}

/// What the code form shows besides the field: the code typed, its error, the lock-out.
struct Shown<'a> {
    code: &'a str,
    error: Option<String>,
    locked: Option<String>,
}

/// The code form, with a fresh CSRF cookie when needed.
fn code_page(
    req: &HttpRequest,
    state: &AppState,
    tr: Tr,
    token: &str,
    shown: Shown,
    status: StatusCode,
) -> HttpResponse {
    let Shown {
        code,
        error,
        locked,
    } = shown;
    let (csrf_token, cookie) =
        csrf::token_for_form(req, state.settings.base_url.scheme() == "https");
    let ctx = page_ctx(tr, token, "");
    let form = CodeForm {
        csrf: csrf_token.as_str(),
        action: base_path(tr, token),
        error,
        locked,
        code,
    };
    csrf::attach(
        crate::http::secret_page(status, appointment::code_form(&ctx, &form)),
        cookie,
    )
}

pub(super) fn locked_message(tr: Tr, until: chrono::DateTime<chrono::Utc>) -> String {
    tr.t_with(
        "appointment-code-locked",
        &[("until", arg(tr.instant(until)))],
    )
}

pub async fn show(
    req: HttpRequest,
    path: web::Path<(String, String)>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, PageError> {
    let tr = Tr(lang::preferred(&req));
    let token = &path.1;
    let (found, request) = match find(&state, token).await.page_err(tr)? {
        Found::Live(found, request) => (found, request),
        Found::Problem(problem) => return Ok(problem_page(tr, problem)),
    };
    if !has_session(&req, &state, &request).await.page_err(tr)? {
        let now = state.clock.now();
        let locked = request
            .code_locked_until
            .filter(|until| *until > now)
            .map(|until| locked_message(tr, until));
        return Ok(code_page(
            &req,
            &state,
            tr,
            token,
            Shown {
                code: "",
                error: None,
                locked,
            },
            StatusCode::OK,
        ));
    }
    details_page(
        &req,
        &state,
        tr,
        token,
        (&found, &request),
        id_upload::Refused::default(),
    )
    .await
}

async fn details_page(
    req: &HttpRequest,
    state: &AppState,
    tr: Tr,
    token: &str,
    (found, request): (&Appointment, &StoredRequest),
    refused: id_upload::Refused,
) -> Result<HttpResponse, PageError> {
    let ctx = page_ctx(tr, token, "");
    let (csrf_token, cookie) =
        csrf::token_for_form(req, state.settings.base_url.scheme() == "https");
    let proposed = found.state() == Some(AppointmentState::Proposed);
    // An image sent for an earlier slot still serves: the applicant need not send it again.
    let on_file = if proposed {
        id_documents::sides_on_file(&state.db, request.id)
            .await
            .page_err(tr)?
    } else {
        Vec::new()
    };
    let max_bytes = id_upload::Limits::from_settings(&state.settings).max_bytes;
    let status = if refused.problems.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let view = Details {
        appointment: found,
        request,
        started: found.starts_at <= state.clock.now(),
        cancel_href: format!("{}/cancel", base_path(tr, token)),
        another_href: format!("{}/another", base_path(tr, token)),
        accept: proposed.then(|| AcceptForm {
            csrf: csrf_token.as_str(),
            max_megabytes: id_scan::megabytes(max_bytes),
            max_bytes,
            action: format!(
                "{}/accept?csrf_token={}",
                base_path(tr, token),
                csrf::for_address(&csrf_token, &accept_purpose(token))
            ),
            problems: refused.messages(tr, max_bytes),
            passed: refused.passed_fields(),
            on_file,
        }),
    };
    Ok(csrf::attach(
        page(status, appointment::details(&ctx, &view)),
        cookie,
    ))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct CodeData {
    csrf_token: String,
    code: String,
}

/// Checks the security code: a correct one opens the session, a wrong one counts towards the
/// lock-out, whose start is emailed to the applicant.
pub async fn submit_code(
    req: HttpRequest,
    path: web::Path<(String, String)>,
    form: web::Form<CodeData>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, PageError> {
    let tr = Tr(lang::preferred(&req));
    let token = &path.1;
    let (_, request) = match find(&state, token).await.page_err(tr)? {
        Found::Live(found, request) => (found, request),
        Found::Problem(problem) => return Ok(problem_page(tr, problem)),
    };
    if !csrf::is_valid(&req, &form.csrf_token) {
        let error = Some(tr.t("appointment-code-expired-form"));
        return Ok(code_page(
            &req,
            &state,
            tr,
            token,
            Shown {
                code: &form.code,
                error,
                locked: None,
            },
            StatusCode::FORBIDDEN,
        ));
    }
    Ok(
        match check_code(&req, &state, tr, &request, &form.code).await? {
            CodeCheck::Opened(cookie) => HttpResponse::SeeOther()
                .insert_header((LOCATION, base_path(tr, token)))
                .cookie(cookie)
                .finish(),
            CodeCheck::RateLimited(error) => code_page(
                &req,
                &state,
                tr,
                token,
                Shown {
                    code: &form.code,
                    error: Some(error),
                    locked: None,
                },
                StatusCode::TOO_MANY_REQUESTS,
            ),
            CodeCheck::Locked(until) => code_page(
                &req,
                &state,
                tr,
                token,
                Shown {
                    code: "",
                    error: None,
                    locked: Some(locked_message(tr, until)),
                },
                StatusCode::TOO_MANY_REQUESTS,
            ),
            CodeCheck::Wrong => code_page(
                &req,
                &state,
                tr,
                token,
                Shown {
                    code: &form.code,
                    error: Some(tr.t("appointment-code-wrong")),
                    locked: None,
                },
                StatusCode::UNAUTHORIZED,
            ),
        },
    )
}

/// What checking a typed security code came to.
pub(super) enum CodeCheck {
    /// The right code: a session for the request is open, carried by this cookie.
    Opened(Cookie<'static>),
    /// A wrong code, counted towards the lock-out.
    Wrong,
    /// Locked until then, already or by this wrong code (whose lock-out was emailed).
    Locked(chrono::DateTime<chrono::Utc>),
    /// Too many attempts from this address: the message says how long to wait.
    RateLimited(String),
}

/// Checks a typed security code for a request: the limit per address, the attempt counted in the
/// database before the hash is checked, a session opened by the right code, and the lock-out
/// (emailed to the applicant) after one wrong code too many. Every page that the code opens
/// checks it here, so that a code typed on any of them counts alike.
pub(super) async fn check_code(
    req: &HttpRequest,
    state: &AppState,
    tr: Tr,
    request: &StoredRequest,
    typed: &str,
) -> Result<CodeCheck, PageError> {
    if let Some(client) = client_address(req, &state.settings.trusted_proxies)
        && let Err(wait) = state.code_limiter.check(client)
    {
        tracing::warn!(%client, "security code refused: too many attempts from this address");
        let minutes = wait.as_secs().div_ceil(60).max(1);
        let error = tr.t_with(
            "code-rate-limited",
            &[(
                "minutes",
                fluent_templates::fluent_bundle::FluentValue::from(minutes),
            )],
        );
        return Ok(CodeCheck::RateLimited(error));
    }
    let now = state.clock.now();
    let tx = state.db.begin().await.page_err(tr)?;
    let attempt = applicant_access::start_attempt(&tx, request.id, now)
        .await
        .page_err(tr)?;
    tx.commit().await.page_err(tr)?;
    let attempt = match attempt {
        Ok(attempt) => attempt,
        Err(Refused::LockedUntil(until)) => return Ok(CodeCheck::Locked(until)),
    };
    // A code typed in another shape (spaces, lower case) is read the same way; argon2 runs
    // even for a malformed one, so that timing says nothing.
    let typed = SecurityCode::parse(typed)
        .map(|c| c.expose().to_owned())
        .unwrap_or_default();
    let correct = secrets::verify(typed, request.security_code_hash.clone())
        .await
        .page_err(tr)?;
    if correct {
        let tx = state.db.begin().await.page_err(tr)?;
        applicant_access::mark_succeeded(&tx, attempt)
            .await
            .page_err(tr)?;
        let session = applicant_access::open_session(&tx, request.id, now)
            .await
            .page_err(tr)?;
        tx.commit().await.page_err(tr)?;
        let cookie = Cookie::build(COOKIE, session.as_str().to_owned())
            .path("/")
            .http_only(true)
            .secure(state.settings.base_url.scheme() == "https")
            .same_site(SameSite::Lax)
            .finish();
        return Ok(CodeCheck::Opened(cookie));
    }
    let tx = state.db.begin().await.page_err(tr)?;
    let locked_now = applicant_access::after_wrong_code(&tx, request.id, now)
        .await
        .page_err(tr)?;
    if let Some(until) = locked_now {
        audit::record(
            &tx,
            Actor::System,
            "code_lockout",
            Some(request.id),
            &format!("until {}", until.to_rfc3339()),
            now,
        )
        .await
        .page_err(tr)?;
        let email = messages::code_lockout(Tr(request.ui_language()), request, until);
        outbox::queue(&tx, &email, now).await.page_err(tr)?;
    }
    tx.commit().await.page_err(tr)?;
    Ok(match locked_now {
        Some(until) => CodeCheck::Locked(until),
        None => CodeCheck::Wrong,
    })
}

/// Asks once more before cancelling.
pub async fn confirm_cancel(
    req: HttpRequest,
    path: web::Path<(String, String)>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, PageError> {
    let tr = Tr(lang::preferred(&req));
    let token = &path.1;
    let (found, request) = match find(&state, token).await.page_err(tr)? {
        Found::Live(found, request) => (found, request),
        Found::Problem(problem) => return Ok(problem_page(tr, problem)),
    };
    if !has_session(&req, &state, &request).await.page_err(tr)? {
        return Ok(see_page(tr, token));
    }
    let ctx = page_ctx(tr, token, "/cancel");
    if found.starts_at <= state.clock.now() {
        return Ok(page(StatusCode::CONFLICT, appointment::started(&ctx)));
    }
    let (csrf_token, cookie) =
        csrf::token_for_form(&req, state.settings.base_url.scheme() == "https");
    let base = base_path(tr, token);
    let markup = appointment::cancel_confirm(
        &ctx,
        &found,
        csrf_token.as_str(),
        &format!("{base}/cancel"),
        &base,
    );
    Ok(csrf::attach(page(StatusCode::OK, markup), cookie))
}

fn see_page(tr: Tr, token: &str) -> HttpResponse {
    HttpResponse::SeeOther()
        .insert_header((LOCATION, base_path(tr, token)))
        .finish()
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct CsrfOnly {
    csrf_token: String,
}

pub async fn cancel(
    req: HttpRequest,
    path: web::Path<(String, String)>,
    form: web::Form<CsrfOnly>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, PageError> {
    let tr = Tr(lang::preferred(&req));
    let token = &path.1;
    let (found, request) = match find(&state, token).await.page_err(tr)? {
        Found::Live(found, request) => (found, request),
        Found::Problem(problem) => return Ok(problem_page(tr, problem)),
    };
    if !has_session(&req, &state, &request).await.page_err(tr)?
        || !csrf::is_valid(&req, &form.csrf_token)
    {
        return Ok(see_page(tr, token));
    }
    let ctx = page_ctx(tr, token, "");
    match scheduling::cancel_by_applicant(
        &state.db,
        &MailSettings::from(&state.settings),
        &request,
        &found,
        state.clock.now(),
    )
    .await
    {
        Ok(()) => Ok(page(StatusCode::OK, appointment::cancelled(&ctx))),
        Err(ChangeError::NotOffered) => Ok(page(StatusCode::CONFLICT, appointment::started(&ctx))),
        Err(ChangeError::NoLongerOpen | ChangeError::SlotTaken) => {
            Ok(problem_page(tr, LinkProblem::Finished))
        }
        Err(ChangeError::Unexpected(e)) => Err(PageError::new(tr, e)),
    }
}

/// The slot grid for new preferred slots.
pub async fn show_another(
    req: HttpRequest,
    path: web::Path<(String, String)>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, PageError> {
    let tr = Tr(lang::preferred(&req));
    another_page(&req, &state, tr, &path.1, &[], None).await
}

async fn another_page(
    req: &HttpRequest,
    state: &AppState,
    tr: Tr,
    token: &str,
    chosen: &[String],
    error: Option<String>,
) -> Result<HttpResponse, PageError> {
    let (found, request) = match find(state, token).await.page_err(tr)? {
        Found::Live(found, request) => (found, request),
        Found::Problem(problem) => return Ok(problem_page(tr, problem)),
    };
    if !has_session(req, state, &request).await.page_err(tr)? {
        return Ok(see_page(tr, token));
    }
    let ctx = page_ctx(tr, token, "/another");
    let now = state.clock.now();
    if found.starts_at <= now {
        return Ok(page(StatusCode::CONFLICT, appointment::started(&ctx)));
    }
    let offered = offered_slots(brussels_date(now));
    let (csrf_token, cookie) =
        csrf::token_for_form(req, state.settings.base_url.scheme() == "https");
    let base = base_path(tr, token);
    let status = if error.is_some() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    let view = appointment::AnotherSlot {
        csrf: csrf_token.as_str(),
        action: format!("{base}/another"),
        back: base,
        offered: &offered,
        chosen,
        error,
    };
    Ok(csrf::attach(
        page(status, appointment::another_slot(&ctx, &view)),
        cookie,
    ))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct AnotherData {
    csrf_token: String,
    slot: Vec<String>,
}

pub async fn ask_another(
    req: HttpRequest,
    path: web::Path<(String, String)>,
    body: web::Bytes,
    state: web::Data<AppState>,
) -> Result<HttpResponse, PageError> {
    let tr = Tr(lang::preferred(&req));
    let token = &path.1;
    let data: AnotherData = serde_html_form::from_bytes(&body).unwrap_or_default();
    let (found, request) = match find(&state, token).await.page_err(tr)? {
        Found::Live(found, request) => (found, request),
        Found::Problem(problem) => return Ok(problem_page(tr, problem)),
    };
    if !has_session(&req, &state, &request).await.page_err(tr)?
        || !csrf::is_valid(&req, &data.csrf_token)
    {
        return Ok(see_page(tr, token));
    }
    let now = state.clock.now();
    let preferred = match parse_slots(&data.slot, &offered_slots(brussels_date(now))) {
        Ok(preferred) => preferred,
        Err(problem) => {
            let error = Some(tr.t(problem.message_key(crate::domain::request::Field::Slots)));
            return another_page(&req, &state, tr, token, &data.slot, error).await;
        }
    };
    let ctx = page_ctx(tr, token, "");
    let mail = MailSettings::from(&state.settings);
    match scheduling::ask_another_slot(&state.db, &mail, &request, &found, &preferred, now).await {
        Ok(()) => Ok(page(StatusCode::OK, appointment::another_asked(&ctx))),
        Err(ChangeError::NotOffered) => Ok(page(StatusCode::CONFLICT, appointment::started(&ctx))),
        Err(ChangeError::NoLongerOpen | ChangeError::SlotTaken) => {
            Ok(problem_page(tr, LinkProblem::Finished))
        }
        Err(ChangeError::Unexpected(e)) => Err(PageError::new(tr, e)),
    }
}

/// The accept form: the front of the ID document, and its back where it carries information.
/// (Its CSRF token travels in the form's address and is checked before the body is read.)
#[derive(actix_multipart::form::MultipartForm)]
pub struct AcceptUpload {
    front: Option<CappedFile>,
    back: Option<CappedFile>,
}

/// Accepting: the link, the session and the CSRF token (in the form's address, so that it can be
/// checked before the body) are checked before a byte of the upload is read; then both images
/// are checked; any problem shows the page again with a message next to the file field. The
/// files written are removed again unless the booking commits.
pub async fn accept(
    req: HttpRequest,
    path: web::Path<(String, String)>,
    query: web::Query<CsrfOnly>,
    payload: web::Payload,
    state: web::Data<AppState>,
) -> Result<HttpResponse, PageError> {
    let tr = Tr(lang::preferred(&req));
    let token = &path.1;
    let (found, request) = match find(&state, token).await.page_err(tr)? {
        Found::Live(found, request) => (found, request),
        Found::Problem(problem) => return Ok(problem_page(tr, problem)),
    };
    if !has_session(&req, &state, &request).await.page_err(tr)?
        || !csrf::address_is_valid(&req, &accept_purpose(token), &query.csrf_token)
    {
        return Ok(see_page(tr, token));
    }
    // A second press of the button, once the first has booked: the page shows the booking.
    if found.state() != Some(AppointmentState::Proposed) {
        return Ok(see_page(tr, token));
    }
    let mut payload = payload.into_inner();
    let form = match actix_multipart::form::MultipartForm::<AcceptUpload>::from_request(
        &req,
        &mut payload,
    )
    .await
    {
        Ok(form) => form.into_inner(),
        // Cut off, or far too large (a file past the limits is read and dropped, and the form
        // answers for it, up to `upload::DRAIN_LIMIT`): the framework's answer, which the error
        // handler turns into a page in the visitor's language.
        Err(error) => return Ok(error.error_response()),
    };
    let limits = id_upload::Limits::from_settings(&state.settings);
    let on_file = id_documents::sides_on_file(&state.db, request.id)
        .await
        .page_err(tr)?;
    let parts = vec![
        Part {
            side: Side::Front,
            file: form.front.map(CappedFile::into_inner),
            required: !on_file.iter().any(|side| side == Side::Front.code()),
        },
        Part {
            side: Side::Back,
            file: form.back.map(CappedFile::into_inner),
            required: false,
        },
    ];
    let received = id_upload::receive(&state.db, &state.image_checks, &limits, request.id, parts)
        .await
        .page_err(tr)?;
    let uploaded = match received {
        Ok(uploaded) => uploaded,
        Err(refused) => {
            return details_page(&req, &state, tr, token, (&found, &request), refused).await;
        }
    };
    let outcome = scheduling::accept(
        &state.db,
        &MailSettings::from(&state.settings),
        &request,
        &found,
        token,
        uploaded.images(),
        state.clock.now(),
    )
    .await;
    if outcome.is_ok() {
        uploaded.keep();
    }
    let ctx = page_ctx(tr, token, "");
    match outcome {
        Ok(()) => Ok(page(StatusCode::OK, appointment::accepted(&ctx, &found))),
        Err(ChangeError::NotOffered) => Ok(page(StatusCode::CONFLICT, appointment::started(&ctx))),
        Err(ChangeError::NoLongerOpen | ChangeError::SlotTaken) => {
            // Two presses at once: the other one booked it, and the page shows the booking.
            let booked = matches!(
                find(&state, token).await.page_err(tr)?,
                Found::Live(now, _) if now.state() == Some(AppointmentState::Confirmed)
            );
            if booked {
                return Ok(see_page(tr, token));
            }
            Ok(problem_page(tr, LinkProblem::Replaced))
        }
        Err(ChangeError::Unexpected(e)) => Err(PageError::new(tr, e)),
    }
}
