//! The outbox delivery job: retries with backoff when the SMTP server refuses for now, gives up
//! on a refusal for good, never waits on a stalled server beyond its timeout nor lets it hold up
//! the other jobs, and sends each message once (at most one repeat after a crash).

use crate::helpers::{TestApp, spawn_app, spawn_app_with, with_field};
use crate::smtp_sink::Behaviour;
use chrono::{Duration, TimeZone, Utc};
use rendezvous::clock::ManualClock;
use rendezvous::db::entities::outbox_message;
use rendezvous::db::outbox;
use rendezvous::db::staff::Role;
use rendezvous::domain::language::Language;
use rendezvous::email::transport::EmailClient;
use rendezvous::i18n::{Tr, arg};
use rendezvous::jobs::Jobs;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use std::collections::HashMap;
use std::sync::Arc;

/// Another instance on the same database and mail server, with a clock of its own.
fn another_instance(app: &TestApp, clock: Arc<ManualClock>) -> Arc<Jobs> {
    let email = EmailClient::from_settings(&app.settings).unwrap();
    Arc::new(Jobs::new(
        app.db.clone(),
        Arc::new(email),
        clock,
        &app.settings,
    ))
}

/// Makes every claim on these messages run out now, by the database's clock (as a minute's
/// wait would).
async fn expire_claims(app: &TestApp) {
    let backend = app.db.get_database_backend();
    outbox_message::Entity::update_many()
        .col_expr(
            outbox_message::Column::LockedUntil,
            outbox::database_now_plus(backend, -1),
        )
        .filter(outbox_message::Column::LockedUntil.is_not_null())
        .exec(&app.db)
        .await
        .unwrap();
}

/// How many times each Message-ID reached the server.
fn copies(app: &TestApp) -> HashMap<String, usize> {
    let mut copies = HashMap::new();
    for mail in app.smtp.messages() {
        *copies.entry(mail.message_id()).or_default() += 1;
    }
    copies
}

async fn submit_request_for(app: &TestApp, email: &str) {
    let tokens = app.open_form("en").await;
    let fields = with_field(&app.valid_fields(&tokens), "email", Some(email));
    assert_eq!(app.post_form("en", &fields).await.status(), 200);
}

#[tokio::test]
async fn a_refused_email_is_retried_later_and_sent_once() {
    let app = spawn_app().await;
    app.submit_valid_request("de").await;

    app.smtp.refuse_mail(true);
    let report = app.jobs.tick().await.unwrap();
    assert_eq!((report.emails_sent, report.emails_failed), (0, 1));
    let message = app.outbox().await.remove(0);
    assert_eq!(message.attempts, 1);
    assert!(message.sent_at.is_none());
    assert!(
        message
            .last_error
            .as_deref()
            .unwrap_or_default()
            .contains("SMTP"),
        "{message:?}"
    );
    assert!(message.next_attempt_at > rendezvous::clock::Clock::now(app.clock.as_ref()));

    // The server is back, but the retry is not due yet.
    app.smtp.refuse_mail(false);
    assert_eq!(app.jobs.tick().await.unwrap().emails_sent, 0);

    app.clock.advance(Duration::seconds(31));
    assert_eq!(app.jobs.tick().await.unwrap().emails_sent, 1);
    assert_eq!(app.jobs.tick().await.unwrap().emails_sent, 0);
    let mails = app.smtp.messages();
    assert_eq!(mails.len(), 1, "sent exactly once");

    // In the applicant's language, with a UTF-8 subject.
    let message = app.outbox().await.remove(0);
    let parsed = mails[0].parsed();
    let subject = mails[0].subject();
    let reference = &message.request_id.unwrap().simple().to_string()[..8].to_uppercase();
    let german = Tr(Language::De).t_with(
        "email-received-subject",
        &[("reference", arg(reference.as_str()))],
    );
    assert_eq!(subject, german);
    assert!(
        !subject.is_ascii(),
        "a UTF-8 subject survives the trip: {subject}"
    );
    let html = parsed.subparts[1].get_body().unwrap();
    assert!(html.contains("lang=\"de\""), "{html}");
    assert_eq!(message.attempts, 2);
    assert!(message.sent_at.is_some());
}

