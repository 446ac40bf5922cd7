//! The email outbox. Emails are queued in the same transaction as the change they announce and
//! delivered later by the delivery job. A worker claims one message at a time with a conditional
//! update that records who holds it until when, by the database's clock (instances' clocks may
//! differ); a message is marked sent only by the holder of its claim.

use super::entities::outbox_message::{self, Column, Entity};
use crate::email::OutgoingEmail;
use chrono::{DateTime, Duration, Utc};
use sea_orm::sea_query::{Condition, Expr, ExprTrait, SimpleExpr};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseBackend, DbErr, EntityTrait,
    PaginatorTrait, QueryFilter, QueryOrder, QuerySelect, Set,
};
use uuid::Uuid;

pub use outbox_message::Model as OutboxMessage;

/// Why the last attempt failed, as stored in `error_kind`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    /// The server could not be reached, or did not answer in time.
    Connection,
    /// The server refused for now (4xx).
    Temporary,
    /// The server refused for good (5xx), or the message cannot be built.
    Permanent,
}

impl ErrorKind {
    pub fn code(self) -> &'static str {
        match self {
            ErrorKind::Connection => "connection",
            ErrorKind::Temporary => "temporary",
            ErrorKind::Permanent => "permanent",
        }
    }
}

#[tracing::instrument(skip(conn, email), fields(kind = email.kind))]
pub async fn queue(
    conn: &impl ConnectionTrait,
    email: &OutgoingEmail,
    now: DateTime<Utc>,
) -> Result<Uuid, DbErr> {
    let id = Uuid::new_v4();
    outbox_message::ActiveModel {
        id: Set(id),
        request_id: Set(email.request_id),
        kind: Set(email.kind.to_owned()),
        recipient: Set(email.to.clone()),
        language: Set(email.language.code().to_owned()),
        subject: Set(email.subject.clone()),
        text_body: Set(email.text.clone()),
        html_body: Set(email.html.clone()),
        attempts: Set(0),
        created_at: Set(now),
        next_attempt_at: Set(now),
        locked_until: Set(None),
        sent_at: Set(None),
        last_error: Set(None),
        calendar: Set(email.calendar.clone()),
        claimed_by: Set(None),
        failed_at: Set(None),
        error_kind: Set(None),
    }
    .insert(conn)
    .await?;
    Ok(id)
}

/// The database's time, `seconds` from now, in the form the column holds: SQLite compares the
/// RFC 3339 text sqlx writes, PostgreSQL a `timestamptz`.
pub fn database_now_plus(backend: DatabaseBackend, seconds: i64) -> SimpleExpr {
    match backend {
        DatabaseBackend::Sqlite => Expr::cust(format!(
            "strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now', '{seconds:+} seconds')"
        )),
        _ => Expr::cust(format!(
            "(CURRENT_TIMESTAMP + INTERVAL '{seconds} seconds')"
        )),
    }
}

/// Not claimed, or claimed by someone whose claim has run out (by the database's clock).
fn unclaimed(backend: DatabaseBackend) -> Condition {
    Condition::any()
        .add(Column::LockedUntil.is_null())
        .add(Expr::col(Column::LockedUntil).lt(database_now_plus(backend, 0)))
}

/// Claims the oldest message that is due (by `now`, the scheduler's clock) for `holder`, for
/// `claim_secs` seconds by the database's clock, and returns it.
#[tracing::instrument(skip(conn))]
pub async fn claim_next(
    conn: &impl ConnectionTrait,
    holder: &str,
    now: DateTime<Utc>,
    claim_secs: i64,
) -> Result<Option<OutboxMessage>, DbErr> {
    let backend = conn.get_database_backend();
    let due = || {
        Condition::all()
            .add(Column::SentAt.is_null())
            .add(Column::FailedAt.is_null())
            .add(Column::NextAttemptAt.lte(now))
            .add(unclaimed(backend))
    };
    // A few candidates: another worker may take the first ones between the read and the claim.
    let candidates = Entity::find()
        .select_only()
        .column(Column::Id)
        .filter(due())
        .order_by_asc(Column::NextAttemptAt)
        .order_by_asc(Column::CreatedAt)
        .limit(5)
        .into_tuple::<Uuid>()
        .all(conn)
        .await?;
    for id in candidates {
        let result = Entity::update_many()
            .col_expr(Column::LockedUntil, database_now_plus(backend, claim_secs))
            .col_expr(Column::ClaimedBy, Expr::value(holder.to_owned()))
            .filter(Column::Id.eq(id))
            .filter(due())
            .exec(conn)
            .await?;
        if result.rows_affected == 1 {
            return find(conn, id).await;
        }
    }
    Ok(None)
}

