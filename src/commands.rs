//! The subcommands behind `main`: serve, migrate, staff add, demo, tick.

use crate::clock::{Clock, SystemClock};
use crate::configuration::Settings;
use crate::db::{self, staff};
use crate::domain::email::EmailAddress;
use crate::domain::language::InterviewLanguage;
use crate::email::transport::EmailClient;
use crate::jobs::Jobs;
use crate::secrets;
use crate::startup::Application;
use anyhow::{Context, bail};
use chrono::{DateTime, Utc};
use sea_orm::DatabaseConnection;
use std::sync::Arc;
use std::time::Duration;

pub async fn serve(settings: Settings) -> anyhow::Result<()> {
    let interval =
        (settings.job_interval_secs > 0).then(|| Duration::from_secs(settings.job_interval_secs));
    let bind = settings.bind;
    let base_url = settings.base_url.clone();
    let app = Application::build(settings, Arc::new(SystemClock)).await?;
    tracing::info!(%bind, port = app.port(), %base_url, "rendezvous is listening");
    app.run_until_stopped(interval).await?;
    Ok(())
}

pub async fn migrate(settings: &Settings) -> anyhow::Result<()> {
    let db = db::connect(&settings.database_url).await?;
    db::migrate(&db).await?;
    println!("Database is up to date.");
    Ok(())
}

/// Interview languages as typed on the command line: `fr,nl,en`.
pub fn parse_languages(raw: &str) -> anyhow::Result<String> {
    let mut codes = Vec::new();
    for part in raw.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        let lang = InterviewLanguage::parse(part)
            .with_context(|| format!("unknown interview language {part:?} (use fr, nl, en)"))?;
        if !codes.contains(&lang.code()) {
            codes.push(lang.code());
        }
    }
    if codes.is_empty() {
        bail!("give at least one interview language (fr, nl, en)");
    }
    Ok(codes.join(","))
}

pub const MIN_PASSWORD_LENGTH: usize = 12;

pub async fn add_staff(
    settings: &Settings,
    email: &str,
    name: &str,
    role: staff::Role,
    languages: &str,
    password: String,
) -> anyhow::Result<()> {
    let db = db::connect(&settings.database_url).await?;
    db::migrate(&db).await?;
    let email = add_staff_to(
        &db,
        email,
        name,
        role,
        languages,
        password,
        SystemClock.now(),
    )
    .await?;
    println!(
        "Added {} {} ({}) speaking {}.",
        role.code(),
        name,
        email,
        languages
    );
    Ok(())
}

/// Checks and stores a new staff account; returns its normalised email address.
pub async fn add_staff_to(
    db: &DatabaseConnection,
    email: &str,
    name: &str,
    role: staff::Role,
    languages: &str,
    password: String,
    now: DateTime<Utc>,
) -> anyhow::Result<String> {
    let email = EmailAddress::parse(email)
        .map_err(|_| anyhow::anyhow!("not a valid email address: {email}"))?
        .as_str()
        .to_lowercase();
    let languages = parse_languages(languages)?;
    if name.trim().is_empty() {
        bail!("give the staff member's name");
    }
    if password.chars().count() < MIN_PASSWORD_LENGTH {
        bail!("the password must have at least {MIN_PASSWORD_LENGTH} characters");
    }
    let password_hash = secrets::hash(password).await?;
    let new = staff::NewStaff {
        email: &email,
        name: name.trim(),
        role,
        languages: &languages,
        password_hash,
    };
    staff::add(db, new, now).await?;
    Ok(email)
}

/// Demo staff: (email, name, role, languages).
const DEMO_STAFF: &[(&str, &str, staff::Role, &str)] = &[
    (
        "anna@demo.rendezvous.localhost",
        "Anna Peeters",
        staff::Role::Interviewer,
        "nl,en",
    ),
    (
        "luc@demo.rendezvous.localhost",
        "Luc Dubois",
        staff::Role::Interviewer,
        "fr,en",
    ),
    (
        "sofia@demo.rendezvous.localhost",
        "Sofia Janssens",
        staff::Role::Interviewer,
        "fr,nl,en",
    ),
    (
        "marc@demo.rendezvous.localhost",
        "Marc Lambert",
        staff::Role::Supervisor,
        "fr,nl,en",
    ),
];

/// Fills an empty database with demo staff and prints their logins. Refuses a database that
/// already has staff, so that it can never touch real accounts.
pub async fn demo(settings: &Settings) -> anyhow::Result<()> {
    let db = db::connect(&settings.database_url).await?;
    db::migrate(&db).await?;
    if staff::count(&db).await? > 0 {
        bail!("the database already has staff accounts: `demo` only fills an empty database");
    }
    let password = crate::domain::codes::Token::generate().as_str()[..16].to_owned();
    let hash = secrets::hash(password.clone()).await?;
    println!("Demo staff (all with the password {password}):");
    for (email, name, role, languages) in DEMO_STAFF {
        staff::add(
            &db,
            staff::NewStaff {
                email,
                name,
                role: *role,
                languages,
                password_hash: hash.clone(),
            },
            SystemClock.now(),
        )
        .await?;
        println!(
            "  {:<12} {:<16} {:<34} speaks {}",
            role.code(),
            name,
            email,
            languages
        );
    }
    Ok(())
}

/// Checks the audit log's hash chain; fails naming the first broken entry.
pub async fn verify_audit(settings: &Settings) -> anyhow::Result<()> {
    use crate::db::audit::{Verification, verify};
    let db = db::connect(&settings.database_url).await?;
    db::migrate(&db).await?;
    match verify(&db).await? {
        Verification::Intact { entries } => {
            println!("The audit log is intact: {entries} entries.");
            Ok(())
        }
        Verification::BrokenAt { id, reason } => {
            bail!("the audit log is broken at entry {id}: {reason}")
        }
        Verification::TailMissing { last_id } => bail!(
            "the audit log is broken after entry {}: newer entries were removed",
            last_id.map_or("(none)".to_owned(), |id| id.to_string())
        ),
    }
}

/// Runs the due background jobs once (for a scheduler, when the server runs none itself).
pub async fn tick(settings: &Settings) -> anyhow::Result<()> {
    let db = db::connect(&settings.database_url).await?;
    db::migrate(&db).await?;
    let email = Arc::new(EmailClient::from_settings(settings)?);
    let jobs = Jobs {
        db,
        email,
        clock: Arc::new(SystemClock),
    };
    let report = jobs.tick().await?;
    println!(
        "Emails sent: {}, failed (will be retried): {}.",
        report.emails_sent, report.emails_failed
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn interview_languages_from_the_command_line() {
        assert_eq!(parse_languages("fr, NL,fr").unwrap(), "fr,nl");
        assert!(parse_languages("de").is_err());
        assert!(parse_languages(" , ").is_err());
    }
}
