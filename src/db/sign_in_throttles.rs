//! Sign-in counters by the name typed, kept for every attempt (the answer uses them when no
//! account has the name). Each attempt is counted, in the attempt's transaction, by the same
//! rules as an account's (`db::staff`, `db::digital_keys`), so that the answers ("wrong",
//! "wait", "paused") for a name nobody has are an account's; and since every attempt takes
//! these steps, an unknown name costs no more database work than a known one.

use super::entities::sign_in_throttle::{self, Column, Entity};
use crate::domain::sign_in::{Attempts, FORGET_AFTER, Reserved};
use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Expr, ExprTrait, OnConflict};
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, Set};
use sha2::{Digest, Sha256};

/// Which sign-in the name was typed into.
#[derive(Debug, Clone, Copy)]
pub enum Kind {
    StaffEmail,
    KeyUsername,
}

fn digest(kind: Kind, typed: &str) -> String {
    let prefix = match kind {
        Kind::StaffEmail => "staff:",
        Kind::KeyUsername => "key:",
    };
    hex::encode(Sha256::digest(
        format!("{prefix}{}", typed.trim().to_lowercase()).as_bytes(),
    ))
}

/// Counts one attempt on a name; returns what it may do and the counters after it. The row is
/// created if needed and written before it is read, so that attempts sent at once are counted
/// one after the other.
pub async fn reserve(
    conn: &impl ConnectionTrait,
    kind: Kind,
    typed: &str,
    now: DateTime<Utc>,
) -> Result<(Reserved, Attempts), DbErr> {
    let digest = digest(kind, typed);
    Entity::insert(sign_in_throttle::ActiveModel {
        digest: Set(digest.clone()),
        failures: Set(0),
        last_failure_at: Set(None),
        locked_until: Set(None),
    })
    .on_conflict(OnConflict::column(Column::Digest).do_nothing().to_owned())
    .exec_without_returning(conn)
    .await?;
    Entity::update_many()
        .col_expr(Column::Failures, Expr::col(Column::Failures))
        .filter(Column::Digest.eq(&digest))
        .exec(conn)
        .await?;
    let current = Entity::find_by_id(&digest)
        .one(conn)
        .await?
        .map(|row| Attempts {
            failures: row.failures,
            last_failure: row.last_failure_at,
            locked_until: row.locked_until,
        })
        .unwrap_or_default();
    let (next, reserved) = current.reserve(now);
    if let Some(next) = next {
        Entity::update_many()
            .col_expr(Column::Failures, Expr::value(next.failures))
            .col_expr(Column::LastFailureAt, Expr::value(next.last_failure))
            .col_expr(Column::LockedUntil, Expr::value(next.locked_until))
            .filter(Column::Digest.eq(&digest))
            .exec(conn)
            .await?;
    }
    Ok((reserved, next.unwrap_or(current)))
}

/// Forgets counters that the rules have already reset: no failure for a day and no lock.
pub async fn sweep(conn: &impl ConnectionTrait, now: DateTime<Utc>) -> Result<u64, DbErr> {
    let result = Entity::delete_many()
        .filter(Column::LastFailureAt.lte(now - FORGET_AFTER))
        .filter(
            Column::LockedUntil
                .is_null()
                .or(Column::LockedUntil.lt(now)),
        )
        .exec(conn)
        .await?;
    Ok(result.rows_affected)
}
