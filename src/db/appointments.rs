//! Appointments: proposing a slot (the no-double-booking guarantee lives here), finding them,
//! and moving them between interviewers and times. Nothing is deleted: a moved appointment
//! changes state and points to its successor.

use super::entities::{appointment, request, staff};
use crate::domain::request::RequestState;
use crate::domain::scheduling::AppointmentState;
use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
    Set, SqlErr,
};
use uuid::Uuid;

pub use appointment::Model as Appointment;

fn active_codes() -> [&'static str; 2] {
    AppointmentState::ACTIVE.map(AppointmentState::code)
}

impl Appointment {
    pub fn state(&self) -> Option<AppointmentState> {
        AppointmentState::parse(&self.state)
    }

    /// When the slot was proposed to the applicant: the answer deadline counts from it.
    pub fn proposal_time(&self) -> DateTime<Utc> {
        self.proposed_at.unwrap_or(self.created_at)
    }

    /// Until when the applicant may answer the proposal.
    pub fn answer_deadline(&self) -> DateTime<Utc> {
        crate::domain::scheduling::answer_deadline(self.proposal_time(), self.starts_at)
    }
}

/// A slot to hold for a request.
#[derive(Debug, Clone)]
pub struct NewAppointment {
    pub id: Uuid,
    pub request_id: Uuid,
    pub interviewer_id: Uuid,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub state: AppointmentState,
    /// SHA-256 of the applicant's link token.
    pub token_hash: String,
    pub created_by: Option<Uuid>,
    /// Kept when a confirmed appointment changes interviewer.
    pub video_room: Option<String>,
    /// When the slot was proposed: now for a proposal, kept when it changes interviewer.
    pub proposed_at: DateTime<Utc>,
}

