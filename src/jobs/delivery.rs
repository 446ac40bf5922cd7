//! Delivers the email outbox, one message at a time, each claimed for this process for a short
//! while by the database's clock. A message is marked sent right after the server's answer, and
//! only by the holder of its claim; its Message-ID is derived from its outbox id, so the rare
//! resend (a crash between the answer and the mark) is recognisable as the same message.
//!
//! A refusal concerns only its message: a 5xx ends it (shown to supervisors), a 4xx is tried
//! again with backoff while the others go on. A server that cannot be reached ends the pass;
//! when a send succeeds again, messages that failed that way are due at once.

use crate::clock::Clock;
use crate::db::outbox::{self, ErrorKind};
use crate::email::transport::EmailClient;
use chrono::Duration;
use sea_orm::DatabaseConnection;

#[derive(Debug, Default)]
pub struct DeliveryReport {
    pub sent: usize,
    /// Failed for now, tried again later.
    pub failed: usize,
    /// Refused for good.
    pub refused: usize,
}

/// Wait before the next attempt after `attempts` failures: 30 s, 1 min, 2 min, … at most 1 h.
pub fn backoff(attempts: i32) -> Duration {
    let exponent = attempts.clamp(1, 8) - 1;
    (Duration::seconds(30) * 2_i32.pow(exponent as u32)).min(Duration::hours(1))
}

/// A server that could not be reached is tried again at least this often, even without another
/// send succeeding first.
const CONNECTION_BACKOFF_MAX: Duration = Duration::minutes(5);

/// Refusals for good in a row after which the server, not the messages, is taken to be at
/// fault (a relay that refuses every sender, say): those messages are given back to be tried
/// again, and the pass ends, rather than losing the whole outbox to one misconfiguration.
const REFUSED_IN_A_ROW: usize = 3;

/// A message refused for now this many times (about three days at an hour apart, after the
/// first quick retries) is given up on, like a refusal for good.
const MAX_ATTEMPTS: i32 = 80;

/// Marks a sent message, trying again a few times: the server has taken it, and a mark lost to
/// a busy database would have it sent again once the claim runs out.
async fn mark_sent_with_retries(
    db: &DatabaseConnection,
    id: uuid::Uuid,
    holder: &str,
    clock: &dyn Clock,
) -> anyhow::Result<bool> {
    let mut wait = std::time::Duration::from_millis(100);
    for attempt in 1.. {
        match outbox::mark_sent(db, id, holder, clock.now()).await {
            Ok(marked) => return Ok(marked),
            Err(error) if attempt < 5 => {
                tracing::warn!(outbox_id = %id, error = %error, "could not mark an email sent, trying again");
                tokio::time::sleep(wait).await;
                wait *= 2;
            }
            Err(error) => return Err(error.into()),
        }
    }
    unreachable!("the loop returns")
}

/// Delivers what is due until nothing is, the server cannot be reached, or `stop` is set (then
/// the message in hand is finished first: a send is bounded by the SMTP timeout).
pub async fn deliver_due(
    db: &DatabaseConnection,
    email: &EmailClient,
    clock: &dyn Clock,
    holder: &str,
    stop: &tokio::sync::watch::Receiver<bool>,
) -> anyhow::Result<DeliveryReport> {
    let claim_secs = outbox::claim_for(email.timeout()).num_seconds();
    let mut report = DeliveryReport::default();
    let mut refused_in_a_row = Vec::new();
    while !*stop.borrow() {
        let Some(message) = outbox::claim_next(db, holder, clock.now(), claim_secs).await? else {
            break;
        };
        let error = match email.send(&message).await {
            Ok(()) => {
                refused_in_a_row.clear();
                if mark_sent_with_retries(db, message.id, holder, clock).await? {
                    tracing::info!(outbox_id = %message.id, kind = %message.kind, "email sent");
                } else {
                    tracing::warn!(outbox_id = %message.id, kind = %message.kind,
                        "email sent after its claim ran out: another worker may send it too");
                }
                report.sent += 1;
                if report.sent == 1 {
                    outbox::retry_connection_failures(db, clock.now()).await?;
                }
                continue;
            }
            Err(error) => error,
        };
        let now = clock.now();
        let mut error = error;
        if error.kind == ErrorKind::Temporary && message.attempts + 1 >= MAX_ATTEMPTS {
            error.kind = ErrorKind::Permanent;
            error.reason = format!("given up after {MAX_ATTEMPTS} attempts: {}", error.reason);
        }
        let retry_at = match error.kind {
            ErrorKind::Permanent => now,
            ErrorKind::Temporary => now + backoff(message.attempts + 1),
            ErrorKind::Connection => {
                now + backoff(message.attempts + 1).min(CONNECTION_BACKOFF_MAX)
            }
        };
        outbox::mark_failed(
            db,
            &message,
            holder,
            error.kind,
            &error.reason,
            now,
            retry_at,
        )
        .await?;
        match error.kind {
            ErrorKind::Permanent => {
                tracing::warn!(outbox_id = %message.id, kind = %message.kind, reason = %error.reason,
                    "email refused for good, not tried again");
                report.refused += 1;
                refused_in_a_row.push(message.id);
                if refused_in_a_row.len() >= REFUSED_IN_A_ROW {
                    let retry_at = now + CONNECTION_BACKOFF_MAX;
                    outbox::refusals_given_back(db, &refused_in_a_row, retry_at).await?;
                    tracing::error!(refused = refused_in_a_row.len(), reason = %error.reason,
                        "the mail server refuses every email: they are kept and tried again (check SMTP_URL and its account)");
                    report.refused -= refused_in_a_row.len();
                    report.failed += refused_in_a_row.len();
                    break;
                }
            }
            ErrorKind::Temporary => {
                tracing::warn!(outbox_id = %message.id, kind = %message.kind, reason = %error.reason,
                    %retry_at, "email refused for now, will retry");
                report.failed += 1;
            }
            ErrorKind::Connection => {
                tracing::warn!(outbox_id = %message.id, kind = %message.kind, reason = %error.reason,
                    %retry_at, "mail server unreachable, delivery paused until the next pass");
                report.failed += 1;
                break;
            }
        }
    }
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_then_stops_at_an_hour() {
        let cases = [(1, 30), (2, 60), (3, 120), (7, 1920), (8, 3600), (50, 3600)];
        for (attempts, seconds) in cases {
            assert_eq!(
                backoff(attempts),
                Duration::seconds(seconds),
                "after {attempts} failures"
            );
        }
    }
}
