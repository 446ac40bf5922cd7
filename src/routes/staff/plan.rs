//! Working plans: an interviewer edits their own (languages, weekly periods, exceptions); a
//! supervisor may edit anyone's and sets the interview length. A plan change never drops an
//! appointment: those it no longer covers are listed as conflicts to resolve by reassigning.

use super::{csrf_refused, is_supervisor, not_found, parse_id, signed_in};
use crate::db::appointments;
use crate::db::audit::{self, Actor};
use crate::db::requests::RequestId;
use crate::db::schedule::{self, Interviewer, format_periods};
use crate::domain::language::InterviewLanguage;
use crate::domain::working_plan::{Exception, PlanError, WeeklyPlan, parse_periods};
use crate::http::error::{PageError, PageResultExt};
use crate::http::page;
use crate::http::staff_auth::SignedIn;
use crate::i18n::Tr;
use crate::startup::AppState;
use crate::views::PageCtx;
use crate::views::pages::staff::StaffPage;
use crate::views::pages::staff::plan::{self, ExceptionForm, PlanForm, PlanView};
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use chrono::NaiveDate;
use maud::html;
use sea_orm::TransactionTrait;
use serde::Deserialize;
use uuid::Uuid;

/// Whose plan: the `staff` field when given (someone else's only for supervisors).
fn target(me: &SignedIn, raw: &str) -> Option<Uuid> {
    if raw.is_empty() {
        return Some(me.member.id);
    }
    parse_id(raw).filter(|id| *id == me.member.id || is_supervisor(me))
}

