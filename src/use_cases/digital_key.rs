//! Using the digital key: signing in with username and password, then the key's code (by email
//! or from the app); the sessions that follow; and a change of the second factor, confirmed by a
//! code of the current one and notified by email.

use crate::db::audit::{self, Actor};
use crate::db::digital_keys::{self, CodePurpose, DigitalKey};
use crate::db::key_sessions::{self, KeySession, Stage};
use crate::db::sign_in_throttles::{self, Kind};
use crate::db::{activations, outbox};
use crate::domain::activation::{KeyFactor, check_totp, totp_secret_bytes};
use crate::domain::codes::Token;
use crate::domain::sign_in::{Refusal, Reserved};
use crate::email::messages::{self, Holder};
use crate::secrets;
use crate::use_cases::activation::{FactorProblem, check_factor, send_code};
use anyhow::Context;
use chrono::{DateTime, Utc};
use sea_orm::{DatabaseConnection, TransactionTrait};
use uuid::Uuid;

/// The request a key came from (for its emails' and audit entries' request), if any.
pub async fn request_of(db: &DatabaseConnection, key: &DigitalKey) -> anyhow::Result<Option<Uuid>> {
    Ok(activations::find(db, key.activation_id)
        .await?
        .and_then(|a| a.request_id))
}

pub enum SignIn {
    /// The password was right: the key's code is awaited (the email one was sent, unless one
    /// was sent less than a minute ago).
    SecondFactor {
        token: Token,
        factor: KeyFactor,
    },
    SignedIn(Token),
    /// Wrong, unknown, slowed down or locked: what to do, from the username's counters alone,
    /// which a username that no key has keeps too, so that nobody learns which usernames exist.
    Refused(Refusal),
}

/// Checks a username and password. Every attempt is counted before the password is checked and
/// runs one argon2 verification, whatever the outcome, as staff sign-ins do.
#[tracing::instrument(skip_all)]
pub async fn sign_in(
    db: &DatabaseConnection,
    username: &str,
    password: String,
    now: DateTime<Utc>,
) -> anyhow::Result<SignIn> {
    let found = digital_keys::find_active_by_username(db, username)
        .await?
        .map(|k| k.id);
    let tx = db.begin().await?;
    let reservation = digital_keys::reserve_sign_in(&tx, found, now).await?;
    // Counted by the username typed whether a key has it or not (the same steps for both); the
    // answer for a username nobody has comes from these counters.
    let by_name = sign_in_throttles::reserve(&tx, Kind::KeyUsername, username, now).await?;
    if let Some(locked) = reservation.as_ref().filter(|r| r.locked_now) {
        key_sessions::end_all_for_key(&tx, locked.key.id).await?;
        tracing::warn!(key = %locked.key.id, "digital key locked after repeated failed sign-ins");
    }
    tx.commit().await?;
    let Some(reservation) = reservation else {
        secrets::verify_nothing(password).await?;
        let (reserved, after) = by_name;
        return Ok(SignIn::Refused(Refusal::of(reserved, &after, now)));
    };
    let key = reservation.key;
    let right = match reservation.reserved {
        Reserved::Check => secrets::verify(password, key.password_hash.clone()).await?,
        Reserved::TooSoon | Reserved::Locked(_) => {
            secrets::verify_nothing(password).await?;
            false
        }
    };
    if !right {
        return Ok(SignIn::Refused(Refusal::of(
            reservation.reserved,
            &reservation.attempts,
            now,
        )));
    }
    let factor = key.factor();
    let tx = db.begin().await?;
    // A key with a code: the counters stay as the password left them until its code is right
    // (see `check_factor`), so that a known password does not buy fresh code guesses.
    if factor == KeyFactor::Password {
        if !digital_keys::password_was_right(&tx, key.id, now).await? {
            return Ok(SignIn::Refused(Refusal::Wrong { wait: None }));
        }
        digital_keys::record_sign_in(&tx, key.id, factor, now).await?;
        let token = key_sessions::open(&tx, Stage::SignedIn, None, Some(key.id), now).await?;
        tx.commit().await?;
        return Ok(SignIn::SignedIn(token));
    }
    let token = key_sessions::open(&tx, Stage::SecondFactor, None, Some(key.id), now).await?;
    tx.commit().await?;
    if factor == KeyFactor::Email {
        let request = request_of(db, &key).await?;
        send_code(db, &key, request, CodePurpose::SignIn, now).await?;
    }
    Ok(SignIn::SecondFactor { token, factor })
}

