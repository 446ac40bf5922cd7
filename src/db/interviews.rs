//! The interview record of a confirmed appointment and its checklist marks. Every change is a
//! conditional update on the version the staff member's page was based on, so that when two of
//! them work on one interview the later save is refused (`SaveError::Stale`) instead of
//! silently overwriting the other's.

use super::entities::{id_document, interview, interview_item, personal_data_correction};
use crate::domain::interview::{
    ConsentPoints, Decided, DocumentData, DocumentForm, FraudFlag, ImageEvidence, InterviewRecord,
    Item, ItemRecord, ItemState, Outcome, RefusalReason, Stamp,
};
use crate::domain::personal_data::{Correction, PersonalField};
use crate::domain::security_features::{Category, FEATURES_CHECKED, Feature};
use chrono::{DateTime, SubsecRound, Utc};
use sea_orm::sea_query::{Expr, ExprTrait, OnConflict, SimpleExpr};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
    Set,
};
use uuid::Uuid;

/// An interview as loaded: its record, and the version a change must name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Interview {
    pub id: Uuid,
    pub appointment_id: Uuid,
    pub request_id: Uuid,
    pub version: u32,
    pub record: InterviewRecord,
    /// When and by whom a new upload of the ID was last asked for, if ever.
    pub new_upload_requested: Option<Stamp>,
}

