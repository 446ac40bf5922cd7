//! The second half of `verify-audit`: the interview records against the audit log. Every decided
//! record not yet reduced must still hash (`evidence_hash`) to the evidence hash of the latest
//! outcome entry naming it (`interview=<id> …`); a reduced record must have its reduction
//! entry; an undecided record must not have an outcome entry, nor one name a deleted record.
//! The audit chain proves the
//! entries unchanged; this proves the records unchanged since their outcome. Records are read a
//! page at a time, each page in one snapshot with its entries, so that an outcome recorded
//! while the check runs is not taken for a change.

use super::entities::{audit_entry, interview};
use super::interviews;
use super::requests::RequestId;
use crate::use_cases::interview_outcome::evidence_hash;
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, DatabaseTransaction, DbBackend, DbErr,
    EntityTrait, IsolationLevel, QueryFilter, QueryOrder, QuerySelect, TransactionTrait,
};
use std::collections::HashMap;
use uuid::Uuid;

/// The audit actions that carry an interview's evidence hash.
pub const OUTCOME_ACTIONS: [&str; 2] = ["interview_outcome", "interview_outcome_changed"];
/// The audit action of a record's reduction at the end of its evidence retention.
pub const REDUCED_ACTION: &str = "interview_evidence_reduced";

/// Records read per page.
const PAGE: u64 = 500;
/// Problems named one by one; beyond these only the count grows.
const PROBLEMS_NAMED: usize = 20;

/// What does not match, per record.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Problem {
    /// The record no longer hashes to its latest outcome entry's evidence hash.
    Changed,
    /// The record has an outcome but no outcome entry names it.
    NoOutcomeEntry,
    /// An outcome entry names the record, but the record has no outcome (it was removed).
    OutcomeRemoved,
    /// The record is marked reduced, but no reduction entry names it.
    NoReductionEntry,
    /// The stored record can no longer be read as an interview record.
    Unreadable,
    /// An outcome entry names a record that is gone.
    RecordMissing,
}

impl Problem {
    pub fn describe(self) -> &'static str {
        match self {
            Problem::Changed => "changed after its outcome (its evidence hash differs)",
            Problem::NoOutcomeEntry => "has an outcome that no audit entry records",
            Problem::OutcomeRemoved => "had an outcome recorded in the audit log that is gone",
            Problem::NoReductionEntry => "is marked reduced without an audit entry for it",
            Problem::Unreadable => "can no longer be read (changed by hand)",
            Problem::RecordMissing => "is named by an outcome entry but was deleted",
        }
    }
}

/// One record that does not match: its request's reference (never personal data), its id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mismatch {
    pub reference: String,
    pub interview_id: Uuid,
    pub problem: Problem,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EvidenceReport {
    /// Decided records, not reduced, whose hash was recomputed.
    pub checked: u64,
    /// Reduced records (only their reduction entry is checked).
    pub reduced: u64,
    /// How many records do not match.
    pub problems: u64,
    /// The first `PROBLEMS_NAMED` of them, in the order of the records' ids.
    pub named: Vec<Mismatch>,
}

impl EvidenceReport {
    pub fn is_intact(&self) -> bool {
        self.problems == 0
    }

    fn note(&mut self, request_id: Uuid, interview_id: Uuid, problem: Problem) {
        self.problems += 1;
        if self.named.len() < PROBLEMS_NAMED {
            self.named.push(Mismatch {
                reference: RequestId(request_id).reference(),
                interview_id,
                problem,
            });
        }
    }
}

/// One interview as the page lists it: only what decides how it is checked.
#[derive(Debug, Clone, sea_orm::FromQueryResult)]
struct Listed {
    id: Uuid,
    request_id: Uuid,
    outcome: Option<String>,
    evidence_reduced_at: Option<chrono::DateTime<chrono::Utc>>,
}

/// What the log says about one interview.
#[derive(Debug, Default)]
struct Logged {
    /// The evidence hash of the latest outcome entry.
    latest_hash: Option<String>,
    reduced: bool,
}

