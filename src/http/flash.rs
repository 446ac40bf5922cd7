//! Notices shown once after an action ("proposed", "saved"), carried to the next page by a
//! short-lived cookie that holds only a kind from a fixed list and an id, never text: so that a
//! link can never make a staff page show words of its choosing.

use actix_web::cookie::{Cookie, SameSite, time};
use actix_web::{HttpRequest, HttpResponse};
use uuid::Uuid;

pub const COOKIE: &str = "rdv_flash";

/// What just happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flash {
    /// A slot was proposed for this request.
    Proposed(Uuid),
    /// The appointment was reassigned.
    Reassigned,
    /// The working plan was saved.
    PlanSaved,
    /// A part of the interview was saved.
    InterviewSaved,
}

impl Flash {
    fn encode(self) -> String {
        match self {
            Flash::Proposed(id) => format!("proposed.{}", id.simple()),
            Flash::Reassigned => "reassigned".to_owned(),
            Flash::PlanSaved => "plan-saved".to_owned(),
            Flash::InterviewSaved => "interview-saved".to_owned(),
        }
    }

    fn decode(raw: &str) -> Option<Flash> {
        match raw.split_once('.') {
            Some(("proposed", id)) => Uuid::parse_str(id).ok().map(Flash::Proposed),
            None if raw == "reassigned" => Some(Flash::Reassigned),
            None if raw == "plan-saved" => Some(Flash::PlanSaved),
            None if raw == "interview-saved" => Some(Flash::InterviewSaved),
            _ => None,
        }
    }
}

/// A redirect that carries a notice to the page it leads to.
pub fn redirect_with(location: String, flash: Flash, secure: bool) -> HttpResponse {
    let cookie = Cookie::build(COOKIE, flash.encode())
        .path("/")
        .http_only(true)
        .secure(secure)
        .same_site(SameSite::Strict)
        .max_age(time::Duration::minutes(1))
        .finish();
    HttpResponse::SeeOther()
        .insert_header((actix_web::http::header::LOCATION, location))
        .cookie(cookie)
        .finish()
}

/// The notice waiting for this page, if any.
pub fn waiting(req: &HttpRequest) -> Option<Flash> {
    req.cookie(COOKIE).and_then(|c| Flash::decode(c.value()))
}

/// Removes the notice once its page is shown, so that a reload does not show it again.
pub fn shown(mut response: HttpResponse, req: &HttpRequest, secure: bool) -> HttpResponse {
    if req.cookie(COOKIE).is_some() {
        let mut removal = Cookie::build(COOKIE, "")
            .path("/")
            .http_only(true)
            .secure(secure)
            .same_site(SameSite::Strict)
            .finish();
        removal.set_max_age(time::Duration::ZERO);
        if let Err(error) = response.add_cookie(&removal) {
            tracing::error!(error = ?error, "could not remove the notice cookie");
        }
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_known_kinds_and_ids_are_read_back() {
        let id = Uuid::new_v4();
        for flash in [
            Flash::Proposed(id),
            Flash::Reassigned,
            Flash::PlanSaved,
            Flash::InterviewSaved,
        ] {
            assert_eq!(Flash::decode(&flash.encode()), Some(flash), "{flash:?}");
        }
        for raw in [
            "",
            "proposed",
            "proposed.<script>",
            "proposed.https://evil.example",
            "saved",
            "reassigned.x",
        ] {
            assert_eq!(Flash::decode(raw), None, "{raw:?}");
        }
    }
}
