//! The audit log: who did what, when, to which request. Entries are only ever appended, and they
//! form a hash chain: each carries the SHA-256 of its own content and of the previous entry's
//! hash, and `audit_head` holds the latest hash. Changing, removing or reordering any entry breaks
//! the chain, which `verify` (the `verify-audit` command) detects and locates.

use super::entities::{audit_entry, audit_head};
use chrono::{DateTime, SubsecRound, Utc};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
    Set, TransactionSession, TransactionTrait,
};
use sha2::{Digest, Sha256};
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

/// The hash of an entry: its fields, in a fixed order, and the previous entry's hash.
fn entry_hash(entry: &AuditEntry, prev_hash: &str) -> String {
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
    hex::encode(Sha256::digest(canonical.as_bytes()))
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
    let hash = entry_hash(&inserted, &head.last_hash);
    audit_entry::Entity::update_many()
        .col_expr(audit_entry::Column::Hash, Expr::value(hash.clone()))
        .filter(audit_entry::Column::Id.eq(inserted.id))
        .exec(&tx)
        .await?;
    audit_head::Entity::update_many()
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

/// Seals entries written before the chain existed (empty hash), in order. Runs after migrating.
pub async fn seal_legacy<C: ConnectionTrait + TransactionTrait>(conn: &C) -> Result<(), DbErr> {
    let tx = conn.begin().await?;
    let unsealed = audit_entry::Entity::find()
        .filter(audit_entry::Column::Hash.eq(""))
        .order_by_asc(audit_entry::Column::Id)
        .all(&tx)
        .await?;
    if unsealed.is_empty() {
        return tx.commit().await;
    }
    let entries = all(&tx).await?;
    let mut prev = String::new();
    for entry in &entries {
        let hash = entry_hash(entry, &prev);
        audit_entry::Entity::update_many()
            .col_expr(audit_entry::Column::PrevHash, Expr::value(prev.clone()))
            .col_expr(audit_entry::Column::Hash, Expr::value(hash.clone()))
            .filter(audit_entry::Column::Id.eq(entry.id))
            .exec(&tx)
            .await?;
        prev = hash;
    }
    audit_head::Entity::update_many()
        .col_expr(audit_head::Column::LastHash, Expr::value(prev))
        .col_expr(
            audit_head::Column::Entries,
            Expr::value(entries.len() as i32),
        )
        .filter(audit_head::Column::Id.eq(1))
        .exec(&tx)
        .await?;
    tracing::info!(
        entries = entries.len(),
        "sealed audit entries written before the hash chain"
    );
    tx.commit().await
}

/// What `verify` found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verification {
    Intact {
        entries: usize,
    },
    /// The first entry whose content or link does not match.
    BrokenAt {
        id: i32,
        reason: &'static str,
    },
    /// The entries chain up, but the newest ones are missing (the head knows more).
    TailMissing {
        last_id: Option<i32>,
    },
}

pub async fn verify(conn: &impl ConnectionTrait) -> Result<Verification, DbErr> {
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
        if entry_hash(entry, &prev) != entry.hash {
            return Ok(Verification::BrokenAt {
                id: entry.id,
                reason: "its content was changed",
            });
        }
        prev = entry.hash.clone();
    }
    if head.last_hash != prev || head.entries as usize != entries.len() {
        return Ok(Verification::TailMissing {
            last_id: entries.last().map(|e| e.id),
        });
    }
    Ok(Verification::Intact {
        entries: entries.len(),
    })
}
