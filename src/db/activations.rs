//! Activations: the code given in the interview and the emailed link that together let a person
//! make their digital key. Wrong codes are counted by single statements on the activation's row,
//! before the code is checked, so that guesses sent at once, to any instance, count one each.

use super::entities::activation::{self, Column, Entity};
use crate::domain::activation::{ACTIVATION_ATTEMPTS, ACTIVATION_LOCK, ActivationState};
use crate::domain::codes::Token;
use crate::domain::language::Language;
use chrono::{DateTime, Duration, Utc};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, DbErr, EntityTrait, PaginatorTrait,
    QueryFilter, QueryOrder, Set,
};
use uuid::Uuid;

pub use activation::Model as Activation;

impl Activation {
    pub fn state(&self) -> ActivationState {
        ActivationState {
            expires_at: self.expires_at,
            used: self.used_at.is_some(),
            revoked: self.revoked_at.is_some(),
            locked_until: self.locked_until,
        }
    }

    pub fn language(&self) -> Language {
        Language::parse(&self.language).unwrap_or(Language::En)
    }
}

/// Who the key is for and what proves the activation: the code's hash and the link's digest.
pub struct NewActivation<'a> {
    pub request_id: Option<Uuid>,
    pub person_id: Option<Uuid>,
    pub email: &'a str,
    pub language: Language,
    pub first_names: &'a str,
    pub last_name: &'a str,
    pub code_hash: String,
    pub token_digest: String,
    pub issued_by: Option<Uuid>,
    pub expires_at: DateTime<Utc>,
}

#[tracing::instrument(skip_all, fields(request = ?new.request_id))]
pub async fn insert(
    conn: &impl ConnectionTrait,
    new: NewActivation<'_>,
    now: DateTime<Utc>,
) -> Result<Uuid, DbErr> {
    let id = Uuid::new_v4();
    activation::ActiveModel {
        id: Set(id),
        request_id: Set(new.request_id),
        email: Set(new.email.to_owned()),
        language: Set(new.language.code().to_owned()),
        first_names: Set(new.first_names.to_owned()),
        last_name: Set(new.last_name.to_owned()),
        code_hash: Set(new.code_hash),
        token_hash: Set(new.token_digest),
        issued_at: Set(now),
        issued_by: Set(new.issued_by),
        expires_at: Set(new.expires_at),
        wrong_codes: Set(0),
        locked_until: Set(None),
        used_at: Set(None),
        revoked_at: Set(None),
        revoked_by: Set(None),
        revoke_reason: Set(None),
        person_id: Set(new.person_id),
    }
    .insert(conn)
    .await?;
    Ok(id)
}

pub async fn find(conn: &impl ConnectionTrait, id: Uuid) -> Result<Option<Activation>, DbErr> {
    Entity::find_by_id(id).one(conn).await
}

pub async fn find_by_token(
    conn: &impl ConnectionTrait,
    token: &Token,
) -> Result<Option<Activation>, DbErr> {
    Entity::find()
        .filter(Column::TokenHash.eq(token.digest()))
        .one(conn)
        .await
}

/// The request's activations, newest first (a handful at most).
pub async fn for_request(
    conn: &impl ConnectionTrait,
    request_id: Uuid,
) -> Result<Vec<Activation>, DbErr> {
    Entity::find()
        .filter(Column::RequestId.eq(request_id))
        .order_by_desc(Column::IssuedAt)
        .all(conn)
        .await
}

/// An imported person's activations, newest first.
pub async fn for_person(
    conn: &impl ConnectionTrait,
    person_id: Uuid,
) -> Result<Vec<Activation>, DbErr> {
    Entity::find()
        .filter(Column::PersonId.eq(person_id))
        .order_by_desc(Column::IssuedAt)
        .all(conn)
        .await
}

/// Neither used nor revoked (it may have expired).
fn open() -> Condition {
    Condition::all()
        .add(Column::UsedAt.is_null())
        .add(Column::RevokedAt.is_null())
}

/// `wrong_codes` once the lock-out email of a full count was sent (so that it is sent once).
const LOCK_TOLD: i32 = ACTIVATION_ATTEMPTS as i32 + 1;

/// Counts one code attempt, before the code is checked: refused (false) when the link is used,
/// revoked, expired or locked, or when as many attempts as allowed are counted. One statement,
/// so that attempts sent at once are counted one after the other by the database. The attempt
/// that fills the count locks the link at once: a lock never waits for an answer that may not
/// come (a browser gone mid-check, a restart), and once it runs out the count starts again.
pub async fn reserve_attempt(
    conn: &impl ConnectionTrait,
    id: Uuid,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    let max = ACTIVATION_ATTEMPTS as i32;
    let lock_over = Column::LockedUntil.is_not_null();
    let result = Entity::update_many()
        .col_expr(
            Column::WrongCodes,
            Expr::case(lock_over.clone(), Expr::value(1))
                .finally(Expr::col(Column::WrongCodes).add(1))
                .into(),
        )
        .col_expr(
            Column::LockedUntil,
            Expr::case(
                Condition::all()
                    .add(Column::LockedUntil.is_null())
                    .add(Column::WrongCodes.gte(max - 1)),
                Expr::value(now + ACTIVATION_LOCK),
            )
            .finally(Expr::value(Option::<DateTime<Utc>>::None))
            .into(),
        )
        .filter(Column::Id.eq(id))
        .filter(open())
        .filter(Column::ExpiresAt.gt(now))
        .filter(
            Condition::any()
                // Not locked, and room in the count…
                .add(
                    Condition::all()
                        .add(Column::LockedUntil.is_null())
                        .add(Column::WrongCodes.lt(max)),
                )
                // …or a lock that has run out: a fresh count.
                .add(Column::LockedUntil.lte(now)),
        )
        .exec(conn)
        .await?;
    Ok(result.rows_affected == 1)
}

