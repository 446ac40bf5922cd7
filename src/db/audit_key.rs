//! The audit chain's key: where it comes from, and making sure a process appends with the key
//! the log was written with. `AUDIT_KEY`, or for a SQLite database the file `audit.key` beside
//! it, made once (readable by the service's user only). PostgreSQL needs `AUDIT_KEY`: several
//! instances share one key, and a key left on one machine's disk would not be shared.

use super::audit;
use super::sqlite_path;
use crate::configuration::{AuditKey, Settings};
use crate::domain::codes::Token;
use anyhow::{Context, bail};
use chrono::{DateTime, Utc};
use sea_orm::DatabaseConnection;
use std::path::{Path, PathBuf};

/// Whether the key may be made when none exists yet (the service and its commands that write)
/// or must already be there (`verify-audit`, which only reads).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyFile {
    CreateIfMissing,
    MustExist,
}

/// The key, and the file it was just written to when this call made it.
pub struct Loaded {
    pub key: AuditKey,
    pub created: Option<PathBuf>,
}

pub fn load(settings: &Settings, file: KeyFile) -> anyhow::Result<Loaded> {
    if let Some(key) = &settings.audit_key {
        // Checked here rather than by the argument parser, whose message would repeat the value.
        let key = key
            .checked()
            .map_err(|e| anyhow::anyhow!("AUDIT_KEY: {e}"))?;
        return Ok(Loaded { key, created: None });
    }
    let Some(db_path) = sqlite_path(&settings.database_url) else {
        bail!(
            "AUDIT_KEY is not set: it is required with this database (at least {} characters, the same on every instance)",
            AuditKey::MIN_LENGTH
        );
    };
    let folder = Path::new(db_path)
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let path = folder.join("audit.key");
    match read(&path)? {
        Some(key) => Ok(Loaded { key, created: None }),
        None if file == KeyFile::CreateIfMissing => create(folder, &path),
        None => bail!(
            "no audit key: AUDIT_KEY is not set and {} does not exist",
            path.display()
        ),
    }
}

fn read(path: &Path) -> anyhow::Result<Option<AuditKey>> {
    match std::fs::read_to_string(path) {
        Ok(raw) => AuditKey::parse(&raw)
            .map(Some)
            .map_err(|e| anyhow::anyhow!("{}: {e}", path.display())),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(e).with_context(|| format!("reading the audit key {}", path.display())),
    }
}

/// Writes a new key whole into a private temporary file, then links it into place: a process
/// starting at the same moment either finds no key or the whole one, never half of it, and the
/// one that loses the race reads the winner's.
fn create(folder: &Path, path: &Path) -> anyhow::Result<Loaded> {
    use std::io::Write;
    std::fs::create_dir_all(folder).with_context(|| format!("creating {}", folder.display()))?;
    let raw = format!(
        "{}{}",
        Token::generate().as_str(),
        Token::generate().as_str()
    );
    let temporary = folder.join(format!(".audit.key.{}", Token::generate().as_str()));
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let written = options.open(&temporary).and_then(|mut file| {
        file.write_all(raw.as_bytes())
            .and_then(|()| file.sync_all())
    });
    if let Err(e) = written {
        let _ = std::fs::remove_file(&temporary);
        return Err(e).with_context(|| format!("writing the audit key into {}", folder.display()));
    }
    let linked = std::fs::hard_link(&temporary, path);
    let _ = std::fs::remove_file(&temporary);
    match linked {
        Ok(()) => {
            tracing::info!(path = %path.display(), "generated the audit key: back it up with the database");
            let key = AuditKey::parse(&raw).map_err(|e| anyhow::anyhow!(e))?;
            Ok(Loaded {
                key,
                created: Some(path.to_owned()),
            })
        }
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
            let key = read(path)?.context("the audit key vanished while it was being made")?;
            Ok(Loaded { key, created: None })
        }
        Err(e) => Err(e).with_context(|| format!("creating the audit key {}", path.display())),
    }
}

/// Loads the key, checks that it is the one the log was written with (a new database adopts it
/// and gets its first entry), and installs it for this process's appends. A key file made just
/// now for a database that already has another key is removed again, and the start refused.
pub async fn open(
    settings: &Settings,
    db: &DatabaseConnection,
    now: DateTime<Utc>,
) -> anyhow::Result<()> {
    let loaded = load(settings, KeyFile::CreateIfMissing)?;
    match audit::adopt_key(db, &loaded.key, now).await? {
        audit::KeyCheck::Matches => {}
        audit::KeyCheck::Other => {
            if let Some(path) = &loaded.created {
                let _ = std::fs::remove_file(path);
            }
            bail!(
                "the audit key is not the one this database's audit log was written with: set AUDIT_KEY to that key, or restore its audit.key file from the backup"
            );
        }
    }
    audit::install_key(loaded.key);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn processes_making_the_key_at_once_all_read_one_whole_key() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("audit.key");
        let keys: Vec<Vec<u8>> = std::thread::scope(|scope| {
            let handles: Vec<_> = (0..8)
                .map(|_| {
                    scope.spawn(|| match read(&path).unwrap() {
                        Some(key) => key.bytes().to_vec(),
                        None => create(dir.path(), &path).unwrap().key.bytes().to_vec(),
                    })
                })
                .collect();
            handles.into_iter().map(|h| h.join().unwrap()).collect()
        });
        assert!(keys.windows(2).all(|w| w[0] == w[1]), "one key for all");
        let files: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(files.len(), 1, "no temporary file left behind");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
    }
}