#[derive(Debug, thiserror::Error)]
pub enum HoldError {
    #[error("this slot was just taken")]
    SlotTaken,
    #[error("the interviewer does not exist")]
    NoInterviewer,
    #[error(transparent)]
    Db(#[from] DbErr),
}

/// Takes the interviewer's schedule lock for the rest of the transaction: a write to their row,
/// which PostgreSQL holds as a row lock and SQLite as its single write lock. Two transactions
/// holding slots for one interviewer therefore run one after the other, and the second sees the
/// first's appointment when it checks for overlaps.
async fn lock_schedule(conn: &impl ConnectionTrait, interviewer_id: Uuid) -> Result<(), HoldError> {
    let bumped = staff::Entity::update_many()
        .col_expr(
            staff::Column::ScheduleVersion,
            Expr::col(staff::Column::ScheduleVersion).add(1),
        )
        .filter(staff::Column::Id.eq(interviewer_id))
        .exec(conn)
        .await?;
    if bumped.rows_affected == 1 {
        Ok(())
    } else {
        Err(HoldError::NoInterviewer)
    }
}

/// Holds a slot: inside the caller's transaction, locks the interviewer's schedule, refuses an
/// overlap with any of their active appointments, and inserts. The partial unique indexes
/// catch what a bug here might let through; their violation is also `SlotTaken`.
#[tracing::instrument(skip(conn, new), fields(interviewer = %new.interviewer_id, starts_at = %new.starts_at))]
pub async fn hold(
    conn: &impl ConnectionTrait,
    new: &NewAppointment,
    now: DateTime<Utc>,
) -> Result<Uuid, HoldError> {
    lock_schedule(conn, new.interviewer_id).await?;
    let overlapping = appointment::Entity::find()
        .filter(appointment::Column::InterviewerId.eq(new.interviewer_id))
        .filter(appointment::Column::State.is_in(active_codes()))
        .filter(appointment::Column::StartsAt.lt(new.ends_at))
        .filter(appointment::Column::EndsAt.gt(new.starts_at))
        .one(conn)
        .await?;
    if overlapping.is_some() {
        return Err(HoldError::SlotTaken);
    }
    let id = new.id;
    let inserted = appointment::ActiveModel {
        id: Set(id),
        request_id: Set(new.request_id),
        interviewer_id: Set(new.interviewer_id),
        starts_at: Set(new.starts_at),
        ends_at: Set(new.ends_at),
        state: Set(new.state.code().to_owned()),
        token_hash: Set(new.token_hash.clone()),
        created_by: Set(new.created_by),
        created_at: Set(now),
        updated_at: Set(now),
        replaced_by: Set(None),
        change_reason: Set(None),
        video_room: Set(new.video_room.clone()),
        reminder_sent_at: Set(None),
        proposed_at: Set(Some(new.proposed_at)),
    }
    .insert(conn)
    .await;
    match inserted {
        Ok(_) => Ok(id),
        Err(e) if matches!(e.sql_err(), Some(SqlErr::UniqueConstraintViolation(_))) => {
            Err(HoldError::SlotTaken)
        }
        Err(e) => Err(e.into()),
    }
}

/// Moves a request from one state to another; says whether it was in `from`.
pub async fn set_request_state(
    conn: &impl ConnectionTrait,
    request_id: Uuid,
    from: &[RequestState],
    to: RequestState,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    let result = request::Entity::update_many()
        .col_expr(request::Column::State, Expr::value(to.code()))
        .col_expr(request::Column::UpdatedAt, Expr::value(now))
        .filter(request::Column::Id.eq(request_id))
        .filter(request::Column::State.is_in(from.iter().map(|s| s.code())))
        .exec(conn)
        .await?;
    Ok(result.rows_affected == 1)
}

/// Ends an active appointment (released, reassigned…), recording its successor and the reason.
/// Says whether it was still active.
pub async fn close(
    conn: &impl ConnectionTrait,
    id: Uuid,
    to: AppointmentState,
    replaced_by: Option<Uuid>,
    reason: Option<String>,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    let result = appointment::Entity::update_many()
        .col_expr(appointment::Column::State, Expr::value(to.code()))
        .col_expr(appointment::Column::ReplacedBy, Expr::value(replaced_by))
        .col_expr(appointment::Column::ChangeReason, Expr::value(reason))
        .col_expr(appointment::Column::UpdatedAt, Expr::value(now))
        .filter(appointment::Column::Id.eq(id))
        .filter(appointment::Column::State.is_in(active_codes()))
        .exec(conn)
        .await?;
    Ok(result.rows_affected == 1)
}

pub async fn find(conn: &impl ConnectionTrait, id: Uuid) -> Result<Option<Appointment>, DbErr> {
    appointment::Entity::find_by_id(id).one(conn).await
}

/// The request's active appointment, if any.
pub async fn active_for_request(
    conn: &impl ConnectionTrait,
    request_id: Uuid,
) -> Result<Option<Appointment>, DbErr> {
    appointment::Entity::find()
        .filter(appointment::Column::RequestId.eq(request_id))
        .filter(appointment::Column::State.is_in(active_codes()))
        .one(conn)
        .await
}

/// Every appointment of a request, oldest first (its history).
pub async fn history_of_request(
    conn: &impl ConnectionTrait,
    request_id: Uuid,
) -> Result<Vec<Appointment>, DbErr> {
    appointment::Entity::find()
        .filter(appointment::Column::RequestId.eq(request_id))
        .order_by_asc(appointment::Column::CreatedAt)
        .all(conn)
        .await
}

/// Active appointments overlapping `from..to`, of one interviewer or of everyone.
pub async fn active_between(
    conn: &impl ConnectionTrait,
    interviewer: Option<Uuid>,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
) -> Result<Vec<Appointment>, DbErr> {
    let mut query = appointment::Entity::find()
        .filter(appointment::Column::State.is_in(active_codes()))
        .filter(appointment::Column::StartsAt.lt(to))
        .filter(appointment::Column::EndsAt.gt(from));
    if let Some(id) = interviewer {
        query = query.filter(appointment::Column::InterviewerId.eq(id));
    }
    query
        .order_by_asc(appointment::Column::StartsAt)
        .all(conn)
        .await
}

/// The interviewer's next active appointments from `now`.
pub async fn upcoming(
    conn: &impl ConnectionTrait,
    interviewer: Uuid,
    now: DateTime<Utc>,
    limit: u64,
) -> Result<Vec<Appointment>, DbErr> {
    use sea_orm::QuerySelect;
    appointment::Entity::find()
        .filter(appointment::Column::InterviewerId.eq(interviewer))
        .filter(appointment::Column::State.is_in(active_codes()))
        .filter(appointment::Column::EndsAt.gt(now))
        .order_by_asc(appointment::Column::StartsAt)
        .limit(limit)
        .all(conn)
        .await
}

/// The interviewer's appointments changed since `since` by someone else: made for them, or
/// moved away from them (with a reason). Newest first.
pub async fn recent_changes(
    conn: &impl ConnectionTrait,
    interviewer: Uuid,
    since: DateTime<Utc>,
) -> Result<Vec<Appointment>, DbErr> {
    use sea_orm::QuerySelect;
    let rows = appointment::Entity::find()
        .filter(appointment::Column::InterviewerId.eq(interviewer))
        .filter(appointment::Column::UpdatedAt.gte(since))
        .order_by_desc(appointment::Column::UpdatedAt)
        .limit(50)
        .all(conn)
        .await?;
    Ok(rows
        .into_iter()
        .filter(|a| a.change_reason.is_some() || a.created_by.is_some_and(|by| by != interviewer))
        .take(20)
        .collect())
}

/// Proposed appointments that may have passed their answer deadline: made before `made_before`
/// (a deadline is never less than three calendar days away) or starting before `now`.
pub async fn proposed_possibly_due(
    conn: &impl ConnectionTrait,
    made_before: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Result<Vec<Appointment>, DbErr> {
    use sea_orm::Condition;
    appointment::Entity::find()
        .filter(appointment::Column::State.eq(AppointmentState::Proposed.code()))
        .filter(
            Condition::any()
                .add(appointment::Column::ProposedAt.lt(made_before))
                .add(
                    Condition::all()
                        .add(appointment::Column::ProposedAt.is_null())
                        .add(appointment::Column::CreatedAt.lt(made_before)),
                )
                .add(appointment::Column::StartsAt.lte(now)),
        )
        .order_by_asc(appointment::Column::CreatedAt)
        .all(conn)
        .await
}

/// A proposed appointment becomes confirmed, with its video room. Says whether it was proposed.
pub async fn confirm(
    conn: &impl ConnectionTrait,
    id: Uuid,
    video_room: &str,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    let result = appointment::Entity::update_many()
        .col_expr(
            appointment::Column::State,
            Expr::value(AppointmentState::Confirmed.code()),
        )
        .col_expr(appointment::Column::VideoRoom, Expr::value(video_room))
        .col_expr(appointment::Column::UpdatedAt, Expr::value(now))
        .filter(appointment::Column::Id.eq(id))
        .filter(appointment::Column::State.eq(AppointmentState::Proposed.code()))
        .exec(conn)
        .await?;
    Ok(result.rows_affected == 1)
}

/// Confirmed appointments starting within `ahead` of `now` whose reminder has not gone out.
pub async fn due_for_reminder(
    conn: &impl ConnectionTrait,
    now: DateTime<Utc>,
    ahead: chrono::Duration,
) -> Result<Vec<Appointment>, DbErr> {
    appointment::Entity::find()
        .filter(appointment::Column::State.eq(AppointmentState::Confirmed.code()))
        .filter(appointment::Column::ReminderSentAt.is_null())
        .filter(appointment::Column::StartsAt.gt(now))
        .filter(appointment::Column::StartsAt.lte(now + ahead))
        .order_by_asc(appointment::Column::StartsAt)
        .all(conn)
        .await
}

/// Marks the reminder as sent; says whether this call was the one to do it.
pub async fn claim_reminder(
    conn: &impl ConnectionTrait,
    id: Uuid,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    let result = appointment::Entity::update_many()
        .col_expr(appointment::Column::ReminderSentAt, Expr::value(now))
        .filter(appointment::Column::Id.eq(id))
        .filter(appointment::Column::ReminderSentAt.is_null())
        .filter(appointment::Column::State.eq(AppointmentState::Confirmed.code()))
        .exec(conn)
        .await?;
    Ok(result.rows_affected == 1)
}

/// Gives an appointment a new link token (its SHA-256): the link of the interrupted interview's
/// email, which leads to choosing new preferred slots. Says whether the appointment exists.
pub async fn set_token_hash(
    conn: &impl ConnectionTrait,
    id: Uuid,
    digest: &str,
) -> Result<bool, DbErr> {
    let result = appointment::Entity::update_many()
        .col_expr(appointment::Column::TokenHash, Expr::value(digest))
        .filter(appointment::Column::Id.eq(id))
        .exec(conn)
        .await?;
    Ok(result.rows_affected == 1)
}

/// Replaces the link token's hash only while it is still `from`: a link used once, by whoever
/// got there first. Says whether this call replaced it.
pub async fn replace_token_hash(
    conn: &impl ConnectionTrait,
    id: Uuid,
    from: &str,
    to: &str,
) -> Result<bool, DbErr> {
    let result = appointment::Entity::update_many()
        .col_expr(appointment::Column::TokenHash, Expr::value(to))
        .filter(appointment::Column::Id.eq(id))
        .filter(appointment::Column::TokenHash.eq(from))
        .exec(conn)
        .await?;
    Ok(result.rows_affected == 1)
}

/// The newest appointment whose token hash is exactly `hash`.
pub async fn find_by_token_hash(
    conn: &impl ConnectionTrait,
    hash: &str,
) -> Result<Option<Appointment>, DbErr> {
    appointment::Entity::find()
        .filter(appointment::Column::TokenHash.eq(hash))
        .order_by_desc(appointment::Column::CreatedAt)
        .one(conn)
        .await
}
