//! Proposals not answered within three working days lapse. Each lapse is a conditional change
//! of state in one transaction with its email, so two workers never lapse (or email) twice.

use crate::db::{appointments, requests};
use chrono::{DateTime, Duration, Utc};
use sea_orm::DatabaseConnection;
use url::Url;

/// Lapses every proposal past its deadline; returns how many this run lapsed.
pub async fn lapse_due(
    db: &DatabaseConnection,
    base_url: &Url,
    now: DateTime<Utc>,
) -> anyhow::Result<usize> {
    let mut lapsed = 0;
    for appointment in appointments::proposed_possibly_due(db, now - Duration::days(3), now).await?
    {
        if appointment.answer_deadline() > now {
            continue;
        }
        let Some(request) = requests::find(db, requests::RequestId(appointment.request_id)).await?
        else {
            continue;
        };
        if crate::use_cases::scheduling::lapse(db, base_url, &request, &appointment, now).await? {
            lapsed += 1;
        }
    }
    Ok(lapsed)
}
