//! Staff scheduling through HTTP: the assignment dashboard, proposals (one, many at once, and 20
//! racing for one slot), reassignment, plans and their conflicts, roles on every route and
//! record, and the calendar across clock changes.

use crate::helpers::{TestApp, browser, select_all_text, select_attr, spawn_app};
use chrono::{DateTime, TimeZone, Utc};
use rendezvous::commands;
use rendezvous::db::appointments::{self, NewAppointment};
use rendezvous::db::entities::{appointment, audit_entry, request};
use rendezvous::db::schedule;
use rendezvous::db::staff::{self, Role};
use rendezvous::domain::language::InterviewLanguage;
use rendezvous::domain::scheduling::AppointmentState;
use rendezvous::domain::working_plan::{WeeklyPlan, parse_periods};
use sea_orm::{EntityTrait, TransactionTrait};
use uuid::Uuid;

const PASSWORD: &str = "correct horse battery";

/// Monday 30 November 2026, 09:00 in Brussels: the first slot of the test request's window.
fn monday_nine() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 30, 8, 0, 0).unwrap()
}

/// A signed-in staff member: their id, a browser with their session, and the session's CSRF
/// token for forms.
pub struct Staff {
    pub id: Uuid,
    pub client: reqwest::Client,
    pub csrf: String,
}

impl TestApp {
    /// Adds a staff member with an office plan (Monday to Friday, 09:00–12:00 and 13:00–17:00)
    /// and signs them in.
    pub async fn staff(&self, email: &str, name: &str, role: Role, languages: &str) -> Staff {
        commands::add_staff_to(
            &self.db,
            email,
            name,
            role,
            languages,
            PASSWORD.into(),
            self.now(),
        )
        .await
        .unwrap();
        let id = staff::find_by_email(&self.db, email)
            .await
            .unwrap()
            .unwrap()
            .id;
        let day = parse_periods("09:00-12:00, 13:00-17:00").unwrap();
        let mut plan = WeeklyPlan::default();
        for weekday in 0..5 {
            plan.days[weekday] = day.clone();
        }
        let languages: Vec<_> = languages
            .split(',')
            .filter_map(InterviewLanguage::parse)
            .collect();
        schedule::save_plan(&self.db, id, &plan, &languages)
            .await
            .unwrap();
        let client = browser();
        assert_eq!(
            self.sign_in_as(&client, email, PASSWORD).await.status(),
            303
        );
        let html = self.html_of(&client, "/en/staff/").await;
        let csrf = select_attr(
            &html,
            "form[action='/en/staff/sign-out'] input[name=csrf_token]",
            "value",
        )
        .unwrap();
        Staff { id, client, csrf }
    }

    /// Submits `n` valid requests (interview in Dutch) and returns their ids, oldest first.
    pub async fn open_requests(&self, n: usize) -> Vec<Uuid> {
        for _ in 0..n {
            self.submit_valid_request("en").await;
            self.clock.advance(chrono::Duration::seconds(1));
        }
        let mut rows = self.requests().await;
        rows.sort_by_key(|r| r.created_at);
        rows.into_iter().map(|r| r.id).collect()
    }

    pub async fn propose(
        &self,
        by: &Staff,
        request: Uuid,
        interviewer: Uuid,
        starts_at: DateTime<Utc>,
    ) -> reqwest::Response {
        by.client
            .post(self.url(&format!("/en/staff/requests/{request}/propose")))
            .form(&[
                ("csrf_token", by.csrf.as_str()),
                ("interviewer", &interviewer.to_string()),
                ("starts_at", &starts_at.to_rfc3339()),
                ("back", "request"),
            ])
            .send()
            .await
            .unwrap()
    }

    pub async fn appointments(&self) -> Vec<appointment::Model> {
        appointment::Entity::find().all(&self.db).await.unwrap()
    }

    pub async fn request_state(&self, id: Uuid) -> String {
        request::Entity::find_by_id(id)
            .one(&self.db)
            .await
            .unwrap()
            .unwrap()
            .state
    }
}