/// Marks a message sent, if `holder` still holds its claim; returns whether it did. (When it
/// does not, another worker took the message over after the claim ran out.)
pub async fn mark_sent(
    conn: &impl ConnectionTrait,
    id: Uuid,
    holder: &str,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    let result = Entity::update_many()
        .col_expr(Column::SentAt, Expr::value(now))
        .col_expr(
            Column::LockedUntil,
            Expr::value(Option::<DateTime<Utc>>::None),
        )
        .col_expr(Column::ClaimedBy, Expr::value(Option::<String>::None))
        .col_expr(Column::Attempts, Expr::col(Column::Attempts).add(1))
        .col_expr(Column::LastError, Expr::value(Option::<String>::None))
        .col_expr(Column::ErrorKind, Expr::value(Option::<String>::None))
        .filter(Column::Id.eq(id))
        .filter(Column::ClaimedBy.eq(holder))
        .filter(Column::SentAt.is_null())
        .exec(conn)
        .await?;
    Ok(result.rows_affected == 1)
}

/// Gives back a claim `holder` holds, without counting an attempt.
pub async fn release(conn: &impl ConnectionTrait, id: Uuid, holder: &str) -> Result<(), DbErr> {
    Entity::update_many()
        .col_expr(
            Column::LockedUntil,
            Expr::value(Option::<DateTime<Utc>>::None),
        )
        .col_expr(Column::ClaimedBy, Expr::value(Option::<String>::None))
        .filter(Column::Id.eq(id))
        .filter(Column::ClaimedBy.eq(holder))
        .filter(Column::SentAt.is_null())
        .exec(conn)
        .await
        .map(|_| ())
}

/// Records a failed attempt by the holder of the claim: a permanent one ends the message
/// (`failed_at`), any other is tried again at `retry_at`.
pub async fn mark_failed(
    conn: &impl ConnectionTrait,
    message: &OutboxMessage,
    holder: &str,
    kind: ErrorKind,
    error: &str,
    now: DateTime<Utc>,
    retry_at: DateTime<Utc>,
) -> Result<(), DbErr> {
    let failed_at = (kind == ErrorKind::Permanent).then_some(now);
    Entity::update_many()
        .col_expr(Column::NextAttemptAt, Expr::value(retry_at))
        .col_expr(
            Column::LockedUntil,
            Expr::value(Option::<DateTime<Utc>>::None),
        )
        .col_expr(Column::ClaimedBy, Expr::value(Option::<String>::None))
        .col_expr(Column::Attempts, Expr::col(Column::Attempts).add(1))
        .col_expr(Column::LastError, Expr::value(error.to_owned()))
        .col_expr(Column::ErrorKind, Expr::value(kind.code()))
        .col_expr(Column::FailedAt, Expr::value(failed_at))
        .filter(Column::Id.eq(message.id))
        .filter(Column::ClaimedBy.eq(holder))
        .filter(Column::SentAt.is_null())
        .exec(conn)
        .await
        .map(|_| ())
}

/// Refusals for good that turned out to be the server's (several in a row): the messages are
/// kept, to be tried again at `retry_at` like those that found the server unreachable.
pub async fn refusals_given_back(
    conn: &impl ConnectionTrait,
    ids: &[Uuid],
    retry_at: DateTime<Utc>,
) -> Result<(), DbErr> {
    Entity::update_many()
        .col_expr(Column::FailedAt, Expr::value(Option::<DateTime<Utc>>::None))
        .col_expr(Column::ErrorKind, Expr::value(ErrorKind::Connection.code()))
        .col_expr(Column::NextAttemptAt, Expr::value(retry_at))
        .filter(Column::Id.is_in(ids.iter().copied()))
        .filter(Column::SentAt.is_null())
        .exec(conn)
        .await
        .map(|_| ())
}

