//! Configuration from environment variables (each can also be given as a command-line flag).
//! A wrong value stops the program at start with clap's message naming the variable.

use clap::Args;
use std::net::SocketAddr;
use std::path::PathBuf;
use url::Url;

/// No `Debug`: `DATABASE_URL` and `SMTP_URL` may hold passwords, and a settings dump in a log
/// line would carry them.
#[derive(Clone, Args)]
pub struct Settings {
    /// Address and port to listen on.
    #[arg(
        long,
        env = "BIND",
        value_name = "BIND",
        default_value = "127.0.0.1:8080"
    )]
    pub bind: SocketAddr,

    /// Database: a SQLite file (created if missing) or a `postgres://` URL.
    #[arg(
        long,
        env = "DATABASE_URL",
        value_name = "DATABASE_URL",
        default_value = "sqlite://data/rendezvous.db?mode=rwc",
        hide_env_values = true
    )]
    pub database_url: String,

    /// Public address of the service, used in emailed links.
    #[arg(long, env = "BASE_URL", value_name = "BASE_URL", default_value = "http://127.0.0.1:8080", value_parser = parse_base_url)]
    pub base_url: Url,

    /// SMTP server (`smtp://host:port`, `smtps://user:pass@host`, `…?tls=required`). Unset: emails
    /// are written as `.eml` files under OUTBOX_DIR.
    #[arg(
        long,
        env = "SMTP_URL",
        value_name = "SMTP_URL",
        hide_env_values = true
    )]
    pub smtp_url: Option<String>,

    /// Key of the audit log's chain of HMACs (at least 32 characters). Required with PostgreSQL;
    /// with SQLite, when unset, a key is generated once into `audit.key` beside the database.
    #[arg(long, env = "AUDIT_KEY", value_name = "AUDIT_KEY", hide_env_values = true, value_parser = parse_audit_key)]
    pub audit_key: Option<AuditKey>,

    /// Sender of every email.
    #[arg(long, env = "MAIL_FROM", value_name = "MAIL_FROM", default_value = "rendezvous <noreply@rendezvous.localhost>", value_parser = parse_mailbox)]
    pub mail_from: lettre::message::Mailbox,

    /// The organiser that calendar programs show on an interview's entry, and where a reply to
    /// it would go: a mailbox that staff read. MAIL_FROM when unset.
    #[arg(long, env = "CALENDAR_ORGANIZER", value_name = "CALENDAR_ORGANIZER", value_parser = parse_mailbox)]
    pub calendar_organizer: Option<lettre::message::Mailbox>,

    /// Where emails go as files when SMTP_URL is unset.
    #[arg(
        long,
        env = "OUTBOX_DIR",
        value_name = "OUTBOX_DIR",
        default_value = "data/outbox"
    )]
    pub outbox_dir: PathBuf,

    /// Where uploaded ID scans are kept (never a public folder).
    #[arg(
        long,
        env = "UPLOAD_DIR",
        value_name = "UPLOAD_DIR",
        default_value = "uploads"
    )]
    pub upload_dir: PathBuf,

    /// Video link of a confirmed interview; `{room}` becomes a random 128-bit room name.
    #[arg(
        long,
        env = "VIDEO_URL_TEMPLATE",
        value_name = "VIDEO_URL_TEMPLATE",
        default_value = "https://meet.jit.si/rendezvous-{room}",
        value_parser = parse_video_template
    )]
    pub video_url_template: String,

    /// Largest ID image accepted, in bytes.
    #[arg(long, env = "MAX_UPLOAD_BYTES", value_name = "MAX_UPLOAD_BYTES", default_value_t = 10 * 1024 * 1024, value_parser = clap::value_parser!(u64).range(1024..=(50 * 1024 * 1024)))]
    pub max_upload_bytes: u64,

    /// ID images kept per request and side (front, back), so that one applicant cannot fill the
    /// disk.
    #[arg(long, env = "MAX_UPLOADS_PER_SIDE", value_name = "MAX_UPLOADS_PER_SIDE", default_value_t = 3, value_parser = clap::value_parser!(u32).range(1..=20))]
    pub max_uploads_per_side: u32,

    /// Days after a request ends (interview outcome, cancellation, lapse) when its ID images are
    /// deleted.
    #[arg(long, env = "RETENTION_DAYS", value_name = "RETENTION_DAYS", default_value_t = 30, value_parser = clap::value_parser!(u32).range(1..=3650))]
    pub retention_days: u32,

    /// Days after an interview's outcome when its record (the evidence of the identity proofing:
    /// checklist, document data, MRZ, texts) is reduced to what the law requires: who decided
    /// what and when, and the evidence hash in the audit log. Ten years by default, the period
    /// for which a trust service keeps the evidence of its identity checks (ETSI TS 119 461
    /// ISS-8.5.2, eIDAS article 24(2)(h)); set it to what your legal basis prescribes.
    #[arg(long, env = "EVIDENCE_RETENTION_DAYS", value_name = "EVIDENCE_RETENTION_DAYS", default_value_t = 3653, value_parser = clap::value_parser!(u32).range(1..=36500))]
    pub evidence_retention_days: u32,

    /// Days an activation code and its link stay valid after an approved interview (or a new
    /// code issued by a supervisor). Two weeks by default: long enough for an applicant abroad
    /// to find the email after a trip, short enough that a code written down in the call does
    /// not stay useful for long (DigiD's comparable letter code: 20 to 21 days; a Belgian
    /// city's activation link: two weeks).
    #[arg(long, env = "ACTIVATION_DAYS", value_name = "ACTIVATION_DAYS", default_value_t = crate::domain::activation::DEFAULT_ACTIVATION_DAYS, value_parser = clap::value_parser!(u32).range(1..=90))]
    pub activation_days: u32,

    /// Lines a supervisor's list of people may hold (a header line aside).
    #[arg(long, env = "IMPORT_MAX_LINES", value_name = "IMPORT_MAX_LINES", default_value_t = 10_000, value_parser = clap::value_parser!(u32).range(1..=100_000))]
    pub import_max_lines: u32,

    /// Minutes after an interview's start before the interviewer may record a no-show.
    #[arg(long, env = "NO_SHOW_GRACE_MINUTES", value_name = "NO_SHOW_GRACE_MINUTES", default_value_t = 10, value_parser = clap::value_parser!(u32).range(0..=120))]
    pub no_show_grace_minutes: u32,

    /// Seconds added to the real time, for browser tests and demonstrations that must reach an
    /// interview days ahead (at most ten years either way). Never set it on a real service:
    /// every deadline moves with it.
    #[arg(
        long,
        env = "CLOCK_OFFSET_SECS",
        value_name = "CLOCK_OFFSET_SECS",
        default_value_t = 0,
        allow_hyphen_values = true,
        hide = true,
        value_parser = clap::value_parser!(i64).range(-315_576_000..=315_576_000)
    )]
    pub clock_offset_secs: i64,

    /// Request submissions allowed per client address and hour.
    #[arg(long, env = "SUBMISSIONS_PER_HOUR", value_name = "SUBMISSIONS_PER_HOUR", default_value_t = 10, value_parser = clap::value_parser!(u32).range(1..))]
    pub submissions_per_hour: u32,

    /// Addresses of reverse proxies whose `X-Forwarded-For` header is believed (comma-separated).
    /// Without it, the connecting address is the client's.
    #[arg(
        long,
        env = "TRUSTED_PROXIES",
        value_name = "TRUSTED_PROXIES",
        value_delimiter = ','
    )]
    pub trusted_proxies: Vec<std::net::IpAddr>,

    /// Staff sign-in attempts and applicant security-code attempts allowed per client address
    /// and minute (each form separately).
    #[arg(long, env = "SIGN_IN_ATTEMPTS_PER_MINUTE", value_name = "SIGN_IN_ATTEMPTS_PER_MINUTE", default_value_t = 10, value_parser = clap::value_parser!(u32).range(1..))]
    pub sign_in_attempts_per_minute: u32,

    /// Hours after sign-in when a staff session ends, however active.
    #[arg(long, env = "STAFF_SESSION_HOURS", value_name = "STAFF_SESSION_HOURS", default_value_t = 12, value_parser = clap::value_parser!(u32).range(1..=168))]
    pub staff_session_hours: u32,

    /// Minutes of inactivity after which a staff session ends.
    #[arg(long, env = "STAFF_IDLE_MINUTES", value_name = "STAFF_IDLE_MINUTES", default_value_t = 30, value_parser = clap::value_parser!(u32).range(1..))]
    pub staff_idle_minutes: u32,

    /// Seconds between two runs of the background jobs in the serving process; 0 turns them off
    /// (then run `rendezvous tick` from a scheduler).
    #[arg(
        long,
        env = "JOB_INTERVAL_SECS",
        value_name = "JOB_INTERVAL_SECS",
        default_value_t = 10
    )]
    pub job_interval_secs: u64,

    /// Seconds one email send may take in all (connecting, every command and answer); a mail
    /// server that stalls longer is given up on and the message tried again later.
    #[arg(long, env = "SMTP_TIMEOUT_SECS", value_name = "SMTP_TIMEOUT_SECS", default_value_t = 30, value_parser = clap::value_parser!(u64).range(1..=600))]
    pub smtp_timeout_secs: u64,

    /// `/ready` answers 503 when the oldest email still to send was queued longer ago than this
    /// many seconds.
    #[arg(long, env = "READY_MAX_EMAIL_AGE_SECS", value_name = "READY_MAX_EMAIL_AGE_SECS", default_value_t = 900, value_parser = clap::value_parser!(u64).range(1..))]
    pub ready_max_email_age_secs: u64,

    /// `/ready` answers 503 when no instance finished a pass of the background jobs within this
    /// many seconds.
    #[arg(long, env = "READY_MAX_JOB_SILENCE_SECS", value_name = "READY_MAX_JOB_SILENCE_SECS", default_value_t = 300, value_parser = clap::value_parser!(u64).range(1..))]
    pub ready_max_job_silence_secs: u64,
}

