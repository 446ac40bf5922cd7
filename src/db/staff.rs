//! Staff accounts (interviewers and supervisors).

use super::entities::staff;
use chrono::{DateTime, Utc};
use sea_orm::{ActiveModelTrait, ConnectionTrait, DbErr, EntityTrait, PaginatorTrait, Set, SqlErr};
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
