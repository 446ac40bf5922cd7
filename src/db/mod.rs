//! Database access: connecting, migrating, and one store module per aggregate.

pub mod applicant_access;
pub mod appointments;
pub mod audit;
pub mod entities;
pub mod id_documents;
pub mod outbox;
pub mod propose_all_runs;
pub mod requests;
pub mod schedule;
pub mod sessions;
pub mod staff;

use crate::configuration::{AuditKey, Settings};
use crate::domain::codes::Token;
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

fn sqlite_path(url: &str) -> Option<&str> {
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

/// Whether the audit key may be made when none exists yet (the service and its commands that
/// write) or must already be there (`verify-audit`, which only reads).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyFile {
    CreateIfMissing,
    MustExist,
}

/// The audit chain's key: `AUDIT_KEY`, or for a SQLite database the key file `audit.key`
/// beside it (made once, readable by the service's user only). PostgreSQL needs `AUDIT_KEY`:
/// several instances must share one key, and a key left on one machine's disk would not be.
pub fn audit_key(settings: &Settings, file: KeyFile) -> anyhow::Result<AuditKey> {
    if let Some(key) = &settings.audit_key {
        return Ok(key.clone());
    }
    let Some(db_path) = sqlite_path(&settings.database_url) else {
        bail!(
            "AUDIT_KEY is not set: it is required with this database (at least {} characters, the same on every instance)",
            AuditKey::MIN_LENGTH
        );
    };
    let folder = std::path::Path::new(db_path)
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(std::path::Path::new("."));
    let path = folder.join("audit.key");
    match std::fs::read_to_string(&path) {
        Ok(raw) => AuditKey::parse(&raw).map_err(|e| anyhow::anyhow!("{}: {e}", path.display())),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound && file == KeyFile::CreateIfMissing => {
            std::fs::create_dir_all(folder)
                .with_context(|| format!("creating {}", folder.display()))?;
            let raw = format!(
                "{}{}",
                Token::generate().as_str(),
                Token::generate().as_str()
            );
            write_private(&path, &raw)?;
            tracing::info!(path = %path.display(), "generated the audit key: back it up with the database");
            AuditKey::parse(&raw).map_err(|e| anyhow::anyhow!(e))
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => bail!(
            "no audit key: AUDIT_KEY is not set and {} does not exist",
            path.display()
        ),
        Err(e) => Err(e).with_context(|| format!("reading the audit key {}", path.display())),
    }
}

/// Writes a new file that only its owner can read, refusing to replace one.
fn write_private(path: &std::path::Path, content: &str) -> anyhow::Result<()> {
    use std::io::Write;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options
        .open(path)
        .with_context(|| format!("creating the audit key {}", path.display()))?;
    file.write_all(content.as_bytes())
        .and_then(|()| file.sync_all())
        .with_context(|| format!("writing the audit key {}", path.display()))
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
