//! The supervisors' home page: today's interviews by state, flagged ones, the last week's
//! outcomes and those overdue for an outcome, each list linking to the interview page. With
//! 10,000 interviews the counts still match the rows and the lists stay bounded; the day is
//! Brussels' (23 or 25 hours on a clock change); interviewers keep their own page.

use crate::helpers::{TestApp, select_all_text, spawn_app, start_time};
use chrono::{DateTime, Duration, TimeZone, Utc};
use rendezvous::db::entities::{appointment, interview, request, staff};
use rendezvous::db::interview_figures::{self, LISTED, OUTCOME_CODES, RECENT, day_bounds};
use rendezvous::db::requests::RequestId;
use rendezvous::db::staff::Role;
use rendezvous::domain::slot::brussels_date;
use sea_orm::{ActiveModelTrait, EntityTrait, Set, TransactionTrait};
use uuid::Uuid;

/// An interview record as the bulk insert writes it.
#[derive(Debug, Clone)]
pub(crate) struct InterviewSpec {
    pub started: bool,
    pub outcome: Option<(&'static str, DateTime<Utc>)>,
    pub fraud_at: Option<DateTime<Utc>>,
}

/// An appointment (30 minutes) and perhaps its interview.
#[derive(Debug, Clone)]
pub(crate) struct Spec {
    pub interviewer: Uuid,
    pub starts_at: DateTime<Utc>,
    pub state: &'static str,
    pub interview: Option<InterviewSpec>,
}

/// What the bulk insert made for a spec.
#[derive(Debug, Clone)]
pub(crate) struct Made {
    pub appointment: Uuid,
    pub interview: Option<Uuid>,
}

/// Interviewers put straight into the database (no password: they never sign in).
pub(crate) async fn bulk_interviewers(app: &TestApp, n: usize) -> Vec<Uuid> {
    let mut ids = Vec::new();
    for i in 0..n {
        let id = Uuid::new_v4();
        staff::ActiveModel {
            id: Set(id),
            email: Set(format!("interviewer{i}@example.org")),
            name: Set(format!("Interviewer {i:02}")),
            role: Set("interviewer".into()),
            languages: Set("nl".into()),
            password_hash: Set("not-a-hash".into()),
            created_at: Set(app.now()),
            failed_sign_ins: Set(0),
            last_failed_sign_in_at: Set(None),
            locked_until: Set(None),
            interview_minutes: Set(30),
            schedule_version: Set(0),
        }
        .insert(&app.db)
        .await
        .unwrap();
        ids.push(id);
    }
    ids
}

/// Puts a request, an appointment and the interview of each spec into the database in one
/// transaction, a few hundred rows per statement (the use cases would take an hour for 10,000).
pub(crate) async fn insert_bulk(app: &TestApp, specs: &[Spec]) -> Vec<Made> {
    let now = app.now();
    let mut requests = Vec::new();
    let mut appointments = Vec::new();
    let mut interviews = Vec::new();
    let mut made = Vec::new();
    for (i, spec) in specs.iter().enumerate() {
        let (request_id, appointment_id) = (Uuid::new_v4(), Uuid::new_v4());
        requests.push(request::ActiveModel {
            id: Set(request_id),
            submission_token: Set(Uuid::new_v4().simple().to_string()),
            state: Set("confirmed".into()),
            ui_language: Set("en".into()),
            interview_language: Set("nl".into()),
            last_name: Set(format!("Name{i:05}")),
            first_names: Set("Marie".into()),
            birth_date: Set(chrono::NaiveDate::from_ymd_opt(1985, 7, 30).unwrap()),
            birth_country: Set("BE".into()),
            birth_place: Set("Gent".into()),
            sex: Set("F".into()),
            niss: Set(None),
            email: Set(format!("person{i}@example.org")),
            motivation: Set("Filing my Belgian taxes from abroad.".into()),
            security_code_hash: Set("not-a-hash".into()),
            created_at: Set(now),
            updated_at: Set(now),
            code_locked_until: Set(None),
            slots_chosen_at: Set(None),
            browser_digest: Set(None),
            content_digest: Set(None),
            calendar_sequence: Set(0),
        });
        appointments.push(appointment::ActiveModel {
            id: Set(appointment_id),
            request_id: Set(request_id),
            interviewer_id: Set(spec.interviewer),
            starts_at: Set(spec.starts_at),
            ends_at: Set(spec.starts_at + Duration::minutes(30)),
            state: Set(spec.state.into()),
            token_hash: Set(Uuid::new_v4().simple().to_string()),
            created_by: Set(None),
            created_at: Set(now),
            updated_at: Set(now),
            replaced_by: Set(None),
            change_reason: Set(None),
            video_room: Set(None),
            reminder_sent_at: Set(None),
            proposed_at: Set(None),
        });
        let interview_id = spec.interview.as_ref().map(|record| {
            let id = Uuid::new_v4();
            let by = Some(spec.interviewer);
            let started_at = record
                .started
                .then(|| spec.starts_at + Duration::minutes(1));
            let (outcome, outcome_at) = match record.outcome {
                Some((code, at)) => (Some(code.to_owned()), Some(at)),
                None => (None, None),
            };
            interviews.push(interview::ActiveModel {
                id: Set(id),
                appointment_id: Set(appointment_id),
                request_id: Set(request_id),
                interviewer_id: Set(spec.interviewer),
                version: Set(1),
                started_by: Set(started_at.and(by)),
                started_at: Set(started_at),
                purpose_told: Set(record.started),
                photo_announced: Set(record.started),
                retention_told: Set(record.started),
                consent_by: Set(started_at.and(by)),
                consent_at: Set(started_at),
                document_kind: Set(Some("passport".into())),
                document_country: Set(Some("BE".into())),
                document_number: Set(Some(format!("EP{i:06}"))),
                document_expiry: Set(chrono::NaiveDate::from_ymd_opt(2031, 5, 4)),
                mrz_text: Set(Some("P<BELNAME<<MARIE".into())),
                features: Set(None),
                liveness_prompt: Set(Some("Turn your head to the left.".into())),
                fraud_by: Set(record.fraud_at.and(by)),
                fraud_at: Set(record.fraud_at),
                fraud_note: Set(record.fraud_at.map(|_| "the photo seems glued".into())),
                outcome: Set(outcome),
                outcome_by: Set(outcome_at.and(by)),
                outcome_at: Set(outcome_at),
                applicant_text: Set(outcome_at.map(|_| "What the applicant reads.".into())),
                internal_note: Set(outcome_at.map(|_| "An internal note.".into())),
                refusal_reason: Set(None),
                missing_items: Set(None),
                created_at: Set(now),
                updated_at: Set(now),
                new_upload_requested_at: Set(None),
                new_upload_requested_by: Set(None),
                new_upload_token_hash: Set(None),
                evidence_reduced_at: Set(None),
            });
            id
        });
        made.push(Made {
            appointment: appointment_id,
            interview: interview_id,
        });
    }
    let tx = app.db.begin().await.unwrap();
    for chunk in requests.chunks(400) {
        request::Entity::insert_many(chunk.to_vec())
            .exec_without_returning(&tx)
            .await
            .unwrap();
    }
    for chunk in appointments.chunks(400) {
        appointment::Entity::insert_many(chunk.to_vec())
            .exec_without_returning(&tx)
            .await
            .unwrap();
    }
    for chunk in interviews.chunks(400) {
        interview::Entity::insert_many(chunk.to_vec())
            .exec_without_returning(&tx)
            .await
            .unwrap();
    }
    tx.commit().await.unwrap();
    made
}

fn recorded(
    started: bool,
    outcome: Option<(&'static str, DateTime<Utc>)>,
    fraud_at: Option<DateTime<Utc>>,
) -> Option<InterviewSpec> {
    Some(InterviewSpec {
        started,
        outcome,
        fraud_at,
    })
}

/// About 10,000 appointments: 100 today in every state (each tenth one released without an
/// interview, which is not one of today's), one just before and one just after today, and
/// 9,800 of the past weeks, most decided (every seventh of those within the last 7 days),
/// every twentieth undecided, every fiftieth flagged.
fn many(interviewers: &[Uuid], now: DateTime<Utc>) -> Vec<Spec> {
    let (today, tomorrow) = day_bounds(brussels_date(now));
    let who = |k: usize| interviewers[k % interviewers.len()];
    let mut specs = Vec::new();
    for k in 0..100 {
        let starts_at = today + Duration::minutes(k as i64);
        let decided = |code| Some((code, starts_at + Duration::minutes(20)));
        let (state, record) = match k % 10 {
            0 | 1 => ("confirmed", None),
            2 => ("confirmed", recorded(false, None, None)),
            3 => ("confirmed", recorded(true, None, None)),
            4 => ("confirmed", recorded(true, decided("approved"), None)),
            5 => ("confirmed", recorded(true, decided("incomplete"), None)),
            6 => ("confirmed", recorded(true, decided("refused"), None)),
            7 => ("confirmed", recorded(false, decided("no_show"), None)),
            8 => ("released", recorded(true, decided("interrupted"), None)),
            _ => ("released", None),
        };
        specs.push(Spec {
            interviewer: who(k),
            starts_at,
            state,
            interview: record,
        });
    }
    // On the edges of today: not today's.
    for starts_at in [today - Duration::minutes(1), tomorrow] {
        specs.push(Spec {
            interviewer: interviewers[0],
            starts_at,
            state: "confirmed",
            interview: None,
        });
    }
    let first = Utc.with_ymd_and_hms(2026, 10, 1, 6, 0, 0).unwrap();
    for j in 0..9800usize {
        let starts_at = first + Duration::minutes(30 * (j / interviewers.len()) as i64);
        let decided_at = if j % 7 == 0 {
            now - Duration::days(1) - Duration::minutes(j as i64)
        } else {
            starts_at + Duration::minutes(20)
        };
        let fraud_at = (j % 50 == 0).then(|| starts_at + Duration::minutes(10));
        let code = ["approved", "incomplete", "refused", "no_show"][j % 4];
        let (state, record) = match j % 20 {
            0 => ("confirmed", recorded(true, None, fraud_at)),
            18 => ("released", None),
            19 => (
                "released",
                recorded(true, Some(("interrupted", decided_at)), fraud_at),
            ),
            _ => (
                "confirmed",
                recorded(true, Some((code, decided_at)), fraud_at),
            ),
        };
        specs.push(Spec {
            interviewer: who(j),
            starts_at,
            state,
            interview: record,
        });
    }
    specs
}

fn outcome_of(spec: &Spec) -> Option<(&'static str, DateTime<Utc>)> {
    spec.interview.as_ref().and_then(|i| i.outcome)
}

#[tokio::test]
async fn with_ten_thousand_interviews_the_figures_match_and_the_lists_stay_bounded() {
    let app = spawn_app().await;
    let now = app.now();
    let interviewers = bulk_interviewers(&app, 5).await;
    let specs = many(&interviewers, now);
    let began = std::time::Instant::now();
    let made = insert_bulk(&app, &specs).await;
    eprintln!(
        "{} interviews inserted in {:?}",
        specs.len(),
        began.elapsed()
    );

    // What the rows say, counted here without SQL.
    let (today, tomorrow) = day_bounds(brussels_date(now));
    let todays: Vec<&Spec> = specs
        .iter()
        .filter(|s| s.starts_at >= today && s.starts_at < tomorrow)
        .filter(|s| s.state == "confirmed" || outcome_of(s).is_some())
        .collect();
    let undecided = |s: &Spec| outcome_of(s).is_none();
    let waiting = todays
        .iter()
        .filter(|s| undecided(s))
        .filter(|s| !s.interview.as_ref().is_some_and(|i| i.started))
        .count() as u64;
    let in_progress = todays.iter().filter(|s| undecided(s)).count() as u64 - waiting;
    let count_codes = |decided: Vec<&'static str>| -> Vec<(&'static str, u64)> {
        OUTCOME_CODES
            .iter()
            .map(|c| (*c, decided.iter().filter(|d| *d == c).count() as u64))
            .collect()
    };
    let todays_outcomes = count_codes(
        todays
            .iter()
            .filter_map(|s| outcome_of(s))
            .map(|o| o.0)
            .collect(),
    );
    let since = now - RECENT;
    let recent = count_codes(
        specs
            .iter()
            .filter_map(outcome_of)
            .filter(|(_, at)| *at >= since)
            .map(|o| o.0)
            .collect(),
    );
    let flagged = |s: &Spec| s.interview.as_ref().is_some_and(|i| i.fraud_at.is_some());
    let flagged_open = specs
        .iter()
        .filter(|s| flagged(s))
        .filter(|s| undecided(s))
        .count() as u64;
    let flagged_decided = specs
        .iter()
        .filter(|s| flagged(s))
        .filter(|s| outcome_of(s).is_some_and(|(_, at)| at >= since))
        .count() as u64;
    let mut overdue: Vec<(DateTime<Utc>, Uuid)> = specs
        .iter()
        .zip(&made)
        .filter(|(s, _)| s.state == "confirmed" && s.starts_at + Duration::minutes(30) < now)
        .filter(|(s, _)| outcome_of(s).is_none())
        .map(|(s, m)| (s.starts_at, m.appointment))
        .collect();
    overdue.sort();
    assert_eq!((waiting, in_progress), (30, 10), "the spec's own count");
    assert!(flagged_open > LISTED && overdue.len() as u64 > LISTED);

    let began = std::time::Instant::now();
    let figures = interview_figures::figures(&app.db, now, LISTED)
        .await
        .unwrap();
    eprintln!("the figures took {:?}", began.elapsed());
    assert_eq!(figures.today.date, brussels_date(now));
    assert_eq!(figures.today.waiting, waiting, "waiting");
    assert_eq!(figures.today.in_progress, in_progress, "in progress");
    assert_eq!(figures.today.outcomes, todays_outcomes, "today's outcomes");
    assert_eq!(figures.recent_outcomes, recent, "the last 7 days");
    assert!(recent.iter().all(|(_, n)| *n > 0), "{recent:?}");
    assert_eq!(figures.flagged_open.total, flagged_open, "flagged, open");
    assert_eq!(
        figures.flagged_decided.total, flagged_decided,
        "flagged, decided"
    );
    assert_eq!(figures.flagged_open.rows.len() as u64, LISTED);
    assert!(
        figures
            .flagged_open
            .rows
            .windows(2)
            .all(|w| w[0].fraud_at <= w[1].fraud_at),
        "the oldest flag first"
    );
    assert!(
        figures
            .flagged_decided
            .rows
            .windows(2)
            .all(|w| w[0].outcome_at >= w[1].outcome_at),
        "the latest decision first"
    );
    assert_eq!(figures.overdue.total, overdue.len() as u64, "overdue");
    let listed: Vec<Uuid> = figures
        .overdue
        .rows
        .iter()
        .map(|l| l.appointment_id)
        .collect();
    let oldest: Vec<Uuid> = overdue.iter().take(LISTED as usize).map(|o| o.1).collect();
    assert_eq!(listed, oldest, "the oldest overdue first");
    assert!(
        figures.overdue.rows[0]
            .interviewer
            .starts_with("Interviewer ")
    );

    // The page: the same figures, bounded lists, each row linking to its interview page.
    let sara = app
        .staff("sara@example.org", "Sara Janssens", Role::Supervisor, "nl")
        .await;
    let began = std::time::Instant::now();
    let html = app.html_of(&sara.client, "/en/staff/").await;
    eprintln!("the page took {:?}", began.elapsed());
    let rows =
        |caption: &str| select_all_text(&html, &format!("div[aria-labelledby={caption}] tbody tr"));
    let today_rows = rows("figures-today-caption");
    assert_eq!(today_rows.len(), 2 + OUTCOME_CODES.len(), "{today_rows:?}");
    assert!(today_rows[0].contains("Waiting to start") && today_rows[0].ends_with("30"));
    assert!(today_rows[1].contains("In progress") && today_rows[1].ends_with("10"));
    assert!(
        html.contains("90 interviews today."),
        "the 100 less the 10 cancelled"
    );
    assert_eq!(rows("figures-flagged-open").len() as u64, LISTED);
    assert_eq!(rows("figures-overdue-list").len() as u64, LISTED);
    assert!(
        html.contains(&format!("And {} more.", overdue.len() as u64 - LISTED)),
        "the overdue list says how many it leaves out"
    );
    let first = &figures.overdue.rows[0];
    let link = format!("/en/staff/interviews/{}", first.appointment_id);
    assert!(html.contains(&link), "{link}");
    assert!(html.contains(&RequestId(first.request_id).reference()));
    let overdue_lines = rows("figures-overdue-list");
    assert!(overdue_lines[0].contains("Not started") || overdue_lines[0].contains("Started at"));
    for heading in ["h1", "h2", "h3"] {
        assert!(!select_all_text(&html, heading).is_empty(), "{heading}");
    }
}

#[tokio::test]
async fn today_is_a_brussels_day_even_on_a_clock_change() {
    let app = spawn_app().await;
    let interviewers = bulk_interviewers(&app, 1).await;
    // Sunday 25 October 2026 has 25 hours: 00:30 and 23:30 Brussels are 22:30 UTC the day
    // before and 22:30 UTC that day; 00:10 the next day is 23:10 UTC.
    let at = |d, h, m| Utc.with_ymd_and_hms(2026, 10, d, h, m, 0).unwrap();
    let specs: Vec<Spec> = [
        at(24, 22, 30),
        at(25, 22, 30),
        at(25, 23, 10),
        at(24, 21, 50),
    ]
    .into_iter()
    .map(|starts_at| Spec {
        interviewer: interviewers[0],
        starts_at,
        state: "confirmed",
        interview: None,
    })
    .collect();
    insert_bulk(&app, &specs).await;
    let day = chrono::NaiveDate::from_ymd_opt(2026, 10, 25).unwrap();
    let counts = interview_figures::day_counts(&app.db, day).await.unwrap();
    assert_eq!(counts.waiting, 2, "00:30 and 23:30 on the 25-hour day");
    assert_eq!(counts.total(), 2);
}

#[tokio::test]
async fn an_interviewer_keeps_their_own_home_page() {
    let app = spawn_app().await;
    let interviewers = bulk_interviewers(&app, 1).await;
    insert_bulk(
        &app,
        &[Spec {
            interviewer: interviewers[0],
            starts_at: start_time() - Duration::hours(2),
            state: "confirmed",
            interview: None,
        }],
    )
    .await;
    let anna = app
        .staff("anna@example.org", "Anna Peeters", Role::Interviewer, "nl")
        .await;
    let html = app.html_of(&anna.client, "/en/staff/").await;
    assert!(html.contains("Changes to your calendar"), "their own page");
    assert!(!html.contains("figures-today"), "without the figures");
    assert!(!html.contains("Overdue for an outcome"));

    let sara = app
        .staff("sara@example.org", "Sara Janssens", Role::Supervisor, "nl")
        .await;
    for lang in ["en", "fr", "nl", "de"] {
        let html = app.html_of(&sara.client, &format!("/{lang}/staff/")).await;
        assert!(html.contains("figures-today"), "{lang}");
        assert!(
            !html.contains("staff-figures-"),
            "{lang}: every key translated"
        );
        assert!(
            html.contains(&format!("/{lang}/staff/interviews/")),
            "{lang}: the overdue interview links to its page"
        );
    }
    let html = app.html_of(&sara.client, "/en/staff/").await;
    assert!(html.contains("No flagged interview is waiting for an outcome."));
    assert!(html.contains("One confirmed interview has ended without an outcome"));
    assert!(
        html.contains("Changes to your calendar"),
        "and their own sections"
    );
}
