//! The page behind the link of a "new upload of your ID" email: the link's token finds the
//! interview that asked; the personal security code opens the same session as on the
//! appointment page; then the applicant sends the new images through the booking's gate.

use super::appointment::{CodeCheck, check_code, has_session, locked_message, problem_page};
use crate::db::requests::StoredRequest;
use crate::domain::codes::Token;
use crate::domain::id_scan;
use crate::http::error::{PageError, PageResultExt};
use crate::http::upload::CappedFile;
use crate::http::{csrf, lang, page, secret_page};
use crate::i18n::Tr;
use crate::startup::AppState;
use crate::use_cases::id_upload::{self, Part, Problem, Refused, Side};
use crate::use_cases::new_upload::{self, ReceiveError};
use crate::views::PageCtx;
use crate::views::pages::appointment::LinkProblem;
use crate::views::pages::new_upload::{self as view, CodeForm, UploadForm};
use actix_web::http::StatusCode;
use actix_web::http::header::LOCATION;
use actix_web::{FromRequest, HttpRequest, HttpResponse, web};
use serde::Deserialize;

/// What a link leads to: an interview waiting for images, or a page saying why not.
enum Found {
    Live(Token, Box<StoredRequest>),
    Over,
    Problem(LinkProblem),
}

async fn find(state: &AppState, raw_token: &str) -> anyhow::Result<Found> {
    let Some(token) = Token::parse(raw_token) else {
        return Ok(Found::Problem(LinkProblem::Unknown));
    };
    Ok(match new_upload::find(&state.db, &token).await? {
        // An unknown token and one replaced by a newer request get the same page.
        None => Found::Problem(LinkProblem::Unknown),
        Some((interview, request)) if new_upload::is_open(&interview, &request) => {
            Found::Live(token, Box::new(request))
        }
        Some(_) => Found::Over,
    })
}

/// Every page keeps its place when the language is switched.
fn page_ctx(tr: Tr, token: &str) -> PageCtx {
    PageCtx::new(tr, format!("new-upload/{token}"))
}

fn base_path(tr: Tr, token: &str) -> String {
    format!("/{}/new-upload/{token}", tr.lang().code())
}

/// What the upload form's address token is for: this link's upload form only.
fn upload_purpose(token: &str) -> String {
    format!("new-upload:{token}")
}

fn see_page(tr: Tr, token: &str) -> HttpResponse {
    HttpResponse::SeeOther()
        .insert_header((LOCATION, base_path(tr, token)))
        .finish()
}

fn over_page(tr: Tr, token: &str) -> HttpResponse {
    page(StatusCode::GONE, view::over(&page_ctx(tr, token)))
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
        action: base_path(tr, token),
        error: shown.error,
        locked: shown.locked,
        code: shown.code,
    };
    csrf::attach(
        secret_page(status, view::code_form(&page_ctx(tr, token), &form)),
        cookie,
    )
}

/// The upload form, with the problems of the last attempt next to their fields.
fn upload_page(
    req: &HttpRequest,
    state: &AppState,
    tr: Tr,
    token: &str,
    refused: &Refused,
) -> HttpResponse {
    let (csrf_token, cookie) = csrf::token_for_form(req, secure(state));
    let max_bytes = id_upload::Limits::from_settings(&state.settings).max_bytes;
    let status = if refused.problems.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let form = UploadForm {
        csrf: csrf_token.as_str(),
        action: format!(
            "{}/upload?csrf_token={}",
            base_path(tr, token),
            csrf::for_address(&csrf_token, &upload_purpose(token))
        ),
        max_megabytes: id_scan::megabytes(max_bytes),
        max_bytes,
        problems: messages(tr, refused, max_bytes),
        passed: refused.passed_fields(),
    };
    csrf::attach(
        secret_page(status, view::upload_form(&page_ctx(tr, token), &form)),
        cookie,
    )
}