/// The audit chain's key. Its `Debug` never shows it.
#[derive(Clone)]
pub struct AuditKey(Vec<u8>);

impl AuditKey {
    pub const MIN_LENGTH: usize = 32;

    pub fn parse(raw: &str) -> Result<Self, String> {
        let raw = raw.trim();
        if raw.chars().count() < Self::MIN_LENGTH {
            return Err(format!(
                "the audit key must have at least {} characters",
                Self::MIN_LENGTH
            ));
        }
        Ok(AuditKey(raw.as_bytes().to_vec()))
    }

    pub fn bytes(&self) -> &[u8] {
        &self.0
    }

    /// A key as configured, not yet checked (see `checked`).
    pub fn as_configured(raw: &str) -> Self {
        AuditKey(raw.trim().as_bytes().to_vec())
    }

    /// The key as configured, once it is long enough.
    pub fn checked(&self) -> Result<AuditKey, String> {
        match std::str::from_utf8(&self.0) {
            Ok(raw) => AuditKey::parse(raw),
            Err(_) => Err("the audit key must be text".to_owned()),
        }
    }
}

impl std::fmt::Debug for AuditKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("AuditKey(…)")
    }
}

/// Takes any value: its length is checked when the key is loaded, so that an error never
/// repeats the value (clap's messages quote what they refuse).
fn parse_audit_key(raw: &str) -> Result<AuditKey, String> {
    Ok(AuditKey::as_configured(raw))
}

