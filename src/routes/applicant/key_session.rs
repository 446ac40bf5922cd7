//! The cookie of the activation and of a signed-in key holder, and the messages for a code that
//! was not accepted, shared by the activation and the key pages.

use crate::db::key_sessions::{self, KeySession};
use crate::domain::activation::{OneTimeProblem, TotpProblem};
use crate::i18n::{Tr, arg};
use crate::startup::AppState;
use crate::use_cases::activation::FactorProblem;
use crate::views::pages::activation::qr_svg;
use actix_web::HttpRequest;
use actix_web::cookie::{Cookie, SameSite, time};
use fluent_templates::fluent_bundle::FluentValue;

pub const COOKIE: &str = "rdv_key";

pub fn cookie(token: &str, state: &AppState) -> Cookie<'static> {
    Cookie::build(COOKIE, token.to_owned())
        .path("/")
        .http_only(true)
        .secure(state.settings.is_https())
        .same_site(SameSite::Strict)
        .finish()
}

pub fn removal(state: &AppState) -> Cookie<'static> {
    let mut removal = cookie("", state);
    removal.set_max_age(time::Duration::ZERO);
    removal
}

/// The live session behind the request's cookie.
pub async fn current(req: &HttpRequest, state: &AppState) -> anyhow::Result<Option<KeySession>> {
    let Some(cookie) = req.cookie(COOKIE) else {
        return Ok(None);
    };
    Ok(key_sessions::resume(&state.db, cookie.value(), state.clock.now()).await?)
}

/// What a person reads when their code was not accepted, saying what to do next.
pub fn factor_message(tr: Tr, problem: FactorProblem) -> String {
    match problem {
        FactorProblem::NoCode => tr.t("key-code-none"),
        FactorProblem::OneTime(OneTimeProblem::Expired) => tr.t("key-code-expired"),
        FactorProblem::OneTime(OneTimeProblem::Used) => tr.t("key-code-used"),
        FactorProblem::OneTime(OneTimeProblem::TooManyAttempts) => tr.t("key-code-too-many"),
        FactorProblem::OneTime(OneTimeProblem::Wrong { left }) => tr.t_with(
            "key-code-wrong",
            &[("left", FluentValue::from(u64::from(left)))],
        ),
        FactorProblem::App(TotpProblem::Wrong) => tr.t("key-code-app-wrong"),
        FactorProblem::App(TotpProblem::Replayed) => tr.t("key-code-app-replayed"),
        FactorProblem::Wait => tr.t("key-code-wait"),
        FactorProblem::Locked(until) => {
            tr.t_with("key-code-locked", &[("until", arg(tr.instant(until)))])
        }
    }
}

/// The app setup of a secret, for a page.
pub fn app_setup(tr: Tr, secret_text: &str, username: &str) -> maud::Markup {
    let secret = crate::domain::activation::totp_secret_bytes(secret_text).unwrap_or_default();
    let uri = crate::domain::activation::otpauth_uri(&secret, "rendezvous", username);
    crate::views::pages::activation::app_setup(
        tr,
        &qr_svg(&uri, &tr.t("key-app-qr-label")),
        secret_text,
    )
}
