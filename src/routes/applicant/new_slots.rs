//! The page behind the link of an interrupted interview's email: the link's token finds the
//! released appointment; the personal security code opens the same session as on the
//! appointment page; then the applicant chooses new preferred slots, once, and the request
//! waits in the queue for a new proposal.

use super::appointment::{CodeCheck, check_code, has_session, locked_message, problem_page};
use crate::db::applicant_access;
use crate::db::appointments::{self, Appointment};
use crate::db::interviews;
use crate::db::requests::{self, RequestId, StoredRequest};
use crate::domain::codes::Token;
use crate::domain::interview::Outcome;
use crate::domain::request::{Field, RequestState, slots as parse_slots};
use crate::domain::scheduling::AppointmentState;
use crate::domain::slot::{brussels_date, offered_slots};
use crate::http::error::{PageError, PageResultExt};
use crate::http::{csrf, lang, page, secret_page};
use crate::i18n::Tr;
use crate::startup::AppState;
use crate::use_cases::scheduling::{self, ChangeError};
use crate::views::PageCtx;
use crate::views::pages::appointment::LinkProblem;
use crate::views::pages::new_slots::{self as view, CodeForm, SlotsForm};
use actix_web::http::StatusCode;
use actix_web::http::header::LOCATION;
use actix_web::{HttpRequest, HttpResponse, web};
use serde::Deserialize;

/// What a link leads to: an interrupted interview's released appointment whose request waits
/// for new slots, or a page saying why not.
enum Found {
    Live(Token, Box<Appointment>, Box<StoredRequest>),
    Problem(LinkProblem),
}

async fn find(state: &AppState, raw_token: &str) -> anyhow::Result<Found> {
    let Some(token) = Token::parse(raw_token) else {
        return Ok(Found::Problem(LinkProblem::Unknown));
    };
    let Some(found) = applicant_access::appointment_for_token(&state.db, &token).await? else {
        // A link already used says so; any other is unknown.
        let used = scheduling::used_link_hash(&token);
        return Ok(Found::Problem(
            match appointments::find_by_token_hash(&state.db, &used).await? {
                Some(_) => LinkProblem::Finished,
                None => LinkProblem::Unknown,
            },
        ));
    };
    let Some(request) = requests::find(&state.db, RequestId(found.request_id)).await? else {
        return Ok(Found::Problem(LinkProblem::Unknown));
    };
    let queued = request.state() == Some(RequestState::Submitted);
    let interrupted = interviews::for_appointment(&state.db, found.id)
        .await?
        .and_then(|i| i.record.outcome)
        .is_some_and(|d| matches!(d.outcome, Outcome::Interrupted { .. }));
    let newer = appointments::active_for_request(&state.db, request.id)
        .await?
        .is_some();
    let released = found.state() == Some(AppointmentState::Released);
    Ok(if released && queued && interrupted && !newer {
        Found::Live(token, Box::new(found), Box::new(request))
    } else if newer {
        // A new slot was proposed meanwhile: its email has the link that counts now.
        Found::Problem(LinkProblem::Replaced)
    } else {
        Found::Problem(LinkProblem::Finished)
    })
}

/// Every page keeps its place when the language is switched.
fn page_ctx(tr: Tr, token: &str) -> PageCtx {
    PageCtx::new(tr, format!("appointment/{token}/new-slots"))
}

fn base_path(tr: Tr, token: &str) -> String {
    format!("/{}/appointment/{token}/new-slots", tr.lang().code())
}

fn see_page(tr: Tr, token: &str) -> HttpResponse {
    HttpResponse::SeeOther()
        .insert_header((LOCATION, base_path(tr, token)))
        .finish()
}

fn secure(state: &AppState) -> bool {
    state.settings.base_url.scheme() == "https"
}

/// What the code form shows besides the field: the code typed, its error, the lock-out.
struct Shown<'a> {
    code: &'a str,
    error: Option<String>,
    locked: Option<String>,
}

fn code_page(
    req: &HttpRequest,
    state: &AppState,
    tr: Tr,
    token: &str,
    shown: Shown,
    status: StatusCode,
) -> HttpResponse {
    let (csrf_token, cookie) = csrf::token_for_form(req, secure(state));
    let form = CodeForm {
        csrf: csrf_token.as_str(),
        action: format!("{}/code", base_path(tr, token)),
        error: shown.error,
        locked: shown.locked,
        code: shown.code,
    };
    csrf::attach(
        secret_page(status, view::code_form(&page_ctx(tr, token), &form)),
        cookie,
    )
}

