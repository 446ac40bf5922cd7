//! The supervisors' queue of open requests, one request with everyone's fitting slots (or, once
//! it has ended, its history), and "propose for all".

use super::{csrf_refused, is_supervisor, not_found, parse_id, see_other, signed_in};
use crate::db::appointments;
use crate::db::audit::{self, Actor};
use crate::db::propose_all_runs::{self, Started};
use crate::db::requests::{self, OpenRequest, OpenSummary, RequestId, StoredRequest};
use crate::db::{schedule, staff};
use crate::domain::language::InterviewLanguage;
use crate::domain::request::RequestState;
use crate::domain::slot::brussels_date;
use crate::domain::working_days::working_days_between;
use crate::http::error::{PageError, PageResultExt};
use crate::http::page;
use crate::http::staff_auth::SignedIn;
use crate::i18n::Tr;
use crate::startup::AppState;
use crate::use_cases::scheduling;
use crate::views::PageCtx;
use crate::views::pages::staff::queue::QueueRow;
use crate::views::pages::staff::request as request_page;
use crate::views::pages::staff::{StaffPage, propose_all as propose_all_page, queue as queue_page};
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use chrono::{DateTime, Utc};
use serde::Deserialize;
use uuid::Uuid;

/// Table rows for open requests, with their age in working days.
pub(super) fn queue_rows(open: &[OpenSummary], now: DateTime<Utc>) -> Vec<QueueRow> {
    let today = brussels_date(now);
    open.iter()
        .map(|r| QueueRow {
            id: r.row.id,
            reference: RequestId(r.row.id).reference(),
            name: format!("{} {}", r.row.first_names, r.row.last_name),
            language: r.row.interview_language.clone(),
            preferred: r.preferred.clone(),
            age: working_days_between(brussels_date(r.row.created_at), today),
        })
        .collect()
}

