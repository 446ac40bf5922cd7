//! Who is signed in: the staff session cookie, resumed from the database on every request.

use crate::db::sessions::{self, StaffSession};
use crate::db::staff::{self, Role, StaffMember};
use crate::startup::AppState;
use actix_web::HttpRequest;
use actix_web::cookie::{Cookie, SameSite, time};
use chrono::Duration;

pub const COOKIE: &str = "rdv_staff";

/// A signed-in staff member with their role and the session's CSRF token for staff forms.
pub struct SignedIn {
    pub member: StaffMember,
    pub role: Role,
    pub session: StaffSession,
}

impl SignedIn {
    pub fn csrf_is_valid(&self, submitted: &str) -> bool {
        crate::domain::codes::Token::parse(&self.session.csrf_token)
            .is_some_and(|t| t.matches(submitted))
    }
}

/// The staff member behind the request's session cookie, if the session is live.
pub async fn current(req: &HttpRequest, state: &AppState) -> anyhow::Result<Option<SignedIn>> {
    let Some(cookie) = req.cookie(COOKIE) else {
        return Ok(None);
    };
    let lifetime = sessions::Lifetime {
        idle: Duration::minutes(i64::from(state.settings.staff_idle_minutes)),
        absolute: Duration::hours(i64::from(state.settings.staff_session_hours)),
    };
    let Some(session) =
        sessions::resume(&state.db, cookie.value(), state.clock.now(), lifetime).await?
    else {
        return Ok(None);
    };
    let Some(member) = staff::find(&state.db, session.staff_id).await? else {
        return Ok(None);
    };
    let Some(role) = member.role() else {
        anyhow::bail!(
            "staff member {} has an unknown role {:?}",
            member.id,
            member.role
        );
    };
    Ok(Some(SignedIn {
        member,
        role,
        session,
    }))
}

pub fn session_cookie(token: &str, secure: bool) -> Cookie<'static> {
    Cookie::build(COOKIE, token.to_owned())
        .path("/")
        .http_only(true)
        .secure(secure)
        .same_site(SameSite::Strict)
        .finish()
}

pub fn removal_cookie(secure: bool) -> Cookie<'static> {
    let mut cookie = session_cookie("", secure);
    cookie.set_max_age(time::Duration::ZERO);
    cookie
}