/// The slot grid of the days offered from today, with what was ticked and its problem.
fn slots_page(
    req: &HttpRequest,
    state: &AppState,
    tr: Tr,
    token: &str,
    chosen: &[String],
    error: Option<String>,
) -> HttpResponse {
    let (csrf_token, cookie) = csrf::token_for_form(req, secure(state));
    let offered = offered_slots(brussels_date(state.clock.now()));
    let status = if error.is_some() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    let form = SlotsForm {
        csrf: csrf_token.as_str(),
        action: base_path(tr, token),
        offered: &offered,
        chosen,
        error,
    };
    csrf::attach(
        page(status, view::slots_form(&page_ctx(tr, token), &form)),
        cookie,
    )
}

pub async fn show(
    req: HttpRequest,
    path: web::Path<(String, String)>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, PageError> {
    let tr = Tr(lang::preferred(&req));
    let token = &path.1;
    let request = match find(&state, token).await.page_err(tr)? {
        Found::Live(_, _, request) => request,
        Found::Problem(problem) => return Ok(problem_page(tr, problem)),
    };
    if has_session(&req, &state, &request).await.page_err(tr)? {
        return Ok(slots_page(&req, &state, tr, token, &[], None));
    }
    let now = state.clock.now();
    let locked = request
        .code_locked_until
        .filter(|until| *until > now)
        .map(|until| locked_message(tr, until));
    Ok(code_page(
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
    ))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct CodeData {
    csrf_token: String,
    code: String,
}

/// Checks the security code exactly as the appointment page does (the same attempts, lock-out
/// and session).
pub async fn submit_code(
    req: HttpRequest,
    path: web::Path<(String, String)>,
    form: web::Form<CodeData>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, PageError> {
    let tr = Tr(lang::preferred(&req));
    let token = &path.1;
    let request = match find(&state, token).await.page_err(tr)? {
        Found::Live(_, _, request) => request,
        Found::Problem(problem) => return Ok(problem_page(tr, problem)),
    };
    if !csrf::is_valid(&req, &form.csrf_token) {
        let shown = Shown {
            code: &form.code,
            error: Some(tr.t("appointment-code-expired-form")),
            locked: None,
        };
        return Ok(code_page(
            &req,
            &state,
            tr,
            token,
            shown,
            StatusCode::FORBIDDEN,
        ));
    }
    let (shown, status) = match check_code(&req, &state, tr, &request, &form.code).await? {
        // The appointment page's session cookie: a code entered on any of the pages opens all.
        CodeCheck::Opened(cookie) => {
            return Ok(HttpResponse::SeeOther()
                .insert_header((LOCATION, base_path(tr, token)))
                .cookie(cookie)
                .finish());
        }
        CodeCheck::RateLimited(error) => (
            Shown {
                code: &form.code,
                error: Some(error),
                locked: None,
            },
            StatusCode::TOO_MANY_REQUESTS,
        ),
        CodeCheck::Locked(until) => (
            Shown {
                code: "",
                error: None,
                locked: Some(locked_message(tr, until)),
            },
            StatusCode::TOO_MANY_REQUESTS,
        ),
        CodeCheck::Wrong => (
            Shown {
                code: &form.code,
                error: Some(tr.t("appointment-code-wrong")),
                locked: None,
            },
            StatusCode::UNAUTHORIZED,
        ),
    };
    Ok(code_page(&req, &state, tr, token, shown, status))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct SlotsData {
    csrf_token: String,
    slot: Vec<String>,
}

/// The new preferred slots: checked against the days offered from today; a problem shows the
/// grid again with what was ticked.
pub async fn choose(
    req: HttpRequest,
    path: web::Path<(String, String)>,
    body: web::Bytes,
    state: web::Data<AppState>,
) -> Result<HttpResponse, PageError> {
    let tr = Tr(lang::preferred(&req));
    let token = &path.1;
    let data: SlotsData = serde_html_form::from_bytes(&body).unwrap_or_default();
    let (parsed, found, request) = match find(&state, token).await.page_err(tr)? {
        Found::Live(parsed, found, request) => (parsed, found, request),
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
            let error = Some(tr.t(problem.message_key(Field::Slots)));
            return Ok(slots_page(&req, &state, tr, token, &data.slot, error));
        }
    };
    match scheduling::choose_slots_after_interruption(
        &state.db, &request, &found, &parsed, &preferred, now,
    )
    .await
    {
        Ok(()) => Ok(page(StatusCode::OK, view::chosen(&page_ctx(tr, token)))),
        // Used meanwhile (a second press), or a new proposal made meanwhile.
        Err(ChangeError::NoLongerOpen | ChangeError::NotOffered | ChangeError::SlotTaken) => {
            Ok(problem_page(tr, LinkProblem::Finished))
        }
        Err(ChangeError::Unexpected(e)) => Err(PageError::new(tr, e)),
    }
}
