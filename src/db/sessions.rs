//! Staff sessions, kept in the database: the cookie holds a 128-bit token, the table its SHA-256.
//! A new session is made at every sign-in (so the id is renewed), an idle one expires, and
//! signing out deletes it for every instance at once. A session also ends a fixed time after
//! sign-in whatever its activity, and a lock-out or a new password ends all of the account's.

use super::entities::staff_session::{self, Column, Entity};
use crate::domain::codes::Token;
use chrono::{DateTime, Duration, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, Set,
};
use sha2::{Digest, Sha256};
use uuid::Uuid;

pub use staff_session::Model as StaffSession;

fn digest(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

/// Opens a session and returns the token for the cookie.
pub async fn open(
    conn: &impl ConnectionTrait,
    staff_id: Uuid,
    now: DateTime<Utc>,
) -> Result<Token, DbErr> {
    let token = Token::generate();
    staff_session::ActiveModel {
        token_hash: Set(digest(token.as_str())),
        staff_id: Set(staff_id),
        csrf_token: Set(Token::generate().as_str().to_owned()),
        created_at: Set(now),
        last_seen_at: Set(now),
    }
    .insert(conn)
    .await?;
    Ok(token)
}

/// How long a session may last: idle time, and its whole life since sign-in.
#[derive(Debug, Clone, Copy)]
pub struct Lifetime {
    pub idle: Duration,
    pub absolute: Duration,
}

/// How stale `last_seen_at` may grow before a page view writes it again. Page views are reads;
/// writing at each one would queue every staff page behind SQLite's single writer.
pub const SEEN_WRITE_EVERY: Duration = Duration::seconds(60);

/// The live session for a cookie token, marked as seen now (written at most once a
/// `SEEN_WRITE_EVERY`); `None` when unknown, idle for longer than allowed or older than its
/// absolute lifetime (an ended one is deleted). Since the recorded time may lag the last view by
/// up to a minute, an idle session ends after the idle limit, or up to a minute sooner: never
/// later.
pub async fn resume(
    conn: &impl ConnectionTrait,
    token: &str,
    now: DateTime<Utc>,
    lifetime: Lifetime,
) -> Result<Option<StaffSession>, DbErr> {
    let hash = digest(token);
    let Some(session) = Entity::find_by_id(hash.clone()).one(conn).await? else {
        return Ok(None);
    };
    if now - session.last_seen_at > lifetime.idle || now - session.created_at > lifetime.absolute {
        Entity::delete_by_id(hash).exec(conn).await?;
        return Ok(None);
    }
    if now - session.last_seen_at >= SEEN_WRITE_EVERY {
        Entity::update_many()
            .col_expr(Column::LastSeenAt, Expr::value(now))
            .filter(Column::TokenHash.eq(hash))
            .exec(conn)
            .await?;
    }
    Ok(Some(session))
}

pub async fn close(conn: &impl ConnectionTrait, token: &str) -> Result<(), DbErr> {
    Entity::delete_by_id(digest(token))
        .exec(conn)
        .await
        .map(|_| ())
}

/// Ends every session of a staff member (after a lock-out or a new password). Returns how many.
pub async fn close_all_for(conn: &impl ConnectionTrait, staff_id: Uuid) -> Result<u64, DbErr> {
    Entity::delete_many()
        .filter(Column::StaffId.eq(staff_id))
        .exec(conn)
        .await
        .map(|r| r.rows_affected)
}