/// The gate's messages, but for the limit: this upload was asked for, so the booking's advice
/// to wait until the interviewer asks does not fit.
fn messages(tr: Tr, refused: &Refused, max_bytes: usize) -> Vec<(String, String)> {
    refused
        .problems
        .iter()
        .map(|(side, problem)| {
            let message = match problem {
                Problem::TooMany => tr.t("new-upload-too-many"),
                other => other.message(tr, max_bytes),
            };
            (side.code().to_owned(), message)
        })
        .collect()
}

pub async fn show(
    req: HttpRequest,
    path: web::Path<(String, String)>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, PageError> {
    let tr = Tr(lang::preferred(&req));
    let token = &path.1;
    let request = match find(&state, token).await.page_err(tr)? {
        Found::Live(_, request) => request,
        Found::Over => return Ok(over_page(tr, token)),
        Found::Problem(problem) => return Ok(problem_page(tr, problem)),
    };
    if has_session(&req, &state, &request).await.page_err(tr)? {
        return Ok(upload_page(&req, &state, tr, token, &Refused::default()));
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
        Found::Live(_, request) => request,
        Found::Over => return Ok(over_page(tr, token)),
        Found::Problem(problem) => return Ok(problem_page(tr, problem)),
    };
    if !csrf::is_valid(&req, &form.csrf_token) {
        let error = Some(tr.t("appointment-code-expired-form"));
        let shown = Shown {
            code: &form.code,
            error,
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
        // The appointment page's session cookie: a code entered on either page opens both.
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
pub struct CsrfOnly {
    csrf_token: String,
}

/// The new images: the front of the document, and its back where it carries information.
#[derive(actix_multipart::form::MultipartForm)]
pub struct NewImages {
    front: Option<CappedFile>,
    back: Option<CappedFile>,
}

/// The upload: the link, the session and the CSRF token (in the form's address) are checked
/// before a byte of the body is read; then the images go through the gate. Any problem shows
/// the form again with a message next to the file field.
pub async fn upload(
    req: HttpRequest,
    path: web::Path<(String, String)>,
    query: web::Query<CsrfOnly>,
    payload: web::Payload,
    state: web::Data<AppState>,
) -> Result<HttpResponse, PageError> {
    let tr = Tr(lang::preferred(&req));
    let token = &path.1;
    let (parsed, request) = match find(&state, token).await.page_err(tr)? {
        Found::Live(parsed, request) => (parsed, request),
        Found::Over => return Ok(over_page(tr, token)),
        Found::Problem(problem) => return Ok(problem_page(tr, problem)),
    };
    if !has_session(&req, &state, &request).await.page_err(tr)?
        || !csrf::address_is_valid(&req, &upload_purpose(token), &query.csrf_token)
    {
        return Ok(see_page(tr, token));
    }
    let mut payload = payload.into_inner();
    let form =
        match actix_multipart::form::MultipartForm::<NewImages>::from_request(&req, &mut payload)
            .await
        {
            Ok(form) => form.into_inner(),
            // Cut off, or past `upload::DRAIN_LIMIT`: the framework's answer, which the error
            // handler turns into a page in the visitor's language.
            Err(error) => return Ok(error.error_response()),
        };
    let parts = vec![
        Part {
            side: Side::Front,
            file: form.front.map(CappedFile::into_inner),
            required: true,
        },
        Part {
            side: Side::Back,
            file: form.back.map(CappedFile::into_inner),
            required: false,
        },
    ];
    let limits = id_upload::Limits::from_settings(&state.settings);
    let received = new_upload::receive(
        &state.db,
        &state.image_checks,
        &limits,
        &parsed,
        parts,
        state.clock.now(),
    )
    .await;
    match received {
        Ok(_) => Ok(page(StatusCode::OK, view::received(&page_ctx(tr, token)))),
        Err(ReceiveError::Refused(refused)) => Ok(upload_page(&req, &state, tr, token, &refused)),
        Err(ReceiveError::Closed) => Ok(over_page(tr, token)),
        Err(ReceiveError::NotCurrent) => Ok(problem_page(tr, LinkProblem::Unknown)),
        Err(ReceiveError::Unexpected(e)) => Err(PageError::new(tr, e)),
    }
}
