//! One appointment: its interviewer sees it; a supervisor sees it and may reassign it.

use super::{csrf_refused, is_supervisor, not_found, parse_id, signed_in};
use crate::db::appointments::{self, Appointment};
use crate::db::audit::Actor;
use crate::db::requests::{self, RequestId};
use crate::db::{schedule, staff};
use crate::domain::scheduling::{ChangeReason, ReasonProblem};
use crate::http::error::{PageError, PageResultExt};
use crate::http::page;
use crate::http::staff_auth::SignedIn;
use crate::i18n::{Tr, arg};
use crate::startup::AppState;
use crate::use_cases::scheduling::{self, ChangeError, MailSettings};
use crate::views::PageCtx;
use crate::views::pages::staff::StaffPage;
use crate::views::pages::staff::appointment::{self, AppointmentView, Reassign, ReassignForm};
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use chrono::DateTime;
use serde::Deserialize;
use std::collections::HashSet;

/// How many other times a supervisor is offered in the list.
const OTHER_TIMES: usize = 300;

pub async fn show(
    req: HttpRequest,
    path: web::Path<(String, String)>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, PageError> {
    let (tr, me) = signed_in!(req, state);
    let Some(id) = parse_id(&path.1) else {
        return Ok(not_found(tr));
    };
    let notice = super::flash_notice(&req, tr);
    let response = render(
        &state,
        tr,
        &me,
        id,
        ReassignForm::default(),
        Vec::new(),
        notice,
        StatusCode::OK,
    )
    .await
    .page_err(tr)?;
    Ok(crate::http::flash::shown(
        response,
        &req,
        state.settings.is_https(),
    ))
}

#[allow(clippy::too_many_arguments)]
async fn render(
    state: &AppState,
    tr: Tr,
    me: &SignedIn,
    id: uuid::Uuid,
    form: ReassignForm,
    problems: Vec<(String, String)>,
    notice: Option<(&'static str, String)>,
    status: StatusCode,
) -> anyhow::Result<HttpResponse> {
    let now = state.clock.now();
    let Some(found) = appointments::find(&state.db, id).await? else {
        return Ok(not_found(tr));
    };
    // Access follows the request: after a reassignment the earlier interviewer no longer sees
    // the applicant's data, even through the appointment they used to hold.
    if !super::documents::may_view(state, me, found.request_id).await? {
        return Ok(not_found(tr));
    }
    // Who saw whose personal data, and when.
    crate::db::audit::record(
        &state.db,
        Actor::Staff(me.member.id),
        "view_appointment",
        Some(found.request_id),
        "",
        now,
    )
    .await?;
    let Some(request) = requests::find(&state.db, RequestId(found.request_id)).await? else {
        return Ok(not_found(tr));
    };
    let everyone = schedule::interviewers(&state.db).await?;
    let name_of = |id: uuid::Uuid| {
        everyone
            .iter()
            .find(|i| i.id == id)
            .map(|i| i.name.clone())
            .unwrap_or_default()
    };
    let history = appointments::history_of_request(&state.db, request.id)
        .await?
        .into_iter()
        .map(|a| {
            let name = name_of(a.interviewer_id);
            (a, name)
        })
        .collect();
    // An ended request keeps its last appointment as it was (an outcome may be recorded
    // before the booked time): nothing is offered to move it.
    let active = found.state().is_some_and(|s| s.is_active())
        && found.starts_at > now
        && !request.state().is_some_and(|s| s.has_ended());
    let other_times = if is_supervisor(me) && active {
        let preferred = requests::preferred_slots(&state.db, RequestId(request.id)).await?;
        let mut offers =
            scheduling::offers(&state.db, &request, &preferred, &everyone, now).await?;
        offers.truncate(OTHER_TIMES);
        offers
    } else {
        Vec::new()
    };
    let same_time = if is_supervisor(me) && active {
        let busy: HashSet<uuid::Uuid> =
            appointments::active_between(&state.db, None, found.starts_at, found.ends_at)
                .await?
                .into_iter()
                .map(|a| a.interviewer_id)
                .collect();
        let language = request.interview_language();
        everyone
            .iter()
            .filter(|i| i.id != found.interviewer_id && !busy.contains(&i.id))
            .filter(|i| language.is_some_and(|l| i.languages.contains(&l)))
            .filter(|i| {
                i.plan
                    .covers(&i.exception_rules(), found.starts_at, found.ends_at)
            })
            .map(|i| (i.id, i.name.clone()))
            .collect()
    } else {
        Vec::new()
    };
    let interviewer_name = name_of(found.interviewer_id);
    // Listed only to those who may open them.
    let documents = if super::documents::may_view(state, me, request.id).await? {
        let documents = crate::db::id_documents::for_request(&state.db, request.id).await?;
        Some(
            documents
                .into_iter()
                .filter(|d| d.deleted_at.is_none())
                .collect(),
        )
    } else {
        None
    };
    let ctx = PageCtx::staff(tr, format!("staff/appointments/{id}"));
    let staff_page = StaffPage {
        ctx: &ctx,
        signed_in: me,
        notice,
    };
    let view = AppointmentView {
        appointment: &found,
        request: &request,
        interviewer_name: &interviewer_name,
        history,
        documents,
        reassign: (is_supervisor(me) && active).then(|| Reassign {
            same_time,
            other_times: &other_times,
            form,
            problems,
        }),
    };
    Ok(page(status, appointment::page(&staff_page, &view)))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ReassignData {
    csrf_token: String,
    mode: String,
    interviewer: String,
    slot: String,
    reason: String,
    reason_text: String,
}

/// Moves an appointment to another interviewer at the same time, or to another time.
pub async fn reassign(
    req: HttpRequest,
    path: web::Path<(String, String)>,
    form: web::Form<ReassignData>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, PageError> {
    let (tr, me) = signed_in!(req, state);
    let data = form.into_inner();
    let Some(id) = parse_id(&path.1).filter(|_| is_supervisor(&me)) else {
        return Ok(not_found(tr));
    };
    if !me.csrf_is_valid(&data.csrf_token) {
        return Ok(csrf_refused(tr, &me));
    }
    let Some(found) = appointments::find(&state.db, id).await.page_err(tr)? else {
        return Ok(not_found(tr));
    };
    let form = ReassignForm {
        mode: data.mode.clone(),
        interviewer: data.interviewer.clone(),
        slot: data.slot.clone(),
        reason: data.reason.clone(),
        reason_text: data.reason_text.clone(),
    };
    let reason = match ChangeReason::parse(&data.reason, &data.reason_text) {
        Ok(reason) => reason,
        Err(problem) => {
            let key = match problem {
                ReasonProblem::Missing => "staff-reason-missing",
                ReasonProblem::OtherNeedsText => "staff-reason-other-needs-text",
                ReasonProblem::TooLong => "staff-reason-too-long",
            };
            let problems = vec![(
                format!("reason-illness-{}", mode_suffix(&data.mode)),
                tr.t(key),
            )];
            return render(
                &state,
                tr,
                &me,
                id,
                form,
                problems,
                None,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
            .page_err(tr);
        }
    };
    let outcome = change(&state, &me, &found, &data, &reason).await;
    // Each refusal says what became of the appointment and what is left to try: after
    // `SlotTaken` and `NotOffered` nothing was written, so it is as it was found.
    let moving = data.mode == "time";
    let key = match outcome {
        Ok(new_id) => {
            return Ok(super::see_other_with(
                tr,
                &state,
                &format!("staff/appointments/{new_id}"),
                crate::http::flash::Flash::Reassigned,
            ));
        }
        Err(ChangeError::SlotTaken) if moving => "staff-move-taken",
        Err(ChangeError::SlotTaken) => "staff-reassign-taken",
        Err(ChangeError::NotOffered) if moving => "staff-move-not-offered",
        Err(ChangeError::NotOffered) => "staff-reassign-not-offered",
        Err(ChangeError::NoLongerOpen) => "staff-change-no-longer-open",
        Err(ChangeError::Unexpected(e)) => return Err(PageError::new(tr, e)),
    };
    let holder = staff::find(&state.db, found.interviewer_id)
        .await
        .page_err(tr)?
        .map(|s| s.name)
        .unwrap_or_default();
    let notice = tr.t_with(
        key,
        &[
            ("name", arg(holder)),
            ("when", arg(tr.instant(found.starts_at))),
        ],
    );
    render(
        &state,
        tr,
        &me,
        id,
        form,
        Vec::new(),
        Some(("error", notice)),
        StatusCode::CONFLICT,
    )
    .await
    .page_err(tr)
}

fn mode_suffix(mode: &str) -> &'static str {
    if mode == "time" {
        "time"
    } else {
        "interviewer"
    }
}

async fn change(
    state: &AppState,
    me: &SignedIn,
    found: &Appointment,
    data: &ReassignData,
    reason: &ChangeReason,
) -> Result<uuid::Uuid, ChangeError> {
    let now = state.clock.now();
    let request = requests::find(&state.db, RequestId(found.request_id))
        .await?
        .filter(|r| !r.state().is_some_and(|s| s.has_ended()))
        .ok_or(ChangeError::NoLongerOpen)?;
    let (interviewer_id, starts_at) = if data.mode == "time" {
        let (who, when) = data.slot.split_once('|').ok_or(ChangeError::NotOffered)?;
        let when = DateTime::parse_from_rfc3339(when).map_err(|_| ChangeError::NotOffered)?;
        (parse_id(who), Some(when.to_utc()))
    } else {
        (parse_id(&data.interviewer), None)
    };
    let to = match interviewer_id {
        Some(id) => schedule::interviewer(&state.db, id).await?,
        None => None,
    }
    .ok_or(ChangeError::NotOffered)?;
    let by = Actor::Staff(me.member.id);
    match starts_at {
        None => {
            scheduling::reassign_interviewer(
                &state.db,
                &MailSettings::from(&state.settings),
                &request,
                found,
                &to,
                reason,
                by,
                now,
            )
            .await
        }
        Some(starts_at) => {
            scheduling::move_to_time(
                &state.db,
                &MailSettings::from(&state.settings),
                &request,
                found,
                &to,
                starts_at,
                reason,
                by,
                now,
            )
            .await
        }
    }
}
