//! "Propose for all", run in the background once a supervisor starts it: the matching, then one
//! proposal transaction per request, writing its progress to the run's row as it goes so that
//! the supervisor's page (on any instance) can follow it.

use crate::clock::Clock;
use crate::db::audit::Actor;
use crate::db::propose_all_runs;
use crate::use_cases::scheduling::{self, Progress};
use sea_orm::DatabaseConnection;
use std::sync::Arc;
use uuid::Uuid;

/// Runs a started run in the background. Should it panic, the run is ended as failed at once
/// rather than looking alive until its heartbeat goes stale.
pub fn spawn(
    db: DatabaseConnection,
    base_url: url::Url,
    clock: Arc<dyn Clock>,
    run_id: Uuid,
    by: Actor,
) {
    let job = tokio::spawn(run(db.clone(), base_url, clock.clone(), run_id, by));
    tokio::spawn(async move {
        if let Err(error) = job.await {
            tracing::error!(error = ?error, run = %run_id, "propose for all panicked");
            if let Err(error) = propose_all_runs::fail(&db, run_id, "failed", clock.now()).await {
                tracing::error!(error = ?error, run = %run_id, "could not record the failure");
            }
        }
    });
}

/// Runs a started run to its end; what goes wrong is logged and written to the run.
pub async fn run(
    db: DatabaseConnection,
    base_url: url::Url,
    clock: Arc<dyn Clock>,
    run: Uuid,
    by: Actor,
) {
    let progress = Progress {
        run,
        clock: clock.as_ref(),
    };
    let outcome =
        scheduling::propose_for_all(&db, &base_url, by, clock.now(), Some(progress)).await;
    let ended = match outcome {
        Ok(figures) => propose_all_runs::finish(&db, run, &figures, clock.now()).await,
        Err(error) => {
            tracing::error!(error = ?error, %run, "propose for all stopped");
            propose_all_runs::fail(&db, run, "failed", clock.now()).await
        }
    };
    if let Err(error) = ended {
        // The heartbeat goes silent: the run will be shown as interrupted.
        tracing::error!(error = ?error, %run, "could not record the end of propose for all");
    }
}
