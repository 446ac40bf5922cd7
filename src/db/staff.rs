//! Staff accounts (interviewers and supervisors).

use super::entities::staff::{self, Column, Entity};
use crate::domain::sign_in::{Attempts, Reserved};
use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ConnectionTrait, DbErr, EntityTrait, PaginatorTrait, Set, SqlErr};
use sea_orm::{ColumnTrait, Condition, QueryFilter};

pub use staff::Model as StaffMember;
use uuid::Uuid;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Interviewer,
    Supervisor,
}

impl Role {
    pub fn code(self) -> &'static str {
        match self {
            Role::Interviewer => "interviewer",
            Role::Supervisor => "supervisor",
        }
    }

    pub fn parse(code: &str) -> Option<Self> {
        match code {
            "interviewer" => Some(Role::Interviewer),
            "supervisor" => Some(Role::Supervisor),
            _ => None,
        }
    }
}

pub struct NewStaff<'a> {
    pub email: &'a str,
    pub name: &'a str,
    pub role: Role,
    /// Interview languages spoken, as codes (`fr,nl`).
    pub languages: &'a str,
    pub password_hash: String,
}

#[derive(Debug, thiserror::Error)]
pub enum AddStaffError {
    #[error("a staff member with this email address already exists")]
    EmailTaken,
    #[error(transparent)]
    Db(#[from] DbErr),
}

#[tracing::instrument(skip(conn, new), fields(email = new.email))]
pub async fn add(
    conn: &impl ConnectionTrait,
    new: NewStaff<'_>,
    now: DateTime<Utc>,
) -> Result<Uuid, AddStaffError> {
    let id = Uuid::new_v4();
    let result = staff::ActiveModel {
        id: Set(id),
        email: Set(new.email.to_owned()),
        name: Set(new.name.to_owned()),
        role: Set(new.role.code().to_owned()),
        languages: Set(new.languages.to_owned()),
        password_hash: Set(new.password_hash),
        created_at: Set(now),
        failed_sign_ins: Set(0),
        last_failed_sign_in_at: Set(None),
        locked_until: Set(None),
        interview_minutes: Set(30),
        schedule_version: Set(0),
    }
    .insert(conn)
    .await;
    match result {
        Ok(_) => Ok(id),
        Err(e) if matches!(e.sql_err(), Some(SqlErr::UniqueConstraintViolation(_))) => {
            Err(AddStaffError::EmailTaken)
        }
        Err(e) => Err(e.into()),
    }
}

pub async fn count(conn: &impl ConnectionTrait) -> Result<u64, DbErr> {
    staff::Entity::find().count(conn).await
}

pub async fn find_by_email(
    conn: &impl ConnectionTrait,
    email: &str,
) -> Result<Option<StaffMember>, DbErr> {
    Entity::find()
        .filter(Column::Email.eq(email.trim().to_lowercase()))
        .one(conn)
        .await
}

pub async fn find(conn: &impl ConnectionTrait, id: Uuid) -> Result<Option<StaffMember>, DbErr> {
    Entity::find_by_id(id).one(conn).await
}

impl StaffMember {
    pub fn role(&self) -> Option<Role> {
        Role::parse(&self.role)
    }

