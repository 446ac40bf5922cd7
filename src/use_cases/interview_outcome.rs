//! The end of an interview: recording its outcome, and a supervisor's change of it (four eyes).
//! Each is one transaction holding the outcome (with the version check), the request's new state,
//! one audit entry carrying the SHA-256 of the evidence text as stored (so that a later change of
//! the record shows), and the applicant's email with only the text meant for them.

use crate::db::activations;
use crate::db::appointments;
use crate::db::audit::{self, Actor};
use crate::db::interviews::{self, Interview, SaveError};
use crate::db::outbox;
use crate::db::requests::{self, RequestId, StoredRequest};
use crate::db::staff::{self, Role};
use crate::domain::activation::ActivationCode;
use crate::domain::codes::Token;
use crate::domain::interview::{
    ChangeProblem, Decided, InterviewRecord, Outcome, OutcomeProblem, decide, evidence_text,
    may_change_outcome,
};
use crate::domain::request::RequestState;
use crate::domain::scheduling::AppointmentState;
use crate::domain::slot::brussels_date;
use crate::email::messages;
use crate::i18n::Tr;
use crate::use_cases::activation::{self, IssueSettings, KeyHolder};
use crate::use_cases::interview_data::established;
use anyhow::Context;
use chrono::{DateTime, TimeDelta, Utc};
use sea_orm::{ConnectionTrait, DatabaseConnection, DbErr, TransactionTrait};
use sha2::{Digest, Sha256};
use url::Url;
use uuid::Uuid;

/// What recording an outcome needs from the configuration.
pub struct OutcomeSettings<'a> {
    /// Where the links in the applicant's email point.
    pub base_url: &'a Url,
    /// How long after the start a no-show may be recorded.
    pub no_show_grace: TimeDelta,
    /// How long an approval's activation code and link stay valid.
    pub activation_days: u32,
}

/// What recording or changing an outcome leaves: the interview's new version and, for an
/// approval, the activation code to show once to the staff member, who gives it in the call.
pub struct Recorded {
    pub version: u32,
    pub activation_code: Option<ActivationCode>,
}

impl<'a> OutcomeSettings<'a> {
    fn issue(&self) -> IssueSettings<'a> {
        IssueSettings {
            base_url: self.base_url,
            days: self.activation_days,
            imported: false,
        }
    }
}

/// The person as the interview established them (typed, then corrected), for their key.
fn holder<'a>(
    request: &'a StoredRequest,
    established: &'a crate::domain::personal_data::PersonalForm,
) -> KeyHolder<'a> {
    KeyHolder {
        request_id: Some(request.id),
        person_id: None,
        email: &request.email,
        language: request.ui_language(),
        first_names: &established.first_names,
        last_name: &established.last_name,
    }
}

