//! Digital keys: the username and password a person chose, their second factor, their sign-in
//! counters and sign-ins, and the one-time codes sent to them by email. Every counter moves by a
//! statement on the key's row, so that attempts sent at once are counted one after the other.

use super::entities::digital_key::{self, Column, Entity};
use super::entities::{key_code, key_sign_in};
use crate::domain::activation::KeyFactor;
use crate::domain::language::Language;
use crate::domain::sign_in::{Attempts, Reserved};
use chrono::{DateTime, Duration, Utc};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, DbErr, EntityTrait, QueryFilter,
    QueryOrder, QuerySelect, Set, SqlErr,
};
use uuid::Uuid;

pub use digital_key::Model as DigitalKey;
pub use key_code::Model as SentKeyCode;
pub use key_sign_in::Model as KeySignIn;

impl DigitalKey {
    pub fn factor(&self) -> KeyFactor {
        // An unknown factor asks for the most: the email code.
        KeyFactor::parse(&self.factor).unwrap_or(KeyFactor::Email)
    }

    pub fn language(&self) -> Language {
        Language::parse(&self.language).unwrap_or(Language::En)
    }

    pub fn attempts(&self) -> Attempts {
        Attempts {
            failures: self.failed_sign_ins,
            last_failure: self.last_failed_sign_in_at,
            locked_until: self.locked_until,
        }
    }
}

/// What a one-time code sent by email is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CodePurpose {
    /// Proves that the email address of a new key works.
    Confirm,
    SignIn,
    /// Confirms a change of the second factor.
    Switch,
}

impl CodePurpose {
    pub fn code(self) -> &'static str {
        match self {
            CodePurpose::Confirm => "confirm",
            CodePurpose::SignIn => "sign_in",
            CodePurpose::Switch => "switch",
        }
    }
}

pub struct NewKey<'a> {
    pub activation_id: Uuid,
    pub username: &'a str,
    pub password_hash: String,
    pub factor: KeyFactor,
    /// The app's secret (base32), for a key with the app.
    pub totp_secret: Option<String>,
    pub email: &'a str,
    pub language: Language,
    pub first_names: &'a str,
    pub last_name: &'a str,
}

