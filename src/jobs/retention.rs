//! ID images are deleted a number of days (RETENTION_DAYS) after their request ended. The file
//! goes first (a missing one counts as gone), then the record is marked and audited in one
//! transaction; a run interrupted between the two simply finishes the next time.

use crate::db::audit::{self, Actor};
use crate::db::id_documents;
use crate::uploads;
use chrono::{DateTime, Duration, Utc};
use sea_orm::{DatabaseConnection, TransactionTrait};
use std::path::Path;

pub async fn delete_expired(
    db: &DatabaseConnection,
    upload_dir: &Path,
    retention_days: u32,
    now: DateTime<Utc>,
) -> anyhow::Result<usize> {
    let cutoff = now - Duration::days(i64::from(retention_days));
    let mut deleted = 0;
    for document in id_documents::due_for_deletion(db, cutoff).await? {
        if let Some(path) = uploads::path_of(upload_dir, &document.file_name) {
            match tokio::fs::remove_file(&path).await {
                Ok(()) => {}
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                Err(e) => return Err(anyhow::Error::new(e).context("deleting an ID image")),
            }
        }
        let tx = db.begin().await?;
        if id_documents::mark_deleted(&tx, document.id, now).await? {
            audit::record(
                &tx,
                Actor::System,
                "id_image_deleted",
                Some(document.request_id),
                &format!(
                    "{} ({}), {retention_days} days after the request ended",
                    document.id, document.side
                ),
                now,
            )
            .await?;
            deleted += 1;
        }
        tx.commit().await?;
    }
    Ok(deleted)
}