/// Checks every interview record against the audit log, then every outcome entry against the
/// records (one that was deleted); reads only.
pub async fn check(db: &DatabaseConnection) -> Result<EvidenceReport, DbErr> {
    let mut report = EvidenceReport::default();
    let mut after: Option<Uuid> = None;
    loop {
        let tx = snapshot(db).await?;
        let page = list_page(&tx, after).await?;
        let Some(last) = page.last() else {
            tx.commit().await?;
            break;
        };
        after = Some(last.id);
        let logged = logged_for(&tx, &page).await?;
        for row in &page {
            check_one(&tx, row, logged.get(&row.id), &mut report).await?;
        }
        tx.commit().await?;
    }
    find_deleted_records(db, &mut report).await?;
    Ok(report)
}

/// Pages through the outcome entries (by their ids) and notes each interview they name that no
/// longer exists, once. An entry's interview is made in an earlier transaction than the entry
/// and never deleted, so no snapshot is needed.
async fn find_deleted_records(
    conn: &impl ConnectionTrait,
    report: &mut EvidenceReport,
) -> Result<(), DbErr> {
    let mut missing: std::collections::HashSet<Uuid> = Default::default();
    let mut after = 0;
    loop {
        let entries: Vec<(i32, Option<Uuid>, String)> = audit_entry::Entity::find()
            .select_only()
            .columns([
                audit_entry::Column::Id,
                audit_entry::Column::RequestId,
                audit_entry::Column::Detail,
            ])
            .filter(audit_entry::Column::Action.is_in(OUTCOME_ACTIONS))
            .filter(audit_entry::Column::Id.gt(after))
            .order_by_asc(audit_entry::Column::Id)
            .limit(PAGE)
            .into_tuple()
            .all(conn)
            .await?;
        let Some((last, _, _)) = entries.last() else {
            return Ok(());
        };
        after = *last;
        let named: HashMap<Uuid, Option<Uuid>> = entries
            .iter()
            .filter_map(|(_, request, detail)| Some((named_interview(detail)?, *request)))
            .collect();
        let existing: std::collections::HashSet<Uuid> = interview::Entity::find()
            .select_only()
            .column(interview::Column::Id)
            .filter(interview::Column::Id.is_in(named.keys().copied()))
            .into_tuple::<Uuid>()
            .all(conn)
            .await?
            .into_iter()
            .collect();
        for (interview_id, request_id) in named {
            if !existing.contains(&interview_id) && missing.insert(interview_id) {
                report.note(
                    request_id.unwrap_or_default(),
                    interview_id,
                    Problem::RecordMissing,
                );
            }
        }
    }
}

/// A read transaction that sees one state of the database throughout: PostgreSQL's repeatable
/// read; SQLite's read transactions see one snapshot already.
async fn snapshot(db: &DatabaseConnection) -> Result<DatabaseTransaction, DbErr> {
    match db.get_database_backend() {
        DbBackend::Postgres => {
            db.begin_with_config(Some(IsolationLevel::RepeatableRead), None)
                .await
        }
        _ => db.begin().await,
    }
}

async fn list_page(conn: &impl ConnectionTrait, after: Option<Uuid>) -> Result<Vec<Listed>, DbErr> {
    let mut query = interview::Entity::find()
        .select_only()
        .columns([
            interview::Column::Id,
            interview::Column::RequestId,
            interview::Column::Outcome,
            interview::Column::EvidenceReducedAt,
        ])
        .order_by_asc(interview::Column::Id)
        .limit(PAGE);
    if let Some(after) = after {
        query = query.filter(interview::Column::Id.gt(after));
    }
    query.into_model::<Listed>().all(conn).await
}

