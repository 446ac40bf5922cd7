//! "My digital key": signing in with username, password and the key's code, the small page
//! behind it, a change of the second factor, and signing out.

use super::key_session::{self, app_setup, factor_message};
use crate::db::digital_keys::{self, CodePurpose, DigitalKey};
use crate::db::key_sessions::{self, KeySession, Stage};
use crate::domain::activation::{KeyFactor, new_totp_secret, totp_secret_text};
use crate::domain::sign_in::Refusal;
use crate::http::error::{PageError, PageResultExt};
use crate::http::rate_limit::client_address;
use crate::http::{csrf, lang, secret_page};
use crate::i18n::Tr;
use crate::startup::AppState;
use crate::use_cases::activation::send_code;
use crate::use_cases::digital_key::{self as use_case, FactorError, SignIn, SwitchError};
use crate::views::PageCtx;
use crate::views::pages::activation::{self as activation_view, ConfirmForm};
use crate::views::pages::key::{self as view, KeyView, SignInForm, SwitchForm};
use actix_web::http::StatusCode;
use actix_web::http::header::LOCATION;
use actix_web::{HttpRequest, HttpResponse, web};
use fluent_templates::fluent_bundle::FluentValue;
use serde::Deserialize;

/// How many sign-ins the key's page lists.
const SIGN_INS_SHOWN: u64 = 10;

fn see(tr: Tr, path: &str) -> HttpResponse {
    HttpResponse::SeeOther()
        .insert_header((LOCATION, format!("/{}/{path}", tr.lang().code())))
        .finish()
}

/// The session at `stage` and its key, if the cookie holds one.
async fn session_at(
    req: &HttpRequest,
    state: &AppState,
    stage: Stage,
) -> anyhow::Result<Option<(KeySession, DigitalKey)>> {
    let Some(session) = key_session::current(req, state)
        .await?
        .filter(|s| s.stage() == Some(stage))
    else {
        return Ok(None);
    };
    let Some(key_id) = session.key_id else {
        return Ok(None);
    };
    Ok(digital_keys::find(&state.db, key_id)
        .await?
        .filter(|k| k.activated_at.is_some())
        .map(|key| (session, key)))
}

fn sign_in_page(
    req: &HttpRequest,
    state: &AppState,
    tr: Tr,
    username: &str,
    error: Option<String>,
    status: StatusCode,
) -> HttpResponse {
    let (csrf_token, cookie) = csrf::token_for_form(req, state.settings.is_https());
    let form = SignInForm {
        csrf: csrf_token.as_str(),
        username,
        error,
    };
    csrf::attach(
        secret_page(
            status,
            view::sign_in(&PageCtx::new(tr, "key/sign-in"), &form),
        ),
        cookie,
    )
}