fn active(rows: &[appointment::Model]) -> Vec<&appointment::Model> {
    rows.iter()
        .filter(|a| AppointmentState::parse(&a.state).is_some_and(|s| s.is_active()))
        .collect()
}

#[tokio::test]
async fn an_interviewer_assigns_a_request_to_their_own_slot_and_the_applicant_is_emailed() {
    let app = spawn_app().await;
    let anna = app
        .staff(
            "anna@example.org",
            "Anna Peeters",
            Role::Interviewer,
            "nl,en",
        )
        .await;
    let ids = app.open_requests(1).await;

    let html = app.html_of(&anna.client, "/en/staff/assign").await;
    let reference = ids[0].simple().to_string()[..8].to_uppercase();
    assert!(html.contains(&reference), "the open request is listed");

    let html = app
        .html_of(
            &anna.client,
            &format!("/en/staff/assign?request={}", ids[0]),
        )
        .await;
    let first = select_attr(&html, ".offers input[name=starts_at]", "value").unwrap();
    assert_eq!(
        first,
        monday_nine().to_rfc3339(),
        "the applicant's first preferred window comes first"
    );
    let labels = select_all_text(&html, ".offers button");
    assert!(
        labels[0].contains("09:00–09:30 CET") && labels[0].contains("preferred"),
        "{labels:?}"
    );

    let response = anna
        .client
        .post(app.url(&format!("/en/staff/requests/{}/propose", ids[0])))
        .form(&[
            ("csrf_token", anna.csrf.as_str()),
            ("interviewer", &anna.id.to_string()),
            ("starts_at", &first),
            ("back", "assign"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 303);
    assert_eq!(response.headers()["location"], "/en/staff/assign");
    let dashboard = app.html_of(&anna.client, "/en/staff/assign").await;
    assert!(
        dashboard.contains(&format!("Slot proposed for request {reference}.")),
        "the notice names the request: {dashboard}"
    );

    let rows = app.appointments().await;
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].state, "proposed");
    assert_eq!(rows[0].interviewer_id, anna.id);
    assert_eq!(rows[0].starts_at, monday_nine());
    assert_eq!(app.request_state(ids[0]).await, "proposed");

    // The proposal email: queued in the same transaction, then delivered over SMTP.
    let outbox = app.outbox().await;
    let proposal = outbox.iter().find(|m| m.kind == "proposal").unwrap();
    let token = proposal
        .text_body
        .split("/en/appointment/")
        .nth(1)
        .map(|rest| &rest[..32])
        .expect("the email links to the appointment page");
    assert!(token.bytes().all(|b| b.is_ascii_hexdigit()));
    assert_eq!(
        rows[0].token_hash,
        rendezvous::domain::codes::Token::parse(token)
            .unwrap()
            .digest(),
        "only the token's hash is stored"
    );
    assert!(
        proposal
            .text_body
            .contains("Monday 30 November 2026, 09:00 (Brussels time, CET)"),
        "{}",
        proposal.text_body
    );
    app.jobs.tick().await.unwrap();
    let received = app.smtp.messages();
    assert!(
        received
            .iter()
            .any(|m| m.subject().contains("A slot for your video interview")),
        "the proposal reached the SMTP server"
    );

    let audit = audit_entry::Entity::find().all(&app.db).await.unwrap();
    assert!(audit.iter().any(|e| e.action == "propose"
        && e.request_id == Some(ids[0])
        && e.actor == format!("staff:{}", anna.id)));

    // The interview is in Anna's calendar, and the request left the dashboard.
    let html = app
        .html_of(&anna.client, "/en/staff/calendar?week=2026-11-30")
        .await;
    let items = select_all_text(&html, ".calendar li.proposed");
    assert_eq!(items.len(), 1, "{items:?}");
    assert!(items[0].contains("09:00–09:30") && items[0].contains(&reference));
    let html = app.html_of(&anna.client, "/en/staff/assign").await;
    assert!(!html.contains(&reference));
}

