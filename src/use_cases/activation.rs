//! The activation: issuing a code and a link (when an interview is approved, or again by a
//! supervisor), the code typed on the link's page (attempts counted before the check, a lock-out
//! after five wrong ones), the choice of a digital key and its first code, and a supervisor's
//! revocation. Each step is one transaction with its audit entry and its emails.

use crate::db::activations::{self, Activation, NewActivation};
use crate::db::appointments;
use crate::db::audit::{self, Actor};
use crate::db::digital_keys::{self, CodePurpose, CreateKeyError, DigitalKey, NewKey};
use crate::db::key_sessions::{self, KeySession, Stage};
use crate::db::outbox;
use crate::db::requests::StoredRequest;
use crate::domain::activation::{
    ACTIVATION_LOCK, ActivationCode, KeyFactor, LinkProblem, OneTimeCode, OneTimeProblem, SentCode,
    TotpProblem, activation_expires_at, check_totp, judge_link, judge_one_time_code,
    new_totp_secret, totp_secret_bytes, totp_secret_text,
};
use crate::domain::codes::Token;
use crate::domain::credentials::{NewPassword, Username};
use crate::domain::language::Language;
use crate::domain::request::RequestState;
use crate::domain::sign_in::Reserved;
use crate::email::messages::{self, Holder};
use crate::secrets;
use anyhow::Context;
use chrono::{DateTime, Duration, Utc};
use sea_orm::{DatabaseConnection, DatabaseTransaction, DbErr, TransactionTrait};
use url::Url;
use uuid::Uuid;

/// The least time between two one-time codes sent to one key.
pub const CODE_RESEND_GAP: Duration = Duration::seconds(60);

/// Where the activation email's button leads.
pub fn activation_link(base_url: &Url, language: Language, token: &Token) -> String {
    format!(
        "{}/{}/activate/{}",
        base_url.as_str().trim_end_matches('/'),
        language.code(),
        token.as_str()
    )
}

/// Where a key holder signs in.
pub fn sign_in_link(base_url: &Url, language: Language) -> String {
    format!(
        "{}/{}/key/sign-in",
        base_url.as_str().trim_end_matches('/'),
        language.code()
    )
}

/// A code and a token made, and the code hashed, before the transaction that stores them (argon2
/// takes tens of milliseconds: never inside a transaction).
pub struct Prepared {
    pub code: ActivationCode,
    code_hash: String,
    token: Token,
}

pub async fn prepare() -> anyhow::Result<Prepared> {
    let code = ActivationCode::generate();
    let code_hash = secrets::hash(code.expose().to_owned()).await?;
    Ok(Prepared {
        code,
        code_hash,
        token: Token::generate(),
    })
}

/// Who the key will be for: the person as the interview established them.
pub struct KeyHolder<'a> {
    pub request_id: Option<Uuid>,
    /// An imported person (no request behind them).
    pub person_id: Option<Uuid>,
    pub email: &'a str,
    pub language: Language,
    pub first_names: &'a str,
    pub last_name: &'a str,
}

/// What issuing needs from the configuration.
pub struct IssueSettings<'a> {
    pub base_url: &'a Url,
    pub days: u32,
    /// For a person imported from a list: the code comes by email, not from an interview.
    pub imported: bool,
}