#[derive(Debug, thiserror::Error)]
pub enum CreateKeyError {
    #[error("this username is taken")]
    UsernameTaken,
    #[error("this activation already has a key")]
    ActivationTaken,
    #[error(transparent)]
    Db(#[from] DbErr),
}

/// Makes a key waiting for its first code (`activated_at` empty).
#[tracing::instrument(skip_all, fields(activation = %new.activation_id))]
pub async fn create(
    conn: &impl ConnectionTrait,
    new: NewKey<'_>,
    now: DateTime<Utc>,
) -> Result<Uuid, CreateKeyError> {
    let id = Uuid::new_v4();
    let result = digital_key::ActiveModel {
        id: Set(id),
        activation_id: Set(new.activation_id),
        username: Set(new.username.to_owned()),
        password_hash: Set(new.password_hash),
        factor: Set(new.factor.code().to_owned()),
        totp_secret: Set(new.totp_secret),
        pending_totp_secret: Set(None),
        totp_last_step: Set(None),
        email: Set(new.email.to_owned()),
        language: Set(new.language.code().to_owned()),
        first_names: Set(new.first_names.to_owned()),
        last_name: Set(new.last_name.to_owned()),
        created_at: Set(now),
        activated_at: Set(None),
        failed_sign_ins: Set(0),
        last_failed_sign_in_at: Set(None),
        locked_until: Set(None),
        code_sent_at: Set(None),
    }
    .insert(conn)
    .await;
    match result {
        Ok(_) => Ok(id),
        Err(e) => match e.sql_err() {
            // SQLite names the column, PostgreSQL the constraint (`digital_keys_username_key`).
            Some(SqlErr::UniqueConstraintViolation(detail)) if detail.contains("username") => {
                Err(CreateKeyError::UsernameTaken)
            }
            Some(SqlErr::UniqueConstraintViolation(_)) => Err(CreateKeyError::ActivationTaken),
            _ => Err(e.into()),
        },
    }
}

/// Removes a key that never got its first code, with its codes, so that the person may choose
/// again (another username, another factor).
pub async fn delete_unconfirmed(
    conn: &impl ConnectionTrait,
    activation_id: Uuid,
) -> Result<(), DbErr> {
    let Some(key) = for_activation(conn, activation_id).await? else {
        return Ok(());
    };
    if key.activated_at.is_some() {
        return Ok(());
    }
    key_code::Entity::delete_many()
        .filter(key_code::Column::KeyId.eq(key.id))
        .exec(conn)
        .await?;
    Entity::delete_many()
        .filter(Column::Id.eq(key.id))
        .filter(Column::ActivatedAt.is_null())
        .exec(conn)
        .await?;
    Ok(())
}

pub async fn find(conn: &impl ConnectionTrait, id: Uuid) -> Result<Option<DigitalKey>, DbErr> {
    Entity::find_by_id(id).one(conn).await
}

pub async fn for_activation(
    conn: &impl ConnectionTrait,
    activation_id: Uuid,
) -> Result<Option<DigitalKey>, DbErr> {
    Entity::find()
        .filter(Column::ActivationId.eq(activation_id))
        .one(conn)
        .await
}

/// An activated key by its username (as typed: trimmed, any case).
pub async fn find_active_by_username(
    conn: &impl ConnectionTrait,
    username: &str,
) -> Result<Option<DigitalKey>, DbErr> {
    Entity::find()
        .filter(Column::Username.eq(username.trim().to_lowercase()))
        .filter(Column::ActivatedAt.is_not_null())
        .one(conn)
        .await
}

/// The key's first code proved its factor: it works from now on. False when already done.
pub async fn mark_activated(
    conn: &impl ConnectionTrait,
    id: Uuid,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    let result = Entity::update_many()
        .col_expr(Column::ActivatedAt, Expr::value(now))
        .filter(Column::Id.eq(id))
        .filter(Column::ActivatedAt.is_null())
        .exec(conn)
        .await?;
    Ok(result.rows_affected == 1)
}

/// Takes the key's row lock (a write) for the rest of the caller's transaction.
async fn lock(conn: &impl ConnectionTrait, id: Uuid) -> Result<(), DbErr> {
    Entity::update_many()
        .col_expr(Column::FailedSignIns, Expr::col(Column::FailedSignIns))
        .filter(Column::Id.eq(id))
        .exec(conn)
        .await
        .map(|_| ())
}

/// A reserved sign-in attempt: the key as it was when counted, and what the attempt may do.
pub struct Reservation {
    pub key: DigitalKey,
    pub reserved: Reserved,
    /// The counters as this attempt left them.
    pub attempts: Attempts,
    pub locked_now: bool,
}

/// Reserves one sign-in attempt before the password is checked, exactly as staff sign-ins do
/// (see `db::staff::reserve_attempt`). An unknown username (`None`) takes the same steps.
pub async fn reserve_sign_in(
    conn: &impl ConnectionTrait,
    id: Option<Uuid>,
    now: DateTime<Utc>,
) -> Result<Option<Reservation>, DbErr> {
    let id = id.unwrap_or(Uuid::nil());
    lock(conn, id).await?;
    let Some(key) = find(conn, id).await? else {
        return Ok(None);
    };
    let current = key.attempts();
    let (next, reserved) = current.reserve(now);
    if let Some(next) = next {
        Entity::update_many()
            .col_expr(Column::FailedSignIns, Expr::value(next.failures))
            .col_expr(Column::LastFailedSignInAt, Expr::value(next.last_failure))
            .col_expr(Column::LockedUntil, Expr::value(next.locked_until))
            .filter(Column::Id.eq(id))
            .exec(conn)
            .await?;
    }
    Ok(Some(Reservation {
        key,
        reserved,
        attempts: next.unwrap_or(current),
        locked_now: next.is_some_and(|n| n.just_locked()),
    }))
}

/// After a correct password: clears the counters unless the key was locked meanwhile. Returns
/// whether the sign-in may go ahead.
pub async fn password_was_right(
    conn: &impl ConnectionTrait,
    id: Uuid,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    let result = Entity::update_many()
        .col_expr(Column::FailedSignIns, Expr::value(0))
        .col_expr(
            Column::LastFailedSignInAt,
            Expr::value(Option::<DateTime<Utc>>::None),
        )
        .filter(Column::Id.eq(id))
        .filter(
            Condition::any()
                .add(Column::LockedUntil.is_null())
                .add(Column::LockedUntil.lte(now)),
        )
        .exec(conn)
        .await?;
    Ok(result.rows_affected == 1)
}

/// Claims the right to send a one-time code now: at most one per `gap`, decided by one
/// statement so that two presses at once send one code.
pub async fn claim_code_sending(
    conn: &impl ConnectionTrait,
    id: Uuid,
    gap: Duration,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    let result = Entity::update_many()
        .col_expr(Column::CodeSentAt, Expr::value(now))
        .filter(Column::Id.eq(id))
        .filter(
            Condition::any()
                .add(Column::CodeSentAt.is_null())
                .add(Column::CodeSentAt.lte(now - gap)),
        )
        .exec(conn)
        .await?;
    Ok(result.rows_affected == 1)
}

/// Stores a new one-time code's hash; every earlier unused code of the key stops working.
pub async fn store_code(
    conn: &impl ConnectionTrait,
    key_id: Uuid,
    purpose: CodePurpose,
    code_hash: String,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    key_code::Entity::update_many()
        .col_expr(key_code::Column::UsedAt, Expr::value(now))
        .filter(key_code::Column::KeyId.eq(key_id))
        .filter(key_code::Column::UsedAt.is_null())
        .exec(conn)
        .await?;
    key_code::ActiveModel {
        id: Set(Uuid::new_v4()),
        key_id: Set(key_id),
        purpose: Set(purpose.code().to_owned()),
        code_hash: Set(code_hash),
        sent_at: Set(now),
        attempts: Set(0),
        used_at: Set(None),
    }
    .insert(conn)
    .await
    .map(|_| ())
}

/// Counts one try of the key's current code for `purpose`, before it is checked, and returns
/// it as counted (its `attempts` include this try). The key's row lock orders tries sent at
/// once. `None`: no code of this purpose is waiting.
pub async fn count_code_try(
    conn: &impl ConnectionTrait,
    key_id: Uuid,
    purpose: CodePurpose,
) -> Result<Option<SentKeyCode>, DbErr> {
    lock(conn, key_id).await?;
    let Some(code) = key_code::Entity::find()
        .filter(key_code::Column::KeyId.eq(key_id))
        .filter(key_code::Column::Purpose.eq(purpose.code()))
        .filter(key_code::Column::UsedAt.is_null())
        .order_by_desc(key_code::Column::SentAt)
        .one(conn)
        .await?
    else {
        return Ok(None);
    };
    key_code::Entity::update_many()
        .col_expr(
            key_code::Column::Attempts,
            Expr::col(key_code::Column::Attempts).add(1),
        )
        .filter(key_code::Column::Id.eq(code.id))
        .exec(conn)
        .await?;
    Ok(Some(SentKeyCode {
        attempts: code.attempts + 1,
        ..code
    }))
}

/// Uses a code once: false when it was used or replaced meanwhile. Once used, the next code
/// may be sent at once (the sending limit protects a code still waiting, not a used one).
pub async fn use_code(
    conn: &impl ConnectionTrait,
    key_id: Uuid,
    code_id: Uuid,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    let result = key_code::Entity::update_many()
        .col_expr(key_code::Column::UsedAt, Expr::value(now))
        .filter(key_code::Column::Id.eq(code_id))
        .filter(key_code::Column::KeyId.eq(key_id))
        .filter(key_code::Column::UsedAt.is_null())
        .exec(conn)
        .await?;
    if result.rows_affected != 1 {
        return Ok(false);
    }
    Entity::update_many()
        .col_expr(
            Column::CodeSentAt,
            Expr::value(Option::<DateTime<Utc>>::None),
        )
        .filter(Column::Id.eq(key_id))
        .exec(conn)
        .await?;
    Ok(true)
}

/// Remembers the app code's step as used: false when this step or a later one was used already
/// (one statement, so that the same code sent twice at once is accepted once).
pub async fn use_totp_step(
    conn: &impl ConnectionTrait,
    id: Uuid,
    step: u64,
) -> Result<bool, DbErr> {
    let step = i64::try_from(step).unwrap_or(i64::MAX);
    let result = Entity::update_many()
        .col_expr(Column::TotpLastStep, Expr::value(step))
        .filter(Column::Id.eq(id))
        .filter(
            Condition::any()
                .add(Column::TotpLastStep.is_null())
                .add(Column::TotpLastStep.lt(step)),
        )
        .exec(conn)
        .await?;
    Ok(result.rows_affected == 1)
}

/// Keeps a new app secret until a code from it confirms the change of factor.
pub async fn set_pending_totp(
    conn: &impl ConnectionTrait,
    id: Uuid,
    secret: Option<String>,
) -> Result<(), DbErr> {
    Entity::update_many()
        .col_expr(Column::PendingTotpSecret, Expr::value(secret))
        .filter(Column::Id.eq(id))
        .exec(conn)
        .await
        .map(|_| ())
}

/// Switches the key's second factor; the app's step memory starts again with a new secret.
/// False when the factor changed meanwhile (from `from`).
pub async fn switch_factor(
    conn: &impl ConnectionTrait,
    id: Uuid,
    from: KeyFactor,
    to: KeyFactor,
    totp_secret: Option<String>,
    totp_step: Option<u64>,
) -> Result<bool, DbErr> {
    let step = totp_step.map(|s| i64::try_from(s).unwrap_or(i64::MAX));
    let result = Entity::update_many()
        .col_expr(Column::Factor, Expr::value(to.code()))
        .col_expr(Column::TotpSecret, Expr::value(totp_secret))
        .col_expr(
            Column::PendingTotpSecret,
            Expr::value(Option::<String>::None),
        )
        .col_expr(Column::TotpLastStep, Expr::value(step))
        .filter(Column::Id.eq(id))
        .filter(Column::Factor.eq(from.code()))
        .exec(conn)
        .await?;
    Ok(result.rows_affected == 1)
}

pub async fn record_sign_in(
    conn: &impl ConnectionTrait,
    key_id: Uuid,
    factor: KeyFactor,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    key_sign_in::ActiveModel {
        id: Set(Uuid::new_v4()),
        key_id: Set(key_id),
        at: Set(now),
        factor: Set(factor.code().to_owned()),
    }
    .insert(conn)
    .await
    .map(|_| ())
}

/// The key's latest sign-ins, newest first.
pub async fn last_sign_ins(
    conn: &impl ConnectionTrait,
    key_id: Uuid,
    limit: u64,
) -> Result<Vec<KeySignIn>, DbErr> {
    key_sign_in::Entity::find()
        .filter(key_sign_in::Column::KeyId.eq(key_id))
        .order_by_desc(key_sign_in::Column::At)
        .limit(limit)
        .all(conn)
        .await
}
