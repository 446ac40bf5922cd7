//! When each job loop last finished a pass, on any instance: what `/ready` reports.

use super::entities::job_pass::{self, Column, Entity};
use chrono::{DateTime, Utc};
use sea_orm::sea_query::OnConflict;
use sea_orm::{ConnectionTrait, DbErr, EntityTrait, Set};

/// The loop of lapses, reminders and retention.
pub const JOBS: &str = "jobs";
/// The email delivery loop.
pub const DELIVERY: &str = "delivery";

pub async fn record(
    conn: &impl ConnectionTrait,
    loop_name: &str,
    at: DateTime<Utc>,
) -> Result<(), DbErr> {
    Entity::insert(job_pass::ActiveModel {
        loop_name: Set(loop_name.to_owned()),
        finished_at: Set(at),
    })
    .on_conflict(
        OnConflict::column(Column::LoopName)
            .update_column(Column::FinishedAt)
            .to_owned(),
    )
    .exec(conn)
    .await
    .map(|_| ())
}

pub async fn last(
    conn: &impl ConnectionTrait,
    loop_name: &str,
) -> Result<Option<DateTime<Utc>>, DbErr> {
    Ok(Entity::find_by_id(loop_name.to_owned())
        .one(conn)
        .await?
        .map(|pass| pass.finished_at))
}
