//! Delivers the email outbox, retrying failures with exponential backoff. A message is marked
//! sent only after the transport accepted it; its Message-ID is stable, so the rare resend after
//! a crash between the two is recognisable as the same message.

use crate::clock::Clock;
use crate::db::outbox;
use crate::email::transport::EmailClient;
use chrono::Duration;
use sea_orm::DatabaseConnection;

/// Small batches: every message of a batch must be sent well within its claim
/// (`outbox::CLAIM_FOR`, 5 minutes) even when each send runs into the 20-second SMTP timeout.
const BATCH: u64 = 10;

#[derive(Debug, Default)]
pub struct DeliveryReport {
    pub sent: usize,
    pub failed: usize,
}

/// Wait before the next attempt after `attempts` failures: 30 s, 1 min, 2 min, … at most 1 h.
pub fn backoff(attempts: i32) -> Duration {
    let exponent = attempts.clamp(1, 8) - 1;
    (Duration::seconds(30) * 2_i32.pow(exponent as u32)).min(Duration::hours(1))
}

pub async fn deliver_due(
    db: &DatabaseConnection,
    email: &EmailClient,
    clock: &dyn Clock,
) -> anyhow::Result<DeliveryReport> {
    let mut report = DeliveryReport::default();
    loop {
        let batch = outbox::claim_due(db, clock.now(), BATCH).await?;
        if batch.is_empty() {
            return Ok(report);
        }
        for message in &batch {
            match email.send(message).await {
                Ok(()) => {
                    outbox::mark_sent(db, message.id, clock.now()).await?;
                    tracing::info!(outbox_id = %message.id, kind = %message.kind, "email sent");
                    report.sent += 1;
                }
                Err(error) => {
                    let retry_at = clock.now() + backoff(message.attempts + 1);
                    tracing::warn!(outbox_id = %message.id, error = ?error, %retry_at, "email not sent, will retry");
                    outbox::mark_failed(db, message, &format!("{error:#}"), retry_at).await?;
                    report.failed += 1;
                    // Do not hammer a failing server: release the rest of the batch at once so
                    // that the next pass (here or on another instance) takes it when due.
                    let unsent: Vec<_> = batch
                        .iter()
                        .skip_while(|m| m.id != message.id)
                        .skip(1)
                        .collect();
                    for other in unsent {
                        outbox::release(db, other.id).await?;
                    }
                    return Ok(report);
                }
            }
        }
    }
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