#[tokio::test]
async fn twenty_concurrent_proposals_for_one_slot_book_it_exactly_once() {
    let app = spawn_app().await;
    let anna = app
        .staff("anna@example.org", "Anna Peeters", Role::Interviewer, "nl")
        .await;
    let sam = app
        .staff("sam@example.org", "Sam Supervisor", Role::Supervisor, "nl")
        .await;
    let ids = app.open_requests(20).await;

    let attempts = ids
        .iter()
        .map(|id| app.propose(&sam, *id, anna.id, monday_nine()));
    let responses = futures_util::future::join_all(attempts).await;
    let mut won = 0;
    for response in responses {
        match response.status().as_u16() {
            303 => won += 1,
            409 => {
                let html = response.text().await.unwrap();
                assert!(html.contains("just taken"), "a clear answer: {html}");
            }
            other => panic!("unexpected status {other}"),
        }
    }
    assert_eq!(won, 1, "exactly one proposal wins the slot");
    let rows = app.appointments().await;
    let held: Vec<_> = active(&rows)
        .into_iter()
        .filter(|a| a.interviewer_id == anna.id && a.starts_at == monday_nine())
        .collect();
    assert_eq!(held.len(), 1);
    let mut proposed = 0;
    for id in &ids {
        if app.request_state(*id).await == "proposed" {
            proposed += 1;
        }
    }
    assert_eq!(proposed, 1, "the others are still waiting");
}

