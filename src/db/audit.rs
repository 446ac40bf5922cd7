//! The audit log: who did what, when, to which request. Entries are only ever appended.

use super::entities::audit_entry;
use chrono::{DateTime, Utc};
use sea_orm::{ActiveModelTrait, ConnectionTrait, DbErr, Set};
use uuid::Uuid;

/// Who acted: an applicant through the public pages, a staff member, or the system's jobs.
#[derive(Debug, Clone)]
pub enum Actor {
    Applicant,
    Staff(Uuid),
    System,
}

impl Actor {
    fn label(&self) -> String {
        match self {
            Actor::Applicant => "applicant".to_owned(),
            Actor::Staff(id) => format!("staff:{id}"),
            Actor::System => "system".to_owned(),
        }
    }
}

#[tracing::instrument(skip(conn, detail))]
pub async fn record(
    conn: &impl ConnectionTrait,
    actor: Actor,
    action: &str,
    request_id: Option<Uuid>,
    detail: &str,
    at: DateTime<Utc>,
) -> Result<(), DbErr> {
    audit_entry::ActiveModel {
        at: Set(at),
        actor: Set(actor.label()),
        action: Set(action.to_owned()),
        request_id: Set(request_id),
        detail: Set(detail.to_owned()),
        ..Default::default()
    }
    .insert(conn)
    .await
    .map(|_| ())
}

/// The whole log, oldest first.
pub async fn all(conn: &impl ConnectionTrait) -> Result<Vec<audit_entry::Model>, DbErr> {
    use sea_orm::{EntityTrait, QueryOrder};
    audit_entry::Entity::find()
        .order_by_asc(audit_entry::Column::Id)
        .all(conn)
        .await
}
