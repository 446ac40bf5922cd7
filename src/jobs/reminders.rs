//! The reminder, 24 hours before a confirmed interview, with its video link: claimed by a
//! conditional update in the same transaction as its email, so it goes out exactly once however
//! many workers run.

use crate::db::{appointments, outbox, requests};
use crate::email::messages;
use crate::i18n::Tr;
use chrono::{DateTime, Duration, Utc};
use sea_orm::{DatabaseConnection, TransactionTrait};

/// How long before the interview the reminder goes out.
pub fn ahead() -> Duration {
    Duration::hours(24)
}

pub async fn remind_due(
    db: &DatabaseConnection,
    video_url_template: &str,
    now: DateTime<Utc>,
) -> anyhow::Result<usize> {
    let mut sent = 0;
    for appointment in appointments::due_for_reminder(db, now, ahead()).await? {
        let Some(request) = requests::find(db, requests::RequestId(appointment.request_id)).await?
        else {
            continue;
        };
        let Some(room) = appointment.video_room.as_deref() else {
            continue;
        };
        let tx = db.begin().await?;
        if !appointments::claim_reminder(&tx, appointment.id, now).await? {
            continue;
        }
        let video_url = video_url_template.replace("{room}", room);
        let email = messages::reminder(
            Tr(request.ui_language()),
            &request,
            &appointment,
            &video_url,
        );
        outbox::queue(&tx, &email, now).await?;
        tx.commit().await?;
        sent += 1;
    }
    Ok(sent)
}
