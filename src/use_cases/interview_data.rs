//! What the interviewer adds to the record besides the checklist marks: corrections of the
//! applicant's personal data (the request keeps what was typed), and the photo of the applicant
//! holding the document, which comes in through the same upload piece as the ID scans.

use super::id_upload::{self, Limits, Part, Refused, Side};
use crate::db::audit::{self, Actor};
use crate::db::id_documents;
use crate::db::interviews::{self, Interview, SaveError};
use crate::db::requests::StoredRequest;
use crate::domain::interview::ChecklistProblem;
use crate::domain::personal_data::{
    self, Correction, CorrectionProblem, PersonalField, PersonalForm,
};
use actix_multipart::form::tempfile::TempFile;
use chrono::{DateTime, NaiveDate, Utc};
use sea_orm::{DatabaseConnection, DbErr, TransactionTrait};
use tokio::sync::Semaphore;
use uuid::Uuid;

/// The personal data as the applicant typed them, in the canonical form corrections use.
pub fn as_typed(request: &StoredRequest) -> PersonalForm {
    PersonalForm {
        last_name: request.last_name.clone(),
        first_names: request.first_names.clone(),
        birth_date: request.birth_date.format("%Y-%m-%d").to_string(),
        birth_place: request.birth_place.clone(),
        sex: request.sex.clone(),
        niss: request.niss.clone().unwrap_or_default(),
    }
}

/// The personal data as the interview established them: typed, then corrected.
pub fn established(request: &StoredRequest, interview: &Interview) -> PersonalForm {
    as_typed(request).corrected(&interview.record.corrections)
}

