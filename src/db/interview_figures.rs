//! What the supervisors' home page shows about interviews: today's by state, flagged ones, the
//! last week's outcomes and those overdue for an outcome. Counts are grouped in the database
//! and lists are bounded (their first rows and a total), so that the page costs the same with
//! ten interviews or ten thousand.

use super::entities::{appointment, interview, staff};
use crate::domain::scheduling::AppointmentState;
use crate::domain::slot::brussels_to_utc;
use chrono::{DateTime, Duration, NaiveDate, NaiveTime, Utc};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait, DbErr, EntityTrait, FromQueryResult, JoinType,
    PaginatorTrait, QueryFilter, QueryOrder, QuerySelect, RelationDef, Select,
};
use uuid::Uuid;

/// The outcome codes (`Outcome::code`), in the order the page shows them.
pub const OUTCOME_CODES: [&str; 5] = [
    "approved",
    "incomplete",
    "refused",
    "no_show",
    "interrupted",
];

/// How many interviews each list of the page shows; the rest are counted.
pub const LISTED: u64 = 50;

/// How far back "recent" reaches: decided flagged interviews, the outcomes by kind.
pub const RECENT: Duration = Duration::days(7);

/// One interview in a list: its appointment, who holds it, and where it stands.
#[derive(Debug, Clone, PartialEq, Eq, FromQueryResult)]
pub struct InterviewLine {
    pub appointment_id: Uuid,
    pub request_id: Uuid,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub interviewer: String,
    pub started_at: Option<DateTime<Utc>>,
    pub fraud_at: Option<DateTime<Utc>>,
    pub outcome: Option<String>,
    pub outcome_at: Option<DateTime<Utc>>,
}

/// The first rows of a list and how many there are in all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bounded {
    pub rows: Vec<InterviewLine>,
    pub total: u64,
}

impl Bounded {
    /// How many the list leaves out.
    pub fn more(&self) -> u64 {
        self.total.saturating_sub(self.rows.len() as u64)
    }
}

/// The interviews of one Brussels day by where they stand.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DayCounts {
    pub date: NaiveDate,
    /// Confirmed, and not started (or not even opened).
    pub waiting: u64,
    /// Started, no outcome yet.
    pub in_progress: u64,
    /// Per code of `OUTCOME_CODES`, in that order.
    pub outcomes: Vec<(&'static str, u64)>,
}

impl DayCounts {
    pub fn total(&self) -> u64 {
        self.waiting + self.in_progress + self.outcomes.iter().map(|(_, n)| n).sum::<u64>()
    }
}

/// Everything the page shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Figures {
    pub today: DayCounts,
    /// Flagged for suspected fraud, no outcome yet: the oldest flag first.
    pub flagged_open: Bounded,
    /// Flagged and decided within `RECENT`: the latest decision first.
    pub flagged_decided: Bounded,
    /// Outcomes recorded within `RECENT`, per code of `OUTCOME_CODES`.
    pub recent_outcomes: Vec<(&'static str, u64)>,
    /// Confirmed appointments that have ended without an outcome: the oldest first.
    pub overdue: Bounded,
}

/// All the figures at `now`, each list bounded to `limit` rows.
#[tracing::instrument(skip(conn))]
pub async fn figures(
    conn: &impl ConnectionTrait,
    now: DateTime<Utc>,
    limit: u64,
) -> Result<Figures, DbErr> {
    Ok(Figures {
        today: day_counts(conn, crate::domain::slot::brussels_date(now)).await?,
        flagged_open: flagged_open(conn, limit).await?,
        flagged_decided: flagged_decided(conn, now - RECENT, limit).await?,
        recent_outcomes: outcomes_since(conn, now - RECENT).await?,
        overdue: overdue(conn, now, limit).await?,
    })
}

/// The instants a Brussels day runs between: 23 hours on the spring change, 25 on the autumn
/// one (midnight itself always exists in Brussels).
pub fn day_bounds(date: NaiveDate) -> (DateTime<Utc>, DateTime<Utc>) {
    let midnight = |d: NaiveDate| brussels_to_utc(d.and_time(NaiveTime::MIN));
    (midnight(date), midnight(date + Duration::days(1)))
}

fn appointment_interview() -> RelationDef {
    appointment::Entity::belongs_to(interview::Entity)
        .from(appointment::Column::Id)
        .to(interview::Column::AppointmentId)
        .into()
}

