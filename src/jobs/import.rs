//! The import of a confirmed list, run in the background: claimed (one run at a time per file),
//! each person registered in a transaction of their own, the run ended finished or failed. A
//! run whose process stopped is taken over once its heartbeat is stale.

use crate::clock::Clock;
use crate::db::imports;
use crate::use_cases::import::{self, RunSettings};
use sea_orm::DatabaseConnection;
use std::sync::Arc;
use uuid::Uuid;

/// Starts the run of a batch in the background, unless one already works on its file.
pub fn spawn(
    db: DatabaseConnection,
    base_url: url::Url,
    activation_days: u32,
    clock: Arc<dyn Clock>,
    batch: Uuid,
) {
    let job = tokio::spawn(run(
        db.clone(),
        base_url,
        activation_days,
        clock.clone(),
        batch,
    ));
    tokio::spawn(async move {
        if let Err(error) = job.await {
            tracing::error!(error = ?error, %batch, "the import panicked");
            if let Err(error) = imports::end_run(&db, batch, Some("failed"), clock.now()).await {
                tracing::error!(error = ?error, %batch, "could not record the failure");
            }
        }
    });
}

/// Claims and runs a batch to its end; what goes wrong is logged and written to the batch.
pub async fn run(
    db: DatabaseConnection,
    base_url: url::Url,
    activation_days: u32,
    clock: Arc<dyn Clock>,
    batch: Uuid,
) {
    match imports::claim(&db, batch, clock.now()).await {
        Ok(true) => {}
        Ok(false) => return,
        Err(error) => {
            tracing::error!(error = ?error, %batch, "could not claim the import");
            return;
        }
    }
    let settings = RunSettings {
        base_url: &base_url,
        activation_days,
        stop_after: None,
    };
    let now = || clock.now();
    let ended = match import::run(&db, &settings, batch, &now).await {
        Ok(done) => {
            tracing::info!(%batch, done, "import finished");
            imports::end_run(&db, batch, None, clock.now()).await
        }
        Err(error) => {
            tracing::error!(error = ?error, %batch, "the import stopped");
            imports::end_run(&db, batch, Some("failed"), clock.now()).await
        }
    };
    if let Err(error) = ended {
        tracing::error!(error = ?error, %batch, "could not record the end of the import");
    }
}
