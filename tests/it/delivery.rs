//! The outbox delivery job: retries with backoff when the SMTP server refuses, never loses or
//! duplicates a message.

use crate::helpers::spawn_app;
use chrono::Duration;
use rendezvous::domain::language::Language;
use rendezvous::i18n::{Tr, arg};

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
async fn a_failing_server_stops_the_pass_and_releases_the_rest() {
    let app = spawn_app().await;
    for _ in 0..3 {
        app.submit_valid_request("en").await;
    }
    app.smtp.refuse_mail(true);
    let report = app.jobs.tick().await.unwrap();
    assert_eq!(
        (report.emails_sent, report.emails_failed),
        (0, 1),
        "one try, not three"
    );
    let outbox = app.outbox().await;
    assert_eq!(outbox.iter().filter(|m| m.attempts == 1).count(), 1);
    assert!(
        outbox.iter().all(|m| m.locked_until.is_none()),
        "nothing stays claimed"
    );

    // The two untried ones go out on the next pass; the failed one when its retry is due.
    app.smtp.refuse_mail(false);
    assert_eq!(app.jobs.tick().await.unwrap().emails_sent, 2);
    app.clock.advance(Duration::minutes(1));
    assert_eq!(app.jobs.tick().await.unwrap().emails_sent, 1);
    assert_eq!(app.smtp.messages().len(), 3);
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