fn appointment_interviewer() -> RelationDef {
    appointment::Entity::belongs_to(staff::Entity)
        .from(appointment::Column::InterviewerId)
        .to(staff::Column::Id)
        .into()
}

fn interview_appointment() -> RelationDef {
    interview::Entity::belongs_to(appointment::Entity)
        .from(interview::Column::AppointmentId)
        .to(appointment::Column::Id)
        .into()
}

fn by_code(counts: impl IntoIterator<Item = (Option<String>, i64)>) -> Vec<(&'static str, u64)> {
    let mut out: Vec<(&'static str, u64)> = OUTCOME_CODES.iter().map(|c| (*c, 0)).collect();
    for (code, n) in counts {
        if let Some(slot) = out.iter_mut().find(|(c, _)| Some(*c) == code.as_deref()) {
            slot.1 += u64::try_from(n).unwrap_or(0);
        }
    }
    out
}

/// The appointments starting on `date` (Brussels) that are interviews: confirmed ones, and
/// those whose interview has an outcome (an interruption releases its appointment). One query
/// grouped by outcome; `COUNT(started_at)` splits the undecided into waiting and in progress.
#[tracing::instrument(skip(conn))]
pub async fn day_counts(conn: &impl ConnectionTrait, date: NaiveDate) -> Result<DayCounts, DbErr> {
    let (from, to) = day_bounds(date);
    let rows: Vec<(Option<String>, i64, i64)> = appointment::Entity::find()
        .select_only()
        .column(interview::Column::Outcome)
        .expr_as(
            Expr::col((appointment::Entity, appointment::Column::Id)).count(),
            "appointments",
        )
        .expr_as(
            Expr::col((interview::Entity, interview::Column::StartedAt)).count(),
            "started",
        )
        .join(JoinType::LeftJoin, appointment_interview())
        .filter(appointment::Column::StartsAt.gte(from))
        .filter(appointment::Column::StartsAt.lt(to))
        .filter(
            Condition::any()
                .add(appointment::Column::State.eq(AppointmentState::Confirmed.code()))
                .add(interview::Column::Outcome.is_not_null()),
        )
        .group_by(interview::Column::Outcome)
        .into_tuple()
        .all(conn)
        .await?;
    let count = |n: i64| u64::try_from(n).unwrap_or(0);
    let mut day = DayCounts {
        date,
        waiting: 0,
        in_progress: 0,
        outcomes: Vec::new(),
    };
    let mut decided = Vec::new();
    for (outcome, appointments, started) in rows {
        match outcome {
            None => {
                day.in_progress = count(started);
                day.waiting = count(appointments - started);
            }
            Some(code) => decided.push((Some(code), appointments)),
        }
    }
    day.outcomes = by_code(decided);
    Ok(day)
}

/// Outcomes recorded since `since`, by code: one grouped query.
#[tracing::instrument(skip(conn))]
pub async fn outcomes_since(
    conn: &impl ConnectionTrait,
    since: DateTime<Utc>,
) -> Result<Vec<(&'static str, u64)>, DbErr> {
    let rows: Vec<(Option<String>, i64)> = interview::Entity::find()
        .select_only()
        .column(interview::Column::Outcome)
        .expr_as(
            Expr::col((interview::Entity, interview::Column::Id)).count(),
            "decided",
        )
        .filter(interview::Column::OutcomeAt.gte(since))
        .group_by(interview::Column::Outcome)
        .into_tuple()
        .all(conn)
        .await?;
    Ok(by_code(rows))
}

/// The columns of an `InterviewLine`, from a query that has joined the appointment, its
/// interview (perhaps none) and its interviewer.
fn line_columns<E: EntityTrait>(query: Select<E>) -> Select<E> {
    query
        .select_only()
        .column_as(appointment::Column::Id, "appointment_id")
        .column_as(appointment::Column::RequestId, "request_id")
        .column_as(appointment::Column::StartsAt, "starts_at")
        .column_as(appointment::Column::EndsAt, "ends_at")
        .column_as(staff::Column::Name, "interviewer")
        .column_as(interview::Column::StartedAt, "started_at")
        .column_as(interview::Column::FraudAt, "fraud_at")
        .column_as(interview::Column::Outcome, "outcome")
        .column_as(interview::Column::OutcomeAt, "outcome_at")
}

/// Interviews flagged for fraud with `filter`, listed by the appointment's interviewer.
fn flagged(filter: Condition) -> Select<interview::Entity> {
    interview::Entity::find()
        .filter(interview::Column::FraudAt.is_not_null())
        .filter(filter)
}

async fn listed_flagged<C: ConnectionTrait>(
    conn: &C,
    filter: Condition,
    order: (interview::Column, sea_orm::Order),
    limit: u64,
) -> Result<Bounded, DbErr> {
    let total = flagged(filter.clone()).count(conn).await?;
    let rows = line_columns(
        flagged(filter)
            .join(JoinType::InnerJoin, interview_appointment())
            .join(JoinType::InnerJoin, appointment_interviewer()),
    )
    .order_by(order.0, order.1)
    .order_by_asc(interview::Column::Id)
    .limit(limit)
    .into_model::<InterviewLine>()
    .all(conn)
    .await?;
    Ok(Bounded { rows, total })
}

/// Flagged interviews without an outcome, the oldest flag first.
#[tracing::instrument(skip(conn))]
pub async fn flagged_open(conn: &impl ConnectionTrait, limit: u64) -> Result<Bounded, DbErr> {
    listed_flagged(
        conn,
        Condition::all().add(interview::Column::Outcome.is_null()),
        (interview::Column::FraudAt, sea_orm::Order::Asc),
        limit,
    )
    .await
}

/// Flagged interviews decided since `since`, the latest decision first.
#[tracing::instrument(skip(conn))]
pub async fn flagged_decided(
    conn: &impl ConnectionTrait,
    since: DateTime<Utc>,
    limit: u64,
) -> Result<Bounded, DbErr> {
    listed_flagged(
        conn,
        Condition::all().add(interview::Column::OutcomeAt.gte(since)),
        (interview::Column::OutcomeAt, sea_orm::Order::Desc),
        limit,
    )
    .await
}

/// Confirmed appointments that ended before `now` without an outcome (their interview never
/// opened, or opened and not decided).
fn overdue_query(now: DateTime<Utc>) -> Select<appointment::Entity> {
    appointment::Entity::find()
        .join(JoinType::LeftJoin, appointment_interview())
        .filter(appointment::Column::State.eq(AppointmentState::Confirmed.code()))
        .filter(appointment::Column::EndsAt.lt(now))
        .filter(interview::Column::Outcome.is_null())
}

/// Interviews overdue for an outcome, the oldest first.
#[tracing::instrument(skip(conn))]
pub async fn overdue(
    conn: &impl ConnectionTrait,
    now: DateTime<Utc>,
    limit: u64,
) -> Result<Bounded, DbErr> {
    let total = overdue_query(now).count(conn).await?;
    let rows =
        line_columns(overdue_query(now).join(JoinType::InnerJoin, appointment_interviewer()))
            .order_by_asc(appointment::Column::StartsAt)
            .order_by_asc(appointment::Column::Id)
            .limit(limit)
            .into_model::<InterviewLine>()
            .all(conn)
            .await?;
    Ok(Bounded { rows, total })
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn brussels_days_have_23_24_and_25_hours() {
        let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
        let cases = [
            (
                d(2026, 3, 29),
                23,
                Utc.with_ymd_and_hms(2026, 3, 28, 23, 0, 0),
            ),
            (
                d(2026, 10, 25),
                25,
                Utc.with_ymd_and_hms(2026, 10, 24, 22, 0, 0),
            ),
            (
                d(2026, 11, 25),
                24,
                Utc.with_ymd_and_hms(2026, 11, 24, 23, 0, 0),
            ),
            (
                d(2026, 7, 1),
                24,
                Utc.with_ymd_and_hms(2026, 6, 30, 22, 0, 0),
            ),
        ];
        for (date, hours, start) in cases {
            let (from, to) = day_bounds(date);
            assert_eq!(from, start.unwrap(), "{date}");
            assert_eq!((to - from).num_hours(), hours, "{date}");
        }
    }

    #[test]
    fn counts_are_put_in_the_order_of_the_codes() {
        let counts = by_code([
            (Some("refused".to_owned()), 2),
            (Some("approved".to_owned()), 5),
            (Some("unknown".to_owned()), 9),
            (None, 4),
        ]);
        assert_eq!(
            counts,
            vec![
                ("approved", 5),
                ("incomplete", 0),
                ("refused", 2),
                ("no_show", 0),
                ("interrupted", 0)
            ]
        );
    }
}