/// The outcome and reduction entries of the page's requests, by the interview they name.
async fn logged_for(
    conn: &impl ConnectionTrait,
    page: &[Listed],
) -> Result<HashMap<Uuid, Logged>, DbErr> {
    let mut requests: Vec<Uuid> = page.iter().map(|r| r.request_id).collect();
    requests.sort_unstable();
    requests.dedup();
    let entries: Vec<(String, String)> = audit_entry::Entity::find()
        .select_only()
        .column(audit_entry::Column::Action)
        .column(audit_entry::Column::Detail)
        .filter(
            audit_entry::Column::Action.is_in(OUTCOME_ACTIONS.into_iter().chain([REDUCED_ACTION])),
        )
        .filter(audit_entry::Column::RequestId.is_in(requests))
        .order_by_asc(audit_entry::Column::Id)
        .into_tuple()
        .all(conn)
        .await?;
    let mut logged: HashMap<Uuid, Logged> = HashMap::new();
    for (action, detail) in entries {
        let Some(interview) = named_interview(&detail) else {
            continue;
        };
        let entry = logged.entry(interview).or_default();
        if action == REDUCED_ACTION {
            entry.reduced = true;
        } else {
            // Oldest first: the last one seen is the latest. An entry without a hash counts
            // as a hash that matches nothing.
            entry.latest_hash = Some(evidence_of(&detail).unwrap_or_default().to_owned());
        }
    }
    Ok(logged)
}

/// The interview an entry's detail starts with: `interview=<uuid> …`.
fn named_interview(detail: &str) -> Option<Uuid> {
    let first = detail.split_whitespace().next()?;
    Uuid::parse_str(first.strip_prefix("interview=")?).ok()
}

/// The evidence hash of an outcome entry: its first `evidence=` word (a reason, free text,
/// comes after it).
fn evidence_of(detail: &str) -> Option<&str> {
    detail
        .split_whitespace()
        .find_map(|word| word.strip_prefix("evidence="))
}

async fn check_one(
    conn: &impl ConnectionTrait,
    row: &Listed,
    logged: Option<&Logged>,
    report: &mut EvidenceReport,
) -> Result<(), DbErr> {
    let latest_hash = logged.and_then(|l| l.latest_hash.as_deref());
    if row.evidence_reduced_at.is_some() {
        report.reduced += 1;
        if !logged.is_some_and(|l| l.reduced) {
            report.note(row.request_id, row.id, Problem::NoReductionEntry);
        }
        return Ok(());
    }
    if row.outcome.is_none() {
        if latest_hash.is_some() {
            report.note(row.request_id, row.id, Problem::OutcomeRemoved);
        }
        return Ok(());
    }
    report.checked += 1;
    let Some(logged_hash) = latest_hash else {
        report.note(row.request_id, row.id, Problem::NoOutcomeEntry);
        return Ok(());
    };
    // The record is read exactly as the outcome's use case read it to hash it.
    let stored = match interviews::load(conn, row.id).await {
        Ok(Some(stored)) => stored,
        Ok(None) => return Ok(()),
        Err(DbErr::Custom(_)) => {
            report.note(row.request_id, row.id, Problem::Unreadable);
            return Ok(());
        }
        Err(e) => return Err(e),
    };
    if evidence_hash(&stored.record) != logged_hash {
        report.note(row.request_id, row.id, Problem::Changed);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_name_their_interview_and_hash() {
        let id = Uuid::new_v4();
        let cases = [
            (
                format!("interview={id} outcome=approved evidence=ab12"),
                Some(id),
                Some("ab12"),
            ),
            (
                format!(
                    "interview={id} from=approved outcome=refused evidence=cd34 reason=evidence=ff"
                ),
                Some(id),
                Some("cd34"),
            ),
            (
                format!("interview={id} reduced 3653 days after its outcome"),
                Some(id),
                None,
            ),
            (
                "outcome=approved evidence=ab12".to_owned(),
                None,
                Some("ab12"),
            ),
            (
                "interview=not-a-uuid evidence=ab".to_owned(),
                None,
                Some("ab"),
            ),
            (String::new(), None, None),
        ];
        for (detail, interview, hash) in cases {
            assert_eq!(named_interview(&detail), interview, "{detail}");
            assert_eq!(evidence_of(&detail), hash, "{detail}");
        }
    }
}
