//! What is kept, and for how long. ID images are deleted a number of days (RETENTION_DAYS) after
//! their request ended: the file goes first (a missing one counts as gone), then the record is
//! marked and audited in one transaction; a run interrupted between the two simply finishes the
//! next time. Files no record names (left by a crash between writing an image and committing its
//! record) are removed once an hour old. The bodies of sent emails are emptied a day after
//! sending. Interview records are reduced to what the law requires EVIDENCE_RETENTION_DAYS after
//! their outcome, each in its own transaction with its audit entry.

use crate::db::audit::{self, Actor};
use crate::db::{id_documents, interview_retention, outbox};
use crate::uploads;
use chrono::{DateTime, Duration, Utc};
use sea_orm::{DatabaseConnection, TransactionTrait};
use std::path::Path;

/// How long a sent email's body is kept: long enough to answer "what did you send me?" the same
/// day; not so long that its links (valid until the interview) sit in the database for weeks.
pub const SENT_EMAIL_BODIES_KEPT: Duration = Duration::days(1);

/// Empties the bodies of emails sent more than `SENT_EMAIL_BODIES_KEPT` ago.
pub async fn erase_sent_emails(db: &DatabaseConnection, now: DateTime<Utc>) -> anyhow::Result<u64> {
    Ok(outbox::erase_sent_before(db, now - SENT_EMAIL_BODIES_KEPT).await?)
}

pub async fn delete_expired(
    db: &DatabaseConnection,
    upload_dir: &Path,
    retention_days: u32,
    now: DateTime<Utc>,
) -> anyhow::Result<usize> {
    let cutoff = now - Duration::days(i64::from(retention_days));
    let mut deleted = 0;
    let mut failed = 0;
    for document in id_documents::due_for_deletion(db, cutoff).await? {
        if let Some(path) = uploads::path_of(upload_dir, &document.file_name) {
            match tokio::fs::remove_file(&path).await {
                Ok(()) => {}
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                Err(error) => {
                    // The others are still deleted; this one is tried again on the next run.
                    tracing::error!(%error, document = %document.id, "an expired ID image could not be deleted");
                    failed += 1;
                    continue;
                }
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
    if failed > 0 {
        anyhow::bail!("{failed} expired ID image(s) could not be deleted (see the log)");
    }
    Ok(deleted)
}

/// How many due interview records are read at a time.
const REDUCTION_BATCH: u64 = 100;

/// Reduces the interview records whose outcome is more than `evidence_retention_days` old (see
/// `db::interview_retention::reduce`), one transaction and one audit entry each. Returns how many
/// this call reduced: a record another instance reduced meanwhile is not counted.
pub async fn reduce_expired_evidence(
    db: &DatabaseConnection,
    evidence_retention_days: u32,
    now: DateTime<Utc>,
) -> anyhow::Result<usize> {
    let cutoff = now - Duration::days(i64::from(evidence_retention_days));
    let mut reduced = 0;
    loop {
        // Every record listed is reduced below (here or by another instance) or the job fails,
        // so the next batch holds only records not seen yet.
        let due = interview_retention::due_for_reduction(db, cutoff, REDUCTION_BATCH).await?;
        if due.is_empty() {
            return Ok(reduced);
        }
        for record in due {
            let tx = db.begin().await?;
            if interview_retention::reduce(&tx, record.id, cutoff, now).await? {
                audit::record(
                    &tx,
                    Actor::System,
                    "interview_evidence_reduced",
                    Some(record.request_id),
                    &format!(
                        "interview={} reduced {evidence_retention_days} days after its outcome",
                        record.id
                    ),
                    now,
                )
                .await?;
                reduced += 1;
            }
            tx.commit().await?;
        }
    }
}

/// Age after which an image file that no record names is a leftover, not an upload in progress
/// (an upload is written and recorded within seconds).
pub const STRAY_AFTER: std::time::Duration = std::time::Duration::from_secs(60 * 60);

/// Removes image files that no record names and that are older than `STRAY_AFTER`. File ages
/// are the file system's, so this uses the system's time, not the service clock.
pub async fn sweep_strays(db: &DatabaseConnection, upload_dir: &Path) -> anyhow::Result<usize> {
    let known = id_documents::all_file_names(db).await?;
    let dir = upload_dir.to_owned();
    let removed = tokio::task::spawn_blocking(move || -> std::io::Result<usize> {
        let now = std::time::SystemTime::now();
        let entries = match std::fs::read_dir(&dir) {
            Ok(entries) => entries,
            // Nothing was ever uploaded here.
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(0),
            Err(e) => return Err(e),
        };
        let mut removed = 0;
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if !uploads::is_ours(&name) || known.contains(&name) {
                continue;
            }
            // Another process may sweep at the same time: a file gone meanwhile is simply gone.
            let Ok(metadata) = entry.metadata() else {
                continue;
            };
            let old = metadata
                .modified()
                .ok()
                .and_then(|m| now.duration_since(m).ok())
                .is_some_and(|age| age >= STRAY_AFTER);
            if !metadata.is_file() || !old {
                continue;
            }
            match std::fs::remove_file(entry.path()) {
                Ok(()) => {
                    tracing::warn!(file = %name, "removed an ID image file that no record names");
                    removed += 1;
                }
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                Err(error) => {
                    tracing::error!(%error, file = %name, "could not remove a stray ID image file")
                }
            }
        }
        Ok(removed)
    })
    .await??;
    Ok(removed)
}

/// Age after which a people list held for its preview, and never confirmed, is removed.
pub const HELD_LIST_AFTER: std::time::Duration = std::time::Duration::from_secs(24 * 60 * 60);

/// Removes the people lists held for a preview (under `imports/` in the upload folder) that
/// were never confirmed within `HELD_LIST_AFTER`. File ages are the file system's.
pub async fn sweep_held_lists(upload_dir: &Path) -> anyhow::Result<usize> {
    let dir = upload_dir.join("imports");
    let removed = tokio::task::spawn_blocking(move || -> std::io::Result<usize> {
        let now = std::time::SystemTime::now();
        let entries = match std::fs::read_dir(&dir) {
            Ok(entries) => entries,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(0),
            Err(e) => return Err(e),
        };
        let mut removed = 0;
        for entry in entries.flatten() {
            let Ok(metadata) = entry.metadata() else {
                continue;
            };
            let old = metadata
                .modified()
                .ok()
                .and_then(|m| now.duration_since(m).ok())
                .is_some_and(|age| age >= HELD_LIST_AFTER);
            if metadata.is_file() && old {
                match std::fs::remove_file(entry.path()) {
                    Ok(()) => removed += 1,
                    Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                    Err(error) => tracing::error!(%error, "could not remove a held people list"),
                }
            }
        }
        Ok(removed)
    })
    .await??;
    Ok(removed)
}
