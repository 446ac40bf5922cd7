//! The week calendar of an interviewer (their own; a supervisor may open anyone's).

use super::{is_supervisor, not_found, parse_id, signed_in};
use crate::db::appointments;
use crate::db::requests::RequestId;
use crate::db::schedule::{self, Interviewer};
use crate::domain::scheduling::{free_slots, week_start};
use crate::domain::slot::{brussels_date, brussels_to_utc};
use crate::http::error::{PageError, PageResultExt};
use crate::http::page;
use crate::startup::AppState;
use crate::views::PageCtx;
use crate::views::pages::staff::StaffPage;
use crate::views::pages::staff::calendar::{self, CalendarView, Day, Item};
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use chrono::{DateTime, Duration, NaiveDate, NaiveTime, Utc};
use serde::Deserialize;

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct CalendarQuery {
    week: String,
    staff: String,
}

pub async fn show(
    req: HttpRequest,
    query: web::Query<CalendarQuery>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, PageError> {
    let (tr, me) = signed_in!(req, state);
    let now = state.clock.now();
    let target = if query.staff.is_empty() {
        me.member.id
    } else {
        match parse_id(&query.staff) {
            Some(id) if id == me.member.id || is_supervisor(&me) => id,
            _ => return Ok(not_found(tr)),
        }
    };
    let Some(interviewer) = schedule::interviewer(&state.db, target)
        .await
        .page_err(tr)?
    else {
        return Ok(not_found(tr));
    };
    let monday = week_start(
        NaiveDate::parse_from_str(&query.week, "%Y-%m-%d").unwrap_or_else(|_| brussels_date(now)),
    );
    let days = week_days(&state, &interviewer, monday, now)
        .await
        .page_err(tr)?;
    let upcoming = appointments::upcoming(&state.db, target, now, 10)
        .await
        .page_err(tr)?
        .into_iter()
        .map(|a| {
            let reference = RequestId(a.request_id).reference();
            (a, reference)
        })
        .collect();
    let others = if is_supervisor(&me) {
        schedule::interviewers(&state.db)
            .await
            .page_err(tr)?
            .into_iter()
            .map(|i| (i.id, i.name))
            .collect()
    } else {
        Vec::new()
    };
    let view = CalendarView {
        interviewer_id: interviewer.id,
        interviewer_name: &interviewer.name,
        own: target == me.member.id,
        monday,
        days,
        upcoming,
        others,
    };
    // The language switch keeps the week and whose calendar this is (from the parsed values).
    let mut path = format!("staff/calendar?week={monday}");
    if target != me.member.id {
        path.push_str(&format!("&staff={target}"));
    }
    let ctx = PageCtx::staff(tr, path);
    let staff_page = StaffPage {
        ctx: &ctx,
        signed_in: &me,
        notice: None,
    };
    Ok(page(StatusCode::OK, calendar::page(&staff_page, &view)))
}

/// Monday to Friday: the interviews, and the free time between them (consecutive free slots
/// joined into one line).
async fn week_days(
    state: &AppState,
    interviewer: &Interviewer,
    monday: NaiveDate,
    now: DateTime<Utc>,
) -> anyhow::Result<Vec<Day>> {
    let friday = monday + Duration::days(4);
    let from = brussels_to_utc(monday.and_time(NaiveTime::MIN));
    let to = brussels_to_utc((friday + Duration::days(1)).and_time(NaiveTime::MIN));
    let booked = appointments::active_between(&state.db, Some(interviewer.id), from, to).await?;
    let rules = interviewer.exception_rules();
    let busy: Vec<_> = booked.iter().map(|a| (a.starts_at, a.ends_at)).collect();
    let free = free_slots(
        interviewer
            .plan
            .interview_slots(&rules, monday, friday, interviewer.length()),
        &busy,
        now,
    );
    let today = brussels_date(now);
    let mut days = Vec::new();
    for offset in 0..5 {
        let date = monday + Duration::days(offset);
        let mut items: Vec<Item> = Vec::new();
        for slot in free.iter().filter(|s| brussels_date(s.starts_at) == date) {
            match items.last_mut() {
                Some(Item::Free { ends_at, slots, .. }) if *ends_at == slot.starts_at => {
                    *ends_at = slot.ends_at;
                    *slots += 1;
                }
                _ => items.push(Item::Free {
                    starts_at: slot.starts_at,
                    ends_at: slot.ends_at,
                    slots: 1,
                }),
            }
        }
        for appointment in booked.iter().filter(|a| brussels_date(a.starts_at) == date) {
            items.push(Item::Interview {
                conflict: !interviewer.plan.covers(
                    &rules,
                    appointment.starts_at,
                    appointment.ends_at,
                ),
                reference: RequestId(appointment.request_id).reference(),
                appointment: Box::new(appointment.clone()),
            });
        }
        items.sort_by_key(|item| match item {
            Item::Free { starts_at, .. } => *starts_at,
            Item::Interview { appointment, .. } => appointment.starts_at,
        });
        days.push(Day {
            date,
            past: date < today,
            items,
        });
    }
    Ok(days)
}
