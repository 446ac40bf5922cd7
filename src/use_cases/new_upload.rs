//! A new upload of the ID, asked for by the interviewer when the scan is not good enough: asking
//! (a new link by email, which replaces any earlier one) and the applicant's upload through that
//! link, with the same quality gate and limits as at the booking. The upload leaves the
//! interview's version alone, so that the interviewer's open page does not go stale.

use crate::db::audit::{self, Actor};
use crate::db::id_documents;
use crate::db::interviews::{self, Interview, SaveError};
use crate::db::outbox;
use crate::db::requests::{self, RequestId, StoredRequest};
use crate::domain::codes::Token;
use crate::domain::interview::Stamp;
use crate::domain::request::RequestState;
use crate::email::messages;
use crate::i18n::Tr;
use crate::use_cases::id_upload::{self, Limits, Part, Problem, Refused, Side};
use anyhow::Context;
use chrono::{DateTime, Utc};
use sea_orm::{ConnectionTrait, DatabaseConnection, DbErr, TransactionTrait};
use tokio::sync::Semaphore;
use url::Url;
use uuid::Uuid;

#[derive(Debug, thiserror::Error)]
pub enum AskError {
    #[error("there is no such interview")]
    NotFound,
    #[error("the interview was changed by someone else meanwhile")]
    Stale,
    #[error("the interview has not started")]
    NotStarted,
    #[error("the interview has an outcome: nothing more is needed")]
    Closed,
    #[error(transparent)]
    Unexpected(#[from] anyhow::Error),
}

impl From<DbErr> for AskError {
    fn from(e: DbErr) -> Self {
        AskError::Unexpected(e.into())
    }
}

impl From<SaveError> for AskError {
    fn from(e: SaveError) -> Self {
        match e {
            SaveError::Stale => AskError::Stale,
            SaveError::Db(e) => e.into(),
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ReceiveError {
    /// No interview asks for an upload with this link: unknown, or replaced by a newer one.
    #[error("this link does not open a new upload")]
    NotCurrent,
    /// The interview has an outcome (or its request has ended): nothing more is needed.
    #[error("the interview is over")]
    Closed,
    /// The gate or the limits refused a side; nothing was kept.
    #[error("the images were refused")]
    Refused(Refused),
    #[error(transparent)]
    Unexpected(#[from] anyhow::Error),
}

impl From<DbErr> for ReceiveError {
    fn from(e: DbErr) -> Self {
        ReceiveError::Unexpected(e.into())
    }
}

/// The link of the email: the page in the applicant's language.
pub fn link(base_url: &Url, request: &StoredRequest, token: &Token) -> String {
    format!(
        "{}/{}/new-upload/{}",
        base_url.as_str().trim_end_matches('/'),
        request.ui_language().code(),
        token.as_str()
    )
}

/// Whether the interview still takes images: no outcome yet, and its request still waits for it.
pub fn is_open(interview: &Interview, request: &StoredRequest) -> bool {
    interview.record.outcome.is_none() && request.state() == Some(RequestState::Confirmed)
}

/// The interviewer asks for a new upload of the ID, during the interview: a new link (the
/// earlier one stops working), audited, emailed to the applicant in their language. Returns the
/// interview's new version.
#[tracing::instrument(skip(db, base_url))]
pub async fn ask(
    db: &DatabaseConnection,
    base_url: &Url,
    interview_id: Uuid,
    expected_version: u32,
    by: Uuid,
    now: DateTime<Utc>,
) -> Result<u32, AskError> {
    let interview = interviews::load(db, interview_id)
        .await?
        .ok_or(AskError::NotFound)?;
    if interview.version != expected_version {
        return Err(AskError::Stale);
    }
    if interview.record.outcome.is_some() {
        return Err(AskError::Closed);
    }
    if interview.record.started.is_none() {
        return Err(AskError::NotStarted);
    }
    let request = requests::find(db, RequestId(interview.request_id))
        .await?
        .with_context(|| format!("interview {interview_id} without its request"))?;
    if !is_open(&interview, &request) {
        return Err(AskError::Closed);
    }
    let token = Token::generate();
    let tx = db.begin().await?;
    // The version check first: a write, so that on SQLite the transaction takes the write lock
    // before anything else, and an outcome recorded meanwhile makes this one stale.
    let version = interviews::save_new_upload_request(
        &tx,
        interview_id,
        expected_version,
        &token.digest(),
        Stamp { by, at: now },
    )
    .await?;
    audit::record(
        &tx,
        Actor::Staff(by),
        "interview_new_upload_asked",
        Some(request.id),
        &format!("interview={interview_id}"),
        now,
    )
    .await?;
    let email = messages::new_upload_asked(
        Tr(request.ui_language()),
        &request,
        &link(base_url, &request, &token),
    );
    outbox::queue(&tx, &email, now).await?;
    tx.commit()
        .await
        .context("committing the request for a new upload")?;
    Ok(version)
}

/// The interview a new-upload link leads to, with its request: `None` when no interview asks
/// with this token (unknown, or replaced by a newer request).
pub async fn find(
    conn: &impl ConnectionTrait,
    token: &Token,
) -> Result<Option<(Interview, StoredRequest)>, DbErr> {
    let Some(interview) = interviews::for_new_upload_token(conn, &token.digest()).await? else {
        return Ok(None);
    };
    let Some(request) = requests::find(conn, RequestId(interview.request_id)).await? else {
        return Ok(None);
    };
    Ok(Some((interview, request)))
}

/// The applicant's new images, through the booking's gate and limits. They are recorded with
/// the interview's appointment and audited in one transaction; the files are removed again
/// unless it commits. Returns the ids of the images recorded.
#[tracing::instrument(skip_all)]
pub async fn receive(
    db: &DatabaseConnection,
    checks: &Semaphore,
    limits: &Limits,
    token: &Token,
    parts: Vec<Part>,
    now: DateTime<Utc>,
) -> Result<Vec<Uuid>, ReceiveError> {
    // Refused early, before an image is checked.
    let (interview, request) = find(db, token).await?.ok_or(ReceiveError::NotCurrent)?;
    if !is_open(&interview, &request) {
        return Err(ReceiveError::Closed);
    }
    let uploaded = id_upload::receive(db, checks, limits, request.id, parts)
        .await?
        .map_err(ReceiveError::Refused)?;
    let sides: Vec<&str> = uploaded.images().iter().map(|i| i.side).collect();
    let tx = db.begin().await?;
    // The interview's row lock first (the order the outcome takes its locks in: the row, then
    // the audit log), for the rest of the transaction: uploads for this interview, and an
    // outcome being recorded, pass one after the other. What follows is read again under it.
    if !interviews::lock_undecided(&tx, interview.id).await? {
        return Err(ReceiveError::Closed);
    }
    let (interview, request) = find(&tx, token).await?.ok_or(ReceiveError::NotCurrent)?;
    if !is_open(&interview, &request) {
        return Err(ReceiveError::Closed);
    }
    audit::record(
        &tx,
        Actor::Applicant,
        "id_reupload",
        Some(request.id),
        &format!("interview={} sides={}", interview.id, sides.join(",")),
        now,
    )
    .await?;
    // Counted again under the lock: uploads sent at once all pass the first count.
    let mut refused = Refused::default();
    for side in [Side::Front, Side::Back] {
        if !uploaded.images().iter().any(|i| i.side == side.code()) {
            continue;
        }
        let count = id_documents::count_for_side(&tx, request.id, side.code()).await?;
        if count >= u64::from(limits.max_per_side) {
            refused.problems.push((side, Problem::TooMany));
        } else {
            refused.passed.push(side);
        }
    }
    if !refused.problems.is_empty() {
        return Err(ReceiveError::Refused(refused));
    }
    let mut ids = Vec::new();
    for image in uploaded.images() {
        ids.push(
            id_documents::insert(&tx, request.id, interview.appointment_id, image, now).await?,
        );
    }
    tx.commit().await.context("committing the new upload")?;
    uploaded.keep();
    Ok(ids)
}
