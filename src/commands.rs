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
    let clock: Arc<dyn crate::clock::Clock> = match settings.clock_offset_secs {
        0 => Arc::new(SystemClock),
        offset => {
            tracing::warn!(
                offset_secs = offset,
                "CLOCK_OFFSET_SECS is set: the service's clock is not the real time"
            );
            Arc::new(crate::clock::OffsetClock(chrono::Duration::seconds(offset)))
        }
    };
    let app = Application::build(settings, clock).await?;
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

/// Gives a staff member a new password (read from standard input) and ends all their sessions,
/// so that whoever knew the old one is signed out everywhere.
pub async fn set_staff_password(
    settings: &Settings,
    email: &str,
    password: String,
) -> anyhow::Result<()> {
    let db = db::connect(&settings.database_url).await?;
    db::migrate(&db).await?;
    db::audit_key::open(settings, &db, SystemClock.now()).await?;
    let ended = set_staff_password_in(&db, email, password, SystemClock.now()).await?;
    println!("New password set for {email}; {ended} session(s) ended.");
    Ok(())
}

/// Stores a new password, ends the account's sessions and audits it; returns the sessions ended.
pub async fn set_staff_password_in(
    db: &DatabaseConnection,
    email: &str,
    password: String,
    now: DateTime<Utc>,
) -> anyhow::Result<u64> {
    use sea_orm::TransactionTrait;
    if password.chars().count() < MIN_PASSWORD_LENGTH {
        bail!("the password must have at least {MIN_PASSWORD_LENGTH} characters");
    }
    let hash = secrets::hash(password).await?;
    let tx = db.begin().await?;
    let Some(id) = staff::set_password(&tx, email, hash).await? else {
        bail!("no staff member has the email address {email}");
    };
    let ended = db::sessions::close_all_for(&tx, id).await?;
    db::audit::record(
        &tx,
        db::audit::Actor::System,
        "staff_password_changed",
        None,
        &format!("staff={id} sessions_ended={ended}"),
        now,
    )
    .await?;
    tx.commit().await?;
    Ok(ended)
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
    db::audit_key::open(settings, &db, SystemClock.now()).await?;
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
    demo_plans(&db).await?;
    let made = demo_requests(&db, SystemClock.now(), 36).await?;
    println!("Working plans for the interviewers, and {made} open requests in the queue.");
    Ok(())
}

/// Office hours for every interviewer; the second works mornings only, the third has
/// Wednesday mornings off: so that at every hour of the first one's week someone else who speaks
/// English is working too, whatever day the demo is made on.
async fn demo_plans(db: &DatabaseConnection) -> anyhow::Result<()> {
    use crate::db::schedule;
    use crate::domain::working_plan::{WeeklyPlan, parse_periods};
    let interviewers = schedule::interviewers(db).await?;
    for (index, interviewer) in interviewers
        .iter()
        .filter(|i| {
            DEMO_STAFF
                .iter()
                .any(|(_, name, role, _)| *name == i.name && *role == staff::Role::Interviewer)
        })
        .enumerate()
    {
        let hours = if index == 1 {
            "09:00-12:30"
        } else {
            "09:00-12:00, 13:00-17:00"
        };
        let day = parse_periods(hours)?;
        let mut plan = WeeklyPlan::default();
        for weekday in 0..5 {
            plan.days[weekday] = if index == 2 && weekday == 2 {
                parse_periods("13:00-17:00")?
            } else {
                day.clone()
            };
        }
        schedule::save_plan(db, interviewer.id, &plan, &interviewer.languages).await?;
    }
    Ok(())
}

/// `count` open requests made over the last days (36 of them three hours apart; more, closer
/// together), in the three interview languages, each with a handful of preferred slots. Also
/// used by the database benchmark.
pub async fn demo_requests(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    count: usize,
) -> anyhow::Result<usize> {
    use crate::db::requests::{self, RequestId};
    use crate::domain::codes::{SecurityCode, Token};
    use crate::domain::language::Language;
    use crate::domain::request::RequestForm;
    use crate::domain::slot::{brussels_date, offered_slots};
    const PEOPLE: [(&str, &str, &str); 12] = [
        ("Dubois", "Camille", "fr"),
        ("Janssens", "Lotte", "nl"),
        ("Smith", "Olivia", "en"),
        ("Lambert", "Hugo", "fr"),
        ("Peeters", "Daan", "nl"),
        ("Garcia", "Lucia", "en"),
        ("Martin", "Léa", "fr"),
        ("Maes", "Wout", "nl"),
        ("Kowalski", "Anna", "en"),
        ("Leroy", "Louis", "fr"),
        ("Willems", "Fien", "nl"),
        ("Okafor", "Chidi", "en"),
    ];
    // Nobody can answer for these people: one unknown code serves them all.
    let code_hash = secrets::hash(SecurityCode::generate().expose().to_owned()).await?;
    let mut made = 0;
    let spacing = chrono::Duration::minutes(180 * 36 / count.max(36) as i64);
    for i in 0..count {
        let (last, first, language) = PEOPLE[i % PEOPLE.len()];
        let created_at = now - chrono::Duration::hours(2) - spacing * i as i32;
        let today = brussels_date(created_at);
        let offered = offered_slots(today);
        let slot = (0..4)
            .map(|k| offered[(i * 3 + k * 5) % offered.len()].code())
            .collect();
        let form = RequestForm {
            last_name: last.to_owned(),
            first_names: first.to_owned(),
            birth_day: format!("1{}", i % 10),
            birth_month: format!("{}", 1 + i % 9),
            birth_year: format!("19{}", 60 + i % 40),
            birth_country: ["BE", "FR", "NL", "US", "IN"][i % 5].to_owned(),
            birth_place: "Demo".to_owned(),
            sex: ["F", "M", "X"][i % 3].to_owned(),
            niss: String::new(),
            email: format!(
                "{}.{}{i}@example.org",
                first.to_lowercase(),
                last.to_lowercase()
            )
            .replace(['é', 'è'], "e"),
            motivation: "Demo request: taxes and pension online.".to_owned(),
            interview_language: language.to_owned(),
            slot,
            consent: Some("yes".to_owned()),
            ..Default::default()
        };
        let Ok(new) = form.parse(today, &offered) else {
            bail!("demo request {i} does not parse");
        };
        let id = RequestId(uuid::Uuid::new_v4());
        requests::insert(
            db,
            id,
            Token::generate().as_str(),
            &new,
            Language::parse(language).unwrap_or(Language::En),
            code_hash.clone(),
            created_at,
        )
        .await?;
        made += 1;
    }
    Ok(made)
}