fn plan_path(me: &SignedIn, id: Uuid) -> String {
    if id == me.member.id {
        "staff/plan".to_owned()
    } else {
        format!("staff/plan?staff={id}")
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct PlanQuery {
    staff: String,
}

pub async fn show(
    req: HttpRequest,
    query: web::Query<PlanQuery>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, PageError> {
    let (tr, me) = signed_in!(req, state);
    let Some(id) = target(&me, &query.staff) else {
        return Ok(not_found(tr));
    };
    let Some(interviewer) = schedule::interviewer(&state.db, id).await.page_err(tr)? else {
        return Ok(not_found(tr));
    };
    let notice = super::flash_notice(&req, tr);
    let form = form_of(&interviewer);
    let response = render(
        &state,
        tr,
        &me,
        &interviewer,
        form,
        Vec::new(),
        ExceptionForm::default(),
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

fn form_of(interviewer: &Interviewer) -> PlanForm {
    PlanForm {
        days: std::array::from_fn(|d| format_periods(&interviewer.plan.days[d])),
        languages: interviewer
            .languages
            .iter()
            .map(|l| l.code().to_owned())
            .collect(),
        interview_minutes: interviewer.interview_minutes.to_string(),
    }
}

#[allow(clippy::too_many_arguments)]
async fn render(
    state: &AppState,
    tr: Tr,
    me: &SignedIn,
    interviewer: &Interviewer,
    form: PlanForm,
    problems: Vec<(String, String)>,
    exception_form: ExceptionForm,
    exception_problems: Vec<(String, String)>,
    notice: Option<(&'static str, String)>,
    status: StatusCode,
) -> anyhow::Result<HttpResponse> {
    let rules = interviewer.exception_rules();
    let conflicts = appointments::upcoming(&state.db, interviewer.id, state.clock.now(), 500)
        .await?
        .into_iter()
        .filter(|a| !interviewer.plan.covers(&rules, a.starts_at, a.ends_at))
        .map(|a| {
            let reference = RequestId(a.request_id).reference();
            (a, reference)
        })
        .collect();
    // The language switch keeps whose plan this is.
    let ctx = PageCtx::staff(tr, plan_path(me, interviewer.id));
    let staff_page = StaffPage {
        ctx: &ctx,
        signed_in: me,
        notice,
    };
    let view = PlanView {
        staff_id: interviewer.id,
        name: &interviewer.name,
        own: interviewer.id == me.member.id,
        may_set_length: is_supervisor(me),
        form,
        problems,
        exceptions: &interviewer.exceptions,
        exception_form,
        exception_problems,
        conflicts,
    };
    Ok(page(status, plan::page(&staff_page, &view)))
}

fn plan_error(tr: Tr, error: PlanError) -> String {
    tr.t(match error {
        PlanError::Format => "staff-plan-error-format",
        PlanError::EndsBeforeStart => "staff-plan-error-order",
        PlanError::Overlap => "staff-plan-error-overlap",
    })
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct PlanFormData {
    csrf_token: String,
    staff: String,
    day0: String,
    day1: String,
    day2: String,
    day3: String,
    day4: String,
    day5: String,
    day6: String,
    languages: Vec<String>,
    interview_minutes: String,
}

pub async fn save(
    req: HttpRequest,
    body: web::Bytes,
    state: web::Data<AppState>,
) -> Result<HttpResponse, PageError> {
    let (tr, me) = signed_in!(req, state);
    let data: PlanFormData = serde_html_form::from_bytes(&body).unwrap_or_default();
    if !me.csrf_is_valid(&data.csrf_token) {
        return Ok(csrf_refused(tr, &me));
    }
    let Some(id) = target(&me, &data.staff) else {
        return Ok(not_found(tr));
    };
    let Some(interviewer) = schedule::interviewer(&state.db, id).await.page_err(tr)? else {
        return Ok(not_found(tr));
    };
    let form = PlanForm {
        days: [
            data.day0, data.day1, data.day2, data.day3, data.day4, data.day5, data.day6,
        ],
        languages: data.languages,
        interview_minutes: if is_supervisor(&me) {
            data.interview_minutes
        } else {
            interviewer.interview_minutes.to_string()
        },
    };
    let mut problems = Vec::new();
    let mut plan = WeeklyPlan::default();
    for (weekday, text) in form.days.iter().enumerate() {
        match parse_periods(text) {
            Ok(periods) => plan.days[weekday] = periods,
            Err(e) => problems.push((format!("day{weekday}"), plan_error(tr, e))),
        }
    }
    let languages: Vec<InterviewLanguage> = InterviewLanguage::ALL
        .into_iter()
        .filter(|l| form.languages.iter().any(|c| c == l.code()))
        .collect();
    let minutes = form
        .interview_minutes
        .trim()
        .parse::<i32>()
        .ok()
        .filter(|m| (10..=240).contains(m));
    if minutes.is_none() {
        problems.push((
            "interview_minutes".to_owned(),
            tr.t("staff-plan-error-length"),
        ));
    }
    if !problems.is_empty() {
        return render(
            &state,
            tr,
            &me,
            &interviewer,
            form,
            problems,
            ExceptionForm::default(),
            Vec::new(),
            None,
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await
        .page_err(tr);
    }
    let now = state.clock.now();
    let detail = format!(
        "plan of {} ({}): {}; languages {}; {} minutes",
        interviewer.name,
        id,
        plan.days
            .iter()
            .map(|d| format_periods(d))
            .collect::<Vec<_>>()
            .join(" | "),
        languages
            .iter()
            .map(|l| l.code())
            .collect::<Vec<_>>()
            .join(","),
        minutes.unwrap_or(interviewer.interview_minutes),
    );
    let tx = state.db.begin().await.page_err(tr)?;
    schedule::save_plan(&tx, id, &plan, &languages)
        .await
        .page_err(tr)?;
    if let Some(minutes) = minutes.filter(|_| is_supervisor(&me)) {
        schedule::set_interview_minutes(&tx, id, minutes)
            .await
            .page_err(tr)?;
    }
    audit::record(
        &tx,
        Actor::Staff(me.member.id),
        "plan_change",
        None,
        &detail,
        now,
    )
    .await
    .page_err(tr)?;
    tx.commit().await.page_err(tr)?;
    Ok(super::see_other_with(
        tr,
        &state,
        &plan_path(&me, id),
        crate::http::flash::Flash::PlanSaved,
    ))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ExceptionData {
    csrf_token: String,
    staff: String,
    day: String,
    kind: String,
    period: String,
}

pub async fn add_exception(
    req: HttpRequest,
    form: web::Form<ExceptionData>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, PageError> {
    let (tr, me) = signed_in!(req, state);
    let data = form.into_inner();
    if !me.csrf_is_valid(&data.csrf_token) {
        return Ok(csrf_refused(tr, &me));
    }
    let Some(id) = target(&me, &data.staff) else {
        return Ok(not_found(tr));
    };
    let Some(interviewer) = schedule::interviewer(&state.db, id).await.page_err(tr)? else {
        return Ok(not_found(tr));
    };
    let mut problems = Vec::new();
    let day = NaiveDate::parse_from_str(data.day.trim(), "%Y-%m-%d").ok();
    if day.is_none() {
        problems.push(("day".to_owned(), tr.t("staff-plan-error-day")));
    }
    let exception = match (day, data.kind.as_str()) {
        (Some(day), "extra") => match parse_periods(&data.period) {
            Ok(periods) if periods.len() == 1 => Some(Exception::ExtraHours(day, periods[0])),
            Ok(_) => {
                problems.push(("period".to_owned(), tr.t("staff-plan-error-one-period")));
                None
            }
            Err(e) => {
                problems.push(("period".to_owned(), plan_error(tr, e)));
                None
            }
        },
        (Some(day), _) => Some(Exception::DayOff(day)),
        (None, _) => None,
    };
    let Some(exception) = exception.filter(|_| problems.is_empty()) else {
        let exception_form = ExceptionForm {
            day: data.day,
            kind: data.kind,
            period: data.period,
        };
        let form = form_of(&interviewer);
        return render(
            &state,
            tr,
            &me,
            &interviewer,
            form,
            Vec::new(),
            exception_form,
            problems,
            None,
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await
        .page_err(tr);
    };
    let now = state.clock.now();
    let tx = state.db.begin().await.page_err(tr)?;
    schedule::add_exception(&tx, id, &exception, now)
        .await
        .page_err(tr)?;
    let detail = format!(
        "exception for {} ({}): {:?}",
        interviewer.name, id, exception
    );
    audit::record(
        &tx,
        Actor::Staff(me.member.id),
        "plan_exception_add",
        None,
        &detail,
        now,
    )
    .await
    .page_err(tr)?;
    tx.commit().await.page_err(tr)?;
    Ok(super::see_other_with(
        tr,
        &state,
        &plan_path(&me, id),
        crate::http::flash::Flash::PlanSaved,
    ))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct RemoveData {
    csrf_token: String,
    staff: String,
}

pub async fn remove_exception(
    req: HttpRequest,
    path: web::Path<(String, String)>,
    form: web::Form<RemoveData>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, PageError> {
    let (tr, me) = signed_in!(req, state);
    if !me.csrf_is_valid(&form.csrf_token) {
        return Ok(csrf_refused(tr, &me));
    }
    let (Some(id), Some(exception_id)) = (target(&me, &form.staff), parse_id(&path.1)) else {
        return Ok(not_found(tr));
    };
    let now = state.clock.now();
    let tx = state.db.begin().await.page_err(tr)?;
    if !schedule::remove_exception(&tx, id, exception_id)
        .await
        .page_err(tr)?
    {
        return Ok(not_found(tr));
    }
    audit::record(
        &tx,
        Actor::Staff(me.member.id),
        "plan_exception_remove",
        None,
        &format!("exception {exception_id} of {id}"),
        now,
    )
    .await
    .page_err(tr)?;
    tx.commit().await.page_err(tr)?;
    Ok(super::see_other_with(
        tr,
        &state,
        &plan_path(&me, id),
        crate::http::flash::Flash::PlanSaved,
    ))
}

/// Supervisors: every staff member with languages and interview length, linking to their plan
/// and calendar.
pub async fn interviewers(
    req: HttpRequest,
    state: web::Data<AppState>,
) -> Result<HttpResponse, PageError> {
    let (tr, me) = signed_in!(req, state);
    if !is_supervisor(&me) {
        return Ok(not_found(tr));
    }
    let everyone = schedule::interviewers(&state.db).await.page_err(tr)?;
    let ctx = PageCtx::staff(tr, "staff/interviewers");
    let staff_page = StaffPage {
        ctx: &ctx,
        signed_in: &me,
        notice: None,
    };
    let title = tr.t("staff-interviewers-title");
    let body = html! {
        h1 #interviewers-title { (title) }
        div.table-wrap role="region" tabindex="0" aria-labelledby="interviewers-title" {
            table {
                thead {
                    tr {
                        th scope="col" { (tr.t("staff-interviewers-name")) }
                        th scope="col" { (tr.t("staff-plan-languages")) }
                        th scope="col" { (tr.t("staff-plan-length")) }
                        th scope="col" { (tr.t("staff-interviewers-links")) }
                    }
                }
                tbody {
                    @for i in &everyone {
                        tr {
                            td { (i.name) }
                            td { (i.languages.iter().map(|l| tr.t(&format!("interview-language-{}", l.code()))).collect::<Vec<_>>().join(", ")) }
                            td { (i.interview_minutes) }
                            td {
                                a href=(format!("{}?staff={}", ctx.href("staff/calendar"), i.id)) { (tr.t("staff-nav-calendar")) }
                                " · "
                                a href=(format!("{}?staff={}", ctx.href("staff/plan"), i.id)) { (tr.t("staff-nav-plan")) }
                            }
                        }
                    }
                }
            }
        }
    };
    Ok(page(StatusCode::OK, staff_page.render(&title, body)))
}