#[tokio::test]
async fn every_route_and_record_follows_the_role() {
    let app = spawn_app().await;
    let anna = app
        .staff("anna@example.org", "Anna Peeters", Role::Interviewer, "nl")
        .await;
    let bert = app
        .staff("bert@example.org", "Bert Claes", Role::Interviewer, "nl")
        .await;
    let sam = app
        .staff("sam@example.org", "Sam Supervisor", Role::Supervisor, "nl")
        .await;
    let ids = app.open_requests(2).await;
    assert_eq!(
        app.propose(&anna, ids[0], anna.id, monday_nine())
            .await
            .status(),
        303
    );
    let anna_appointment = app.appointments().await[0].id;

    // What Bert may not see: Anna's records and the supervisors' pages.
    let pages = [
        format!("/en/staff/appointments/{anna_appointment}"),
        format!("/en/staff/calendar?staff={}", anna.id),
        format!("/en/staff/plan?staff={}", anna.id),
        "/en/staff/queue".to_owned(),
        format!("/en/staff/requests/{}", ids[1]),
        "/en/staff/interviewers".to_owned(),
        "/en/staff/audit".to_owned(),
    ];
    for path in &pages {
        assert_eq!(app.status_of(&bert.client, path).await, 404, "Bert: {path}");
        assert_eq!(app.status_of(&sam.client, path).await, 200, "Sam: {path}");
    }
    assert_eq!(
        app.status_of(
            &anna.client,
            &format!("/en/staff/appointments/{anna_appointment}")
        )
        .await,
        200,
        "Anna sees her own appointment"
    );
    for path in [
        "/en/staff/",
        "/en/staff/calendar",
        "/en/staff/plan",
        "/en/staff/assign",
    ] {
        assert_eq!(app.status_of(&bert.client, path).await, 200, "Bert: {path}");
    }

    // What Bert may not do: propose in Anna's name, change her plan, reassign, propose for all.
    let posts: Vec<(String, Vec<(&str, String)>)> = vec![
        (
            format!("/en/staff/requests/{}/propose", ids[1]),
            vec![
                ("interviewer", anna.id.to_string()),
                ("starts_at", monday_nine().to_rfc3339()),
            ],
        ),
        (
            "/en/staff/plan".to_owned(),
            vec![("staff", anna.id.to_string()), ("day0", String::new())],
        ),
        (
            "/en/staff/plan/exceptions".to_owned(),
            vec![
                ("staff", anna.id.to_string()),
                ("day", "2026-12-01".to_owned()),
                ("kind", "off".to_owned()),
            ],
        ),
        (
            format!("/en/staff/appointments/{anna_appointment}/reassign"),
            vec![
                ("mode", "interviewer".to_owned()),
                ("interviewer", bert.id.to_string()),
                ("reason", "workload".to_owned()),
            ],
        ),
        ("/en/staff/propose-all".to_owned(), vec![]),
    ];
    for (path, fields) in &posts {
        let mut form = fields.clone();
        form.push(("csrf_token", bert.csrf.clone()));
        let response = bert
            .client
            .post(app.url(path))
            .form(&form)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 404, "Bert: POST {path}");
    }
    let rows = app.appointments().await;
    assert_eq!(rows.len(), 1, "nothing was booked or moved");
    assert_eq!(rows[0].interviewer_id, anna.id);
    assert_eq!(app.request_state(ids[1]).await, "submitted");
    let anna_plan = schedule::interviewer(&app.db, anna.id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(anna_plan.plan.days[0].len(), 2, "Anna's plan is unchanged");
    assert!(anna_plan.exceptions.is_empty());

    // Without the session's CSRF token nothing happens either, whoever asks.
    let response = sam
        .client
        .post(app.url(&format!("/en/staff/requests/{}/propose", ids[1])))
        .form(&[
            ("csrf_token", "0".repeat(32).as_str()),
            ("interviewer", &anna.id.to_string()),
            (
                "starts_at",
                &(monday_nine() + chrono::Duration::hours(1)).to_rfc3339(),
            ),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 403);
    assert_eq!(app.request_state(ids[1]).await, "submitted");
}

#[tokio::test]
async fn propose_for_all_places_everyone_it_can_and_is_safe_to_run_twice() {
    let app = spawn_app().await;
    let _anna = app
        .staff("anna@example.org", "Anna Peeters", Role::Interviewer, "nl")
        .await;
    let sam = app
        .staff("sam@example.org", "Sam Supervisor", Role::Supervisor, "fr")
        .await;
    let ids = app.open_requests(3).await;
    // One request in English, which nobody speaks.
    request::Entity::update_many()
        .col_expr(
            request::Column::InterviewLanguage,
            sea_orm::sea_query::Expr::value("en"),
        )
        .filter(sea_orm::ColumnTrait::eq(&request::Column::Id, ids[2]))
        .exec(&app.db)
        .await
        .unwrap();

    // Started in the background, followed on its page until it has ended.
    let run = || async {
        let response = sam
            .client
            .post(app.url("/en/staff/propose-all"))
            .form(&[("csrf_token", sam.csrf.as_str())])
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 303, "led to the run's page");
        let page = app.url(response.headers()["location"].to_str().unwrap());
        assert!(page.contains("/en/staff/propose-all/"), "{page}");
        for _ in 0..200 {
            let html = sam
                .client
                .get(page.clone())
                .send()
                .await
                .unwrap()
                .text()
                .await
                .unwrap();
            if html.contains(r#"data-state="finished""#) {
                return html;
            }
            tokio::time::sleep(std::time::Duration::from_millis(25)).await;
        }
        panic!("the run did not finish");
    };
    let html = run().await;
    assert!(
        html.contains("2 of 3 open requests received a proposal"),
        "{html}"
    );
    assert!(
        html.contains("1 could not be placed: no interviewer"),
        "{html}"
    );
    let rows = app.appointments().await;
    assert_eq!(active(&rows).len(), 2);
    // Both got a slot in their preferred windows, one after the other.
    let mut starts: Vec<_> = rows.iter().map(|a| a.starts_at).collect();
    starts.sort();
    assert_eq!(starts[0], monday_nine());
    assert_eq!(starts[1], monday_nine() + chrono::Duration::minutes(30));
    assert_eq!(
        app.outbox()
            .await
            .iter()
            .filter(|m| m.kind == "proposal")
            .count(),
        2
    );

    let html = run().await;
    assert!(html.contains("0 of 1 open requests"), "{html}");
    assert_eq!(app.appointments().await.len(), 2, "nothing proposed twice");
    // Only supervisors follow runs.
    let anna_client = &_anna.client;
    let run_page = sam
        .client
        .post(app.url("/en/staff/propose-all"))
        .form(&[("csrf_token", sam.csrf.as_str())])
        .send()
        .await
        .unwrap()
        .headers()["location"]
        .to_str()
        .unwrap()
        .to_owned();
    assert_eq!(app.status_of(&sam.client, &run_page).await, 200);
    assert_eq!(app.status_of(anna_client, &run_page).await, 404);
}

