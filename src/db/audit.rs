//! The audit log: who did what, when, to which request. Entries are only ever appended, and they
//! form a keyed chain: each carries an HMAC-SHA256 (key `AUDIT_KEY`) of its own content and of
//! the previous entry's MAC, and `audit_head` holds the latest MAC and the count under a MAC of
//! its own. Changing, removing or reordering any entry breaks the chain, which `verify` (the
//! `verify-audit` command, which only reads) detects and locates; a chain is never re-sealed.

use super::entities::{audit_entry, audit_head};
use crate::configuration::AuditKey;
use chrono::{DateTime, SubsecRound, Utc};
use hmac::{Hmac, Mac};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
    Set, TransactionSession, TransactionTrait,
};
use sha2::Sha256;
use uuid::Uuid;

pub use audit_entry::Model as AuditEntry;

/// Who acted: an applicant through the public pages, a staff member, or the system's jobs.
#[derive(Debug, Clone)]
pub enum Actor {
    Applicant,
    Staff(Uuid),
    System,
}

impl Actor {
    fn label(&self) -> String {
        match self {
            Actor::Applicant => "applicant".to_owned(),
            Actor::Staff(id) => format!("staff:{id}"),
            Actor::System => "system".to_owned(),
        }
    }
}

/// The key every MAC of the chain is made with: one per process, installed at start-up (the
/// service, `tick`, `verify-audit`), so that appends from any use case are keyed alike.
static KEY: std::sync::RwLock<Option<AuditKey>> = std::sync::RwLock::new(None);

pub fn install_key(key: AuditKey) {
    if let Ok(mut slot) = KEY.write() {
        *slot = Some(key);
    }
}

fn installed_key() -> Result<AuditKey, DbErr> {
    KEY.read()
        .ok()
        .and_then(|slot| slot.clone())
        .ok_or_else(|| DbErr::Custom("the audit key was not installed".to_owned()))
}

fn mac(key: &AuditKey, message: &str) -> String {
    let Ok(mut mac) = Hmac::<Sha256>::new_from_slice(key.bytes()) else {
        unreachable!("HMAC takes a key of any length")
    };
    mac.update(message.as_bytes());
    hex::encode(mac.finalize().into_bytes())
}

/// The MAC of an entry: its fields, in a fixed order, and the previous entry's MAC.
fn entry_hash(key: &AuditKey, entry: &AuditEntry, prev_hash: &str) -> String {
    let request = entry
        .request_id
        .map(|id| id.to_string())
        .unwrap_or_default();
    let canonical = format!(
        "{}\u{1f}{}\u{1f}{}\u{1f}{}\u{1f}{}\u{1f}{}\u{1f}{}",
        entry.id,
        entry
            .at
            .to_rfc3339_opts(chrono::SecondsFormat::Micros, true),
        entry.actor,
        entry.action,
        request,
        entry.detail,
        prev_hash
    );
    mac(key, &canonical)
}

/// The MAC of the head row: the latest entry's MAC and the number of entries, so that the head
/// cannot be rewound (to hide removed newest entries) without the key.
fn head_mac(key: &AuditKey, last_hash: &str, entries: i32) -> String {
    mac(key, &format!("head\u{1f}{last_hash}\u{1f}{entries}"))
}

/// Appends an entry. Runs in its own transaction (a savepoint inside the caller's), which takes
/// the `audit_head` row first, so that concurrent appends are chained one after the other.
#[tracing::instrument(skip(conn, detail))]
pub async fn record<C: ConnectionTrait + TransactionTrait>(
    conn: &C,
    actor: Actor,
    action: &str,
    request_id: Option<Uuid>,
    detail: &str,
    at: DateTime<Utc>,
) -> Result<(), DbErr> {
    let key = installed_key()?;
    append(conn, &key, actor, action, request_id, detail, at).await
}