#[tokio::test]
async fn two_workers_at_once_send_each_email_once() {
    let app = spawn_app().await;
    for _ in 0..5 {
        app.submit_valid_request("en").await;
    }
    let (a, b) = tokio::join!(app.jobs.tick(), app.jobs.tick());
    assert_eq!(a.unwrap().emails_sent + b.unwrap().emails_sent, 5);
    assert_eq!(app.smtp.messages().len(), 5);
    assert!(app.outbox().await.iter().all(|m| m.sent_at.is_some()));
}

#[tokio::test]
async fn without_smtp_emails_are_written_as_files() {
    let app = crate::helpers::spawn_app_with(|s| s.smtp_url = None).await;
    app.submit_valid_request("nl").await;
    assert_eq!(app.jobs.tick().await.unwrap().emails_sent, 1);
    let files: Vec<_> = std::fs::read_dir(app.outbox_dir())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "eml"))
        .collect();
    assert_eq!(files.len(), 1);
    let raw = std::fs::read(&files[0]).unwrap();
    let parsed = mailparse::parse_mail(&raw).unwrap();
    assert_eq!(parsed.ctype.mimetype, "multipart/alternative");
    assert!(app.smtp.messages().is_empty());
}

#[tokio::test]
async fn a_sent_emails_body_is_emptied_a_day_later_and_an_unsent_one_is_kept() {
    let app = spawn_app().await;
    app.submit_valid_request("en").await;
    assert_eq!(app.jobs.tick().await.unwrap().emails_sent, 1);
    app.smtp.refuse_mail(true);
    app.submit_valid_request("en").await;
    app.jobs.tick().await.unwrap();
    let sent_at = |m: &rendezvous::db::outbox::OutboxMessage| m.sent_at;

    app.clock.advance(Duration::hours(23));
    assert_eq!(app.jobs.tick().await.unwrap().email_bodies_erased, 0);
    assert!(app.outbox().await.iter().all(|m| !m.text_body.is_empty()));

    app.clock.advance(Duration::hours(1));
    let (a, b) = tokio::join!(app.jobs.tick(), app.jobs.tick());
    assert_eq!(
        a.unwrap().email_bodies_erased + b.unwrap().email_bodies_erased,
        1
    );
    let outbox = app.outbox().await;
    let (sent, unsent): (Vec<_>, Vec<_>) = outbox.iter().partition(|m| sent_at(m).is_some());
    assert_eq!((sent.len(), unsent.len()), (1, 1));
    assert!(sent[0].text_body.is_empty() && sent[0].html_body.is_empty());
    assert_eq!(
        sent[0].recipient, "marie.janssens@example.org",
        "who was told stays known"
    );
    assert!(!sent[0].subject.is_empty());
    assert!(
        !unsent[0].text_body.is_empty(),
        "a message still to send keeps its body"
    );
}

#[tokio::test]
async fn a_slow_server_and_two_instances_send_each_email_exactly_once() {
    let app = spawn_app().await;
    for _ in 0..6 {
        app.submit_valid_request("en").await;
    }
    app.smtp.delay_replies(std::time::Duration::from_millis(40));
    // The second instance's clock is 6 minutes ahead: claims must not depend on it.
    let ahead = Arc::new(ManualClock::new(app.now() + Duration::minutes(6)));
    let other = another_instance(&app, ahead);
    let first = {
        let jobs = app.jobs.clone();
        tokio::spawn(async move { jobs.deliver().await.unwrap().sent })
    };
    while app.smtp.messages().is_empty() {
        tokio::time::sleep(std::time::Duration::from_millis(5)).await;
    }
    let second = other.deliver().await.unwrap().sent;
    let first = first.await.unwrap();
    assert_eq!(first + second, 6, "first {first}, second {second}");
    let copies = copies(&app);
    assert_eq!(copies.len(), 6);
    assert!(copies.values().all(|&n| n == 1), "{copies:?}");
    assert!(app.outbox().await.iter().all(|m| m.sent_at.is_some()));
}