/// Stores the activation in the caller's transaction, revoking any earlier unused one of the
/// request, audits it and queues the activation email. The code itself goes back to the caller,
/// who shows it once.
pub async fn issue_in(
    tx: &DatabaseTransaction,
    prepared: &Prepared,
    holder: &KeyHolder<'_>,
    settings: &IssueSettings<'_>,
    by: Option<Uuid>,
    now: DateTime<Utc>,
) -> Result<Uuid, DbErr> {
    let mut replaced = 0;
    if let Some(request_id) = holder.request_id {
        replaced =
            activations::revoke_open_for_request(tx, request_id, by, "replaced", now).await?;
    }
    if let Some(person_id) = holder.person_id {
        replaced += activations::revoke_open_for_person(tx, person_id, by, "replaced", now).await?;
    }
    let expires_at = activation_expires_at(now, settings.days);
    let id = activations::insert(
        tx,
        NewActivation {
            request_id: holder.request_id,
            person_id: holder.person_id,
            email: holder.email,
            language: holder.language,
            first_names: holder.first_names,
            last_name: holder.last_name,
            code_hash: prepared.code_hash.clone(),
            token_digest: prepared.token.digest(),
            issued_by: by,
            expires_at,
        },
        now,
    )
    .await?;
    audit::record(
        tx,
        by.map_or(Actor::System, Actor::Staff),
        "activation_issued",
        holder.request_id,
        &format!(
            "activation={id} expires={} replaced={replaced}",
            expires_at.to_rfc3339()
        ),
        now,
    )
    .await?;
    let email = messages::activation_link(
        &Holder {
            first_names: holder.first_names,
            email: holder.email,
            language: holder.language,
            request_id: holder.request_id,
        },
        &activation_link(settings.base_url, holder.language, &prepared.token),
        expires_at,
        settings.imported,
    );
    outbox::queue(tx, &email, now).await?;
    Ok(id)
}

// ---------------------------------------------------------------------------------------------
// The code on the link's page
// ---------------------------------------------------------------------------------------------

pub enum CodeResult {
    /// Right: a session to choose the key, for the cookie.
    Opened(Token),
    Wrong,
    Locked(DateTime<Utc>),
    Problem(LinkProblem),
}

/// Checks a typed activation code: the attempt is counted first (at most five wrong ones, even
/// sent at once), argon2 runs for any input, and the fifth wrong code locks the link and
/// emails the person.
#[tracing::instrument(skip_all, fields(activation = %activation.id))]
pub async fn try_code(
    db: &DatabaseConnection,
    activation: &Activation,
    typed: &str,
    now: DateTime<Utc>,
) -> anyhow::Result<CodeResult> {
    if let Err(problem) = judge_link(activation.state(), now) {
        return Ok(CodeResult::Problem(problem));
    }
    if !activations::reserve_attempt(db, activation.id, now).await? {
        // Counted full by attempts still being checked, or locked, used… meanwhile.
        let current = activations::find(db, activation.id)
            .await?
            .context("an activation vanished")?;
        return Ok(match judge_link(current.state(), now) {
            Err(problem) => CodeResult::Problem(problem),
            Ok(()) => CodeResult::Locked(now + ACTIVATION_LOCK),
        });
    }
    let typed = ActivationCode::parse(typed)
        .map(|c| c.expose().to_owned())
        .unwrap_or_default();
    let right = secrets::verify(typed, activation.code_hash.clone()).await?;
    let tx = db.begin().await?;
    if right {
        activations::attempt_was_right(&tx, activation.id).await?;
        let token =
            key_sessions::open(&tx, Stage::Activation, Some(activation.id), None, now).await?;
        tx.commit().await?;
        return Ok(CodeResult::Opened(token));
    }
    let locked = activations::after_wrong_code(&tx, activation.id, now).await?;
    if let Some(until) = locked {
        audit::record(
            &tx,
            Actor::System,
            "activation_lockout",
            activation.request_id,
            &format!("activation={} until {}", activation.id, until.to_rfc3339()),
            now,
        )
        .await?;
        let email = messages::activation_lockout(&Holder::from(activation), until);
        outbox::queue(&tx, &email, now).await?;
    }
    tx.commit().await?;
    Ok(match locked {
        Some(until) => CodeResult::Locked(until),
        None => CodeResult::Wrong,
    })
}

// ---------------------------------------------------------------------------------------------
// Choosing the key
// ---------------------------------------------------------------------------------------------