#[derive(Debug, thiserror::Error)]
pub enum FactorError {
    #[error("the code was not accepted")]
    Refused(FactorProblem),
    #[error("the session ended")]
    SessionEnded,
    #[error(transparent)]
    Unexpected(#[from] anyhow::Error),
}

impl From<sea_orm::DbErr> for FactorError {
    fn from(e: sea_orm::DbErr) -> Self {
        FactorError::Unexpected(e.into())
    }
}

/// The key's code after the password: right, the person is signed in with a new session.
#[tracing::instrument(skip_all, fields(key = %key.id))]
pub async fn second_factor(
    db: &DatabaseConnection,
    session: &KeySession,
    key: &DigitalKey,
    typed: &str,
    now: DateTime<Utc>,
) -> Result<Token, FactorError> {
    let factor = key.factor();
    let tx = match check_factor(
        db,
        key,
        factor,
        key.totp_secret.as_deref(),
        CodePurpose::SignIn,
        typed,
        now,
    )
    .await?
    {
        Ok(tx) => tx,
        Err(problem) => return Err(FactorError::Refused(problem)),
    };
    if !key_sessions::end(&tx, &session.token_hash).await? {
        return Err(FactorError::SessionEnded);
    }
    digital_keys::record_sign_in(&tx, key.id, factor, now).await?;
    let token = key_sessions::open(&tx, Stage::SignedIn, None, Some(key.id), now).await?;
    tx.commit().await?;
    Ok(token)
}

#[derive(Debug, thiserror::Error)]
pub enum SwitchError {
    /// `(field, problem)`: the current factor's proof or the new app code.
    #[error("a code was not accepted")]
    Refused(&'static str, FactorProblem),
    #[error("the password is wrong")]
    WrongPassword,
    #[error("nothing to switch to")]
    NotAllowed,
    #[error("the key changed meanwhile")]
    Changed,
    #[error(transparent)]
    Unexpected(#[from] anyhow::Error),
}

impl From<sea_orm::DbErr> for SwitchError {
    fn from(e: sea_orm::DbErr) -> Self {
        SwitchError::Unexpected(e.into())
    }
}

/// Changes the key's second factor to `to`: the current factor's code (or the password, for a
/// key without a code) proves it is the holder; a switch to the app also needs a code from the
/// app just set up. The other sessions of the key end, and the holder is told by email. Returns
/// the new session of the device that made the change.
#[tracing::instrument(skip_all, fields(key = %key.id, to = to.code()))]
pub async fn switch_factor(
    db: &DatabaseConnection,
    key: &DigitalKey,
    to: KeyFactor,
    current_proof: &str,
    new_app_code: &str,
    now: DateTime<Utc>,
) -> Result<Token, SwitchError> {
    let from = key.factor();
    if to == from || to == KeyFactor::Password {
        return Err(SwitchError::NotAllowed);
    }
    // The new app's code first: it spends nothing.
    let new_step = if to == KeyFactor::App {
        let secret = key
            .pending_totp_secret
            .as_deref()
            .and_then(totp_secret_bytes)
            .ok_or(SwitchError::Changed)?;
        match check_totp(&secret, new_app_code, now, None) {
            Ok(step) => Some(step),
            Err(problem) => {
                return Err(SwitchError::Refused(
                    "new_code",
                    FactorProblem::App(problem),
                ));
            }
        }
    } else {
        None
    };
    let tx = if from == KeyFactor::Password {
        // The password again, throttled as a sign-in.
        let tx = db.begin().await?;
        let reservation = digital_keys::reserve_sign_in(&tx, Some(key.id), now).await?;
        tx.commit().await?;
        let right = match reservation.map(|r| r.reserved) {
            Some(Reserved::Check) => {
                secrets::verify(current_proof.to_owned(), key.password_hash.clone()).await?
            }
            _ => false,
        };
        if !right {
            return Err(SwitchError::WrongPassword);
        }
        let tx = db.begin().await?;
        digital_keys::password_was_right(&tx, key.id, now).await?;
        tx
    } else {
        match check_factor(
            db,
            key,
            from,
            key.totp_secret.as_deref(),
            CodePurpose::Switch,
            current_proof,
            now,
        )
        .await?
        {
            Ok(tx) => tx,
            Err(problem) => return Err(SwitchError::Refused("current_code", problem)),
        }
    };
    let secret = (to == KeyFactor::App)
        .then(|| key.pending_totp_secret.clone())
        .flatten();
    if !digital_keys::switch_factor(&tx, key.id, from, to, secret, new_step).await? {
        return Err(SwitchError::Changed);
    }
    key_sessions::end_all_for_key(&tx, key.id).await?;
    let token = key_sessions::open(&tx, Stage::SignedIn, None, Some(key.id), now).await?;
    let request = activations::find(&tx, key.activation_id)
        .await?
        .and_then(|a| a.request_id);
    audit::record(
        &tx,
        Actor::Applicant,
        "key_factor_changed",
        request,
        &format!("key={} from={} to={}", key.id, from.code(), to.code()),
        now,
    )
    .await?;
    let email = messages::key_changed(&Holder::of_key(key, request), to);
    outbox::queue(&tx, &email, now).await?;
    tx.commit()
        .await
        .context("committing the change of factor")?;
    Ok(token)
}