pub async fn show_sign_in(
    req: HttpRequest,
    state: web::Data<AppState>,
) -> Result<HttpResponse, PageError> {
    let tr = Tr(lang::preferred(&req));
    Ok(sign_in_page(&req, &state, tr, "", None, StatusCode::OK))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct SignInData {
    csrf_token: String,
    username: String,
    password: String,
}

pub async fn sign_in(
    req: HttpRequest,
    form: web::Form<SignInData>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, PageError> {
    let tr = Tr(lang::preferred(&req));
    let form = form.into_inner();
    if !csrf::is_valid(&req, &form.csrf_token) {
        let error = Some(tr.t("appointment-code-expired-form"));
        return Ok(sign_in_page(
            &req,
            &state,
            tr,
            &form.username,
            error,
            StatusCode::FORBIDDEN,
        ));
    }
    if let Some(client) = client_address(&req, &state.settings.trusted_proxies)
        && let Err(wait) = state.sign_in_limiter.check(client)
    {
        tracing::warn!(%client, "key sign-in refused: too many attempts from this address");
        let minutes = wait.as_secs().div_ceil(60).max(1);
        let error = tr.t_with(
            "sign-in-rate-limited",
            &[("minutes", FluentValue::from(minutes))],
        );
        return Ok(sign_in_page(
            &req,
            &state,
            tr,
            &form.username,
            Some(error),
            StatusCode::TOO_MANY_REQUESTS,
        ));
    }
    let now = state.clock.now();
    let signed = use_case::sign_in(&state.db, &form.username, form.password, now)
        .await
        .page_err(tr)?;
    // A new session at every step: the one a cookie held before is ended.
    if let Some(old) = key_session::current(&req, &state).await.page_err(tr)? {
        key_sessions::end(&state.db, &old.token_hash)
            .await
            .page_err(tr)?;
    }
    Ok(match signed {
        SignIn::SecondFactor { token, .. } => {
            let mut response = see(tr, "key/sign-in/code");
            add_cookie(&mut response, key_session::cookie(token.as_str(), &state));
            response
        }
        SignIn::SignedIn(token) => {
            let mut response = see(tr, "key");
            add_cookie(&mut response, key_session::cookie(token.as_str(), &state));
            response
        }
        SignIn::Refused(refusal) => sign_in_page(
            &req,
            &state,
            tr,
            &form.username,
            Some(refusal_message(tr, refusal)),
            StatusCode::UNAUTHORIZED,
        ),
    })
}

/// What a refused sign-in says: the same words for every username whose counters stand alike.
fn refusal_message(tr: Tr, refusal: Refusal) -> String {
    use fluent_templates::fluent_bundle::FluentValue;
    match refusal {
        Refusal::Wrong { wait: None } => tr.t("key-sign-in-failed"),
        Refusal::Wrong { wait: Some(wait) } => tr.t_with(
            "key-sign-in-failed-wait",
            &[("seconds", FluentValue::from(Refusal::seconds(wait)))],
        ),
        Refusal::TooSoon(wait) => tr.t_with(
            "key-sign-in-too-soon",
            &[("seconds", FluentValue::from(Refusal::seconds(wait)))],
        ),
        Refusal::Locked(until) => tr.t_with(
            "key-sign-in-paused",
            &[("until", crate::i18n::arg(tr.instant(until)))],
        ),
    }
}

fn add_cookie(response: &mut HttpResponse, cookie: actix_web::cookie::Cookie<'static>) {
    if let Err(error) = response.add_cookie(&cookie) {
        tracing::error!(?error, "could not set the key session cookie");
    }
}

fn code_page(
    req: &HttpRequest,
    state: &AppState,
    tr: Tr,
    key: &DigitalKey,
    error: Option<String>,
    info: Option<String>,
    status: StatusCode,
) -> HttpResponse {
    let (csrf_token, cookie) = csrf::token_for_form(req, state.settings.is_https());
    let ctx = PageCtx::new(tr, "key/sign-in/code");
    let factor = key.factor();
    let form = ConfirmForm {
        csrf: csrf_token.as_str(),
        action: ctx.href("key/sign-in/code"),
        resend_action: (factor == KeyFactor::Email).then(|| ctx.href("key/sign-in/code/resend")),
        factor,
        app: None,
        error,
        info,
        code: "",
    };
    let intro = if factor == KeyFactor::App {
        tr.t("key-second-app-intro")
    } else {
        tr.t("key-second-email-intro")
    };
    csrf::attach(
        secret_page(
            status,
            activation_view::code_entry(&ctx, &tr.t("key-second-title"), &intro, &form),
        ),
        cookie,
    )
}

pub async fn show_code(
    req: HttpRequest,
    state: web::Data<AppState>,
) -> Result<HttpResponse, PageError> {
    let tr = Tr(lang::preferred(&req));
    let Some((_, key)) = session_at(&req, &state, Stage::SecondFactor)
        .await
        .page_err(tr)?
    else {
        return Ok(see(tr, "key/sign-in"));
    };
    Ok(code_page(
        &req,
        &state,
        tr,
        &key,
        None,
        None,
        StatusCode::OK,
    ))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct CodeData {
    csrf_token: String,
    code: String,
}

pub async fn submit_code(
    req: HttpRequest,
    form: web::Form<CodeData>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, PageError> {
    let tr = Tr(lang::preferred(&req));
    let Some((session, key)) = session_at(&req, &state, Stage::SecondFactor)
        .await
        .page_err(tr)?
    else {
        return Ok(see(tr, "key/sign-in"));
    };
    if !csrf::is_valid(&req, &form.csrf_token) {
        let error = Some(tr.t("appointment-code-expired-form"));
        return Ok(code_page(
            &req,
            &state,
            tr,
            &key,
            error,
            None,
            StatusCode::FORBIDDEN,
        ));
    }
    match use_case::second_factor(&state.db, &session, &key, &form.code, state.clock.now()).await {
        Ok(token) => {
            let mut response = see(tr, "key");
            add_cookie(&mut response, key_session::cookie(token.as_str(), &state));
            Ok(response)
        }
        Err(FactorError::Refused(problem)) => Ok(code_page(
            &req,
            &state,
            tr,
            &key,
            Some(factor_message(tr, problem)),
            None,
            StatusCode::UNAUTHORIZED,
        )),
        Err(FactorError::SessionEnded) => Ok(see(tr, "key/sign-in")),
        Err(FactorError::Unexpected(e)) => Err(PageError::new(tr, e)),
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct CsrfOnly {
    csrf_token: String,
}

pub async fn resend_code(
    req: HttpRequest,
    form: web::Form<CsrfOnly>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, PageError> {
    let tr = Tr(lang::preferred(&req));
    let Some((_, key)) = session_at(&req, &state, Stage::SecondFactor)
        .await
        .page_err(tr)?
    else {
        return Ok(see(tr, "key/sign-in"));
    };
    if !csrf::is_valid(&req, &form.csrf_token) || key.factor() != KeyFactor::Email {
        return Ok(see(tr, "key/sign-in/code"));
    }
    let request = use_case::request_of(&state.db, &key).await.page_err(tr)?;
    let sent = send_code(
        &state.db,
        &key,
        request,
        CodePurpose::SignIn,
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
    Ok(code_page(&req, &state, tr, &key, None, Some(info), status))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct PageQuery {
    changed: Option<String>,
}

pub async fn show(
    req: HttpRequest,
    query: web::Query<PageQuery>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, PageError> {
    let tr = Tr(lang::preferred(&req));
    let Some((_, key)) = session_at(&req, &state, Stage::SignedIn)
        .await
        .page_err(tr)?
    else {
        return Ok(see(tr, "key/sign-in"));
    };
    let sign_ins = digital_keys::last_sign_ins(&state.db, key.id, SIGN_INS_SHOWN)
        .await
        .page_err(tr)?;
    let (csrf_token, cookie) = csrf::token_for_form(&req, state.settings.is_https());
    let notice = query.changed.as_ref().map(|_| tr.t("key-switch-done"));
    let view = KeyView {
        csrf: csrf_token.as_str(),
        key: &key,
        sign_ins: &sign_ins,
        notice,
    };
    Ok(csrf::attach(
        secret_page(
            StatusCode::OK,
            view::my_key(&PageCtx::new(tr, "key"), &view),
        ),
        cookie,
    ))
}

pub async fn sign_out(
    req: HttpRequest,
    form: web::Form<CsrfOnly>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, PageError> {
    let tr = Tr(lang::preferred(&req));
    if !csrf::is_valid(&req, &form.csrf_token) {
        return Ok(see(tr, "key"));
    }
    if let Some(session) = key_session::current(&req, &state).await.page_err(tr)? {
        key_sessions::end(&state.db, &session.token_hash)
            .await
            .page_err(tr)?;
    }
    let mut response = see(tr, "key/sign-in");
    if let Err(error) = response.add_removal_cookie(&key_session::removal(&state)) {
        tracing::error!(?error, "could not remove the key session cookie");
    }
    Ok(response)
}

#[allow(clippy::too_many_arguments)]
fn switch_page(
    req: &HttpRequest,
    state: &AppState,
    tr: Tr,
    key: &DigitalKey,
    to: KeyFactor,
    problems: Vec<(String, String)>,
    info: Option<String>,
    status: StatusCode,
) -> HttpResponse {
    let (csrf_token, cookie) = csrf::token_for_form(req, state.settings.is_https());
    let app = (to == KeyFactor::App)
        .then(|| {
            key.pending_totp_secret
                .as_deref()
                .map(|s| app_setup(tr, s, &key.username))
        })
        .flatten();
    let form = SwitchForm {
        csrf: csrf_token.as_str(),
        to,
        current: key.factor(),
        app,
        problems,
        info,
    };
    let ctx = PageCtx::new(tr, format!("key/switch/{}", to.code()));
    csrf::attach(secret_page(status, view::switch(&ctx, &form)), cookie)
}

/// The factor to switch to from the address, when it is one the key can switch to.
fn target(raw: &str, key: &DigitalKey) -> Option<KeyFactor> {
    KeyFactor::parse(raw).filter(|f| *f != key.factor() && *f != KeyFactor::Password)
}

pub async fn show_switch(
    req: HttpRequest,
    path: web::Path<(String, String)>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, PageError> {
    let tr = Tr(lang::preferred(&req));
    let Some((_, mut key)) = session_at(&req, &state, Stage::SignedIn)
        .await
        .page_err(tr)?
    else {
        return Ok(see(tr, "key/sign-in"));
    };
    let Some(to) = target(&path.1, &key) else {
        return Ok(see(tr, "key"));
    };
    // The app's new secret is kept until the change is confirmed: a reload shows the same one,
    // so that a code scanned earlier still fits.
    if to == KeyFactor::App && key.pending_totp_secret.is_none() {
        let secret = totp_secret_text(&new_totp_secret());
        digital_keys::set_pending_totp(&state.db, key.id, Some(secret.clone()))
            .await
            .page_err(tr)?;
        key.pending_totp_secret = Some(secret);
    }
    Ok(switch_page(
        &req,
        &state,
        tr,
        &key,
        to,
        Vec::new(),
        None,
        StatusCode::OK,
    ))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct SwitchData {
    csrf_token: String,
    current_code: String,
    new_code: String,
}

pub async fn switch(
    req: HttpRequest,
    path: web::Path<(String, String)>,
    form: web::Form<SwitchData>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, PageError> {
    let tr = Tr(lang::preferred(&req));
    let Some((_, key)) = session_at(&req, &state, Stage::SignedIn)
        .await
        .page_err(tr)?
    else {
        return Ok(see(tr, "key/sign-in"));
    };
    let Some(to) = target(&path.1, &key) else {
        return Ok(see(tr, "key"));
    };
    if !csrf::is_valid(&req, &form.csrf_token) {
        let problems = vec![(
            "current_code".to_owned(),
            tr.t("appointment-code-expired-form"),
        )];
        return Ok(switch_page(
            &req,
            &state,
            tr,
            &key,
            to,
            problems,
            None,
            StatusCode::FORBIDDEN,
        ));
    }
    let now = state.clock.now();
    let problem =
        match use_case::switch_factor(&state.db, &key, to, &form.current_code, &form.new_code, now)
            .await
        {
            Ok(token) => {
                let mut response = see(tr, "key?changed=1");
                add_cookie(&mut response, key_session::cookie(token.as_str(), &state));
                return Ok(response);
            }
            Err(SwitchError::Refused(field, problem)) => (field, factor_message(tr, problem)),
            Err(SwitchError::WrongPassword) => ("current_code", tr.t("key-switch-wrong-password")),
            Err(SwitchError::NotAllowed | SwitchError::Changed) => return Ok(see(tr, "key")),
            Err(SwitchError::Unexpected(e)) => return Err(PageError::new(tr, e)),
        };
    let problems = vec![(problem.0.to_owned(), problem.1)];
    Ok(switch_page(
        &req,
        &state,
        tr,
        &key,
        to,
        problems,
        None,
        StatusCode::UNAUTHORIZED,
    ))
}

/// A code by email to confirm a change away from the email code.
pub async fn switch_send_code(
    req: HttpRequest,
    path: web::Path<(String, String)>,
    form: web::Form<CsrfOnly>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, PageError> {
    let tr = Tr(lang::preferred(&req));
    let Some((_, key)) = session_at(&req, &state, Stage::SignedIn)
        .await
        .page_err(tr)?
    else {
        return Ok(see(tr, "key/sign-in"));
    };
    let Some(to) = target(&path.1, &key) else {
        return Ok(see(tr, "key"));
    };
    if !csrf::is_valid(&req, &form.csrf_token) || key.factor() != KeyFactor::Email {
        return Ok(see(tr, &format!("key/switch/{}", to.code())));
    }
    let request = use_case::request_of(&state.db, &key).await.page_err(tr)?;
    let sent = send_code(
        &state.db,
        &key,
        request,
        CodePurpose::Switch,
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
    Ok(switch_page(
        &req,
        &state,
        tr,
        &key,
        to,
        Vec::new(),
        Some(info),
        status,
    ))
}
