//! Interviewers' working plans: the weekly periods, the exceptions (days off, extra hours), the
//! interview length, and the languages they speak.

use super::entities::{staff, staff_exception, staff_plan_day};
use crate::domain::language::InterviewLanguage;
use crate::domain::working_plan::{Exception, Period, WeeklyPlan, parse_periods};
use chrono::{DateTime, NaiveDate, Utc};
use sea_orm::sea_query::{Expr, OnConflict};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
    Set,
};
use std::collections::HashMap;
use uuid::Uuid;

/// An interviewer as scheduling sees them.
#[derive(Debug, Clone)]
pub struct Interviewer {
    pub id: Uuid,
    pub name: String,
    pub languages: Vec<InterviewLanguage>,
    pub interview_minutes: i32,
    pub plan: WeeklyPlan,
    pub exceptions: Vec<StoredException>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredException {
    pub id: Uuid,
    pub exception: Exception,
}

impl Interviewer {
    pub fn exception_rules(&self) -> Vec<Exception> {
        self.exceptions
            .iter()
            .map(|e| e.exception.clone())
            .collect()
    }

    pub fn length(&self) -> chrono::Duration {
        chrono::Duration::minutes(i64::from(self.interview_minutes.max(5)))
    }
}

pub fn languages_of(codes: &str) -> Vec<InterviewLanguage> {
    codes
        .split(',')
        .filter_map(|c| InterviewLanguage::parse(c.trim()))
        .collect()
}

fn format_period(p: &Period) -> String {
    format!("{}-{}", p.start.format("%H:%M"), p.end.format("%H:%M"))
}

/// Writes a day's periods as they are typed: `09:00-12:00, 13:00-17:00`.
pub fn format_periods(periods: &[Period]) -> String {
    periods
        .iter()
        .map(format_period)
        .collect::<Vec<_>>()
        .join(", ")
}

/// Every staff member who interviews (supervisors may too, when they have a plan), by name.
#[tracing::instrument(skip(conn))]
pub async fn interviewers(conn: &impl ConnectionTrait) -> Result<Vec<Interviewer>, DbErr> {
    let members = staff::Entity::find()
        .order_by_asc(staff::Column::Name)
        .all(conn)
        .await?;
    let mut days: HashMap<Uuid, WeeklyPlan> = HashMap::new();
    for row in staff_plan_day::Entity::find().all(conn).await? {
        if let (Some(periods), Some(slot)) = (
            stored_periods(&row),
            days.entry(row.staff_id)
                .or_default()
                .days
                .get_mut(row.weekday as usize),
        ) {
            *slot = periods;
        }
    }
    let mut exceptions: HashMap<Uuid, Vec<StoredException>> = HashMap::new();
    for row in staff_exception::Entity::find()
        .order_by_asc(staff_exception::Column::Day)
        .all(conn)
        .await?
    {
        if let Some(e) = exception_of(&row) {
            exceptions.entry(row.staff_id).or_default().push(e);
        }
    }
    Ok(members
        .into_iter()
        .map(|m| Interviewer {
            id: m.id,
            languages: languages_of(&m.languages),
            name: m.name,
            interview_minutes: m.interview_minutes,
            plan: days.remove(&m.id).unwrap_or_default(),
            exceptions: exceptions.remove(&m.id).unwrap_or_default(),
        })
        .collect())
}

/// One interviewer with their plan.
pub async fn interviewer(
    conn: &impl ConnectionTrait,
    id: Uuid,
) -> Result<Option<Interviewer>, DbErr> {
    let Some(member) = staff::Entity::find_by_id(id).one(conn).await? else {
        return Ok(None);
    };
    let mut plan = WeeklyPlan::default();
    for row in staff_plan_day::Entity::find()
        .filter(staff_plan_day::Column::StaffId.eq(id))
        .all(conn)
        .await?
    {
        if let (Some(periods), Some(slot)) = (
            stored_periods(&row),
            plan.days.get_mut(row.weekday as usize),
        ) {
            *slot = periods;
        }
    }
    let exceptions = staff_exception::Entity::find()
        .filter(staff_exception::Column::StaffId.eq(id))
        .order_by_asc(staff_exception::Column::Day)
        .all(conn)
        .await?
        .iter()
        .filter_map(exception_of)
        .collect();
    Ok(Some(Interviewer {
        id,
        languages: languages_of(&member.languages),
        name: member.name,
        interview_minutes: member.interview_minutes,
        plan,
        exceptions,
    }))
}

/// A weekday's stored hours. The form only stores valid ones; a value changed by hand in the
/// database that no longer reads is logged and counts as a day without hours.
fn stored_periods(row: &staff_plan_day::Model) -> Option<Vec<Period>> {
    match parse_periods(&row.periods) {
        Ok(periods) => Some(periods),
        Err(error) => {
            tracing::warn!(staff_id = %row.staff_id, weekday = row.weekday, ?error, "stored working hours do not read: taken as none");
            None
        }
    }
}

fn exception_of(row: &staff_exception::Model) -> Option<StoredException> {
    let exception = match row.kind.as_str() {
        "off" => Exception::DayOff(row.day),
        "extra" => Exception::ExtraHours(row.day, *parse_periods(&row.period).ok()?.first()?),
        _ => return None,
    };
    Some(StoredException {
        id: row.id,
        exception,
    })
}

/// Replaces the weekly plan and the languages spoken.
#[tracing::instrument(skip(conn, plan))]
pub async fn save_plan(
    conn: &impl ConnectionTrait,
    staff_id: Uuid,
    plan: &WeeklyPlan,
    languages: &[InterviewLanguage],
) -> Result<(), DbErr> {
    let codes: Vec<&str> = languages.iter().map(|l| l.code()).collect();
    staff::Entity::update_many()
        .col_expr(staff::Column::Languages, Expr::value(codes.join(",")))
        .filter(staff::Column::Id.eq(staff_id))
        .exec(conn)
        .await?;
    let rows = plan
        .days
        .iter()
        .enumerate()
        .map(|(weekday, periods)| staff_plan_day::ActiveModel {
            staff_id: Set(staff_id),
            weekday: Set(weekday as i16),
            periods: Set(format_periods(periods)),
        });
    staff_plan_day::Entity::insert_many(rows)
        .on_conflict(
            OnConflict::columns([
                staff_plan_day::Column::StaffId,
                staff_plan_day::Column::Weekday,
            ])
            .update_column(staff_plan_day::Column::Periods)
            .to_owned(),
        )
        .exec_without_returning(conn)
        .await?;
    Ok(())
}

/// Sets the interview length (a supervisor's decision).
pub async fn set_interview_minutes(
    conn: &impl ConnectionTrait,
    staff_id: Uuid,
    minutes: i32,
) -> Result<(), DbErr> {
    staff::Entity::update_many()
        .col_expr(staff::Column::InterviewMinutes, Expr::value(minutes))
        .filter(staff::Column::Id.eq(staff_id))
        .exec(conn)
        .await
        .map(|_| ())
}

pub async fn add_exception(
    conn: &impl ConnectionTrait,
    staff_id: Uuid,
    exception: &Exception,
    now: DateTime<Utc>,
) -> Result<Uuid, DbErr> {
    let (day, kind, period): (NaiveDate, &str, String) = match exception {
        Exception::DayOff(day) => (*day, "off", String::new()),
        Exception::ExtraHours(day, p) => (*day, "extra", format_period(p)),
    };
    let id = Uuid::new_v4();
    staff_exception::ActiveModel {
        id: Set(id),
        staff_id: Set(staff_id),
        day: Set(day),
        kind: Set(kind.to_owned()),
        period: Set(period),
        created_at: Set(now),
    }
    .insert(conn)
    .await?;
    Ok(id)
}

/// Removes one of the staff member's exceptions; says whether there was one.
pub async fn remove_exception(
    conn: &impl ConnectionTrait,
    staff_id: Uuid,
    id: Uuid,
) -> Result<bool, DbErr> {
    let result = staff_exception::Entity::delete_many()
        .filter(staff_exception::Column::Id.eq(id))
        .filter(staff_exception::Column::StaffId.eq(staff_id))
        .exec(conn)
        .await?;
    Ok(result.rows_affected == 1)
}