/// The page number asked for in a list's address: 1 when absent or unreadable.
pub(super) fn page_number(raw: &str) -> u64 {
    raw.trim().parse().ok().filter(|&n| n >= 1).unwrap_or(1)
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct QueueQuery {
    language: String,
    page: String,
}

pub async fn show(
    req: HttpRequest,
    query: web::Query<QueueQuery>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, PageError> {
    let (tr, me) = signed_in!(req, state);
    if !is_supervisor(&me) {
        return Ok(not_found(tr));
    }
    let language = InterviewLanguage::parse(&query.language);
    let languages = language.map(|l| [l]);
    let open = requests::open_requests_page(
        &state.db,
        languages.as_ref().map(|l| l.as_slice()),
        page_number(&query.page),
        queue_page::PER_PAGE,
    )
    .await
    .page_err(tr)?;
    let rows = queue_rows(&open.rows, state.clock.now());
    // The language switch keeps the filter and the page (from the parsed values).
    let ctx = PageCtx::staff(tr, queue_page::queue_path(language, open.page));
    let notice = super::flash_notice(&req, tr);
    let staff_page = StaffPage {
        ctx: &ctx,
        signed_in: &me,
        notice,
    };
    let response = page(
        StatusCode::OK,
        queue_page::page(&staff_page, &rows, &open, language),
    );
    Ok(crate::http::flash::shown(
        response,
        &req,
        state.settings.is_https(),
    ))
}

/// One request. An open one: supervisors only, and one that already has an appointment leads
/// to it. One that has ended: its history, read-only, for supervisors and for the interviewers
/// who had an appointment for it.
pub async fn request(
    req: HttpRequest,
    path: web::Path<(String, String)>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, PageError> {
    let (tr, me) = signed_in!(req, state);
    let Some(id) = parse_id(&path.1) else {
        return Ok(not_found(tr));
    };
    render_request(&state, tr, &me, id, None, StatusCode::OK)
        .await
        .page_err(tr)
}

pub(super) async fn render_request(
    state: &AppState,
    tr: Tr,
    me: &SignedIn,
    id: Uuid,
    notice: Option<(&'static str, String)>,
    status: StatusCode,
) -> anyhow::Result<HttpResponse> {
    let now = state.clock.now();
    let Some(request) = requests::find(&state.db, RequestId(id)).await? else {
        return Ok(not_found(tr));
    };
    if let Some(ended) = request.state().filter(|s| s.has_ended()) {
        return render_ended(state, tr, me, request, ended, notice, status).await;
    }
    // An interviewer gets the same answer for an open request as for none.
    if !is_supervisor(me) {
        return Ok(not_found(tr));
    }
    if request.state() != Some(RequestState::Submitted) {
        return Ok(
            match appointments::active_for_request(&state.db, id).await? {
                Some(a) => see_other(tr, &format!("staff/appointments/{}", a.id)),
                None => not_found(tr),
            },
        );
    }
    // Who saw whose personal data, and when.
    crate::db::audit::record(
        &state.db,
        crate::db::audit::Actor::Staff(me.member.id),
        "view_request",
        Some(id),
        "",
        now,
    )
    .await?;
    let preferred = requests::preferred_slots(&state.db, RequestId(id)).await?;
    let interviewers = schedule::interviewers(&state.db).await?;
    let offers = scheduling::offers(&state.db, &request, &preferred, &interviewers, now).await?;
    let open = [OpenSummary::of(&OpenRequest { request, preferred })];
    let rows = queue_rows(&open, now);
    let ctx = PageCtx::staff(tr, format!("staff/requests/{id}"));
    let staff_page = StaffPage {
        ctx: &ctx,
        signed_in: me,
        notice,
    };
    Ok(page(
        status,
        request_page::page(&staff_page, &rows[0], &offers),
    ))
}

/// How many of an ended request's audit entries its page shows (the newest).
const HISTORY_SHOWN: u64 = 200;

/// An ended request, read-only: its appointments and its audit entries. Supervisors, and the
/// interviewers who had one of its appointments; anyone else is told it does not exist.
async fn render_ended(
    state: &AppState,
    tr: Tr,
    me: &SignedIn,
    request: StoredRequest,
    ended: RequestState,
    notice: Option<(&'static str, String)>,
    status: StatusCode,
) -> anyhow::Result<HttpResponse> {
    let appointments = appointments::history_of_request(&state.db, request.id).await?;
    let had_one = appointments
        .iter()
        .any(|a| a.interviewer_id == me.member.id);
    if !is_supervisor(me) && !had_one {
        return Ok(not_found(tr));
    }
    // Who saw whose personal data, and when.
    audit::record(
        &state.db,
        Actor::Staff(me.member.id),
        "view_request",
        Some(request.id),
        "",
        state.clock.now(),
    )
    .await?;
    let preferred = requests::preferred_slots(&state.db, RequestId(request.id)).await?;
    let entries = audit::for_request(&state.db, request.id, HISTORY_SHOWN).await?;
    let names = staff::names(&state.db).await?;
    let ctx = PageCtx::staff(tr, format!("staff/requests/{}", request.id));
    let staff_page = StaffPage {
        ctx: &ctx,
        signed_in: me,
        notice,
    };
    let view = request_page::EndedView {
        request: &request,
        state: ended,
        preferred: &preferred,
        appointments: &appointments,
        entries: &entries,
        names: &names,
    };
    Ok(page(status, request_page::ended_page(&staff_page, &view)))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct CsrfOnly {
    csrf_token: String,
}

/// Starts "propose for all" in the background (or finds the run already going) and leads to
/// its page, which follows it to the end.
pub async fn propose_all(
    req: HttpRequest,
    form: web::Form<CsrfOnly>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, PageError> {
    let (tr, me) = signed_in!(req, state);
    if !is_supervisor(&me) {
        return Ok(not_found(tr));
    }
    if !me.csrf_is_valid(&form.csrf_token) {
        return Ok(csrf_refused(tr, &me));
    }
    let started = propose_all_runs::start(&state.db, Some(me.member.id), state.clock.now())
        .await
        .page_err(tr)?;
    let run = match started {
        Started::New(run) => {
            crate::jobs::propose_all::spawn(
                state.db.clone(),
                state.settings.base_url.clone(),
                state.clock.clone(),
                run.id,
                Actor::Staff(me.member.id),
            );
            run
        }
        Started::AlreadyRunning(run) => run,
    };
    Ok(see_other(tr, &format!("staff/propose-all/{}", run.id)))
}

/// A run of "propose for all": its progress while it runs, then what it did.
pub async fn propose_all_run(
    req: HttpRequest,
    path: web::Path<(String, String)>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, PageError> {
    let (tr, me) = signed_in!(req, state);
    let Some(id) = parse_id(&path.1).filter(|_| is_supervisor(&me)) else {
        return Ok(not_found(tr));
    };
    let Some(run) = propose_all_runs::find(&state.db, id).await.page_err(tr)? else {
        return Ok(not_found(tr));
    };
    let ctx = PageCtx::staff(tr, format!("staff/propose-all/{id}"));
    let staff_page = StaffPage {
        ctx: &ctx,
        signed_in: &me,
        notice: None,
    };
    Ok(page(
        StatusCode::OK,
        propose_all_page::page(&staff_page, &run, state.clock.now()),
    ))
}