/// The server answers again: messages that failed only because it could not be reached are due
/// at once instead of waiting out their backoff. Returns how many.
pub async fn retry_connection_failures(
    conn: &impl ConnectionTrait,
    now: DateTime<Utc>,
) -> Result<u64, DbErr> {
    let result = Entity::update_many()
        .col_expr(Column::NextAttemptAt, Expr::value(now))
        .filter(Column::SentAt.is_null())
        .filter(Column::FailedAt.is_null())
        .filter(Column::ErrorKind.eq(ErrorKind::Connection.code()))
        .filter(Column::NextAttemptAt.gt(now))
        .exec(conn)
        .await?;
    Ok(result.rows_affected)
}

/// Messages refused for good, newest first, one page of `per_page`; and how many there are.
pub async fn undeliverable(
    conn: &impl ConnectionTrait,
    page: u64,
    per_page: u64,
) -> Result<(Vec<OutboxMessage>, u64), DbErr> {
    let query = Entity::find()
        .filter(Column::FailedAt.is_not_null())
        .order_by_desc(Column::FailedAt)
        .order_by_asc(Column::Id);
    let total = query.clone().count(conn).await?;
    // A page past the end shows the last one.
    let last = total.div_ceil(Ord::max(per_page, 1)).saturating_sub(1);
    let rows = query
        .offset(Ord::min(page, last).saturating_mul(per_page))
        .limit(per_page)
        .all(conn)
        .await?;
    Ok((rows, total))
}

/// When the oldest message still to deliver was queued (refused ones excepted).
pub async fn oldest_unsent(conn: &impl ConnectionTrait) -> Result<Option<DateTime<Utc>>, DbErr> {
    Entity::find()
        .select_only()
        .column(Column::CreatedAt)
        .filter(Column::SentAt.is_null())
        .filter(Column::FailedAt.is_null())
        .order_by_asc(Column::CreatedAt)
        .into_tuple::<DateTime<Utc>>()
        .one(conn)
        .await
}

/// How long a claim lasts for a send bounded by `smtp_timeout`: longer than the send, so that
/// it never runs out while the holder is still waiting, and short, so that a crashed holder's
/// message is taken over soon.
pub fn claim_for(smtp_timeout: std::time::Duration) -> Duration {
    Duration::seconds(i64::try_from(smtp_timeout.as_secs()).unwrap_or(3600) + 30)
}

/// Empties the bodies (text, HTML, calendar) of messages sent before `cutoff`: they hold links
/// that still open appointments, and personal data. The row stays, so that who was told what
/// and when remains known (kind, recipient, subject, sent). Returns how many were emptied.
pub async fn erase_sent_before(
    conn: &impl ConnectionTrait,
    cutoff: DateTime<Utc>,
) -> Result<u64, DbErr> {
    let result = Entity::update_many()
        .col_expr(Column::TextBody, Expr::value(String::new()))
        .col_expr(Column::HtmlBody, Expr::value(String::new()))
        .col_expr(Column::Calendar, Expr::value(Option::<String>::None))
        .filter(
            Condition::any()
                .add(Column::SentAt.lte(cutoff))
                .add(Column::FailedAt.lte(cutoff)),
        )
        .filter(Column::TextBody.ne(""))
        .exec(conn)
        .await?;
    Ok(result.rows_affected)
}

pub async fn for_request(
    conn: &impl ConnectionTrait,
    request_id: Uuid,
) -> Result<Vec<OutboxMessage>, DbErr> {
    Entity::find()
        .filter(Column::RequestId.eq(request_id))
        .order_by_asc(Column::CreatedAt)
        .all(conn)
        .await
}

/// One message, by id.
pub async fn find(conn: &impl ConnectionTrait, id: Uuid) -> Result<Option<OutboxMessage>, DbErr> {
    Entity::find_by_id(id).one(conn).await
}