fn parse_base_url(raw: &str) -> Result<Url, String> {
    let url = Url::parse(raw).map_err(|e| format!("not a URL ({e})"))?;
    match url.scheme() {
        "http" | "https" => Ok(url),
        other => Err(format!("scheme must be http or https, not {other}")),
    }
}

fn parse_mailbox(raw: &str) -> Result<lettre::message::Mailbox, String> {
    raw.parse()
        .map_err(|e| format!("not an email address or `Name <address>` ({e})"))
}

impl Settings {
    /// How long after the start a no-show may be recorded.
    pub fn no_show_grace(&self) -> chrono::TimeDelta {
        chrono::TimeDelta::minutes(i64::from(self.no_show_grace_minutes))
    }

    /// The bound on one email send.
    pub fn smtp_timeout(&self) -> std::time::Duration {
        std::time::Duration::from_secs(self.smtp_timeout_secs)
    }

    /// Whether cookies must carry `Secure`.
    pub fn is_https(&self) -> bool {
        self.base_url.scheme() == "https"
    }
}

fn parse_video_template(raw: &str) -> Result<String, String> {
    let example = raw.replace("{room}", "0123456789abcdef0123456789abcdef");
    match Url::parse(&example) {
        Ok(url) if raw.contains("{room}") && matches!(url.scheme(), "https" | "http") => {
            Ok(raw.to_owned())
        }
        _ => Err("give an http(s) address containing {room}".to_owned()),
    }
}

impl Settings {
    /// The video link for a room.
    pub fn video_url(&self, room: &str) -> String {
        self.video_url_template.replace("{room}", room)
    }

    /// The organiser of the calendar entries.
    pub fn calendar_organizer(&self) -> &lettre::message::Mailbox {
        self.calendar_organizer.as_ref().unwrap_or(&self.mail_from)
    }
}