async fn append<C: ConnectionTrait + TransactionTrait>(
    conn: &C,
    key: &AuditKey,
    actor: Actor,
    action: &str,
    request_id: Option<Uuid>,
    detail: &str,
    at: DateTime<Utc>,
) -> Result<(), DbErr> {
    let tx = conn.begin().await?;
    // A write first: on PostgreSQL it locks the head row, on SQLite it takes the write lock.
    audit_head::Entity::update_many()
        .col_expr(
            audit_head::Column::Entries,
            Expr::col(audit_head::Column::Entries).add(1),
        )
        .filter(audit_head::Column::Id.eq(1))
        .exec(&tx)
        .await?;
    let head = audit_head::Entity::find_by_id(1)
        .one(&tx)
        .await?
        .ok_or_else(|| DbErr::RecordNotFound("audit_head".to_owned()))?;
    // Stored instants keep microseconds on every database: hash exactly what is stored.
    let inserted = audit_entry::ActiveModel {
        at: Set(at.trunc_subsecs(6)),
        actor: Set(actor.label()),
        action: Set(action.to_owned()),
        request_id: Set(request_id),
        detail: Set(detail.to_owned()),
        prev_hash: Set(head.last_hash.clone()),
        hash: Set(String::new()),
        ..Default::default()
    }
    .insert(&tx)
    .await?;
    let hash = entry_hash(key, &inserted, &head.last_hash);
    audit_entry::Entity::update_many()
        .col_expr(audit_entry::Column::Hash, Expr::value(hash.clone()))
        .filter(audit_entry::Column::Id.eq(inserted.id))
        .exec(&tx)
        .await?;
    audit_head::Entity::update_many()
        .col_expr(
            audit_head::Column::HeadMac,
            Expr::value(head_mac(key, &hash, head.entries)),
        )
        .col_expr(audit_head::Column::LastHash, Expr::value(hash))
        .filter(audit_head::Column::Id.eq(1))
        .exec(&tx)
        .await?;
    tx.commit().await
}

/// The whole log, oldest first.
pub async fn all(conn: &impl ConnectionTrait) -> Result<Vec<AuditEntry>, DbErr> {
    audit_entry::Entity::find()
        .order_by_asc(audit_entry::Column::Id)
        .all(conn)
        .await
}

/// The newest entries, newest first.
pub async fn latest(conn: &impl ConnectionTrait, limit: u64) -> Result<Vec<AuditEntry>, DbErr> {
    use sea_orm::QuerySelect;
    audit_entry::Entity::find()
        .order_by_desc(audit_entry::Column::Id)
        .limit(limit)
        .all(conn)
        .await
}

/// The fingerprint of a key, kept in the head: so that a process given another key (a shell
/// without the service's environment, a database restored without its key file) refuses to
/// append instead of breaking the chain for good.
fn fingerprint(key: &AuditKey) -> String {
    mac(key, "rendezvous audit key")
}

/// Whether a key is the one the log is written with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyCheck {
    Matches,
    Other,
}

/// Checks `key` against the log's. A new log adopts it and gets its first entry, so that a
/// log in use is never empty (`verify` refuses an empty one: it was deleted).
pub async fn adopt_key<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    key: &AuditKey,
    now: DateTime<Utc>,
) -> Result<KeyCheck, DbErr> {
    let tx = db.begin().await?;
    // A write first, so that two processes starting at once adopt one after the other.
    audit_head::Entity::update_many()
        .col_expr(
            audit_head::Column::KeyCheck,
            Expr::col(audit_head::Column::KeyCheck),
        )
        .filter(audit_head::Column::Id.eq(1))
        .exec(&tx)
        .await?;
    let head = audit_head::Entity::find_by_id(1)
        .one(&tx)
        .await?
        .ok_or_else(|| DbErr::RecordNotFound("audit_head".to_owned()))?;
    let expected = fingerprint(key);
    if !head.key_check.is_empty() {
        let check = if head.key_check == expected {
            KeyCheck::Matches
        } else {
            KeyCheck::Other
        };
        tx.commit().await?;
        return Ok(check);
    }
    audit_head::Entity::update_many()
        .col_expr(audit_head::Column::KeyCheck, Expr::value(expected))
        .filter(audit_head::Column::Id.eq(1))
        .exec(&tx)
        .await?;
    if head.entries == 0 {
        append(&tx, key, Actor::System, "audit_log_started", None, "", now).await?;
    }
    tx.commit().await?;
    Ok(KeyCheck::Matches)
}

/// A head as an operator records it elsewhere: the MAC of the latest entry and the count.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Head {
    pub hash: String,
    pub entries: usize,
}