/// Checks the audit log's keyed chain, reading only; fails naming the first broken entry, a
/// rewritten head, or a log that does not hold the head recorded earlier (`HASH:COUNT`). Then
/// checks the interview records against the evidence hashes in the log (`db::evidence_check`);
/// fails naming the requests whose records were changed after their outcome.
pub async fn verify_audit(settings: &Settings, expect_head: Option<&str>) -> anyhow::Result<()> {
    use crate::db::audit::{Head, Verification, verify};
    let expected = match expect_head {
        Some(raw) => Some(Head::parse(raw).with_context(|| {
            format!("--expect-head {raw:?}: give it as HASH:COUNT, as verify-audit prints it")
        })?),
        None => None,
    };
    let key = db::audit_key::load(settings, db::audit_key::KeyFile::MustExist)?.key;
    let db = db::connect_read_only(&settings.database_url).await?;
    let found = verify(&db, &key, expected.as_ref())
        .await
        .context("reading the audit log (has `rendezvous migrate` been run?)")?;
    match found {
        Verification::Intact { head } => {
            println!(
                "The audit log is intact: {} entries. Head (record it elsewhere to check against later with --expect-head):",
                head.entries
            );
            println!("{head}");
            verify_evidence(&db).await
        }
        Verification::BrokenAt { id, reason } => {
            bail!("the audit log is broken at entry {id}: {reason}")
        }
        Verification::TailMissing { last_id } => bail!(
            "the audit log is broken after entry {}: newer entries were removed",
            last_id.map_or("(none)".to_owned(), |id| id.to_string())
        ),
        Verification::HeadChanged => bail!(
            "the audit log's head was rewritten (its MAC does not match): entries may have been removed"
        ),
        Verification::Empty => bail!(
            "the audit log is empty: a log in use always holds its first entry, so it was deleted (or the service never started on this database)"
        ),
        Verification::NotTheRecordedHead { behind: true } => bail!(
            "the audit log is behind the recorded head: entries were removed and the head rewound"
        ),
        Verification::NotTheRecordedHead { behind: false } => {
            bail!("the audit log does not contain the recorded head: it was rewritten")
        }
    }
}

/// The second half of `verify-audit`: the decided interview records against their evidence
/// hashes. Names requests by their reference only (never personal data).
async fn verify_evidence(db: &DatabaseConnection) -> anyhow::Result<()> {
    let report = db::evidence_check::check(db)
        .await
        .context("checking the interview records against the audit log")?;
    let reduced = if report.reduced > 0 {
        format!(
            " ({} reduced at the end of their retention: only their reduction entry is checked)",
            report.reduced
        )
    } else {
        String::new()
    };
    if report.is_intact() {
        println!(
            "The interview evidence is intact: {} decided record(s) checked against their evidence hash{reduced}.",
            report.checked
        );
        return Ok(());
    }
    let named: Vec<String> = report
        .named
        .iter()
        .map(|m| {
            format!(
                "request {} (interview {}) {}",
                m.reference,
                m.interview_id,
                m.problem.describe()
            )
        })
        .collect();
    let more = report.problems - report.named.len() as u64;
    let more = if more > 0 {
        format!("; and {more} more")
    } else {
        String::new()
    };
    bail!(
        "the interview evidence does not match the audit log ({} decided record(s) checked{reduced}), {} record(s) in question: {}{more}",
        report.checked,
        report.problems,
        named.join("; ")
    )
}

/// Runs the due background jobs once (for a scheduler, when the server runs none itself).
pub async fn tick(settings: &Settings) -> anyhow::Result<()> {
    let db = db::connect(&settings.database_url).await?;
    db::migrate(&db).await?;
    db::audit_key::open(settings, &db, SystemClock.now()).await?;
    let email = Arc::new(EmailClient::from_settings(settings)?);
    let jobs = Jobs::new(db, email, Arc::new(SystemClock), settings);
    let report = jobs.tick().await?;
    println!(
        "Proposals lapsed: {}. Reminders queued: {}. ID images deleted: {}. Interview records reduced at the end of their evidence retention: {}. Emails sent: {}, failed (will be retried): {}. Bodies of sent emails emptied: {}. Stray image files removed: {}.",
        report.lapsed,
        report.reminded,
        report.images_deleted,
        report.evidence_reduced,
        report.emails_sent,
        report.emails_failed,
        report.email_bodies_erased,
        report.stray_files_removed
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