#[tokio::test]
async fn propose_for_all_runs_one_at_a_time_and_a_silent_run_counts_as_interrupted() {
    use rendezvous::db::propose_all_runs::{self, RunFigures, Started};
    let app = spawn_app().await;
    let now = app.now();
    let reread = |id| {
        let db = app.db.clone();
        async move { propose_all_runs::find(&db, id).await.unwrap().unwrap() }
    };
    let Started::New(first) = propose_all_runs::start(&app.db, None, now).await.unwrap() else {
        panic!("nothing was running");
    };
    let figures = RunFigures {
        total: 40,
        done: 20,
        proposed: 12,
        ..Default::default()
    };
    propose_all_runs::progress(
        &app.db,
        first.id,
        &figures,
        now + chrono::Duration::minutes(1),
    )
    .await
    .unwrap();
    // Its page shows how far it got, and a link that shows it again (for pages without script).
    let sam = app
        .staff("sam@example.org", "Sam Supervisor", Role::Supervisor, "fr")
        .await;
    let page = format!("/en/staff/propose-all/{}", first.id);
    app.clock.set(now + chrono::Duration::minutes(2));
    let html = app.html_of(&sam.client, &page).await;
    assert!(html.contains(r#"data-state="running""#), "{html}");
    assert!(
        html.contains("20 of 40 open requests considered; 12 proposed so far"),
        "{html}"
    );
    assert_eq!(
        select_attr(&html, "progress", "value").as_deref(),
        Some("20")
    );
    assert_eq!(
        select_attr(&html, "#run a", "href").as_deref(),
        Some(page.as_str())
    );
    // A second start while it runs leads to the same run.
    match propose_all_runs::start(&app.db, None, now + chrono::Duration::minutes(2))
        .await
        .unwrap()
    {
        Started::AlreadyRunning(run) => {
            assert_eq!(run.id, first.id);
            assert_eq!(run.figures(), figures);
            assert!(run.is_running(now + chrono::Duration::minutes(2)));
        }
        Started::New(_) => panic!("two runs at once"),
    }
    // Five minutes without a sign of life: its process stopped. A new run may start, and the
    // old one is ended as interrupted, keeping how far it got.
    let later = now + chrono::Duration::minutes(6);
    assert!(
        !propose_all_runs::find(&app.db, first.id)
            .await
            .unwrap()
            .unwrap()
            .is_running(later)
    );
    let Started::New(second) = propose_all_runs::start(&app.db, None, later).await.unwrap() else {
        panic!("the silent run still blocks");
    };
    assert_ne!(second.id, first.id);
    let first = reread(first.id).await;
    assert_eq!(
        first.failure.as_deref(),
        Some(propose_all_runs::INTERRUPTED)
    );
    assert_eq!(first.running, None);
    assert_eq!(first.figures(), figures);
    // Were its process only slow, it learns at its next progress that it must stop, and its end
    // does not overwrite the interruption.
    assert!(
        !propose_all_runs::progress(&app.db, first.id, &figures, later)
            .await
            .unwrap()
    );
    propose_all_runs::finish(&app.db, first.id, &figures, later)
        .await
        .unwrap();
    let first = reread(first.id).await;
    assert_eq!(
        first.failure.as_deref(),
        Some(propose_all_runs::INTERRUPTED)
    );
    assert!(
        propose_all_runs::progress(&app.db, second.id, &figures, later)
            .await
            .unwrap()
    );
    app.clock.set(later);
    let html = app
        .html_of(&sam.client, &format!("/en/staff/propose-all/{}", first.id))
        .await;
    assert!(html.contains(r#"data-state="stopped""#), "{html}");
    assert!(html.contains("stopped before the end (20 of 40"), "{html}");
}

use sea_orm::QueryFilter;

#[tokio::test]
async fn a_supervisor_reassigns_to_another_interviewer_then_to_another_time() {
    let app = spawn_app().await;
    let anna = app
        .staff("anna@example.org", "Anna Peeters", Role::Interviewer, "nl")
        .await;
    let bert = app
        .staff("bert@example.org", "Bert Claes", Role::Interviewer, "nl")
        .await;
    let sam = app
        .staff("sam@example.org", "Sam Supervisor", Role::Supervisor, "fr")
        .await;
    let ids = app.open_requests(1).await;
    assert_eq!(
        app.propose(&anna, ids[0], anna.id, monday_nine())
            .await
            .status(),
        303
    );
    let first = app.appointments().await[0].clone();
    let reassign = |fields: Vec<(&'static str, String)>, id: Uuid| {
        let sam = &sam;
        let app = &app;
        async move {
            let mut form = fields;
            form.push(("csrf_token", sam.csrf.clone()));
            sam.client
                .post(app.url(&format!("/en/staff/appointments/{id}/reassign")))
                .form(&form)
                .send()
                .await
                .unwrap()
        }
    };

    // A reason is required; the choice made is kept.
    let response = reassign(
        vec![
            ("mode", "interviewer".into()),
            ("interviewer", bert.id.to_string()),
            ("reason", "other".into()),
            ("reason_text", "  ".into()),
        ],
        first.id,
    )
    .await;
    assert_eq!(response.status(), 422);
    let html = response.text().await.unwrap();
    assert!(html.contains("Explain the reason"), "{html}");
    assert!(select_attr(&html, "#reason-other-interviewer", "checked").is_some());

    // Same time, Bert instead of Anna: the applicant keeps the same link and state.
    let response = reassign(
        vec![
            ("mode", "interviewer".into()),
            ("interviewer", bert.id.to_string()),
            ("reason", "illness".into()),
        ],
        first.id,
    )
    .await;
    assert_eq!(response.status(), 303);
    let rows = app.appointments().await;
    let now_active = active(&rows);
    assert_eq!(now_active.len(), 1);
    let second = now_active[0].clone();
    assert_eq!(second.interviewer_id, bert.id);
    assert_eq!(second.starts_at, first.starts_at);
    assert_eq!(second.state, "proposed");
    assert_eq!(second.token_hash, first.token_hash);
    let old = rows.iter().find(|a| a.id == first.id).unwrap();
    assert_eq!(old.state, "reassigned");
    assert_eq!(old.replaced_by, Some(second.id));
    assert_eq!(old.change_reason.as_deref(), Some("illness"));
    assert!(
        app.outbox()
            .await
            .iter()
            .any(|m| m.kind == "moved" && m.text_body.contains("will be led by another official")),
        "the applicant is told"
    );
    // Both interviewers see the change.
    let bert_home = app.html_of(&bert.client, "/en/staff/").await;
    assert!(bert_home.contains("09:00–09:30"), "{bert_home}");
    let anna_home = app.html_of(&anna.client, "/en/staff/").await;
    assert!(
        anna_home.contains("moved to another interviewer"),
        "{anna_home}"
    );
    let anna_calendar = app
        .html_of(&anna.client, "/en/staff/calendar?week=2026-11-30")
        .await;
    assert!(select_all_text(&anna_calendar, ".calendar li.proposed").is_empty());

    // Another time: a new proposal with a new link; the old slot is free again.
    let later = monday_nine() + chrono::Duration::days(1) + chrono::Duration::hours(5);
    let response = reassign(
        vec![
            ("mode", "time".into()),
            ("slot", format!("{}|{}", anna.id, later.to_rfc3339())),
            ("reason", "workload".into()),
        ],
        second.id,
    )
    .await;
    assert_eq!(response.status(), 303);
    let rows = app.appointments().await;
    let third = active(&rows)[0].clone();
    assert_eq!((third.interviewer_id, third.starts_at), (anna.id, later));
    assert_ne!(third.token_hash, first.token_hash, "a new link");
    assert_eq!(
        rows.iter().find(|a| a.id == second.id).unwrap().state,
        "released"
    );
    let moved = app.outbox().await;
    let last = moved.iter().filter(|m| m.kind == "proposal").count();
    assert_eq!(last, 2, "the applicant is asked again");
    assert!(
        moved
            .iter()
            .any(|m| m.text_body.contains("We had to change your appointment"))
    );

    let audit = audit_entry::Entity::find().all(&app.db).await.unwrap();
    let actions: Vec<_> = audit
        .iter()
        .filter(|e| e.request_id == Some(ids[0]))
        // The changes, without the views of the pages (recorded too, as who saw what).
        .filter(|e| !e.action.starts_with("view_"))
        .map(|e| e.action.as_str())
        .collect();
    assert_eq!(
        actions,
        ["request_submitted", "propose", "reassign", "move_time"]
    );
    assert!(audit.iter().any(|e| e.detail.contains("reason: workload")));
    let audit_page = app.html_of(&sam.client, "/en/staff/audit").await;
    assert!(audit_page.contains("move_time") && audit_page.contains("Sam Supervisor"));
}

#[tokio::test]
async fn a_plan_change_keeps_appointments_and_shows_the_conflicts() {
    let app = spawn_app().await;
    let anna = app
        .staff("anna@example.org", "Anna Peeters", Role::Interviewer, "nl")
        .await;
    let ids = app.open_requests(1).await;
    assert_eq!(
        app.propose(&anna, ids[0], anna.id, monday_nine())
            .await
            .status(),
        303
    );
    let mut form = vec![
        ("csrf_token", anna.csrf.clone()),
        ("languages", "nl".to_owned()),
        ("languages", "fr".to_owned()),
        ("day0", "9h-12h".to_owned()),
        ("day1", "13:00-17:00".to_owned()),
    ];
    let response = anna
        .client
        .post(app.url("/en/staff/plan"))
        .form(&form)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 422);
    let html = response.text().await.unwrap();
    assert!(html.contains("Write the periods as 09:00-12:00"), "{html}");
    assert_eq!(
        select_attr(&html, "#day0", "value").as_deref(),
        Some("9h-12h")
    );
    assert_eq!(
        select_attr(&html, "#day1", "value").as_deref(),
        Some("13:00-17:00")
    );

    // No more Monday mornings: saved, and the booked Monday interview becomes a conflict.
    form[3].1 = "13:00-17:00".to_owned();
    let response = anna
        .client
        .post(app.url("/en/staff/plan"))
        .form(&form)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 303);
    assert_eq!(
        active(&app.appointments().await).len(),
        1,
        "nothing dropped"
    );
    let html = app.html_of(&anna.client, "/en/staff/plan").await;
    let reference = ids[0].simple().to_string()[..8].to_uppercase();
    assert!(html.contains("no longer inside the working plan") && html.contains(&reference));
    let me = schedule::interviewer(&app.db, anna.id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(me.languages, [InterviewLanguage::Fr, InterviewLanguage::Nl]);
    assert_eq!(
        me.interview_minutes, 30,
        "an interviewer cannot change the length"
    );
    let calendar = app
        .html_of(&anna.client, "/en/staff/calendar?week=2026-11-30")
        .await;
    assert_eq!(select_all_text(&calendar, ".calendar li.conflict").len(), 1);

    // A day off is added and listed.
    let response = anna
        .client
        .post(app.url("/en/staff/plan/exceptions"))
        .form(&[
            ("csrf_token", anna.csrf.as_str()),
            ("day", "2026-12-01"),
            ("kind", "off"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 303);
    let html = app.html_of(&anna.client, "/en/staff/plan").await;
    assert!(html.contains("Tuesday 1 December 2026: day off"), "{html}");
}

#[tokio::test]
async fn the_calendar_shows_brussels_time_across_both_clock_changes() {
    let app = spawn_app().await;
    let anna = app
        .staff("anna@example.org", "Anna Peeters", Role::Interviewer, "nl")
        .await;
    let ids = app.open_requests(2).await;
    // Appointments held directly, on the Mondays after each change (in the past for the app).
    let hold = |id: Uuid, request: Uuid, at: DateTime<Utc>| {
        let db = app.db.clone();
        let anna = anna.id;
        async move {
            let tx = db.begin().await.unwrap();
            appointments::hold(
                &tx,
                &NewAppointment {
                    id,
                    request_id: request,
                    interviewer_id: anna,
                    starts_at: at,
                    ends_at: at + chrono::Duration::minutes(30),
                    state: AppointmentState::Confirmed,
                    token_hash: "x".repeat(64),
                    created_by: None,
                    video_room: None,
                    proposed_at: at,
                },
                at,
            )
            .await
            .unwrap();
            tx.commit().await.unwrap();
        }
    };
    // Monday 30 March 2026 09:00 CEST = 07:00 UTC; Monday 26 October 2026 09:00 CET = 08:00 UTC.
    hold(
        Uuid::new_v4(),
        ids[0],
        Utc.with_ymd_and_hms(2026, 3, 30, 7, 0, 0).unwrap(),
    )
    .await;
    hold(
        Uuid::new_v4(),
        ids[1],
        Utc.with_ymd_and_hms(2026, 10, 26, 8, 0, 0).unwrap(),
    )
    .await;
    let cases = [
        ("2026-03-23", "2026-03-01T00:00:00Z", "CET", None),
        (
            "2026-03-30",
            "2026-03-01T00:00:00Z",
            "CEST",
            Some("09:00–09:30"),
        ),
        ("2026-10-19", "2026-10-01T00:00:00Z", "CEST", None),
        (
            "2026-10-26",
            "2026-10-01T00:00:00Z",
            "CET",
            Some("09:00–09:30"),
        ),
    ];
    for (week, now, zone, interview) in cases {
        app.clock
            .set(DateTime::parse_from_rfc3339(now).unwrap().to_utc());
        // Months apart: the idle session has expired, sign in again.
        app.sign_in_as(&anna.client, "anna@example.org", PASSWORD)
            .await;
        let html = app
            .html_of(&anna.client, &format!("/en/staff/calendar?week={week}"))
            .await;
        let sections = select_all_text(&html, ".calendar section");
        assert_eq!(sections.len(), 5, "{week}: {html}");
        let monday = sections[0].clone();
        assert!(monday.contains(&format!("({zone})")), "{week}: {monday}");
        let expected_free = if interview.is_some() {
            "09:30–12:00"
        } else {
            "09:00–12:00"
        };
        assert!(monday.contains(expected_free), "{week}: {monday}");
        if let Some(time) = interview {
            let booked = select_all_text(&html, ".calendar li.confirmed");
            assert!(booked[0].contains(time), "{week}: {booked:?}");
        }
    }
}

#[tokio::test]
async fn a_supervisor_edits_an_interviewers_plan_and_interview_length() {
    let app = spawn_app().await;
    let anna = app
        .staff("anna@example.org", "Anna Peeters", Role::Interviewer, "nl")
        .await;
    let sam = app
        .staff("sam@example.org", "Sam Supervisor", Role::Supervisor, "fr")
        .await;
    let html = app
        .html_of(&sam.client, &format!("/en/staff/plan?staff={}", anna.id))
        .await;
    assert!(html.contains("Working plan of Anna Peeters"), "{html}");
    let response = sam
        .client
        .post(app.url("/en/staff/plan"))
        .form(&[
            ("csrf_token", sam.csrf.as_str()),
            ("staff", &anna.id.to_string()),
            ("languages", "nl"),
            ("day0", "09:00-12:00"),
            ("interview_minutes", "45"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 303);
    let plan = schedule::interviewer(&app.db, anna.id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(plan.interview_minutes, 45);
    assert_eq!(plan.plan.days[0].len(), 1);
    assert!(plan.plan.days[1].is_empty());
    // Anna's Monday now has four 45-minute interviews: 09:00, 09:45, 10:30, 11:15.
    let html = app
        .html_of(&anna.client, "/en/staff/calendar?week=2026-11-30")
        .await;
    let free = select_all_text(&html, ".calendar li.free");
    assert_eq!(free.len(), 1, "{free:?}");
    assert!(
        free[0].contains("09:00–12:00") && free[0].contains("4 slots"),
        "{free:?}"
    );
    let audit = audit_entry::Entity::find().all(&app.db).await.unwrap();
    assert!(audit.iter().any(|e| e.action == "plan_change"
        && e.actor == format!("staff:{}", sam.id)
        && e.detail.contains("45 minutes")));
}