#[tokio::test]
async fn a_stalled_server_is_given_up_after_the_smtp_timeout() {
    let app = spawn_app_with(|s| s.smtp_timeout_secs = 1).await;
    app.submit_valid_request("en").await;
    app.smtp.behave(Behaviour::StallAfterData);
    let started = std::time::Instant::now();
    let report = tokio::time::timeout(std::time::Duration::from_secs(10), app.jobs.tick())
        .await
        .expect("the pass does not wait on the stalled server")
        .unwrap();
    assert!(started.elapsed() < std::time::Duration::from_secs(5));
    assert_eq!((report.emails_sent, report.emails_failed), (0, 1));
    let message = app.outbox().await.remove(0);
    assert_eq!(message.error_kind.as_deref(), Some("connection"));
    assert!(
        message
            .last_error
            .as_deref()
            .unwrap()
            .contains("no answer within 1 s"),
        "{message:?}"
    );
    assert!(message.locked_until.is_none() && message.claimed_by.is_none());
}

#[tokio::test]
async fn lapses_go_on_while_the_mail_server_stalls() {
    let app = spawn_app().await;
    let anna = app
        .staff("anna@example.org", "Anna Peeters", Role::Interviewer, "nl")
        .await;
    let ids = app.open_requests(1).await;
    let starts_at = Utc.with_ymd_and_hms(2026, 12, 10, 8, 0, 0).unwrap();
    assert_eq!(
        app.propose(&anna, ids[0], anna.id, starts_at)
            .await
            .status(),
        303
    );
    app.smtp.behave(Behaviour::StallAtGreeting);
    let loops = app.jobs.clone().spawn(std::time::Duration::from_millis(50));
    app.smtp.wait_for_stalls(1).await;

    // The proposal's deadline passes while a send hangs (the SMTP timeout is 30 s).
    app.clock
        .set(Utc.with_ymd_and_hms(2026, 11, 30, 23, 0, 0).unwrap());
    let mut state = String::new();
    for _ in 0..100 {
        state = app.request_state(ids[0]).await;
        if state == "lapsed" {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    assert_eq!(
        state, "lapsed",
        "the lapse did not wait for the mail server"
    );
    app.smtp.behave(Behaviour::Normal);
    loops.stop().await;
}

#[tokio::test]
async fn a_permanent_refusal_is_final_listed_for_supervisors_and_the_others_go_out() {
    let app = spawn_app().await;
    app.smtp
        .refuse_recipient("nobody@example.org", "550 5.1.1 no such mailbox here");
    app.smtp
        .refuse_recipient("busy@example.org", "452 4.2.2 mailbox full for now");
    // The refused ones first: they must not hold up the others.
    submit_request_for(&app, "nobody@example.org").await;
    app.clock.advance(Duration::seconds(1));
    submit_request_for(&app, "busy@example.org").await;
    app.clock.advance(Duration::seconds(1));
    app.submit_valid_request("en").await;
    app.submit_valid_request("en").await;

    let report = app.jobs.tick().await.unwrap();
    assert_eq!(
        (
            report.emails_sent,
            report.emails_failed,
            report.emails_refused
        ),
        (2, 1, 1)
    );
    let outbox = app.outbox().await;
    let refused = outbox
        .iter()
        .find(|m| m.recipient == "nobody@example.org")
        .unwrap();
    assert!(refused.failed_at.is_some());
    assert_eq!(refused.error_kind.as_deref(), Some("permanent"));
    assert!(
        refused
            .last_error
            .as_deref()
            .unwrap()
            .contains("no such mailbox here"),
        "{refused:?}"
    );
    let busy = outbox
        .iter()
        .find(|m| m.recipient == "busy@example.org")
        .unwrap();
    assert!(busy.failed_at.is_none() && busy.next_attempt_at > app.now());

    // Hours later the refused one is still not tried again; the full mailbox is.
    app.clock.advance(Duration::hours(3));
    let report = app.jobs.tick().await.unwrap();
    assert_eq!((report.emails_failed, report.emails_refused), (1, 0));
    let refused_again = outbox::find(&app.db, refused.id).await.unwrap().unwrap();
    assert_eq!(refused_again.attempts, 1);
    assert_eq!(app.smtp.messages().len(), 2);

    // Supervisors see it: reference, recipient, kind, the server's reason.
    let supervisor = app
        .staff("sam@example.org", "Sam Supervisor", Role::Supervisor, "en")
        .await;
    let html = app
        .html_of(&supervisor.client, "/en/staff/undeliverable")
        .await;
    let reference = rendezvous::db::requests::RequestId(refused.request_id.unwrap()).reference();
    for expected in [
        reference.as_str(),
        "nobody@example.org",
        "request_received",
        "no such mailbox here",
    ] {
        assert!(html.contains(expected), "{expected} missing from {html}");
    }
    assert!(!html.contains("busy@example.org"), "a 4xx is not final");
    let anna = app
        .staff("anna@example.org", "Anna Peeters", Role::Interviewer, "nl")
        .await;
    assert_eq!(
        app.status_of(&anna.client, "/en/staff/undeliverable").await,
        404,
        "supervisors only"
    );
}

#[tokio::test]
async fn a_dead_instances_claim_is_short_and_taken_over_once_it_runs_out() {
    let app = spawn_app().await;
    app.submit_valid_request("en").await;
    // An instance claims the message and dies.
    let claim = outbox::claim_for(app.settings.smtp_timeout()).num_seconds();
    let claimed = outbox::claim_next(&app.db, "dead", app.now(), claim)
        .await
        .unwrap()
        .expect("a message to claim");
    let until = outbox::find(&app.db, claimed.id)
        .await
        .unwrap()
        .unwrap()
        .locked_until
        .unwrap();
    let left = until - Utc::now();
    assert!(
        left > Duration::seconds(30) && left <= Duration::seconds(61),
        "the claim runs out within a minute by the database's clock, not the instance's: {left}"
    );

    // Even with a clock far ahead, another instance leaves it while the claim holds.
    app.clock.advance(Duration::hours(1));
    assert_eq!(app.jobs.tick().await.unwrap().emails_sent, 0);
    expire_claims(&app).await;
    assert_eq!(app.jobs.tick().await.unwrap().emails_sent, 1);
    assert_eq!(app.smtp.messages().len(), 1);
    // The dead holder can no longer mark it.
    assert!(
        !outbox::mark_sent(&app.db, claimed.id, "dead", app.now())
            .await
            .unwrap()
    );
}

#[tokio::test]
async fn after_a_crash_mid_send_at_most_one_copy_is_repeated() {
    let app = spawn_app().await;
    for _ in 0..3 {
        app.submit_valid_request("en").await;
        app.clock.advance(Duration::seconds(1));
    }
    // The first instance crashes after the server took a message and before it answered.
    app.smtp.behave(Behaviour::StallAfterData);
    let crashing = another_instance(&app, app.clock.clone());
    let pass = tokio::spawn(async move { crashing.deliver().await });
    app.smtp.wait_for_stalls(1).await;
    pass.abort();
    let _ = pass.await;
    app.smtp.behave(Behaviour::Normal);

    // The others go out at once; the one in flight once its claim runs out.
    assert_eq!(app.jobs.tick().await.unwrap().emails_sent, 2);
    expire_claims(&app).await;
    assert_eq!(app.jobs.tick().await.unwrap().emails_sent, 1);
    assert_eq!(app.jobs.tick().await.unwrap().emails_sent, 0);
    let copies = copies(&app);
    assert_eq!(copies.len(), 3, "{copies:?}");
    assert_eq!(
        copies.values().filter(|&&n| n == 2).count(),
        1,
        "one repeat, with the same Message-ID: {copies:?}"
    );
    assert_eq!(app.smtp.messages().len(), 4);
}

#[tokio::test]
async fn delivery_resumes_at_once_after_an_outage() {
    let app = spawn_app().await;
    app.submit_valid_request("en").await;
    app.clock.advance(Duration::seconds(1));
    app.submit_valid_request("en").await;
    app.smtp.behave(Behaviour::Disconnect);
    let report = app.jobs.tick().await.unwrap();
    assert_eq!(
        (report.emails_sent, report.emails_failed),
        (0, 1),
        "an unreachable server is tried once per pass"
    );
    let outbox = app.outbox().await;
    assert!(
        outbox.iter().all(|m| m.locked_until.is_none()),
        "nothing stays claimed"
    );
    assert!(
        outbox
            .iter()
            .any(|m| m.error_kind.as_deref() == Some("connection"))
    );

    // Back, without waiting out the backoff: both go out in the next pass.
    app.smtp.behave(Behaviour::Normal);
    assert_eq!(app.jobs.tick().await.unwrap().emails_sent, 2);
    assert_eq!(app.smtp.messages().len(), 2);
}

#[tokio::test]
async fn readiness_shows_the_email_backlog_and_the_jobs() {
    let app = spawn_app().await;
    let ready = || async {
        let response = app.get("/ready").await;
        let status = response.status();
        let text = response.text().await.unwrap();
        (
            status,
            serde_json::from_str::<serde_json::Value>(&text).unwrap(),
        )
    };
    let (status, body) = ready().await;
    assert_eq!(status, 503, "the jobs never ran: {body}");

    app.jobs.tick().await.unwrap();
    let (status, body) = ready().await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(
        body["oldest_unsent_email_age_secs"],
        serde_json::Value::Null
    );

    app.smtp.refuse_mail(true);
    app.submit_valid_request("en").await;
    app.clock.advance(Duration::minutes(16));
    app.jobs.tick().await.unwrap();
    let (status, body) = ready().await;
    assert_eq!(status, 503, "{body}");
    assert_eq!(body["oldest_unsent_email_age_secs"], 960);
    assert_eq!(body["status"], "email backlog");

    app.smtp.refuse_mail(false);
    app.clock.advance(Duration::minutes(1));
    app.jobs.tick().await.unwrap();
    assert_eq!(ready().await.0, 200);

    // Jobs silent for longer than the bound.
    app.clock.advance(Duration::minutes(6));
    let (status, body) = ready().await;
    assert_eq!(status, 503, "{body}");
}

#[tokio::test]
async fn health_answers_503_within_a_second_when_the_database_does_not() {
    let app = spawn_app().await;
    // Every connection of the pool taken: the database does not answer.
    let pool_size = if app.database_url.starts_with("sqlite:") {
        4
    } else {
        10
    };
    let mut held = vec![];
    for _ in 0..pool_size {
        held.push(sea_orm::TransactionTrait::begin(&app.db).await.unwrap());
    }
    let started = std::time::Instant::now();
    let response = app.get("/health").await;
    assert!(
        started.elapsed() < std::time::Duration::from_secs(3),
        "{:?}",
        started.elapsed()
    );
    assert_eq!(response.status(), 503);
    assert_eq!(response.headers()["retry-after"], "1");
    drop(held);
    assert_eq!(app.get("/health").await.status(), 200);
}

#[tokio::test]
async fn a_server_that_refuses_everything_loses_no_email() {
    let app = spawn_app().await;
    // Refusals about the account, not the message, are never final.
    app.smtp
        .refuse_recipient("auth@example.org", "530 5.7.0 Authentication required");
    submit_request_for(&app, "auth@example.org").await;
    let report = app.jobs.tick().await.unwrap();
    assert_eq!(
        report.emails_refused, 0,
        "530 is the server's, not the message's"
    );
    let auth = app.outbox().await;
    assert!(auth[0].failed_at.is_none() && auth[0].sent_at.is_none());

    // A relay that refuses every recipient with 550: after three in a row, the server is taken
    // to be at fault; they are given back to be tried again, the rest untouched.
    let app = spawn_app().await;
    let recipients: Vec<String> = (0..5).map(|i| format!("r{i}@example.org")).collect();
    for recipient in &recipients {
        app.smtp
            .refuse_recipient(recipient, "550 5.7.1 Relaying denied");
        submit_request_for(&app, recipient).await;
        app.clock.advance(Duration::seconds(1));
    }
    let report = app.jobs.tick().await.unwrap();
    assert_eq!(report.emails_refused, 0, "{report:?}");
    let outbox = app.outbox().await;
    assert!(
        outbox.iter().all(|m| m.failed_at.is_none()),
        "none is lost: {outbox:?}"
    );
    let tried = outbox.iter().filter(|m| m.attempts == 1).count();
    assert_eq!(tried, 3, "the pass ended after three refusals in a row");
}

#[tokio::test]
async fn a_temporary_refusal_is_given_up_after_its_last_attempt() {
    let app = spawn_app().await;
    app.smtp
        .refuse_recipient("full@example.org", "452 4.2.2 mailbox full");
    submit_request_for(&app, "full@example.org").await;
    use sea_orm::{ActiveModelTrait, Set};
    let message = app.outbox().await.remove(0);
    let mut almost = outbox_message::ActiveModel::from(message.clone());
    almost.attempts = Set(79);
    almost.update(&app.db).await.unwrap();
    let report = app.jobs.tick().await.unwrap();
    assert_eq!(report.emails_refused, 1, "{report:?}");
    let given_up = outbox::find(&app.db, message.id).await.unwrap().unwrap();
    assert!(given_up.failed_at.is_some());
    assert!(
        given_up
            .last_error
            .as_deref()
            .unwrap_or_default()
            .contains("given up after 80 attempts"),
        "{given_up:?}"
    );
}

#[tokio::test]
async fn a_refused_emails_body_is_emptied_a_day_later_too() {
    let app = spawn_app().await;
    app.smtp
        .refuse_recipient("nobody@example.org", "550 5.1.1 no such mailbox here");
    submit_request_for(&app, "nobody@example.org").await;
    assert_eq!(app.jobs.tick().await.unwrap().emails_refused, 1);
    app.clock.advance(Duration::hours(25));
    assert_eq!(app.jobs.tick().await.unwrap().email_bodies_erased, 1);
    let refused = app.outbox().await.remove(0);
    assert!(refused.failed_at.is_some());
    assert!(refused.text_body.is_empty() && refused.html_body.is_empty());
    assert_eq!(
        refused.recipient, "nobody@example.org",
        "who it was for stays known"
    );
}

#[tokio::test]
async fn a_graceful_stop_leaves_no_claim_behind() {
    let app = spawn_app_with(|s| s.smtp_timeout_secs = 2).await;
    app.submit_valid_request("en").await;
    app.smtp.behave(Behaviour::StallAtGreeting);
    let loops = app.jobs.clone().spawn(std::time::Duration::from_millis(50));
    app.smtp.wait_for_stalls(1).await;
    let claimed = app.outbox().await.remove(0);
    assert!(claimed.claimed_by.is_some(), "a send is in hand");
    let started = std::time::Instant::now();
    loops.stop().await;
    assert!(
        started.elapsed() < std::time::Duration::from_secs(7),
        "within the SMTP timeout and its margin: {:?}",
        started.elapsed()
    );
    let after = app.outbox().await.remove(0);
    assert!(
        after.claimed_by.is_none() && after.locked_until.is_none(),
        "the message in hand was handed back: {after:?}"
    );
    assert!(after.sent_at.is_none() && after.failed_at.is_none());
    // Nothing is taken after the stop.
    app.smtp.behave(Behaviour::Normal);
    tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    assert!(app.smtp.messages().is_empty());
}
