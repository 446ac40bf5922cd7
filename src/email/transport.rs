//! Sends an outbox message: through SMTP when `SMTP_URL` is set, else into `.eml` files.

use crate::db::outbox::OutboxMessage;
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
}

impl EmailClient {
    pub fn new(smtp_url: Option<&str>, outbox_dir: PathBuf, from: Mailbox) -> anyhow::Result<Self> {
        let mailer = match smtp_url {
            Some(url) => Mailer::Smtp(
                AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
                    .context("SMTP_URL is not a valid smtp:// or smtps:// URL")?
                    .timeout(Some(std::time::Duration::from_secs(20)))
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
        })
    }

    pub fn from_settings(settings: &crate::configuration::Settings) -> anyhow::Result<Self> {
        Self::new(
            settings.smtp_url.as_deref(),
            settings.outbox_dir.clone(),
            settings.mail_from.clone(),
        )
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

    /// Text and HTML as alternatives; with a calendar file, both inside a mixed part that also
    /// carries the `.ics` (which calendar programs offer to add).
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
        let calendar_type = ContentType::parse("text/calendar; charset=utf-8; method=REQUEST")
            .context("the calendar content type")?;
        Ok(MultiPart::mixed().multipart(alternative).singlepart(
            lettre::message::Attachment::new("interview.ics".to_owned())
                .body(calendar.clone(), calendar_type),
        ))
    }

    pub async fn send(&self, message: &OutboxMessage) -> anyhow::Result<()> {
        let email = self.build(message)?;
        match &self.mailer {
            Mailer::Smtp(smtp) => smtp.send(email).await.map(|_| ()).context("SMTP delivery"),
            Mailer::Files(files) => files
                .send(email)
                .await
                .map(|_| ())
                .context("writing the email file"),
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