/// The attempt was right: the count and any lock it set are cleared.
pub async fn attempt_was_right(conn: &impl ConnectionTrait, id: Uuid) -> Result<(), DbErr> {
    Entity::update_many()
        .col_expr(Column::WrongCodes, Expr::value(0))
        .col_expr(
            Column::LockedUntil,
            Expr::value(Option::<DateTime<Utc>>::None),
        )
        .filter(Column::Id.eq(id))
        .exec(conn)
        .await
        .map(|_| ())
}

/// After a wrong code: when the count is full (the link locked), returns the lock's end to the
/// one call that tells the person by email.
pub async fn after_wrong_code(
    conn: &impl ConnectionTrait,
    id: Uuid,
    now: DateTime<Utc>,
) -> Result<Option<DateTime<Utc>>, DbErr> {
    let result = Entity::update_many()
        .col_expr(Column::WrongCodes, Expr::value(LOCK_TOLD))
        .filter(Column::Id.eq(id))
        .filter(Column::WrongCodes.eq(ACTIVATION_ATTEMPTS as i32))
        .filter(Column::LockedUntil.gt(now))
        .exec(conn)
        .await?;
    if result.rows_affected != 1 {
        return Ok(None);
    }
    Ok(find(conn, id).await?.and_then(|a| a.locked_until))
}

/// Marks the activation used by the key it made; false when it was used, revoked or expired
/// meanwhile.
pub async fn mark_used(
    conn: &impl ConnectionTrait,
    id: Uuid,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    let result = Entity::update_many()
        .col_expr(Column::UsedAt, Expr::value(now))
        .filter(Column::Id.eq(id))
        .filter(open())
        .filter(Column::ExpiresAt.gt(now))
        .exec(conn)
        .await?;
    Ok(result.rows_affected == 1)
}

/// Revokes the unused activations that `which` selects; returns how many.
async fn revoke_where(
    conn: &impl ConnectionTrait,
    which: Condition,
    by: Option<Uuid>,
    reason: &str,
    now: DateTime<Utc>,
) -> Result<u64, DbErr> {
    let result = Entity::update_many()
        .col_expr(Column::RevokedAt, Expr::value(now))
        .col_expr(Column::RevokedBy, Expr::value(by))
        .col_expr(Column::RevokeReason, Expr::value(reason.to_owned()))
        .filter(which)
        .filter(open())
        .exec(conn)
        .await?;
    Ok(result.rows_affected)
}

/// Revokes an unused activation; false when it was already used or revoked.
pub async fn revoke(
    conn: &impl ConnectionTrait,
    id: Uuid,
    by: Option<Uuid>,
    reason: &str,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    let which = Condition::all().add(Column::Id.eq(id));
    Ok(revoke_where(conn, which, by, reason, now).await? == 1)
}

/// Revokes every unused activation of a request (a new one replaces them); returns how many.
pub async fn revoke_open_for_request(
    conn: &impl ConnectionTrait,
    request_id: Uuid,
    by: Option<Uuid>,
    reason: &str,
    now: DateTime<Utc>,
) -> Result<u64, DbErr> {
    let which = Condition::all().add(Column::RequestId.eq(request_id));
    revoke_where(conn, which, by, reason, now).await
}

/// Revokes every unused activation of an imported person (new ones replace them).
pub async fn revoke_open_for_person(
    conn: &impl ConnectionTrait,
    person_id: Uuid,
    by: Option<Uuid>,
    reason: &str,
    now: DateTime<Utc>,
) -> Result<u64, DbErr> {
    let which = Condition::all().add(Column::PersonId.eq(person_id));
    revoke_where(conn, which, by, reason, now).await
}

/// The supervisors' figures: activations waiting, done and expired unused in the last 30 days.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Figures {
    pub pending: u64,
    pub done: u64,
    pub expired: u64,
}

pub fn figures_window() -> Duration {
    Duration::days(30)
}

pub async fn figures(conn: &impl ConnectionTrait, now: DateTime<Utc>) -> Result<Figures, DbErr> {
    let since = now - figures_window();
    let pending = Entity::find()
        .filter(open())
        .filter(Column::ExpiresAt.gt(now))
        .count(conn)
        .await?;
    let done = Entity::find()
        .filter(Column::UsedAt.gt(since))
        .count(conn)
        .await?;
    let expired = Entity::find()
        .filter(open())
        .filter(Column::ExpiresAt.lte(now))
        .filter(Column::ExpiresAt.gt(since))
        .count(conn)
        .await?;
    Ok(Figures {
        pending,
        done,
        expired,
    })
}

/// A page of activations for supervisors, newest first: those waiting (unused, unrevoked,
/// unexpired), or every one of an email address when one is looked for; with the total.
pub async fn list(
    conn: &impl ConnectionTrait,
    email: Option<&str>,
    now: DateTime<Utc>,
    limit: u64,
) -> Result<(Vec<Activation>, u64), DbErr> {
    let mut query = Entity::find();
    query = match email {
        Some(email) => query.filter(Column::Email.eq(email)),
        None => query.filter(open()).filter(Column::ExpiresAt.gt(now)),
    };
    let total = query.clone().count(conn).await?;
    let rows = query
        .order_by_desc(Column::IssuedAt)
        .paginate(conn, limit)
        .fetch_page(0)
        .await?;
    Ok((rows, total))
}
