//! Database access: connecting, migrating, and one store module per aggregate.

pub mod activations;
pub mod applicant_access;
pub mod appointments;
pub mod audit;
pub mod audit_key;
pub mod digital_keys;
pub mod entities;
pub mod evidence_check;
pub mod id_documents;
pub mod imports;
pub mod interview_figures;
pub mod interview_retention;
pub mod interviews;
pub mod job_passes;
pub mod key_sessions;
pub mod outbox;
pub mod propose_all_runs;
pub mod requests;
pub mod schedule;
pub mod sessions;
pub mod sign_in_throttles;
pub mod staff;

use anyhow::{Context, bail};
use migrations::{Migrator, MigratorTrait};
use sea_orm::{ConnectOptions, ConnectionTrait, Database, DatabaseConnection, DbBackend};
use std::time::Duration;

/// Connects to SQLite or PostgreSQL. For SQLite the folder is created and WAL mode is turned on,
/// so that readers do not wait for the writer.
pub async fn connect(url: &str) -> anyhow::Result<DatabaseConnection> {
    if let Some(path) = sqlite_path(url)
        && let Some(parent) = std::path::Path::new(path).parent()
        && !parent.as_os_str().is_empty()
    {
        std::fs::create_dir_all(parent)
            .with_context(|| format!("creating the database folder {}", parent.display()))?;
    }
    let mut options = ConnectOptions::new(url.to_owned());
    options
        .max_connections(if url.starts_with("sqlite:") { 4 } else { 10 })
        .acquire_timeout(Duration::from_secs(10))
        .sqlx_logging(false);
    let db = Database::connect(options)
        .await
        .context("connecting to the database (check DATABASE_URL)")?;
    if db.get_database_backend() == DbBackend::Sqlite {
        db.execute_unprepared("PRAGMA journal_mode=WAL")
            .await
            .context("turning on SQLite WAL mode")?;
    }
    Ok(db)
}

/// Connects for reading only (`verify-audit`): a SQLite file is opened read-only, never created
/// and never switched to WAL; on PostgreSQL the session's transactions are read-only.
pub async fn connect_read_only(url: &str) -> anyhow::Result<DatabaseConnection> {
    let url = match sqlite_path(url) {
        Some(path) => {
            if !std::path::Path::new(path).exists() {
                bail!("there is no database at {path} (check DATABASE_URL)");
            }
            format!("sqlite://{path}?mode=ro")
        }
        None => url.to_owned(),
    };
    let mut options = ConnectOptions::new(url);
    // One connection, so that the read-only setting below covers every query.
    options
        .max_connections(1)
        .acquire_timeout(Duration::from_secs(10))
        .sqlx_logging(false);
    let db = Database::connect(options)
        .await
        .context("connecting to the database (check DATABASE_URL)")?;
    if db.get_database_backend() == DbBackend::Postgres {
        db.execute_unprepared("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")
            .await
            .context("making the session read-only")?;
    }
    Ok(db)
}

pub(crate) fn sqlite_path(url: &str) -> Option<&str> {
    let rest = url
        .strip_prefix("sqlite://")
        .or_else(|| url.strip_prefix("sqlite:"))?;
    let path = rest.split('?').next()?;
    (!path.is_empty() && path != ":memory:").then_some(path)
}

/// Applies every pending migration.
pub async fn migrate(db: &DatabaseConnection) -> anyhow::Result<()> {
    Migrator::up(db, None)
        .await
        .context("applying database migrations")
}

#[cfg(test)]
mod tests {
    #[test]
    fn sqlite_paths_are_read_from_urls() {
        let cases = [
            (
                "sqlite://data/rendezvous.db?mode=rwc",
                Some("data/rendezvous.db"),
            ),
            ("sqlite:/tmp/x.db", Some("/tmp/x.db")),
            ("sqlite::memory:", None),
            ("postgres://localhost/x", None),
        ];
        for (url, expected) in cases {
            assert_eq!(super::sqlite_path(url), expected, "{url}");
        }
    }
}
