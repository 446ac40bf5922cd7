//! The interview as the interviewer walks it: opening it (the features and the liveness prompt
//! are drawn once), starting it, confirming the consent, marking checklist items and flagging
//! suspected fraud, recording the document data and checking its MRZ. Each change names the version the staff member's page showed and is refused
//! as `Stale` when someone else changed the interview meanwhile.

use crate::db::appointments::Appointment;
use crate::db::audit::{self, Actor};
use crate::db::interviews::{self, SaveError};
use crate::db::requests::{self, RequestId, StoredRequest};
use crate::domain::interview::{
    ChecklistProblem, ConsentPoints, DocumentData, DocumentField, DocumentForm, DocumentProblem,
    FraudFlag, Item, ItemState, LivenessPrompts, Stamp, choose_prompt,
};
use crate::domain::mrz_check::{self, Expected, Mismatch, Mrz, MrzProblem};
use crate::domain::request::Sex;
use crate::domain::scheduling::AppointmentState;
use crate::domain::security_features::{Catalogue, choose_features, os_seed, seeded_picker};
use anyhow::Context;
use chrono::{DateTime, NaiveDate, Utc};
use sea_orm::{DatabaseConnection, DbErr, TransactionTrait};
use uuid::Uuid;

pub use crate::db::interviews::Interview;