/// The key choice form as typed.
#[derive(Debug, Default, Clone, serde::Deserialize)]
#[serde(default)]
pub struct KeyChoice {
    pub factor: String,
    pub username: String,
    pub password: String,
    pub password_again: String,
    /// For a key without a code: the person read that most services will not accept it.
    pub understood: Option<String>,
}

#[derive(Debug, thiserror::Error)]
pub enum ChooseError {
    /// Field errors (field, translation key), all of them.
    #[error("the choice has errors")]
    Invalid(FieldProblems),
    #[error("the link can no longer be used")]
    Link(LinkProblem),
    /// The session ended meanwhile (the form sent twice, or too late).
    #[error("the session ended")]
    SessionEnded,
    #[error(transparent)]
    Unexpected(#[from] anyhow::Error),
}

impl From<DbErr> for ChooseError {
    fn from(e: DbErr) -> Self {
        ChooseError::Unexpected(e.into())
    }
}

/// What choosing led to.
pub enum Chosen {
    /// A code is awaited: sent by email, or from the app set up with this secret.
    Confirm { token: Token },
    /// A key without a code is active at once.
    Active,
}

/// Field errors: (field, translation key).
pub type FieldProblems = Vec<(&'static str, &'static str)>;

/// Reads the choice, collecting every problem.
fn parse_choice(
    choice: &KeyChoice,
    activation: &Activation,
) -> Result<(KeyFactor, Username, NewPassword), FieldProblems> {
    let mut problems = Vec::new();
    let factor = KeyFactor::parse(&choice.factor);
    if factor.is_none() {
        problems.push(("factor", "key-factor-required"));
    }
    let username = Username::parse(&choice.username)
        .map_err(|p| problems.push(("username", p.message_key())))
        .ok();
    let local_part = activation.email.split('@').next().unwrap_or_default();
    let context: Vec<&str> = [
        choice.username.trim(),
        activation.first_names.as_str(),
        activation.last_name.as_str(),
        local_part,
    ]
    .into_iter()
    .chain(activation.first_names.split_whitespace())
    .collect();
    let password = NewPassword::parse(&choice.password, &context)
        .map_err(|p| problems.push(("password", p.message_key())))
        .ok();
    if password.is_some() && choice.password != choice.password_again {
        problems.push(("password_again", "key-password-again-differs"));
    }
    if factor == Some(KeyFactor::Password) && choice.understood.is_none() {
        problems.push(("understood", "key-password-only-understood"));
    }
    match (factor, username, password) {
        (Some(f), Some(u), Some(p)) if problems.is_empty() => Ok((f, u, p)),
        _ => Err(problems),
    }
}

/// The one session a step takes: ended in the step's transaction, so that a form sent twice
/// goes through once.
async fn end_session(tx: &DatabaseTransaction, session: &KeySession) -> Result<(), ChooseError> {
    if key_sessions::end(tx, &session.token_hash).await? {
        Ok(())
    } else {
        Err(ChooseError::SessionEnded)
    }
}

/// Makes the key the person chose. With a code factor the key waits for its first code (sent by
/// email now, or from the app whose secret the next page shows); without one it is active at
/// once. A choice made again before the first code replaces the earlier one.
#[tracing::instrument(skip_all, fields(activation = %activation.id))]
pub async fn choose_key(
    db: &DatabaseConnection,
    base_url: &Url,
    session: &KeySession,
    activation: &Activation,
    choice: &KeyChoice,
    now: DateTime<Utc>,
) -> Result<Chosen, ChooseError> {
    judge_link(activation.state(), now).map_err(ChooseError::Link)?;
    let (factor, username, password) =
        parse_choice(choice, activation).map_err(ChooseError::Invalid)?;
    let password_hash = secrets::hash(password.expose().to_owned()).await?;
    let email_code = match factor {
        KeyFactor::Email => {
            let code = OneTimeCode::generate();
            let hash = secrets::hash(code.expose().to_owned()).await?;
            Some((code, hash))
        }
        _ => None,
    };
    let totp_secret = (factor == KeyFactor::App).then(|| totp_secret_text(&new_totp_secret()));
    let tx = db.begin().await?;
    end_session(&tx, session).await?;
    digital_keys::delete_unconfirmed(&tx, activation.id).await?;
    let key_id = match digital_keys::create(
        &tx,
        NewKey {
            activation_id: activation.id,
            username: username.as_str(),
            password_hash,
            factor,
            totp_secret,
            email: &activation.email,
            language: activation.language(),
            first_names: &activation.first_names,
            last_name: &activation.last_name,
        },
        now,
    )
    .await
    {
        Ok(id) => id,
        Err(CreateKeyError::UsernameTaken) => {
            return Err(ChooseError::Invalid(vec![(
                "username",
                "key-username-taken",
            )]));
        }
        // A second choice sent at once from another tab made the key first.
        Err(CreateKeyError::ActivationTaken) => return Err(ChooseError::SessionEnded),
        Err(CreateKeyError::Db(e)) => return Err(e.into()),
    };
    audit::record(
        &tx,
        Actor::Applicant,
        "key_chosen",
        activation.request_id,
        &format!(
            "activation={} key={key_id} factor={}",
            activation.id,
            factor.code()
        ),
        now,
    )
    .await?;
    let chosen = match email_code {
        Some((code, hash)) => {
            digital_keys::claim_code_sending(&tx, key_id, CODE_RESEND_GAP, now).await?;
            digital_keys::store_code(&tx, key_id, CodePurpose::Confirm, hash, now).await?;
            let key = digital_keys::find(&tx, key_id)
                .await?
                .context("the key just made")?;
            let email = messages::one_time_code(
                &Holder::of_key(&key, activation.request_id),
                &code,
                CodePurpose::Confirm,
            );
            outbox::queue(&tx, &email, now).await?;
            Chosen::Confirm {
                token: key_sessions::open(
                    &tx,
                    Stage::Confirm,
                    Some(activation.id),
                    Some(key_id),
                    now,
                )
                .await?,
            }
        }
        None if factor == KeyFactor::App => Chosen::Confirm {
            token: key_sessions::open(&tx, Stage::Confirm, Some(activation.id), Some(key_id), now)
                .await?,
        },
        None => {
            let key = digital_keys::find(&tx, key_id)
                .await?
                .context("the key just made")?;
            finish_activation(&tx, base_url, activation, &key, now).await?;
            Chosen::Active
        }
    };
    tx.commit().await.context("committing the key choice")?;
    Ok(chosen)
}

/// The key works: it is active, the activation used, the request activated, the person told.
async fn finish_activation(
    tx: &DatabaseTransaction,
    base_url: &Url,
    activation: &Activation,
    key: &DigitalKey,
    now: DateTime<Utc>,
) -> Result<(), ChooseError> {
    if !digital_keys::mark_activated(tx, key.id, now).await? {
        return Err(ChooseError::SessionEnded);
    }
    if !activations::mark_used(tx, activation.id, now).await? {
        let current = activations::find(tx, activation.id).await?;
        let problem = current
            .and_then(|a| judge_link(a.state(), now).err())
            .unwrap_or(LinkProblem::Used);
        return Err(ChooseError::Link(problem));
    }
    if let Some(request_id) = activation.request_id
        && !appointments::set_request_state(
            tx,
            request_id,
            &[RequestState::Approved],
            RequestState::Activated,
            now,
        )
        .await?
    {
        // The approval was withdrawn meanwhile.
        return Err(ChooseError::Link(LinkProblem::Revoked));
    }
    audit::record(
        tx,
        Actor::Applicant,
        "key_activated",
        activation.request_id,
        &format!(
            "activation={} key={} factor={}",
            activation.id,
            key.id,
            key.factor().code()
        ),
        now,
    )
    .await?;
    let email = messages::key_active(
        &Holder::of_key(key, activation.request_id),
        &key.username,
        key.factor(),
        &sign_in_link(base_url, key.language()),
    );
    outbox::queue(tx, &email, now).await?;
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Second factors: the email code and the app code, for the first code and for signing in
// ---------------------------------------------------------------------------------------------

/// Why a one-time or app code was not accepted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FactorProblem {
    /// No code is waiting (none sent, or used): ask for a new one.
    NoCode,
    OneTime(OneTimeProblem),
    App(TotpProblem),
    /// Too many wrong app codes: the key's sign-in slows down and locks as for passwords.
    Wait,
    Locked(DateTime<Utc>),
}

/// Checks the code of the key's factor for `purpose` and spends it (the email code is used, the
/// app's step remembered): returns the transaction holding the spending, for the step to finish
/// and commit. Every try, of either factor, is first counted on the key's sign-in counters, as a
/// password is, and only a right code clears them: someone who knows the password cannot guess
/// codes without the key slowing down and then locking.
pub async fn check_factor(
    db: &DatabaseConnection,
    key: &DigitalKey,
    factor: KeyFactor,
    secret_text: Option<&str>,
    purpose: CodePurpose,
    typed: &str,
    now: DateTime<Utc>,
) -> anyhow::Result<Result<DatabaseTransaction, FactorProblem>> {
    let tx = db.begin().await?;
    let reservation = digital_keys::reserve_sign_in(&tx, Some(key.id), now).await?;
    if reservation.as_ref().is_some_and(|r| r.locked_now) {
        key_sessions::end_all_for_key(&tx, key.id).await?;
        tracing::warn!(key = %key.id, "digital key locked after repeated wrong codes");
    }
    tx.commit().await?;
    match reservation.map(|r| r.reserved) {
        Some(Reserved::Check) => {}
        Some(Reserved::TooSoon) => return Ok(Err(FactorProblem::Wait)),
        Some(Reserved::Locked(until)) => return Ok(Err(FactorProblem::Locked(until))),
        None => anyhow::bail!("key {} vanished", key.id),
    }
    let tx = match factor {
        KeyFactor::Email | KeyFactor::Password => {
            let tx = db.begin().await?;
            let counted = digital_keys::count_code_try(&tx, key.id, purpose).await?;
            tx.commit().await?;
            let Some(sent) = counted else {
                return Ok(Err(FactorProblem::NoCode));
            };
            let typed = OneTimeCode::parse(typed)
                .map(|c| c.expose().to_owned())
                .unwrap_or_default();
            let matches = secrets::verify(typed, sent.code_hash.clone()).await?;
            let stored = SentCode {
                sent_at: sent.sent_at,
                attempts: u32::try_from(sent.attempts).unwrap_or(u32::MAX),
                used: false,
            };
            if let Err(problem) = judge_one_time_code(stored, matches, now) {
                return Ok(Err(FactorProblem::OneTime(problem)));
            }
            let tx = db.begin().await?;
            if !digital_keys::use_code(&tx, key.id, sent.id, now).await? {
                return Ok(Err(FactorProblem::OneTime(OneTimeProblem::Used)));
            }
            tx
        }
        KeyFactor::App => {
            let Some(secret) = secret_text.and_then(totp_secret_bytes) else {
                anyhow::bail!("key {} has no app secret", key.id);
            };
            let last = key.totp_last_step.and_then(|s| u64::try_from(s).ok());
            let step = match check_totp(&secret, typed, now, last) {
                Ok(step) => step,
                Err(problem) => return Ok(Err(FactorProblem::App(problem))),
            };
            let tx = db.begin().await?;
            if !digital_keys::use_totp_step(&tx, key.id, step).await? {
                return Ok(Err(FactorProblem::App(TotpProblem::Replayed)));
            }
            tx
        }
    };
    digital_keys::password_was_right(&tx, key.id, now).await?;
    Ok(Ok(tx))
}

/// Sends the key a new one-time code for `purpose` (the earlier one stops working), at most one
/// a minute. Returns false when one was sent less than a minute ago.
pub async fn send_code(
    db: &DatabaseConnection,
    key: &DigitalKey,
    request_id: Option<Uuid>,
    purpose: CodePurpose,
    now: DateTime<Utc>,
) -> anyhow::Result<bool> {
    if key
        .code_sent_at
        .is_some_and(|sent| sent > now - CODE_RESEND_GAP)
    {
        return Ok(false);
    }
    let code = OneTimeCode::generate();
    let hash = secrets::hash(code.expose().to_owned()).await?;
    let tx = db.begin().await?;
    if !digital_keys::claim_code_sending(&tx, key.id, CODE_RESEND_GAP, now).await? {
        return Ok(false);
    }
    digital_keys::store_code(&tx, key.id, purpose, hash, now).await?;
    let email = messages::one_time_code(&Holder::of_key(key, request_id), &code, purpose);
    outbox::queue(&tx, &email, now).await?;
    tx.commit().await?;
    Ok(true)
}

#[derive(Debug, thiserror::Error)]
pub enum ConfirmError {
    #[error("the code was not accepted")]
    Factor(FactorProblem),
    #[error("the link can no longer be used")]
    Link(LinkProblem),
    #[error("the session ended")]
    SessionEnded,
    #[error(transparent)]
    Unexpected(#[from] anyhow::Error),
}

impl From<DbErr> for ConfirmError {
    fn from(e: DbErr) -> Self {
        ConfirmError::Unexpected(e.into())
    }
}

impl From<ChooseError> for ConfirmError {
    fn from(e: ChooseError) -> Self {
        match e {
            ChooseError::Link(p) => ConfirmError::Link(p),
            ChooseError::SessionEnded | ChooseError::Invalid(_) => ConfirmError::SessionEnded,
            ChooseError::Unexpected(e) => ConfirmError::Unexpected(e),
        }
    }
}

/// The first code of a new key: right, the key is active.
#[tracing::instrument(skip_all, fields(key = %key.id))]
pub async fn confirm_key(
    db: &DatabaseConnection,
    base_url: &Url,
    session: &KeySession,
    activation: &Activation,
    key: &DigitalKey,
    typed: &str,
    now: DateTime<Utc>,
) -> Result<(), ConfirmError> {
    judge_link(activation.state(), now).map_err(ConfirmError::Link)?;
    let tx = match check_factor(
        db,
        key,
        key.factor(),
        key.totp_secret.as_deref(),
        CodePurpose::Confirm,
        typed,
        now,
    )
    .await?
    {
        Ok(tx) => tx,
        Err(problem) => return Err(ConfirmError::Factor(problem)),
    };
    if !key_sessions::end(&tx, &session.token_hash).await? {
        return Err(ConfirmError::SessionEnded);
    }
    finish_activation(&tx, base_url, activation, key, now).await?;
    tx.commit().await.context("committing the activation")?;
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Supervisors
// ---------------------------------------------------------------------------------------------

#[derive(Debug, thiserror::Error)]
pub enum RevokeError {
    #[error("a reason is required")]
    ReasonRequired,
    #[error("the activation was already used or revoked")]
    NotOpen,
    #[error(transparent)]
    Unexpected(#[from] anyhow::Error),
}

impl From<DbErr> for RevokeError {
    fn from(e: DbErr) -> Self {
        RevokeError::Unexpected(e.into())
    }
}

/// A supervisor revokes an unused activation, with a reason: its link and code stop working and
/// a key chosen but not yet confirmed with it is removed.
pub async fn revoke(
    db: &DatabaseConnection,
    activation: &Activation,
    reason: &str,
    by: Uuid,
    now: DateTime<Utc>,
) -> Result<(), RevokeError> {
    let reason = reason.trim();
    if reason.is_empty() {
        return Err(RevokeError::ReasonRequired);
    }
    let tx = db.begin().await?;
    if !activations::revoke(&tx, activation.id, Some(by), reason, now).await? {
        return Err(RevokeError::NotOpen);
    }
    key_sessions::end_all_for_activation(&tx, activation.id).await?;
    digital_keys::delete_unconfirmed(&tx, activation.id).await?;
    audit::record(
        &tx,
        Actor::Staff(by),
        "activation_revoked",
        activation.request_id,
        &format!("activation={} reason={reason}", activation.id),
        now,
    )
    .await?;
    tx.commit().await.context("committing the revocation")?;
    Ok(())
}

#[derive(Debug, thiserror::Error)]
pub enum ReissueError {
    /// Only an approved request whose key is not yet made gets a new code.
    #[error("the request is not waiting for its activation")]
    NotApproved,
    /// Another code was issued since the page was shown.
    #[error("a newer activation was issued meanwhile")]
    Stale,
    #[error(transparent)]
    Unexpected(#[from] anyhow::Error),
}

impl From<DbErr> for ReissueError {
    fn from(e: DbErr) -> Self {
        ReissueError::Unexpected(e.into())
    }
}

/// A supervisor issues a new code and link for an approved request whose applicant lost them:
/// the earlier ones stop working, the new link is emailed, and the new code is returned to be
/// shown once to the supervisor. `replaces` is the unused activation the supervisor's page
/// showed: when another unused one exists (a form sent again, a colleague's new code), nothing
/// is done.
pub async fn reissue(
    db: &DatabaseConnection,
    settings: &IssueSettings<'_>,
    request: &StoredRequest,
    replaces: Option<Uuid>,
    by: Uuid,
    now: DateTime<Utc>,
) -> Result<ActivationCode, ReissueError> {
    if request.state() != Some(RequestState::Approved) {
        return Err(ReissueError::NotApproved);
    }
    let earlier = activations::for_request(db, request.id).await?;
    let prepared = prepare().await?;
    // The person as the interview established them: the latest activation holds that.
    let holder = match earlier.first() {
        Some(latest) => KeyHolder {
            request_id: Some(request.id),
            person_id: None,
            email: &latest.email,
            language: latest.language(),
            first_names: &latest.first_names,
            last_name: &latest.last_name,
        },
        None => KeyHolder {
            request_id: Some(request.id),
            person_id: None,
            email: &request.email,
            language: request.ui_language(),
            first_names: &request.first_names,
            last_name: &request.last_name,
        },
    };
    let tx = db.begin().await?;
    // The request's row first: of two supervisors pressing at once, the second waits and then
    // replaces the first's code; and a request activated meanwhile is refused.
    if !appointments::set_request_state(
        &tx,
        request.id,
        &[RequestState::Approved],
        RequestState::Approved,
        now,
    )
    .await?
    {
        return Err(ReissueError::NotApproved);
    }
    // The page the supervisor pressed on showed the newest activation: a form sent again (a
    // reload) or a colleague's new code meanwhile would otherwise kill the code just given.
    let newest = activations::for_request(&tx, request.id).await?;
    let unused = |a: &&Activation| a.used_at.is_none() && a.revoked_at.is_none();
    if newest.iter().filter(unused).any(|a| Some(a.id) != replaces) {
        return Err(ReissueError::Stale);
    }
    for old in newest.iter().filter(|a| a.used_at.is_none()) {
        key_sessions::end_all_for_activation(&tx, old.id).await?;
        digital_keys::delete_unconfirmed(&tx, old.id).await?;
    }
    issue_in(&tx, &prepared, &holder, settings, Some(by), now).await?;
    tx.commit().await.context("committing the new activation")?;
    Ok(prepared.code)
}