    pub fn attempts(&self) -> Attempts {
        Attempts {
            failures: self.failed_sign_ins,
            last_failure: self.last_failed_sign_in_at,
            locked_until: self.locked_until,
        }
    }
}

/// What a reserved sign-in attempt found.
pub struct Reservation {
    /// The account as it was when the attempt was counted (its password hash is the one to
    /// check).
    pub member: StaffMember,
    pub reserved: Reserved,
    /// The counters as this attempt left them.
    pub attempts: Attempts,
    /// This attempt is the one that locked the account.
    pub locked_now: bool,
}

/// Reserves one sign-in attempt before any password is checked. Run it in a transaction: its
/// first statement writes the account's row (a row lock on PostgreSQL, the write lock on
/// SQLite), so that attempts sent at once are counted one after the other and each one counts.
/// An email with no account (`None`) takes the same steps on no row, so that both cost alike.
#[tracing::instrument(skip(conn))]
pub async fn reserve_attempt(
    conn: &impl ConnectionTrait,
    id: Option<Uuid>,
    now: DateTime<Utc>,
) -> Result<Option<Reservation>, DbErr> {
    let id = id.unwrap_or(Uuid::nil());
    Entity::update_many()
        .col_expr(Column::FailedSignIns, Expr::col(Column::FailedSignIns))
        .filter(Column::Id.eq(id))
        .exec(conn)
        .await?;
    let Some(member) = Entity::find_by_id(id).one(conn).await? else {
        return Ok(None);
    };
    let current = member.attempts();
    let (next, reserved) = current.reserve(now);
    if let Some(next) = next {
        save_attempts(conn, id, next).await?;
    }
    Ok(Some(Reservation {
        member,
        reserved,
        attempts: next.unwrap_or(current),
        locked_now: next.is_some_and(|n| n.just_locked()),
    }))
}

/// After a correct password: clears the counters, but only if the account is still as it was
/// checked (the same password hash, not locked meanwhile by attempts sent alongside). Returns
/// whether the sign-in may go ahead.
pub async fn sign_in_succeeded(
    conn: &impl ConnectionTrait,
    id: Uuid,
    checked_hash: &str,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    let result = Entity::update_many()
        .col_expr(Column::FailedSignIns, Expr::value(0))
        .col_expr(
            Column::LastFailedSignInAt,
            Expr::value(Option::<DateTime<Utc>>::None),
        )
        .col_expr(
            Column::LockedUntil,
            Expr::value(Option::<DateTime<Utc>>::None),
        )
        .filter(Column::Id.eq(id))
        .filter(Column::PasswordHash.eq(checked_hash))
        .filter(
            Condition::any()
                .add(Column::LockedUntil.is_null())
                .add(Column::LockedUntil.lte(now)),
        )
        .exec(conn)
        .await?;
    Ok(result.rows_affected == 1)
}

/// Replaces a staff member's password; returns whether the account exists.
pub async fn set_password(
    conn: &impl ConnectionTrait,
    email: &str,
    password_hash: String,
) -> Result<Option<Uuid>, DbErr> {
    // The write first: on SQLite a transaction that read before writing fails at once ("database
    // is locked") when another write committed in between, as sign-ins do all the time.
    let updated = Entity::update_many()
        .col_expr(Column::PasswordHash, Expr::value(password_hash))
        .col_expr(Column::FailedSignIns, Expr::value(0))
        .col_expr(
            Column::LockedUntil,
            Expr::value(Option::<DateTime<Utc>>::None),
        )
        .filter(Column::Email.eq(email.trim().to_lowercase()))
        .exec(conn)
        .await?;
    if updated.rows_affected == 0 {
        return Ok(None);
    }
    Ok(find_by_email(conn, email).await?.map(|member| member.id))
}

/// Stores the sign-in counters after an attempt.
pub async fn save_attempts(
    conn: &impl ConnectionTrait,
    id: Uuid,
    attempts: Attempts,
) -> Result<(), DbErr> {
    Entity::update_many()
        .col_expr(Column::FailedSignIns, Expr::value(attempts.failures))
        .col_expr(
            Column::LastFailedSignInAt,
            Expr::value(attempts.last_failure),
        )
        .col_expr(Column::LockedUntil, Expr::value(attempts.locked_until))
        .filter(Column::Id.eq(id))
        .exec(conn)
        .await
        .map(|_| ())
}

/// Every staff member's name by id, to say who marked what (a few dozen rows).
pub async fn names(
    conn: &impl ConnectionTrait,
) -> Result<std::collections::HashMap<Uuid, String>, DbErr> {
    use sea_orm::QuerySelect;
    let rows: Vec<(Uuid, String)> = Entity::find()
        .select_only()
        .column(Column::Id)
        .column(Column::Name)
        .into_tuple()
        .all(conn)
        .await?;
    Ok(rows.into_iter().collect())
}