#[derive(Debug, thiserror::Error)]
pub enum OpenError {
    #[error("only a confirmed appointment has an interview")]
    NotConfirmed,
    #[error(transparent)]
    Unexpected(#[from] anyhow::Error),
}

impl From<DbErr> for OpenError {
    fn from(e: DbErr) -> Self {
        OpenError::Unexpected(e.into())
    }
}

/// Why starting, confirming the consent or marking an item did not happen.
#[derive(Debug, thiserror::Error)]
pub enum ChangeError {
    #[error("there is no such interview")]
    NotFound,
    #[error("the interview was changed by someone else meanwhile")]
    Stale,
    #[error(transparent)]
    Refused(#[from] ChecklistProblem),
    #[error(transparent)]
    Unexpected(#[from] anyhow::Error),
}

#[derive(Debug, thiserror::Error)]
pub enum FlagError {
    #[error("there is no such interview")]
    NotFound,
    #[error("the interview was changed by someone else meanwhile")]
    Stale,
    #[error(transparent)]
    Refused(#[from] ChecklistProblem),
    #[error("a fraud flag needs a note saying what was seen")]
    NoteRequired,
    #[error("the interview is already flagged")]
    AlreadyFlagged,
    #[error(transparent)]
    Unexpected(#[from] anyhow::Error),
}

#[derive(Debug, thiserror::Error)]
pub enum DocumentError {
    #[error("there is no such interview")]
    NotFound,
    #[error("the interview was changed by someone else meanwhile")]
    Stale,
    /// Every field's problem, in the form's order.
    #[error("the document data are not valid: {0:?}")]
    Invalid(Vec<(DocumentField, DocumentProblem)>),
    #[error(transparent)]
    Refused(#[from] ChecklistProblem),
    #[error(transparent)]
    Unexpected(#[from] anyhow::Error),
}

#[derive(Debug, thiserror::Error)]
pub enum MrzError {
    #[error("there is no such interview")]
    NotFound,
    #[error("the interview was changed by someone else meanwhile")]
    Stale,
    /// The zone is compared with the document data, so those come first.
    #[error("the document data must be recorded before the MRZ")]
    DocumentFirst,
    #[error("the MRZ cannot be read: {0}")]
    Unreadable(MrzProblem),
    #[error(transparent)]
    Refused(#[from] ChecklistProblem),
    #[error(transparent)]
    Unexpected(#[from] anyhow::Error),
}

/// The MRZ as stored and what disagrees with the typed data, for the page to show field by
/// field; an empty list means the `Mrz` item was ticked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MrzChecked {
    pub version: u32,
    pub mrz: Mrz,
    pub mismatches: Vec<Mismatch>,
}

/// Why an interview could not be loaded at the version a change names.
enum Gone {
    NotFound,
    Stale,
    Db(DbErr),
}

macro_rules! store_errors {
    ($($error:ident),*) => {$(
        impl From<DbErr> for $error {
            fn from(e: DbErr) -> Self {
                $error::Unexpected(e.into())
            }
        }

        impl From<SaveError> for $error {
            fn from(e: SaveError) -> Self {
                match e {
                    SaveError::Stale => $error::Stale,
                    SaveError::Db(e) => e.into(),
                }
            }
        }

        impl From<Gone> for $error {
            fn from(e: Gone) -> Self {
                match e {
                    Gone::NotFound => $error::NotFound,
                    Gone::Stale => $error::Stale,
                    Gone::Db(e) => e.into(),
                }
            }
        }
    )*};
}

store_errors!(ChangeError, FlagError, DocumentError, MrzError);

/// The interview at the version the staff member's page showed: the rules are applied to what
/// they saw, and the save checks that it is still current.
async fn load_at(
    db: &DatabaseConnection,
    id: Uuid,
    expected_version: u32,
) -> Result<Interview, Gone> {
    match interviews::load(db, id).await {
        Err(e) => Err(Gone::Db(e)),
        Ok(None) => Err(Gone::NotFound),
        Ok(Some(i)) if i.version != expected_version => Err(Gone::Stale),
        Ok(Some(i)) => Ok(i),
    }
}

/// The interview of a confirmed appointment, created at the first opening with its three
/// security features and its liveness prompt drawn from the operating system's randomness.
/// Every opening is audited: the page shows the applicant's personal data.
#[tracing::instrument(skip_all, fields(appointment = %appointment.id))]
pub async fn open(
    db: &DatabaseConnection,
    appointment: &Appointment,
    by: Uuid,
    now: DateTime<Utc>,
) -> Result<Interview, OpenError> {
    let existing = interviews::for_appointment(db, appointment.id).await?;
    let draw = match existing {
        Some(_) => None,
        None if appointment.state() != Some(AppointmentState::Confirmed) => {
            return Err(OpenError::NotConfirmed);
        }
        None => {
            let catalogue =
                Catalogue::builtin().context("reading the security feature catalogue")?;
            let prompts = LivenessPrompts::builtin().context("reading the liveness prompts")?;
            let mut pick = seeded_picker(os_seed().context("seeding the draw")?);
            let features = choose_features(&catalogue, &mut pick);
            Some((features, choose_prompt(&prompts, &mut pick)))
        }
    };
    let tx = db.begin().await?;
    let interview = match (existing, draw) {
        (Some(interview), _) => interview,
        (None, Some((features, prompt))) => {
            interviews::open_for_appointment(
                &tx,
                appointment.id,
                appointment.request_id,
                appointment.interviewer_id,
                &features,
                &prompt,
                now,
            )
            .await?
        }
        (None, None) => return Err(anyhow::anyhow!("nothing was drawn").into()),
    };
    audit::record(
        &tx,
        Actor::Staff(by),
        "view_interview",
        Some(appointment.request_id),
        "",
        now,
    )
    .await?;
    tx.commit().await?;
    Ok(interview)
}

/// The applicant joined: the checklist opens. Returns the new version.
#[tracing::instrument(skip(db))]
pub async fn start(
    db: &DatabaseConnection,
    id: Uuid,
    expected_version: u32,
    by: Uuid,
    now: DateTime<Utc>,
) -> Result<u32, ChangeError> {
    let mut interview = load_at(db, id, expected_version).await?;
    interview.record.start(by, now)?;
    let tx = db.begin().await?;
    let version = interviews::save_start(&tx, id, expected_version, Stamp { by, at: now }).await?;
    audit::record(
        &tx,
        Actor::Staff(by),
        "interview_start",
        Some(interview.request_id),
        "",
        now,
    )
    .await?;
    tx.commit().await?;
    Ok(version)
}

/// The applicant was told the purpose, the photo and the retention: the consent item is ticked
/// with the three points. Returns the new version.
#[tracing::instrument(skip(db))]
pub async fn confirm_consent(
    db: &DatabaseConnection,
    id: Uuid,
    expected_version: u32,
    points: ConsentPoints,
    by: Uuid,
    now: DateTime<Utc>,
) -> Result<u32, ChangeError> {
    let mut interview = load_at(db, id, expected_version).await?;
    interview.record.consent = points;
    interview
        .record
        .mark(Item::Consent, ItemState::Ok, by, now, "")?;
    let Some(mark) = interview.record.checklist.get(&Item::Consent) else {
        return Err(anyhow::anyhow!("the consent mark was not kept").into());
    };
    let tx = db.begin().await?;
    let version =
        interviews::save_consent(&tx, id, expected_version, points, Stamp { by, at: now }).await?;
    let version = interviews::save_item(&tx, id, version, Item::Consent, mark).await?;
    audit::record(
        &tx,
        Actor::Staff(by),
        "interview_consent",
        Some(interview.request_id),
        "purpose_told=yes photo_announced=yes retention_told=yes",
        now,
    )
    .await?;
    tx.commit().await?;
    Ok(version)
}

/// Marks one checklist item, by the domain's rules (consent first, an `Ok` needs its data).
/// Returns the new version.
#[allow(clippy::too_many_arguments)]
#[tracing::instrument(skip(db, note))]
pub async fn mark_item(
    db: &DatabaseConnection,
    id: Uuid,
    expected_version: u32,
    item: Item,
    state: ItemState,
    note: &str,
    by: Uuid,
    now: DateTime<Utc>,
) -> Result<u32, ChangeError> {
    let mut interview = load_at(db, id, expected_version).await?;
    // The zone is ok only when it was read and nothing in it disagrees: a failed check digit or
    // a mismatch cannot be ticked away.
    if item == Item::Mrz && state == ItemState::Ok {
        let request = requests::find(db, RequestId(interview.request_id))
            .await?
            .with_context(|| format!("the request of interview {id}"))?;
        let today = crate::domain::slot::brussels_date(now);
        if !stored_mrz_mismatches(&interview, &request, today).is_some_and(|m| m.is_empty()) {
            return Err(ChecklistProblem::EvidenceMissing(Item::Mrz).into());
        }
    }
    interview.record.mark(item, state, by, now, note)?;
    let Some(mark) = interview.record.checklist.get(&item) else {
        return Err(anyhow::anyhow!("the mark of {} was not kept", item.code()).into());
    };
    let tx = db.begin().await?;
    let version = interviews::save_item(&tx, id, expected_version, item, mark).await?;
    audit::record(
        &tx,
        Actor::Staff(by),
        "interview_item",
        Some(interview.request_id),
        &format!("item={} state={}", item.code(), state.code()),
        now,
    )
    .await?;
    tx.commit().await?;
    Ok(version)
}

/// Records the interviewer's suspicion of fraud, which blocks an approval. Returns the new
/// version.
#[tracing::instrument(skip(db, note))]
pub async fn flag_fraud(
    db: &DatabaseConnection,
    id: Uuid,
    expected_version: u32,
    note: &str,
    by: Uuid,
    now: DateTime<Utc>,
) -> Result<u32, FlagError> {
    let interview = load_at(db, id, expected_version).await?;
    let record = &interview.record;
    if record.outcome.is_some() {
        return Err(ChecklistProblem::OutcomeRecorded.into());
    }
    if record.started.is_none() {
        return Err(ChecklistProblem::NotStarted.into());
    }
    if record.fraud.is_some() {
        return Err(FlagError::AlreadyFlagged);
    }
    let note = note.trim();
    if note.is_empty() {
        return Err(FlagError::NoteRequired);
    }
    let flag = FraudFlag {
        by,
        at: now,
        note: note.to_owned(),
    };
    let tx = db.begin().await?;
    let version = interviews::save_flag(&tx, id, expected_version, &flag).await?;
    audit::record(
        &tx,
        Actor::Staff(by),
        "interview_fraud_flag",
        Some(interview.request_id),
        "",
        now,
    )
    .await?;
    tx.commit().await?;
    Ok(version)
}

/// Records the document's kind, issuer, number and expiry (VAL-8.3.3-10) and marks the
/// `DocumentData` item: ok when the document is valid today, not ok when it has expired, which
/// blocks an approval. Returns the new version.
#[allow(clippy::too_many_arguments)]
#[tracing::instrument(skip(db, form))]
pub async fn record_document(
    db: &DatabaseConnection,
    id: Uuid,
    expected_version: u32,
    form: DocumentForm,
    by: Uuid,
    now: DateTime<Utc>,
    today: NaiveDate,
) -> Result<u32, DocumentError> {
    let mut interview = load_at(db, id, expected_version).await?;
    let document = DocumentData::parse(&form).map_err(DocumentError::Invalid)?;
    let (state, note) = if document.is_expired(today) {
        (
            ItemState::NotOk,
            format!("the document expired on {}", document.expiry()),
        )
    } else {
        (ItemState::Ok, String::new())
    };
    interview.record.document = Some(document.clone());
    interview
        .record
        .mark(Item::DocumentData, state, by, now, &note)?;
    let Some(mark) = interview.record.checklist.get(&Item::DocumentData) else {
        return Err(anyhow::anyhow!("the document data mark was not kept").into());
    };
    let tx = db.begin().await?;
    let version = interviews::save_document(&tx, id, expected_version, &document, now).await?;
    let version = interviews::save_item(&tx, id, version, Item::DocumentData, mark).await?;
    // The number identifies the person: it stays in the interview record, out of the log.
    audit::record(
        &tx,
        Actor::Staff(by),
        "interview_document",
        Some(interview.request_id),
        &format!(
            "kind={} country={}",
            document.kind().code(),
            document.issuing_country().code()
        ),
        now,
    )
    .await?;
    tx.commit().await?;
    Ok(version)
}

/// Reads the pasted MRZ, compares it with the recorded document and the applicant's data from
/// the request (VAL-8.3.3-12X), stores it and marks the `Mrz` item: ok when nothing disagrees,
/// not ok with the disagreeing fields named otherwise.
#[allow(clippy::too_many_arguments)]
#[tracing::instrument(skip(db, pasted))]
pub async fn check_mrz(
    db: &DatabaseConnection,
    id: Uuid,
    expected_version: u32,
    pasted: &str,
    by: Uuid,
    now: DateTime<Utc>,
    today: NaiveDate,
) -> Result<MrzChecked, MrzError> {
    let mut interview = load_at(db, id, expected_version).await?;
    let Some(document) = interview.record.document.clone() else {
        return Err(MrzError::DocumentFirst);
    };
    let mrz = mrz_check::read(pasted, today).map_err(MrzError::Unreadable)?;
    let request = requests::find(db, RequestId(interview.request_id))
        .await?
        .with_context(|| format!("the request of interview {id}"))?;
    let mismatches = compare_with_record(&mrz, &document, &request, &interview)?;
    let fields: Vec<String> = mismatches.iter().map(mismatch_field).collect();
    let (state, note) = if mismatches.is_empty() {
        (ItemState::Ok, String::new())
    } else {
        (
            ItemState::NotOk,
            format!("the MRZ does not match: {}", fields.join(", ")),
        )
    };
    let text = mrz.lines().join("\n");
    interview.record.mrz = Some(text.clone());
    interview.record.mark(Item::Mrz, state, by, now, &note)?;
    let Some(mark) = interview.record.checklist.get(&Item::Mrz) else {
        return Err(anyhow::anyhow!("the MRZ mark was not kept").into());
    };
    let tx = db.begin().await?;
    let version = interviews::save_mrz(&tx, id, expected_version, &text, now).await?;
    let version = interviews::save_item(&tx, id, version, Item::Mrz, mark).await?;
    // Field names only: the values are personal data and stay in the interview record.
    let mut detail = format!("mismatches={}", mismatches.len());
    if !fields.is_empty() {
        detail.push_str(&format!(" fields={}", fields.join(",")));
    }
    audit::record(
        &tx,
        Actor::Staff(by),
        "interview_mrz",
        Some(interview.request_id),
        &detail,
        now,
    )
    .await?;
    tx.commit().await?;
    Ok(MrzChecked {
        version,
        mrz,
        mismatches,
    })
}

/// Compares a zone with the recorded document and with the personal data as the interview
/// established them: a typing error the interviewer already corrected is no mismatch.
fn compare_with_record(
    mrz: &Mrz,
    document: &DocumentData,
    request: &StoredRequest,
    interview: &Interview,
) -> anyhow::Result<Vec<Mismatch>> {
    let person = super::interview_data::established(request, interview);
    let sex =
        Sex::parse(&person.sex).with_context(|| format!("the sex of request {}", request.id))?;
    let birth_date = NaiveDate::parse_from_str(&person.birth_date, "%Y-%m-%d")
        .with_context(|| format!("the birth date of request {}", request.id))?;
    Ok(mrz_check::compare(
        mrz,
        &Expected {
            document_number: document.number(),
            expiry_date: document.expiry(),
            issuing_country: document.issuing_country().code(),
            last_name: &person.last_name,
            first_names: &person.first_names,
            birth_date,
            sex,
        },
    ))
}

/// The stored zone read again and compared with the record as it is now, for the page to show
/// field by field: `None` when no zone or no document is recorded.
pub fn stored_mrz_mismatches(
    interview: &Interview,
    request: &StoredRequest,
    today: NaiveDate,
) -> Option<Vec<Mismatch>> {
    let text = interview.record.mrz.as_deref()?;
    let document = interview.record.document.as_ref()?;
    let mrz = mrz_check::read(text, today).ok()?;
    compare_with_record(&mrz, document, request, interview).ok()
}

/// The name of the field a mismatch is about, as written in the note and the log.
fn mismatch_field(mismatch: &Mismatch) -> String {
    match mismatch {
        Mismatch::CheckDigit(field) => format!("check_digit_{}", field.as_str()),
        Mismatch::DocumentNumber { .. } => "document_number".into(),
        Mismatch::ExpiryDate { .. } => "expiry_date".into(),
        Mismatch::IssuingCountry { .. } => "issuing_country".into(),
        Mismatch::LastName { .. } => "last_name".into(),
        Mismatch::FirstNames { .. } => "first_names".into(),
        Mismatch::BirthDate { .. } => "birth_date".into(),
        Mismatch::Sex { .. } => "sex".into(),
    }
}