#[derive(Debug, thiserror::Error)]
pub enum CorrectionError {
    #[error("there is no such interview")]
    NotFound,
    #[error("the interview was changed by someone else meanwhile")]
    Stale,
    #[error(transparent)]
    Refused(#[from] ChecklistProblem),
    /// Every field's problem, in the form's order.
    #[error("the corrections are not valid: {0:?}")]
    Invalid(Vec<(PersonalField, CorrectionProblem)>),
    #[error(transparent)]
    Unexpected(#[from] anyhow::Error),
}

#[derive(Debug, thiserror::Error)]
pub enum PhotoError {
    #[error("there is no such interview")]
    NotFound,
    #[error(transparent)]
    Refused(#[from] ChecklistProblem),
    /// The upload gate refused the file (or none was given).
    #[error("the photo was not taken")]
    Upload(Refused),
    #[error(transparent)]
    Unexpected(#[from] anyhow::Error),
}

impl From<DbErr> for CorrectionError {
    fn from(e: DbErr) -> Self {
        CorrectionError::Unexpected(e.into())
    }
}

impl From<SaveError> for CorrectionError {
    fn from(e: SaveError) -> Self {
        match e {
            SaveError::Stale => CorrectionError::Stale,
            SaveError::Db(e) => e.into(),
        }
    }
}

impl From<DbErr> for PhotoError {
    fn from(e: DbErr) -> Self {
        PhotoError::Unexpected(e.into())
    }
}

/// Only a started interview without an outcome takes additions, after the consent.
fn open_for_additions(interview: &Interview) -> Result<(), ChecklistProblem> {
    let record = &interview.record;
    if record.outcome.is_some() {
        Err(ChecklistProblem::OutcomeRecorded)
    } else if record.started.is_none() {
        Err(ChecklistProblem::NotStarted)
    } else if !record.consent_confirmed() {
        Err(ChecklistProblem::ConsentFirst)
    } else {
        Ok(())
    }
}

/// Records every field of `form` that differs from the data as established so far, each with
/// the value it replaces. Returns the new version and how many fields changed (none: nothing is
/// written, the version stays).
#[allow(clippy::too_many_arguments)]
#[tracing::instrument(skip(db, request, form))]
pub async fn correct_personal_data(
    db: &DatabaseConnection,
    id: Uuid,
    expected_version: u32,
    request: &StoredRequest,
    form: &PersonalForm,
    by: Uuid,
    now: DateTime<Utc>,
    today: NaiveDate,
) -> Result<(u32, usize), CorrectionError> {
    let interview = match interviews::load(db, id).await? {
        None => return Err(CorrectionError::NotFound),
        Some(i) if i.version != expected_version => return Err(CorrectionError::Stale),
        Some(i) => i,
    };
    open_for_additions(&interview)?;
    let current = established(request, &interview);
    let changes =
        personal_data::changes(&current, form, today).map_err(CorrectionError::Invalid)?;
    if changes.is_empty() {
        return Ok((expected_version, 0));
    }
    let corrections: Vec<Correction> = changes
        .into_iter()
        .map(|(field, original, corrected)| Correction {
            field,
            original,
            corrected,
            by,
            at: now,
        })
        .collect();
    let fields: Vec<&str> = corrections.iter().map(|c| c.field.code()).collect();
    let tx = db.begin().await?;
    let version =
        interviews::save_corrections(&tx, id, expected_version, &corrections, now).await?;
    // Field names only: the values are personal data and stay in the record.
    audit::record(
        &tx,
        Actor::Staff(by),
        "interview_personal_data_corrected",
        Some(interview.request_id),
        &format!("fields={}", fields.join(",")),
        now,
    )
    .await?;
    tx.commit().await.map_err(anyhow::Error::from)?;
    Ok((version, corrections.len()))
}

/// Takes the photo of the applicant holding the document (from the webcam or a file), through
/// the upload gate, and records it with the interview's appointment. It does not change the
/// interview's version: a photo taken while someone edits a note does not make their page stale.
#[allow(clippy::too_many_arguments)]
#[tracing::instrument(skip(db, checks, limits, file))]
pub async fn record_photo(
    db: &DatabaseConnection,
    checks: &Semaphore,
    limits: &Limits,
    id: Uuid,
    file: Option<TempFile>,
    by: Uuid,
    now: DateTime<Utc>,
) -> Result<Uuid, PhotoError> {
    let interview = interviews::load(db, id)
        .await?
        .ok_or(PhotoError::NotFound)?;
    open_for_additions(&interview)?;
    let part = Part {
        side: Side::Photo,
        file,
        required: true,
    };
    let uploaded =
        match id_upload::receive(db, checks, limits, interview.request_id, vec![part]).await? {
            Ok(uploaded) => uploaded,
            Err(refused) => return Err(PhotoError::Upload(refused)),
        };
    let Some(image) = uploaded.images().first().cloned() else {
        return Err(anyhow::anyhow!("the photo was accepted but not written").into());
    };
    let tx = db.begin().await?;
    // The interview's row lock first (the order the outcome takes its locks in: the row, then
    // the audit log): photos sent at once are counted one after the other, and an outcome
    // recorded meanwhile, whose evidence hash was taken without this photo, closes the record.
    if !interviews::lock_undecided(&tx, interview.id).await? {
        return Err(ChecklistProblem::OutcomeRecorded.into());
    }
    let taken = id_documents::count_for_side(&tx, interview.request_id, Side::Photo.code()).await?;
    if taken >= u64::from(limits.max_per_side) {
        return Err(PhotoError::Upload(Refused {
            problems: vec![(Side::Photo, id_upload::Problem::TooMany)],
            passed: Vec::new(),
        }));
    }
    audit::record(
        &tx,
        Actor::Staff(by),
        "interview_photo",
        Some(interview.request_id),
        &format!("sha256={}", image.sha256),
        now,
    )
    .await?;
    let photo = id_documents::insert(
        &tx,
        interview.request_id,
        interview.appointment_id,
        &image,
        now,
    )
    .await?;
    tx.commit().await.map_err(anyhow::Error::from)?;
    uploaded.keep();
    Ok(photo)
}
