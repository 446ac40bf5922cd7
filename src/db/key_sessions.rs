//! Sessions of the activation and of a key holder, kept in the database like staff sessions:
//! the cookie holds a 128-bit token, the table its SHA-256. Each step (code accepted, key chosen,
//! password accepted, signed in) opens a new session and ends the previous one, so that a token
//! seen before a step is worth nothing after it.

use super::entities::key_session::{self, Column, Entity};
use crate::domain::codes::Token;
use chrono::{DateTime, Duration, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, Set,
};
use uuid::Uuid;

pub use key_session::Model as KeySession;

/// Where a session is in the activation or the sign-in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// The activation code was right: the person chooses their key.
    Activation,
    /// The key is chosen: its first code is awaited.
    Confirm,
    /// The password was right: the second factor is awaited.
    SecondFactor,
    SignedIn,
}

impl Stage {
    pub fn code(self) -> &'static str {
        match self {
            Stage::Activation => "activation",
            Stage::Confirm => "confirm",
            Stage::SecondFactor => "second_factor",
            Stage::SignedIn => "signed_in",
        }
    }

    pub fn parse(code: &str) -> Option<Self> {
        [
            Stage::Activation,
            Stage::Confirm,
            Stage::SecondFactor,
            Stage::SignedIn,
        ]
        .into_iter()
        .find(|s| s.code() == code)
    }

    /// How long a session at this stage lasts: a quarter of an hour to finish a step, half an
    /// hour signed in.
    pub fn length(self) -> Duration {
        match self {
            Stage::SignedIn => Duration::minutes(30),
            _ => Duration::minutes(15),
        }
    }
}

impl KeySession {
    pub fn stage(&self) -> Option<Stage> {
        Stage::parse(&self.stage)
    }
}

/// Opens a session at `stage` and returns the token for the cookie.
pub async fn open(
    conn: &impl ConnectionTrait,
    stage: Stage,
    activation_id: Option<Uuid>,
    key_id: Option<Uuid>,
    now: DateTime<Utc>,
) -> Result<Token, DbErr> {
    let token = Token::generate();
    key_session::ActiveModel {
        token_hash: Set(token.digest()),
        activation_id: Set(activation_id),
        key_id: Set(key_id),
        stage: Set(stage.code().to_owned()),
        created_at: Set(now),
        expires_at: Set(now + stage.length()),
    }
    .insert(conn)
    .await?;
    Ok(token)
}

/// The live session of a cookie, if any.
pub async fn resume(
    conn: &impl ConnectionTrait,
    cookie: &str,
    now: DateTime<Utc>,
) -> Result<Option<KeySession>, DbErr> {
    let Some(token) = Token::parse(cookie) else {
        return Ok(None);
    };
    Ok(Entity::find_by_id(token.digest())
        .one(conn)
        .await?
        .filter(|s| s.expires_at > now))
}

/// Ends one session; returns whether it was still there (so that of two steps sent at once
/// with the same cookie, one goes ahead).
pub async fn end(conn: &impl ConnectionTrait, token_hash: &str) -> Result<bool, DbErr> {
    let result = Entity::delete_many()
        .filter(Column::TokenHash.eq(token_hash))
        .exec(conn)
        .await?;
    Ok(result.rows_affected == 1)
}

/// Ends every session of a key (a change of factor signs the other devices out).
pub async fn end_all_for_key(conn: &impl ConnectionTrait, key_id: Uuid) -> Result<(), DbErr> {
    Entity::delete_many()
        .filter(Column::KeyId.eq(key_id))
        .exec(conn)
        .await
        .map(|_| ())
}

/// Ends every session of an activation (it was revoked or replaced).
pub async fn end_all_for_activation(
    conn: &impl ConnectionTrait,
    activation_id: Uuid,
) -> Result<(), DbErr> {
    Entity::delete_many()
        .filter(Column::ActivationId.eq(activation_id))
        .exec(conn)
        .await
        .map(|_| ())
}