#[derive(Debug, thiserror::Error)]
pub enum SaveError {
    /// Someone else changed the interview since the version named (or it does not exist).
    #[error("the interview was changed by someone else meanwhile")]
    Stale,
    #[error(transparent)]
    Db(#[from] DbErr),
}

/// Creates the interview of an appointment once, with the features and prompt drawn for it. A
/// second call, concurrent or later, leaves the first record alone and returns it, so that the
/// draw cannot be repeated until easy features come up.
#[tracing::instrument(skip(conn, features, prompt))]
pub async fn open_for_appointment(
    conn: &impl ConnectionTrait,
    appointment_id: Uuid,
    request_id: Uuid,
    interviewer_id: Uuid,
    features: &[Feature; FEATURES_CHECKED],
    prompt: &str,
    now: DateTime<Utc>,
) -> Result<Interview, DbErr> {
    let now = now.trunc_subsecs(6);
    let row = interview::ActiveModel {
        id: Set(Uuid::new_v4()),
        appointment_id: Set(appointment_id),
        request_id: Set(request_id),
        interviewer_id: Set(interviewer_id),
        version: Set(1),
        started_by: Set(None),
        started_at: Set(None),
        purpose_told: Set(false),
        photo_announced: Set(false),
        retention_told: Set(false),
        consent_by: Set(None),
        consent_at: Set(None),
        document_kind: Set(None),
        document_country: Set(None),
        document_number: Set(None),
        document_expiry: Set(None),
        mrz_text: Set(None),
        features: Set(Some(features_text(features))),
        liveness_prompt: Set(Some(prompt.to_owned())),
        fraud_by: Set(None),
        fraud_at: Set(None),
        fraud_note: Set(None),
        outcome: Set(None),
        outcome_by: Set(None),
        outcome_at: Set(None),
        applicant_text: Set(None),
        internal_note: Set(None),
        refusal_reason: Set(None),
        missing_items: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
        new_upload_requested_at: Set(None),
        new_upload_requested_by: Set(None),
        new_upload_token_hash: Set(None),
        evidence_reduced_at: Set(None),
    };
    // On PostgreSQL a concurrent insert waits for the first to commit, then does nothing.
    interview::Entity::insert(row)
        .on_conflict_do_nothing_on([interview::Column::AppointmentId])
        .exec_without_returning(conn)
        .await?;
    for_appointment(conn, appointment_id)
        .await?
        .ok_or_else(|| DbErr::RecordNotFound(format!("interview of {appointment_id}")))
}

pub async fn for_appointment(
    conn: &impl ConnectionTrait,
    appointment_id: Uuid,
) -> Result<Option<Interview>, DbErr> {
    let Some(row) = interview::Entity::find()
        .filter(interview::Column::AppointmentId.eq(appointment_id))
        .one(conn)
        .await?
    else {
        return Ok(None);
    };
    with_items(conn, row).await.map(Some)
}

pub async fn load(conn: &impl ConnectionTrait, id: Uuid) -> Result<Option<Interview>, DbErr> {
    let Some(row) = interview::Entity::find_by_id(id).one(conn).await? else {
        return Ok(None);
    };
    with_items(conn, row).await.map(Some)
}

async fn with_items(
    conn: &impl ConnectionTrait,
    row: interview::Model,
) -> Result<Interview, DbErr> {
    let items = interview_item::Entity::find()
        .filter(interview_item::Column::InterviewId.eq(row.id))
        .all(conn)
        .await?;
    let corrections = personal_data_correction::Entity::find()
        .filter(personal_data_correction::Column::InterviewId.eq(row.id))
        .order_by_asc(personal_data_correction::Column::CorrectedAt)
        .order_by_asc(personal_data_correction::Column::Id)
        .all(conn)
        .await?;
    // The images of the request up to the outcome: an upload for a later interview of the same
    // request (after an interruption) is not evidence of this one.
    // Photos of the applicant only from this interview's appointment: an earlier interview's
    // photo is not evidence of this one.
    let mut images = id_document::Entity::find()
        .filter(id_document::Column::RequestId.eq(row.request_id))
        .filter(
            sea_orm::Condition::any()
                .add(id_document::Column::Side.ne(crate::domain::interview::PHOTO_SIDE))
                .add(id_document::Column::AppointmentId.eq(row.appointment_id)),
        )
        .order_by_asc(id_document::Column::CreatedAt)
        .order_by_asc(id_document::Column::Id);
    if let Some(decided_at) = row.outcome_at {
        images = images.filter(id_document::Column::CreatedAt.lte(decided_at));
    }
    let images = images.all(conn).await?;
    let mut interview = to_domain(row, items)?;
    interview.record.corrections = corrections
        .into_iter()
        .map(|c| {
            Ok(Correction {
                field: PersonalField::parse(&c.field)
                    .ok_or_else(|| unreadable("correction", interview.id))?,
                original: c.original,
                corrected: c.corrected,
                by: c.corrected_by,
                at: c.corrected_at,
            })
        })
        .collect::<Result<_, DbErr>>()?;
    interview.record.images = images
        .into_iter()
        .map(|i| ImageEvidence {
            side: i.side,
            sha256: i.sha256,
            at: i.created_at,
        })
        .collect();
    Ok(interview)
}

/// Records corrections of the applicant's personal data, in the order given.
#[tracing::instrument(skip(conn, corrections))]
pub async fn save_corrections(
    conn: &impl ConnectionTrait,
    id: Uuid,
    expected_version: u32,
    corrections: &[Correction],
    now: DateTime<Utc>,
) -> Result<u32, SaveError> {
    let version = bump(conn, id, expected_version, now, vec![]).await?;
    for (n, c) in corrections.iter().enumerate() {
        // Made at one instant: a microsecond apart keeps their order on reading.
        let at = c.at.trunc_subsecs(6) + chrono::TimeDelta::microseconds(n as i64);
        personal_data_correction::ActiveModel {
            id: Set(Uuid::new_v4()),
            interview_id: Set(id),
            field: Set(c.field.code().to_owned()),
            original: Set(c.original.clone()),
            corrected: Set(c.corrected.clone()),
            corrected_by: Set(c.by),
            corrected_at: Set(at),
        }
        .insert(conn)
        .await?;
    }
    Ok(version)
}

/// Records the last mark of one item.
#[tracing::instrument(skip(conn, record))]
pub async fn save_item(
    conn: &impl ConnectionTrait,
    id: Uuid,
    expected_version: u32,
    item: Item,
    record: &ItemRecord,
) -> Result<u32, SaveError> {
    let version = bump(conn, id, expected_version, record.at, vec![]).await?;
    interview_item::Entity::insert(interview_item::ActiveModel {
        interview_id: Set(id),
        item: Set(item.code().to_owned()),
        state: Set(record.state.code().to_owned()),
        marked_by: Set(record.by),
        marked_at: Set(record.at.trunc_subsecs(6)),
        note: Set(record.note.clone()),
    })
    .on_conflict(
        OnConflict::columns([
            interview_item::Column::InterviewId,
            interview_item::Column::Item,
        ])
        .update_columns([
            interview_item::Column::State,
            interview_item::Column::MarkedBy,
            interview_item::Column::MarkedAt,
            interview_item::Column::Note,
        ])
        .to_owned(),
    )
    .exec_without_returning(conn)
    .await?;
    Ok(version)
}

#[tracing::instrument(skip(conn))]
pub async fn save_start(
    conn: &impl ConnectionTrait,
    id: Uuid,
    expected_version: u32,
    started: Stamp,
) -> Result<u32, SaveError> {
    let at = started.at.trunc_subsecs(6);
    bump(
        conn,
        id,
        expected_version,
        at,
        vec![
            (interview::Column::StartedBy, Expr::value(started.by)),
            (interview::Column::StartedAt, Expr::value(at)),
        ],
    )
    .await
}

/// The three points told, with who confirmed them and when.
#[tracing::instrument(skip(conn))]
pub async fn save_consent(
    conn: &impl ConnectionTrait,
    id: Uuid,
    expected_version: u32,
    points: ConsentPoints,
    confirmed: Stamp,
) -> Result<u32, SaveError> {
    let at = confirmed.at.trunc_subsecs(6);
    bump(
        conn,
        id,
        expected_version,
        at,
        vec![
            (
                interview::Column::PurposeTold,
                Expr::value(points.purpose_told),
            ),
            (
                interview::Column::PhotoAnnounced,
                Expr::value(points.photo_announced),
            ),
            (
                interview::Column::RetentionTold,
                Expr::value(points.retention_told),
            ),
            (interview::Column::ConsentBy, Expr::value(confirmed.by)),
            (interview::Column::ConsentAt, Expr::value(at)),
        ],
    )
    .await
}

#[tracing::instrument(skip(conn, document))]
pub async fn save_document(
    conn: &impl ConnectionTrait,
    id: Uuid,
    expected_version: u32,
    document: &DocumentData,
    now: DateTime<Utc>,
) -> Result<u32, SaveError> {
    bump(
        conn,
        id,
        expected_version,
        now,
        vec![
            (
                interview::Column::DocumentKind,
                Expr::value(document.kind().code()),
            ),
            (
                interview::Column::DocumentCountry,
                Expr::value(document.issuing_country().code()),
            ),
            (
                interview::Column::DocumentNumber,
                Expr::value(document.number()),
            ),
            (
                interview::Column::DocumentExpiry,
                Expr::value(document.expiry()),
            ),
        ],
    )
    .await
}

/// The MRZ as read, lines separated by `\n`.
#[tracing::instrument(skip(conn, mrz))]
pub async fn save_mrz(
    conn: &impl ConnectionTrait,
    id: Uuid,
    expected_version: u32,
    mrz: &str,
    now: DateTime<Utc>,
) -> Result<u32, SaveError> {
    bump(
        conn,
        id,
        expected_version,
        now,
        vec![(interview::Column::MrzText, Expr::value(mrz))],
    )
    .await
}

#[tracing::instrument(skip(conn, flag))]
pub async fn save_flag(
    conn: &impl ConnectionTrait,
    id: Uuid,
    expected_version: u32,
    flag: &FraudFlag,
) -> Result<u32, SaveError> {
    let at = flag.at.trunc_subsecs(6);
    bump(
        conn,
        id,
        expected_version,
        at,
        vec![
            (interview::Column::FraudBy, Expr::value(flag.by)),
            (interview::Column::FraudAt, Expr::value(at)),
            (
                interview::Column::FraudNote,
                Expr::value(flag.note.as_str()),
            ),
        ],
    )
    .await
}

/// Takes the interview's row lock for the rest of the caller's transaction (a write that changes
/// nothing) while no outcome is recorded; `false` once one is. An image recorded under this lock
/// either commits before an outcome is saved, so the outcome's evidence hash includes it, or waits
/// for the outcome and is refused: never an image the hash left out.
pub async fn lock_undecided(conn: &impl ConnectionTrait, id: Uuid) -> Result<bool, DbErr> {
    let result = interview::Entity::update_many()
        .col_expr(
            interview::Column::UpdatedAt,
            Expr::col(interview::Column::UpdatedAt),
        )
        .filter(interview::Column::Id.eq(id))
        .filter(interview::Column::Outcome.is_null())
        .exec(conn)
        .await?;
    Ok(result.rows_affected == 1)
}

/// A new upload of the ID was asked for: the digest of the link token emailed for it replaces
/// any earlier one (whose link then no longer opens the upload).
#[tracing::instrument(skip(conn, token_hash))]
pub async fn save_new_upload_request(
    conn: &impl ConnectionTrait,
    id: Uuid,
    expected_version: u32,
    token_hash: &str,
    asked: Stamp,
) -> Result<u32, SaveError> {
    let at = asked.at.trunc_subsecs(6);
    bump(
        conn,
        id,
        expected_version,
        at,
        vec![
            (interview::Column::NewUploadRequestedAt, Expr::value(at)),
            (
                interview::Column::NewUploadRequestedBy,
                Expr::value(asked.by),
            ),
            (
                interview::Column::NewUploadTokenHash,
                Expr::value(token_hash),
            ),
        ],
    )
    .await
}

/// The interview whose request for a new upload carries this token digest.
pub async fn for_new_upload_token(
    conn: &impl ConnectionTrait,
    token_hash: &str,
) -> Result<Option<Interview>, DbErr> {
    let Some(row) = interview::Entity::find()
        .filter(interview::Column::NewUploadTokenHash.eq(token_hash))
        .one(conn)
        .await?
    else {
        return Ok(None);
    };
    with_items(conn, row).await.map(Some)
}

/// The optimistic check: `UPDATE … SET version = version + 1 WHERE id = ? AND version = ?`,
/// with the changed columns. A write first, so that on SQLite the transaction takes the write
/// lock before anything else.
async fn bump(
    conn: &impl ConnectionTrait,
    id: Uuid,
    expected_version: u32,
    now: DateTime<Utc>,
    changes: Vec<(interview::Column, SimpleExpr)>,
) -> Result<u32, SaveError> {
    let expected = i32::try_from(expected_version).map_err(|_| SaveError::Stale)?;
    let mut update = interview::Entity::update_many()
        .col_expr(
            interview::Column::Version,
            Expr::col(interview::Column::Version).add(1),
        )
        .col_expr(
            interview::Column::UpdatedAt,
            Expr::value(now.trunc_subsecs(6)),
        );
    for (column, value) in changes {
        update = update.col_expr(column, value);
    }
    let result = update
        .filter(interview::Column::Id.eq(id))
        .filter(interview::Column::Version.eq(expected))
        .exec(conn)
        .await?;
    if result.rows_affected == 1 {
        Ok(expected_version + 1)
    } else {
        Err(SaveError::Stale)
    }
}

// ---------------------------------------------------------------------------------------------
// Rows and the domain
// ---------------------------------------------------------------------------------------------

fn features_text(features: &[Feature; FEATURES_CHECKED]) -> String {
    features
        .iter()
        .map(Feature::to_string)
        .collect::<Vec<_>>()
        .join("\n")
}

fn unreadable(what: &str, id: Uuid) -> DbErr {
    DbErr::Custom(format!("interview {id}: unreadable {what}"))
}

fn parse_features(text: &str, id: Uuid) -> Result<[Feature; FEATURES_CHECKED], DbErr> {
    let features: Vec<Feature> = text
        .lines()
        .map(|line| {
            let columns: Vec<&str> = line.split('|').map(str::trim).collect();
            match columns[..] {
                [category, name, flag] if flag == "yes" || flag == "no" => Some(Feature {
                    category: Category::parse(category)?,
                    name: name.to_owned(),
                    optically_variable: flag == "yes",
                }),
                _ => None,
            }
        })
        .collect::<Option<_>>()
        .ok_or_else(|| unreadable("features", id))?;
    features.try_into().map_err(|_| unreadable("features", id))
}

fn stamp(by: Option<Uuid>, at: Option<DateTime<Utc>>) -> Option<Stamp> {
    Some(Stamp { by: by?, at: at? })
}

fn to_domain(row: interview::Model, items: Vec<interview_item::Model>) -> Result<Interview, DbErr> {
    let id = row.id;
    let mut record = InterviewRecord::new(row.interviewer_id);
    record.started = stamp(row.started_by, row.started_at);
    record.consent = ConsentPoints {
        purpose_told: row.purpose_told,
        photo_announced: row.photo_announced,
        retention_told: row.retention_told,
    };
    for item in items {
        let code = Item::parse(&item.item).ok_or_else(|| unreadable("item", id))?;
        let state = ItemState::parse(&item.state).ok_or_else(|| unreadable("item state", id))?;
        record.checklist.insert(
            code,
            ItemRecord {
                state,
                by: item.marked_by,
                at: item.marked_at,
                note: item.note,
            },
        );
    }
    record.document = match (
        row.document_kind,
        row.document_country,
        row.document_number,
        row.document_expiry,
    ) {
        (Some(kind), Some(issuing_country), Some(number), Some(expiry)) => Some(
            DocumentData::parse(&DocumentForm {
                kind,
                issuing_country,
                number,
                expiry: expiry.format("%Y-%m-%d").to_string(),
            })
            .map_err(|_| unreadable("document", id))?,
        ),
        _ => None,
    };
    record.mrz = row.mrz_text;
    record.features = row
        .features
        .as_deref()
        .map(|text| parse_features(text, id))
        .transpose()?;
    record.prompt = row.liveness_prompt;
    record.fraud = match (row.fraud_by, row.fraud_at) {
        (Some(by), Some(at)) => Some(FraudFlag {
            by,
            at,
            note: row.fraud_note.unwrap_or_default(),
        }),
        _ => None,
    };
    record.outcome = match (row.outcome.as_deref(), row.outcome_by, row.outcome_at) {
        (Some(code), Some(by), Some(at)) => {
            // NULL and an empty text differ for an interruption, as in the evidence text.
            let interrupted_text = row.applicant_text.clone();
            let applicant_text = row.applicant_text.unwrap_or_default();
            let internal_note = row.internal_note.unwrap_or_default();
            let outcome = match code {
                "approved" => Outcome::Approved,
                "no_show" => Outcome::NoShow,
                "interrupted" => Outcome::Interrupted {
                    applicant_text: interrupted_text,
                },
                "incomplete" => Outcome::Incomplete {
                    missing: row
                        .missing_items
                        .unwrap_or_default()
                        .split_whitespace()
                        .map(Item::parse)
                        .collect::<Option<_>>()
                        .ok_or_else(|| unreadable("missing items", id))?,
                    applicant_text,
                    internal_note,
                },
                "refused" => Outcome::Refused {
                    reason: row
                        .refusal_reason
                        .as_deref()
                        .and_then(RefusalReason::parse)
                        .ok_or_else(|| unreadable("refusal reason", id))?,
                    applicant_text,
                    internal_note,
                },
                _ => return Err(unreadable("outcome", id)),
            };
            Some(Decided { outcome, by, at })
        }
        _ => None,
    };
    Ok(Interview {
        id,
        appointment_id: row.appointment_id,
        request_id: row.request_id,
        version: u32::try_from(row.version).map_err(|_| unreadable("version", id))?,
        record,
        new_upload_requested: stamp(row.new_upload_requested_by, row.new_upload_requested_at),
    })
}

/// The outcome as decided, every outcome column written (a changed outcome leaves nothing of
/// the one it replaces in the row; the audit log keeps that one's evidence hash).
#[tracing::instrument(skip(conn, decided))]
pub async fn save_outcome(
    conn: &impl ConnectionTrait,
    id: Uuid,
    expected_version: u32,
    decided: &Decided,
) -> Result<u32, SaveError> {
    let at = decided.at.trunc_subsecs(6);
    let none = || Option::<String>::None;
    let (applicant_text, internal_note, reason, missing) = match &decided.outcome {
        Outcome::Approved | Outcome::NoShow => (none(), none(), none(), none()),
        Outcome::Interrupted { applicant_text } => (applicant_text.clone(), none(), none(), none()),
        Outcome::Incomplete {
            missing,
            applicant_text,
            internal_note,
        } => (
            Some(applicant_text.clone()),
            Some(internal_note.clone()),
            none(),
            Some(
                missing
                    .iter()
                    .map(|i| i.code())
                    .collect::<Vec<_>>()
                    .join(" "),
            ),
        ),
        Outcome::Refused {
            reason,
            applicant_text,
            internal_note,
        } => (
            Some(applicant_text.clone()),
            Some(internal_note.clone()),
            Some(reason.code().to_owned()),
            none(),
        ),
    };
    bump(
        conn,
        id,
        expected_version,
        at,
        vec![
            (
                interview::Column::Outcome,
                Expr::value(decided.outcome.code()),
            ),
            (interview::Column::OutcomeBy, Expr::value(decided.by)),
            (interview::Column::OutcomeAt, Expr::value(at)),
            (
                interview::Column::ApplicantText,
                Expr::value(applicant_text),
            ),
            (interview::Column::InternalNote, Expr::value(internal_note)),
            (interview::Column::RefusalReason, Expr::value(reason)),
            (interview::Column::MissingItems, Expr::value(missing)),
        ],
    )
    .await
}
