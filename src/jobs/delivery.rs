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
    while !*stop.borrow() {
        let Some(message) = outbox::claim_next(db, holder, clock.now(), claim_secs).await? else {
            break;
        };
        let error = match email.send(&message).await {
            Ok(()) => {
                if outbox::mark_sent(db, message.id, holder, clock.now()).await? {
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
