//! The end of an interview record's evidence retention: the record is reduced to what the law
//! requires (who decided what and when, on which document kind, with which drawn checks) and
//! its personal data and free texts are emptied. The reduction is a conditional update on
//! `evidence_reduced_at IS NULL`, so that two instances running it at once reduce each record
//! once, and only the one that did it audits it.

use super::entities::{interview, interview_item, personal_data_correction};
use chrono::{DateTime, SubsecRound, Utc};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
};
use uuid::Uuid;

/// A record whose evidence retention has run out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DueRecord {
    pub id: Uuid,
    pub request_id: Uuid,
}

/// Records decided before `decided_before` and not yet reduced, oldest decision first, at most
/// `limit` of them.
#[tracing::instrument(skip(conn))]
pub async fn due_for_reduction(
    conn: &impl ConnectionTrait,
    decided_before: DateTime<Utc>,
    limit: u64,
) -> Result<Vec<DueRecord>, DbErr> {
    let rows: Vec<(Uuid, Uuid)> = interview::Entity::find()
        .select_only()
        .column(interview::Column::Id)
        .column(interview::Column::RequestId)
        .filter(interview::Column::OutcomeAt.lt(decided_before))
        .filter(interview::Column::EvidenceReducedAt.is_null())
        .order_by_asc(interview::Column::OutcomeAt)
        .order_by_asc(interview::Column::Id)
        .limit(limit)
        .into_tuple()
        .all(conn)
        .await?;
    Ok(rows
        .into_iter()
        .map(|(id, request_id)| DueRecord { id, request_id })
        .collect())
}

/// Reduces one record decided before `decided_before`, inside the caller's transaction: empties
/// the document number, the MRZ, the fraud note, the outcome's texts and the checklist notes,
/// deletes the corrections of the applicant's personal data, and stamps the record. Kept: the
/// ids, the interviewer, the start, the consent, the outcome with who and when, the refusal
/// reason, the missing items, who flagged fraud and when, the document's kind, country and
/// expiry, and the drawn features and prompt. Says whether this call reduced it (false when it
/// was already reduced, by another instance meanwhile, or is not due).
#[tracing::instrument(skip(conn))]
pub async fn reduce(
    conn: &impl ConnectionTrait,
    id: Uuid,
    decided_before: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    let now = now.trunc_subsecs(6);
    let none = || Expr::value(Option::<String>::None);
    // The write first: it takes the row lock (PostgreSQL) or the write lock (SQLite), so that a
    // second instance waits here and then finds the record reduced.
    let reduced = interview::Entity::update_many()
        .col_expr(interview::Column::DocumentNumber, none())
        .col_expr(interview::Column::MrzText, none())
        .col_expr(interview::Column::FraudNote, none())
        .col_expr(interview::Column::ApplicantText, none())
        .col_expr(interview::Column::InternalNote, none())
        .col_expr(interview::Column::EvidenceReducedAt, Expr::value(now))
        // A page still open on the full record must not save over the reduced one.
        .col_expr(
            interview::Column::Version,
            Expr::col(interview::Column::Version).add(1),
        )
        .col_expr(interview::Column::UpdatedAt, Expr::value(now))
        .filter(interview::Column::Id.eq(id))
        .filter(interview::Column::EvidenceReducedAt.is_null())
        .filter(interview::Column::OutcomeAt.lt(decided_before))
        .exec(conn)
        .await?;
    if reduced.rows_affected != 1 {
        return Ok(false);
    }
    interview_item::Entity::update_many()
        .col_expr(interview_item::Column::Note, Expr::value(""))
        .filter(interview_item::Column::InterviewId.eq(id))
        .exec(conn)
        .await?;
    personal_data_correction::Entity::delete_many()
        .filter(personal_data_correction::Column::InterviewId.eq(id))
        .exec(conn)
        .await?;
    Ok(true)
}
