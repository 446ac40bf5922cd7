//! Checks for load balancers and operators. `/health`: the process answers and the database
//! too, within a second. `/ready`: the background work keeps up — the oldest email still to send
//! is recent enough, and the job loops finished a pass lately (on any instance).

use crate::db::{job_passes, outbox};
use crate::startup::AppState;
use actix_web::{HttpResponse, web};
use chrono::{DateTime, Utc};
use std::time::Duration;

/// How long the database may take to answer a check before it counts as unreachable (the pool
/// itself would wait 10 s for a connection).
const DATABASE_CHECK: Duration = Duration::from_secs(1);

fn unavailable(body: serde_json::Value) -> HttpResponse {
    HttpResponse::ServiceUnavailable()
        .insert_header(("Retry-After", "1"))
        .json(body)
}

pub async fn health(state: web::Data<AppState>) -> HttpResponse {
    match tokio::time::timeout(DATABASE_CHECK, state.db.ping()).await {
        Ok(Ok(())) => HttpResponse::Ok().json(serde_json::json!({ "status": "ok" })),
        Ok(Err(error)) => {
            tracing::error!(error = %error, "health check: database unreachable");
            unavailable(serde_json::json!({ "status": "database unreachable" }))
        }
        Err(_) => {
            tracing::error!("health check: the database did not answer within a second");
            unavailable(serde_json::json!({ "status": "database unreachable" }))
        }
    }
}

pub async fn ready(state: web::Data<AppState>) -> HttpResponse {
    let figures = tokio::time::timeout(DATABASE_CHECK, async {
        let oldest = outbox::oldest_unsent(&state.db).await?;
        let jobs = job_passes::last(&state.db, job_passes::JOBS).await?;
        let delivery = job_passes::last(&state.db, job_passes::DELIVERY).await?;
        Ok::<_, sea_orm::DbErr>((oldest, jobs, delivery))
    })
    .await;
    let (oldest, jobs, delivery) = match figures {
        Ok(Ok(figures)) => figures,
        Ok(Err(error)) => {
            tracing::error!(error = %error, "readiness check: database unreachable");
            return unavailable(serde_json::json!({ "status": "database unreachable" }));
        }
        Err(_) => {
            tracing::error!("readiness check: the database did not answer within a second");
            return unavailable(serde_json::json!({ "status": "database unreachable" }));
        }
    };
    let now = state.clock.now();
    let age = |at: Option<DateTime<Utc>>| at.map(|at| (now - at).num_seconds().max(0));
    let settings = &state.settings;
    let email_age = age(oldest);
    let silent = |pass: Option<DateTime<Utc>>| {
        age(pass).is_none_or(|secs| secs as u64 > settings.ready_max_job_silence_secs)
    };
    let mut problems = vec![];
    if email_age.is_some_and(|secs| secs as u64 > settings.ready_max_email_age_secs) {
        problems.push("email backlog");
    }
    if silent(jobs) {
        problems.push("jobs not running");
    }
    if silent(delivery) {
        problems.push("delivery not running");
    }
    let body = serde_json::json!({
        "status": if problems.is_empty() { "ok".to_owned() } else { problems.join(", ") },
        "oldest_unsent_email_age_secs": email_age,
        "max_email_age_secs": settings.ready_max_email_age_secs,
        "last_jobs_pass_at": jobs,
        "last_delivery_pass_at": delivery,
        "max_job_silence_secs": settings.ready_max_job_silence_secs,
    });
    if problems.is_empty() {
        HttpResponse::Ok().json(body)
    } else {
        unavailable(body)
    }
}
