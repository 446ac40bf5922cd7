//! The email outbox. Emails are queued in the same transaction as the change they announce and
//! delivered later by the delivery job, which claims each one with a conditional update so that
//! two workers (or two instances) never send the same message at once.

use super::entities::outbox_message::{self, Column, Entity};
use crate::email::OutgoingEmail;
use chrono::{DateTime, Duration, Utc};
use sea_orm::sea_query::{Condition, Expr, ExprTrait};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect, Set,
};
use uuid::Uuid;

pub use outbox_message::Model as OutboxMessage;

/// How long a claimed message stays reserved for the worker that claimed it.
pub const CLAIM_FOR: Duration = Duration::minutes(5);

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
    }
    .insert(conn)
    .await?;
    Ok(id)
}

fn unclaimed(now: DateTime<Utc>) -> Condition {
    Condition::any()
        .add(Column::LockedUntil.is_null())
        .add(Column::LockedUntil.lt(now))
}

/// Claims up to `limit` messages that are due, and returns them.
pub async fn claim_due(
    conn: &impl ConnectionTrait,
    now: DateTime<Utc>,
    limit: u64,
) -> Result<Vec<OutboxMessage>, DbErr> {
    let candidates = Entity::find()
        .filter(Column::SentAt.is_null())
        .filter(Column::NextAttemptAt.lte(now))
        .filter(unclaimed(now))
        .order_by_asc(Column::CreatedAt)
        .limit(limit)
        .all(conn)
        .await?;
    let mut claimed = Vec::with_capacity(candidates.len());
    for message in candidates {
        let result = Entity::update_many()
            .col_expr(Column::LockedUntil, Expr::value(now + CLAIM_FOR))
            .filter(Column::Id.eq(message.id))
            .filter(Column::SentAt.is_null())
            .filter(unclaimed(now))
            .exec(conn)
            .await?;
        if result.rows_affected == 1 {
            claimed.push(message);
        }
    }
    Ok(claimed)
}

pub async fn mark_sent(
    conn: &impl ConnectionTrait,
    id: Uuid,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    Entity::update_many()
        .col_expr(Column::SentAt, Expr::value(now))
        .col_expr(
            Column::LockedUntil,
            Expr::value(Option::<DateTime<Utc>>::None),
        )
        .col_expr(Column::Attempts, Expr::col(Column::Attempts).add(1))
        .col_expr(Column::LastError, Expr::value(Option::<String>::None))
        .filter(Column::Id.eq(id))
        .exec(conn)
        .await
        .map(|_| ())
}

/// Gives a claimed message back without counting an attempt.
pub async fn release(conn: &impl ConnectionTrait, id: Uuid) -> Result<(), DbErr> {
    Entity::update_many()
        .col_expr(
            Column::LockedUntil,
            Expr::value(Option::<DateTime<Utc>>::None),
        )
        .filter(Column::Id.eq(id))
        .filter(Column::SentAt.is_null())
        .exec(conn)
        .await
        .map(|_| ())
}

/// Records a failed attempt and when to try again.
pub async fn mark_failed(
    conn: &impl ConnectionTrait,
    message: &OutboxMessage,
    error: &str,
    retry_at: DateTime<Utc>,
) -> Result<(), DbErr> {
    Entity::update_many()
        .col_expr(Column::NextAttemptAt, Expr::value(retry_at))
        .col_expr(
            Column::LockedUntil,
            Expr::value(Option::<DateTime<Utc>>::None),
        )
        .col_expr(Column::Attempts, Expr::value(message.attempts + 1))
        .col_expr(Column::LastError, Expr::value(error.to_owned()))
        .filter(Column::Id.eq(message.id))
        .exec(conn)
        .await
        .map(|_| ())
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
        .filter(Column::SentAt.lte(cutoff))
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