impl Head {
    /// Reads `HASH:COUNT`, as `verify-audit` prints it.
    pub fn parse(raw: &str) -> Option<Head> {
        let (hash, count) = raw.trim().split_once(':')?;
        let valid_hash = hash.len() == 64 && hash.bytes().all(|b| b.is_ascii_hexdigit());
        Some(Head {
            hash: valid_hash.then(|| hash.to_ascii_lowercase())?,
            entries: count.parse().ok()?,
        })
    }
}

impl std::fmt::Display for Head {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}", self.hash, self.entries)
    }
}

/// What `verify` found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verification {
    Intact {
        head: Head,
    },
    /// The first entry whose content or link does not match.
    BrokenAt {
        id: i32,
        reason: &'static str,
    },
    /// The entries chain up, but the head knows more of them: the newest were removed.
    TailMissing {
        last_id: Option<i32>,
    },
    /// The head row does not carry its MAC: it was rewritten (to hide removed entries).
    HeadChanged,
    /// No entry at all: a log in use always has its first entry, so it was deleted (or the
    /// service never started on this database).
    Empty,
    /// The chain is whole but does not contain the head recorded earlier.
    NotTheRecordedHead {
        /// Fewer entries than the recorded head counts: entries were removed and the head
        /// rewound with an old copy.
        behind: bool,
    },
}

/// Checks the whole chain with `key`, and when given, that it contains the head recorded
/// earlier (at its position: entries appended since are fine). Reads only.
pub async fn verify(
    conn: &impl ConnectionTrait,
    key: &AuditKey,
    expected: Option<&Head>,
) -> Result<Verification, DbErr> {
    let entries = all(conn).await?;
    let head = audit_head::Entity::find_by_id(1)
        .one(conn)
        .await?
        .ok_or_else(|| DbErr::RecordNotFound("audit_head".to_owned()))?;
    let mut prev = String::new();
    for entry in &entries {
        if entry.prev_hash != prev {
            return Ok(Verification::BrokenAt {
                id: entry.id,
                reason: "does not follow the entry before it (one was changed or removed)",
            });
        }
        if entry_hash(key, entry, &prev) != entry.hash {
            return Ok(Verification::BrokenAt {
                id: entry.id,
                reason: "its content or MAC was changed (or it was made with another AUDIT_KEY)",
            });
        }
        prev = entry.hash.clone();
    }
    if entries.is_empty() && head.entries == 0 {
        return Ok(Verification::Empty);
    }
    let head_is_sealed = if head.entries == 0 {
        head.head_mac.is_empty() && head.last_hash.is_empty()
    } else {
        head.head_mac == head_mac(key, &head.last_hash, head.entries)
    };
    if !head_is_sealed {
        return Ok(Verification::HeadChanged);
    }
    if head.last_hash != prev || head.entries as usize != entries.len() {
        return Ok(Verification::TailMissing {
            last_id: entries.last().map(|e| e.id),
        });
    }
    if let Some(expected) = expected {
        let found = expected
            .entries
            .checked_sub(1)
            .and_then(|index| entries.get(index))
            .map(|e| e.hash.as_str());
        let matches = match found {
            Some(hash) => hash == expected.hash,
            None => expected.entries == 0 && expected.hash.is_empty(),
        };
        if !matches {
            return Ok(Verification::NotTheRecordedHead {
                behind: entries.len() < expected.entries,
            });
        }
    }
    Ok(Verification::Intact {
        head: Head {
            hash: prev,
            entries: entries.len(),
        },
    })
}

/// A request's entries, oldest first, without the views of its pages (those stay in the whole
/// log): its history on the staff pages. At most the newest `limit`, read through the index by
/// request and action.
pub async fn for_request(
    conn: &impl ConnectionTrait,
    request_id: Uuid,
    limit: u64,
) -> Result<Vec<AuditEntry>, DbErr> {
    use sea_orm::QuerySelect;
    let mut entries = audit_entry::Entity::find()
        .filter(audit_entry::Column::RequestId.eq(request_id))
        .filter(audit_entry::Column::Action.not_like("view_%"))
        .order_by_desc(audit_entry::Column::Id)
        .limit(limit)
        .all(conn)
        .await?;
    entries.reverse();
    Ok(entries)
}
