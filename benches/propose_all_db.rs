//! "Propose for all" through the database, as a supervisor's run does it: the matching on the
//! free slots read from the database, then one proposal transaction per request (hold the slot,
//! change the state, audit entry, proposal email in the outbox). Prints the time of the whole run
//! and per proposal, so that the background run's duration on a large queue is known.
//!
//! SQLite in a temporary folder by default; `BENCH_DATABASE_URL` points it at another, empty,
//! database (PostgreSQL). `BENCH_REQUESTS` (default 1,000) sets the queue's size.

use rendezvous::clock::{Clock, SystemClock};
use rendezvous::commands::demo_requests;
use rendezvous::db::{self, audit::Actor, schedule, staff};
use rendezvous::domain::language::InterviewLanguage;
use rendezvous::domain::working_plan::{WeeklyPlan, parse_periods};
use rendezvous::use_cases::scheduling::propose_for_all;
use std::time::Instant;

const INTERVIEWERS: usize = 30;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let folder = tempfile::tempdir()?;
    let url = std::env::var("BENCH_DATABASE_URL").unwrap_or_else(|_| {
        format!(
            "sqlite://{}?mode=rwc",
            folder.path().join("bench.db").display()
        )
    });
    let requests: usize = std::env::var("BENCH_REQUESTS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1_000);
    let db = db::connect(&url).await?;
    db::migrate(&db).await?;
    // Every proposal writes an audit entry, keyed as in the service.
    db::audit::install_key(
        rendezvous::configuration::AuditKey::parse("benchmark-audit-key-benchmark-audit-key")
            .map_err(anyhow::Error::msg)?,
    );
    let now = SystemClock.now();

    // Interviewers in office hours, each speaking two of the three languages.
    let day = parse_periods("09:00-12:00, 13:00-17:00")?;
    let mut plan = WeeklyPlan::default();
    for weekday in 0..5 {
        plan.days[weekday] = day.clone();
    }
    let pairs = ["fr,en", "nl,en", "fr,nl"];
    for i in 0..INTERVIEWERS {
        let email = format!("interviewer{i}@bench.rendezvous.localhost");
        let id = staff::add(
            &db,
            staff::NewStaff {
                email: &email,
                name: &format!("Interviewer {i}"),
                role: staff::Role::Interviewer,
                languages: pairs[i % pairs.len()],
                password_hash: "$argon2id$unused".to_owned(),
            },
            now,
        )
        .await
        .map_err(|e| anyhow::anyhow!("adding an interviewer: {e}"))?;
        let languages: Vec<InterviewLanguage> = pairs[i % pairs.len()]
            .split(',')
            .filter_map(InterviewLanguage::parse)
            .collect();
        schedule::save_plan(&db, id, &plan, &languages).await?;
    }
    let made = demo_requests(&db, now, requests).await?;
    let backend = if url.starts_with("sqlite:") {
        "SQLite"
    } else {
        "PostgreSQL"
    };
    println!(
        "Propose for all through the database ({backend}): {made} open requests, {INTERVIEWERS} interviewers"
    );

    let start = Instant::now();
    let base_url = url::Url::parse("http://127.0.0.1:8080")?;
    let report = propose_for_all(&db, &base_url, Actor::System, now, None).await?;
    let seconds = start.elapsed().as_secs_f64();
    println!(
        "  proposed {} (no slot {}, taken by others {}, changed meanwhile {})",
        report.proposed, report.no_slot, report.taken_by_others, report.changed_meanwhile
    );
    println!(
        "  whole run: {seconds:.1} s; {:.1} ms per proposal",
        seconds * 1000.0 / report.proposed.max(1) as f64
    );
    if report.proposed == 0 {
        anyhow::bail!("nothing was proposed: the benchmark's data no longer fits");
    }
    Ok(())
}
