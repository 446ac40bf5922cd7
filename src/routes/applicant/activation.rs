//! The page behind the activation email's button: the activation code from the interview, then
//! the choice of a digital key and its first code. Each link that can no longer be used has its
//! own page; a session (cookie) carries the person from one step to the next.

use super::key_session::{self, app_setup, factor_message};
use crate::db::activations::{self, Activation};
use crate::db::digital_keys::{self, CodePurpose, DigitalKey};
use crate::db::key_sessions::{KeySession, Stage};
use crate::domain::activation::{KeyFactor, judge_link};
use crate::domain::codes::Token;
use crate::http::error::{PageError, PageResultExt};
use crate::http::rate_limit::client_address;
use crate::http::{csrf, lang, page, secret_page};
use crate::i18n::{Tr, arg};
use crate::startup::AppState;
use crate::use_cases::activation::{
    self as use_case, ChooseError, Chosen, CodeResult, ConfirmError, KeyChoice,
};
use crate::views::PageCtx;
use crate::views::pages::activation::{self as view, ChoiceForm, ConfirmForm, Problem};
use crate::views::partials::CodeForm;
use actix_web::http::StatusCode;
use actix_web::http::header::LOCATION;
use actix_web::{HttpRequest, HttpResponse, web};
use fluent_templates::fluent_bundle::FluentValue;
use serde::Deserialize;

/// The activation behind a link, or the page saying why there is none.
async fn find(state: &AppState, raw: &str) -> anyhow::Result<Result<Activation, Problem>> {
    let Some(token) = Token::parse(raw) else {
        return Ok(Err(Problem::Unknown));
    };
    Ok(activations::find_by_token(&state.db, &token)
        .await?
        .ok_or(Problem::Unknown))
}

fn page_ctx(tr: Tr, token: &str) -> PageCtx {
    PageCtx::new(tr, format!("activate/{token}"))
}

fn base_path(tr: Tr, token: &str) -> String {
    format!("/{}/activate/{token}", tr.lang().code())
}

fn see_page(tr: Tr, token: &str) -> HttpResponse {
    HttpResponse::SeeOther()
        .insert_header((LOCATION, base_path(tr, token)))
        .finish()
}

fn problem_page(tr: Tr, token: &str, problem: Problem) -> HttpResponse {
    let status = match problem {
        Problem::Unknown => StatusCode::NOT_FOUND,
        Problem::Link(crate::domain::activation::LinkProblem::Locked(_)) => {
            StatusCode::TOO_MANY_REQUESTS
        }
        Problem::Link(_) => StatusCode::GONE,
    };
    page(status, view::link_problem(&page_ctx(tr, token), problem))
}

/// The session of this activation at `stage`, if the cookie holds one.
async fn session_at(
    req: &HttpRequest,
    state: &AppState,
    activation: &Activation,
) -> anyhow::Result<Option<(KeySession, Stage)>> {
    Ok(key_session::current(req, state)
        .await?
        .filter(|s| s.activation_id == Some(activation.id))
        .and_then(|s| s.stage().map(|stage| (s, stage))))
}

fn code_page(
    req: &HttpRequest,
    state: &AppState,
    tr: Tr,
    token: &str,
    code: &str,
    error: Option<String>,
    status: StatusCode,
) -> HttpResponse {
    let (csrf_token, cookie) = csrf::token_for_form(req, state.settings.is_https());
    let form = CodeForm {
        csrf: csrf_token.as_str(),
        action: base_path(tr, token),
        error,
        locked: None,
        code,
    };
    csrf::attach(
        secret_page(status, view::code_form(&page_ctx(tr, token), &form)),
        cookie,
    )
}

