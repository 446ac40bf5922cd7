//! Emails: what is sent (`messages`), how it is sent (`transport`). Emails are queued in the
//! database outbox (see `db::outbox`) and delivered by `jobs::delivery`.

pub mod calendar;
pub mod messages;
pub mod transport;

use crate::domain::language::Language;
use uuid::Uuid;

/// A fully rendered email, ready to be queued.
#[derive(Debug, Clone)]
pub struct OutgoingEmail {
    /// What the email is about (`request_received`, …), for operators and tests.
    pub kind: &'static str,
    pub request_id: Option<Uuid>,
    pub to: String,
    pub language: Language,
    pub subject: String,
    pub text: String,
    pub html: String,
    /// An iCalendar attachment, for the "booked for good" email.
    pub calendar: Option<String>,
}
