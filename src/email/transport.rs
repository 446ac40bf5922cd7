//! Sends an outbox message: through SMTP when `SMTP_URL` is set, else into `.eml` files. Every
//! send is bounded by `SMTP_TIMEOUT_SECS` as a whole (lettre's own timeout covers only the
//! connection), and each uses a connection of its own: one abandoned mid-reply is closed, never
//! handed to the next send.

use crate::db::outbox::{ErrorKind, OutboxMessage};
use anyhow::Context;
use lettre::message::header::{ContentType, Header, HeaderName, HeaderValue};
use lettre::message::{Mailbox, MultiPart, SinglePart};
use lettre::{AsyncFileTransport, AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use std::path::PathBuf;

#[derive(Clone)]
pub enum Mailer {
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
    Files(AsyncFileTransport<Tokio1Executor>),
}

pub struct EmailClient {
    mailer: Mailer,
    from: Mailbox,
    /// Domain used in Message-IDs, so that a message sent twice is recognisable as one.
    id_domain: String,
    /// The longest one send may take, from connecting to the server's last answer.
    timeout: std::time::Duration,
}

/// Why a send failed, and whether trying again can help.
#[derive(Debug, thiserror::Error)]
#[error("{reason}")]
pub struct SendError {
    pub kind: ErrorKind,
    /// On one line: the server's answer, or what went wrong on the way.
    pub reason: String,
}

impl SendError {
    fn new(kind: ErrorKind, reason: impl std::fmt::Display) -> Self {
        let reason = reason
            .to_string()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        SendError { kind, reason }
    }

    fn from_smtp(error: lettre::transport::smtp::Error) -> Self {
        let code = error.status().map(|code| code.to_string());
        let kind = match code.as_deref().map(server_level) {
            // About the server or our account (closing, authentication, the command itself),
            // not this message: retried like an unreachable server, never final.
            Some(true) => ErrorKind::Connection,
            _ if error.is_permanent() => ErrorKind::Permanent,
            _ if error.is_transient() => ErrorKind::Temporary,
            _ => ErrorKind::Connection,
        };
        SendError::new(kind, format!("SMTP delivery: {error}"))
    }
}

/// SMTP answers that concern the server or the service's account rather than one message:
/// 421 (closing, too busy), 500–504 (the command was not understood), 521 and 556 (accepts no
/// mail), 530/534/535/538 (authentication).
fn server_level(code: &str) -> bool {
    matches!(
        code,
        "421"
            | "500"
            | "501"
            | "502"
            | "503"
            | "504"
            | "521"
            | "530"
            | "534"
            | "535"
            | "538"
            | "556"
    )
}

impl EmailClient {
    pub fn new(
        smtp_url: Option<&str>,
        outbox_dir: PathBuf,
        from: Mailbox,
        timeout: std::time::Duration,
    ) -> anyhow::Result<Self> {
        let mailer = match smtp_url {
            Some(url) => Mailer::Smtp(
                AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
                    .context("SMTP_URL is not a valid smtp:// or smtps:// URL")?
                    // Per connection attempt: a third of the whole send's bound, so that an
                    // address that swallows packets leaves time to try the next one.
                    .timeout(Some(timeout / 3))
                    .build(),
            ),
            None => {
                std::fs::create_dir_all(&outbox_dir).with_context(|| {
                    format!(
                        "creating the email folder {} (OUTBOX_DIR)",
                        outbox_dir.display()
                    )
                })?;
                Mailer::Files(AsyncFileTransport::new(outbox_dir))
            }
        };
        let id_domain = from.email.domain().to_owned();
        Ok(EmailClient {
            mailer,
            from,
            id_domain,
            timeout,
        })
    }

    pub fn from_settings(settings: &crate::configuration::Settings) -> anyhow::Result<Self> {
        Self::new(
            settings.smtp_url.as_deref(),
            settings.outbox_dir.clone(),
            settings.mail_from.clone(),
            settings.smtp_timeout(),
        )
    }

    /// The longest one send may take.
    pub fn timeout(&self) -> std::time::Duration {
        self.timeout
    }

    /// Builds the MIME message: multipart/alternative with a plain-text and an HTML part.
    pub fn build(&self, message: &OutboxMessage) -> anyhow::Result<Message> {
        let to: Mailbox = message
            .recipient
            .parse()
            .with_context(|| format!("recipient of outbox message {}", message.id))?;
        Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(message.subject.clone())
            .message_id(Some(format!("<{}@{}>", message.id, self.id_domain)))
            .header(ContentLanguage(message.language.clone()))
            .multipart(Self::body(message)?)
            .context("building the MIME message")
    }

    /// Text and HTML as alternatives. With a calendar message, it is a third alternative (where
    /// mail programs look for an invitation to show, with its method, to add, move or remove
    /// the entry) and an `.ics` attachment too (for those that only offer files), as calendar
    /// services send theirs.
    fn body(message: &OutboxMessage) -> anyhow::Result<MultiPart> {
        let alternative = MultiPart::alternative()
            .singlepart(
                SinglePart::builder()
                    .header(ContentType::TEXT_PLAIN)
                    .body(message.text_body.clone()),
            )
            .singlepart(
                SinglePart::builder()
                    .header(ContentType::TEXT_HTML)
                    .body(message.html_body.clone()),
            );
        let Some(calendar) = &message.calendar else {
            return Ok(alternative);
        };
        // The method is repeated in the content type, as RFC 6047 asks.
        let method = super::calendar::Method::of(calendar).code();
        let calendar_type =
            ContentType::parse(&format!("text/calendar; charset=utf-8; method={method}"))
                .context("the calendar content type")?;
        let file_type =
            ContentType::parse("application/ics").context("the calendar file's content type")?;
        let alternative = alternative.singlepart(
            SinglePart::builder()
                .header(calendar_type)
                .body(calendar.clone()),
        );
        Ok(MultiPart::mixed().multipart(alternative).singlepart(
            lettre::message::Attachment::new("interview.ics".to_owned())
                .body(calendar.clone(), file_type),
        ))
    }

    /// Sends one message; returns once the server accepted it, refused it, or `timeout` passed.
    pub async fn send(&self, message: &OutboxMessage) -> Result<(), SendError> {
        // A message that cannot be built never will be: the address or the text is wrong.
        let email = self
            .build(message)
            .map_err(|e| SendError::new(ErrorKind::Permanent, format!("{e:#}")))?;
        let sending = async {
            match &self.mailer {
                Mailer::Smtp(smtp) => smtp
                    .send(email)
                    .await
                    .map(|_| ())
                    .map_err(SendError::from_smtp),
                Mailer::Files(files) => files.send(email).await.map(|_| ()).map_err(|e| {
                    SendError::new(ErrorKind::Temporary, format!("writing the email file: {e}"))
                }),
            }
        };
        match tokio::time::timeout(self.timeout, sending).await {
            Ok(result) => result,
            Err(_) => Err(SendError::new(
                ErrorKind::Connection,
                format!(
                    "SMTP delivery: no answer within {} s (SMTP_TIMEOUT_SECS)",
                    self.timeout.as_secs()
                ),
            )),
        }
    }
}

/// `Content-Language` (RFC 3282): the language the message is written in, so that mail
/// programs pick the right voice, spelling and translation offer.
#[derive(Debug, Clone)]
struct ContentLanguage(String);

impl Header for ContentLanguage {
    fn name() -> HeaderName {
        HeaderName::new_from_ascii_str("Content-Language")
    }

    fn parse(s: &str) -> Result<Self, Box<dyn std::error::Error + Send + Sync>> {
        Ok(ContentLanguage(s.trim().to_owned()))
    }

    fn display(&self) -> HeaderValue {
        HeaderValue::new(Self::name(), self.0.clone())
    }
}