fn choice_page(
    req: &HttpRequest,
    state: &AppState,
    tr: Tr,
    token: &str,
    activation: &Activation,
    typed: &KeyChoice,
    problems: Vec<(String, String)>,
) -> HttpResponse {
    let (csrf_token, cookie) = csrf::token_for_form(req, state.settings.is_https());
    let status = if problems.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let form = ChoiceForm {
        csrf: csrf_token.as_str(),
        action: format!("{}/key", base_path(tr, token)),
        factor: if typed.factor.is_empty() {
            KeyFactor::Email.code()
        } else {
            &typed.factor
        },
        username: &typed.username,
        understood: typed.understood.is_some(),
        problems,
    };
    csrf::attach(
        secret_page(
            status,
            view::choose(&page_ctx(tr, token), &activation.first_names, &form),
        ),
        cookie,
    )
}

/// The first code's page: the email's, or the app's with its setup.
#[allow(clippy::too_many_arguments)]
fn confirm_page(
    req: &HttpRequest,
    state: &AppState,
    tr: Tr,
    token: &str,
    key: &DigitalKey,
    error: Option<String>,
    info: Option<String>,
    status: StatusCode,
) -> HttpResponse {
    let (csrf_token, cookie) = csrf::token_for_form(req, state.settings.is_https());
    let factor = key.factor();
    let app = (factor == KeyFactor::App)
        .then(|| {
            key.totp_secret
                .as_deref()
                .map(|s| app_setup(tr, s, &key.username))
        })
        .flatten();
    let form = ConfirmForm {
        csrf: csrf_token.as_str(),
        action: format!("{}/confirm", base_path(tr, token)),
        resend_action: (factor == KeyFactor::Email)
            .then(|| format!("{}/resend", base_path(tr, token))),
        factor,
        app,
        error,
        info,
        code: "",
    };
    let intro = if factor == KeyFactor::App {
        tr.t("key-confirm-app-intro")
    } else {
        tr.t_with(
            "key-confirm-email-intro",
            &[("email", arg(key.email.clone()))],
        )
    };
    csrf::attach(
        secret_page(
            status,
            view::code_entry(
                &page_ctx(tr, token),
                &tr.t("key-confirm-title"),
                &intro,
                &form,
            ),
        ),
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
    let activation = match find(&state, token).await.page_err(tr)? {
        Ok(activation) => activation,
        Err(problem) => return Ok(problem_page(tr, token, problem)),
    };
    if let Err(problem) = judge_link(activation.state(), state.clock.now()) {
        return Ok(problem_page(tr, token, Problem::Link(problem)));
    }
    match session_at(&req, &state, &activation).await.page_err(tr)? {
        Some((_, Stage::Activation)) => Ok(choice_page(
            &req,
            &state,
            tr,
            token,
            &activation,
            &KeyChoice::default(),
            Vec::new(),
        )),
        Some((session, Stage::Confirm)) => {
            let key = match session.key_id {
                Some(id) => digital_keys::find(&state.db, id).await.page_err(tr)?,
                None => None,
            };
            Ok(match key {
                Some(key) => {
                    confirm_page(&req, &state, tr, token, &key, None, None, StatusCode::OK)
                }
                None => code_page(&req, &state, tr, token, "", None, StatusCode::OK),
            })
        }
        _ => Ok(code_page(&req, &state, tr, token, "", None, StatusCode::OK)),
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct CodeData {
    csrf_token: String,
    code: String,
}

pub async fn submit_code(
    req: HttpRequest,
    path: web::Path<(String, String)>,
    form: web::Form<CodeData>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, PageError> {
    let tr = Tr(lang::preferred(&req));
    let token = &path.1;
    let activation = match find(&state, token).await.page_err(tr)? {
        Ok(activation) => activation,
        Err(problem) => return Ok(problem_page(tr, token, problem)),
    };
    if !csrf::is_valid(&req, &form.csrf_token) {
        let error = Some(tr.t("appointment-code-expired-form"));
        return Ok(code_page(
            &req,
            &state,
            tr,
            token,
            &form.code,
            error,
            StatusCode::FORBIDDEN,
        ));
    }
    if let Some(client) = client_address(&req, &state.settings.trusted_proxies)
        && let Err(wait) = state.code_limiter.check(client)
    {
        tracing::warn!(%client, "activation code refused: too many attempts from this address");
        let minutes = wait.as_secs().div_ceil(60).max(1);
        let error = tr.t_with(
            "code-rate-limited",
            &[("minutes", FluentValue::from(minutes))],
        );
        return Ok(code_page(
            &req,
            &state,
            tr,
            token,
            &form.code,
            Some(error),
            StatusCode::TOO_MANY_REQUESTS,
        ));
    }
    let now = state.clock.now();
    match use_case::try_code(&state.db, &activation, &form.code, now)
        .await
        .page_err(tr)?
    {
        CodeResult::Opened(session) => Ok(HttpResponse::SeeOther()
            .insert_header((LOCATION, base_path(tr, token)))
            .cookie(key_session::cookie(session.as_str(), &state))
            .finish()),
        CodeResult::Wrong => Ok(code_page(
            &req,
            &state,
            tr,
            token,
            &form.code,
            Some(tr.t("activation-code-wrong")),
            StatusCode::UNAUTHORIZED,
        )),
        CodeResult::Locked(until) => Ok(problem_page(
            tr,
            token,
            Problem::Link(crate::domain::activation::LinkProblem::Locked(until)),
        )),
        CodeResult::Problem(problem) => Ok(problem_page(tr, token, Problem::Link(problem))),
    }
}

/// The key chosen: username, password and factor.
pub async fn choose(
    req: HttpRequest,
    path: web::Path<(String, String)>,
    form: web::Form<KeyChoiceData>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, PageError> {
    let tr = Tr(lang::preferred(&req));
    let token = &path.1;
    let activation = match find(&state, token).await.page_err(tr)? {
        Ok(activation) => activation,
        Err(problem) => return Ok(problem_page(tr, token, problem)),
    };
    let session = match session_at(&req, &state, &activation).await.page_err(tr)? {
        Some((session, Stage::Activation | Stage::Confirm)) => session,
        _ => return Ok(see_page(tr, token)),
    };
    let KeyChoiceData { csrf_token, choice } = form.into_inner();
    if !csrf::is_valid(&req, &csrf_token) {
        let problems = vec![("factor".to_owned(), tr.t("appointment-code-expired-form"))];
        return Ok(choice_page(
            &req,
            &state,
            tr,
            token,
            &activation,
            &choice,
            problems,
        ));
    }
    let now = state.clock.now();
    match use_case::choose_key(
        &state.db,
        &state.settings.base_url,
        &session,
        &activation,
        &choice,
        now,
    )
    .await
    {
        Ok(Chosen::Confirm { token: session }) => Ok(HttpResponse::SeeOther()
            .insert_header((LOCATION, base_path(tr, token)))
            .cookie(key_session::cookie(session.as_str(), &state))
            .finish()),
        Ok(Chosen::Active) => Ok(activated_page(&state, tr, token, KeyFactor::Password)),
        Err(ChooseError::Invalid(problems)) => {
            let problems = problems
                .into_iter()
                .map(|(field, key)| (field.to_owned(), tr.t(key)))
                .collect();
            Ok(choice_page(
                &req,
                &state,
                tr,
                token,
                &activation,
                &choice,
                problems,
            ))
        }
        Err(ChooseError::Link(problem)) => Ok(problem_page(tr, token, Problem::Link(problem))),
        Err(ChooseError::SessionEnded) => Ok(see_page(tr, token)),
        Err(ChooseError::Unexpected(e)) => Err(PageError::new(tr, e)),
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct KeyChoiceData {
    csrf_token: String,
    #[serde(flatten)]
    choice: KeyChoice,
}

fn activated_page(state: &AppState, tr: Tr, token: &str, factor: KeyFactor) -> HttpResponse {
    let mut response = page(
        StatusCode::OK,
        view::activated(&page_ctx(tr, token), factor),
    );
    if let Err(error) = response.add_removal_cookie(&key_session::removal(state)) {
        tracing::error!(?error, "could not remove the key session cookie");
    }
    response
}

/// The key and its session at the confirming step, or where to go instead.
async fn confirming(
    req: &HttpRequest,
    state: &AppState,
    tr: Tr,
    token: &str,
) -> Result<Result<(Activation, KeySession, DigitalKey), HttpResponse>, PageError> {
    let activation = match find(state, token).await.page_err(tr)? {
        Ok(activation) => activation,
        Err(problem) => return Ok(Err(problem_page(tr, token, problem))),
    };
    let Some((session, Stage::Confirm)) = session_at(req, state, &activation).await.page_err(tr)?
    else {
        return Ok(Err(see_page(tr, token)));
    };
    let key = match session.key_id {
        Some(id) => digital_keys::find(&state.db, id).await.page_err(tr)?,
        None => None,
    };
    Ok(match key {
        Some(key) => Ok((activation, session, key)),
        None => Err(see_page(tr, token)),
    })
}

/// The first code of the new key.
pub async fn confirm(
    req: HttpRequest,
    path: web::Path<(String, String)>,
    form: web::Form<CodeData>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, PageError> {
    let tr = Tr(lang::preferred(&req));
    let token = &path.1;
    let (activation, session, key) = match confirming(&req, &state, tr, token).await? {
        Ok(found) => found,
        Err(response) => return Ok(response),
    };
    if !csrf::is_valid(&req, &form.csrf_token) {
        let error = Some(tr.t("appointment-code-expired-form"));
        return Ok(confirm_page(
            &req,
            &state,
            tr,
            token,
            &key,
            error,
            None,
            StatusCode::FORBIDDEN,
        ));
    }
    let now = state.clock.now();
    match use_case::confirm_key(
        &state.db,
        &state.settings.base_url,
        &session,
        &activation,
        &key,
        &form.code,
        now,
    )
    .await
    {
        Ok(()) => Ok(activated_page(&state, tr, token, key.factor())),
        Err(ConfirmError::Factor(problem)) => Ok(confirm_page(
            &req,
            &state,
            tr,
            token,
            &key,
            Some(factor_message(tr, problem)),
            None,
            StatusCode::UNAUTHORIZED,
        )),
        Err(ConfirmError::Link(problem)) => Ok(problem_page(tr, token, Problem::Link(problem))),
        Err(ConfirmError::SessionEnded) => Ok(see_page(tr, token)),
        Err(ConfirmError::Unexpected(e)) => Err(PageError::new(tr, e)),
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct CsrfOnly {
    csrf_token: String,
}

/// A new first code by email (the earlier one stops working), at most one a minute.
pub async fn resend(
    req: HttpRequest,
    path: web::Path<(String, String)>,
    form: web::Form<CsrfOnly>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, PageError> {
    let tr = Tr(lang::preferred(&req));
    let token = &path.1;
    let (activation, _, key) = match confirming(&req, &state, tr, token).await? {
        Ok(found) => found,
        Err(response) => return Ok(response),
    };
    if !csrf::is_valid(&req, &form.csrf_token) || key.factor() != KeyFactor::Email {
        return Ok(see_page(tr, token));
    }
    let sent = use_case::send_code(
        &state.db,
        &key,
        activation.request_id,
        CodePurpose::Confirm,
        state.clock.now(),
    )
    .await
    .page_err(tr)?;
    let (info, status) = if sent {
        (tr.t("key-code-sent"), StatusCode::OK)
    } else {
        (
            tr.t("key-code-sent-recently"),
            StatusCode::TOO_MANY_REQUESTS,
        )
    };
    Ok(confirm_page(
        &req,
        &state,
        tr,
        token,
        &key,
        None,
        Some(info),
        status,
    ))
}