#[derive(Debug, thiserror::Error)]
pub enum OutcomeError {
    #[error("there is no such interview")]
    NotFound,
    #[error("the interview was changed by someone else meanwhile")]
    Stale,
    #[error(transparent)]
    Refused(#[from] OutcomeProblem),
    #[error("the request is no longer waiting for this interview's outcome")]
    NoLongerOpen,
    #[error(transparent)]
    Unexpected(#[from] anyhow::Error),
}

#[derive(Debug, thiserror::Error)]
pub enum ChangeOutcomeError {
    #[error("there is no such interview")]
    NotFound,
    #[error("the interview was changed by someone else meanwhile")]
    Stale,
    #[error("no outcome is recorded yet")]
    NotDecided,
    #[error(transparent)]
    NotAllowed(#[from] ChangeProblem),
    #[error(transparent)]
    Refused(#[from] OutcomeProblem),
    /// An interruption sent the request back to the queue: it is not changed into, or out of.
    #[error("an interruption cannot be changed, nor an outcome into one")]
    Interruption,
    #[error("the request is no longer in the state of the recorded outcome")]
    NoLongerOpen,
    #[error(transparent)]
    Unexpected(#[from] anyhow::Error),
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
    )*};
}

store_errors!(OutcomeError, ChangeOutcomeError);

/// The hex SHA-256 of the record's canonical evidence text, as written in the outcome's audit
/// entry (`interview=<id> … evidence=<hash>`), against which `verify-audit` checks the record.
pub fn evidence_hash(record: &InterviewRecord) -> String {
    hex::encode(Sha256::digest(evidence_text(record).as_bytes()))
}

/// The request's state after an outcome: an interruption puts it back in the queue.
fn next_state(outcome: &Outcome) -> RequestState {
    match outcome {
        Outcome::Approved => RequestState::Approved,
        Outcome::Incomplete { .. } => RequestState::Incomplete,
        Outcome::Refused { .. } => RequestState::Refused,
        Outcome::NoShow => RequestState::NoShow,
        Outcome::Interrupted { .. } => RequestState::Submitted,
    }
}

/// What the rules are applied to: the interview at the version the staff member's page showed,
/// its appointment's start and its request.
struct Loaded {
    interview: Interview,
    starts_at: DateTime<Utc>,
    request: StoredRequest,
}

enum Gone {
    NotFound,
    Stale,
    Db(anyhow::Error),
}

async fn load_at(db: &DatabaseConnection, id: Uuid, expected_version: u32) -> Result<Loaded, Gone> {
    let db_err = |e: DbErr| Gone::Db(e.into());
    let interview = match interviews::load(db, id).await.map_err(db_err)? {
        None => return Err(Gone::NotFound),
        Some(i) if i.version != expected_version => return Err(Gone::Stale),
        Some(i) => i,
    };
    let appointment = appointments::find(db, interview.appointment_id)
        .await
        .map_err(db_err)?
        .ok_or_else(|| Gone::Db(anyhow::anyhow!("interview {id} without its appointment")))?;
    let request = requests::find(db, RequestId(interview.request_id))
        .await
        .map_err(db_err)?
        .ok_or_else(|| Gone::Db(anyhow::anyhow!("interview {id} without its request")))?;
    Ok(Loaded {
        interview,
        starts_at: appointment.starts_at,
        request,
    })
}

macro_rules! gone_errors {
    ($($error:ident),*) => {$(
        impl From<Gone> for $error {
            fn from(e: Gone) -> Self {
                match e {
                    Gone::NotFound => $error::NotFound,
                    Gone::Stale => $error::Stale,
                    Gone::Db(e) => $error::Unexpected(e),
                }
            }
        }
    )*};
}

gone_errors!(OutcomeError, ChangeOutcomeError);

/// Saves the outcome (first, so that on SQLite the transaction takes the write lock before it
/// reads) and returns the new version with the evidence hash of the record as stored.
async fn save_and_hash(
    conn: &impl ConnectionTrait,
    id: Uuid,
    expected_version: u32,
    decided: &Decided,
) -> Result<(u32, String), SaveError> {
    let version = interviews::save_outcome(conn, id, expected_version, decided).await?;
    let stored = interviews::load(conn, id).await?.ok_or(SaveError::Stale)?;
    Ok((version, evidence_hash(&stored.record)))
}

/// Where an interrupted interview's applicant chooses new preferred slots.
pub fn new_slots_link(base_url: &Url, request: &StoredRequest, token: &Token) -> String {
    format!(
        "{}/{}/appointment/{}/new-slots",
        base_url.as_str().trim_end_matches('/'),
        request.ui_language().code(),
        token.as_str()
    )
}

fn new_request_link(base_url: &Url, request: &StoredRequest) -> String {
    format!(
        "{}/{}/request",
        base_url.as_str().trim_end_matches('/'),
        request.ui_language().code()
    )
}

/// Records how the interview ended. The request moves on from `confirmed` (an interruption
/// releases the slot and puts the request back in the queue, as "ask another slot" does), the
/// outcome is audited with its evidence hash, and the applicant is emailed in their language.
/// Returns the interview's new version.
#[allow(clippy::too_many_arguments)]
#[tracing::instrument(skip(db, settings, outcome), fields(outcome = outcome.code()))]
pub async fn record_outcome(
    db: &DatabaseConnection,
    settings: &OutcomeSettings<'_>,
    id: Uuid,
    expected_version: u32,
    outcome: Outcome,
    by: Uuid,
    now: DateTime<Utc>,
) -> Result<Recorded, OutcomeError> {
    let Loaded {
        interview,
        starts_at,
        request,
    } = load_at(db, id, expected_version).await?;
    let approving = matches!(outcome, Outcome::Approved);
    let decided = decide(
        &interview.record,
        outcome,
        by,
        now,
        starts_at,
        settings.no_show_grace,
        brussels_date(now),
    )?;
    // The activation code is hashed before the transaction: argon2 never holds the write lock.
    let prepared = if approving {
        Some(activation::prepare().await?)
    } else {
        None
    };
    let tx = db.begin().await?;
    let (version, hash) = save_and_hash(&tx, id, expected_version, &decided).await?;
    // The interview of a moved or cancelled appointment has no outcome of its own.
    let still_confirmed = appointments::find(&tx, interview.appointment_id)
        .await?
        .is_some_and(|a| a.state() == Some(AppointmentState::Confirmed));
    if !still_confirmed {
        return Err(OutcomeError::NoLongerOpen);
    }
    let interrupted = matches!(decided.outcome, Outcome::Interrupted { .. });
    let mut changed = appointments::set_request_state(
        &tx,
        request.id,
        &[RequestState::Confirmed],
        next_state(&decided.outcome),
        now,
    )
    .await?;
    // The released appointment gets a new link token: the email's link to choose new preferred
    // slots, while the old appointment link stops opening anything.
    let mut link = new_request_link(settings.base_url, &request);
    if changed && interrupted {
        changed = appointments::close(
            &tx,
            interview.appointment_id,
            AppointmentState::Released,
            None,
            Some("the interview was interrupted".to_owned()),
            now,
        )
        .await?;
        let token = Token::generate();
        changed = changed
            && appointments::set_token_hash(&tx, interview.appointment_id, &token.digest()).await?;
        link = new_slots_link(settings.base_url, &request, &token);
    }
    if !changed {
        return Err(OutcomeError::NoLongerOpen);
    }
    audit::record(
        &tx,
        Actor::Staff(by),
        "interview_outcome",
        Some(request.id),
        &format!(
            "interview={id} outcome={} evidence={hash}",
            decided.outcome.code()
        ),
        now,
    )
    .await?;
    let email = messages::interview_outcome(
        Tr(request.ui_language()),
        &request,
        &decided.outcome,
        starts_at,
        &link,
    );
    outbox::queue(&tx, &email, now).await?;
    // The approval's activation: its email follows the outcome's, in the same transaction.
    if let Some(prepared) = &prepared {
        let established = established(&request, &interview);
        activation::issue_in(
            &tx,
            prepared,
            &holder(&request, &established),
            &settings.issue(),
            Some(by),
            now,
        )
        .await?;
    }
    tx.commit().await.context("committing the outcome")?;
    Ok(Recorded {
        version,
        activation_code: prepared.map(|p| p.code),
    })
}

/// A supervisor other than the one who recorded the outcome replaces it, with a reason (four
/// eyes). The new outcome obeys the same rules as a first one; the request moves to its state,
/// the change is audited with the reason and the new evidence hash, and the applicant is told
/// the new outcome. Returns the interview's new version.
#[allow(clippy::too_many_arguments)]
#[tracing::instrument(skip(db, settings, outcome, reason), fields(outcome = outcome.code()))]
pub async fn change_outcome(
    db: &DatabaseConnection,
    settings: &OutcomeSettings<'_>,
    id: Uuid,
    expected_version: u32,
    outcome: Outcome,
    reason: &str,
    by: Uuid,
    now: DateTime<Utc>,
) -> Result<Recorded, ChangeOutcomeError> {
    let Loaded {
        interview,
        starts_at,
        request,
    } = load_at(db, id, expected_version).await?;
    let Some(recorded) = interview.record.outcome.clone() else {
        return Err(ChangeOutcomeError::NotDecided);
    };
    let is_supervisor = staff::find(db, by)
        .await?
        .is_some_and(|s| s.role() == Some(Role::Supervisor));
    may_change_outcome(&interview.record, by, is_supervisor, reason)?;
    if matches!(recorded.outcome, Outcome::Interrupted { .. })
        || matches!(outcome, Outcome::Interrupted { .. })
    {
        return Err(ChangeOutcomeError::Interruption);
    }
    let undecided = InterviewRecord {
        outcome: None,
        ..interview.record.clone()
    };
    let decided = decide(
        &undecided,
        outcome,
        by,
        now,
        starts_at,
        settings.no_show_grace,
        brussels_date(now),
    )?;
    let approving = matches!(decided.outcome, Outcome::Approved);
    let prepared = if approving {
        Some(activation::prepare().await?)
    } else {
        None
    };
    let tx = db.begin().await?;
    let (version, hash) = save_and_hash(&tx, id, expected_version, &decided).await?;
    if !appointments::set_request_state(
        &tx,
        request.id,
        &[next_state(&recorded.outcome)],
        next_state(&decided.outcome),
        now,
    )
    .await?
    {
        return Err(ChangeOutcomeError::NoLongerOpen);
    }
    audit::record(
        &tx,
        Actor::Staff(by),
        "interview_outcome_changed",
        Some(request.id),
        &format!(
            "interview={id} from={} outcome={} evidence={hash} reason={}",
            recorded.outcome.code(),
            decided.outcome.code(),
            reason.trim()
        ),
        now,
    )
    .await?;
    let email = messages::interview_outcome(
        Tr(request.ui_language()),
        &request,
        &decided.outcome,
        starts_at,
        &new_request_link(settings.base_url, &request),
    );
    outbox::queue(&tx, &email, now).await?;
    // An approval withdrawn takes its unused activation with it (a key already made keeps the
    // request activated, so that the change above was refused); a new approval issues one.
    if matches!(recorded.outcome, Outcome::Approved) && !approving {
        activations::revoke_open_for_request(&tx, request.id, Some(by), "outcome changed", now)
            .await?;
    }
    if let Some(prepared) = &prepared {
        let established = established(&request, &interview);
        activation::issue_in(
            &tx,
            prepared,
            &holder(&request, &established),
            &settings.issue(),
            Some(by),
            now,
        )
        .await?;
    }
    tx.commit()
        .await
        .context("committing the changed outcome")?;
    Ok(Recorded {
        version,
        activation_code: prepared.map(|p| p.code),
    })
}
