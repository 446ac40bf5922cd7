//! Runs of "propose for all": one at a time, their progress written as they go so that any
//! instance can show it. A run whose process stopped is known by its silent heartbeat and ended
//! as interrupted; running it again is safe (only requests still waiting are considered).

use super::entities::propose_all_run::{self, Column, Entity};
use chrono::{DateTime, Duration, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, Set, SqlErr,
};
use uuid::Uuid;

pub use propose_all_run::Model as ProposeAllRun;

/// A run that gave no sign of life for this long died with its process.
pub const STALE_AFTER: Duration = Duration::minutes(5);
const RUNNING: &str = "yes";
/// What an ended run without an outcome says.
pub const INTERRUPTED: &str = "interrupted";

/// How far a run got.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RunFigures {
    pub total: usize,
    pub done: usize,
    pub proposed: usize,
    pub no_slot: usize,
    pub taken_by_others: usize,
    pub changed_meanwhile: usize,
}

impl ProposeAllRun {
    pub fn figures(&self) -> RunFigures {
        let n = |v: i32| usize::try_from(v).unwrap_or(0);
        RunFigures {
            total: n(self.total),
            done: n(self.done),
            proposed: n(self.proposed),
            no_slot: n(self.no_slot),
            taken_by_others: n(self.taken_by_others),
            changed_meanwhile: n(self.changed_meanwhile),
        }
    }

    pub fn is_running(&self, now: DateTime<Utc>) -> bool {
        self.running.is_some() && now - self.heartbeat_at < STALE_AFTER
    }
}

pub enum Started {
    New(ProposeAllRun),
    AlreadyRunning(ProposeAllRun),
}

/// Starts a run, unless one is already running: then that one is returned.
pub async fn start(
    conn: &impl ConnectionTrait,
    by: Option<Uuid>,
    now: DateTime<Utc>,
) -> Result<Started, DbErr> {
    Entity::update_many()
        .col_expr(Column::Running, Expr::value(Option::<String>::None))
        .col_expr(Column::FinishedAt, Expr::value(now))
        .col_expr(Column::Failure, Expr::value(INTERRUPTED))
        .filter(Column::Running.is_not_null())
        .filter(Column::HeartbeatAt.lte(now - STALE_AFTER))
        .exec(conn)
        .await?;
    // The running one may end between a refused insert and the look for it: then try once more.
    let mut attempts = 0;
    loop {
        attempts += 1;
        match insert_running(conn, by, now).await {
            Ok(run) => return Ok(Started::New(run)),
            Err(e) if matches!(e.sql_err(), Some(SqlErr::UniqueConstraintViolation(_))) => {
                let running = Entity::find()
                    .filter(Column::Running.eq(RUNNING))
                    .one(conn)
                    .await?;
                match running {
                    Some(run) => return Ok(Started::AlreadyRunning(run)),
                    None if attempts < 3 => continue,
                    None => return Err(e),
                }
            }
            Err(e) => return Err(e),
        }
    }
}

async fn insert_running(
    conn: &impl ConnectionTrait,
    by: Option<Uuid>,
    now: DateTime<Utc>,
) -> Result<ProposeAllRun, DbErr> {
    propose_all_run::ActiveModel {
        id: Set(Uuid::new_v4()),
        started_by: Set(by),
        started_at: Set(now),
        heartbeat_at: Set(now),
        running: Set(Some(RUNNING.to_owned())),
        total: Set(0),
        done: Set(0),
        proposed: Set(0),
        no_slot: Set(0),
        taken_by_others: Set(0),
        changed_meanwhile: Set(0),
        finished_at: Set(None),
        failure: Set(None),
    }
    .insert(conn)
    .await
}

fn figures_into(
    update: sea_orm::UpdateMany<Entity>,
    figures: &RunFigures,
) -> sea_orm::UpdateMany<Entity> {
    let n = |v: usize| i32::try_from(v).unwrap_or(i32::MAX);
    update
        .col_expr(Column::Total, Expr::value(n(figures.total)))
        .col_expr(Column::Done, Expr::value(n(figures.done)))
        .col_expr(Column::Proposed, Expr::value(n(figures.proposed)))
        .col_expr(Column::NoSlot, Expr::value(n(figures.no_slot)))
        .col_expr(
            Column::TakenByOthers,
            Expr::value(n(figures.taken_by_others)),
        )
        .col_expr(
            Column::ChangedMeanwhile,
            Expr::value(n(figures.changed_meanwhile)),
        )
}

/// Writes how far the run got; also its heartbeat. `false`: the run is no longer running (it was
/// taken for interrupted), and should stop.
pub async fn progress(
    conn: &impl ConnectionTrait,
    id: Uuid,
    figures: &RunFigures,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    let result = figures_into(Entity::update_many(), figures)
        .col_expr(Column::HeartbeatAt, Expr::value(now))
        .filter(Column::Id.eq(id))
        .filter(Column::Running.is_not_null())
        .exec(conn)
        .await?;
    Ok(result.rows_affected == 1)
}

/// Ends the run with its outcome (unless it was already ended as interrupted).
pub async fn finish(
    conn: &impl ConnectionTrait,
    id: Uuid,
    figures: &RunFigures,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    figures_into(Entity::update_many(), figures)
        .col_expr(Column::HeartbeatAt, Expr::value(now))
        .col_expr(Column::Running, Expr::value(Option::<String>::None))
        .col_expr(Column::FinishedAt, Expr::value(now))
        .filter(Column::Id.eq(id))
        .filter(Column::Running.is_not_null())
        .exec(conn)
        .await
        .map(|_| ())
}

/// Ends the run early, keeping the figures it last wrote.
pub async fn fail(
    conn: &impl ConnectionTrait,
    id: Uuid,
    failure: &str,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    Entity::update_many()
        .col_expr(Column::Running, Expr::value(Option::<String>::None))
        .col_expr(Column::FinishedAt, Expr::value(now))
        .col_expr(Column::Failure, Expr::value(failure))
        .filter(Column::Id.eq(id))
        .filter(Column::Running.is_not_null())
        .exec(conn)
        .await
        .map(|_| ())
}

pub async fn find(conn: &impl ConnectionTrait, id: Uuid) -> Result<Option<ProposeAllRun>, DbErr> {
    Entity::find_by_id(id).one(conn).await
}
