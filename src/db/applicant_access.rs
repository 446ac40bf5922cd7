//! The applicant's access through the emailed link: finding the appointment behind a link
//! token, counting wrong security codes (in the database, so that a lock-out holds across
//! restarts and instances), and short sessions opened by a correct code.

use super::entities::{applicant_session, appointment, code_attempt, request};
use crate::domain::code_lock;
use crate::domain::codes::Token;
use chrono::{DateTime, Duration, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, PaginatorTrait,
    QueryFilter, QueryOrder, Set,
};
use uuid::Uuid;

use super::appointments::Appointment;

/// How long a correct code keeps the appointment page open.
pub fn session_length() -> Duration {
    Duration::minutes(30)
}

/// The appointment a link token leads to: the active one carrying it, or else the newest.
pub async fn appointment_for_token(
    conn: &impl ConnectionTrait,
    token: &Token,
) -> Result<Option<Appointment>, DbErr> {
    let mut rows = appointment::Entity::find()
        .filter(appointment::Column::TokenHash.eq(token.digest()))
        .order_by_desc(appointment::Column::CreatedAt)
        .all(conn)
        .await?;
    let active = rows
        .iter()
        .position(|a| a.state().is_some_and(|s| s.is_active()));
    Ok(match active {
        Some(index) => Some(rows.swap_remove(index)),
        None => rows.into_iter().next(),
    })
}

/// Why a code may not be tried now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refused {
    LockedUntil(DateTime<Utc>),
}

/// Takes the request's row lock (a write), for the rest of the caller's transaction.
async fn lock_request(conn: &impl ConnectionTrait, request_id: Uuid) -> Result<(), DbErr> {
    request::Entity::update_many()
        .col_expr(
            request::Column::CodeLockedUntil,
            Expr::col(request::Column::CodeLockedUntil),
        )
        .filter(request::Column::Id.eq(request_id))
        .exec(conn)
        .await
        .map(|_| ())
}

async fn wrong_in_window(
    conn: &impl ConnectionTrait,
    request_id: Uuid,
    now: DateTime<Utc>,
) -> Result<u64, DbErr> {
    code_attempt::Entity::find()
        .filter(code_attempt::Column::RequestId.eq(request_id))
        .filter(code_attempt::Column::Succeeded.eq(false))
        .filter(code_attempt::Column::At.gt(now - code_lock::window()))
        .count(conn)
        .await
}

/// Records an attempt before the code is checked, counted as wrong until `succeeded`: so that
/// many attempts sent at once still get at most the allowed number of guesses. Run it in a
/// transaction.
pub async fn start_attempt(
    conn: &impl ConnectionTrait,
    request_id: Uuid,
    now: DateTime<Utc>,
) -> Result<Result<Uuid, Refused>, DbErr> {
    lock_request(conn, request_id).await?;
    let locked_until = request::Entity::find_by_id(request_id)
        .one(conn)
        .await?
        .and_then(|r| r.code_locked_until);
    if let Some(until) = locked_until.filter(|_| code_lock::is_locked(locked_until, now)) {
        return Ok(Err(Refused::LockedUntil(until)));
    }
    if code_lock::locks(wrong_in_window(conn, request_id, now).await?) {
        return Ok(Err(Refused::LockedUntil(now + code_lock::lock_for())));
    }
    let id = Uuid::new_v4();
    code_attempt::ActiveModel {
        id: Set(id),
        request_id: Set(request_id),
        at: Set(now),
        succeeded: Set(false),
    }
    .insert(conn)
    .await?;
    Ok(Ok(id))
}

pub async fn mark_succeeded(conn: &impl ConnectionTrait, attempt: Uuid) -> Result<(), DbErr> {
    code_attempt::Entity::update_many()
        .col_expr(code_attempt::Column::Succeeded, Expr::value(true))
        .filter(code_attempt::Column::Id.eq(attempt))
        .exec(conn)
        .await
        .map(|_| ())
}

/// After a wrong code: locks the page when that was one too many. Returns the lock's end when
/// this call locked it (the caller then tells the applicant by email). Run it in a transaction.
pub async fn after_wrong_code(
    conn: &impl ConnectionTrait,
    request_id: Uuid,
    now: DateTime<Utc>,
) -> Result<Option<DateTime<Utc>>, DbErr> {
    lock_request(conn, request_id).await?;
    let current = request::Entity::find_by_id(request_id)
        .one(conn)
        .await?
        .and_then(|r| r.code_locked_until);
    if code_lock::is_locked(current, now)
        || !code_lock::locks(wrong_in_window(conn, request_id, now).await?)
    {
        return Ok(None);
    }
    let until = now + code_lock::lock_for();
    request::Entity::update_many()
        .col_expr(request::Column::CodeLockedUntil, Expr::value(until))
        .filter(request::Column::Id.eq(request_id))
        .exec(conn)
        .await?;
    Ok(Some(until))
}

/// Opens a session for one request and returns the token for the cookie.
pub async fn open_session(
    conn: &impl ConnectionTrait,
    request_id: Uuid,
    now: DateTime<Utc>,
) -> Result<Token, DbErr> {
    let token = Token::generate();
    applicant_session::ActiveModel {
        token_hash: Set(token.digest()),
        request_id: Set(request_id),
        created_at: Set(now),
        expires_at: Set(now + session_length()),
    }
    .insert(conn)
    .await?;
    Ok(token)
}

/// Whether the cookie's session is live and belongs to this request.
pub async fn session_is_open(
    conn: &impl ConnectionTrait,
    cookie: &str,
    request_id: Uuid,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    let Some(token) = Token::parse(cookie) else {
        return Ok(false);
    };
    Ok(applicant_session::Entity::find_by_id(token.digest())
        .one(conn)
        .await?
        .is_some_and(|s| s.request_id == request_id && s.expires_at > now))
}
